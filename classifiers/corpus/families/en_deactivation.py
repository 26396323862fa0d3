"""English account deactivations from Seller Performance and Account Health (label suspension).

The modern template has fixed headings ("Why is this happening?", "How do I
reactivate my account?", "Has your account been deactivated in error?"); older
ones are a few paragraphs ending with the Appeal button. All of them say how to
get reinstated, which is why the corpus carries many: a notice that explains the
way back is still a suspension, not a reinstatement.
"""

from __future__ import annotations

from . import Family
from ._en_common import (
    ACCOUNT_HEALTH_LINE,
    DEACTIVATED,
    EN_MARKETS,
    ERROR_HEAD,
    FILE_TYPES,
    FUNDS_HELD,
    GREETING,
    HOW_TO_SEND,
    HOW_TO_SEND_HEAD,
    IF_NOT_SENT,
    IF_NOT_SENT_HEAD,
    POA_ASK,
    REACTIVATE,
    SIGN_SP,
    SP_SENDERS,
    WHY,
)

FAMILIES: tuple[Family, ...] = (
    Family(
        id="en-sp-inauthentic-account",
        label="suspension",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS,
        subjects=(
            "Your Amazon selling account",
            "Action required: your {marketplace} seller account has been deactivated",
            "Your Amazon.com Seller Account",
        ),
        blocks=(
            GREETING,
            DEACTIVATED,
            FUNDS_HELD,
            WHY,
            (
                "We received complaints that items you listed may not be authentic. The items "
                "are listed at the end of this message. Selling counterfeit goods on Amazon is "
                "strictly prohibited.",
                "Buyers have told us that products from your account were inauthentic. To keep "
                "customers confident in what they buy, we take such complaints seriously.",
                "Our review found that you may be offering items that are not genuine. We "
                "regularly ask sellers for documents that confirm where their inventory comes "
                "from.",
            ),
            REACTIVATE,
            (
                "Please send copies of invoices or receipts from your supplier issued in the "
                "last 365 days for the ASINs below. They must show quantities that support your "
                "sales over that period, and the supplier's name, phone number, address and "
                "website.",
                "Send us:\n-- invoices, receipts or delivery orders from your supplier dated "
                "within the last 365 days\n-- a letter of authorization if you are not the "
                "brand owner\n-- your supplier's contact details (name, phone, address, email, "
                "website)",
                "To reactivate, provide supply chain documents for the listed items: invoices "
                "covering the last 365 days and how to contact the supplier. We may call the "
                "supplier to verify them.",
            ),
            FILE_TYPES,
            HOW_TO_SEND_HEAD,
            HOW_TO_SEND,
            IF_NOT_SENT_HEAD,
            IF_NOT_SENT,
            (
                "ASIN: {asins}\nComplaint type: Inauthentic",
                "ASINs under review: {asins}",
                "Brand: {brand}\nASIN: {asin}\nTitle: {brand} {product}",
            ),
            SIGN_SP,
        ),
        structure=(
            "Greeting; deactivation under Section 3 and funds held; 'Why is this happening?' "
            "(authenticity complaints, anti-counterfeiting policy); 'How do I reactivate my "
            "account?' listing supplier invoices from the last 365 days, supplier contacts, "
            "letter of authorization; accepted file types; where to submit (Account Health "
            "banner); consequences; list of ASINs at the end."
        ),
        phrases=(
            "Your Amazon Seller account has been deactivated",
            "Funds will not be transferred to you",
            "Why is this happening?",
            "How do I reactivate my account?",
            "issued in the last 365 days",
            "Amazon Anti-Counterfeiting Policy",
        ),
        seen_at=(
            "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/b3925a2b-42c5-4827-b5bd-dbfb1b42798f",
            "https://88bfru.com/thread-143055-2-832.html",
        ),
    ),
    Family(
        id="en-sp-ip-complaints-account",
        label="suspension",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS,
        subjects=(
            "Your selling privileges have been removed",
            "Your Amazon selling account: intellectual property complaints",
        ),
        blocks=(
            GREETING,
            (
                "We have removed your selling privileges because of rights owner complaints "
                "about listings in your account.",
                "Your account can no longer sell on {marketplace}: we received several reports "
                "from rights owners that your listings infringe their intellectual property.",
                "Because of repeated notices of infringement, your selling privileges are "
                "removed for now.",
            ),
            (
                "Complaint type: Trademark infringement\nASIN: {asins}\nComplaint ID: "
                "{complaint_id}",
                "Examples of listings we received complaints about:\nASIN: {asins} "
                "(copyright infringement)",
            ),
            ("What you can do", "How do I reactivate my account?", "To appeal:"),
            POA_ASK,
            (
                "For notices from a rights owner: contact {rights_owner} directly. If you "
                "settle the dispute, the rights owner can withdraw the complaint by writing to "
                "notice-retraction@{domain}. Do not list their products until it is resolved.",
                "If you believe a rights owner reported you by mistake, ask them to retract "
                "the notice; we only accept retractions sent to us by the rights owner.",
                "",
            ),
            (
                "What happens next\nWe will review your plan and may ask for more details. If "
                "it addresses the complaints, we will consider reinstating your privileges.",
                "Once we receive your plan, we will decide whether you may sell again.",
            ),
            HOW_TO_SEND,
            SIGN_SP,
        ),
        structure=(
            "Privileges removed because of buyer or rights owner complaints; examples with "
            "complaint type and ASINs; 'What you can do' asking for a plan of action; a "
            "paragraph for rights owner notices (contact the owner, retraction address); "
            "'What happens next'."
        ),
        phrases=(
            "We have removed your Amazon selling privileges",
            "Rights Owner Notice of Infringement",
            "What you can do",
            "What happens next",
        ),
        seen_at=("https://88bfru.com/thread-24637-1-96.html",),
    ),
    Family(
        id="en-sp-restricted-products-account",
        label="suspension",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS,
        subjects=(
            "Your Amazon Seller account has been deactivated",
            "Policy violation: restricted products",
        ),
        blocks=(
            ("Dear Seller,", "Hello,", "Dear {seller},"),
            (
                "Your Amazon Seller account has been deactivated. Your listings have been "
                "removed from our site.",
                "Your Amazon Seller account has been permanently deactivated and your listings "
                "removed.",
            ),
            WHY,
            (
                "You listed items that may not be sold on {marketplace}. Products sold here "
                "must comply with all applicable laws and with Amazon's policies. Examples "
                "include, but are not limited to: {asins}",
                "You listed a product type that is currently restricted on {marketplace} "
                "({product}), in a way that hid what it was.",
            ),
            REACTIVATE,
            (
                "Send evidence or documents showing that your account has not violated our "
                "Restricted Products policy.",
                "Remove every restricted listing and send us a plan of action describing how "
                "you will check new listings against the Restricted Products policy.",
            ),
            HOW_TO_SEND_HEAD,
            HOW_TO_SEND,
            IF_NOT_SENT_HEAD,
            (
                "Your account will remain deactivated and we may permanently withhold payments "
                "to you.",
                "Without it, your account stays deactivated.",
            ),
            ERROR_HEAD,
            (
                "If you believe the products are allowed on Amazon, include evidence and we "
                "will look into it. If we confirm a violation, the account stays deactivated.",
                "If you think these items are permitted, tell us why and attach supporting "
                "documents.",
            ),
            ACCOUNT_HEALTH_LINE,
            SIGN_SP,
        ),
        structure=(
            "Deactivated (sometimes 'permanently'); 'Why is this happening?' naming restricted "
            "items, examples listed; 'How do I reactivate my account?' asking for evidence of "
            "compliance with the Restricted Products policy; how to send (reply or Appeal "
            "button); what happens if not; 'Has your account been deactivated in error?'."
        ),
        phrases=(
            "not permitted for sale on Amazon",
            "Restricted Products policy",
            "Examples of these listings include, but are not limited to",
            "we may permanently withhold any payments to you",
        ),
        seen_at=(
            "https://www.wearesellers.com/question/18025&sort_key=hd",
            "https://www.wearesellers.com/question/17529",
        ),
    ),
    Family(
        id="en-sp-code-of-conduct-contacts",
        label="suspension",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS,
        subjects=("Your Amazon Seller account has been deactivated", "Seller Code of Conduct"),
        blocks=(
            GREETING,
            DEACTIVATED,
            FUNDS_HELD,
            WHY,
            (
                "Your account broke the Seller Code of Conduct by misusing Selling Partner "
                "Support: it sent an excessive number of contacts, including duplicate "
                "requests to change the catalog, in a short time.",
                "We took this step because of inappropriate and excessive use of Seller "
                "Support, which keeps our teams from helping other selling partners.",
            ),
            REACTIVATE,
            POA_ASK,
            HOW_TO_SEND_HEAD,
            HOW_TO_SEND,
            ERROR_HEAD,
            (
                "If you believe this is an error, follow the instructions at the bottom of the "
                "Reactivate Your Account page and include evidence that your account complies "
                "with the Seller Code of Conduct.",
                "Send examples that show your contacts with Selling Partner Support were "
                "appropriate.",
            ),
            IF_NOT_SENT_HEAD,
            IF_NOT_SENT,
            SIGN_SP,
        ),
        structure=(
            "Deactivated; 'Why did this happen?': excessive or duplicate contacts to Selling "
            "Partner Support, Seller Code of Conduct; POA of root cause, actions, prevention; "
            "submit on the performance dashboard; error path; 90-day funds note."
        ),
        phrases=("Seller Code of Conduct", "Selling Partner Support", "plan of action"),
        seen_at=("http://haixiangkuajing.com/index.php?m=content&c=index&a=show&catid=10&id=182",),
    ),
    Family(
        id="en-sp-review-manipulation",
        label="suspension",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS,
        subjects=(
            "Your Amazon.com seller account has been deactivated",
            "Policy violation: customer reviews",
        ),
        blocks=(
            GREETING,
            DEACTIVATED,
            (
                "Funds in your account may be held for 90 days or longer.",
                "Amazon may withhold payments if we find the account was used for deceptive "
                "activity.",
                "",
            ),
            WHY,
            (
                "We found that you manipulated customer reviews of your products, which "
                "violates our policies. The policy prohibits:\n-- writing or editing reviews "
                "of your own or a competitor's products\n-- paying or giving free products in "
                "exchange for reviews",
                "You manipulated sales rank or search results, breaking our policies on misuse "
                "of ratings, feedback, reviews, sales rank and search.",
            ),
            REACTIVATE,
            POA_ASK,
            ERROR_HEAD,
            (
                "If you believe there has been a mistake, send evidence that your account "
                "follows our policies.",
                "Tell us why, with examples that show the reviews were not influenced by you.",
            ),
            HOW_TO_SEND,
            (
                "If you do not send an acceptable plan within 17 days, you may no longer be "
                "able to sell on Amazon.",
                "",
            ),
            SIGN_SP,
        ),
        structure=(
            "Deactivated; funds held 90 days or longer; 'Why is this happening?': review or "
            "sales-rank manipulation with the prohibited activities listed; POA request; error "
            "path; Appeal button; 17-day deadline."
        ),
        phrases=(
            "Misuse of Ratings, Feedback, or Reviews",
            "Misuse of Sales Rank",
            "within 17 days",
        ),
        seen_at=(
            "https://wearesellers.com/question/10216",
            "http://www.pinkeman.cn/waimao/806539.html",
        ),
    ),
)
