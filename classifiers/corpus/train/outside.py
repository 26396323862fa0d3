"""``other`` mail that does not come from Amazon's notice templates.

Suppliers, banks, carriers, spam, the seller's own outgoing appeals and document replies
(which quote Amazon's notice below), and consultants talking with their clients. The
outgoing appeals are the hard cases: the quoted text is a suspension, the new text is not.
"""

from __future__ import annotations

from dataclasses import replace

from . import more_info, suspension
from .history import earlier, seller_appeal, thread
from .mime import Bullets, Letter, compact, fake_pdf
from .reasons import any_reason
from .variety import Scene, asin, chance, date_text, order_id, pick, recipient

_SUPPLIERS = (
    "orders@shenzhen-bright.example",
    "sales@euro-wholesale.example",
    "billing@pacific-source.example",
    "accounts@midwest-distrib.example",
)
_CONSULTANTS = (
    "ana@suspension-help.example",
    "mark.lee@sellerrescue.example",
    "team@poa-experts.example",
)


def supplier_invoice(scene: Scene) -> Letter:
    """A supplier sending an invoice (with invoice.pdf attached)."""
    number = f"INV-{scene.rng.randint(10000, 99999)}"
    blocks = compact(
        scene,
        pick(
            scene,
            f"Please find attached invoice {number} for your last order.",
            f"Attached is invoice {number}. Payment is due in 30 days.",
            f"Your order has shipped. Invoice {number} is attached.",
        ),
        pick(scene, "Let us know if you need anything else.", "Thank you for your business."),
    )
    return Letter(
        scene.rng.choice(_SUPPLIERS),
        recipient(scene),
        pick(
            scene,
            f"Invoice {number}",
            f"Your order - invoice {number}",
            "Shipping confirmation and invoice",
        ),
        blocks,
        pick(scene, "Hello,", f"Dear {scene.seller.owner},", "Hi,"),
        (pick(scene, "Best regards,", "Thanks,"), "Accounts team"),
        attachments=(("invoice.pdf", fake_pdf(number)),),
    )


def bank_or_carrier(scene: Scene) -> Letter:
    """A bank statement alert or a parcel carrier's delivery update."""
    if chance(scene, 0.5):
        sender = pick(scene, "alerts@northbank.example", "no-reply@payfast.example")
        subject = pick(scene, "Incoming payment received", "Your monthly statement is ready")
        text = pick(
            scene,
            "A payment from AMAZON PAYMENTS has been credited to your account.",
            "Your statement for last month is now available in online banking.",
        )
    else:
        sender = pick(scene, "tracking@swiftparcel.example", "noreply@cargoline.example")
        subject = pick(scene, "Your shipment has been delivered", "Delivery exception")
        text = pick(
            scene,
            f"Shipment for order {order_id(scene)} was delivered.",
            "We could not deliver your parcel. A new attempt will be made tomorrow.",
        )
    return Letter(sender, recipient(scene), subject, (text,), None, ())


def spam(scene: Scene) -> Letter:
    """Unsolicited offers, some of them about suspensions."""
    text = pick(
        scene,
        "Account suspended? Our experts get Amazon sellers reinstated in 24 hours, guaranteed!",
        "Get 1000 five-star reviews for your products. Cheap and safe!",
        "Rank #1 on Amazon with our SEO service. Reply for a free audit.",
        "We buy Amazon seller accounts. Fast payment.",
    )
    blocks = (text, pick(scene, "Reply STOP to unsubscribe.", "Limited offer!", ""))
    return Letter(
        pick(
            scene,
            "growth@sellerboost.example",
            "offers@top-rank-agency.example",
            "info@reinstate-now.example",
        ),
        recipient(scene),
        pick(
            scene,
            "Quick question",
            "Boost your Amazon sales!!",
            "Suspended account? We can help",
            "Partnership offer",
        ),
        tuple(b for b in blocks if b),
        pick(scene, "Hi,", "Dear seller,"),
        (),
    )


def outgoing_appeal(scene: Scene) -> Letter:
    """The seller's own appeal to Amazon, quoting the suspension it answers."""
    first = earlier(scene, 1, 10)
    notice = scene.rng.choice(suspension.FAMILIES)(first)
    appeal = seller_appeal(
        scene, any_reason(scene), notice.sender.split("<")[-1].strip(">"), notice.subject
    )
    history = thread(scene, [(notice, first)]) if chance(scene, 0.7) else ""
    return replace(appeal, history=history)


def outgoing_documents(scene: Scene) -> Letter:
    """The seller sending requested documents, quoting Amazon's request."""
    first = earlier(scene, 1, 6)
    request = scene.rng.choice(more_info.FAMILIES)(first)
    blocks = (
        pick(
            scene,
            "Please find attached the invoices you requested.",
            "As requested, we attach the documents for your review.",
            "Attached are the supplier invoices and contact details.",
        ),
        pick(
            scene,
            f"Supplier: {pick(scene, 'Euro Wholesale BV', 'Pacific Source Ltd')}",
            f"The invoices cover ASIN {asin(scene)}.",
            "",
        ),
    )
    return Letter(
        scene.seller.address,
        request.sender.split("<")[-1].strip(">"),
        f"RE: {request.subject}",
        tuple(b for b in blocks if b),
        "Dear Seller Performance Team,",
        ("Regards,", scene.seller.owner),
        attachments=(("invoice.pdf", fake_pdf("supplier invoice")),),
        history=thread(scene, [(request, first)]) if chance(scene, 0.8) else "",
    )


def consultant_chatter(scene: Scene) -> Letter:
    """A consultant and a client discussing the case."""
    topic = pick(
        scene,
        "I drafted the plan of action. Please check the root cause section before we send it.",
        "Amazon rejected the appeal again. I suggest we escalate to a manager next week.",
        f"Can we talk on {date_text(scene, scene.when)} about the invoices?",
        "Please send me the supplier invoices for the last 12 months.",
        "Quick update: still no answer from Seller Performance. We wait until Friday.",
    )
    by_consultant = chance(scene, 0.6)
    consultant = scene.rng.choice(_CONSULTANTS)
    sender, to = (
        (consultant, scene.seller.address) if by_consultant else (scene.seller.address, consultant)
    )
    blocks = compact(scene, topic, pick(scene, "Thanks!", "Let me know.", ""))
    if chance(scene, 0.3):
        blocks += (Bullets(("Root cause", "Immediate actions", "Preventive measures")),)
    consultant_name = consultant.split("@")[0].split(".")[0].capitalize()
    owner_first = scene.seller.owner.split()[0]
    pair = (owner_first, consultant_name)
    hello, name = pair if by_consultant else pair[::-1]
    subject = pick(
        scene,
        f"{scene.seller.store} - appeal",
        "POA draft",
        "Next steps",
        "RE: invoices",
        "Call tomorrow?",
    )
    return Letter(
        sender,
        to,
        subject,
        blocks,
        pick(scene, "Hi,", f"Hi {hello},", ""),
        (name,) if chance(scene, 0.8) else (),
    )


FAMILIES = (
    supplier_invoice,
    bank_or_carrier,
    spam,
    outgoing_appeal,
    outgoing_documents,
    consultant_chatter,
)
