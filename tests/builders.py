"""Build real RFC 822 messages for tests, with deterministic IDs and dates.

Each ``MessageBuilder`` numbers what it builds: the n-th message gets
Message-ID ``<test-000n@<domain>>`` and a Date n minutes after ``start``,
so two runs of a test build byte-identical mail. All wording is ours.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

DEFAULT_START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class MessageBuilder:
    """Makes one message per ``build()`` call, numbering them from 1."""

    def __init__(self, *, domain: str = "intake.test", start: datetime = DEFAULT_START) -> None:
        self.domain = domain
        self.start = start
        self.count = 0

    def build(
        self,
        *,
        sender: str = "seller-performance@amazon.com",
        to: str = "owner@seller.test",
        subject: str | None = None,
        body: str | None = None,
        html: str | None = None,
        message_id: str | None = None,
        date: datetime | None = None,
        in_reply_to: str | None = None,
        attachments: tuple[tuple[str, str, bytes], ...] = (),
    ) -> bytes:
        """The message's bytes (CRLF line ends). ``attachments`` are (filename, mime type, data)."""
        self.count += 1
        n = self.count
        message = EmailMessage(policy=SMTP)
        message["From"] = sender
        message["To"] = to
        message["Subject"] = subject if subject is not None else f"Test notice {n}"
        message["Date"] = format_datetime(date or self.start + timedelta(minutes=n))
        message["Message-ID"] = message_id or self.message_id(n)
        if in_reply_to:
            message["In-Reply-To"] = in_reply_to
            message["References"] = in_reply_to
        message.set_content(body if body is not None else f"Hello,\n\nThis is test message {n}.\n")
        if html is not None:
            message.add_alternative(html, subtype="html")
        for filename, mime_type, data in attachments:
            maintype, _, subtype = mime_type.partition("/")
            message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
        return message.as_bytes()

    def message_id(self, n: int) -> str:
        """The Message-ID the n-th built message gets unless one is given."""
        return f"<test-{n:04d}@{self.domain}>"
