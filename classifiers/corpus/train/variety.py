"""Slot fillers shared by every template family: marketplaces, sellers, IDs, dates, sign-offs.

Real notices differ mostly in these slots (the marketplace, the store, the ASINs, the
deadline, the greeting), so every family draws them from one ``Scene`` and the model
learns the wording that matters instead of the IDs that do not.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

_ALNUM = string.ascii_uppercase + string.digits


@dataclass(frozen=True)
class Marketplace:
    """One Amazon marketplace: its domain, Seller Central host, date habits and language."""

    domain: str
    brand: str
    central: str
    date_order: str  # "mdy" (US style), "dmy" (most others) or "ymd" (Japan)
    utc_offset: int
    language: str  # "en", "de", "fr", "it", "es", "ja"


MARKETPLACES: tuple[Marketplace, ...] = (
    Marketplace("amazon.com", "Amazon.com", "sellercentral.amazon.com", "mdy", -8, "en"),
    Marketplace("amazon.co.uk", "Amazon.co.uk", "sellercentral.amazon.co.uk", "dmy", 0, "en"),
    Marketplace("amazon.de", "Amazon.de", "sellercentral-europe.amazon.com", "dmy", 1, "de"),
    Marketplace("amazon.fr", "Amazon.fr", "sellercentral-europe.amazon.com", "dmy", 1, "fr"),
    Marketplace("amazon.it", "Amazon.it", "sellercentral.amazon.it", "dmy", 1, "it"),
    Marketplace("amazon.es", "Amazon.es", "sellercentral.amazon.es", "dmy", 1, "es"),
    Marketplace("amazon.ca", "Amazon.ca", "sellercentral.amazon.ca", "mdy", -5, "en"),
    Marketplace("amazon.com.mx", "Amazon.com.mx", "sellercentral.amazon.com.mx", "dmy", -6, "es"),
    Marketplace("amazon.in", "Amazon.in", "sellercentral.amazon.in", "dmy", 5, "en"),
    Marketplace("amazon.co.jp", "Amazon.co.jp", "sellercentral.amazon.co.jp", "ymd", 9, "ja"),
    Marketplace("amazon.com.au", "Amazon.com.au", "sellercentral.amazon.com.au", "dmy", 10, "en"),
)
# .com is weighted up because most sellers and most mail live there.
_MARKET_WEIGHTS = (9, 4, 3, 2, 1, 1, 2, 1, 2, 1, 1)

_STORE_HEAD = (
    "Blue Harbor",
    "Northwind",
    "Oak & Ash",
    "Peak Line",
    "Sunny Day",
    "Urban Nest",
    "Kestrel",
    "Maple Grove",
    "Brightside",
    "Ironwood",
    "Silver Fern",
    "Red Canyon",
    "Tidewater",
    "Little Fox",
    "Green Valley",
    "Atlas",
    "Nordlicht",
    "Bella Casa",
    "Lumen",
    "Cedar Point",
    "Golden Gate",
    "Pine & Co",
    "Rivera",
    "Koala Craft",
)
_STORE_TAIL = (
    "Home Goods",
    "Outfitters",
    "Trading",
    "Supply Co",
    "Kitchenware",
    "Pet Store",
    "Beauty",
    "Electronics",
    "Toys",
    "Direct",
    "Imports",
    "Sports",
    "Garden",
    "Deals",
    "Handels GmbH",
    "Commerce Ltd",
    "Brands LLC",
    "Wellness",
)
_MAIL_HOSTS = ("gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "gmx.de")
_FIRST = ("Maria", "James", "Priya", "Tom", "Chen", "Sofia", "Ahmed", "Laura", "Jonas", "Emma")
_LAST = ("Keller", "Okafor", "Nguyen", "Smith", "Rossi", "Patel", "Dubois", "Garcia", "Brown")


@dataclass(frozen=True)
class Seller:
    """The account a notice is about: display name, mailbox, merchant token, owner's name."""

    store: str
    address: str
    token: str
    owner: str


@dataclass(frozen=True)
class Scene:
    """Everything one generated message may mention, drawn from one seeded generator."""

    rng: random.Random
    market: Marketplace
    seller: Seller
    when: datetime


def new_scene(rng: random.Random) -> Scene:
    """Draw a marketplace, a seller and a send date (2019 to 2026) from ``rng``."""
    market = rng.choices(MARKETPLACES, weights=_MARKET_WEIGHTS)[0]
    store = f"{rng.choice(_STORE_HEAD)} {rng.choice(_STORE_TAIL)}"
    slug = "".join(ch for ch in store.lower() if ch.isalnum())[:18]
    host = rng.choice(_MAIL_HOSTS + (f"{slug}.com", f"{slug}.shop"))
    local = rng.choice(("info", "sales", "amazon", "support", slug, f"{slug}{rng.randint(1, 99)}"))
    token = "A" + "".join(rng.choice(_ALNUM) for _ in range(rng.choice((12, 13))))
    owner = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    seller = Seller(store=store, address=f"{local}@{host}", token=token, owner=owner)
    start = datetime(2019, 1, 2, tzinfo=timezone(timedelta(hours=market.utc_offset)))
    when = start + timedelta(seconds=rng.randrange(0, 7 * 365 * 86400 + 200 * 86400))
    return Scene(rng=rng, market=market, seller=seller, when=when)


def pick(scene: Scene, *options: str) -> str:
    """Choose one wording among equivalent ones."""
    return scene.rng.choice(options)


def chance(scene: Scene, p: float) -> bool:
    """True with probability ``p``."""
    return scene.rng.random() < p


def asin(scene: Scene) -> str:
    """An ASIN: ``B0`` and eight capitals or digits."""
    return "B0" + "".join(scene.rng.choice(_ALNUM) for _ in range(8))


def asins(scene: Scene, low: int = 1, high: int = 4) -> tuple[str, ...]:
    """Between ``low`` and ``high`` ASINs."""
    return tuple(asin(scene) for _ in range(scene.rng.randint(low, high)))


def order_id(scene: Scene) -> str:
    """An order ID shaped like ``123-1234567-1234567``."""
    r = scene.rng
    return f"{r.randint(100, 999)}-{r.randint(0, 9999999):07d}-{r.randint(0, 9999999):07d}"


def case_id(scene: Scene) -> str:
    """A case or reference ID in one of the shapes Amazon has used."""
    r = scene.rng
    shapes = (
        str(r.randint(10**9, 10**11)),
        f"{r.randint(10**9, 10**10)}",
        "CS-" + "".join(r.choice(_ALNUM) for _ in range(9)),
        f"{r.randint(1000, 9999)}-{r.randint(100000, 999999)}",
    )
    return r.choice(shapes)


def product_title(scene: Scene) -> str:
    """A short product title for listing tables."""
    adj = ("Stainless", "Organic", "Wireless", "Premium", "Kids", "Portable", "Bamboo", "LED")
    noun = (
        "Water Bottle",
        "Yoga Mat",
        "Phone Charger",
        "Dog Leash",
        "Face Serum",
        "Desk Lamp",
        "Garlic Press",
        "Bluetooth Speaker",
        "Phone Case",
        "Puzzle Set",
        "Knife Set",
    )
    return f"{scene.rng.choice(adj)} {scene.rng.choice(noun)}"


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def date_text(scene: Scene, day: datetime, style: str | None = None) -> str:
    """A calendar date the way this marketplace (or a chosen style) writes it."""
    style = style or scene.rng.choice(("long", "long", "numeric"))
    if style == "numeric":
        if scene.market.date_order == "mdy":
            return day.strftime("%m/%d/%Y")
        if scene.market.date_order == "ymd":
            return day.strftime("%Y/%m/%d")
        return day.strftime("%d/%m/%Y")
    if style == "iso":
        return day.strftime("%Y-%m-%d")
    month = _MONTHS[day.month - 1]
    if scene.market.date_order == "mdy":
        return f"{month} {day.day}, {day.year}"
    return f"{day.day} {month} {day.year}"


def deadline(scene: Scene, days: int | None = None) -> str:
    """A reply deadline in one of its written forms: relative days or a calendar date."""
    days = days or scene.rng.choice((3, 7, 14, 17, 30, 90))
    due = scene.when + timedelta(days=days)
    form = scene.rng.choice(("relative", "by", "by", "numeric"))
    if form == "relative":
        return f"within {days} days"
    if form == "numeric":
        return "by " + date_text(scene, due, "numeric")
    return "by " + date_text(scene, due, scene.rng.choice(("long", "long", "iso")))


_PATHS = {
    "dashboard": ("/performance/dashboard", "/performance/account/health"),
    "notifications": ("/performance/notifications", "/notifications/performance/ref=xx_perfnot"),
    "appeal": ("/performance/account/health?appeal=1", "/performance/dashboard?reactivate=true"),
    "contact": ("/cu/contact-us", "/help/center/contact", "/gp/help/contact-us"),
    "policy": ("/help/hub/reference/external/G521", "/gp/help/external/200386250"),
    "inventory": ("/inventory", "/myinventory/inventory"),
    "payments": ("/payments/dashboard", "/gp/payments-account/settlement-summary.html"),
    "orders": ("/orders-v3", "/gp/orders-v2/list"),
    "voice": ("/voice-of-the-customer", "/performance/voc"),
}


def link(scene: Scene, page: str) -> str:
    """A Seller Central address for a named page."""
    return f"https://{scene.market.central}{scene.rng.choice(_PATHS[page])}"


def greeting(scene: Scene) -> str | None:
    """A salutation line, or None: Amazon's templates use all of these."""
    return scene.rng.choice(
        (
            "Hello,",
            "Hello,",
            "Dear Seller,",
            "Dear Seller,",
            f"Hi {scene.seller.store},",
            f"Hello {scene.seller.store},",
            "Greetings from Amazon Seller Performance,",
            f"Dear {scene.seller.store},",
            None,
        )
    )


def signature(scene: Scene, kind: str = "performance") -> tuple[str, ...]:
    """A sign-off block as the seller-performance (or, for IP cases, notice-dispute) team signs."""
    teams = [
        "Seller Performance Team",
        "Account Health Support",
        "Amazon Services",
        scene.market.brand,
        "Seller Performance",
        "Amazon Seller Services",
    ]
    if kind == "dispute":
        teams += ["Notice Dispute Team", "Notice Dispute Team"]
    team = scene.rng.choice(teams)
    lead = scene.rng.choice(("Regards,", "Sincerely,", "Thank you,", "Best regards,", "", ""))
    tail = (scene.market.brand,) if scene.rng.random() < 0.4 and team != scene.market.brand else ()
    return tuple(line for line in (lead, team, *tail) if line)


_SENDERS = {
    "performance": ("seller-performance", "performance-notifications", "seller-notification"),
    "dispute": ("notice-dispute", "seller-performance", "rights-owner-notice"),
    "health": ("account-health", "seller-performance", "no-reply-accounthealth"),
    "noreply": ("no-reply", "donotreply", "no-reply-sellercentral"),
    "support": ("seller-support", "seller-notification", "no-reply"),
}


def amazon_sender(scene: Scene, kind: str = "performance") -> str:
    """An Amazon From address, sometimes with a display name, on this marketplace's domain."""
    local = scene.rng.choice(_SENDERS[kind])
    address = f"{local}@{scene.market.domain}"
    if scene.rng.random() < 0.45:
        name = scene.rng.choice(
            ("Amazon Seller Performance", scene.market.brand, "Amazon Services", "Seller Central")
        )
        return f'"{name}" <{address}>'
    return address


_FOREIGN_LINES = {
    "de": (
        "Bitte antworten Sie nicht direkt auf diese Nachricht.",
        "Diese Nachricht wurde automatisch erstellt.",
        "Weitere Informationen finden Sie in Seller Central.",
    ),
    "fr": (
        "Merci de ne pas répondre directement à ce message.",
        "Ce message a été généré automatiquement.",
        "Vous trouverez plus d'informations dans Seller Central.",
    ),
}


def local_line(scene: Scene) -> str | None:
    """Now and then a line in the marketplace's own language (German or French)."""
    lines = _FOREIGN_LINES.get(scene.market.language)
    if lines and scene.rng.random() < 0.5:
        return scene.rng.choice(lines)
    return None


def recipient(scene: Scene) -> str:
    """The seller's mailbox, sometimes with the store as display name."""
    if scene.rng.random() < 0.3:
        return f'"{scene.seller.store}" <{scene.seller.address}>'
    return scene.seller.address
