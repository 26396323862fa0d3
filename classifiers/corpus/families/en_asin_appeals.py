"""English answers to an ASIN-level appeal made from Account Health: the refusal
that speaks of reinstatement, and the request for one missing document.

Both carry the word "reinstate" without restoring anything, which is why they
matter: the model must read the negation and the request, not the verb.
Wording is our own.
"""

from classifiers.corpus.families import Family

_SENDERS = ("seller-notification@{domain}", "Amazon Account Health <account-health@{domain}>")

EN_ASIN_DECLINED = Family(
    id="en-ah-asin-appeal-declined",
    label="generic_denial",
    language="en",
    team="account-health",
    marketplaces=("US", "UK", "CA"),
    senders=_SENDERS,
    subjects=("Update on your appeal for ASIN {asin}", "Your ASIN appeal was not approved"),
    blocks=(
        ("Hello,", "Hello {seller},", "Dear Seller,"),
        (
            "We reviewed your appeal for ASIN {asin} and are unable to reinstate the listing at "
            "this time.",
            "Thank you for your submission. After review, we cannot reinstate ASIN {asin}.",
            "Your appeal did not provide enough to reinstate the affected ASIN, so it stays "
            "inactive.",
        ),
        (
            "The listing will remain removed from the store.",
            "We will not restore the offer based on the information provided.",
            "",
        ),
        (
            "You may submit a new appeal from the Account Health page if you have information we "
            "have not seen.",
            "Further messages about this ASIN may not receive a response.",
        ),
        ("Sincerely,\nAccount Health Services", "Amazon Seller Performance"),
    ),
    structure=(
        "ASIN-level refusal from Account Health: unable to reinstate the ASIN at this time, "
        "stays inactive, no reason given, a new appeal only with new information."
    ),
    phrases=("unable to reinstate", "at this time", "remain removed"),
    seen_at=(
        "https://www.amazonsellers.attorney/blog/how-to-appeal-an-amazon-asin-suspension-expert-guide-by-amz-sellers-attorneyr",
    ),
)

EN_ASIN_ONE_DOC = Family(
    id="en-ah-asin-appeal-one-document",
    label="need_more_info",
    language="en",
    team="account-health",
    marketplaces=("US", "UK", "CA"),
    senders=_SENDERS,
    subjects=("Action required: ASIN {asin} appeal", "One more document for your ASIN appeal"),
    blocks=(
        ("Hello,", "Hello {seller},"),
        (
            "Before we can reinstate ASIN {asin}, we need one more document.",
            "To continue reviewing your request to reinstate ASIN {asin}, please send the item "
            "below.",
        ),
        (
            "- A safety data sheet or test report for {product} from an accredited laboratory",
            "- A letter of authorization from {brand} that names your business",
            "- The purchase invoice for the units you sold, showing the supplier's address",
        ),
        (
            "Reply with the document by {deadline}; the rest of your appeal does not need to be "
            "sent again.",
            "Add the file to your existing appeal on the Account Health page by {deadline}.",
        ),
        ("Thank you,\nAccount Health Services", "Amazon Seller Performance"),
    ),
    structure=(
        "Mid-appeal request naming one missing document (test report, LOA, invoice) before the "
        "ASIN can be reinstated; deadline; do not resend the rest."
    ),
    phrases=("before we can reinstate", "one more document"),
    seen_at=(
        "https://www.amazonsellers.attorney/blog/how-to-appeal-an-amazon-asin-suspension-expert-guide-by-amz-sellers-attorneyr",
    ),
)

FAMILIES: tuple[Family, ...] = (EN_ASIN_DECLINED, EN_ASIN_ONE_DOC)
