"""English generic denials: an appeal rejected without a concrete reason (label generic_denial).

"This decision was made after reviewing both your account and the information
provided", "you may no longer sell", "did not address our concerns": nothing
says what was missing, and some add that replies may go unanswered.
"""

from __future__ import annotations

from . import Family
from ._en_common import (
    AH_SENDERS,
    APPEALS_SENDERS,
    EN_MARKETS,
    GREETING,
    ND_SENDERS,
    PAYMENTS_LINE,
    SIGN_AH,
    SIGN_ND,
    SIGN_SP,
    SP_SENDERS,
)

FAMILIES: tuple[Family, ...] = (
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
                "We have completed our review of your appeal and decided not to reinstate your "
                "account.",
                "Your appeal has been denied. Your selling privileges will not be restored at "
                "this time.",
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
                "Your account will not be reactivated. We will not review further appeals for "
                "this account.",
                "After reviewing your previous submissions, our decision to deactivate the "
                "account stands and is final.",
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
                "We cannot reinstate your selling privileges based on the information provided.",
                "Your submission was reviewed and rejected; the deactivation remains in place.",
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
                "Your dispute has been reviewed. The listing will stay removed.",
                "We have decided not to reactivate the listing for ASIN {asin}.",
                "Thank you for your appeal. After review, the listing for ASIN {asin} will not "
                "be reinstated.",
                "We were not able to approve your appeal for this listing; it remains removed "
                "from {marketplace}.",
            ),
            (
                "The information provided was not sufficient.",
                "Our decision follows a review of your submission.",
                "",
                "Your submission did not resolve the concern.",
                "We cannot accept the appeal in its current form.",
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
                "Your appeal could not be approved. The listing remains deactivated.",
                "Decision: not approved. Your account status has not changed.",
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
    Family(
        id="en-ah-verification-denied",
        label="generic_denial",
        language="en",
        team="account-health",
        marketplaces=EN_MARKETS,
        senders=AH_SENDERS + SP_SENDERS[:1],
        subjects=("Seller verification: decision", "Re: Your Amazon seller account"),
        blocks=(
            GREETING,
            (
                "We reviewed the documents you provided and were unable to verify the "
                "information. As a result, you may not sell on {marketplace}.",
                "We could not complete the verification of your account with the information "
                "you submitted. Your account remains deactivated.",
            ),
            ("This decision is final.", "Our decision cannot be appealed.", ""),
            PAYMENTS_LINE,
            SIGN_AH,
        ),
        structure=(
            "Verification outcome: documents could not be verified, no detail on why; "
            "account remains deactivated; decision final."
        ),
        phrases=("we were unable to verify the information",),
        seen_at=(
            "https://sellercentral.amazon.com.mx/seller-forums/discussions/t/f5d1aa80-2e63-4062-ad4b-033636c0e84a",
        ),
    ),
)
