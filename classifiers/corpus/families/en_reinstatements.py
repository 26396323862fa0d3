"""English reinstatements: the account, listing or privileges restored (label reinstatement).

Short letters: the appeal was accepted, the account reactivated or the listing
reinstated, sometimes with "Welcome back" and a reminder to keep the plan's
measures in place.
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
                "We have reviewed the information you sent and reinstated your selling account."
                " Your listings will be active again shortly.",
                "Good news: your selling privileges on {marketplace} have been restored. You "
                "may resume selling.",
                "Thank you for your plan of action. We accepted it, and your account has been "
                "reactivated.",
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
                "Your appeal was successful. Your account is active again and your offers are "
                "being relisted.",
                "We are happy to tell you that your account has been reinstated after review of"
                " your submission.",
                "Following our review, the deactivation has been lifted and you can sell on "
                "{marketplace} again.",
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
                "Your appeal was approved. The listing for ASIN {asin} has been restored and "
                "can be purchased again.",
                "We have reactivated your listing after reviewing the documents you provided.",
                "The removal of ASIN {asin} has been reversed; the offer is live again.",
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
                "{rights_owner} withdrew the notice against ASIN {asin}. Your listing has been "
                "restored and the complaint removed from your account.",
                "Following a retraction by the rights owner, we have reactivated the listing "
                "that was removed.",
                "Good news: the complaint against your listing was withdrawn, and the listing "
                "is live again.",
                "Your listing has been restored because the rights owner withdrew the "
                "infringement notice.",
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
                "Your dangerous goods review is complete: ASIN {asin} has been reinstated for "
                "sale and FBA shipments.",
                "Thank you for the test report. The listing is active again and customers can "
                "buy it.",
            ),
            ("No further action is needed.", "You can now send new shipments of this product.", ""),
            SIGN_AH,
        ),
        structure="Documents approved; listing unblocked; no further action needed.",
        phrases=("The listing has been unblocked",),
        seen_at=("https://sellercentral.amazon.it/gp/help/external/G201749580?language=en_IT",),
    ),
    Family(
        id="en-ah-verification-approved",
        label="reinstatement",
        language="en",
        team="account-health",
        marketplaces=EN_MARKETS,
        senders=AH_SENDERS + ("seller-verification@{domain}",),
        subjects=("Your account has been verified", "Verification complete: you can sell again"),
        blocks=(
            GREETING,
            (
                "Thank you for your patience. We verified your information and restored your "
                "selling privileges.",
                "Your identity verification is complete, and the hold on your account has "
                "been removed. Your listings are active again.",
            ),
            ("Funds will be disbursed on your regular schedule.", ""),
            SIGN_AH,
        ),
        structure="Verification passed; selling privileges restored; funds on schedule.",
        phrases=("restored your selling privileges",),
        seen_at=(
            "https://support.omnivore.com.au/support/solutions/articles/17000064610-what-is-seller-identity-verification-and-how-do-i-get-it-",
        ),
    ),
)
