"""One builder for the extraction tests: a ``Notice`` from keyword-only options."""

from __future__ import annotations

from datetime import UTC, datetime

from intake.mail.notice import Link, Notice

DEFAULT_DATE = datetime(2024, 3, 4, 9, 30, tzinfo=UTC)  # a Monday


def notice(
    text: str = "",
    *,
    subject: str = "",
    sender: str = "seller-performance@amazon.com",
    sender_name: str = "",
    recipients: tuple[str, ...] = ("shop@example.org",),
    date: datetime | None = DEFAULT_DATE,
    links: tuple[tuple[str, str], ...] = (),
    headers: tuple[tuple[str, str], ...] = (),
) -> Notice:
    """A notice as the parser would hand it over; links are (href, visible text) pairs."""
    return Notice(
        message_id="<test@example.invalid>",
        sender=sender,
        sender_name=sender_name,
        recipients=recipients,
        subject=subject,
        date=date,
        text=text,
        from_html=bool(links),
        links=tuple(Link(href=href, text=shown) for href, shown in links),
        headers=headers,
    )
