"""Italian policy warning: a listing removed and the account said to be at risk.

The Amazon.it version of the warning sellers quote (said in ``structure``);
wording is our own.
"""

from classifiers.corpus.families import Family

IT_POLICY_WARNING = Family(
    id="it-ah-policy-warning",
    label="suspension",
    language="it",
    team="account-health",
    marketplaces=("IT", "EU"),
    senders=("seller-notification@{domain}", "performance-notifications@{domain}"),
    subjects=(
        "Avviso: il tuo account è a rischio",
        "Offerta rimossa: violazione delle nostre normative",
    ),
    blocks=(
        ("Salve,", "Gentile {seller},"),
        (
            "abbiamo rilevato che la tua offerta per l'ASIN {asin} viola la nostra normativa sui prodotti soggetti a restrizioni e l'abbiamo rimossa.",
            "la tua offerta {product} (ASIN {asin}) non rispetta le nostre normative ed è stata disattivata.",
            "il tuo account è a rischio: abbiamo riscontrato violazioni ripetute nelle tue offerte.",
        ),
        (
            "Ulteriori violazioni potrebbero portare alla disattivazione del tuo account venditore.",
            "Se dovesse ripetersi, potremmo revocare i tuoi privilegi di vendita.",
        ),
        (
            "Controlla le tue offerte e rimuovi quelle non conformi. Puoi seguire lo stato nella pagina Stato dell'account.",
            "Se ritieni che si tratti di un errore, puoi presentare ricorso dalla pagina Stato dell'account.",
        ),
        ("Cordiali saluti,\nAmazon.it", "Il team Prestazioni venditore"),
    ),
    structure=(
        "Policy warning: a listing breaks a policy (restricted products) and was removed, or "
        "repeated violations put the account at risk; further violations may deactivate the "
        "account; review listings, appeal from Account Health if in error. "
        "Amazon.it version of the warning sellers quote."
    ),
    phrases=("account è a rischio", "avviso", "disattivazione"),
    seen_at=(
        "https://sellercentral.amazon.com/forums/t/your-account-is-at-risk-of-deactivation/1134187",
    ),
)

FAMILIES: tuple[Family, ...] = (IT_POLICY_WARNING,)
