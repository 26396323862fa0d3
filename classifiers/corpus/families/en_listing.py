"""English listing-level actions: complaints, safety, pricing (label suspension).

Seller Performance and the product quality and safety teams remove or block
listings after buyer complaints, safety findings or pricing violations. Each says
how to get the listing back, and is still a suspension.
"""

from __future__ import annotations

from . import Family
from ._en_common import (
    AH_SENDERS,
    EN_MARKETS,
    FILE_TYPES,
    GREETING,
    HOW_TO_SEND,
    POA_ASK,
    SIGN_SP,
    SP_SENDERS,
)

FAMILIES: tuple[Family, ...] = (
    Family(
        id="en-sp-inauthentic-listing-complaint",
        label="suspension",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS,
        subjects=("Listing removed: buyer complaint", "Your listing has been removed"),
        blocks=(
            GREETING,
            (
                "We have removed your listing because of a buyer complaint about the condition "
                "of an item they received from you. The listing stays inactive until we can "
                "resolve the concern with you.",
                "A buyer complained about the authenticity of an item you sold, so the listing "
                "has been deactivated.",
            ),
            (
                "Complaint type: Inauthentic\nASIN: {asin}",
                "Complaint type: Inauthentic\nASIN: {asin}\nOrder ID: {order_id}",
            ),
            ("What you can do", "How do I get my listing back?"),
            (
                "If you believe this was a mistake and want the listing reinstated, send us:\n"
                "1. Invoices or receipts from your supplier from the last 180 days that match "
                "your sales.\n2. Your supplier's name, phone number, address and website.\n3. "
                "Anything else you want us to know.",
                "For authenticity complaints, send supplier invoices from the last 180 days "
                "and the supplier's contact details. For other complaints, send a plan of "
                "action.",
            ),
            FILE_TYPES,
            (
                "What happens next\nWe will review your information and may ask for more "
                "details. If it addresses the complaint, we will reinstate your listing.",
                "Further complaints about your listings may lead to the removal of your "
                "selling privileges.",
            ),
            SIGN_SP,
        ),
        structure=(
            "Listing removed after a buyer's authenticity or condition complaint; complaint "
            "type and ASIN; 'What you can do' with numbered documents (180-day invoices, "
            "supplier contacts); 'What happens next'; warning about further complaints."
        ),
        phrases=("Complaint Type: Inauthentic", "What you can do", "What happens next"),
        seen_at=("https://88bfru.com/forum.php?action=printable&mod=viewthread&tid=27400",),
    ),
    Family(
        id="en-sp-condition-complaints",
        label="suspension",
        language="en",
        team="seller-performance",
        marketplaces=("US", "UK", "CA"),
        senders=SP_SENDERS + ("pq-product-review@{domain}",),
        subjects=("You currently may not sell on Amazon", "Your selling privileges"),
        blocks=(
            GREETING,
            (
                "You currently may not sell on {marketplace} because we received complaints "
                "about the items listed at the end of this email. They did not match the "
                "condition or description on the detail page.",
                "Selling on your account is paused: buyers reported that items did not match "
                "their listings.",
            ),
            (
                "Funds will not be transferred to you but will stay in your account while we "
                "work with you on this.",
                "",
            ),
            (
                "To sell on Amazon again, send a plan that explains the cause of the "
                "complaints, what you did to resolve them and how you will prevent similar "
                "complaints. Do not limit your plan to specific orders.",
                POA_ASK[1],
            ),
            (
                "Consider: Are you sourcing from a trusted supplier? Is the product described "
                "accurately? Does the packaging match the listing? Is it packed and shipped "
                "with care?",
                "",
            ),
            (
                "We will review your plan and decide whether you may sell again. If you do "
                "not send an acceptable plan within 17 days, or after two unsuccessful appeals, "
                "we may not allow you to sell on Amazon.",
            ),
            (
                "ASIN: {asins}\nComplaint type: Not as described",
                "ASIN: {asin}\nComplaint type: Used sold as new",
            ),
            SIGN_SP,
        ),
        structure=(
            "'You currently may not sell' after condition complaints; funds held; plan "
            "request with questions to consider (sourcing, listing, packaging, shipping); "
            "17 days or two unsuccessful appeals; ASIN and complaint type."
        ),
        phrases=(
            "You currently may not sell on Amazon",
            "Do not limit your plan to issues with specific orders",
            "within 17 days, or after two unsuccessful appeals",
        ),
        seen_at=("https://88bfru.com/thread-95154-1-1.html",),
    ),
    Family(
        id="en-sp-safety-complaints",
        label="suspension",
        language="en",
        team="seller-performance",
        marketplaces=("US", "UK", "CA", "AU"),
        senders=SP_SENDERS,
        subjects=("You currently may not sell on Amazon", "Safety complaints about your items"),
        blocks=(
            GREETING,
            (
                "You currently may not sell on {marketplace} because we received safety "
                "complaints about the items listed below.",
                "We have paused your selling privileges after customers reported safety "
                "concerns with your products.",
                "We received complaints about the safety of your products. As a result, your "
                "account has been temporarily deactivated, and funds stay in your account while"
                " we work with you.",
                "Buyers reported expired items from your account. Because of these safety "
                "complaints, your selling privileges are on hold.",
            ),
            ("Funds will not be transferred to you but will stay in your account.", ""),
            (
                "To sell again, send a plan describing the actions you took to resolve the "
                "issue and prevent similar complaints. Click Appeal next to this email on the "
                "Performance Notifications page.",
                POA_ASK[0],
            ),
            (
                "If you do not send an acceptable plan within 17 days, we may not allow you to "
                "sell. Any FBA inventory of these items may be destroyed at your expense.",
            ),
            (
                "Complaint type: Safety\nASIN: {asins}",
                "Complaint type: Safety Materially Different\nASIN: {asin}",
            ),
            SIGN_SP,
        ),
        structure=(
            "'You currently may not sell' after safety complaints; funds held; plan request "
            "and Appeal button; 17 days; FBA inventory may be destroyed; complaint type."
        ),
        phrases=("safety complaints", "may be destroyed at your expense"),
        seen_at=(
            "https://www.ecommercechris.com/youve-recently-received-safety-complaint-time-start-pre-empting-suspension/",
            "https://sellercentral.amazon.com/forums/t/need-opinion-on-appeal-letter-safety-claim-expired-items/416950",
        ),
    ),
    Family(
        id="en-ah-product-safety-listing",
        label="suspension",
        language="en",
        team="account-health",
        marketplaces=EN_MARKETS,
        senders=AH_SENDERS,
        subjects=(
            "Action required: product safety issue with your listing",
            "Your listing has been blocked: safety documentation needed",
        ),
        blocks=(
            GREETING,
            (
                "We have blocked the listing below because of a potential product safety "
                "issue. It will stay inactive until we receive the required documents.",
                "Your ASIN {asin} has been removed from sale pending a dangerous goods review. "
                "We need a Safety Data Sheet or an exemption sheet.",
                "We identified a safety concern with your product ({product}) and deactivated "
                "the listing.",
            ),
            (
                "To reactivate the listing, upload test reports and certificates showing the "
                "product meets the applicable safety standards, and photos of all six sides "
                "of the item.",
                "Upload a Safety Data Sheet dated within the last five years whose product "
                "name and brand match the detail page.",
                "Provide a letter of compliance from the manufacturer on company letterhead "
                "for ASIN {asin}.",
            ),
            (
                "You can upload documents from the Product Policy Compliance section of Account "
                "Health: {link}",
                HOW_TO_SEND[2],
            ),
            (
                "If the documents are not provided within 14 business days, inventory in our "
                "fulfilment centres may be disposed of at your expense.",
                "",
            ),
            ("Thank you,\nProduct Safety Team", "Regards,\nAmazon"),
        ),
        structure=(
            "Listing blocked for a product safety or dangerous goods issue; documents needed "
            "(test reports, certificates, six-side photos, SDS, manufacturer's letter of "
            "compliance); where to upload; disposal deadline."
        ),
        phrases=("Product Safety Issue", "Safety Data Sheet", "exemption sheet"),
        seen_at=(
            "http://sellercentral.haqm.com/seller-forums/discussions/t/22339ca1-4ab7-408d-981c-97acc672befb",
            "https://sellercentral.amazon.it/gp/help/external/G201749580?language=en_IT",
        ),
    ),
    Family(
        id="en-sp-fair-pricing",
        label="suspension",
        language="en",
        team="seller-performance",
        marketplaces=("US", "UK", "CA", "EU"),
        senders=SP_SENDERS,
        subjects=("Marketplace Fair Pricing Policy", "Your selling privileges have been removed"),
        blocks=(
            GREETING,
            (
                "We recently contacted you several times about violations of the Amazon "
                "Marketplace Fair Pricing Policy. Multi-pack prices per unit must not exceed "
                "the single-unit price, and prices must not be far above recent prices on or "
                "off Amazon.",
                "We have suspended your selling privileges for violating the Marketplace Fair "
                "Pricing Policy and the Seller Code of Conduct.",
                "Your offer for ASIN {asin} was priced significantly higher than recent prices "
                "offered on or off Amazon and has been deactivated.",
            ),
            (
                "Since your prices still break the policy, you currently may not sell on "
                "{marketplace}. Funds will stay in your account while we work with you.",
                "",
            ),
            (
                "If you would like to appeal, reply with a plan of action explaining the steps "
                "you took to comply with the policy on every offer and how you will check "
                "prices regularly.",
                POA_ASK[2],
            ),
            (
                "If you do not send an acceptable plan within 17 days, we may cancel your listings "
                "and hold funds for up to 90 days.",
                "",
            ),
            SIGN_SP,
        ),
        structure=(
            "Repeated fair pricing violations (multi-packs, prices far above recent prices); "
            "'you currently may not sell'; plan of action with steps taken; 17 days."
        ),
        phrases=("Marketplace Fair Pricing Policy", "significantly higher than recent prices"),
        seen_at=(
            "https://sellercentral.amazon.com/forums/t/first-suspension-ever-fair-pricing-violation/397547",
            "https://bizlawpro.com/amazon-accounts-suspended-for-violating-the-fair-pricing-policy-gouging-during-natural-disasters",
        ),
    ),
    Family(
        id="en-mk-pricing-error-listing",
        label="suspension",
        language="en",
        team="marketplace",
        marketplaces=EN_MARKETS,
        senders=("seller-notification@{domain}", "no-reply@{domain}"),
        subjects=(
            "Potential pricing error on your listings",
            "Listings deactivated: pricing error",
        ),
        blocks=(
            ("Hello,", "Dear {seller},"),
            (
                "We found a potential pricing error on some of your listings. To protect "
                "customers from incorrect prices, we have deactivated them.",
                "Your offer for ASIN {asin} was deactivated because its price of {amount} looks "
                "like a pricing error.",
            ),
            (
                "You can find them in Manage Inventory with the status Inactive (pricing error).",
                "They are listed under Fix Price Alerts in Manage Inventory.",
            ),
            (
                "To reactivate, either correct the price or confirm it by setting your minimum "
                "and maximum price so the offer falls inside them.",
                "Update the price, or confirm it is intended; the offer becomes active again "
                "once the price is within your price limits.",
            ),
            ("Amazon Services", "Thank you for selling on Amazon."),
        ),
        structure=(
            "Automated: potential pricing error, offers deactivated; where to find them "
            "(Manage Inventory, Inactive - pricing error); fix the price or set minimum and "
            "maximum prices to reactivate."
        ),
        phrases=("potential pricing error", "Inactive (pricing error)"),
        seen_at=(
            "https://sellercentral.amazon.com/gp/help/external/help.html?itemID=201141430&language=de_DE",
            "https://zhcnt1.ilovetranslation.com/WCQ41aRO3Fu=d",
        ),
    ),
    Family(
        id="en-sp-disease-claims-listing",
        label="suspension",
        language="en",
        team="seller-performance",
        marketplaces=("US", "UK", "CA"),
        senders=SP_SENDERS,
        subjects=(
            "Your listing has been removed: restricted product",
            "Listing policy violation: prohibited claims",
        ),
        blocks=(
            GREETING,
            (
                "We removed your listing for ASIN {asin} because it makes a disease claim that "
                "is not allowed for supplements, topical or consumer products.",
                "The detail page for {product} says the product treats or prevents a disease. "
                "Such claims are prohibited, and the listing has been deactivated.",
            ),
            (
                "To reinstate it, edit the title, bullet points, description and images to "
                "remove the claim, then appeal from the Product Policy Compliance section of "
                "Account Health.",
                "If you believe the claim is allowed, send evidence with your appeal.",
            ),
            (
                "Repeated violations may lead to the loss of your selling privileges.",
                "",
            ),
            SIGN_SP,
        ),
        structure=(
            "Listing removed for a prohibited disease claim (restricted products); how to "
            "edit and appeal; warning about repeats."
        ),
        phrases=("prohibited disease claim", "Product Policy Compliance"),
        seen_at=("https://www.amzchen.com/?p=8631",),
    ),
)
