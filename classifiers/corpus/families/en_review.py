"""English account reviews: related accounts, identity checks, velocity reviews, drop shipping.

These deactivate or pause an account while Amazon verifies who runs it or how it
fulfils orders; they ask for documents rather than (or as well as) a plan of action,
and they are suspensions.
"""

from __future__ import annotations

from . import Family
from ._en_common import (
    AH_SENDERS,
    EN_MARKETS,
    ERROR_HEAD,
    FILE_TYPES,
    FUNDS_HELD,
    GREETING,
    HOW_TO_SEND,
    HOW_TO_SEND_HEAD,
    REACTIVATE,
    SIGN_AH,
    SIGN_SP,
    SP_SENDERS,
    WHY,
)

FAMILIES: tuple[Family, ...] = (
    Family(
        id="en-sp-related-accounts",
        label="suspension",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS,
        subjects=("Your Amazon.com Seller account", "Related account: your selling account"),
        blocks=(
            GREETING,
            (
                "Your Amazon.com Seller account has been deactivated and your listings disabled.",
                "We have deactivated your selling account.",
            ),
            FUNDS_HELD,
            WHY,
            (
                "Your account has been deactivated under Section 3 of the Business Solutions "
                "Agreement. We found that it is related to another selling account that "
                "violated our policies and may not sell on our site.",
                "This account is linked to a different account that is not allowed to sell on "
                "Amazon, so it may no longer be used to sell either.",
            ),
            REACTIVATE,
            (
                "1. First reactivate the related account by appealing as its own notification "
                "explains.\n2. Once that account is reactivated, appeal for this one.\nIn your "
                "appeal, explain why the accounts are related, what you did about the policy "
                "violation on the other account, and how you will avoid it in future.",
                "Appeal on the related account first. When it is reinstated, send us an "
                "explanation of how the two accounts are connected.",
            ),
            ERROR_HEAD,
            (
                "If your account is not related to any other, send an explanation with "
                "documents such as a utility bill, bank statement and business registration "
                "for this account.",
                "If you believe the accounts are not related, tell us why and include proof "
                "of your business identity.",
            ),
            HOW_TO_SEND,
            SIGN_SP,
        ),
        structure=(
            "Deactivated; 'Why is this happening?': related to another account that may not "
            "sell; 'How do I reactivate my account?' as numbered steps (reactivate the related "
            "account first, then appeal this one); 'Has your account been deactivated in "
            "error?' asking for an explanation and documents."
        ),
        phrases=(
            "related to a different selling account",
            "You must first reactivate the related account",
            "Section 3 of the Amazon Services Business Solutions Agreement",
        ),
        seen_at=("http://haixiangkuajing.com/index.php?m=content&c=index&a=show&catid=10&id=184",),
    ),
    Family(
        id="en-ah-identity-verification",
        label="suspension",
        language="en",
        team="account-health",
        marketplaces=EN_MARKETS,
        senders=AH_SENDERS + SP_SENDERS[:1],
        subjects=(
            "Action required: verify your identity",
            "Your Amazon seller account has been deactivated",
            "Seller identity verification",
        ),
        blocks=(
            GREETING,
            (
                "Your Amazon seller account has been deactivated and your listings removed, in "
                "accordance with Section 3 of the Business Solutions Agreement. Continue to "
                "ship open orders.",
                "We have deactivated your account until we can verify your identity.",
            ),
            FUNDS_HELD,
            WHY,
            (
                "We need more documentation to verify your identity.",
                "We could not verify the information you gave for your account.",
            ),
            REACTIVATE,
            (
                "Confirm that a valid credit card is on file and upload one of these:\n-- a "
                "business license, if applicable\n-- a utility bill (gas, electricity, water, "
                "phone or internet) issued in the last 90 days",
                "Submit a utility bill or bank statement from the last 90 days in the name and "
                "address shown in Seller Central, and a government ID.",
            ),
            (
                "The document must show your name and address exactly as entered in Seller "
                "Central, be a full, clear, unaltered page, and not be a screenshot.",
                "Documents must be complete, in focus and unedited.",
            ),
            HOW_TO_SEND,
            ("If you have questions, contact us: {link}", ""),
            SIGN_AH,
        ),
        structure=(
            "Deactivated under Section 3 pending identity verification; 'Why did this "
            "happen?': need documents to verify identity; 'How do I reactivate my account?' "
            "(valid card on file, business license or utility bill from the last 90 days); "
            "document requirements as a list."
        ),
        phrases=(
            "we need additional documentation to verify your identity",
            "confirm that there is a valid credit card on file",
            "issued in the last 90 days",
        ),
        seen_at=(
            "https://sellercentral.amazon.co.uk/seller-forums/discussions/t/606a3af8-298e-49c6-a364-fc404d8ee7c3",
        ),
    ),
    Family(
        id="en-sp-account-review",
        label="suspension",
        language="en",
        team="seller-performance",
        marketplaces=("US", "UK", "CA"),
        senders=SP_SENDERS,
        subjects=("Your Amazon.com seller account", "We are reviewing your selling account"),
        blocks=(
            ("Hello,", "Hello from Amazon.", "Dear {seller},"),
            (
                "We are reviewing your Amazon seller account. During the review you will not "
                "be able to sell on {marketplace}.",
                "Your account is under review, and selling is paused until the review is complete.",
            ),
            (
                "Please ship any open orders. Funds will be available after A-to-z claims and "
                "chargebacks are deducted, usually after about 90 days.",
                "Keep shipping open orders. Funds stay in your account during the review.",
            ),
            (
                "Please send the following documents and make sure a valid credit card is on "
                "file:\n-- a utility bill with your name and address\n-- a business license, "
                "if you have one\n-- invoices from your supplier from the last 90 days for any "
                "active listings",
                "You can help by sending us more information about your business. Submit your "
                "plan through Contact Us ({link}).",
                "Within the next 30 days, send us a utility bill showing your name and address "
                "and your business license, and confirm a valid credit card is on file. If we do "
                "not receive them within 30 days, we may cancel your listings.",
            ),
            FILE_TYPES,
            (
                "Once we receive your documents we will decide whether you may sell on "
                "{marketplace} again.",
                "We will email you when our review is complete.",
            ),
            SIGN_SP,
        ),
        structure=(
            "'We are reviewing your account' and selling is paused; ship open orders; list of "
            "documents (utility bill, business license, recent invoices) and a valid card; "
            "file types; decision follows the review."
        ),
        phrases=(
            "We are reviewing your Amazon.com seller account",
            "During our review, you will not be able to sell",
            "Velocity Limits and Account Reviews",
        ),
        seen_at=(
            "https://88bfru.com/thread-147112-1-777.html",
            "https://amzmm.com/12899.html",
            "http://www.cifnews.com/ask/question/17353",
        ),
    ),
    Family(
        id="en-sp-drop-shipping",
        label="suspension",
        language="en",
        team="seller-performance",
        marketplaces=("US", "UK", "CA", "AU"),
        senders=SP_SENDERS,
        subjects=(
            "Your seller-fulfilled offers have been deactivated",
            "Drop shipping policy violation",
        ),
        blocks=(
            GREETING,
            (
                "We have deactivated your seller-fulfilled offers because your account appears "
                "to violate our Drop Shipping policy. Funds will stay in your account during "
                "the review.",
                "Your seller-fulfilled listings are inactive while we review how you fulfil "
                "orders.",
            ),
            WHY,
            (
                "Orders from your account were shipped with packing slips or invoices naming "
                "another seller, and buyers told us their orders came from a third party.",
                "We received buyer reports that your orders arrived from another retailer.",
            ),
            ("How do I reactivate my offers?", "What do I need to send?"),
            (
                "Send evidence and an explanation of how your account complies with the Drop "
                "Shipping policy and the Seller Code of Conduct. If logistics problems affected "
                "your fulfilment, describe them and attach proof.",
                "Send a plan of action and proof that you are the seller of record on all "
                "packing slips and invoices.",
            ),
            HOW_TO_SEND_HEAD,
            HOW_TO_SEND,
            (
                "If we do not find enough evidence, further action may be taken and your whole "
                "account may be deactivated.",
                "",
            ),
            SIGN_SP,
        ),
        structure=(
            "Seller-fulfilled offers deactivated, funds held; reason (drop shipping from "
            "another retailer); what to send (evidence, explanation, POA); submit via Account "
            "Health; whole account at risk."
        ),
        phrases=("Drop Shipping policy", "seller-fulfilled offers", "Seller Code of Conduct"),
        seen_at=("https://pastebin.pl/view/25e481cd",),
    ),
)
