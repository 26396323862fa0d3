"""newest_text keeps what the newest sender wrote and drops the history below it."""

from __future__ import annotations

import pytest

from classifiers.quoting import newest_text
from classifiers.text import html_to_quoted_text, render_html, render_quoted_html

NOTICE = (
    "Hello,\n\nWe have deactivated your selling account.\n"
    "Submit a plan of action from Account Health.\n\nSeller Performance Team"
)


def check(body: str, expected: str) -> None:
    """One table case: ``newest_text(body)`` is exactly ``expected``."""
    assert newest_text(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Just the notice.\n", "Just the notice."),
        ("Thanks, sent.\n\n> Earlier line\n> another\n", "Thanks, sent."),
        (
            "We reinstated your account.\n\nOn Mon, 3 Jun 2024 at 09:12, Seller Performance "
            "<seller-performance@amazon.com> wrote:\n> We have deactivated your account.\n",
            "We reinstated your account.",
        ),
        (
            "We reinstated your account.\n\nOn Mon, 3 Jun 2024 at 09:12, Seller Performance\n"
            "<seller-performance@amazon.com> wrote:\n\nWe have deactivated your account.\n",
            "We reinstated your account.",
        ),
        (
            "Please see the attached invoices.\n\n-----Original Message-----\nFrom: Amazon\n"
            "Sent: Monday\nSubject: Suspension\n\nWe have deactivated your account.\n",
            "Please see the attached invoices.",
        ),
        (
            "Attached.\n\n________________________________\nFrom: Seller Performance "
            "<seller-performance@amazon.com>\nSent: Monday, June 3, 2024 9:12 AM\n"
            "To: me@example.com\nSubject: Your account\n\nWe have deactivated your account.\n",
            "Attached.",
        ),
        (
            "Attached.\n\nFrom: Seller Performance <seller-performance@amazon.com>\n"
            "Sent: Monday, June 3, 2024 9:12 AM\nSubject: Your account\n\nWe deactivated it.\n",
            "Attached.",
        ),
    ],
    ids=["plain", "gt", "on-wrote", "on-wrote-wrapped", "original-message", "outlook", "from"],
)
def test_history_is_cut(body: str, expected: str) -> None:
    check(body, expected)


def test_short_forward_yields_the_forwarded_notice() -> None:
    """GIVEN a consultant's "FYI" above a forwarded notice THEN the notice is the text."""
    body = (
        "FYI, see below.\n\n---------- Forwarded message ---------\n"
        "From: Seller Performance <seller-performance@amazon.com>\n"
        "Date: Mon, Jun 3, 2024 at 9:12 AM\nSubject: Your account\nTo: <me@example.com>\n\n"
        + NOTICE
    )
    check(body, NOTICE)


def test_apple_mail_forward_yields_the_forwarded_notice() -> None:
    body = (
        "\n\nBegin forwarded message:\n\nFrom: Seller Performance <sp@amazon.com>\n"
        "Subject: Your account\nDate: 3 June 2024\n\n" + NOTICE
    )
    check(body, NOTICE)


def test_forwarded_notice_loses_its_own_quoted_history() -> None:
    body = (
        "FYI\n\n---------- Forwarded message ---------\nFrom: Amazon <sp@amazon.com>\n\n"
        "We need invoices.\n\nOn Sun, 2 Jun 2024, Me <me@example.com> wrote:\n> My appeal\n"
    )
    check(body, "We need invoices.")


def test_long_note_above_a_forward_is_the_newest_text() -> None:
    """A forward with a real message of its own on top is about that message."""
    note = "Hi team, " + "here is a long explanation of what we did. " * 8
    body = note + "\n\n---------- Forwarded message ---------\nFrom: x@amazon.com\n\n" + NOTICE
    check(body, note.strip())


def test_html_blockquote_history_is_cut() -> None:
    html = (
        "<p>Your account is reinstated.</p><p>On Mon, Amazon wrote:</p>"
        "<blockquote type='cite'><p>We have deactivated your account.</p></blockquote>"
    )
    text = html_to_quoted_text(html)
    assert "> We have deactivated your account." in text
    check(text, "Your account is reinstated.")


def test_quoted_text_marks_nested_blockquotes() -> None:
    html = "<p>Top</p><blockquote>One<blockquote>Two</blockquote></blockquote><p>After</p>"
    assert html_to_quoted_text(html) == "Top\n\n> One\n\n> > Two\n\nAfter"


@pytest.mark.parametrize(
    "html",
    [
        "<p>See <a href='https://a.example/x'>Account <b>Health</b></a></p>"
        "<blockquote><a href=https://b.example>old</a></blockquote>",
        "<a href='https://a.example'>before<blockquote>quoted</blockquote>after</a>",
        "<style>a{}</style><a href=' https://a.example '>\x01odd&amp;</a><a>no href</a>",
    ],
)
def test_one_pass_gives_render_htmls_links(html: str) -> None:
    """The links found beside the quoted text are the ones ``render_html`` finds, even when a
    quote sits inside a link."""
    links = render_quoted_html(html).links
    assert links == render_html(html).links
    assert links
