"""More English requests for further information (label need_more_info).

These answer a submission the seller already made and say what is still wrong
with it: documents judged invalid, corrective actions not carried out, invoices
rejected (pro forma, no quantities, no supplier contact), an invoice where a
letter of authorization is needed, a supplier that could not be reached, the
details of a related account, identity documents before funds are released, or
the appeal form's questionnaire. Many repeat the deactivation's own headings
("Has your account been deactivated in error?"), which is what makes them look
like a first notice; what marks them is that they answer an appeal.
"""

from __future__ import annotations

from . import Family
from ._en_common import (
    AH_SENDERS,
    APPEALS_SENDERS,
    EN_MARKETS,
    ERROR_HEAD,
    FILE_TYPES,
    GREETING,
    HOW_TO_SEND,
    ND_SENDERS,
    SIGN_AH,
    SIGN_ND,
    SIGN_SP,
    SP_SENDERS,
)

THANKS = (
    "Thank you for submitting your appeal.",
    "Thank you for your appeal of {date}.",
    "Thank you for the documents you sent.",
    "",
)
RESUBMIT = (
    "Please include the missing information and resubmit your appeal.",
    "Once you have these, submit them with your appeal so we can continue our review.",
    "We will continue our review when we receive this information.",
)

FAMILIES: tuple[Family, ...] = (
    Family(
        id="en-sp-more-info-documents-invalid",
        label="need_more_info",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS + APPEALS_SENDERS,
        subjects=(
            "Re: Your Amazon.com Seller Account",
            "Your appeal: documents required",
            "Re: Reactivate your account",
        ),
        blocks=(
            GREETING,
            THANKS,
            (
                "We reviewed your appeal and determined that you have not submitted the "
                "required documents, or that the documents you submitted are invalid.",
                "The documents included with your appeal could not be accepted. Some are "
                "missing and others do not meet our requirements.",
                "We were not able to use the documents attached to your appeal, so we cannot "
                "complete our review yet.",
            ),
            (
                "Please provide:\n-- invoices from your supplier dated within the last 365 "
                "days for the ASINs under review\n-- your supplier's name, address, phone "
                "number and website",
                "Still needed:\n-- a letter of authorization from the brand owner or a "
                "licensing agreement\n-- invoices that show the quantities you sold",
                "Missing:\n-- an explanation of how your products comply with the brand's "
                "intellectual property\n-- documents that support the authenticity of "
                "{asins}",
            ),
            RESUBMIT,
            ERROR_HEAD + ("",),
            (
                "If you believe there has been an error, tell us why, together with the "
                "documents listed above.",
                "If you think we made a mistake, explain how your account has not violated "
                "the policy and attach the documents above.",
                "",
            ),
            FILE_TYPES,
            SIGN_SP,
        ),
        structure=(
            "Answer to an appeal: 'you have not submitted required documents or the "
            "documents submitted are invalid'; a list of what is still needed; resubmit; the "
            "deactivation's 'deactivated in error?' heading repeated."
        ),
        phrases=(
            "the documents submitted are invalid",
            "Please include the missing information",
        ),
        seen_at=(
            "https://sellercentral.amazon.in/seller-forums/discussions/t/f46441f0-dbda-49dd-a6b1-6535f8400141",
        ),
    ),
    Family(
        id="en-sp-more-info-actions-not-implemented",
        label="need_more_info",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS,
        subjects=("Re: Your appeal", "Re: Plan of action for {seller}"),
        blocks=(
            GREETING,
            THANKS,
            (
                "We reviewed your appeal and found that the corrective actions you listed "
                "have not been carried out yet.",
                "Your plan of action describes changes that we cannot see on your account. "
                "Several listings named in our earlier message are still active.",
                "We checked your catalogue after your appeal. The actions you described are "
                "not complete.",
            ),
            (
                "For example:\nASIN: {asins}",
                "The following listings still do not comply:\nASIN: {asin}",
                "",
            ),
            (
                "Please make sure every corrective action is complete, then write to us "
                "confirming it.",
                "Once all of the actions in your plan are in place, reply to this message so "
                "we can continue the review.",
                "Complete the actions and resubmit your appeal with a short confirmation of "
                "what you changed.",
            ),
            SIGN_SP,
        ),
        structure=(
            "The plan was read but its actions are not in place: examples of listings still "
            "live (ASINs); complete them and write back."
        ),
        phrases=("corrective action items you have listed have not been implemented",),
        seen_at=(
            "https://sellercentral.amazon.in/seller-forums/discussions/t/f46441f0-dbda-49dd-a6b1-6535f8400141",
            "https://selfmademinds.com/201902/appealing-an-amazon-suspension/",
        ),
    ),
    Family(
        id="en-sp-more-info-invoice-rejected",
        label="need_more_info",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS + APPEALS_SENDERS,
        subjects=(
            "We received your submission but need more information",
            "Re: Your Amazon selling account",
            "Invoice could not be accepted",
        ),
        blocks=(
            GREETING,
            (
                "We received your submission but do not have enough information to reactivate "
                "your account, because the invoice you provided does not meet our requirements.",
                "Thank you for the invoice. We cannot accept it in its current form.",
                "The invoice attached to your appeal could not be verified.",
            ),
            (
                "The invoice must:\n-- be dated within the last 365 days\n-- show the "
                "supplier's name, address, phone number and website\n-- list product names "
                "and quantities that cover your sales\n-- be a final invoice, not a pro forma "
                "or a quote",
                "Reasons:\n-- it is a receipt from a retail website, not an invoice\n-- the "
                "quantities do not cover the units you sold\n-- the supplier's contact "
                "details are missing",
                "We do not accept self-issued invoices, pro forma invoices, editable files "
                "(Word or Excel) or documents that appear to have been altered.",
            ),
            (
                "Please send a new invoice that meets these requirements.",
                "Please resubmit with a valid invoice and your supplier's contact information.",
            ),
            HOW_TO_SEND,
            FILE_TYPES,
            SIGN_SP,
        ),
        structure=(
            "'do not have enough information' because the invoice fails: requirements listed "
            "(365 days, supplier contacts, quantities, not pro forma, not self-issued); send a "
            "new one."
        ),
        phrases=("pro forma", "within the last 365 days", "self-issued"),
        seen_at=(
            "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/75478232-33f2-4694-bf46-da28e98afc8e",
            "https://sellercentral.amazon.in/seller-forums/discussions/t/4c32f2e6-a86a-4131-b0a6-cbfde9ba21d6",
        ),
    ),
    Family(
        id="en-nd-more-info-authorization-needed",
        label="need_more_info",
        language="en",
        team="notice-dispute",
        marketplaces=EN_MARKETS,
        senders=ND_SENDERS,
        subjects=(
            "Re: Notice of infringement: {complaint_id}",
            "Re: Your appeal for ASIN {asin}",
        ),
        blocks=(
            GREETING,
            (
                "Thank you for your appeal. The invoice you sent does not show that you are "
                "allowed to sell products that use the rights owner's trademark.",
                "We reviewed your appeal for complaint {complaint_id}. An invoice alone is not "
                "enough to reactivate listings removed after a rights owner's notice.",
                "We cannot reinstate the listing with the information provided so far.",
            ),
            (
                "To continue, please send one of the following:\n-- a letter of authorization "
                "or licensing agreement from the rights owner\n-- a retraction of the complaint "
                "from the rights owner",
                "Please provide:\n-- a letter of authorization from {rights_owner}\n-- or an "
                "explanation, with evidence, of why the notice is wrong",
            ),
            (
                "The rights owner's contact details are in the original notice.",
                "Retractions must come from the rights owner at the address used for the "
                "complaint, or through Brand Registry.",
                "",
            ),
            ("ASIN: {asin}\nComplaint ID: {complaint_id}", "ASIN: {asin}", ""),
            SIGN_ND,
        ),
        structure=(
            "Notice Dispute answer to an IP appeal: the invoice is not enough; send an "
            "authorization letter, a licence or a retraction; ASIN and complaint ID."
        ),
        phrases=("letter of authorization", "licensing agreement", "retraction"),
        seen_at=(
            "https://sellersasksellers.com/t/invoice-requirements-for-appeals-specifically-customer-inauthentic-complaints/1911",
            "https://88bfru.com/thread-189920-1-759.html",
        ),
    ),
    Family(
        id="en-ah-more-info-view-appeal",
        label="need_more_info",
        language="en",
        team="account-health",
        marketplaces=EN_MARKETS,
        senders=AH_SENDERS,
        subjects=(
            "Action required: additional information for your appeal",
            "Your appeal needs more information",
        ),
        blocks=(
            GREETING,
            (
                "We reviewed your appeal and need additional information before we can make a "
                "decision.",
                "Your appeal is on hold until you send the information below.",
                "Thank you for your appeal. Some answers in your appeal form were incomplete.",
            ),
            (
                "Go to Account Health, click View appeal next to the violation, then Submit "
                "additional information.",
                "Open your appeal from the Account Health page ({link}) and choose Submit "
                "additional information.",
            ),
            (
                "Please answer every question in the appeal questionnaire and upload the "
                "documents it asks for.",
                "Please acknowledge the violation and complete the short policy quiz, or "
                "upload documents showing that the violation was an error.",
                "Please add the invoice or the test report for ASIN {asin}.",
            ),
            ("We usually reply within two days of your submission.", ""),
            SIGN_AH,
        ),
        structure=(
            "Account Health: more information needed for the appeal; 'View appeal' then "
            "'Submit additional information'; questionnaire, quiz or documents."
        ),
        phrases=("View appeal", "Submit additional information"),
        seen_at=(
            "https://sellercentral.amazon.com/gp/help/external/G200370560",
            "https://sellercentral.amazon.com/gp/help/external/help.html?itemID=202017130&language=en_US&ref=efph_202017130_cont_69G3YF8A6VG7C2Y",
        ),
    ),
    Family(
        id="en-sp-more-info-supplier-unverified",
        label="need_more_info",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS,
        subjects=("Re: Your Amazon Seller account", "Supplier information needed"),
        blocks=(
            GREETING,
            THANKS,
            (
                "We tried to contact the supplier named on your invoices but could not verify "
                "the documents with them.",
                "We were unable to confirm your supply chain with the contact details you "
                "gave us. The phone number did not connect and the website could not be found.",
                "Before we can continue, we need to be able to verify your supplier.",
            ),
            (
                "Please send:\n-- working contact information for your supplier (name, phone "
                "number, address, email and website)\n-- any other purchase records for these "
                "items, such as bank statements or shipping documents",
                "Please confirm your supplier's contact details and add proof of payment for "
                "the invoices you sent.",
            ),
            (
                "We will keep your supplier's details confidential.",
                "We may contact your supplier again to verify the documents.",
                "",
            ),
            HOW_TO_SEND,
            SIGN_SP,
        ),
        structure=(
            "The supplier on the invoices could not be reached or confirmed: working contact "
            "details and other purchase records requested."
        ),
        phrases=("We may contact your supplier", "contact information for your supplier"),
        seen_at=("https://88bfru.com/thread-143055-2-832.html",),
    ),
    Family(
        id="en-sp-more-info-related-account-details",
        label="need_more_info",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS,
        subjects=(
            "Re: Related account appeal",
            "More information needed about the related account",
        ),
        blocks=(
            GREETING,
            THANKS,
            (
                "To continue our review of your appeal, we need more information about the "
                "account we found to be related to yours.",
                "Your appeal did not include the details we asked for about the other account.",
            ),
            (
                "Please tell us:\n-- the name of the related account and the email address "
                "used to sign in to it\n-- how the two accounts are connected\n-- the date "
                "the related account was reactivated, if it was",
                "Please send:\n-- the store name of the other account\n-- an explanation of "
                "the connection (shared address, device, bank account or family member)\n-- "
                "documents that support your explanation",
            ),
            RESUBMIT,
            SIGN_SP,
        ),
        structure=(
            "Related-account appeal answered with a request for the other account's name, "
            "login email, the connection and its reactivation date."
        ),
        phrases=("related account",),
        seen_at=(
            "https://seller-union.com/topic/account-deactivated-in-accordance-with-section-3-of-amazons-business-solutions/",
        ),
    ),
    Family(
        id="en-sp-more-info-funds-identity",
        label="need_more_info",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS + ("payments-funds@{domain}",),
        subjects=("Re: Request for disbursement of funds", "Information needed to release funds"),
        blocks=(
            GREETING,
            (
                "We received your request to release the funds held in your deactivated "
                "account. Before we can disburse them, we need to confirm your identity.",
                "Thank you for your funds disbursement appeal. We need more information "
                "before we can evaluate it.",
            ),
            (
                "Please provide:\n-- a government-issued ID for the account holder\n-- a bank "
                "statement for the deposit account on file, issued in the last 180 days",
                "Please send:\n-- proof of identity\n-- documents for the bank account or "
                "credit card on file\n-- invoices showing where you bought your inventory",
            ),
            (
                "We will release your funds once we can confirm your identity and complete our "
                "review.",
                "",
            ),
            HOW_TO_SEND,
            SIGN_SP,
        ),
        structure=(
            "Funds-disbursement appeal answered with a request for identity, bank or "
            "supply-chain documents before funds are released."
        ),
        phrases=("funds disbursement", "confirm your identity"),
        seen_at=("https://seller-forum.com/t/update-to-the-funds-withholding-policy-page/6534",),
    ),
    Family(
        id="en-sp-more-info-confirm-listings-removed",
        label="need_more_info",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS,
        subjects=("Re: Your plan of action", "Re: Restricted products appeal"),
        blocks=(
            GREETING,
            (
                "Thank you for your plan of action. Before we can reinstate your account, we "
                "need you to remove every listing that breaks the policy. Some are still "
                "active.",
                "We have read your appeal. It says the affected products were removed, but we "
                "still find offers for them in your catalogue.",
                "Your plan is a good start; however, a check of your inventory shows listings "
                "that still need to be closed.",
            ),
            (
                "Examples, not a complete list:\nASIN: {asins}",
                "For example: ASIN {asin} ({product})",
                "",
            ),
            (
                "Please delete these listings, check the rest of your inventory for similar "
                "products, and reply to confirm when you are done.",
                "Reply to this message once the listings are closed and you have checked "
                "your whole catalogue.",
            ),
            SIGN_SP,
        ),
        structure=(
            "Answer to a plan of action: listings that break the policy are still active; "
            "examples by ASIN ('not a complete list'); close them and confirm by reply."
        ),
        phrases=("Examples of these listings include, but are not limited to",),
        seen_at=(
            "https://selfmademinds.com/201902/appealing-an-amazon-suspension/",
            "https://sellercentral.amazon.in/seller-forums/discussions/t/f46441f0-dbda-49dd-a6b1-6535f8400141",
        ),
    ),
)
