"""More English replies to an appeal: receipts, refusals and redirects.

Acknowledgements (the appeal or counter-notice is received, an escalation is with
a named person, the review is taking longer), generic denials (the 2010s "upon
careful consideration" letter, the executive reply, "our decision stands", funds
withheld for good, a listing appeal closed) and redirects (an old policy mailbox
retired, a Brand Registry case sent back to Account Health). Each family is one
of the kinds sellers quote on the pages named in ``seen_at``; wordings are ours.
"""

from __future__ import annotations

from . import Family
from ._en_common import (
    AH_SENDERS,
    APPEALS_SENDERS,
    EN_MARKETS,
    GREETING,
    ND_SENDERS,
    SIGN_AH,
    SIGN_ND,
    SIGN_SP,
    SP_SENDERS,
)

ESR_SENDERS = (
    "Executive Seller Relations <esr-replies@{domain}>",
    "Jordan M. <seller-relations@{domain}>",
)

ACKNOWLEDGEMENTS: tuple[Family, ...] = (
    Family(
        id="en-sp-ack-decision-within-48h",
        label="acknowledgement",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS + APPEALS_SENDERS,
        subjects=(
            "We have received your plan of action",
            "Re: Appeal the Removal of Selling Privileges",
            "Your appeal is under review",
        ),
        blocks=(
            GREETING,
            (
                "Thank you for sending your plan of action. It has reached us and is waiting "
                "for review.",
                "We have received your appeal. An investigator will review it.",
                "This message confirms that we received your appeal on {date}.",
                "Thank you for contacting Seller Performance. Your message has been received.",
            ),
            (
                "We will notify you of our decision by email, usually within 48 hours.",
                "You can expect a reply within two days.",
                "We aim to respond within 48 hours, though some reviews take longer.",
            ),
            (
                "Please do not send the same appeal more than once; additional submissions "
                "may delay the review.",
                "There is no need to write again in the meantime.",
                "",
            ),
            SIGN_SP,
        ),
        structure=(
            "Receipt for an appeal or plan of action: received, will be reviewed, decision "
            "by email usually within 48 hours; do not resubmit."
        ),
        phrases=("usually within 48 hours", "we will notify you of our decision"),
        seen_at=(
            "https://sellercentral.amazon.sa/gp/help/external/200370560?language=en_AE&ref=efph_200370560_cont_202010130",
            "https://fba.help/blog/amazon-news/amazon-appeals-for-fba-sellers-what-not-to-do-part-2",
        ),
    ),
    Family(
        id="en-esr-ack-escalation-received",
        label="acknowledgement",
        language="en",
        team="seller-performance",
        marketplaces=("US", "UK", "CA"),
        senders=ESR_SENDERS,
        subjects=("Re: Your email to Jeff", "Re: Escalation of appeal for {seller}"),
        blocks=(
            ("Hello,", "Dear {seller},", "Hello {seller},"),
            (
                "Thank you for writing to Jeff Bezos. My name is Jordan and I work with "
                "Executive Seller Relations. I have received your email and am looking into "
                "your account.",
                "I am responding to your escalation on behalf of our leadership team. I have "
                "your message and will review the history of your appeal.",
                "Your email was passed to me in Executive Seller Relations. I will look at "
                "your case and contact you once I have an update.",
            ),
            (
                "I expect to contact you within five business days.",
                "You do not need to resend your appeal; I have everything you sent.",
                "",
            ),
            ("Regards,\nJordan\nExecutive Seller Relations", "Jordan M.\nAmazon.com"),
        ),
        structure=(
            "An escalation to an executive address answered by a named person: received, "
            "being looked into, update to follow. No decision yet."
        ),
        phrases=("Executive Seller Relations",),
        seen_at=(
            "https://www.ecommercechris.com/amazon-seller-escalation/",
            "https://startupmindset.com/how-to-receive-your-amazon-account-after-a-suspension/",
        ),
    ),
    Family(
        id="en-nd-ack-counter-notice-forwarded",
        label="acknowledgement",
        language="en",
        team="notice-dispute",
        marketplaces=("US",),
        senders=ND_SENDERS + ("copyright@{domain}",),
        subjects=("Re: DMCA counter-notice", "Counter-notice received: {complaint_id}"),
        blocks=(
            GREETING,
            (
                "We received your counter-notice regarding complaint {complaint_id} and "
                "forwarded it to the person who filed the complaint.",
                "Thank you for your counter-notice. Our copyright agent has sent it to the "
                "claimant.",
            ),
            (
                "The claimant now has 10 business days to respond. We will write to you again "
                "when that period has passed.",
                "We will contact you again after the waiting period. You do not need to do "
                "anything in the meantime.",
                "There is nothing else you need to send at this time.",
            ),
            SIGN_ND,
        ),
        structure=(
            "DMCA counter-notice received and forwarded to the claimant; waiting period of 10 "
            "business days before any reinstatement."
        ),
        phrases=("counter-notice", "copyright agent"),
        seen_at=(
            "https://sellercentral.amazon.com/gp/help/external/help.html?itemID=202017130&language=en_US&ref=efph_202017130_cont_69G3YF8A6VG7C2Y",
        ),
    ),
    Family(
        id="en-sp-ack-review-taking-longer",
        label="acknowledgement",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS + AH_SENDERS[:1],
        subjects=("Update on your appeal", "Your appeal is still being reviewed"),
        blocks=(
            GREETING,
            (
                "We are still reviewing your appeal and need more time to complete our "
                "investigation.",
                "Your appeal is taking longer than usual to review. We have not forgotten it.",
                "Thank you for your patience. Our review of your submission of {date} is still "
                "in progress.",
            ),
            (
                "You do not need to send anything else at this time. We will contact you when "
                "the review is complete.",
                "We will write to you as soon as we have a decision.",
            ),
            ("Submitting a new appeal now would restart the review.", ""),
            SIGN_SP,
        ),
        structure="Holding reply: review still in progress, needs more time, nothing to send.",
        phrases=("need more time",),
        seen_at=(
            "https://www.ecommercechris.com/how-to-deal-with-amazon-seller-performance-and-account-health-services/",
        ),
    ),
    Family(
        id="en-ss-ack-case-passed-to-investigation",
        label="acknowledgement",
        language="en",
        team="seller-support",
        marketplaces=EN_MARKETS,
        senders=("Selling Partner Support <no-reply@{domain}>", "seller-support@{domain}"),
        subjects=("Your case {case_id}: update", "Re: [CASE {case_id}] appeal status"),
        blocks=(
            GREETING,
            (
                "Thank you for contacting Selling Partner Support. I checked your account and "
                "can see that your appeal has been received and is with the investigation team.",
                "I confirmed that your plan of action reached the right team. They will reply "
                "to you directly by email.",
                "Your documents were received by the team handling your account. No further "
                "submission is needed while they review them.",
            ),
            (
                "I am unable to give a timeline, but you will receive an email with their "
                "decision.",
                "I will keep this case open for a few days in case you have questions.",
                "",
            ),
            ("Was this answer helpful? Reply yes or no.", ""),
            (
                "Thank you for selling on Amazon,\nSelling Partner Support",
                "Regards,\nSeller Support",
            ),
        ),
        structure=(
            "Seller Support confirms the appeal reached the investigation team; the decision "
            "will come by email; no timeline."
        ),
        phrases=("Selling Partner Support",),
        seen_at=(
            "https://fba.help/blog/amazon-news/amazon-appeals-for-fba-sellers-what-not-to-do-part-2",
        ),
    ),
    Family(
        id="en-sp-ack-automated-queue",
        label="acknowledgement",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS + APPEALS_SENDERS,
        subjects=(
            "Automatic reply: your appeal has been received",
            "[Auto-Reply] We received your message",
            "Received: Plan of action",
        ),
        blocks=(
            ("This is an automated message.", "Hello,", "Hello {seller},"),
            (
                "Your email has reached Seller Performance and has been added to our queue. "
                "Messages are reviewed in the order we receive them.",
                "We have your appeal. It is waiting for an investigator and will be read in turn.",
                "Thank you for your submission. It has been logged and will be reviewed by "
                "the appropriate team.",
            ),
            (
                "You will receive our answer at this address, usually within 48 hours.",
                "Sending your appeal again will not speed up the review.",
                "Reference: {case_id}",
            ),
            ("Please do not reply to this message.", ""),
            SIGN_SP,
        ),
        structure=(
            "Automatic receipt from the appeals queue: the message is queued and will be "
            "reviewed in turn; answer by email; do not resend. Unlike a closed-queue "
            "auto-reply, the message will be read."
        ),
        phrases=("reviewed in the order", "usually within 48 hours"),
        seen_at=(
            "https://th4.ilovetranslation.com/dbt4PhZv7nD=d",
            "https://fba.help/blog/amazon-news/amazon-appeals-for-fba-sellers-what-not-to-do-part-2",
        ),
    ),
    Family(
        id="en-ah-ack-appeal-status-submitted",
        label="acknowledgement",
        language="en",
        team="account-health",
        marketplaces=EN_MARKETS,
        senders=AH_SENDERS,
        subjects=("Appeal status: Submitted", "Your appeal for ASIN {asin} is in review"),
        blocks=(
            GREETING,
            (
                "Your appeal for the violation on ASIN {asin} was submitted on {date}. Its "
                "status is now: In review.",
                "We have your appeal for the policy violation listed below. You will get an "
                "email when its status changes.",
                "Appeal submitted. Our team is reviewing the information you provided.",
            ),
            ("Violation: {product} listing\nASIN: {asin}", "Reference number: {case_id}", ""),
            (
                "You can follow the status under View appeal on the Account Health page: {link}",
                "Track the status of your appeal on the Account Health dashboard.",
            ),
            SIGN_AH,
        ),
        structure=(
            "Account Health status mail: appeal submitted, status In review, where to follow "
            "it; no decision."
        ),
        phrases=("In review", "View appeal"),
        seen_at=("https://sellercentral.amazon.com/gp/help/external/G200370560",),
    ),
    Family(
        id="en-ss-ack-case-opened",
        label="acknowledgement",
        language="en",
        team="seller-support",
        marketplaces=EN_MARKETS,
        senders=("Selling Partner Support <no-reply@{domain}>", "seller-support@{domain}"),
        subjects=("We received your case {case_id}", "Case {case_id}: we are working on it"),
        blocks=(
            GREETING,
            (
                "We have received your case about your account and a specialist is looking "
                "into it.",
                "Thank you for contacting us. Your case {case_id} has been created and "
                "assigned to the team that handles account questions.",
            ),
            (
                "We will reply within 24 hours.",
                "You can see updates in the case log in Seller Central.",
            ),
            ("Thank you for selling on Amazon,\nSelling Partner Support", ""),
        ),
        structure="Seller Support case receipt: case created and assigned; reply within 24 hours.",
        phrases=("Selling Partner Support", "case log"),
        seen_at=(
            "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/75478232-33f2-4694-bf46-da28e98afc8e",
        ),
    ),
)

DENIALS: tuple[Family, ...] = (
    Family(
        id="en-sp-denial-careful-consideration",
        label="generic_denial",
        language="en",
        team="seller-performance",
        marketplaces=("US", "UK", "CA"),
        senders=SP_SENDERS,
        subjects=(
            "Your Amazon.com Selling Account",
            "Re: Appeal the Removal of Selling Privileges",
        ),
        blocks=(
            ("Hello,", "Dear {seller},"),
            (
                "Upon careful consideration, we have decided not to reinstate your selling "
                "privileges.",
                "After careful review of your appeal, we will not be reinstating your selling "
                "privileges.",
                "We have considered your appeal and decided that your selling privileges will "
                "not be restored.",
            ),
            (
                "Any remaining funds may be held for up to 90 days from the date your "
                "privileges were removed. After that they will be disbursed, provided there "
                "are no chargebacks or A-to-z Guarantee claims.",
                "Funds in your account will be reserved for 90 days and then paid out on your "
                "normal schedule, less any claims.",
                "",
            ),
            (
                "If you have questions about your disbursement, write to payments-funds@{domain}.",
                "",
            ),
            SIGN_SP,
        ),
        structure=(
            "2010s refusal: 'upon careful consideration' not reinstated; funds reserved 90 "
            "days then disbursed less claims; payments address. No reason given."
        ),
        phrases=("Upon careful consideration", "we have decided not to reinstate"),
        seen_at=("https://88bfru.com/forum.php?action=printable&mod=viewthread&tid=17689",),
    ),
    Family(
        id="en-esr-denial-ineligible",
        label="generic_denial",
        language="en",
        team="seller-performance",
        marketplaces=("US", "UK"),
        senders=ESR_SENDERS,
        subjects=("Re: Your email to Jeff", "Re: Escalation of appeal for {seller}"),
        blocks=(
            ("Hello,", "Dear {seller},"),
            (
                "I have reviewed your account and the information you provided, and decided "
                "that you are not eligible to sell on Amazon.",
                "After looking at your account and the history of your appeals, I am unable "
                "to reverse the earlier decision.",
                "I reviewed your escalation. The decision to deactivate your account stands.",
            ),
            (
                "We will not be able to respond to further messages about this account.",
                "Further escalations about this account will not be answered.",
                "",
            ),
            ("Regards,\nJordan\nExecutive Seller Relations", "Jordan M.\nAmazon.com"),
        ),
        structure=(
            "Executive reply to an escalation: account reviewed, not eligible to sell, no "
            "reason; further messages will not be answered."
        ),
        phrases=("you are ineligible to sell on Amazon",),
        seen_at=(
            "https://startupmindset.com/how-to-receive-your-amazon-account-after-a-suspension/",
            "https://www.ecommercechris.com/amazon-seller-escalation/",
        ),
    ),
    Family(
        id="en-sp-denial-decision-stands",
        label="generic_denial",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS + APPEALS_SENDERS,
        subjects=("Re: Your appeal", "Re: Re: Your Amazon selling account"),
        blocks=(
            GREETING,
            (
                "We have already reviewed your appeal, and our decision has not changed.",
                "Our previous decision stands. Your account remains deactivated.",
                "We reviewed your latest message. It does not change our decision on your account.",
            ),
            (
                "Sending further appeals with the same information will not change the outcome.",
                "We may not respond to further emails on this subject.",
                "",
            ),
            SIGN_SP,
        ),
        structure="Repeat appeal refused: decision already made and unchanged; no details.",
        phrases=("our decision has not changed", "We may not respond to further emails"),
        seen_at=("https://www.ecommercechris.com/amazon-seller-escalation/",),
    ),
    Family(
        id="en-sp-denial-funds-withheld",
        label="generic_denial",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS + ("payments-funds@{domain}",),
        subjects=("Re: Request for disbursement of funds", "Decision on your funds appeal"),
        blocks=(
            GREETING,
            (
                "We reviewed your request to release the funds held in your account. We are "
                "unable to release them.",
                "Your appeal for the disbursement of your funds was not approved.",
                "After review, we will permanently withhold the funds in your seller account.",
            ),
            (
                "Our Funds disbursement eligibility policy allows us to withhold payments from "
                "accounts that engaged in deceptive or fraudulent activity or repeatedly "
                "violated our policies.",
                "This decision is final.",
                "",
            ),
            SIGN_SP,
        ),
        structure="Funds appeal refused; funds withheld for good; policy named, no detail.",
        phrases=("permanently withhold", "Funds disbursement eligibility policy"),
        seen_at=("https://seller-forum.com/t/update-to-the-funds-withholding-policy-page/6534",),
    ),
    Family(
        id="en-ah-denial-listing-appeal-closed",
        label="generic_denial",
        language="en",
        team="account-health",
        marketplaces=EN_MARKETS,
        senders=AH_SENDERS,
        subjects=("Your appeal for ASIN {asin} was rejected", "Listing appeal decision"),
        blocks=(
            GREETING,
            (
                "Your appeal for ASIN {asin} was rejected. The listing will stay inactive.",
                "We could not approve your appeal for the listing below. The violation "
                "remains on your Account Health page.",
                "We reviewed the information you submitted for ASIN {asin} and cannot "
                "reinstate the listing.",
            ),
            ("ASIN: {asin}", ""),
            (
                "This violation continues to count toward your Account Health Rating.",
                "You may not list this product again.",
                "",
            ),
            SIGN_AH,
        ),
        structure="Listing appeal rejected; listing stays inactive; violation remains; no reason.",
        phrases=("was rejected", "remains on your Account Health page"),
        seen_at=(
            "https://www.amazonsellers.attorney/blog/how-to-appeal-an-amazon-asin-suspension-expert-guide-by-amz-sellers-attorneyr",
        ),
    ),
    Family(
        id="en-sp-denial-related-account-upheld",
        label="generic_denial",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS,
        subjects=("Re: Related account appeal", "Your Amazon Seller account remains deactivated"),
        blocks=(
            GREETING,
            (
                "We reviewed the information you provided about the related account. It does "
                "not change our finding, and your account will remain deactivated.",
                "After review, we confirmed that your account is related to an account that "
                "may not sell on Amazon. We will not reactivate your account.",
                "Your appeal did not resolve our concerns about the related account. We are "
                "unable to restore your selling privileges.",
            ),
            (
                "For proprietary reasons we do not share how we determine that accounts are "
                "related.",
                "We will not provide further details about this decision.",
                "",
            ),
            SIGN_SP,
        ),
        structure=(
            "Related-account appeal refused: finding confirmed, account stays deactivated; "
            "no detail, as the method is proprietary."
        ),
        phrases=("related to an account that may not sell", "proprietary"),
        seen_at=("https://th4.ilovetranslation.com/I5HOjtYPAWW=d",),
    ),
    Family(
        id="en-sp-denial-may-no-longer-sell-legacy",
        label="generic_denial",
        language="en",
        team="seller-performance",
        marketplaces=("US", "UK", "CA"),
        senders=SP_SENDERS,
        subjects=("Re: Your Amazon.com Selling Account", "Re: Plan of action"),
        blocks=(
            ("Hello,", "Dear {seller},"),
            (
                "We have reviewed your account and your appeal, and decided that you may no "
                "longer sell on Amazon.com.",
                "Thank you for your plan of action. We reviewed it and will not be "
                "reinstating your selling privileges.",
                "We have considered the information you sent. Your selling privileges will "
                "remain removed.",
            ),
            (
                "Any remaining funds will be released 90 days after your privileges were "
                "removed, less any A-to-z Guarantee claims and chargebacks.",
                "Any open orders should still be shipped.",
                "",
            ),
            ("We will not reply to further messages on this matter.", ""),
            SIGN_SP,
        ),
        structure=(
            "Older refusal after a plan of action: 'you may no longer sell', privileges stay "
            "removed; funds after 90 days less claims; no further replies. No reason."
        ),
        phrases=("you may no longer sell", "will not be reinstating"),
        seen_at=("https://www.ecommercechris.com/amazon-seller-escalation/",),
    ),
)

REDIRECTS: tuple[Family, ...] = (
    Family(
        id="en-sp-redirect-policy-mailbox-retired",
        label="redirect_closed_queue",
        language="en",
        team="seller-performance",
        marketplaces=("US", "UK", "CA"),
        senders=(
            "seller-performance-policy@{domain}",
            "Amazon <seller-performance-policy@{domain}>",
        ),
        subjects=("Automatic reply: Re: Complaint Type: Inauthentic", "This mailbox is retired"),
        blocks=(
            ("Hello,", ""),
            (
                "This address is no longer used for listing appeals, and your message has not "
                "been read.",
                "We no longer accept appeals for listing removals by email at this address.",
                "Messages sent to this mailbox are not reviewed.",
            ),
            (
                "To appeal, go to Account Health in Seller Central, find the listing under "
                "Product Policy Compliance and click Appeal.",
                "Submit your appeal from the Performance Notifications page or from Account "
                "Health: {link}",
            ),
            ("Please do not reply to this message.", ""),
            SIGN_SP,
        ),
        structure=(
            "Auto-reply from a retired policy mailbox named in older listing notices: message "
            "not read; appeal from Account Health."
        ),
        phrases=("no longer used", "Product Policy Compliance"),
        seen_at=("https://88bfru.com/forum.php?action=printable&mod=viewthread&tid=27400",),
    ),
    Family(
        id="en-br-redirect-to-account-health",
        label="redirect_closed_queue",
        language="en",
        team="brand-registry",
        marketplaces=EN_MARKETS,
        senders=("Brand Registry Support <brand-registry@{domain}>", "no-reply@{domain}"),
        subjects=("Re: [Case {case_id}] listing removed", "Your Brand Registry case {case_id}"),
        blocks=(
            GREETING,
            (
                "Thank you for contacting Brand Registry Support. We are unable to help with "
                "listing removals or account deactivations.",
                "Brand Registry Support cannot review appeals for policy violations, so we "
                "have resolved this case.",
            ),
            (
                "Please appeal from the Account Health page in Seller Central, where the "
                "violation is listed: {link}",
                "To appeal, use the Appeal button next to the violation in Account Health.",
            ),
            SIGN_ND,
        ),
        structure=(
            "Brand Registry Support closes a case about a removal: cannot review appeals; use "
            "Account Health."
        ),
        phrases=("Brand Registry Support",),
        seen_at=(
            "https://sellercentral.amazon.com/seller-forums/discussions/t/20295c3b-6ed2-4e26-894e-645550c0344f",
        ),
    ),
    Family(
        id="en-ah-redirect-cannot-review-here",
        label="redirect_closed_queue",
        language="en",
        team="account-health",
        marketplaces=EN_MARKETS,
        senders=("Account Health Services <account-health-support@{domain}>", "no-reply@{domain}"),
        subjects=(
            "Re: Request for a call about my account",
            "Account Health Services: your request",
        ),
        blocks=(
            GREETING,
            (
                "Thank you for reaching out to Account Health Services. We cannot review or "
                "decide appeals, and we cannot pass documents to the investigation team.",
                "Our team is not able to accept plans of action or documents sent to this "
                "address, so your attachments have not been reviewed.",
            ),
            (
                "To appeal, click Reactivate your account at the top of the Account Health "
                "page and upload your documents there: {link}",
                "Please submit your appeal through the Account Health page, using the appeal "
                "form for the violation.",
            ),
            ("We have closed this request.", ""),
            SIGN_AH,
        ),
        structure=(
            "Account Health Services turns away an appeal sent by mail or raised on a call: "
            "cannot review it or forward documents; use Reactivate your account."
        ),
        phrases=("Account Health Services", "Reactivate your account"),
        seen_at=(
            "https://www.ecommercechris.com/how-to-deal-with-amazon-seller-performance-and-account-health-services/",
        ),
    ),
    Family(
        id="en-sp-redirect-email-appeals-closed",
        label="redirect_closed_queue",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS[:2] + APPEALS_SENDERS[:1],
        subjects=("Re: Appeal for {seller}", "We could not process your email"),
        blocks=(
            ("Hello,", "Dear Seller,"),
            (
                "We no longer accept appeals sent by email. Your message and its "
                "attachments were not reviewed.",
                "Appeals sent as replies to this address are not read any more.",
                "This mailbox does not take appeals. We have not looked at your plan of action.",
            ),
            (
                "Submit your appeal through the form in Seller Central: Performance > Account "
                "Health > Reactivate your account.",
                "Use the Appeal button next to the notification on the Account Health page: {link}",
            ),
            SIGN_SP,
        ),
        structure=(
            "Email appeals no longer accepted; message not reviewed; use the appeal form on "
            "Account Health."
        ),
        phrases=("not reviewed", "Reactivate your account"),
        seen_at=("https://sellercentral.amazon.com/gp/help/external/G200370560",),
    ),
)

FAMILIES: tuple[Family, ...] = ACKNOWLEDGEMENTS + DENIALS + REDIRECTS
