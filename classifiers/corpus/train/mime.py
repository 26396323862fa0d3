"""Turning a written letter into real RFC 822 bytes: plain text, HTML, alternatives, attachments.

A family writes a ``Letter`` (who, subject, paragraphs); this module decides, from the
scene's generator, how the mail client shows it, so every label appears in every form.
Output is byte-stable: fixed boundaries, fixed Message-IDs, ``\\n`` line endings.
"""

from __future__ import annotations

import html
import re
import textwrap
from dataclasses import dataclass, field
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime
from io import BytesIO

from .variety import Scene, local_line

POLICY = policy.default.clone(linesep="\n", max_line_length=78)


@dataclass(frozen=True)
class Bullets:
    """A bulleted list in a letter."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """Label/value rows (ASIN tables, metric tables)."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Heading:
    """A section heading such as "Why did this happen?"."""

    text: str


Block = str | Bullets | Table | Heading


def compact(scene: Scene, *blocks: Block | None) -> tuple[Block, ...]:
    """Drop absent or empty optional blocks, and now and then add a local-language line."""
    extra = local_line(scene)
    return tuple(b for b in (*blocks, extra) if b)


@dataclass(frozen=True)
class Letter:
    """One written message before it becomes MIME: envelope, greeting, blocks, sign-off."""

    sender: str
    to: str
    subject: str
    blocks: tuple[Block, ...]
    greeting: str | None = None
    closing: tuple[str, ...] = ()
    attachments: tuple[tuple[str, bytes], ...] = field(default=())
    history: str = ""  # quoted or forwarded text below the letter, already formatted
    charset: str = "utf-8"  # older European templates still send ISO-8859-1 or Windows-1252


@dataclass(frozen=True)
class TextStyle:
    """How a template prints lists and headings, and whether it wraps lines."""

    bullet: str
    heading: str  # "plain", "upper", "rule"
    wrap: int | None


def text_style(scene: Scene) -> TextStyle:
    """Pick a plain-text layout."""
    r = scene.rng
    return TextStyle(
        r.choice(("*", "-", "•", "1.")),
        r.choice(("plain", "upper", "rule")),
        r.choice((None, None, 72, 76)),
    )


def _wrap(text: str, width: int | None) -> str:
    if width is None:
        return text
    lines = (
        textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False) if line else ""
        for line in text.split("\n")
    )
    return "\n".join(lines)


def _block_text(block: Block, style: TextStyle) -> str:
    if isinstance(block, Heading):
        if style.heading == "upper":
            return block.text.upper()
        if style.heading == "rule":
            return f"--- {block.text} ---"
        return block.text
    if isinstance(block, Bullets):
        marks = [f"{n}." if style.bullet == "1." else style.bullet for n in range(1, 99)]
        return "\n".join(f"{marks[i]} {item}" for i, item in enumerate(block.items))
    if isinstance(block, Table):
        return "\n".join(f"{k}: {v}" if k else v for k, v in block.rows)
    return _wrap(block, style.wrap)


def letter_text(letter: Letter, style: TextStyle) -> str:
    """The letter as a plain-text body (without quoted history)."""
    parts = [letter.greeting] if letter.greeting else []
    parts += [_block_text(block, style) for block in letter.blocks]
    if letter.closing:
        parts.append("\n".join(letter.closing))
    return "\n\n".join(parts) + "\n"


_URL = re.compile(r"https?://[^\s<>\"]+")


def _inline(text: str) -> str:
    escaped = html.escape(text, quote=False)
    linked = _URL.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', escaped)
    return linked.replace("\n", "<br>\n")


def _block_html(block: Block) -> str:
    if isinstance(block, Heading):
        return f"<h3>{_inline(block.text)}</h3>"
    if isinstance(block, Bullets):
        return "<ul>" + "".join(f"<li>{_inline(i)}</li>" for i in block.items) + "</ul>"
    if isinstance(block, Table):
        rows = "".join(
            f"<tr><td><b>{_inline(k)}</b></td><td>{_inline(v)}</td></tr>" for k, v in block.rows
        )
        return f'<table border="1" cellpadding="4" style="border-collapse:collapse">{rows}</table>'
    return f"<p>{_inline(block)}</p>"


_WRAPPERS = (
    "<html><body>\n{body}\n</body></html>\n",
    '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><style>body{{font-family:Arial,'
    "sans-serif;font-size:14px;color:#111}} td{{padding:4px}}</style></head>\n<body>\n"
    '<table width="600" align="center" cellspacing="0"><tr><td style="background:#232f3e;'
    'color:#fff;padding:10px">{brand} Seller Central</td></tr>\n<tr><td>\n{body}\n</td></tr>\n'
    '<tr><td style="font-size:11px;color:#777">This message was sent from an address that '
    "does not accept replies. {brand}</td></tr></table>\n</body></html>\n",
    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
    '<body><div style="font-family:Verdana;font-size:13px;max-width:640px">\n{body}\n</div>'
    "</body></html>\n",
)


def letter_html(letter: Letter, scene: Scene, history: str = "") -> str:
    """The letter as an HTML page in one of several wrappers, history as a blockquote."""
    parts = [f"<p>{_inline(letter.greeting)}</p>"] if letter.greeting else []
    parts += [_block_html(block) for block in letter.blocks]
    if letter.closing:
        parts.append("<p>" + "<br>\n".join(_inline(x) for x in letter.closing) + "</p>")
    if history:
        parts.append(
            '<div class="quote"><blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
            f'padding-left:1ex">{_inline(history)}</blockquote></div>'
        )
    wrapper = scene.rng.choice(_WRAPPERS)
    return wrapper.format(body="\n".join(parts), brand=html.escape(scene.market.brand))


def message_id(scene: Scene, domain: str) -> str:
    """A Message-ID drawn from the scene's generator (``make_msgid`` is random, so not used)."""
    r = scene.rng
    stamp = f"{r.getrandbits(64):016x}.{r.getrandbits(32):08x}"
    return f"<{stamp}@{domain}>"


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].strip(">").strip() or "example.com"


def _fits(text: str, letter: Letter) -> str:
    """The letter's charset if it can carry the text, else UTF-8 (as mailers fall back)."""
    try:
        text.encode(letter.charset)
    except UnicodeEncodeError:
        return "utf-8"
    return letter.charset


def _recode(page: str, charset: str) -> str:
    """Make an HTML page's own charset declaration agree with the MIME header."""
    return page.replace("charset=utf-8", f"charset={charset}").replace(
        'charset="utf-8"', f'charset="{charset}"'
    )


def build_message(letter: Letter, scene: Scene, form: str) -> EmailMessage:
    """Assemble headers and body in the given form: "text", "html" or "alternative"."""
    history = letter.history
    msg = EmailMessage(policy=POLICY)
    msg["From"] = letter.sender
    msg["To"] = letter.to
    msg["Subject"] = letter.subject
    msg["Date"] = format_datetime(scene.when)
    msg["Message-ID"] = message_id(scene, _domain(letter.sender))
    msg["MIME-Version"] = "1.0"
    text = letter_text(letter, text_style(scene)) + (f"\n{history}" if history else "")
    if form == "html":
        page = letter_html(letter, scene, history)
        fit = _fits(page, letter)
        msg.set_content(_recode(page, fit), subtype="html", charset=fit)
    else:
        msg.set_content(text, charset=_fits(text, letter))
        if form == "alternative":
            page = letter_html(letter, scene, history)
            fit = _fits(page, letter)
            msg.add_alternative(_recode(page, fit), subtype="html", charset=fit)
    for name, payload in letter.attachments:
        maintype, subtype = ("application", "pdf") if name.endswith(".pdf") else ("text", "plain")
        if maintype == "text":
            msg.add_attachment(payload.decode("utf-8"), filename=name)
        else:
            msg.add_attachment(payload, maintype=maintype, subtype=subtype, filename=name)
    return msg


def to_bytes(msg: EmailMessage, scene: Scene) -> bytes:
    """Serialise with fixed multipart boundaries so two runs give the same bytes."""
    for n, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"==intake_{n}_{scene.rng.getrandbits(40):010x}==")
    buffer = BytesIO()
    BytesGenerator(buffer, policy=POLICY).flatten(msg)
    return buffer.getvalue()


def fake_pdf(title: str) -> bytes:
    """A tiny PDF-looking payload: enough to look like an invoice attachment."""
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        + f"% {title}\n".encode("ascii", "replace")
        + b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )
