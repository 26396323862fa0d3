"""English requests for specific further information after an appeal (label need_more_info).

They open with thanks for the appeal and "we received your submission but do not
have enough information", then name what is missing: greater detail on the root
cause, invoices that match sales volume, supplier contacts, a utility bill.
Unlike a generic denial they always say what to send; unlike a first notice they
answer a submission.
"""

from __future__ import annotations

from . import Family
from ._en_common import (
    AH_SENDERS,
    APPEALS_SENDERS,
    EN_MARKETS,
    FILE_TYPES,
    GREETING,
    HOW_TO_SEND,
    ND_SENDERS,
    SIGN_ND,
    SIGN_SP,
    SP_SENDERS,
)

THANKS = (
    "Thank you for submitting your appeal.",
    "Thank you for your appeal of {date}.",
    "Thanks for sending the information.",
    "",
)
DEADLINE = (
    "Please send this by {deadline}.",
    "We need this information within 17 days.",
    "If we do not receive it by {deadline}, your account will remain deactivated.",
    "",
)

FAMILIES: tuple[Family, ...] = (
    Family(
        id="en-sp-more-info-missing-items",
        label="need_more_info",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS + APPEALS_SENDERS,
        subjects=("Re: Your Amazon selling account", "Additional information required"),
        blocks=(
            GREETING,
            THANKS,
            (
                "We reviewed your appeal but do not have enough information to reactivate your "
                "account at this time, because it is missing the following. Please add it to "
                "your appeal:",
                "Your appeal is missing some information we need before we can reactivate your "
                "account. Please include:",
            ),
            (
                "-- greater detail on the root causes of the issue\n-- greater detail on the "
                "actions you have taken to resolve it\n-- greater detail on the steps you have "
                "taken to prevent it going forward",
                "-- a revised plan of action that explains how you check {product} listings "
                "before they go live\n-- proof that the corrective actions are in place",
                "-- the root cause of the late shipments on orders such as {order_id}\n-- how "
                "you will monitor handling time from now on",
            ),
            (
                "We also found that the documents you sent are invalid or incomplete. Please "
                "include the missing items and resubmit.",
                "We also found that some corrective actions you listed have not been "
                "implemented yet. Please complete them before appealing again.",
                "",
            ),
            DEADLINE,
            HOW_TO_SEND,
            SIGN_SP,
        ),
        structure=(
            "Thanks for the appeal; 'we reviewed your appeal but do not have enough "
            "information ... because it is missing the following'; a '--' list of missing "
            "points (greater detail on root cause, actions, prevention); optional lines about "
            "invalid documents or unimplemented actions; deadline; how to resubmit."
        ),
        phrases=(
            "do not have enough information to reactivate your account at this time",
            "Please include the missing information listed below",
            "Greater detail on the root causes",
        ),
        seen_at=(
            "https://sellercentral.amazon.in/seller-forums/discussions/t/f46441f0-dbda-49dd-a6b1-6535f8400141",
        ),
    ),
    Family(
        id="en-sp-more-info-authenticity-documents",
        label="need_more_info",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS + APPEALS_SENDERS,
        subjects=("Re: Your Amazon.com Seller Account", "We need more information"),
        blocks=(
            GREETING,
            THANKS,
            (
                "We received your submission but do not have enough information to complete "
                "our review of your account and inventory at this time.",
                "We received your documents, but they are not enough to confirm the "
                "authenticity of your inventory.",
            ),
            (
                "To show that your inventory is authentic, send documents such as:\n-- bank or "
                "credit card statements for the purchase of the ASINs under review\n-- order "
                "confirmations\n-- shipment tracking information\n-- import and export "
                "documents\n-- authorization letters from the brand or its licensed "
                "distributors",
                "Please send invoices from your supplier that cover your sales of ASIN "
                "{asin} over the last 365 days, and the supplier's name, address, phone number "
                "and website. The invoices you sent do not match your sales volume.",
                "The invoice you sent does not show the supplier's contact details. Please "
                "send a complete copy, with the supplier's address and phone number visible.",
            ),
            FILE_TYPES,
            DEADLINE,
            HOW_TO_SEND,
            SIGN_SP,
        ),
        structure=(
            "Thanks; 'We received your submission but do not have enough information to "
            "complete our review'; list of acceptable documents (statements, confirmations, "
            "tracking, import papers, authorization letters) or a named gap in the invoices "
            "sent; file types; deadline; how to send."
        ),
        phrases=(
            "We received your submission but do not have enough information",
            "to complete our review of your account",
        ),
        seen_at=(
            "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/9059a3aa-856e-435e-bc2f-9957e0555688",
        ),
    ),
    Family(
        id="en-sp-more-info-plan-incomplete",
        label="need_more_info",
        language="en",
        team="seller-performance",
        marketplaces=("US", "UK", "CA", "AU"),
        senders=SP_SENDERS,
        subjects=("Re: Appeal of selling privileges", "Your plan of action"),
        blocks=(
            ("Hello,", "Dear {seller},", ""),
            (
                "We received your information, but your plan is not complete. Our review of "
                "your account found the following problems:",
                "Your plan of action does not yet cover everything we found:",
                "Thank you for your plan of action. Before we can consider reinstatement, "
                "please tell us more about the following:",
            ),
            (
                "Some of your buyers did not receive their orders on time. Explain how you "
                "will prevent non-receipt and late-delivery complaints in the future.",
                "Buyers reported that items did not match the detail page. Explain how you "
                "will check listings against the products you ship.",
                "Your plan does not say how you will keep tracking numbers valid for "
                "seller-fulfilled orders.",
            ),
            (
                "Please reply to this message with your plan to address these issues. Once we "
                "receive it, we will review it and decide whether you may sell again.",
                "Reply with a revised plan that covers these points.",
            ),
            (
                'For help, search for "Appeal the Removal of Selling Privileges" in Seller '
                "Central Help.",
                "",
            ),
            ("We look forward to hearing from you.", ""),
            SIGN_SP,
        ),
        structure=(
            "'We received your information, but your plan is not complete'; the named problems "
            "the plan must address; reply with the revised plan; help search; closing."
        ),
        phrases=("your plan is not complete", "We look forward to hearing from you"),
        seen_at=(
            "https://sellercentral.amazon.com/forums/t/my-seller-account-is-suspended-please-help/353811",
        ),
    ),
    Family(
        id="en-nd-more-info-appeal-incomplete",
        label="need_more_info",
        language="en",
        team="notice-dispute",
        marketplaces=EN_MARKETS,
        senders=ND_SENDERS,
        subjects=("Re: Notice: Policy Warning", "Re: Your appeal: complaint {complaint_id}"),
        blocks=(
            ("Hello,", "Hello {seller},"),
            ("Thank you for your message.", "Thank you for your appeal.", ""),
            (
                "We cannot accept your appeal because it does not address the report we "
                "received from the rights owner. Please provide the following so we can "
                "process it:",
                "Your appeal does not include what we need to reinstate the listing. Please send:",
            ),
            (
                "-- proof that the product is authentic (invoice, order ID, licensing "
                "agreement or letter of authorization)\n-- an explanation of why you were "
                "warned in error",
                "-- an invoice from {rights_owner} or an authorized distributor for ASIN "
                "{asin}\n-- product photos that show the brand name and labels",
            ),
            ("External links are not accepted. Attach .jpeg, .jpg, .gif, .png or .tiff files.", ""),
            DEADLINE,
            ("ASIN: {asin}\nComplaint ID: {complaint_id}", ""),
            SIGN_ND,
        ),
        structure=(
            "Thanks; 'We cannot accept your appeal because it does not address the report we "
            "received from the rights owner'; '--' list of documents; file formats; "
            "deadline; ASIN and complaint ID."
        ),
        phrases=(
            "We cannot accept your appeal because it does not address the report",
            "Please provide the following information so we can process your appeal",
        ),
        seen_at=("https://88bfru.com/thread-153707-1-861.html",),
    ),
    Family(
        id="en-sp-more-info-listings-still-open",
        label="need_more_info",
        language="en",
        team="seller-performance",
        marketplaces=("UK", "EU", "US"),
        senders=SP_SENDERS,
        subjects=("Re: Your appeal", "Re: Removal of selling privileges"),
        blocks=(
            ("Hello,", "Dear {seller},"),
            (
                "Thank you for confirming that you have carried out your plan of action. "
                "However, a review of your inventory found restricted listings that have not "
                "been closed or deleted.",
                "Thanks for your plan. We still see listings in your inventory that break the "
                "policy.",
                "We reviewed your appeal, but some listings still do not comply. Before we can "
                "reinstate your account, close the listings below and confirm.",
            ),
            ("Examples include, but are not limited to:\nASIN: {asins}", "ASIN: {asin}"),
            (
                "Please write to us once you have closed or deleted these listings and "
                "checked the rest of your inventory.",
                "Remove these listings, check your catalogue, and reply to let us know.",
            ),
            SIGN_SP,
        ),
        structure=(
            "Thanks for confirming the plan, 'however' listings still break the policy; "
            "examples with ASINs; write back once they are closed."
        ),
        phrases=("Thank you for confirming you have implemented your plan of action",),
        seen_at=("https://selfmademinds.com/201902/appealing-an-amazon-suspension/",),
    ),
    Family(
        id="en-sp-more-info-before-reinstatement",
        label="need_more_info",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS + APPEALS_SENDERS,
        subjects=("Re: Your appeal", "Information needed to continue your review"),
        blocks=(
            GREETING,
            THANKS,
            (
                "Before we can consider reinstatement, you must provide the following:",
                "We need a few more things before we can consider reinstating your account:",
                "Your appeal was reviewed by a senior investigator. To continue the review, "
                "we need:",
            ),
            (
                "-- a utility bill from the last 90 days in the business name\n-- a signed "
                "statement explaining how your account is connected to the other account\n-- "
                "your company registration certificate",
                "-- a bank statement for the account on file\n-- a government ID for each "
                "beneficial owner",
                "-- a photo of the rating plate of {product}\n-- the EU declaration of conformity",
                "-- a revised plan of action that names the root cause for order {order_id}",
            ),
            DEADLINE,
            HOW_TO_SEND,
            SIGN_SP,
        ),
        structure=(
            "Thanks; 'Before we can consider reinstatement, you must provide'; a list of "
            "named documents (utility bill, signed statement, registration, bank statement, "
            "IDs, declarations); a deadline date; where to submit."
        ),
        phrases=("Before we can consider reinstatement, you must provide",),
        seen_at=(
            "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/9059a3aa-856e-435e-bc2f-9957e0555688",
            "http://amazonneedstoinvestigate.blogspot.com/2015/11/update-nov-28th-amazon-is.html",
        ),
    ),
    Family(
        id="en-sp-more-info-drop-shipping",
        label="need_more_info",
        language="en",
        team="seller-performance",
        marketplaces=("US", "UK", "CA"),
        senders=SP_SENDERS + APPEALS_SENDERS,
        subjects=("Re: Your seller-fulfilled offers", "More information needed for your review"),
        blocks=(
            GREETING,
            (
                "We received your submission but do not have enough information to transfer "
                "funds to you and reactivate your seller-fulfilled offers at this time. Funds "
                "stay in your account during the review.",
                "We received your reply, but it does not give us enough to end the review of "
                "your seller-fulfilled offers.",
            ),
            (
                "To speed up the review, please send:\n-- evidence and an explanation showing "
                "how your account complies with the Drop Shipping policy\n-- if logistics "
                "problems affected fulfilment, the reasons and supporting evidence",
                "Please send packing slips and invoices for orders {order_id} showing you as "
                "the seller of record.",
            ),
            (
                'You can submit it by clicking "Submit new information" in the banner at '
                "the top of your Account Health page: {link}",
                HOW_TO_SEND[0],
            ),
            (
                "If we can confirm you have not broken the policy, we will reactivate your "
                "offers and release the funds.",
                "",
            ),
            SIGN_SP,
        ),
        structure=(
            "'We received your submission but do not have enough information to transfer "
            "funds ... and reactivate your seller-fulfilled offers'; list of evidence; "
            "'Submit new information' banner; what happens if confirmed."
        ),
        phrases=("Submit new information", "do not have enough information to transfer funds"),
        seen_at=("https://pastebin.pl/view/25e481cd",),
    ),
    Family(
        id="en-ah-verification-resubmit",
        label="need_more_info",
        language="en",
        team="account-health",
        marketplaces=EN_MARKETS,
        senders=AH_SENDERS + SP_SENDERS[:1],
        subjects=(
            "Action required: we could not verify your document",
            "Re: Seller identity verification",
        ),
        blocks=(
            GREETING,
            (
                "We could not verify the document you submitted on {date}.",
                "Thank you for uploading your utility bill. It does not meet our requirements, "
                "so we cannot complete the verification yet.",
                "The information in your document does not match the details in Seller Central.",
            ),
            (
                "Please upload a new document that:\n-- shows your name and address exactly as "
                "entered in Seller Central\n-- was issued in the last 90 days\n-- is a full, "
                "clear page with all corners visible\n-- is not a screenshot and not password "
                "protected",
                "Please submit a utility bill (gas, electricity, water, phone or internet) in "
                "the name of the business, and confirm that a valid credit card is on file.",
            ),
            (
                "Upload it from the banner on your Account Health page: {link}",
                "Use the Seller Identity Verification page to upload it.",
            ),
            DEADLINE,
            ("Regards,\nAccount Health Services", "Thank you,\nSeller Verification Team"),
        ),
        structure=(
            "Verification follow-up: the submitted document could not be verified or does "
            "not match; '--' list of what the new document must show (name and address as in "
            "Seller Central, issued in the last 90 days, full page, not a screenshot); where "
            "to upload; deadline."
        ),
        phrases=(
            "It must have been issued in the last 90 days",
            "must not be a screenshot",
            "confirm that there is a valid credit card on file",
        ),
        seen_at=(
            "https://sellercentral.amazon.co.uk/seller-forums/discussions/t/a314ae30-9dbb-4954-a7bd-af5d1816273a",
            "https://sellercentral.amazon.co.jp/seller-forums/discussions/t/80946038-bb0b-4c62-8e75-aa747ea6d929",
        ),
    ),
)
