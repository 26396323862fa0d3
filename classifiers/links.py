"""The links of an HTML body, as ``render_html`` finds them, without parsing all of it.

Plain-text mail with an HTML alternative needs only the HTML's links (their real
targets are what the phishing checks read); rendering the whole document with
``html.parser`` for them was 0.19-0.25 ms of CPU per such message on the
benchmark mailbox, 30% of parsing a message, most of it spent on tags nowhere
near a link.

``html_links`` gives exactly ``render_html(html).links``: it checks that the
document is plain markup on which every version of ``html.parser`` agrees
(data without ``<``, tags without ``<`` or ``>`` in attribute values, a
doctype, comments holding none of ``<``, ``>`` and ``-``, and script, style
and the like holding no ``<``), that every ``<a`` is outside any element whose
text is skipped and is closed by ``</a>`` before the next ``<a``, and no such
element starts inside a link. Then the parser state at each ``<a`` is the
initial one, so the parser fed only the ``<a ...>...</a>`` pieces, one after
the other, sees the same events for each link as it would in the whole
document. Any other document is rendered whole, as before.
"""

from __future__ import annotations

import re

from classifiers.text import _SKIP_TAGS, _TextCollector, render_html

#: Larger documents are rendered whole (the check's regular expression keeps a mark per
#: token; html.parser is slow on them either way).
MAX_CHECKED = 400_000
#: Elements some version of html.parser reads as raw text (no tags inside): each must
#: be followed by its own end tag before any other ``<``.
_RAW_TEXT = frozenset(
    {"script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript"}
)
_PLAIN = re.compile(
    # possessive throughout: a document that is not plain fails in one pass, no backtracking
    r"""(?:
      [^<]++
    | <[a-zA-Z][a-zA-Z0-9]*+
        (?:\s++[a-zA-Z_:][-a-zA-Z0-9_:.]*+(?:\s*+=\s*+(?:"[^"<>]*+"|'[^'<>]*+'|[^\s"'=<>`]++))?)*+
        \s*+/?>
    | </[a-zA-Z][a-zA-Z0-9]*+\s*+>
    | <!doctype[^<>]*+>
    | <!--[^<>-]*+-->
    )*+""",
    re.IGNORECASE | re.VERBOSE,
)
_SKIPPED = "|".join(sorted(_SKIP_TAGS | _RAW_TEXT | {"plaintext"}))
#: Where it matters: links, and elements whose text is skipped or raw (name, end, self-closing)
_EVENT = re.compile(rf"<(/?)(a|{_SKIPPED})(?=[\s/>])[^>]*>", re.IGNORECASE)


def html_links(html: str) -> tuple[tuple[str, str], ...]:
    """``render_html(html).links``: ``(href, visible text)`` of each link, in order."""
    pieces = _link_pieces(html)
    if pieces is None:
        return render_html(html).links
    if not pieces:
        return ()
    collector = _TextCollector()
    try:
        collector.feed("".join(pieces))
        collector.close()
    except (AssertionError, ValueError):  # as render_html: html.parser gives up on some markup
        return render_html(html).links
    return tuple(collector.links)


def _link_pieces(html: str) -> list[str] | None:
    """Each ``<a ...>...</a>`` of ``html``, or None when the document is not one the pieces
    can stand for (see the module's docstring)."""
    if len(html) > MAX_CHECKED or _PLAIN.fullmatch(html) is None:
        return None
    pieces: list[str] = []
    depth = 0  # open skipped elements, counted as _TextCollector counts them
    link_start: int | None = None
    for match in _EVENT.finditer(html):
        end, name = match.group(1) == "/", match.group(2).lower()
        closing = match.group().endswith("/>")
        if name == "a":
            if end:
                if link_start is not None:
                    pieces.append(html[link_start : match.end()])
                    link_start = None
            elif link_start is not None or depth:
                return None  # a link in a link, or in text the renderer skips
            else:
                link_start = match.start()
            continue
        if link_start is not None or closing or name == "plaintext":
            return None
        if end:
            depth = max(0, depth - 1) if name in _SKIP_TAGS else depth
            continue
        if name in _RAW_TEXT:
            after = html.find("<", match.end())
            if after < 0 or not re.match(rf"</{name}\s*>", html[after : after + 40], re.IGNORECASE):
                return None  # raw text holding markup (or unclosed): versions of html.parser differ
        depth += name in _SKIP_TAGS
    return None if link_start is not None else pieces
