"""English mail from Amazon that belongs to no case (label other).

Order, claim, payment, shipping and FBA notifications, newsletters and
policy-update digests, Brand Registry and advertising mail. Several mention
policies, claims or deactivation in passing, which is what makes them hard.
"""

from __future__ import annotations

from . import Family
from ._en_common import EN_MARKETS

MK = ("seller-notification@{domain}", "no-reply@{domain}", "Amazon Services <no-reply@{domain}>")

AMAZON: tuple[Family, ...] = (
    Family(
        id="en-mk-sold-ship-now",
        label="other",
        language="en",
        team="marketplace",
        marketplaces=EN_MARKETS,
        senders=MK + ("payments-messages@{domain}",),
        subjects=("Sold, ship now: {brand} {product}", "Sold, ship now: 2 items sold"),
        blocks=(
            ("Dear seller,", "Hello {seller},", ""),
            (
                "Your Amazon order is confirmed. Here is everything you need to ship it.",
                "You have a new order. Please ship it by the date below.",
            ),
            (
                "Order ID: {order_id}\nItem: {brand} {product}\nQuantity: 1\nOrder date: "
                "{date}\nShip by: {deadline}\nPrice: {amount}",
                "Order ID: {order_id}\nSKU: {asin}-NEW\nShipping service: Standard\nYour "
                "earnings: {amount}",
            ),
            (
                "You can print the packing slip and confirm shipment in Manage Orders: {link}",
                "Confirm shipment in Seller Central once the parcel is on its way.",
            ),
            (
                "If you do not confirm shipment within 30 days of the order date, the order is "
                "cancelled automatically.",
                "",
            ),
            ("Thank you for selling on {marketplace}.", "Amazon Services"),
        ),
        structure="New order: order ID, item, dates, price; confirm shipment in Manage Orders.",
        phrases=("Sold, ship now", "Manage Orders", "confirm shipment"),
        seen_at=(
            "https://thebrewsnews.wordpress.com/tag/amazon-communication-with-sellers/",
            "https://www.amazon.ca/gp/help/customer/display.html?nodeId=13730881",
        ),
    ),
    Family(
        id="en-mk-payment-notice",
        label="other",
        language="en",
        team="marketplace",
        marketplaces=EN_MARKETS,
        senders=MK + ("payments-funds@{domain}",),
        subjects=(
            "Your payment has been sent",
            "Your funds transfer has been delayed",
            "Disbursement initiated",
        ),
        blocks=(
            ("Hello from Amazon.", "Hello {seller},", ""),
            (
                "We have initiated a disbursement of {amount} to your bank account ending in "
                "0417. It usually arrives within 3 to 5 business days.",
                "Your funds transfer of {amount} was delayed because the credit card on your "
                "account has expired. Update it in Seller Central to receive the payment.",
                "Your most recent transfer of {amount} could not be deposited and was returned "
                "to us. Please update your deposit method.",
            ),
            ("Settlement period: {date} to {deadline}", ""),
            ("You can see your balance and payment schedule on the Payments page: {link}",),
            ("Thank you for selling on Amazon.", "Amazon Services"),
        ),
        structure="Payment sent, delayed or returned; amount; settlement period; Payments link.",
        phrases=("disbursement", "funds transfer", "settlement"),
        seen_at=(
            "http://tamebay.com/2013/10/amazon-disbursment-failure-funds-not-paid.html",
            "https://e-com-net.com/article/1440892.htm",
        ),
    ),
    Family(
        id="en-mk-fba-inbound",
        label="other",
        language="en",
        team="marketplace",
        marketplaces=EN_MARKETS,
        senders=("fba-noreply@{domain}", "Fulfillment by Amazon <no-reply@{domain}>"),
        subjects=("Your shipment {case_id} has been received", "Inbound shipment update"),
        blocks=(
            ("Greetings from Fulfillment by Amazon,", "Hello {seller},"),
            (
                "Your shipment FBA{case_id} was checked in at the fulfilment centre on {date} "
                "and is being received.",
                "All units of shipment FBA{case_id} have been received and are available for sale.",
                "We found a receiving problem with shipment FBA{case_id}: 3 units had "
                "unscannable labels. Review it in the Shipping Queue.",
            ),
            ("View the shipment in the Shipping Queue: {link}", ""),
            ("Fulfillment by Amazon",),
        ),
        structure="Inbound shipment status (checked in, received, receiving problem); link.",
        phrases=("Shipping Queue", "checked in"),
        seen_at=(
            "https://sellercentral.amazon.com/gp/help/external/help.html?itemID=200336250&language=en_US",
        ),
    ),
    Family(
        id="en-mk-buyer-message",
        label="other",
        language="en",
        team="marketplace",
        marketplaces=EN_MARKETS,
        senders=(
            "Amazon customer <k8x2m4t9q1zz@marketplace.{domain}>",
            "marketplace-messages@{domain}",
        ),
        subjects=("Inquiry from Amazon customer", "Message from buyer: order {order_id}"),
        blocks=(
            ("You have received a message from an Amazon customer.", ""),
            ("Order ID: {order_id}\nItem: {product}", "Order: {order_id}"),
            (
                "Hi, my package has not arrived yet and tracking has not moved for a week. Can "
                "you check?",
                "The {product} I received is the wrong colour. How do I return it?",
                "Do you ship to Alaska? I would like to order two more.",
            ),
            ("To reply, use Buyer-Seller Messages in Seller Central.",),
        ),
        structure="Buyer message relayed by Amazon: order ID, the buyer's question, reply link.",
        phrases=("Buyer-Seller Messages",),
        seen_at=(
            "https://sellercentral.amazon.com/help/hub/reference/external/G200383320?locale=en-US",
        ),
    ),
    Family(
        id="en-mk-newsletter",
        label="other",
        language="en",
        team="marketplace",
        marketplaces=EN_MARKETS,
        senders=(
            "Amazon Seller News <no-reply@{domain}>",
            "Fulfillment by Amazon <no-reply@{domain}>",
        ),
        subjects=(
            "Seller News: fee changes, holiday deadlines and more",
            "Your monthly FBA newsletter",
            "Upcoming changes to program policies",
        ),
        blocks=(
            ("Greetings from Amazon,", "Hello {seller},", ""),
            (
                "Here is what is new this month for selling partners.",
                "Listed below are upcoming changes to our program policies.",
                "Your weekly digest of news and tips from Seller Central.",
                "Catch up on the latest announcements for sellers.",
            ),
            (
                "Fee changes: referral fees for some categories change on {deadline}.",
                "Holiday deadlines: send FBA inventory by {deadline} to be ready for peak season.",
                "Two-step verification will soon be required to sign in to Seller Central.",
            ),
            (
                "Policy update: we are updating the Marketplace Fair Pricing Policy. Continued "
                "use of Selling Services after {deadline} means you accept the change.",
                "Webinar: learn how to keep your account healthy and avoid deactivation. "
                "Register now.",
                "Seller story: how {seller} grew with Sponsored Products.",
            ),
            ("Read more in Seller Central News: {link}", ""),
            ("You are receiving this email because you are a registered seller. Unsubscribe.", ""),
        ),
        structure=(
            "Newsletter or policy-update digest: several short news items (fees, deadlines, "
            "policy changes, webinars), often mentioning policies and deactivation in passing; "
            "unsubscribe footer."
        ),
        phrases=("Seller News", "upcoming changes to program policies", "Unsubscribe"),
        seen_at=(
            "https://sellercentral.amazon.ca/gp/help/external/help.html?itemID=QHQGBTD7XB7EECN&language=en_CA",
            "https://chiflaw.com/index.php/news",
        ),
    ),
    Family(
        id="en-mk-advertising",
        label="other",
        language="en",
        team="marketplace",
        marketplaces=EN_MARKETS,
        senders=("Amazon Ads <no-reply@advertising.{domain}>", "advertising@{domain}"),
        subjects=("Your campaign is out of budget", "Grow your sales with Sponsored Products"),
        blocks=(
            ("Hello {seller},", "Hi there,"),
            (
                "Your Sponsored Products campaign for {brand} ran out of budget at 2 p.m. "
                "yesterday. Raise the daily budget to keep your ads running.",
                "Sellers who advertise {product} see more visits. Start a campaign in minutes "
                "and get a credit of {amount}.",
            ),
            ("Manage campaigns: {link}", ""),
            ("Amazon Ads",),
        ),
        structure="Advertising: budget alert or promotion; link to the campaign manager.",
        phrases=("Sponsored Products", "out of budget"),
        seen_at=(
            "https://mail.lojban.org/lists-plain/backup-2024-07-22/special-treasurer/2015-01/new/1421362537.31197_1.stodi.digitalkingdom.org",
        ),
    ),
    Family(
        id="en-br-brand-registry-update",
        label="other",
        language="en",
        team="brand-registry",
        marketplaces=EN_MARKETS,
        senders=("Amazon Brand Registry <brand-registry-noreply@{domain}>",),
        subjects=("Brand Registry: application update", "Your brand enrollment"),
        blocks=(
            ("Hello,", "Hello {seller},"),
            (
                "Your application to enroll {brand} in Amazon Brand Registry has been "
                "approved. You can now use Report a Violation and brand tools.",
                "Someone has applied to enroll {brand} in Brand Registry and named you as the "
                "trademark contact. Please give them the verification code if you approve.",
                "Your report of violation ({case_id}) has been reviewed and the listing was "
                "removed.",
            ),
            ("Visit Brand Registry: https://brandregistry.{domain}", ""),
            ("Amazon Brand Registry Support",),
        ),
        structure="Brand Registry: enrollment approved or verification code, report outcome.",
        phrases=("Brand Registry", "Report a Violation"),
        seen_at=(
            "https://mewburn.com/news-insights/utilising-the-potential-of-amazon-brand-registry-to-protect-and-benefit-your-brand",
        ),
    ),
    Family(
        id="en-mk-atoz-claim",
        label="other",
        language="en",
        team="marketplace",
        marketplaces=EN_MARKETS,
        senders=MK + ("atoz-guarantee-no-reply@{domain}",),
        subjects=(
            "A-to-z Guarantee claim for order {order_id}",
            "Action required: respond to an A-to-z claim",
        ),
        blocks=(
            ("Hello {seller},", "Dear Seller,"),
            (
                "A buyer filed an A-to-z Guarantee claim for order {order_id} ({product}). "
                "Reason: item not received.",
                "We need more information about order {order_id} to investigate the buyer's "
                "A-to-z Guarantee claim.",
            ),
            (
                "Please respond within 48 hours with tracking, carrier and proof of delivery. "
                "If you do not respond, the claim will be granted and {amount} debited from "
                "your account.",
                "You can represent your side, or refund the buyer to close the claim.",
            ),
            (
                "Respond from Performance > A-to-z Guarantee Claims: {link}",
                "Use the Respond to Amazon button on the claim.",
            ),
            ("Amazon Services", "Thank you for selling on Amazon."),
        ),
        structure=(
            "Order-level claim notice: claim filed for an order, what to send (tracking, "
            "proof of delivery) within 48 hours, where to respond; not about the account."
        ),
        phrases=("A-to-z Guarantee claim", "Respond to Amazon"),
        seen_at=(
            "https://sellercentral.amazon.com/gp/help/external/1781?language=en_US",
            "http://th4.ilovetranslation.com/8YMV6cGvRRX=d/",
        ),
    ),
)

FAMILIES: tuple[Family, ...] = AMAZON
