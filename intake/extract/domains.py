"""Which hosts belong to Amazon, and which only pretend to.

Both the marketplace extractor and the authenticity check ask the same two
questions about a host name, so the answers live here, once. A look-alike is
judged on the labels a sender chose, the host without its public suffix
(tldextract, from the suffix list shipped in the package: never downloaded,
never cached on disk), by edit distance with transpositions (rapidfuzz).
"""

from __future__ import annotations

import functools
import re
import threading
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from rapidfuzz.distance import OSA

if TYPE_CHECKING:
    import tldextract

#: Public top-level suffixes of Amazon's retail marketplaces (amazon.<suffix>).
MARKETPLACE_SUFFIXES: tuple[str, ...] = (
    "com",
    "ca",
    "com.mx",
    "com.br",
    "co.uk",
    "de",
    "fr",
    "it",
    "es",
    "nl",
    "se",
    "pl",
    "com.be",
    "ie",
    "com.tr",
    "eg",
    "sa",
    "ae",
    "in",
    "co.jp",
    "com.au",
    "sg",
    "cn",
    "co.za",
)

#: Short-link and sister hosts that Amazon uses in links but never as a notice sender.
AMAZON_LINK_HOSTS: frozenset[str] = frozenset(
    {"amzn.to", "amzn.com", "amzn.eu", "a.co", "aboutamazon.com", "amazon.jobs"}
)

#: Real Amazon infrastructure that is not a notice sender (mail relay, cloud hosting).
AMAZON_INFRASTRUCTURE: frozenset[str] = frozenset({"amazonses.com", "amazonaws.com"})

_LOOKALIKE_WORDS = ("amazon", "amzn", "sellercentral", "sellerperformance")
#: Words whose one-edit typos imitate Amazon ("amzaon", "selelrcentral"); "amzn" is too
#: short for that, one edit from many ordinary words.
_TYPO_WORDS = ("amazon", "sellercentral", "sellerperformance")
_HOMOGLYPHS = (("0", "o"), ("1", "l"), ("rn", "m"), ("vv", "w"), ("3", "e"), ("4", "a"))


#: ``amazon.<suffix>`` of every marketplace, the longest first (``amazon.co.uk`` before ``.uk``).
_MARKETPLACES_LONGEST_FIRST = tuple(
    f"amazon.{suffix}" for suffix in sorted(MARKETPLACE_SUFFIXES, key=len, reverse=True)
)


def amazon_marketplace(host: str) -> str | None:
    """The ``amazon.<suffix>`` that ``host`` belongs to, or None for any other host.

    ``sellercentral.amazon.co.uk`` -> ``amazon.co.uk``; ``amazon.com.evil.io`` -> None.
    """
    host = host.lower().rstrip(".")
    if "amazon." not in host:  # every marketplace domain holds it: most hosts end here
        return None
    for base in _MARKETPLACES_LONGEST_FIRST:
        if host == base or host.endswith("." + base):
            return base
    return None


def is_amazon_domain(host: str) -> bool:
    """True when ``host`` is an Amazon marketplace domain or one of its subdomains."""
    return amazon_marketplace(host) is not None


def is_amazon_link_host(host: str) -> bool:
    """True for hosts an Amazon link may point at: marketplaces plus Amazon's own other sites."""
    host = host.lower().rstrip(".")
    return is_amazon_domain(host) or any(
        host == base or host.endswith("." + base) for base in AMAZON_LINK_HOSTS
    )


def url_host(url: str) -> str:
    """The lower-case host of ``url`` ('' when it has none, e.g. ``mailto:``)."""
    if "://" not in url and not url.startswith("//"):
        url = "//" + url if re.match(r"^[\w.-]+\.[a-z]{2,}(?:[/:?#]|$)", url, re.I) else url
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def _is_infrastructure(host: str) -> bool:
    return any(host == base or host.endswith("." + base) for base in AMAZON_INFRASTRUCTURE)


_BUILDING = threading.Lock()


def _public_suffixes() -> tldextract.TLDExtract:
    """The splitter over the bundled public suffix list, built on first use (no I/O at import).

    Built once per process under a lock: tldextract builds its suffix trie (about 0.2 s
    of CPU) lazily and without one, so account threads judging their first senders at
    the same moment each built their own.
    """
    with _BUILDING:
        return _built_public_suffixes()


@functools.cache
def _built_public_suffixes() -> tldextract.TLDExtract:
    import tldextract  # loads the suffix list: only when a host is first judged

    splitter = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=())
    splitter("example.com")  # builds the trie now, under the caller's lock
    return splitter


def _chosen_labels(host: str) -> list[str]:
    """The words of ``host`` before its public suffix: ``a.amzaon.co.uk`` -> ``a``, ``amzaon``.

    None for a host without a public suffix (``sellercentra``, a link text cut short).
    """
    parts = _public_suffixes()(host)
    if not parts.suffix:  # no public suffix: nobody can register it (a cut-off link text)
        return []
    chosen = f"{parts.subdomain}.{parts.domain}"
    return [label for label in re.split(r"[.\-_]", chosen) if label]


def _one_typo_from(label: str, word: str) -> bool:
    """True when ``label`` is one insertion, deletion, substitution or swap away from ``word``."""
    return label != word and OSA.distance(label, word, score_cutoff=1) <= 1


def imitates_amazon(host: str) -> bool:
    """True when a non-Amazon ``host`` looks built to be mistaken for Amazon.

    Catches the word inside another domain (``amazon-seller-support.net``,
    ``amazon.com.security-check.io``), digit and letter swaps (``amaz0n``,
    ``arnazon``), one-letter typos and swaps (``amazom``, ``amzaon``, ``selelrcentral``)
    and punycode labels (``xn--``).
    """
    host = host.lower().rstrip(".")
    if not host or is_amazon_link_host(host) or _is_infrastructure(host):
        return False
    if any(label.startswith("xn--") for label in host.split(".")):
        return True
    folded = host
    for fake, real in _HOMOGLYPHS:
        folded = folded.replace(fake, real)
    if any(word in folded for word in _LOOKALIKE_WORDS):
        return True
    return any(
        _one_typo_from(label, word) for label in _chosen_labels(folded) for word in _TYPO_WORDS
    )


# "From: Amazon <seller-performance@amazon.com>" opening a forwarded block (quoted or not).
_FORWARDED_FROM = re.compile(
    r"^[ \t>]*\*?From:\*?[^\n@]*?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)", re.IGNORECASE | re.MULTILINE
)


def forwarded_amazon_sender(text: str) -> str | None:
    """The Amazon address on the "From:" line of a block forwarded in ``text``, if any."""
    for address in _FORWARDED_FROM.findall(text):
        if is_amazon_domain(address.rpartition("@")[2].lower()):
            return address
    return None
