"""Held-out ``need_more_info`` families: Amazon names what else it needs, and by when.

Five voices: a numbered document checklist, a request for a revised plan covering one
named point, an invoice-requirements letter after invoices could not be verified, an
HTML "documents requested" card with an upload deadline, and a conversational "your
appeal is on hold until one document arrives". Two more are German and Italian
(``german.py``, ``italian.py``).
"""

from __future__ import annotations

from classifiers.corpus.heldout.blocks import Scene, greeting, pick, signoff
from classifiers.corpus.heldout.german import de_documents_needed
from classifiers.corpus.heldout.italian import it_documents_needed
from classifiers.corpus.heldout.render import Body, Bullets, Heading, Link

_DOCUMENTS = (
    "supplier invoices dated within the last 365 days",
    "the name, address, phone number and website of each supplier",
    "a letter of authorization from the brand owner",
    "product safety test reports from an accredited laboratory",
    "a utility bill in the name of the business",
    "photos of the product and its packaging showing the label",
    "the certificate of conformity for the affected products",
    "a copy of the business registration document",
)

_POINTS = (
    "how you will check that each new supplier is authorised by the brand",
    "why orders were shipped late and which carrier changes you made",
    "how you will inspect returned items before selling them again",
    "what you changed in your listing process to avoid restricted products",
    "how you will answer buyer messages within 24 hours",
    "the root cause of the complaints, in your own words",
)


def document_checklist(scene: Scene) -> Body:
    """A numbered checklist of documents with a deadline."""
    rng = scene.rng
    wanted = tuple(rng.sample(_DOCUMENTS, rng.randint(2, 4)))
    subject = pick(
        rng,
        (
            "Additional information needed for your appeal",
            f"We need more information - case {scene.case_id}",
            "Documents required to continue our review",
        ),
    )
    blocks = (
        greeting(scene),
        pick(
            rng,
            (
                "To continue reviewing your appeal, we need the following:",
                "Before we can make a decision on your appeal, please send us:",
                "Your appeal is incomplete. Please provide these items:",
            ),
        ),
        Bullets(wanted, numbered=True),
        f"Affected ASIN(s): {', '.join(scene.asins)}",
        f"Please send these by {scene.due()}. If we do not receive them, we may not be able "
        "to reconsider your account.",
        pick(
            rng,
            (
                "Reply to this email with the documents attached as PDF, JPG or PNG.",
                "Upload the documents through the Appeal option on the Account Health page.",
            ),
        ),
        signoff(scene, "Seller Performance Team"),
    )
    layout = pick(rng, ("plain", "alt"))
    return Body(
        "document_checklist",
        scene.addr("seller-performance"),
        scene.market.store,
        subject,
        blocks,
        layout,
    )


def revised_plan_point(scene: Scene) -> Body:
    """A request for a revised plan that covers one named point."""
    rng = scene.rng
    point = pick(rng, _POINTS)
    subject = pick(
        rng,
        (
            "Please update your plan of action",
            f"RE: Appeal - {scene.seller.store_name}",
            "Your plan of action needs one more detail",
        ),
    )
    blocks = (
        greeting(scene),
        "Thank you for sending your plan of action. Before we can continue, we need you to "
        "add one thing.",
        f"Please explain {point}.",
        pick(
            rng,
            (
                "Send a single updated plan that includes this, not only the new part.",
                "Resubmit the complete plan with this point added.",
            ),
        ),
        f"We need your reply by {scene.due()}.",
        signoff(scene, pick(rng, ("Seller Performance", "Seller Performance Team"))),
    )
    layout = pick(rng, ("plain", "plain", "html"))
    return Body(
        "revised_plan_point",
        scene.addr("seller-performance"),
        scene.market.store,
        subject,
        blocks,
        layout,
        "table",
    )


def invoice_requirements(scene: Scene) -> Body:
    """Invoices could not be verified; the letter lists what a valid invoice must show."""
    rng = scene.rng
    subject = pick(
        rng,
        (
            "We could not verify your invoices",
            "Invoice verification: more information required",
            f"Invoices for ASIN {scene.asins[0]}",
        ),
    )
    blocks = (
        greeting(scene),
        pick(
            rng,
            (
                "We were not able to verify the invoices you provided.",
                "The invoices attached to your appeal could not be confirmed.",
            ),
        ),
        "Please send invoices that show all of the following:",
        Bullets(
            (
                "the supplier's name, address, phone number and email or website",
                "your name and address as they appear in Seller Central",
                "a date within the last 365 days",
                f"the products and quantities for ASIN {scene.asins[0]}",
            )
        ),
        pick(
            rng,
            (
                "You may remove prices from the invoices, but nothing else.",
                "Pricing information can be hidden. Handwritten invoices are not accepted.",
            ),
        ),
        f"Please respond by {scene.due()}.",
        signoff(scene, "Seller Performance Team"),
    )
    sender = pick(rng, ("seller-performance", "invoice-verification"))
    return Body(
        "invoice_requirements", scene.addr(sender), scene.market.store, subject, blocks, "alt"
    )


def documents_requested_card(scene: Scene) -> Body:
    """An HTML card listing requested documents and an upload deadline."""
    rng = scene.rng
    wanted = tuple(rng.sample(_DOCUMENTS, rng.randint(1, 3)))
    subject = pick(
        rng,
        (
            "Action needed: upload documents",
            "Documents requested for your appeal",
            f"Information requested: {scene.reference}",
        ),
    )
    blocks = (
        Heading("Documents requested"),
        f"We are reviewing your appeal ({scene.reference}) and need more information.",
        Bullets(wanted),
        f"Upload by: {scene.due()}",
        Link("Upload documents", scene.url("performance/account/health/appeal")),
        "Your account stays deactivated until we have reviewed the documents.",
        signoff(scene, "Account Health Team"),
    )
    return Body(
        "documents_requested_card",
        scene.addr("account-health"),
        "Account Health",
        subject,
        blocks,
        "html",
        "card",
    )


def one_missing_item(scene: Scene) -> Body:
    """A conversational hold: the appeal waits for one named document."""
    rng = scene.rng
    wanted = pick(rng, _DOCUMENTS)
    subject = pick(
        rng,
        (
            "Your appeal is on hold",
            "One more thing before we can decide",
            "We're missing something from your appeal",
        ),
    )
    blocks = (
        pick(rng, (f"Hi {scene.seller.owner.split()[0]},", "Hi there,")),
        pick(
            rng,
            (
                "We've started looking at your appeal, but we can't finish without one more "
                "document.",
                "Your appeal is waiting on us receiving one thing from you.",
            ),
        ),
        f"What we need: {wanted}.",
        f"Please get it to us before {scene.due()}; after that we'll close the appeal as "
        "it stands.",
        Link("Add a document", scene.url("performance/account/health/appeal")),
        signoff(scene, "The Account Health team"),
    )
    return Body(
        "one_missing_item",
        scene.addr("account-health"),
        scene.market.store,
        subject,
        blocks,
        pick(rng, ("plain", "html")),
        "card",
    )


FAMILIES = (
    document_checklist,
    revised_plan_point,
    invoice_requirements,
    documents_requested_card,
    one_missing_item,
    de_documents_needed,
    it_documents_needed,
)
