"""Policy reasons a notice can name, each with its own wording and the evidence it asks for.

Suspensions, denials and document requests all talk about the same reasons, so they
live here once; each reason writes its explanation from the scene's slots.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .variety import Scene, asin, asins, case_id, order_id, pick


@dataclass(frozen=True)
class Reason:
    """A policy reason: a short name, an explanation writer and the documents it calls for."""

    key: str
    name: str
    explain: Callable[[Scene], str]
    documents: tuple[str, ...]


_OWNERS = (
    "Nordic Gear AB",
    "Lumatech Inc.",
    "Verdant Brands LLC",
    "Castello Design S.r.l.",
    "Hoshino Works K.K.",
    "BrightPaws Ltd",
    "Kessler Audio GmbH",
    "Sunfield Apparel Co.",
)


def _inauthentic(s: Scene) -> str:
    return pick(
        s,
        f"We received customer complaints that items sold under ASIN {asin(s)} were not authentic.",
        "Buyers reported that products they received from you were counterfeit or not genuine "
        f"(order {order_id(s)}).",
        "Our systems detected complaints about the authenticity of items in your inventory.",
    )


def _ip(kind: str) -> Callable[[Scene], str]:
    def explain(s: Scene) -> str:
        owner = s.rng.choice(_OWNERS)
        ref = case_id(s)
        return pick(
            s,
            f"We received a report from a rights owner ({owner}) that the listing for ASIN "
            f"{asin(s)} infringes their {kind}. Complaint ID: {ref}.",
            f"{owner} has notified us of possible {kind} infringement by your listings "
            f"(complaint ID {ref}, ASIN {asin(s)}).",
            f"Rights owner: {owner}\nComplaint ID: {ref}\nType of complaint: {kind.title()}\n"
            f"ASIN: {asin(s)}",
        )

    return explain


def _metric(label: str, target: str) -> Callable[[Scene], str]:
    def explain(s: Scene) -> str:
        rate = f"{s.rng.uniform(1.2, 12.0):.2f}%"
        return pick(
            s,
            f"Your {label} is {rate}, above our target of {target}.",
            f"Over the last 60 days your {label} was {rate}. Sellers must keep it under {target}.",
            f"{label.capitalize()}: {rate} (target: {target})",
        )

    return explain


def _simple(*wordings: str) -> Callable[[Scene], str]:
    def explain(s: Scene) -> str:
        return s.rng.choice(wordings).format(asin=asin(s), asins=", ".join(asins(s, 2, 3)))

    return explain


REASONS: tuple[Reason, ...] = (
    Reason(
        "inauthentic",
        "inauthentic item complaints",
        _inauthentic,
        ("invoices from your supplier for the last 365 days", "supplier contact details"),
    ),
    Reason(
        "trademark",
        "trademark infringement",
        _ip("trademark"),
        ("a letter of authorization from the rights owner", "a retraction from the rights owner"),
    ),
    Reason(
        "copyright",
        "copyright infringement",
        _ip("copyright"),
        ("proof that you own or license the images", "a retraction from the rights owner"),
    ),
    Reason(
        "patent",
        "patent infringement",
        _ip("patent"),
        ("a court order or non-infringement opinion", "a retraction from the rights owner"),
    ),
    Reason(
        "odr",
        "order defect rate",
        _metric("order defect rate", "1%"),
        ("a list of the orders that contributed to defects",),
    ),
    Reason(
        "lsr",
        "late shipment rate",
        _metric("late shipment rate", "4%"),
        ("tracking details for late orders",),
    ),
    Reason(
        "cancel",
        "pre-fulfillment cancellation rate",
        _metric("pre-fulfillment cancel rate", "2.5%"),
        ("inventory records",),
    ),
    Reason(
        "related",
        "related accounts",
        _simple(
            "We found that your account is related to another account that may not sell on Amazon.",
            "Your account appears to be linked to a seller account that was previously "
            "deactivated.",
            "Information on file connects this account with another selling account.",
        ),
        ("an explanation of the relationship between the accounts",),
    ),
    Reason(
        "restricted",
        "restricted products",
        _simple(
            "ASIN {asin} is a restricted product under our policies.",
            "We removed listings for products that may not be sold on Amazon: {asins}.",
            "Your inventory includes items in a category that needs approval.",
        ),
        ("proof of category approval",),
    ),
    Reason(
        "hazmat",
        "dangerous goods",
        _simple(
            "ASIN {asin} was classified as dangerous goods (hazmat) and is missing a safety data "
            "sheet.",
            "Products in your catalogue ({asins}) may contain hazardous materials.",
            "Your listings were flagged under our dangerous goods policy.",
        ),
        ("a safety data sheet (SDS)", "an exemption sheet"),
    ),
    Reason(
        "pricing",
        "pricing policy",
        _simple(
            "The price of ASIN {asin} was significantly higher than recent prices offered on "
            "or off Amazon.",
            "Your prices violated our fair pricing policy on these ASINs: {asins}.",
        ),
        ("a pricing explanation",),
    ),
    Reason(
        "reviews",
        "review manipulation",
        _simple(
            "We found evidence that you tried to manipulate customer reviews for ASIN {asin}.",
            "Your account offered incentives in exchange for product reviews.",
            "Reviews on {asins} were written by people with a financial interest.",
        ),
        ("an account of how reviews were solicited",),
    ),
    Reason(
        "verification",
        "identity verification",
        _simple(
            "We could not verify the information you provided about your business.",
            "The identity documents on your account could not be validated.",
            "Your account failed our seller verification process.",
        ),
        ("a government-issued ID", "a utility bill or bank statement"),
    ),
    Reason(
        "safety",
        "product safety",
        _simple(
            "Customers reported safety issues with ASIN {asin}.",
            "We received reports that items you sold ({asins}) are unsafe for use.",
            "A product you sell was linked to a safety complaint.",
        ),
        ("a test report from an accredited laboratory", "proof of compliance"),
    ),
    Reason(
        "used_as_new",
        "used sold as new",
        _simple(
            "Buyers reported receiving used items that were sold as new under ASIN {asin}.",
            "We received complaints that items listed in New condition showed signs of use.",
        ),
        ("invoices", "a description of your inspection process"),
    ),
)


def any_reason(scene: Scene) -> Reason:
    """One reason at random."""
    return scene.rng.choice(REASONS)


def enforcement(scene: Scene) -> str:
    """One of the shared ways a suspension says what Amazon did (suspension families reuse it)."""
    return pick(
        scene,
        "Your selling privileges have been removed.",
        "Your account has been deactivated.",
        "We have suspended your seller account.",
        "Your listings have been removed from the store.",
        "These ASINs have been deactivated.",
        "We have blocked your offers.",
        "Your account is at risk of deactivation.",
        "Your funds will be held while your account is deactivated.",
        "Your account can no longer sell on Amazon until you appeal.",
    )
