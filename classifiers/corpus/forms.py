"""The forms real mail arrives in, applied to a rendered letter to make RFC 822 bytes.

Sellers and consultants rarely see a notice as Amazon sent it: it comes as HTML
only, forwarded by the seller with a line above it, with the seller's earlier
appeal quoted below, with links cut by a mail client or a forum copy, cut short,
or forwarded with a note that the seller translated it. ``FORMS`` catalogues
them (``FAMILIES.md`` prints it); a variant has one *shape* and may carry
*modifiers*. The label never changes with the form: a forwarded suspension is
still about a suspension. Output is byte-stable: fixed boundaries and IDs.
"""

from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass, replace
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime
from io import BytesIO

from .forms_text import COMMENTS, EARLIER_MESSAGES, TRANSLATION_NOTES
from .render import Letter

POLICY = policy.default.clone(linesep="\n", max_line_length=78)


@dataclass(frozen=True)
class Form:
    """One way mail arrives: ``kind`` is "shape" (exactly one) or "modifier" (optional)."""

    name: str
    kind: str
    description: str


FORMS: tuple[Form, ...] = (
    Form("plain", "shape", "Plain text, as Amazon's notification system sends most notices."),
    Form("html", "shape", "HTML only, no text part: the Seller Central wrapper with a header "
         "bar, headings in bold and lists as bullets; links are anchors."),
    Form("alternative", "shape", "multipart/alternative: a text part and an HTML part."),
    Form("forwarded", "shape", "Forwarded by the seller to a consultant: a short comment above "
         "a 'Forwarded message' block carrying Amazon's From, Date, Subject and To lines."),
    Form("quoted", "shape", "Amazon's answer on top and the seller's earlier message quoted "
         "below it with '>' marks after an 'On <date>, <name> wrote:' line."),
    Form("translated", "shape", "Forwarded with a note that the seller ran the notice through "
         "a translator (the notice itself stays in its language)."),
    Form("mangled-links", "modifier", "Links cut the way forum copies and mail filters cut "
         "them: 'https://sellercentral.amazon.c ... 0560', safe-link wrappers, '[link removed]'."),
    Form("cut-short", "modifier", "Cut short: only the first part of the notice, often "
         "mid-sentence, as pasted into a forum or clipped by a phone client."),
    Form("legacy-charset", "modifier", "European-language mail in ISO-8859-1 or Windows-1252 "
         "instead of UTF-8, as older templates and mail clients still send it."),
    Form("attachment", "modifier", "A PDF attached (an invoice, a plan of action, a "
         "notice saved as PDF) beside the text."),
)  # fmt: skip
SHAPES: tuple[str, ...] = tuple(f.name for f in FORMS if f.kind == "shape")


def choose_forms(rng: random.Random, index: int, order: list[str]) -> tuple[str, ...]:
    """The forms of variant ``index``: shapes in ``order`` turn by turn, modifiers at random."""
    forms = [order[index % len(order)]]
    if rng.random() < 0.2:
        forms.append("mangled-links")
    if rng.random() < 0.12:
        forms.append("cut-short")
    if rng.random() < 0.3:
        forms.append("legacy-charset")
    if rng.random() < 0.06:
        forms.append("attachment")
    return tuple(forms)


def message_bytes(letter: Letter, forms: tuple[str, ...], rng: random.Random) -> bytes:
    """The letter as RFC 822 bytes in the given forms."""
    if "cut-short" in forms:
        letter = _cut_short(letter, rng)
    text = "\n\n".join(letter.paragraphs) + "\n"
    if "mangled-links" in forms:
        text = _mangle_links(text, rng)
    shape = forms[0]
    if shape in ("forwarded", "translated"):
        return _forwarded(letter, text, forms, rng)
    if shape == "quoted":
        text += "\n" + _quoted_history(letter, rng)
    msg = _headers(letter.sender, letter.recipient, letter.subject, letter, rng)
    charset = _charset(letter, forms, text, rng)
    if shape == "html":
        msg.set_content(_page(text, rng), subtype="html", charset=charset)
    else:
        msg.set_content(text, charset=charset)
        if shape == "alternative":
            msg.add_alternative(_page(text, rng), subtype="html", charset=charset)
    _attach(msg, forms, letter)
    return _to_bytes(msg, rng)


_LATIN = {"de", "fr", "es", "it", "pt", "nl"}


def _charset(letter: Letter, forms: tuple[str, ...], text: str, rng: random.Random) -> str:
    """UTF-8, or a legacy single-byte charset for European mail that fits in it."""
    if "legacy-charset" not in forms or letter.language not in _LATIN:
        return "utf-8"
    legacy = rng.choice(("iso-8859-1", "windows-1252"))
    try:
        text.encode(legacy)
    except UnicodeEncodeError:
        return "utf-8"
    return legacy


def _attach(msg: EmailMessage, forms: tuple[str, ...], letter: Letter) -> None:
    if "attachment" in forms:
        name = "plan-of-action.pdf" if letter.label == "other" else f"notice-{letter.family}.pdf"
        msg.add_attachment(
            _fake_pdf(letter.subject), maintype="application", subtype="pdf", filename=name
        )


def _fake_pdf(title: str) -> bytes:
    """A tiny PDF-looking payload, enough to look like an attached document."""
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        + f"% {title}\n".encode("ascii", "replace")
        + b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )


def _headers(
    sender: str, to: str, subject: str, letter: Letter, rng: random.Random
) -> EmailMessage:
    msg = EmailMessage(policy=POLICY)
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(letter.when)
    domain = sender.rsplit("@", 1)[-1].strip("> ") or "example.com"
    msg["Message-ID"] = f"<{rng.getrandbits(64):016x}.{rng.getrandbits(32):08x}@{domain}>"
    msg["MIME-Version"] = "1.0"
    return msg


def _forwarded(letter: Letter, text: str, forms: tuple[str, ...], rng: random.Random) -> bytes:
    """The seller forwards the notice to a consultant, a comment (or a translation note) above."""
    notes = TRANSLATION_NOTES if forms[0] == "translated" else COMMENTS
    comment = rng.choice(notes.get(letter.language, notes["en"]) + notes["en"])
    original = (
        f"From: {letter.sender}\nDate: {format_datetime(letter.when)}\n"
        f"Subject: {letter.subject}\nTo: {letter.recipient}\n"
    )
    marker = rng.choice(("---------- Forwarded message ---------", "Begin forwarded message:"))
    body = f"{comment}\n\n{marker}\n{original}\n{text}"
    consultant = rng.choice(("cases@appealdesk.example", "team@sellerrescue.example"))
    msg = _headers(letter.recipient, consultant, f"Fwd: {letter.subject}", letter, rng)
    msg.set_content(body, charset=_charset(letter, forms, body, rng))
    _attach(msg, forms, letter)
    return _to_bytes(msg, rng)


def _quoted_history(letter: Letter, rng: random.Random) -> str:
    earlier = rng.choice(EARLIER_MESSAGES).format(seller=letter.seller)
    quoted = "\n".join(f"> {line}" if line else ">" for line in earlier.split("\n"))
    wrote = f"On {format_datetime(letter.when)}, {letter.seller} <{letter.recipient}> wrote:"
    return f"{wrote}\n{quoted}\n"


_URL = re.compile(r"https?://[^\s<>\"]+")


def _mangle_links(text: str, rng: random.Random) -> str:
    def mangle(match: re.Match[str]) -> str:
        url = match.group(0)
        style = rng.randrange(3)
        if style == 0 and len(url) > 30:
            return f"{url[:28]} ... {url[-4:]}"
        if style == 1:
            wrapped = url.replace(":", "%3A").replace("/", "%2F")
            return f"https://eur02.safelinks.protection.outlook.com/?url={wrapped}&reserved=0"
        return "[link removed]"

    return _URL.sub(mangle, text)


def _cut_short(letter: Letter, rng: random.Random) -> Letter:
    """Keep the first part of the letter (at least three paragraphs), maybe mid-sentence."""
    count = len(letter.paragraphs)
    keep = max(min(3, count), round(count * rng.uniform(0.45, 0.75)))
    kept = list(letter.paragraphs[:keep])
    last = kept[-1]
    if len(last) > 60 and rng.random() < 0.5:
        kept[-1] = last[: rng.randrange(30, len(last) - 10)].rstrip() + "..."
    return replace(letter, paragraphs=tuple(kept))


_LIST_ITEM = re.compile(r"^\s*(--|-|•|\*|\d+\.)\s+")


def _page(text: str, rng: random.Random) -> str:
    """The text as an HTML page: headings bold, list lines as bullets, URLs as anchors."""
    parts = []
    for paragraph in text.strip().split("\n\n"):
        lines = paragraph.split("\n")
        if all(_LIST_ITEM.match(line) for line in lines):
            items = "".join(f"<li>{_inline(_LIST_ITEM.sub('', line))}</li>" for line in lines)
            parts.append(f"<ul>{items}</ul>")
        elif len(lines) == 1 and len(paragraph) < 90 and paragraph.rstrip().endswith(("?", ":")):
            parts.append(f"<p><b>{_inline(paragraph)}</b></p>")
        else:
            parts.append("<p>" + "<br>\n".join(_inline(line) for line in lines) + "</p>")
    body = "\n".join(parts)
    return rng.choice(_WRAPPERS).format(body=body)


def _inline(text: str) -> str:
    escaped = html.escape(text, quote=False)
    return _URL.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', escaped)


_WRAPPERS = (
    "<html><body>\n{body}\n</body></html>\n",
    '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><style>body{{font-family:Arial,'
    'sans-serif;font-size:14px}}</style></head>\n<body>\n<table width="600" align="center">'
    '<tr><td style="background:#232f3e;color:#fff;padding:10px">Seller Central</td></tr>\n'
    "<tr><td>\n{body}\n</td></tr></table>\n</body></html>\n",
    '<html><body><div style="font-family:Verdana;font-size:13px;max-width:640px">\n{body}\n'
    "</div></body></html>\n",
)


def _to_bytes(msg: EmailMessage, rng: random.Random) -> bytes:
    """Serialise with fixed multipart boundaries so two runs give the same bytes."""
    for n, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"==intake_{n}_{rng.getrandbits(40):010x}==")
    buffer = BytesIO()
    BytesGenerator(buffer, policy=POLICY).flatten(msg)
    return buffer.getvalue()
