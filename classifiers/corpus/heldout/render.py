"""Turn a family's structured body into a real RFC 822 message (plain, HTML or both).

Families describe *what* a notice says as blocks (paragraphs, headings, bullet lists,
links, quoted history, a forwarded notice); this module decides *how* it looks, so the
same wording can arrive as plain text, as an HTML-only card or as multipart/alternative.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from typing import Literal

Layout = Literal["plain", "html", "alt"]
Style = Literal["simple", "card", "table"]


@dataclass(frozen=True)
class Heading:
    """A short title line (a card header, a section name)."""

    text: str


@dataclass(frozen=True)
class Bullets:
    """A checklist or list of items; numbered lists read as steps."""

    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Link:
    """A Seller Central link: a button in HTML, ``label: url`` in plain text."""

    label: str
    url: str


@dataclass(frozen=True)
class Quote:
    """Earlier mail quoted below the newest text (``On ..., X wrote:`` then ``>`` lines)."""

    intro: str
    blocks: tuple[Block, ...]
    outlook: bool = False


@dataclass(frozen=True)
class Forwarded:
    """A whole notice forwarded by a seller or consultant, with its original headers."""

    headers: tuple[tuple[str, str], ...]
    blocks: tuple[Block, ...]


Block = str | Heading | Bullets | Link | Quote | Forwarded


@dataclass(frozen=True)
class Body:
    """What one message says and how it is dressed; the label comes from the newest text."""

    family: str
    sender: str
    sender_name: str
    subject: str
    blocks: tuple[Block, ...]
    layout: Layout = "plain"
    style: Style = "simple"
    recipient: str | None = None
    charset: str = "utf-8"


def _text_block(block: Block) -> str:
    if isinstance(block, str):
        return block
    if isinstance(block, Heading):
        return block.text.upper() if len(block.text) < 40 else block.text
    if isinstance(block, Bullets):
        marks = [f"{n}. " if block.numbered else "* " for n in range(1, len(block.items) + 1)]
        return "\n".join(mark + item for mark, item in zip(marks, block.items, strict=True))
    if isinstance(block, Link):
        return f"{block.label}: {block.url}"
    if isinstance(block, Quote):
        inner = render_text(block.blocks)
        if block.outlook:
            return f"-----Original Message-----\n{block.intro}\n\n{inner}".rstrip("\n")
        quoted = "\n".join(("> " + line).rstrip() for line in inner.splitlines())
        return f"{block.intro}\n\n{quoted}"
    head = "\n".join(f"{name}: {value}" for name, value in block.headers)
    return f"---------- Forwarded message ---------\n{head}\n\n{render_text(block.blocks)}"


def render_text(blocks: tuple[Block, ...]) -> str:
    """Plain-text rendering: blocks separated by one blank line, ending in a newline."""
    return "\n\n".join(_text_block(block) for block in blocks) + "\n"


def _html_block(block: Block, style: Style) -> str:
    esc = html.escape
    if isinstance(block, str):
        return "<p>" + esc(block).replace("\n", "<br>\n") + "</p>"
    if isinstance(block, Heading):
        tag = "h2" if style == "card" else "h3"
        return f"<{tag}>{esc(block.text)}</{tag}>"
    if isinstance(block, Bullets):
        tag = "ol" if block.numbered else "ul"
        items = "".join(f"<li>{esc(item)}</li>" for item in block.items)
        return f"<{tag}>{items}</{tag}>"
    if isinstance(block, Link):
        if style == "card":
            return (
                f'<p><a href="{esc(block.url)}" style="background:#ff9900;color:#111;'
                f'padding:8px 14px;text-decoration:none">{esc(block.label)}</a></p>'
            )
        return f'<p><a href="{esc(block.url)}">{esc(block.label)}</a></p>'
    if isinstance(block, Quote):
        inner = render_html_blocks(block.blocks, "simple")
        intro = esc(block.intro).replace("\n", "<br>")
        if block.outlook:
            return f"<hr>\n<p>{intro}</p>\n<div>{inner}</div>"
        return f'<p>{intro}</p>\n<blockquote type="cite">{inner}</blockquote>'
    head = "<br>".join(f"{esc(name)}: {esc(value)}" for name, value in block.headers)
    inner = render_html_blocks(block.blocks, "simple")
    return f"<div>---------- Forwarded message ---------<br>{head}<br><br>{inner}</div>"


def render_html_blocks(blocks: tuple[Block, ...], style: Style) -> str:
    """The blocks as HTML fragments, one per line."""
    return "\n".join(_html_block(block, style) for block in blocks)


def render_html(body: Body) -> str:
    """A full HTML document in one of three wrappers: bare, Account Health card, table."""
    inner = render_html_blocks(body.blocks, body.style)
    if body.style == "card":
        inner = (
            '<div style="max-width:600px;border:1px solid #d5d9d9;border-radius:8px;'
            'padding:16px;font-family:Arial,sans-serif">\n' + inner + "\n</div>"
        )
    elif body.style == "table":
        inner = (
            '<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>'
            '<td style="background:#232f3e;color:#fff;padding:10px">'
            f'{html.escape(body.sender_name)}</td></tr>\n<tr><td style="padding:12px">\n'
            + inner
            + "\n</td></tr></table>"
        )
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="{body.charset}"></head>\n<body>\n'
        + inner
        + "\n</body></html>\n"
    )


def build_message(
    body: Body, *, default_to: str, date: str, message_id: str, boundary: str
) -> EmailMessage:
    """An EmailMessage with the usual headers and a deterministic MIME boundary."""
    msg = EmailMessage()
    msg["From"] = formataddr((body.sender_name, body.sender))
    msg["To"] = body.recipient or default_to
    msg["Subject"] = body.subject
    msg["Date"] = date
    msg["Message-ID"] = message_id
    msg["MIME-Version"] = "1.0"
    if body.layout == "html":
        msg.set_content(render_html(body), subtype="html", charset=body.charset)
    else:
        msg.set_content(render_text(body.blocks), charset=body.charset)
        if body.layout == "alt":
            msg.add_alternative(render_html(body), subtype="html", charset=body.charset)
            msg.set_boundary(boundary)
    return msg


def with_history(
    body: Body, earlier: Body, earlier_date: str, *, re_subject: bool, outlook: bool = False
) -> Body:
    """The same body with an earlier message quoted below it (newest text stays on top).

    Gmail style quotes with ``On ..., X wrote:`` and ``>`` lines; Outlook style puts an
    ``-----Original Message-----`` header block above the unquoted earlier text.
    """
    sender = formataddr((earlier.sender_name, earlier.sender))
    if outlook:
        intro = f"From: {sender}\nSent: {earlier_date}\nSubject: {earlier.subject}"
    else:
        intro = f"On {earlier_date}, {sender} wrote:"
    subject = "RE: " + earlier.subject if re_subject else body.subject
    quote = Quote(intro, earlier.blocks, outlook)
    return replace(body, subject=subject, blocks=body.blocks + (quote,))


def as_forward(
    original: Body,
    *,
    note: tuple[Block, ...],
    sender: tuple[str, str],
    to: str,
    original_to: str,
    date: str,
) -> Body:
    """A seller or consultant forwarding ``original``; the label stays the original's."""
    headers = (
        ("From", formataddr((original.sender_name, original.sender))),
        ("Date", date),
        ("Subject", original.subject),
        ("To", original.recipient or original_to),
    )
    return Body(
        family=original.family,
        sender=sender[1],
        sender_name=sender[0],
        subject="Fwd: " + original.subject,
        blocks=note + (Forwarded(headers, original.blocks),),
        layout="plain" if original.layout == "plain" else "alt",
        style="simple",
        recipient=to,
        charset=original.charset,
    )


def date_header(moment: datetime) -> str:
    """RFC 2822 date text for a timezone-aware datetime."""
    return format_datetime(moment)
