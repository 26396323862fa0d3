"""Is this really Amazon? A verdict with the evidence, for mail that claims to be.

Phishing that imitates suspension notices is common and aimed at exactly the
people this tool serves. The verdict is "suspicious" when any rule finds
evidence, and each reason names that evidence in one sentence. Mail that does
not pretend to be Amazon (a supplier's invoice) is "ok": it is simply not an
Amazon notice, which the classifier decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import getaddresses
from enum import StrEnum
from typing import Any

from intake.extract.bounded import bounded
from intake.extract.domains import (
    forwarded_amazon_sender,
    imitates_amazon,
    is_amazon_domain,
    is_amazon_link_host,
    url_host,
)
from intake.extract.lures import off_platform_contact, possible_lures, secret_requests
from intake.extract.sentences import sentences
from intake.mail.notice import Link, Notice


class Verdict(StrEnum):
    """Whether mail is what it claims; members are the strings stored in ``authenticity``."""

    OK = "ok"
    SUSPICIOUS = "suspicious"


@dataclass(frozen=True)
class Authenticity:
    """``verdict`` is "ok" or "suspicious"; ``reasons`` say why, one short sentence each."""

    verdict: str
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """``{"verdict": "suspicious", "reasons": ["..."]}``."""
        return {"verdict": self.verdict, "reasons": list(self.reasons)}


_CLAIM_NAME = re.compile(r"amazon|seller\s*(?:performance|central|support)|account\s+health", re.I)
#: A signature line in Amazon's name ("Seller Performance Team", "Amazon.co.uk").
_AMAZON_SIGNATURE = re.compile(
    r"^\s*(?:the\s+)?(?:amazon(?:\.[a-z.]+)?\s+)?(?:seller\s+performance|account\s+health"
    r"|seller\s+support|amazon\s+services|seller\s+services|seller\s+central)"
    r"(?:\s+(?:team|support))?\s*$|^\s*amazon\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})\s*$",
    re.IGNORECASE | re.MULTILINE,
)
#: Amazon's voice: it acted on "your" account, or asks to verify it.
_AMAZON_VOICE = re.compile(
    r"\bwe\s+(?:have\s+)?(?:suspended|deactivated|removed|blocked|restricted|closed"
    r"|placed\s+a\s+hold)"
    r"|\byour\s+(?:amazon\s+)?(?:seller|selling|seller\s+central)\s+(?:account|privileges)"
    r"\s+(?:has|have|is|are|was|were|will|may)\b"
    r"|\bverify\s+your\s+(?:amazon|seller|selling)\b|\bdear\s+amazon\s+seller\b",
    re.IGNORECASE,
)
_FORWARDED = re.compile(
    r"^\s*(?:fwd?|fw|wg|tr|rv)\s*:|-{2,}\s*forwarded\s+message|begin\s+forwarded\s+message"
    r"|-{2,}\s*original\s+message",
    re.IGNORECASE | re.MULTILINE,
)
_GREETS_AMAZON = re.compile(
    r"^\s*(?:dear|hello|hi)\s+(?:amazon|seller\s+performance|seller\s+support|account\s+health)",
    re.IGNORECASE | re.MULTILINE,
)
_AMAZON_LOOKING_TEXT = re.compile(
    r"amazon|seller\s*central|account\s+health|seller\s+performance|appeal", re.I
)
_LOGIN_WORDS = re.compile(
    r"log\s*-?\s*in|sign\s*-?\s*in|verif(?:y|ication)"
    r"|password|confirm\s+(?:your\s+)?(?:account|identity)"
    r"|update\s+(?:your\s+)?(?:account|payment|billing|information)"
    r"|unlock|reactivat\w+|credentials",
    re.IGNORECASE,
)
_TEXT_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')\]]+", re.IGNORECASE)
_AUTH_FAIL = re.compile(r"\b(dkim|spf|dmarc)\s*=\s*(fail|softfail)\b", re.IGNORECASE)
_SPF_FAIL = re.compile(r"^\s*(fail|softfail)\b", re.IGNORECASE)


def claims_amazon(notice: Notice) -> bool:
    """True when the mail speaks as Amazon: sender name, an Amazon signature line, or Amazon's
    voice ("we have suspended your account"). Merely mentioning Amazon (a consultant's note,
    spam offering help) is not a claim.
    """
    own_text = "\n".join(line for line in notice.text.splitlines() if not line.startswith(">"))
    return bool(
        _CLAIM_NAME.search(notice.sender_name)
        or _AMAZON_SIGNATURE.search(own_text)
        or _AMAZON_VOICE.search(f"{notice.subject}\n{own_text}")
    )


def _written_to_amazon(notice: Notice) -> bool:
    """A seller's own mail to Amazon quotes Amazon's words without posing as Amazon."""
    return any(
        is_amazon_domain(address.rpartition("@")[2]) for address in notice.recipients
    ) or bool(_GREETS_AMAZON.search(notice.text))


def _sender_reasons(notice: Notice, claims: bool) -> list[str]:
    domain = notice.sender_domain
    if imitates_amazon(domain):
        return [f"sender domain {domain} imitates an Amazon domain"]
    if notice.sender_repaired and is_amazon_domain(domain):
        # A receiver's DMARC check finds no domain in a malformed From, so a forged one gets
        # through; Amazon's mailers never write one. The address is shown, never trusted.
        return [f"From header has no closing '>': its {domain} address proves nothing"]
    # Relayed Amazon words (a forward, the seller's own appeal) are not a claim to be Amazon,
    # but only when the body shows the relay: a "Fwd:" subject alone proves nothing, and a
    # sender calling itself "Seller Performance" is posing, whatever it forwards.
    forwarded = bool(_FORWARDED.search(notice.text) or forwarded_amazon_sender(notice.text))
    relayed = (forwarded or _written_to_amazon(notice)) and not _CLAIM_NAME.search(
        notice.sender_name
    )
    if claims and not relayed and not is_amazon_domain(domain):
        shown = domain or "(none)"
        return [
            f"sender domain {shown} is not an Amazon domain but the mail presents itself as Amazon"
        ]
    return []


def _auth_reasons(notice: Notice) -> list[str]:
    """Failed DKIM/SPF/DMARC results recorded for mail whose From is an Amazon domain."""
    domain = notice.sender_domain
    if not is_amazon_domain(domain):
        return []
    reasons = []
    for name, value in notice.headers:
        if name == "authentication-results":
            for method, result in _AUTH_FAIL.findall(value):
                reasons.append(
                    f"Authentication-Results reports {method.lower()}={result.lower()} for {domain}"
                )
        elif name == "received-spf" and (spf := _SPF_FAIL.match(value)):
            reasons.append(f"Received-SPF reports {spf.group(1).lower()} for {domain}")
    return list(dict.fromkeys(reasons))


def _reply_to_reasons(notice: Notice) -> list[str]:
    value = notice.header("reply-to")
    if not value:
        return []
    domains = [addr.rpartition("@")[2].lower() for _, addr in getaddresses([value]) if "@" in addr]
    return [f"Reply-To goes to non-Amazon domain {d}" for d in domains if not is_amazon_domain(d)]


def _link_reasons(link: Link) -> list[str]:
    host = url_host(link.href)
    if not host or is_amazon_link_host(host):
        return []
    if imitates_amazon(host):
        return [f"link to {host} imitates an Amazon domain"]
    shown_host = url_host(link.text.strip()) if "." in link.text else ""
    if (shown_host and is_amazon_link_host(shown_host)) or _AMAZON_LOOKING_TEXT.search(link.text):
        return [f'link text "{link.text.strip()[:60]}" points to non-Amazon host {host}']
    if _LOGIN_WORDS.search(link.text) or _LOGIN_WORDS.search(link.href):
        return [f"link to non-Amazon host {host} asks to log in or verify"]
    return []


def _text_url_reasons(notice: Notice) -> list[str]:
    """Bare URLs in the body (plain-text mail has no separate links)."""
    return [
        reason
        for match in _TEXT_URL.finditer(notice.text)
        for reason in _link_reasons(Link(href=match.group(0).rstrip(".,;:"), text=""))
    ]


# Link shorteners hide where a link goes; Amazon's own mail links to Amazon (amzn.to is Amazon's).
_SHORTENERS = frozenset({
    "bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "cutt.ly",
    "rb.gy", "shorturl.at", "rebrand.ly", "tiny.cc", "t.ly", "s.id", "bl.ink", "lnkd.in",
})  # fmt: skip


def _shortener_reasons(notice: Notice) -> list[str]:
    """Links through a URL shortener in mail that is, or claims to be, Amazon's."""
    hrefs = [link.href for link in notice.links]
    hrefs += [match.group(0) for match in _TEXT_URL.finditer(notice.text)]
    hosts = {url_host(href.rstrip(".,;:")).removeprefix("www.") for href in hrefs}
    return [
        f"link through the shortener {host} hides its real target"
        for host in sorted(hosts & _SHORTENERS)
    ]


def check_authenticity(notice: Notice) -> Authenticity:
    """Judge whether ``notice`` is Amazon mail or imitates it; "ok" when nothing is wrong.

    Reads the notice's analysed prefix (``bounded``), like the facts.
    """
    notice = bounded(notice)
    claims = claims_amazon(notice)
    amazon_context = claims or is_amazon_domain(notice.sender_domain)
    reasons = _sender_reasons(notice, claims) + _auth_reasons(notice)
    if amazon_context:
        reasons += _reply_to_reasons(notice) + _shortener_reasons(notice)
    reasons += [reason for link in notice.links for reason in _link_reasons(link)]
    reasons += _text_url_reasons(notice)
    secrets, contact = possible_lures(f"{notice.subject}\n{notice.text}".lower())
    contact = contact and amazon_context
    for sentence in sentences(notice) if secrets or contact else ():
        if secrets:
            reasons += secret_requests(sentence)
        if contact:
            reasons += off_platform_contact(sentence)
    unique = tuple(dict.fromkeys(reasons))
    return Authenticity(Verdict.SUSPICIOUS if unique else Verdict.OK, unique)
