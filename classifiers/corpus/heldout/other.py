"""Held-out ``other`` families: everyday seller mail that is not part of a case.

Orders, payments, returns, buyer messages, newsletters, advertising, inbound FBA
shipments, a routine Account Health digest, mail from outside Amazon, and the seller's
own outgoing appeal (which is also quoted as history under Amazon's replies in the
other labels); plus a French newsletter and a German order or payout notice.
"""

from __future__ import annotations

from classifiers.corpus.heldout.blocks import Scene, pick
from classifiers.corpus.heldout.french import fr_newsletter
from classifiers.corpus.heldout.german import de_payout_or_order
from classifiers.corpus.heldout.render import Body, Bullets, Heading, Link


def _money(scene: Scene, low: int, high: int) -> str:
    return f"{scene.market.currency} {scene.rng.randint(low, high)}.{scene.rng.randint(0, 99):02d}"


def order_to_ship(scene: Scene) -> Body:
    """A new order to ship, with the order ID and a ship-by date."""
    rng = scene.rng
    verb = "Dispatch" if scene.market.day_first else "Ship"
    subject = pick(rng, (f"Sold, {verb.lower()} now: ", "New order: ", "Order to ship: "))
    subject += f"{scene.order_ids[0]}"
    blocks = (
        f"Hello {scene.seller.store_name},",
        f"A customer has ordered the item below. Please {verb.lower()} it by {scene.due()}.",
        f"Order ID: {scene.order_ids[0]}\nASIN: {scene.asins[0]}\nQuantity: {rng.randint(1, 5)}"
        f"\nItem subtotal: {_money(scene, 8, 180)}",
        Link("View order", scene.url(f"orders-v3/order/{scene.order_ids[0]}")),
        f"Thank you for selling on {scene.market.store}.",
    )
    return Body(
        "order_to_ship",
        scene.addr("seller-notification"),
        scene.market.store,
        subject,
        blocks,
        pick(rng, ("plain", "alt")),
    )


def payment_sent(scene: Scene) -> Body:
    """A disbursement notice with an amount and settlement period."""
    rng = scene.rng
    subject = pick(
        rng, ("Your payment is on its way", "Disbursement initiated", "Settlement report available")
    )
    blocks = (
        "Hello,",
        f"We have sent {_money(scene, 200, 25000)} to your bank account ending in "
        f"{rng.randint(10, 99)}{rng.randint(10, 99)}.",
        f"Settlement period ending {scene.day()}. The money usually arrives within 3 to 5 "
        "business days.",
        Link("Payments dashboard", scene.url("payments/dashboard/index.html")),
        "Amazon Payments",
    )
    sender = pick(rng, ("payments-messages", "seller-payments", "no-reply"))
    return Body(
        "payment_sent",
        scene.addr(sender),
        "Amazon Payments",
        subject,
        blocks,
        pick(rng, ("plain", "html")),
        "table",
    )


def return_request(scene: Scene) -> Body:
    """A buyer asked to return an item."""
    rng = scene.rng
    reason = pick(
        rng, ("Item arrived damaged", "No longer needed", "Wrong size", "Not as described")
    )
    subject = f"Return request for order {scene.order_ids[0]}"
    blocks = (
        f"Dear {scene.seller.store_name},",
        "A buyer has requested a return authorization.",
        Bullets(
            (
                f"Order ID: {scene.order_ids[0]}",
                f"ASIN: {scene.asins[0]}",
                f"Return reason: {reason}",
                f"Requested on: {scene.day()}",
            )
        ),
        "Please authorize or close the request within 2 business days.",
        Link("Manage returns", scene.url("returns/list")),
    )
    return Body(
        "return_request",
        scene.addr("return-notification"),
        scene.market.store,
        subject,
        blocks,
        "alt",
    )


def buyer_message(scene: Scene) -> Body:
    """A question from a buyer relayed through the marketplace address."""
    rng = scene.rng
    question = pick(
        rng,
        (
            "Does this come with a charger or do I need to buy one separately?",
            "My parcel says delivered but I can't find it. Can you help?",
            "Can you send this as a gift without the invoice inside?",
            "Is the colour closer to navy or black? The photos look different.",
        ),
    )
    local = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(14))
    subject = f"Inquiry from Amazon customer {pick(rng, ('Sam', 'Lee', 'Ana', 'Raj', 'Kim'))}"
    blocks = (
        f"Order ID: {scene.order_ids[0]}\nItem: ASIN {scene.asins[0]}",
        "------------- Message: -------------",
        question,
        "------------- End message -------------",
        "Please reply through Buyer-Seller Messaging within 24 hours.",
    )
    sender = f"{local}@marketplace.{scene.market.domain}"
    return Body("buyer_message", sender, "Amazon customer", subject, blocks, "plain")


def seller_newsletter(scene: Scene) -> Body:
    """A marketing newsletter: tips, webinars, events."""
    rng = scene.rng
    topic = pick(
        rng,
        (
            "Prepare your inventory for the holiday season",
            "New tools to grow your brand",
            "Free webinar: getting started with global selling",
            "What's new in Seller Central this month",
        ),
    )
    blocks = (
        Heading(topic),
        pick(
            rng,
            (
                "Join our experts for a live session with tips and a question-and-answer part.",
                "Read the latest stories from sellers who expanded to new stores this year.",
                "Discover features that help you manage listings faster.",
            ),
        ),
        Bullets(("Register for the webinar", "Read the seller blog", "Watch the video guide")),
        Link("Learn more", scene.url("learn")),
        "You receive this email because you are registered as a seller. Unsubscribe in your "
        "notification preferences.",
    )
    sender = pick(rng, ("seller-news", "sellercentral-newsletter", "no-reply-marketing"))
    return Body(
        "seller_newsletter",
        scene.addr(sender),
        "Selling Partner News",
        topic,
        blocks,
        "html",
        "card",
    )


def advertising_report(scene: Scene) -> Body:
    """A sponsored-products campaign notice (budget or weekly results)."""
    rng = scene.rng
    campaign = (
        f"{pick(rng, ('Spring', 'Core', 'Brand', 'Auto'))} {pick(rng, ('SP', 'Launch', 'Defense'))}"
    )
    subject = pick(
        rng, (f'Your campaign "{campaign}" is out of budget', "Your weekly advertising summary")
    )
    blocks = (
        "Hello advertiser,",
        f"Campaign: {campaign}\nSpend: {_money(scene, 20, 900)}\nClicks: {rng.randint(40, 4000)}"
        f"\nSales attributed: {_money(scene, 100, 9000)}",
        pick(
            rng,
            (
                "Your campaign stopped receiving clicks today because it reached its daily budget.",
                "Here is how your sponsored products campaigns performed in the last 7 days.",
            ),
        ),
        Link("Open Campaign Manager", f"https://advertising.{scene.market.domain}/cm/campaigns"),
        "Amazon Ads",
    )
    return Body(
        "advertising_report",
        f"no-reply@advertising.{scene.market.domain}",
        "Amazon Ads",
        subject,
        blocks,
        "alt",
    )


_CENTRES = ("PHX7", "LTN4", "DUS2", "YYZ4", "BOM5", "MEL1", "ORY4", "MXP5")


def inbound_received(scene: Scene) -> Body:
    """An FBA inbound shipment was received at a fulfilment centre."""
    rng = scene.rng
    shipment = "FBA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(9))
    subject = pick(rng, (f"Shipment {shipment} received", f"Inbound shipment {shipment}: closed"))
    blocks = (
        "Hello,",
        f"Your shipment {shipment} was received at {pick(rng, _CENTRES)}.",
        f"Units expected: {rng.randint(20, 600)}. Any discrepancies will appear within 48 hours.",
        Link("View shipment", scene.url("fba/inbound-queue")),
        "Fulfillment by Amazon",
    )
    return Body(
        "inbound_received",
        scene.addr("fba-noreply"),
        "Fulfillment by Amazon",
        subject,
        blocks,
        "plain",
    )


# (sender name, address, subject, text); {first}, {n}, {money} and {inv} are filled per message.
_OUTSIDE = (
    (
        "Lena Varga",
        "lena@brightline-wholesale.com",
        "Invoice INV-{inv} for your order",
        "Hi {first}, attached is the invoice for last week's pallet. "
        "Payment terms are 30 days as usual.",
    ),
    (
        "ParcelNow",
        "tracking@parcelnow.example",
        "Your pickup is confirmed",
        "Your pickup for {n} parcels is booked for {day} between 10:00 and 14:00.",
    ),
    (
        "Marek Jansen",
        "marek@jansen-accountancy.nl",
        "VAT return - quarter figures needed",
        "Hi {first}, could you send me the sales report for Q{quarter} by Friday "
        "so I can prepare the VAT return?",
    ),
    (
        "ListPilot",
        "billing@listpilot.example",
        "Your ListPilot receipt",
        "Thanks for your payment of {money}. Your repricing plan renews next month.",
    ),
)


def outside_mail(scene: Scene) -> Body:
    """Mail from outside Amazon: supplier, carrier, accountant, software vendor."""
    rng = scene.rng
    who, addr, subject, text = pick(rng, _OUTSIDE)
    slots = {
        "first": scene.seller.owner.split()[0],
        "n": rng.randint(2, 40),
        "money": _money(scene, 29, 299),
        "inv": rng.randint(1000, 9999),
        "day": scene.due(),
        "quarter": rng.randint(1, 4),
    }
    blocks = (text.format(**slots), pick(rng, ("Thanks,", "Best,", "Cheers,")) + f"\n{who}")
    layout = pick(rng, ("plain", "alt"))
    return Body("outside_mail", addr, who, subject.format(**slots), blocks, layout)


# (root cause, actions taken, preventive measures) of the seller's own plans of action.
_PLANS = (
    (
        ("We did not check our new supplier's authorisation before listing.",),
        ("We removed the affected listings.", "We refunded the buyers concerned."),
        (
            "Every supplier is now verified before we list a product.",
            "A second person reviews new listings weekly.",
        ),
    ),
    (
        ("Our warehouse handed parcels to the carrier a day after confirming shipment.",),
        ("We moved the daily pickup to 4 pm.", "We contacted every buyer whose parcel was late."),
        (
            "Orders are confirmed only after the carrier scans them.",
            "We keep two days of packing stock on hand.",
        ),
    ),
    (
        ("Returned items were put back in stock without being checked.",),
        ("We pulled all returned units from sale.", "We inspected the remaining inventory."),
        (
            "A checklist is used for every return before it is resold.",
            "Damaged units are sent for recycling, never relisted.",
        ),
    ),
)


def seller_appeal(scene: Scene) -> Body:
    """The seller's own outgoing plan of action, sent to Seller Performance."""
    rng = scene.rng
    cause, actions, measures = pick(rng, _PLANS)
    subject = pick(
        rng,
        (
            f"Appeal - {scene.seller.store_name} - {scene.seller.merchant_token}",
            f"Plan of Action for ASIN {scene.asins[0]}",
            f"Request for reinstatement - {scene.seller.merchant_token}",
        ),
    )
    blocks = (
        pick(rng, ("Dear Seller Performance Team,", "Hello,", "Dear Account Health team,")),
        f"Please find our plan of action for {scene.seller.store_name} "
        f"(merchant token {scene.seller.merchant_token}).",
        Heading("Root cause"),
        Bullets(cause),
        Heading("Actions taken"),
        Bullets(actions),
        Heading("Preventive measures"),
        Bullets(measures),
        f"Sincerely,\n{scene.seller.owner}\n{scene.seller.store_name}",
    )
    return Body(
        "seller_appeal",
        scene.seller.email,
        scene.seller.owner,
        subject,
        blocks,
        "plain",
        recipient=scene.addr("seller-performance"),
    )


def health_summary(scene: Scene) -> Body:
    """A routine Account Health digest with every metric on target: nothing to act on."""
    rng = scene.rng
    rate = f"{rng.randint(0, 6) / 10:.1f}%"
    late = f"{rng.randint(0, 30) / 10:.1f}%"
    subject = pick(rng, ("Your monthly Account Health summary", "Account Health: all good"))
    blocks = (
        Heading("Account Health summary"),
        f"Order defect rate: {rate} (target under 1%)\nLate shipment rate: {late} "
        f"(target under 4%)\nPolicy compliance: no open issues",
        pick(
            rng,
            (
                "Your account meets all of our performance targets. No action is needed.",
                "Everything is on target this month. Keep up the good work.",
            ),
        ),
        Link("See details", scene.url("performance/account/health")),
    )
    return Body(
        "health_summary",
        scene.addr("account-health-digest"),
        "Account Health",
        subject,
        blocks,
        "html",
        "card",
    )


FAMILIES = (
    order_to_ship,
    payment_sent,
    return_request,
    buyer_message,
    seller_newsletter,
    advertising_report,
    inbound_received,
    outside_mail,
    seller_appeal,
    health_summary,
    fr_newsletter,
    de_payout_or_order,
)
