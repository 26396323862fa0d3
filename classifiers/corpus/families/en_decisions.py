"""English decisions on an appeal: generic denials and reinstatements.

A generic denial gives no concrete reason ("This decision was made after reviewing
both your account and the information provided", "you may no longer sell") and
often says replies may go unanswered. A reinstatement restores the account,
listing or privileges, sometimes with a reminder to keep the measures in place.
"""

from __future__ import annotations

from . import Family
from ._en_common import (
    AH_SENDERS,
    APPEALS_SENDERS,
    GREETING,
    ND_SENDERS,
    PAYMENTS_LINE,
    SIGN_AH,
    SIGN_ND,
    SIGN_SP,
    SP_SENDERS,
)

EN_MARKETS = ("US", "UK", "CA", "AU", "IN", "EU")

DENIALS: tuple[Family, ...] = (
    Family(
        id="en-sp-denial-remains-deactivated",
        label="generic_denial",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS + APPEALS_SENDERS,
        subjects=("Re: Your Amazon selling account", "Your appeal decision"),
        blocks=(
            GREETING,
            (
                "Your Amazon selling account remains deactivated. Your listings have been "
                "removed. Funds will not be transferred to you and may be held for 90 days or "
                "longer.",
                "We have reviewed your appeal. Your account will remain deactivated.",
                "After reviewing your appeal, we are unable to reactivate your selling account.",
            ),
            (
                "Why is this happening?\nThis decision was made after reviewing both your "
                "account and the information you provided.",
                "The information you provided did not address our concerns.",
                "Your submission was insufficient for us to reinstate your account.",
            ),
            ("Please ship any open orders to avoid further impact to your account.", ""),
            PAYMENTS_LINE,
            SIGN_SP,
        ),
        structure=(
            "'Your Amazon selling account remains deactivated'; funds held 90 days or longer; "
            "'Why is this happening?' answered only with 'after reviewing both your account "
            "and the information provided'; no missing item named."
        ),
        phrases=(
            "Your Amazon selling account remains deactivated",
            "This decision was made after reviewing both your account and the information provided",
        ),
        seen_at=(
            "https://sellercentral-europe.amazon.com/forums/t/your-amazon-co-uk-selling-privileges-have-been-removed/243857",
        ),
    ),
    Family(
        id="en-sp-denial-final",
        label="generic_denial",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS,
        subjects=("Your Amazon.com selling account", "Final decision on your appeal"),
        blocks=(
            ("Hello,", "Dear {seller},", ""),
            (
                "We reviewed your account and determined that you may no longer sell on "
                "{marketplace}. Your listings have been removed from our site.",
                "After careful review we have decided that your selling privileges will not "
                "be reinstated. This decision is final.",
            ),
            (
                "This decision was made in part because we could not verify information "
                "related to your account.",
                "",
            ),
            (
                "We may not respond to further emails about this issue.",
                "We will not be able to respond to future appeals on this matter.",
                "",
            ),
            PAYMENTS_LINE,
            SIGN_SP,
        ),
        structure=(
            "'you may no longer sell on Amazon'; listings removed; optional vague reason; "
            "'we may not respond to further emails' (the 'final' wording consultants call "
            "the kiss of death)."
        ),
        phrases=("you may no longer sell on Amazon", "We may not respond to further emails"),
        seen_at=(
            "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/0fec2a04abba9b88647cf17640ee01e3",
            "https://amzmm.com/12899.html",
        ),
    ),
    Family(
        id="en-sp-denial-not-accepted",
        label="generic_denial",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS + APPEALS_SENDERS,
        subjects=("Re: Appeal for {seller}", "Your appeal was not accepted"),
        blocks=(
            GREETING,
            ("Thank you for your appeal.", "Thank you for your plan of action.", ""),
            (
                "We reviewed your appeal and are unable to accept it at this time. Your "
                "selling privileges remain removed.",
                "Your plan of action did not address our concerns, and we cannot reinstate "
                "your account.",
                "Unfortunately your appeal has not been approved.",
            ),
            (
                "You may submit a new appeal from the Account Health page.",
                "",
            ),
            SIGN_SP,
        ),
        structure=(
            "Short: thanks; appeal not accepted / did not address our concerns; privileges "
            "remain removed; optional 'you may submit a new appeal'. Names nothing missing."
        ),
        phrases=("did not address our concerns", "We are unable to accept your appeal"),
        seen_at=(
            "https://www.esqgo.com/blog/the-amazon-account-health-team-the-amazon-appeals-process/",
            "https://www.ecommercechris.com/how-to-deal-with-amazon-seller-performance-and-account-health-services/",
        ),
    ),
    Family(
        id="en-nd-denial-listing",
        label="generic_denial",
        language="en",
        team="notice-dispute",
        marketplaces=EN_MARKETS,
        senders=ND_SENDERS,
        subjects=("Re: Notice: Policy Warning", "Re: Complaint {complaint_id}"),
        blocks=(
            ("Hello,", "Hello {seller},"),
            (
                "We reviewed your appeal and the information you sent. We are unable to "
                "reinstate the listing at this time.",
                "After review, the listing removed for complaint {complaint_id} will remain "
                "inactive.",
            ),
            (
                "The information provided was not sufficient.",
                "Our decision follows a review of your submission.",
                "",
            ),
            ("ASIN: {asin}", ""),
            SIGN_ND,
        ),
        structure=(
            "Notice Dispute reply: appeal reviewed, listing not reinstated, 'not sufficient' "
            "without saying what; ASIN."
        ),
        phrases=("We are unable to reinstate the listing at this time",),
        seen_at=(
            "https://sellercentral.amazon.ca/seller-forums/discussions/t/03306137-7701-4b7f-b6d5-5a2fc7395c48",
        ),
    ),
    Family(
        id="en-ah-appeal-denied",
        label="generic_denial",
        language="en",
        team="account-health",
        marketplaces=EN_MARKETS,
        senders=AH_SENDERS + APPEALS_SENDERS,
        subjects=("Update on your appeal", "Appeal decision for {asin}"),
        blocks=(
            GREETING,
            (
                "We reviewed your appeal for the policy violation on your Account Health "
                "page. Your appeal has been denied.",
                "The appeal you submitted on {date} was not approved. The violation remains on "
                "your account.",
            ),
            (
                "Reason: the submission does not meet our requirements.",
                "",
            ),
            ("You can view the status on your Account Health page: {link}", ""),
            SIGN_AH,
        ),
        structure=(
            "Account Health status mail: appeal denied, violation remains; reason as a "
            "generic 'does not meet our requirements'; link to Account Health."
        ),
        phrases=("Your appeal has been denied",),
        seen_at=("https://sellercentral.amazon.com/gp/help/external/G200370560",),
    ),
)

REINSTATEMENTS: tuple[Family, ...] = (
    Family(
        id="en-sp-reinstated-legacy",
        label="reinstatement",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS,
        subjects=("Your Amazon.com selling privileges have been reinstated", "Re: Appeal"),
        blocks=(
            ("Hello,", "Dear {seller},", ""),
            (
                "After reviewing your account and the information you provided, we have "
                "decided to reinstate your selling privileges.",
                "Your appeal has been accepted and your selling privileges are reinstated.",
            ),
            (
                'For tips on improving performance, search "Seller Best Practices" in Seller '
                "Help. If your performance does not improve, your privileges may be removed "
                "again.",
                "",
            ),
            (
                "Welcome back to selling on {marketplace}; we wish you the best of luck.",
                "Welcome back to selling on Amazon.",
            ),
            SIGN_SP,
        ),
        structure=(
            "Brief: after reviewing the account and information, privileges reinstated; best "
            "practices tip with a warning; 'Welcome back to selling on Amazon.com'."
        ),
        phrases=("we have decided to reinstate your selling privileges", "Welcome back"),
        seen_at=(
            "https://ecommerceconsulting.com/2015/09/reinstatement-meets-resuspension-amazon-marketplace.html",
        ),
    ),
    Family(
        id="en-ah-account-reactivated",
        label="reinstatement",
        language="en",
        team="account-health",
        marketplaces=EN_MARKETS,
        senders=AH_SENDERS + SP_SENDERS[:1],
        subjects=("Your Amazon selling account has been reactivated", "Account reactivated"),
        blocks=(
            GREETING,
            (
                "We have reviewed your appeal and reactivated your selling account. You can "
                "sell on {marketplace} again.",
                "Good news: your account has been reinstated and your listings are being restored.",
                "Thank you for your plan of action. We accepted it and your account is active "
                "again.",
            ),
            (
                "It may take up to 24 hours for your listings to appear in search.",
                "Funds will be disbursed on your normal schedule.",
                "",
            ),
            (
                "Please keep the measures in your plan of action in place. Further violations "
                "may lead to deactivation.",
                "",
            ),
            SIGN_AH,
        ),
        structure=(
            "Appeal reviewed, account reactivated; listings may take up to 24 hours; funds "
            "on the normal schedule; keep the plan's measures."
        ),
        phrases=("reactivated your selling account", "Your account has been reinstated"),
        seen_at=(
            "http://amazonneedstoinvestigate.blogspot.com/2015/11/update-nov-28th-amazon-is.html",
        ),
    ),
    Family(
        id="en-ah-listing-reinstated",
        label="reinstatement",
        language="en",
        team="account-health",
        marketplaces=EN_MARKETS,
        senders=APPEALS_SENDERS + ND_SENDERS,
        subjects=("Your listing has been reinstated", "Appeal approved: {asin}"),
        blocks=(
            ("Hello,", "Hello {seller},"),
            (
                "We reviewed your appeal and reinstated the listing below. It is active again.",
                "The policy violation for ASIN {asin} has been cleared and the listing is "
                "being reinstated.",
                "Thank you for the documents. Your listing has been reactivated.",
            ),
            ("ASIN: {asin}", "ASIN: {asins}\nComplaint ID: {complaint_id}", ""),
            ("The violation has been removed from your Account Health page.", ""),
            SIGN_ND,
        ),
        structure=(
            "Short confirmation that the listing is reinstated or the violation cleared; "
            "ASIN; note that Account Health is updated."
        ),
        phrases=("reinstated the listing", "violation has been cleared"),
        seen_at=("https://www.sellersglobal.com/question/b899fcb991454802836520678b1c386e",),
    ),
    Family(
        id="en-ah-retraction-accepted",
        label="reinstatement",
        language="en",
        team="notice-dispute",
        marketplaces=EN_MARKETS,
        senders=ND_SENDERS + AH_SENDERS[:1],
        subjects=("Complaint retracted: {complaint_id}", "Your listing is active again"),
        blocks=(
            GREETING,
            (
                "The rights owner has retracted their complaint about your listing. We have "
                "reinstated it.",
                "We received a retraction from {rights_owner} for complaint {complaint_id}. "
                "Your listing is reinstated and the complaint no longer counts against your "
                "account.",
            ),
            ("ASIN: {asin}", ""),
            SIGN_ND,
        ),
        structure=(
            "Rights owner retracted; listing reinstated; complaint removed from Account "
            "Health; ASIN."
        ),
        phrases=("retracted their complaint", "Your listing is reinstated"),
        seen_at=(
            "https://sellercentral.amazon.ca/seller-forums/discussions/t/03306137-7701-4b7f-b6d5-5a2fc7395c48",
        ),
    ),
    Family(
        id="en-ah-listing-unblocked",
        label="reinstatement",
        language="en",
        team="account-health",
        marketplaces=EN_MARKETS,
        senders=AH_SENDERS,
        subjects=("Your listing is no longer blocked", "Documents approved for ASIN {asin}"),
        blocks=(
            GREETING,
            (
                "We approved the Safety Data Sheet you uploaded. ASIN {asin} is classified and "
                "can be sold again.",
                "The documents you submitted for ASIN {asin} meet our requirements. The "
                "listing has been unblocked.",
            ),
            ("No further action is needed.", "You can now send new shipments of this product.", ""),
            SIGN_AH,
        ),
        structure="Documents approved; listing unblocked; no further action needed.",
        phrases=("The listing has been unblocked",),
        seen_at=("https://sellercentral.amazon.it/gp/help/external/G201749580?language=en_IT",),
    ),
)

FAMILIES: tuple[Family, ...] = DENIALS + REINSTATEMENTS
