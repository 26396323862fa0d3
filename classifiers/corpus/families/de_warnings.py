"""German policy warning: a listing removed and the account said to be at risk.

The Amazon.de version of the warning sellers quote (said in ``structure``);
wording is our own.
"""

from classifiers.corpus.families import Family

DE_POLICY_WARNING = Family(
    id="de-ah-policy-warning",
    label="suspension",
    language="de",
    team="account-health",
    marketplaces=("DE", "EU"),
    senders=("seller-notification@{domain}", "performance-notifications@{domain}"),
    subjects=(
        "Richtlinienwarnung: Ihr Konto ist gefährdet",
        "Angebot entfernt: Verstoß gegen unsere Richtlinien",
    ),
    blocks=(
        ("Guten Tag,", "Hallo {seller},"),
        (
            "wir haben festgestellt, dass Ihr Angebot für ASIN {asin} gegen unsere Richtlinie für eingeschränkte Produkte verstößt, und haben es entfernt.",
            "Ihr Angebot {product} (ASIN {asin}) erfüllt unsere Richtlinien nicht und wurde deaktiviert.",
            "Ihr Konto ist gefährdet: Bei Ihren Angeboten wurden wiederholt Richtlinienverstöße festgestellt.",
        ),
        (
            "Weitere Verstöße können dazu führen, dass wir Ihr Verkäuferkonto deaktivieren.",
            "Wenn sich dies wiederholt, kann Ihre Verkaufsberechtigung entzogen werden.",
        ),
        (
            "Prüfen Sie Ihre Angebote und entfernen Sie alle, die gegen die Richtlinie verstoßen. Den Stand sehen Sie auf der Seite Kontozustand.",
            "Wenn Sie glauben, dass es sich um einen Fehler handelt, können Sie über die Seite Kontozustand Widerspruch einlegen.",
        ),
        ("Mit freundlichen Grüßen\nAmazon.de", "Seller Performance Team"),
    ),
    structure=(
        "Policy warning: a listing breaks a policy (restricted products) and was removed, or "
        "repeated violations put the account at risk; further violations may deactivate the "
        "account; review listings, appeal from Account Health if in error. "
        "Amazon.de version of the warning sellers quote."
    ),
    phrases=("Richtlinienwarnung", "Konto ist gefährdet", "deaktivieren"),
    seen_at=(
        "https://www.voc.ai/de/blog/your-amazon-account-is-at-risk-of-deactivation-%7C%7C-how-to-re-verify-your-amazon-account-de-de",
        "https://sellercentral.amazon.com/forums/t/your-account-is-at-risk-of-deactivation/1134187",
    ),
)

FAMILIES: tuple[Family, ...] = (DE_POLICY_WARNING,)
