"""Shared building blocks of the held-out corpus: marketplaces, sellers, identifiers, dates.

Every message draws one :class:`Scene` from its own seeded ``random.Random``, so a
family fills its slots (ASINs, order IDs, deadline, store name) from the same facts
and regeneration is byte-identical.
"""

from __future__ import annotations

import random
import string
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import TypeVar

T = TypeVar("T")

_ALNUM = string.ascii_uppercase + string.digits


@dataclass(frozen=True)
class Marketplace:
    """One Amazon store: its mail domain, Seller Central host and date habits."""

    domain: str
    store: str
    central: str
    utc_offset_hours: int
    day_first: bool
    currency: str


MARKETPLACES: tuple[Marketplace, ...] = (
    Marketplace("amazon.com", "Amazon.com", "sellercentral.amazon.com", -7, False, "USD"),
    Marketplace("amazon.co.uk", "Amazon.co.uk", "sellercentral.amazon.co.uk", 0, True, "GBP"),
    Marketplace("amazon.de", "Amazon.de", "sellercentral.amazon.de", 1, True, "EUR"),
    Marketplace("amazon.ca", "Amazon.ca", "sellercentral.amazon.ca", -5, False, "CAD"),
    Marketplace("amazon.in", "Amazon.in", "sellercentral.amazon.in", 5, True, "INR"),
    Marketplace("amazon.com.au", "Amazon.com.au", "sellercentral.amazon.com.au", 10, True, "AUD"),
    Marketplace("amazon.fr", "Amazon.fr", "sellercentral.amazon.fr", 1, True, "EUR"),
    Marketplace("amazon.it", "Amazon.it", "sellercentral.amazon.it", 1, True, "EUR"),
    Marketplace("amazon.es", "Amazon.es", "sellercentral.amazon.es", 1, True, "EUR"),
    Marketplace("amazon.com.mx", "Amazon.com.mx", "sellercentral.amazon.com.mx", -6, False, "MXN"),
)

# The US store carries most seller mail; weight it so the set looks like a real inbox.
_MARKET_WEIGHTS: tuple[int, ...] = (6, 3, 2, 2, 1, 1, 1, 1, 1, 1)

_STORE_FIRST = (
    "Harbor",
    "Juniper",
    "Copperleaf",
    "Northbeam",
    "Alder",
    "Bluewick",
    "Fenwood",
    "Kestrel",
    "Marigold",
    "Oakridge",
    "Pebble",
    "Quillon",
    "Saltmarsh",
    "Tidewell",
    "Wrenfield",
    "Zephyr",
)
_STORE_SECOND = (
    "Home Goods",
    "Outfitters",
    "Supply Co",
    "Kitchenware",
    "Pet Essentials",
    "Trading Ltd",
    "Electronics",
    "Garden",
    "Beauty",
    "Toys & Games",
    "Sports",
    "Crafts",
    "Baby Care",
)
_PEOPLE = (
    "Maya Lindqvist",
    "Omar Haddad",
    "Priya Raman",
    "Tomasz Nowak",
    "Grace Okafor",
    "Lukas Brenner",
    "Chloe Martin",
    "Diego Alvarez",
    "Hannah Cole",
    "Kenji Mori",
)
_CONSULTANCIES = (
    ("Ridgeline Appeals", "ridgeline-appeals.com"),
    ("Clearpath Seller Advisory", "clearpath-advisory.net"),
    ("Beacon Marketplace Consulting", "beaconmc.io"),
    ("Northgate Account Recovery", "northgate-recovery.com"),
)


@dataclass(frozen=True)
class Seller:
    """The account a notice is about: display name, contact address and merchant token."""

    store_name: str
    owner: str
    email: str
    merchant_token: str


@dataclass(frozen=True)
class Consultant:
    """A person at an appeal agency who forwards or receives a client's mail."""

    name: str
    firm: str
    email: str


@dataclass(frozen=True)
class Scene:
    """The facts one message may mention, drawn together so they agree with each other."""

    rng: random.Random
    market: Marketplace
    seller: Seller
    consultant: Consultant
    sent: datetime
    deadline: datetime
    asins: tuple[str, ...]
    order_ids: tuple[str, ...]
    case_id: str
    reference: str

    def addr(self, local: str) -> str:
        """An Amazon address in this scene's marketplace, e.g. ``notice-dispute@amazon.de``."""
        return f"{local}@{self.market.domain}"

    def day(self, when: datetime | None = None) -> str:
        """A date in the marketplace's habit: ``March 4, 2024`` or ``4 March 2024``."""
        moment = when or self.sent
        if self.market.day_first:
            return f"{moment.day} {moment:%B %Y}"
        return f"{moment:%B} {moment.day}, {moment.year}"

    def due(self) -> str:
        """The deadline as the marketplace would write it."""
        return self.day(self.deadline)

    def url(self, path: str) -> str:
        """A Seller Central link on this marketplace."""
        return f"https://{self.market.central}/{path}"


def pick(rng: random.Random, options: Sequence[T]) -> T:
    """Choose one option; a named helper so families read as sentences with slots."""
    return options[rng.randrange(len(options))]


def asin(rng: random.Random) -> str:
    """A 10-character ASIN starting ``B0``."""
    return "B0" + "".join(rng.choice(_ALNUM) for _ in range(8))


def order_id(rng: random.Random) -> str:
    """An order ID in the ``123-1234567-1234567`` shape."""
    head = rng.choice(("111", "112", "113", "114", "202", "203", "204", "171", "402", "407"))
    return f"{head}-{rng.randrange(10**7):07d}-{rng.randrange(10**7):07d}"


def case_id(rng: random.Random) -> str:
    """A Seller Support case number (10 or 11 digits)."""
    return str(rng.randrange(10**9, 10**11))


def reference(rng: random.Random) -> str:
    """A complaint or notice reference such as ``NTC-4F7Q2K9D``."""
    prefix = rng.choice(("NTC", "REF", "APL", "CMP", "PRV"))
    return prefix + "-" + "".join(rng.choice(_ALNUM) for _ in range(8))


def _seller(rng: random.Random) -> Seller:
    store = f"{pick(rng, _STORE_FIRST)} {pick(rng, _STORE_SECOND)}"
    owner = pick(rng, _PEOPLE)
    slug = store.lower().replace(" & ", "-").replace(" ", "")
    mailbox = pick(rng, ("info", "ops", "owner", "amazon", "hello", owner.split()[0].lower()))
    token = "A" + "".join(rng.choice(_ALNUM) for _ in range(rng.choice((12, 13))))
    return Seller(store, owner, f"{mailbox}@{slug}.com", token)


def _consultant(rng: random.Random) -> Consultant:
    firm, domain = pick(rng, _CONSULTANCIES)
    name = pick(rng, _PEOPLE)
    return Consultant(name, firm, f"{name.split()[0].lower()}@{domain}")


def _moment(rng: random.Random, market: Marketplace) -> datetime:
    start = datetime(2019, 1, 3, tzinfo=UTC)
    span = int((datetime(2026, 10, 30, tzinfo=UTC) - start).total_seconds())
    moment = start + timedelta(seconds=rng.randrange(span))
    return moment.astimezone(timezone(timedelta(hours=market.utc_offset_hours)))


def draw_scene(rng: random.Random) -> Scene:
    """Draw every fact of one message from ``rng`` (the only source of variation)."""
    market = rng.choices(MARKETPLACES, weights=_MARKET_WEIGHTS)[0]
    sent = _moment(rng, market)
    return Scene(
        rng=rng,
        market=market,
        seller=_seller(rng),
        consultant=_consultant(rng),
        sent=sent,
        deadline=sent + timedelta(days=rng.choice((3, 7, 10, 14, 17, 30))),
        asins=tuple(asin(rng) for _ in range(rng.randint(1, 4))),
        order_ids=tuple(order_id(rng) for _ in range(rng.randint(1, 3))),
        case_id=case_id(rng),
        reference=reference(rng),
    )


_LOCAL_GREETINGS = {
    "amazon.de": "Guten Tag,",
    "amazon.fr": "Bonjour,",
    "amazon.it": "Buongiorno,",
    "amazon.es": "Hola,",
    "amazon.com.mx": "Hola,",
}


def greeting(scene: Scene) -> str:
    """An opening line as Amazon templates vary it: generic, by store name or by owner."""
    local = _LOCAL_GREETINGS.get(scene.market.domain)
    if local and scene.rng.random() < 0.3:
        return local
    return pick(
        scene.rng,
        (
            "Hello,",
            "Dear Seller,",
            f"Hello {scene.seller.store_name},",
            f"Dear {scene.seller.store_name},",
            f"Hi {scene.seller.owner.split()[0]},",
            "Greetings from Amazon,",
        ),
    )


def signoff(scene: Scene, team: str) -> str:
    """A closing line and team signature, e.g. ``Regards,\\nSeller Performance Team``."""
    close = pick(
        scene.rng, ("Regards,", "Sincerely,", "Thank you,", "Best regards,", "Kind regards,")
    )
    tail = pick(scene.rng, ("", f"\n{scene.market.store}", f"\n{scene.market.central}"))
    return f"{close}\n{team}{tail}"
