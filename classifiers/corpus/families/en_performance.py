"""English performance-metric actions and policy warnings (label suspension).

Order defect rate (target under 1%), late shipment rate (under 4%) and cancellation
rate (under 2.5%) lead first to warnings that put the account "at risk", then to
the removal of selling privileges. A warning is a suspension-class notice: it
threatens the account and asks the seller to act.
"""

from __future__ import annotations

from . import Family
from ._en_common import (
    AH_SENDERS,
    EN_MARKETS,
    GREETING,
    HOW_TO_SEND,
    POA_ASK,
    SIGN_AH,
    SIGN_SP,
    SP_SENDERS,
)

METRICS_LINK = (
    "You can see your metrics on the Account Health page in the Performance section of Seller "
    "Central ({link}).",
    "Review your order defects and late shipments on the Account Health dashboard.",
    "",
)
CALL_BACK = (
    "To talk to someone about this message, ask Seller Support to call you: {link}",
    "Questions? Contact us through Seller Central Help.",
    "",
)

FAMILIES: tuple[Family, ...] = (
    Family(
        id="en-sp-late-shipment-removal",
        label="suspension",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS,
        subjects=("Your Amazon.com selling privileges", "Late shipment rate: selling paused"),
        blocks=(
            GREETING,
            (
                "Recently there have been problems with your orders: your late shipment rate "
                "is above our target of less than 4%. As a result you currently may not sell "
                "on {marketplace}.",
                "We suspended your seller account because your late shipment rate did not "
                "meet Amazon's performance target of less than 4%. Orders must be shipped by "
                "the expected ship date.",
            ),
            (
                "Funds will not be transferred to you but will stay in your account. If you "
                "have open orders, please ship them.",
                "",
            ),
            (
                "To sell again, send us a plan explaining how you will fix this. When it is "
                "ready, click the Appeal button next to this message on the Performance "
                "Notifications page.",
                POA_ASK[0],
            ),
            (
                "Once we receive your plan we will decide whether you may sell again. If you "
                "do not send an acceptable plan within 17 days, we may cancel your listings "
                "and hold funds for up to 90 days.",
            ),
            METRICS_LINK,
            CALL_BACK,
            SIGN_SP,
        ),
        structure=(
            "Late shipment rate above 4%, selling removed; funds held, ship open orders; send "
            "a plan via the Appeal button; 17 days or listings cancelled and funds held 90 "
            "days; metrics link; Seller Support call-back."
        ),
        phrases=("late shipment rate", "less than 4%", "you currently may not sell"),
        seen_at=(
            "https://bindwise.threecolts.com/alerts/track-late-shipment",
            "http://ama-english2.com/amazon%E8%BC%B8%E5%87%BA%E8%8B%B1%E8%AA%9E/recently-there-have-been-some-problems-with-your-orders-your-late-shipment-rate-is-higher-than-the-goal-of-less-than-4-as-a-result-you-currently-may-not-sell-on-amazon-com-funds-will-not-be-trans/",
        ),
    ),
    Family(
        id="en-sp-order-defect-removal",
        label="suspension",
        language="en",
        team="seller-performance",
        marketplaces=EN_MARKETS,
        senders=SP_SENDERS,
        subjects=("Your selling privileges have been removed", "Order defect rate"),
        blocks=(
            GREETING,
            (
                "Your Amazon selling account has been deactivated because your order defect "
                "rate is above our target of less than 1%.",
                "We removed your selling privileges: too many of your orders received negative "
                "feedback, A-to-z Guarantee claims or chargebacks.",
            ),
            (
                "Funds will not be transferred to you but will be held while we work with you. "
                "Please ship your open orders.",
                "",
            ),
            (
                "Order defect rate is the share of orders in a 60-day period with negative "
                "feedback, an A-to-z Guarantee claim that was not denied, or a chargeback.",
                "",
            ),
            POA_ASK,
            HOW_TO_SEND,
            METRICS_LINK,
            SIGN_SP,
        ),
        structure=(
            "Deactivated for an order defect rate above 1%; funds held; what ODR counts; plan "
            "of action; how to submit; metrics link."
        ),
        phrases=("Order Defect Rate", "A-to-z Guarantee claim", "target of less than 1%"),
        seen_at=(
            "https://sellercentral-europe.amazon.com/forums/t/your-amazon-co-uk-selling-privileges-have-been-removed/243857",
        ),
    ),
    Family(
        id="en-ah-odr-warning",
        label="suspension",
        language="en",
        team="account-health",
        marketplaces=EN_MARKETS,
        senders=AH_SENDERS + SP_SENDERS[:1],
        subjects=(
            "Warning: Your order defect rate is higher than 1%",
            "Policy warning: order defect rate",
        ),
        blocks=(
            GREETING,
            (
                "Your order defect rate has gone above the target. If this continues, your "
                "account may be deactivated.",
                "Your order defect rate does not meet our performance target of less than 1%. "
                "Missing performance targets can lead to the removal of your selling "
                "privileges.",
            ),
            (
                "Why did I receive this message?\nYour order defect rate is {rate}; the target "
                "is 1%. It counts orders with negative feedback, an A-to-z claim that was not "
                "denied, or a chargeback, over 60 days.",
                "The order defect rate is based on A-to-z Guarantee claims, negative feedback "
                "and chargebacks.",
            ),
            (
                "What can I do to avoid account deactivation?\nReview the orders behind your "
                "defects and fix their causes. You can appeal claims, feedback or chargebacks "
                "you believe should not count.",
                "Look at your order defects to find where to improve, and make sure you no "
                "longer break the policy.",
            ),
            METRICS_LINK,
            CALL_BACK,
            SIGN_AH,
        ),
        structure=(
            "Warning that ODR is above 1%; 'Why did I receive this message?' with the "
            "definition; 'What can I do to avoid account deactivation?'; links to appeal "
            "claims and feedback; metrics link; contact."
        ),
        phrases=(
            "Warning: Your order defect rate is higher than 1%",
            "What can I do to avoid account deactivation?",
            "may result in account deactivation",
        ),
        seen_at=(
            "https://seller-union.com/should-you-be-worried-when-your-odr-exceeds-the-1-target",
            "https://th4.ilovetranslation.com/w3vpaNs1em1=d",
        ),
    ),
    Family(
        id="en-ah-account-at-risk",
        label="suspension",
        language="en",
        team="account-health",
        marketplaces=EN_MARKETS,
        senders=AH_SENDERS,
        subjects=(
            "Your account is at risk of deactivation",
            "Action required: your Account Health Rating",
        ),
        blocks=(
            GREETING,
            (
                "Your account is at risk of deactivation. Your Account Health Rating has "
                "dropped below the level we require because of recent policy violations.",
                "We are contacting you about recent activity that put your account at risk of "
                "deactivation within 72 hours.",
                "Your late shipment rate is {rate} against a target of 4%, which puts your "
                "account at risk.",
            ),
            (
                "The violations are listed on your Account Health page. Address each of them "
                "by correcting the listing, submitting an appeal or acknowledging the "
                "violation: {link}",
                "Resolve the issues shown under Product Policy Compliance to raise your score.",
            ),
            (
                "If the issues are not addressed, your selling privileges may be removed.",
                "If no action is taken, your account may be deactivated.",
            ),
            ("Our Account Health team can help. Request a call from the Account Health page.", ""),
            SIGN_AH,
        ),
        structure=(
            "At-risk warning (Account Health Rating below threshold, sometimes 'within 72 "
            "hours'); where the violations are listed; what to do (fix, appeal, acknowledge); "
            "consequence; offer of an Account Health call."
        ),
        phrases=("at risk of deactivation", "Account Health Rating", "within 72 hours"),
        seen_at=(
            "https://sellercentral.amazon.com/forums/t/your-account-is-at-risk-of-deactivation/1134187",
            "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/d675e0b8-c0c8-46d9-8582-c9c5e48f3989",
        ),
    ),
    Family(
        id="en-sp-condition-complaint-warning",
        label="suspension",
        language="en",
        team="seller-performance",
        marketplaces=("US", "UK", "CA"),
        senders=SP_SENDERS,
        subjects=("Buyer complaint about your item", "Policy Warning: product condition"),
        blocks=(
            ("Hello,", "Hello from Amazon.", "Dear {seller},"),
            (
                "We received a buyer complaint about the condition of an item they received "
                "from you. Your listing is still active, but we ask you to resolve the "
                "concern to avoid more complaints.",
                "A customer complained about an item you sold. We have not removed the listing "
                "yet, but repeated complaints may lead to its removal and to the loss of your "
                "selling privileges.",
            ),
            (
                "Complaint type: Not as advertised / wrong item\nASIN: {asin}\nTitle: {brand} "
                "{product}",
                "Complaint type: Used sold as new\nASIN: {asin}",
            ),
            (
                "Please check your inventory and listing for this product and make sure it "
                "matches what buyers receive.",
                "Review the detail page, your packaging and your sourcing for this item.",
            ),
            SIGN_SP,
        ),
        structure=(
            "Short warning: a buyer complaint about condition; listing still active; "
            "complaint type, ASIN, title; ask to check inventory and listing."
        ),
        phrases=("Your listing is still active", "Complaint Type: Not as Advertised"),
        seen_at=("https://feedbackrepair.com/earth-happening-account/",),
    ),
    Family(
        id="en-sp-cancellation-rate-warning",
        label="suspension",
        language="en",
        team="seller-performance",
        marketplaces=("US", "UK", "CA", "IN"),
        senders=SP_SENDERS,
        subjects=("Your cancellation rate", "Performance warning: pre-fulfilment cancellations"),
        blocks=(
            GREETING,
            (
                "Your pre-fulfilment cancellation rate does not meet our target of less than "
                "2.5%. We are telling you now because missing performance targets can lead "
                "to the removal of your selling privileges.",
                "Your cancellation rate is above 2.5%. If it stays there, your listings may be "
                "removed.",
            ),
            (
                "Cancelling orders because items are out of stock is the most common cause. "
                "Update your inventory daily so you only list what you can ship.",
                "",
            ),
            METRICS_LINK,
            CALL_BACK,
            SIGN_SP,
        ),
        structure=(
            "Metric warning: cancellation rate above 2.5%; why it matters; advice; metrics "
            "link; contact."
        ),
        phrases=("does not meet our performance target", "cancellation rate"),
        seen_at=("https://th4.ilovetranslation.com/w3vpaNs1em1=d",),
    ),
)
