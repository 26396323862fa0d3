"""``html_links``: the links of an HTML body read from the links alone, exactly the ones
``render_html`` finds in the whole document, and the whole document rendered otherwise."""

from __future__ import annotations

import random

import pytest

from classifiers.links import _link_pieces, html_links
from classifiers.text import render_html

NOTICE = (
    '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><style>\n.c0 { color: #111; }\n'
    "</style><title>Notice</title></head>\n<body><table><tr><td>"
    '<p class="c0">Hello,</p><p>See <a href="https://sellercentral.amazon.com/x?a=1&amp;b=2">'
    "Account <b>Health</b><br>dashboard</a> and <A HREF='https://b.example/'>B&eacute;</A>.</p>"
    '<a name="top"></a><a\nhref="https://c.example/">\u00a0 c \t</a >'
    "<!-- footer --></td></tr></table></body></html>"
)

# Documents the links cannot stand for: the whole document is rendered (and agrees).
NOT_PLAIN = [
    '<!-- <a href="https://hidden.example/">x</a> -->',
    '<style><a href="https://s.example/">s</a></style>',
    '<title><a href="https://t.example/">t</a></title>',
    '<head><a href="https://h.example/">h</a></head>',
    '<script>if (a<b) {}</script><a href="https://after.example/">a</a>',
    '<a href="https://outer.example/">o<a href="https://inner.example/">i</a>',
    '<a href="https://open.example/">never closed',
    '<img alt="a>b"><a href="https://q.example/">q</a>',
    "a < b <a href=https://r.example/>r</a>",
    '<![CDATA[<a href="https://cd.example/">cd</a>]]>',
    '<a href="https://x.example/"><noscript>n</noscript>x</a>',
    '<style/><a href="https://y.example/">y</a>',
    '<textarea><a href="https://z.example/">z</a></textarea>',
    "<!--[if mso]><a href=https://mso.example/>m</a><![endif]-->",
]


def test_a_notice_s_links_are_read_from_the_links_alone() -> None:
    assert _link_pieces(NOTICE) is not None
    assert html_links(NOTICE) == render_html(NOTICE).links
    assert html_links(NOTICE) == (
        ("https://sellercentral.amazon.com/x?a=1&b=2", "Account Health\ndashboard"),
        ("https://b.example/", "Bé"),
        ("https://c.example/", "c"),
    )


@pytest.mark.parametrize("html", NOT_PLAIN)
def test_markup_the_pieces_cannot_stand_for_is_rendered_whole(html: str) -> None:
    assert _link_pieces(html) is None
    assert html_links(html) == render_html(html).links


def test_a_document_that_is_almost_plain_fails_the_check_at_once() -> None:
    """The check is possessive: text ending in a stray "<" costs one pass, not a backtrack
    over every way of splitting the text (which took minutes at 50 characters)."""
    assert _link_pieces("a" * 100_000 + "<") is None
    assert _link_pieces("<p " + "a=b " * 20_000 + "<") is None


def test_random_markup_gives_render_html_s_links() -> None:
    """Pieces of plain and of hostile markup, shuffled: the same links either way."""
    pieces = [
        '<a href="https://a.example/?q=1&amp;r=2">Click <b>here</b></a>', "<a name=top>",
        "<A HREF='https://b.example'>B</A>", '<a href="">empty</a>', "<a href=x/>", "</a>",
        '<a href="https://o.example/">open', "<!-- <a href=c>c</a> -->", "<!-- plain -->",
        "<style>p{x:1}</style>", "<style><a href=s>s</a></style>", "<script>var a=1</script>",
        "<title>T</title>", "<head>", "</head>", "<noscript><a href=n>n</a></noscript>",
        "<br>", "<p>", "</p>", "<td>", "<li>", "text & more", "x > y", "&#60;a href=q&#62;",
        '<div class="c">', "</div>", '<a href="u"><p>block</p> in link</a>', "<!DOCTYPE html>",
        '<a href="h">\u00a0 h \t</a>', '<a href="x" title="t">t</a >', "</style>", "<body>",
        '<a href="q"><!-- c --></a>', '<a href="r">r</a><a href="r2">r2</a>', "\n",
    ]  # fmt: skip
    rng = random.Random(14)
    plain = 0
    for _ in range(3000):
        html = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        plain += _link_pieces(html) is not None
        assert html_links(html) == render_html(html).links, html
    assert plain > 300  # the pieces' path is taken, not only the whole rendering
