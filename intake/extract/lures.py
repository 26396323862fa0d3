"""What phishing asks for that Amazon never does: secrets, gift cards, contact off-platform.

Each check reads one sentence at a time and returns short reasons. Sentences
that say what Amazon will *not* ask ("Amazon will never ask for your
password") are warnings, not lures, and are skipped.
"""

from __future__ import annotations

import re

from intake.extract.screen import Screen, Screened, required

_NEGATED = re.compile(r"\b(?:never|not|don'?t|won'?t|cannot|can'?t|no\s+one)\b", re.IGNORECASE)
_ASK = r"(?:enter|provide|send|confirm|verify|reply|share|type|update|submit|give|tell|re-?enter)"
_SECRETS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern, re.IGNORECASE))
    for reason, pattern in (
        (
            "asks for a password or login code",
            rf"\b{_ASK}\b.{{0,60}}\b(?:password|passcode|one[\s-]time\s+(?:code|password)|OTP"
            r"|two[\s-]step\s+(?:verification\s+)?code|2SV\s+code|login\s+(?:details|credentials))",
        ),
        (
            "asks for a card number",
            rf"\b{_ASK}\b.{{0,60}}(?:(?:credit|debit)\s+card\s+(?:number|details|information)"
            r"|\bcard\s+number|\bCVV\b|\bCVC\b|card\s+security\s+code)",
        ),
        (
            "asks for bank login details",
            rf"\b{_ASK}\b.{{0,60}}\b(?:online\s+)?bank(?:ing)?\s+(?:login|log-in|credentials"
            r"|user\s*name|password|PIN)\b",
        ),
        (
            "asks for payment in gift cards",
            r"\b(?:buy|purchase|pay|send|redeem|provide)\b.{0,60}\b(?:gift\s*cards?|iTunes\s+cards?"
            r"|Google\s+Play\s+cards?|Steam\s+cards?|gift\s+card\s+codes?)\b",
        ),
    )
)
_CHAT_APPS = re.compile(r"\b(WhatsApp|Telegram|WeChat|Viber|Signal\s+app|Skype|Line\s+app)\b", re.I)
_WEBMAIL = re.compile(
    r"\b[\w.+-]+@(?:gmail|googlemail|outlook|hotmail|live|yahoo|ymail|aol|protonmail|proton"
    r"|icloud|gmx|mail|yandex|qq|163|126)\.[a-z.]{2,6}\b",
    re.IGNORECASE,
)
_WRITE_ASK = re.compile(
    r"\b(?:contact|e-?mail|write|reach|send|reply|message|forward|submit)\b", re.IGNORECASE
)
_ADDRESS_LINE = re.compile(
    r"^\s*(?:from|to|cc|bcc|reply-to|sent|von|an|de|à|para)\s*:|\bwrote\s*:|\bschrieb\b",
    re.IGNORECASE,
)
_PHONE_ASK = re.compile(r"\b(?:call|phone|dial|ring|text|contact|reach)\b", re.IGNORECASE)
_PHONE = re.compile(r"(?<![\w-])\+?\(?\d[\d ().-]{7,}\d(?![\w-])")
_NOT_A_PHONE = re.compile(
    r"\d{3}-\d{7}-\d{7}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d+"
)
_DIGIT = re.compile(r"\d")
_THIRD_PARTY = re.compile(r"\b(?:rights?\s+owner|brand\s+owner|complainant)\b", re.IGNORECASE)


# What a whole notice must contain for any sentence of it to give a reason: checked once per
# notice (one scan), so the per-sentence rules run only on mail that could trip them.
_SECRET_NEEDS = [
    Screened(pattern, required(pattern.pattern, pattern.flags)) for _, pattern in _SECRETS
]
_CONTACT_NEEDS = [
    Screened(pattern, required(pattern.pattern, pattern.flags))
    for pattern in (_CHAT_APPS, _WEBMAIL, _PHONE_ASK)
]
_SCREEN = Screen([screened.need for screened in (*_SECRET_NEEDS, *_CONTACT_NEEDS)])


def possible_lures(lowered: str) -> tuple[bool, bool]:
    """Whether a text (lower-cased) may ask for secrets, and may send the seller off-platform.

    False means ``secret_requests`` (or ``off_platform_contact``) finds nothing in any of
    its sentences, so the caller can skip them.
    """
    found = _SCREEN.words_in(lowered)
    secrets = any(screened.may_match(found) for screened in _SECRET_NEEDS)
    chat, webmail, phone = (screened.may_match(found) for screened in _CONTACT_NEEDS)
    return secrets, chat or webmail or (phone and _DIGIT.search(lowered) is not None)


def _looks_like_phone(number: str) -> bool:
    """Phone-shaped: 8+ digits, a + or separators, and not an order ID, a date or a bare ID."""
    return sum(ch.isdigit() for ch in number) >= 8 and not _NOT_A_PHONE.fullmatch(number)


def secret_requests(sentence: str) -> list[str]:
    """Reasons for each secret a sentence asks for (password, card, bank login, gift cards)."""
    if _NEGATED.search(sentence):
        return []
    return [reason for reason, pattern in _SECRETS if pattern.search(sentence)]


def off_platform_contact(sentence: str) -> list[str]:
    """Reasons when a sentence sends the seller to a chat app, a webmail address or a phone.

    Contact details of a rights owner are part of real IP notices and are skipped, and so are
    address lines of forwarded or quoted mail ("To: shop@gmail.com", "... wrote:").
    """
    if _THIRD_PARTY.search(sentence):
        return []
    reasons = [f"asks for contact via {m.group(1)}" for m in _CHAT_APPS.finditer(sentence)]
    if _WRITE_ASK.search(sentence) and not _ADDRESS_LINE.search(sentence):
        reasons += [
            f"asks to write to personal address {m.group(0)}" for m in _WEBMAIL.finditer(sentence)
        ]
    if _PHONE_ASK.search(sentence) and not _NEGATED.search(sentence):
        for match in _PHONE.finditer(sentence):
            number = match.group(0).strip()
            if _looks_like_phone(number):
                reasons.append(f"asks to call phone number {number} outside Seller Central")
    return reasons
