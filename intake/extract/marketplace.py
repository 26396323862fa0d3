"""Which Amazon marketplace a notice concerns.

The sender domain is the strongest sign (``seller-performance@amazon.co.uk``);
then Seller Central links (their host, or the marketplace ID in the query);
then a marketplace named in the text. ``sellercentral-europe.amazon.com`` only
says "Europe", so it is resolved by the text when possible and otherwise
guessed as the UK store, the oldest European marketplace.
"""

from __future__ import annotations

import re

from intake.extract.domains import MARKETPLACE_SUFFIXES, amazon_marketplace, url_host
from intake.extract.ids import MARKETPLACE_IDS
from intake.mail.notice import Notice

_EUROPE_HOST = re.compile(r"^sellercentral-europe\.amazon\.com$")
_EUROPE_GUESS = "amazon.co.uk"
_EUROPEAN = frozenset(
    f"amazon.{suffix}"
    for suffix in ("co.uk", "de", "fr", "it", "es", "nl", "se", "pl", "com.be", "ie", "com.tr")
)
_SUFFIXES = "|".join(
    re.escape(suffix) for suffix in sorted(MARKETPLACE_SUFFIXES, key=len, reverse=True)
)
_TEXT_MENTION = re.compile(
    rf"(?<![\w@.-])(?:www\.|sellercentral\.)?(amazon\.(?:{_SUFFIXES}))(?![\w-]|\.\w)", re.I
)
_MARKETPLACE_ID = re.compile(r"\b(" + "|".join(MARKETPLACE_IDS) + r")\b")


def _from_text(text: str) -> str | None:
    mention = _TEXT_MENTION.search(text)
    return mention.group(1).lower() if mention else None


def _from_links(notice: Notice) -> tuple[str | None, bool]:
    """The marketplace the links point at, and whether a Europe-wide link was seen."""
    europe = False
    for link in notice.links:
        marketplace_id = _MARKETPLACE_ID.search(link.href)
        if marketplace_id:
            return MARKETPLACE_IDS[marketplace_id.group(1)], europe
        host = url_host(link.href)
        if _EUROPE_HOST.match(host):
            europe = True
            continue
        found = amazon_marketplace(host)
        if found and host.startswith("sellercentral"):
            return found, europe
    return None, europe


def marketplace(notice: Notice) -> str | None:
    """``"amazon.co.uk"``-style marketplace from sender, links or text, else None."""
    from_sender = amazon_marketplace(notice.sender_domain)
    if from_sender:
        return from_sender
    from_links, europe = _from_links(notice)
    if from_links:
        return from_links
    mentioned = _from_text(f"{notice.subject}\n{notice.text}")
    if europe or "sellercentral-europe.amazon.com" in notice.text.lower():
        return mentioned if mentioned in _EUROPEAN else _EUROPE_GUESS
    return mentioned
