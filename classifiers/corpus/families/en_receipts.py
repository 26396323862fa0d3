"""English acknowledgements and closed-queue auto-replies.

An acknowledgement confirms that an appeal or documents arrived and are under
review, with no decision ("we will reply within two days; do not resubmit"). A
closed-queue auto-reply answers mail sent to an address that no longer takes
appeals and points to the channel that does (Account Health, the Appeal button,
Contact Us): the mail went nowhere.
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
    SP_SENDERS,
)

ACKNOWLEDGEMENTS: tuple[Family, ...] = (
    Family(
        id="en-sp-ack-appeal-received",
        label="acknowledgement",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS + APPEALS_SENDERS,
        subjects=(
            "We received your appeal",
            "Re: Your Amazon selling account",
            "Appeal received",
            "Thank you for your submission",
            "Your plan of action has been received ({case_id})",
        ),
        blocks=(
            GREETING,
            (
                "Thank you for your appeal. We have received it and will review it.",
                "We received your plan of action and it is now under review.",
                "This is to confirm that your appeal for {seller} reached us on {date}.",
                "Your appeal is in our queue. A specialist will review it and reply by email; "
                "no decision has been made yet.",
                "We are currently reviewing the information you submitted. Thank you for your "
                "patience.",
                "We received your plan of action concerning the warning on your account. It is "
                "with the review team, and we will write to you once it has been reviewed.",
            ),
            (
                "We usually reply within 48 hours, though some reviews take longer.",
                "You can expect an answer within two business days.",
                "We will get back to you by {deadline}.",
                "Reviews are handled in the order received.",
                "Due to high volume, our review may take longer than usual.",
            ),
            (
                "Please do not send the same appeal again; sending more than one may delay "
                "the review.",
                "There is no need to resubmit while we review your information.",
                "",
                "Submitting additional appeals while this one is open will not speed up the "
                "review.",
                "If we need anything else, we will contact you.",
            ),
            ("Regards,\nSeller Performance Team", "Thank you,\nAmazon Services", ""),
        ),
        structure=(
            "Thanks; appeal received and under review; expected reply time (48 hours, two "
            "days, a date); do not resubmit. No decision."
        ),
        phrases=("We have received your appeal", "under review", "within 48 hours"),
        seen_at=(
            "http://amazonneedstoinvestigate.blogspot.com/2015/11/update-nov-28th-amazon-is.html",
            "https://sellercentral.amazon.com/gp/help/external/G200370560",
        ),
    ),
    Family(
        id="en-ah-ack-submission",
        label="acknowledgement",
        language="en",
        team="account-health",
        marketplaces=EN_MARKETS,
        senders=AH_SENDERS + APPEALS_SENDERS,
        subjects=(
            "Your submission has been received",
            "Appeal submitted: {asin}",
            "Appeal status: Under review",
            "We received your plan of action",
            "Plan of action received: {asin}",
        ),
        blocks=(
            GREETING,
            (
                "Thank you for submitting your appeal from the Account Health page. Your "
                "submission is in our queue.",
                "We received the documents you uploaded for ASIN {asin} and sent them to the "
                "team that reviews them.",
                "Your appeal (reference {case_id}) was submitted successfully.",
                "We have received your appeal and it is being reviewed. We will notify you once"
                " a decision has been made.",
                "Thanks, your plan of action was received. Our team will look at it and get "
                "back to you.",
                "We received your plan of action regarding your account's late shipment rate. "
                "It has been passed to the team that reviews appeals.",
                "Your appeal about the order defect rate warning was received and forwarded for"
                " review.",
                "We received the plan of action you submitted for the policy violation on ASIN "
                "{asin}; it is with our review team now.",
            ),
            (
                "You can follow its status under View appeal on your Account Health page: {link}",
                "We will email you when the review is complete.",
                "No further action is required from you at this time.",
                "A decision will be sent to this email address.",
                "Track the status of your appeal on the Account Health page: {link}",
                "Case ID: {case_id}. You can check the status in Seller Central.",
            ),
            ("Status: Under review", "Submitted on: {date}", ""),
            SIGN_AH,
        ),
        structure=(
            "Account Health confirmation: submission received, in the queue; where to follow "
            "the status; status line 'Under review'."
        ),
        phrases=("Your submission has been received", "View appeal", "Under review"),
        seen_at=(
            "https://www.cybersecuritylawsrc.com/appeal-amazon-account-delete-process/",
            "https://sellercentral.amazon.com/gp/help/external/G200370560",
        ),
    ),
    Family(
        id="en-nd-ack-dispute-received",
        label="acknowledgement",
        language="en",
        team="notice-dispute",
        marketplaces=EN_MARKETS,
        senders=ND_SENDERS,
        subjects=("Re: Notice: Policy Warning", "We received your message"),
        blocks=(
            ("Hello,", "Hello {seller},"),
            (
                "Thank you for your message about complaint {complaint_id}. We have received "
                "your information and are looking into it.",
                "Your email has been received. A member of our team will review it and respond "
                "as soon as possible.",
                "We received your reply regarding ASIN {asin}. It has been passed to the team "
                "for review, and you will hear from us once it is complete.",
                "This is an automatic confirmation that your email reached Notice Dispute. "
                "Please allow time for review and do not send it again.",
            ),
            ("We appreciate your patience.", ""),
            SIGN_AH,
        ),
        structure="Thanks; message received and being looked into; patience. No decision.",
        phrases=("We have received your information",),
        seen_at=("https://88bfru.com/thread-153707-1-861.html",),
    ),
    Family(
        id="en-ss-ack-forwarded-to-team",
        label="acknowledgement",
        language="en",
        team="seller-support",
        marketplaces=EN_MARKETS,
        senders=("Seller Support <seller-support@{domain}>", "no-reply@{domain}"),
        subjects=("Your case {case_id}", "Re: [CASE {case_id}] Appeal documents"),
        blocks=(
            GREETING,
            (
                "Thank you for contacting Amazon Selling Partner Support. I have forwarded "
                "your documents to the team reviewing your account.",
                "I confirm the internal team has received your plan of action. They will reply "
                "to you directly by email.",
                "I understand you have submitted an appeal. I checked and can confirm it was "
                "received and is pending review.",
                "Your appeal is in the queue for the investigation team; there is nothing more "
                "you need to send right now.",
            ),
            (
                "The review usually takes a few business days. Please watch your email for "
                "their decision.",
                "We cannot give a decision ourselves, but your case is with them now.",
            ),
            ("Case ID: {case_id}", ""),
            ("Best regards,\nSelling Partner Support", "Thank you for selling on Amazon."),
        ),
        structure=(
            "Seller Support case reply: documents or POA forwarded to the reviewing team; "
            "they will answer directly; case ID. No decision."
        ),
        phrases=("Thank you for contacting Amazon Selling Partner Support",),
        seen_at=("https://sellersasksellers.com/t/amazon-admits-to-an-error/4297",),
    ),
    Family(
        id="en-ah-ack-verification-review",
        label="acknowledgement",
        language="en",
        team="account-health",
        marketplaces=EN_MARKETS,
        senders=AH_SENDERS + ("seller-verification@{domain}",),
        subjects=("We received your documents", "Your verification documents are under review"),
        blocks=(
            GREETING,
            (
                "Thank you for submitting your documents. We are reviewing them now.",
                "We have received the information you provided for seller verification.",
                "Your documents for {seller} arrived and are in review.",
                "Your verification documents were received successfully and are awaiting review.",
            ),
            (
                "The review can take up to three business days. We will email you the result.",
                "You will hear from us by {deadline}; you do not need to do anything in the "
                "meantime.",
            ),
            (
                "Please do not upload the same documents again while the review is in progress.",
                "",
            ),
            SIGN_AH,
        ),
        structure=(
            "Verification documents received and under review; how long (up to three "
            "business days) and that the result comes by email; do not upload again."
        ),
        phrases=("We are reviewing your documents", "up to three business days"),
        seen_at=(
            "https://support.omnivore.com.au/support/solutions/articles/17000064610-what-is-seller-identity-verification-and-how-do-i-get-it-",
        ),
    ),
)

REDIRECTS: tuple[Family, ...] = (
    Family(
        id="en-sp-redirect-mailbox-closed",
        label="redirect_closed_queue",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS[:2],
        subjects=(
            "Automatic reply: your message",
            "Re: Appeal",
            "We did not receive your appeal",
            "[Auto-Reply] Seller Performance",
            "Undeliverable: Plan of action",
        ),
        blocks=(
            ("Hello,", "Dear Seller,", ""),
            (
                "This email address no longer accepts appeals. Your message has not been reviewed.",
                "Thank you for your email. This mailbox is not monitored, and appeals sent "
                "here are not processed.",
                "Appeals and plans of action can no longer be sent by email.",
                "Thanks for writing. Please note that we do not respond to messages sent to "
                "this address, and your attachments have not been read.",
                "Appeals must be submitted in Seller Central; emails to this address are "
                "deleted without review.",
            ),
            (
                "To appeal, go to Performance > Account Health in Seller Central and click "
                '"Reactivate your account" or the Appeal button next to the violation: '
                "{link}",
                "Please resubmit your appeal through the Account Health page: {link}",
                "If you still want us to review your case, submit it again using the Appeal "
                "button in Seller Central. Messages sent to this address are not forwarded.",
                "Please use the Account Health dashboard to submit your plan of action; we have"
                " not received anything through this email.",
            ),
            (
                "If you have questions, contact Selling Partner Support from Seller Central Help.",
                "",
            ),
            ("This is an automated message.", "Amazon", ""),
        ),
        structure=(
            "Auto-reply: address no longer accepts appeals / not monitored; message not "
            "reviewed; resubmit through Account Health ('Reactivate your account', Appeal "
            "button); contact Seller Support."
        ),
        phrases=("no longer accepts", "not monitored", "Account Health"),
        seen_at=(
            "https://publicityport.com/awc/5726/contact-amazon-seller-performance-about-section-suspension?show=5728",
        ),
    ),
    Family(
        id="en-nd-redirect-appeal-channel",
        label="redirect_closed_queue",
        language="en",
        team="notice-dispute",
        marketplaces=EN_MARKETS,
        senders=ND_SENDERS,
        subjects=("Re: Notice: Policy Warning", "Automatic reply: Notice Dispute"),
        blocks=(
            ("Hello,", ""),
            (
                "We can no longer accept appeals for intellectual property complaints at this "
                "address.",
                "Notice Dispute does not process appeals sent by email.",
                "This address is for rights owners' notices only. Sellers' appeals sent here "
                "are not reviewed.",
                "Your email was not processed: appeals of IP complaints are only accepted "
                "through Seller Central.",
            ),
            (
                "Please go to Received Intellectual Property Complaints under Product Policy "
                "Compliance in Account Health, find the listing and click Appeal: {link}",
                "Submit your appeal from the Account Health dashboard instead.",
            ),
            (
                "Rights owners who want to retract a complaint should use the retraction tool in "
                "Brand Registry.",
                "",
            ),
            ("This message was sent automatically.", ""),
        ),
        structure=(
            "Auto-reply from notice-dispute: appeals not accepted here; appeal from Received "
            "Intellectual Property Complaints in Account Health; retraction route for rights "
            "owners."
        ),
        phrases=("Received Intellectual Property Complaints", "Product Policy Compliance"),
        seen_at=(
            "https://sellercentral.amazon.com/gp/help/external/help.html?itemID=202017130&language=en_US",
        ),
    ),
    Family(
        id="en-ss-redirect-noreply",
        label="redirect_closed_queue",
        language="en",
        team="seller-support",
        marketplaces=EN_MARKETS,
        senders=("do-not-reply@{domain}", "no-reply@{domain}", "seller-notification@{domain}"),
        subjects=("Undeliverable: your reply", "Your email could not be processed"),
        blocks=(
            (
                "Your email was sent to an address that cannot receive replies.",
                "We're sorry, we cannot process email sent to this address.",
                "This mailbox is unattended. Your message will not be read.",
                "Replies to this notification are not delivered to a person.",
            ),
            (
                "To reach us about your account, use Help > Get support in Seller Central "
                "({link}).",
                "Please contact us through the Contact Us page in Seller Central: {link}",
            ),
            ("For appeals, use the Account Health page.", ""),
        ),
        structure=(
            "Bounce-style auto-reply from a no-reply address; use Seller Central's contact "
            "page; appeals go through Account Health."
        ),
        phrases=("cannot receive replies", "Contact Us"),
        seen_at=(
            "https://www.ecommercechris.com/how-to-deal-with-amazon-seller-performance-and-account-health-services/",
        ),
    ),
    Family(
        id="en-sp-redirect-wrong-team",
        label="redirect_closed_queue",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS[:1] + ("payments-funds@{domain}",),
        subjects=("Re: Your message", "Automatic reply"),
        blocks=(
            ("Hello,", ""),
            (
                "We received your email, but this team cannot review appeals or plans of action.",
                "Your message reached a queue that does not handle account reinstatement.",
                "This inbox handles payment questions only; appeals sent here are not forwarded"
                " to the team that reviews them.",
                "Please note that we are not able to act on reinstatement requests received at "
                "this address.",
            ),
            (
                "To appeal a deactivation, follow the instructions in the notification you "
                "received and submit through the Account Health page.",
                "Please send your appeal through the Appeal button on the Performance "
                "Notifications page; we will not forward it for you.",
            ),
            ("Thank you for your understanding.", ""),
        ),
        structure=(
            "Reply from a team that does not take appeals; points to the notification's "
            "channel (Account Health, Appeal button); will not forward."
        ),
        phrases=("cannot review appeals",),
        seen_at=(
            "https://fba.help/blog/amazon-news/amazon-appeals-for-fba-sellers-what-not-to-do-part-2",
        ),
    ),
    Family(
        id="en-ss-redirect-support-cannot-help",
        label="redirect_closed_queue",
        language="en",
        team="seller-support",
        marketplaces=EN_MARKETS,
        senders=("Selling Partner Support <seller-support@{domain}>", "no-reply@{domain}"),
        subjects=(
            "Your case {case_id} has been closed",
            "Re: [CASE {case_id}] account deactivated",
        ),
        blocks=(
            GREETING,
            (
                "Thank you for contacting Selling Partner Support. We are not able to review "
                "account deactivations or appeals through this channel, so we have closed this "
                "case.",
                "I understand your account is deactivated. Seller Support has no access to "
                "appeals and cannot forward your plan of action.",
            ),
            (
                "Please follow the instructions in the notification you received and submit "
                "your appeal from the Account Health page: {link}",
                "To appeal, go to Performance > Account Health and use Reactivate your account.",
            ),
            ("Case ID: {case_id}", ""),
            ("Best regards,\nSelling Partner Support", ""),
        ),
        structure=(
            "Seller Support closes a case about a deactivation: it cannot handle appeals; "
            "points to the notification and the Account Health page; case ID."
        ),
        phrases=("We are not able to", "Account Health"),
        seen_at=(
            "https://fba.help/blog/amazon-news/amazon-appeals-for-fba-sellers-what-not-to-do-part-2",
        ),
    ),
)

FAMILIES: tuple[Family, ...] = ACKNOWLEDGEMENTS + REDIRECTS
