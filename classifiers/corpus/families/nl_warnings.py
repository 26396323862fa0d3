"""Dutch policy warning: a listing removed and the account said to be at risk.

The Amazon.nl version of the warning sellers quote (said in ``structure``);
wording is our own.
"""

from classifiers.corpus.families import Family

NL_POLICY_WARNING = Family(
    id="nl-ah-policy-warning",
    label="suspension",
    language="nl",
    team="account-health",
    marketplaces=("NL",),
    senders=("seller-notification@{domain}", "performance-notifications@{domain}"),
    subjects=(
        "Waarschuwing: je account loopt risico",
        "Aanbieding verwijderd: schending van ons beleid",
    ),
    blocks=(
        ("Hallo,", "Beste {seller},"),
        (
            "We hebben vastgesteld dat je aanbieding voor ASIN {asin} in strijd is met ons beleid voor beperkte producten en hebben die verwijderd.",
            "Je aanbieding {product} (ASIN {asin}) voldoet niet aan ons beleid en is gedeactiveerd.",
            "Je account loopt risico: we hebben herhaaldelijk schendingen in je aanbiedingen gevonden.",
        ),
        (
            "Verdere schendingen kunnen ertoe leiden dat we je verkoopaccount deactiveren.",
            "Als dit opnieuw gebeurt, kunnen je verkoopprivileges worden ingetrokken.",
        ),
        (
            "Controleer je aanbiedingen en verwijder alles wat niet aan het beleid voldoet. De stand zie je op de pagina Accountstatus.",
            "Denk je dat dit een vergissing is, dan kun je bezwaar maken via de pagina Accountstatus.",
        ),
        ("Met vriendelijke groet,\nAmazon.nl", "Het team Verkopersprestaties"),
    ),
    structure=(
        "Policy warning: a listing breaks a policy (restricted products) and was removed, or "
        "repeated violations put the account at risk; further violations may deactivate the "
        "account; review listings, appeal from Account Health if in error. "
        "Amazon.nl version of the warning sellers quote."
    ),
    phrases=("account loopt risico", "waarschuwing", "deactiveren"),
    seen_at=(
        "https://sellercentral.amazon.com/forums/t/your-account-is-at-risk-of-deactivation/1134187",
    ),
)

FAMILIES: tuple[Family, ...] = (NL_POLICY_WARNING,)
