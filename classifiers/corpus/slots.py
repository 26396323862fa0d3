"""Made-up but well-formed values for a family's ``{slots}``, per language and marketplace.

Real notices differ from one another mostly in these values (dates, ASINs, order and
case IDs, the marketplace's domain and currency), so the corpus varies them the way
Amazon does: a German notice carries "4. Mai 2026" and "1.234,56 €", a Japanese one
"2026年5月4日" and "￥12,345". Everything is drawn from the caller's ``random.Random``,
so a seeded generator gives the same values every run.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date, timedelta

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}


@dataclass(frozen=True)
class Marketplace:
    """One Amazon store: its code, shop domain, Seller Central host and money format."""

    code: str
    domain: str
    central: str
    currency: str  # a format with {units} (grouped integer part) and {cents}

    @property
    def name(self) -> str:
        """The store's name as notices write it: "Amazon.co.uk"."""
        return "Amazon." + self.domain.removeprefix("amazon.")


MARKETPLACES: dict[str, Marketplace] = {
    m.code: m
    for m in (
        Marketplace("US", "amazon.com", "sellercentral.amazon.com", "${units}.{cents}"),
        Marketplace("UK", "amazon.co.uk", "sellercentral.amazon.co.uk", "£{units}.{cents}"),
        Marketplace("CA", "amazon.ca", "sellercentral.amazon.ca", "CDN${units}.{cents}"),
        Marketplace("AU", "amazon.com.au", "sellercentral.amazon.com.au", "A${units}.{cents}"),
        Marketplace("IN", "amazon.in", "sellercentral.amazon.in", "₹{units}.{cents}"),
        Marketplace("SG", "amazon.sg", "sellercentral.amazon.sg", "S${units}.{cents}"),
        Marketplace("AE", "amazon.ae", "sellercentral.amazon.ae", "AED {units}.{cents}"),
        Marketplace("DE", "amazon.de", "sellercentral.amazon.de", "{units},{cents} €"),
        Marketplace("FR", "amazon.fr", "sellercentral.amazon.fr", "{units},{cents} €"),
        Marketplace("ES", "amazon.es", "sellercentral.amazon.es", "{units},{cents} €"),
        Marketplace("IT", "amazon.it", "sellercentral.amazon.it", "{units},{cents} €"),
        Marketplace("NL", "amazon.nl", "sellercentral.amazon.nl", "€ {units},{cents}"),
        Marketplace("EU", "amazon.co.uk", "sellercentral-europe.amazon.com", "EUR {units},{cents}"),
        Marketplace("JP", "amazon.co.jp", "sellercentral.amazon.co.jp", "￥{units}"),
        Marketplace("MX", "amazon.com.mx", "sellercentral.amazon.com.mx", "MXN ${units}.{cents}"),
        Marketplace("BR", "amazon.com.br", "sellercentral.amazon.com.br", "R$ {units},{cents}"),
        Marketplace("CN", "amazon.com", "sellercentral.amazon.com", "US${units}.{cents}"),
    )
}
_COMMA = {"de", "fr", "es", "it", "pt", "nl"}  # decimal comma
_DAY_FIRST = {"UK", "AU", "IN", "SG", "AE", "EU"}

_SELLERS = (
    "Northwind Outdoor", "Lumen Home Goods", "Bright Harbor Trading", "Cedar & Pine Supply",
    "Kestrel Kitchenware", "BluePeak Electronics", "Maple Lane Crafts", "Orchard Pet Co",
    "Sunfield Beauty", "Harbourside Toys", "Vela Sports", "Quillstone Office", "Tidewater Tools",
    "Shenzhen Hongda Trading Co., Ltd.", "Yiwu Starlight Commerce", "Kyoto Craft Works",
)  # fmt: skip
_BRANDS = (
    "Trailmark", "Glowen", "Ridgeback Gear", "Aurelio", "Pawsome", "Kitchora", "Voltix",
    "Nordhaven", "Solace Skin", "Brickbuddy", "Fennick", "Zestora", "Lunaro",
)  # fmt: skip
_OWNERS = (
    "Ridgeback Gear LLC", "Aurelio Brands Inc.", "Nordhaven AB", "Voltix Technologies Ltd",
    "Glowen GmbH", "Fennick Holdings LLC", "Kitchora S.r.l.", "Lunaro Design SAS",
)  # fmt: skip
_PRODUCTS = {
    "en": ("camping stove", "LED lantern", "stainless steel water bottle", "yoga mat",
           "phone charging cable", "silicone baking mat", "dog harness", "vitamin C serum",
           "kids' building blocks", "bluetooth speaker", "kitchen scale", "face mask"),
    "de": ("Campingkocher", "LED-Laterne", "Trinkflasche", "Yogamatte", "Ladekabel"),
    "fr": ("réchaud de camping", "lanterne LED", "gourde isotherme", "tapis de yoga"),
    "es": ("hornillo de camping", "linterna LED", "botella de agua", "esterilla de yoga"),
    "it": ("fornello da campeggio", "lanterna LED", "borraccia", "tappetino yoga"),
    "pt": ("fogareiro de camping", "lanterna LED", "garrafa térmica", "tapete de ioga"),
    "nl": ("campingkooktoestel", "ledlantaarn", "drinkfles", "yogamat"),
    "ja": ("キャンプ用ストーブ", "LEDランタン", "ステンレスボトル", "ヨガマット"),
    "zh": ("露营炉", "LED灯笼", "不锈钢水杯", "瑜伽垫"),
}  # fmt: skip
_PATHS = (
    "/performance/dashboard", "/performance/account/health", "/gp/help/external/200370560",
    "/gp/customer-experience/perf-notifications.html", "/cu/contact-us", "/help/hub/support",
    "/performance/dashboard?ref=ah_em_ap", "/gp/help/external/201361070",
)  # fmt: skip


def marketplace_of(code: str) -> Marketplace:
    """A marketplace by code; an unknown code falls back to the US store."""
    return MARKETPLACES.get(code.upper(), MARKETPLACES["US"])


def format_date(day: date, language: str, marketplace: str = "US") -> str:
    """A date the way a notice in that language writes it.

    >>> format_date(date(2026, 5, 4), "de")
    '4. Mai 2026'
    """
    if language in ("ja", "zh"):
        return f"{day.year}年{day.month}月{day.day}日"
    month = _MONTHS.get(language, _MONTHS["en"]).split()[day.month - 1]
    if language == "en":
        if marketplace in _DAY_FIRST:
            return f"{day.day} {month} {day.year}"
        return f"{month} {day.day}, {day.year}"
    if language == "de":
        return f"{day.day}. {month} {day.year}"
    if language in ("es", "pt"):
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"  # fr, it, nl


def format_amount(cents: int, market: Marketplace) -> str:
    """Money in the marketplace's currency format: "$1,234.56", "1.234,56 €"."""
    if "{cents}" not in market.currency:  # yen: no minor unit
        return market.currency.format(units=f"{cents:,}")
    units, rest = divmod(cents, 100)
    grouped = f"{units:,}"
    if "{units},{cents}" in market.currency:  # continental: 1.234,56
        grouped = grouped.replace(",", ".")
    return market.currency.format(units=grouped, cents=f"{rest:02d}")


def asin(rng: random.Random) -> str:
    """A plausible ASIN: ``B0`` and eight upper-case letters or digits."""
    return "B0" + "".join(rng.choices(string.ascii_uppercase + string.digits, k=8))


def order_id(rng: random.Random) -> str:
    """An order ID in Amazon's 3-7-7 digit form."""
    return f"{rng.randrange(100, 1000)}-{rng.randrange(10**6, 10**7)}-{rng.randrange(10**6, 10**7)}"


def slot_values(rng: random.Random, language: str, marketplace: str, when: date) -> dict[str, str]:
    """Every slot of ``classifiers.corpus.families.SLOTS`` filled for one rendered message."""
    market = marketplace_of(marketplace)
    asins = [asin(rng) for _ in range(rng.choice((1, 1, 2, 3, 4)))]
    return {
        "seller": rng.choice(_SELLERS),
        "asin": asins[0],
        "asins": ", ".join(asins),
        "order_id": order_id(rng),
        "case_id": str(rng.randrange(10**9, 10**11)),
        "complaint_id": str(rng.randrange(10**9, 10**10)),
        "date": format_date(when, language, market.code),
        "deadline": format_date(
            when + timedelta(days=rng.choice((3, 7, 14, 17, 30, 90))), language, market.code
        ),
        "marketplace": market.name,
        "domain": market.domain,
        "rights_owner": rng.choice(_OWNERS),
        "brand": rng.choice(_BRANDS),
        "product": rng.choice(_PRODUCTS.get(language, _PRODUCTS["en"])),
        "amount": format_amount(rng.randrange(1_500, 2_500_000), market),
        "link": f"https://{market.central}{rng.choice(_PATHS)}",
        "rate": f"{rng.uniform(1.05, 12.5):.2f}%".replace(".", "," if language in _COMMA else "."),
    }
