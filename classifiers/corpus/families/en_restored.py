"""More English reinstatements (label reinstatement): accounts, listings and funds restored.

The first reinstatement families covered the modern short "reactivated" letter;
real mail is more varied: the 2010s paragraph letters that lift the hold on
funds, a listing restored after a buyer's authenticity complaint, a complaint
withdrawn through Brand Registry or a DMCA counter-notice, a violation marked
resolved on Account Health, self-fulfilment restored, a related-account finding
reversed, and the reserve released. Many of them repeat words of the deactivation
they end ("appeal", "plan of action", "funds", "deactivated"), which is why the
model needs them.
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

FAMILIES: tuple[Family, ...] = (
    Family(
        id="en-sp-reinstated-hold-lifted-legacy",
        label="reinstatement",
        language="en",
        team="seller-performance",
        marketplaces=("US", "UK", "CA"),
        senders=SP_SENDERS + ("Amazon Services <seller-notification@{domain}>",),
        subjects=(
            "Your Amazon.com Selling Account",
            "Re: Appeal the Removal of Selling Privileges",
            "Selling privileges restored",
        ),
        blocks=(
            ("Hello,", "Dear {seller},", "Greetings from Amazon Seller Performance,"),
            (
                "We are writing to let you know that we have restored your selling privileges, "
                "lifted the temporary hold on the funds in your seller account and reopened "
                "your listings.",
                "Following a review of your appeal, we have reinstated your selling privileges "
                "on {marketplace}. The hold we placed on your funds has been removed.",
                "Thank you for sending your plan of action. We have reviewed it and decided to "
                "restore your selling privileges. The temporary hold on your account funds is "
                "no longer in place.",
                "We reviewed the information you provided and have removed the restrictions on "
                "your account. Your selling privileges are reinstated and your funds will be "
                "released.",
            ),
            (
                "Listings that were cancelled are not relisted automatically; you may need to "
                "relist them from Manage Inventory.",
                "Your listings may take up to 48 hours to appear again on the site.",
                "Any remaining balance will be paid according to your normal settlement schedule.",
                "",
            ),
            (
                "Please keep in mind that we regularly monitor performance. Further "
                "violations of our policies may lead to the removal of your selling privileges.",
                "We appreciate your cooperation and your efforts to improve your account.",
                "",
            ),
            SIGN_SP,
        ),
        structure=(
            "Older paragraph letter: privileges restored, hold on funds lifted, listings back "
            "(sometimes 'relist from Manage Inventory'); reminder that performance is monitored."
        ),
        phrases=("restored your selling privileges", "temporary hold", "settlement schedule"),
        seen_at=(
            "https://ecommerceconsulting.com/2015/09/reinstatement-meets-resuspension-amazon-marketplace.html",
            "https://88bfru.com/forum.php?action=printable&mod=viewthread&tid=17689",
        ),
    ),
    Family(
        id="en-sp-listing-reinstated-buyer-complaint",
        label="reinstatement",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS + ("seller-performance-policy@{domain}",),
        subjects=(
            "Your listing has been reinstated: {asin}",
            "Re: Complaint Type: Inauthentic",
            "Re: Listing removal for ASIN {asin}",
        ),
        blocks=(
            GREETING,
            (
                "We have reviewed the invoices and supplier details you sent for the buyer "
                "complaint about ASIN {asin}. We were able to confirm them, and your listing "
                "has been reinstated.",
                "Thank you for the information about the condition complaint we received. Your "
                "plan of action addresses it, so we reactivated the listing below.",
                "The documents you provided resolve the authenticity concern. We have "
                "reinstated your listing on your behalf; no further action is needed.",
                "After reviewing your response, we have reactivated your offer for ASIN {asin}. "
                "It is visible to buyers again.",
            ),
            (
                "ASIN: {asin}\nComplaint Type: Inauthentic",
                "ASIN: {asin}\nComplaint Type: Condition",
                "",
            ),
            (
                "Additional complaints about your listings may result in the removal of your "
                "selling privileges.",
                "Please continue to check that the items you ship match their detail pages.",
                "",
            ),
            SIGN_SP,
        ),
        structure=(
            "Answer to an appeal of a buyer-complaint listing removal: documents confirmed, "
            "listing reinstated 'on your behalf'; ASIN and complaint type; warning about more "
            "complaints."
        ),
        phrases=("we will reinstate your listing", "Complaint Type"),
        seen_at=("https://88bfru.com/forum.php?action=printable&mod=viewthread&tid=27400",),
    ),
    Family(
        id="en-nd-complaint-withdrawn-brand-registry",
        label="reinstatement",
        language="en",
        team="notice-dispute",
        marketplaces=EN_MARKETS,
        senders=ND_SENDERS + ("notice-retraction@{domain}",),
        subjects=(
            "Re: Complaint ID {complaint_id}",
            "Notice withdrawn: your listing has been reactivated",
            "Update on intellectual property complaint {complaint_id}",
        ),
        blocks=(
            GREETING,
            (
                "We received a retraction of the intellectual property notice against your "
                "listing. The rights owner stated that the notice was sent in error, so we "
                "reactivated the listing.",
                "{rights_owner} has withdrawn complaint {complaint_id} through Brand Registry. "
                "The affected listing is active again and the complaint no longer counts "
                "against your account.",
                "The rights owner sent us a retraction for the notice of infringement "
                "concerning ASIN {asin}. We have reinstated your offer.",
                "Because the complaint was retracted, we removed it from your Account Health "
                "page and restored the listing.",
            ),
            (
                "ASIN: {asin}\nInfringement type: Trademark",
                "ASIN: {asin}\nComplaint ID: {complaint_id}\nInfringement type: Copyright",
                "",
            ),
            (
                "No further action is required from you.",
                "You do not need to appeal this notice.",
                "",
            ),
            SIGN_ND,
        ),
        structure=(
            "Notice Dispute or the retraction mailbox: the rights owner retracted (by mail or "
            "Brand Registry's retraction function), listing reactivated, complaint removed "
            "from Account Health; ASIN, complaint ID, infringement type."
        ),
        phrases=("retraction of the notice", "sent in error", "Infringement type"),
        seen_at=(
            "https://88bfru.com/thread-189920-1-759.html",
            "https://www.esqgo.com/blog/securing-a-retraction-from-the-rights-owner/",
        ),
    ),
    Family(
        id="en-nd-counter-notice-content-reinstated",
        label="reinstatement",
        language="en",
        team="notice-dispute",
        marketplaces=("US",),
        senders=ND_SENDERS + ("copyright@{domain}",),
        subjects=("Counter-notice: content reinstated", "Re: DMCA counter-notice {case_id}"),
        blocks=(
            GREETING,
            (
                "Your listing has been reinstated. We received no notice of a lawsuit within "
                "10 business days of forwarding your counter-notice, so the content is back on "
                "the site.",
                "Good news: the copyright complaint against your listing is closed and the "
                "removed content has been restored, because the claimant did not take legal "
                "action after your counter-notice.",
                "We have reinstated the listing and images removed under complaint "
                "{complaint_id}. The claimant did not start court proceedings within the "
                "waiting period.",
            ),
            ("ASIN: {asin}", "Complaint ID: {complaint_id}", ""),
            SIGN_ND,
        ),
        structure=(
            "After a DMCA counter-notice: forwarded to the claimant, no lawsuit within 10 "
            "business days, content (listing, images) reinstated."
        ),
        phrases=("counter-notice", "within 10 business days"),
        seen_at=(
            "https://sellercentral.amazon.com/gp/help/external/help.html?itemID=202017130&language=en_US&ref=efph_202017130_cont_69G3YF8A6VG7C2Y",
        ),
    ),
    Family(
        id="en-ah-violation-resolved",
        label="reinstatement",
        language="en",
        team="account-health",
        marketplaces=EN_MARKETS,
        senders=AH_SENDERS + APPEALS_SENDERS[:1],
        subjects=(
            "Your appeal was accepted",
            "Policy violation resolved",
            "Account Health update: violation removed",
        ),
        blocks=(
            GREETING,
            (
                "Your appeal for the policy violation on ASIN {asin} was accepted. The "
                "violation is now marked as resolved on your Account Health page.",
                "We reviewed your appeal and agree with it. The violation has been removed "
                "and no longer affects your Account Health Rating.",
                "Good news: we accepted the information you submitted. This violation will no "
                "longer count toward your Account Health Rating.",
                "Thank you for your appeal. We have reversed the violation and restored the "
                "affected listing.",
            ),
            (
                "You can see the updated status under Product Policy Compliance: {link}",
                "Your Account Health Rating may take up to 24 hours to update.",
                "",
            ),
            SIGN_AH,
        ),
        structure=(
            "Account Health outcome mail: appeal accepted, violation resolved or reversed, no "
            "longer counts toward the Account Health Rating; link to Product Policy Compliance."
        ),
        phrases=("Account Health Rating", "marked as resolved", "Product Policy Compliance"),
        seen_at=("https://sellercentral.amazon.com/gp/help/external/G200370560",),
    ),
    Family(
        id="en-sp-mfn-privileges-restored",
        label="reinstatement",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS,
        subjects=(
            "Your seller-fulfilled listings have been reactivated",
            "Re: Removal of seller-fulfilled offers",
        ),
        blocks=(
            GREETING,
            (
                "We have reviewed your plan of action for late shipments and restored your "
                "ability to fulfil orders yourself. Your seller-fulfilled offers are active "
                "again.",
                "Your plan of action was accepted. The restriction on your Merchant Fulfilled "
                "Network listings has been lifted.",
                "Thank you for the changes you made to your shipping process. We reactivated "
                "your seller-fulfilled offers on {marketplace}.",
            ),
            (
                "Please keep your handling time accurate and confirm shipments with valid "
                "tracking. Your late shipment rate should stay under 4%.",
                "We will continue to monitor your cancellation rate and on-time delivery.",
                "",
            ),
            SIGN_SP,
        ),
        structure=(
            "Self-fulfilment (MFN) restored after a metrics plan of action; reminder of the "
            "metric targets."
        ),
        phrases=("seller-fulfilled offers", "Merchant Fulfilled Network"),
        seen_at=(
            "https://sellercentral.amazon.sa/gp/help/external/200370560?language=en_AE&ref=efph_200370560_cont_202010130",
        ),
    ),
    Family(
        id="en-sp-related-account-cleared",
        label="reinstatement",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS,
        subjects=("Your Amazon Seller account has been reactivated", "Re: Related account review"),
        blocks=(
            GREETING,
            (
                "We reviewed the information you sent about the account we believed was "
                "related to yours. We have reactivated your account.",
                "After further review we no longer consider your account related to the "
                "account that may not sell on Amazon. Your selling privileges are restored.",
                "Thank you for your patience while we reviewed the related account. Your "
                "appeal was successful and your listings will be restored.",
            ),
            (
                "Funds held during the review will be released on your next settlement date.",
                "Please ship any pending orders on time.",
                "",
            ),
            SIGN_SP,
        ),
        structure=(
            "Related-account deactivation reversed after the seller's explanation: funds are "
            "released."
        ),
        phrases=("related to", "Your selling privileges are restored"),
        seen_at=(
            "https://seller-union.com/topic/account-deactivated-in-accordance-with-section-3-of-amazons-business-solutions/",
        ),
    ),
    Family(
        id="en-sp-funds-released",
        label="reinstatement",
        language="en",
        team="seller-performance",
        marketplaces=("US", "UK", "CA", "IN"),
        senders=SP_SENDERS + ("payments-funds@{domain}",),
        subjects=(
            "Your funds have been released",
            "Your appeal was approved: funds available",
            "Re: Request for disbursement of funds",
        ),
        blocks=(
            ("Hello,", "Hello {seller},"),
            (
                "Your appeal for the release of your funds has been approved. The hold placed "
                "on your account when it was deactivated has been lifted, and {amount} will be "
                "transferred to your bank account.",
                "Following your successful appeal, we have removed the hold on your funds. "
                "Your balance will be disbursed on your normal schedule.",
                "We reviewed your appeal and reactivated your account. The funds we held "
                "during the review are released and will be paid out with your next "
                "settlement.",
                "Good news: the funds held in your seller account are no longer withheld. "
                "Your appeal was successful and you can transfer your balance again.",
            ),
            (
                "You can see details on the Payments page in Seller Central: {link}",
                "Balance and settlement details are in the Payments section of Seller Central.",
                "",
            ),
            ("Sincerely,\nAmazon Services", "Regards,\nSeller Performance Team"),
        ),
        structure=(
            "Appeal for held funds approved: the hold placed at deactivation or during a review "
            "is lifted; funds released on the normal schedule; Payments link. (A payment "
            "notice or a reserve without an appeal is 'other'.)"
        ),
        phrases=("reserve", "disbursement", "funds will be transferred"),
        seen_at=(
            "https://th4.ilovetranslation.com/G3aUS7bx6gB=d",
            "https://seller-forum.com/t/update-to-the-funds-withholding-policy-page/6534",
        ),
    ),
    Family(
        id="en-sp-account-review-passed",
        label="reinstatement",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS + ("seller-verification@{domain}",),
        subjects=("We have completed our review of your account", "Your account is active"),
        blocks=(
            GREETING,
            (
                "We have finished reviewing your account and the documents you sent. Your "
                "account is in good standing and your listings are active again.",
                "Our review of your account is complete. We have reactivated your listings "
                "and you may continue selling.",
                "Thank you for the documents. We verified them, and the restriction on your "
                "account has been removed.",
            ),
            ("Your funds will be disbursed as usual.", ""),
            SIGN_SP,
        ),
        structure="'We are reviewing your account' closed in the seller's favour; listings active.",
        phrases=("in good standing",),
        seen_at=("https://88bfru.com/thread-143055-2-832.html",),
    ),
    Family(
        id="en-sp-reactivated-one-liner",
        label="reinstatement",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS + APPEALS_SENDERS,
        subjects=("Re: Your Amazon.com Seller Account", "Re: Appeal", "Re: Plan of action"),
        blocks=(
            ("Hello,", "Hello {seller},", ""),
            (
                "Your account has been reinstated.",
                "Your selling account is active again. Welcome back.",
                "Your appeal has been approved and your selling privileges have been restored.",
                "We have reactivated your account. You can start selling again.",
                "Thank you for your appeal. Your account is now reinstated.",
            ),
            ("Thank you for selling on Amazon.", "Welcome back to selling on {marketplace}.", ""),
            SIGN_SP,
        ),
        structure=(
            "The shortest reinstatement: one or two lines, as sellers paste them on forums; "
            "no reasons."
        ),
        phrases=("Your account has been reinstated",),
        seen_at=(
            "http://amazonneedstoinvestigate.blogspot.com/2015/11/update-nov-28th-amazon-is.html",
        ),
    ),
    Family(
        id="en-ah-compliance-documents-approved",
        label="reinstatement",
        language="en",
        team="account-health",
        marketplaces=EN_MARKETS,
        senders=AH_SENDERS + ("product-compliance@{domain}",),
        subjects=(
            "Compliance documents approved for ASIN {asin}",
            "Your listing is active again",
            "Re: Product compliance request",
        ),
        blocks=(
            GREETING,
            (
                "We reviewed the compliance documents you uploaded for {product} and approved "
                "them. ASIN {asin} has been reactivated.",
                "Your certificate of conformity has been accepted. The listing we removed for "
                "missing compliance information is live again.",
                "The test report you sent meets our requirements, so we have reinstated the "
                "listing and cleared the violation.",
                "Thank you for the documents. Your product passed our compliance review and "
                "buyers can purchase it again.",
            ),
            ("ASIN: {asin}", "ASIN: {asin}\nProduct: {product}", ""),
            (
                "The violation has been removed from your Account Health page.",
                "Inbound shipments for this ASIN are allowed again.",
                "",
            ),
            SIGN_AH,
        ),
        structure=(
            "Product compliance documents (test report, certificate, safety data sheet) "
            "approved; the removed listing reactivated and the violation cleared."
        ),
        phrases=("compliance documents", "has been reactivated"),
        seen_at=("https://sellercentral.amazon.it/gp/help/external/G201749580?language=en_IT",),
    ),
)
