"""Turn mail bodies into the plain text that people and the model read.

HTML notices arrive wrapped in tables and styles; ``render_html`` keeps the
words, line structure and links (with their real targets, which phishing
checks need) and drops everything else. Pure functions, standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "div", "dl", "dt", "dd", "fieldset", "figure",
     "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
     "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "ul"}
)  # fmt: skip
_SKIP_TAGS = frozenset({"script", "style", "head", "title", "noscript", "template"})
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_BLANK_RUN = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class RenderedHtml:
    """The readable text of an HTML body and its links as ``(href, visible text)`` pairs."""

    text: str
    links: tuple[tuple[str, str], ...]


class _TextCollector(HTMLParser):
    """Collects text chunks and links; block elements become line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.links: list[tuple[str, str]] = []
        self._skip_depth = 0
        self._open_link: tuple[str, int] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth += 1
        elif tag == "br":
            self.chunks.append("\n")
        elif tag in _BLOCK_TAGS:
            self.chunks.append("\n")
            if tag == "li":
                self.chunks.append("- ")
        elif tag in ("td", "th"):
            self.chunks.append(" ")
        elif tag == "a":
            href = next((value for key, value in attrs if key == "href" and value), None)
            if href:
                self._open_link = (href.strip(), len(self.chunks))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" or tag in _BLOCK_TAGS:
            self.chunks.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.chunks.append("\n")
        elif tag == "a" and self._open_link is not None:
            href, start = self._open_link
            visible = _SPACES.sub(" ", "".join(self.chunks[start:])).strip()
            self.links.append((href, visible))
            self._open_link = None

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.chunks.append(data)


def render_html(html: str) -> RenderedHtml:
    """Readable text and links of an HTML document; never raises on bad markup.

    >>> r = render_html('<p>Hello,</p><p>See <a href="https://x.example/">Account Health</a></p>')
    >>> r.text, r.links
    ('Hello,\\n\\nSee Account Health', (('https://x.example/', 'Account Health'),))
    """
    collector = _TextCollector()
    try:
        collector.feed(html)
        collector.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken markup
        pass
    return RenderedHtml(text=tidy_text("".join(collector.chunks)), links=tuple(collector.links))


def tidy_text(text: str) -> str:
    """Collapse runs of spaces, trim every line, and keep at most one blank line in a row."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").split("\n"))
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()


_QUOTE_OPEN = "\x01"
_QUOTE_CLOSE = "\x02"


class _QuotingCollector(_TextCollector):
    """Like ``_TextCollector`` but marks where ``<blockquote>`` history starts and ends."""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "blockquote" and not self._skip_depth:
            self.chunks.append(f"\n{_QUOTE_OPEN}\n")
        super().handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        super().handle_endtag(tag)
        if tag == "blockquote" and not self._skip_depth:
            self.chunks.append(f"\n{_QUOTE_CLOSE}\n")


def html_to_quoted_text(html: str) -> str:
    """Readable text of an HTML body with ``<blockquote>`` history as "> " lines.

    Plain-text replies mark history with "> "; HTML ones use ``<blockquote>``.
    Keeping the mark lets ``classifiers.quoting.newest_text`` find the newest text
    in both.

    >>> html_to_quoted_text("<p>Thanks</p><blockquote><p>Your account</p></blockquote>")
    'Thanks\\n\\n> Your account'
    """
    return render_quoted_html(html).text


def render_quoted_html(html: str) -> RenderedHtml:
    """``html_to_quoted_text(html)`` and ``render_html(html).links`` from one pass of the parser.

    The links are those ``render_html`` finds: where a link's words hold the quote marks
    (a ``<blockquote>`` inside an ``<a>``), they are read again by ``render_html``.
    """
    collector = _QuotingCollector()
    try:
        collector.feed(html)
        collector.close()
    except (AssertionError, ValueError):
        pass
    lines: list[str] = []
    depth = 0
    for line in tidy_text("".join(collector.chunks)).split("\n"):
        if line in (_QUOTE_OPEN, _QUOTE_CLOSE):
            depth = depth + 1 if line == _QUOTE_OPEN else max(0, depth - 1)
            continue
        lines.append("> " * depth + line if line and depth else line)
    links = tuple(collector.links)
    if any(_QUOTE_OPEN in text or _QUOTE_CLOSE in text for _, text in links):
        links = render_html(html).links
    return RenderedHtml(text=tidy_text("\n".join(lines)), links=links)
