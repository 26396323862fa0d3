"""The part of a notice that analysis reads: a bounded prefix, so no message is slow.

Amazon puts what matters (the policy, the ASINs, the deadline, the documents
asked for) at the top of a notice, and a reply or forward puts the newest text
first. A 20 MB ``text/plain`` body or a 5 MB single line is therefore read no
further than ``ANALYSED_CHARS``: every rule here runs in time proportional to the
text, and without a bound one hostile message costs minutes (issue 13). The
longest notice in the corpus and the demo mailbox is under 3,000 characters.
"""

from __future__ import annotations

from dataclasses import replace

from intake.mail.notice import Notice

#: Characters of body text analysed; the cut falls at the last line break before it.
ANALYSED_CHARS = 32_768
#: Characters of the subject analysed (Amazon's subjects are under 200).
ANALYSED_SUBJECT_CHARS = 1_000
#: Links analysed, in document order (a notice has a handful).
ANALYSED_LINKS = 200


def prefix(text: str, limit: int = ANALYSED_CHARS) -> str:
    """``text`` cut to at most ``limit`` characters, at a line break when there is one."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    line_end = cut.rfind("\n")
    return cut[:line_end] if line_end > limit // 2 else cut


def bounded(notice: Notice) -> Notice:
    """``notice`` with its text, subject and links cut to what analysis reads."""
    if (
        len(notice.text) <= ANALYSED_CHARS
        and len(notice.subject) <= ANALYSED_SUBJECT_CHARS
        and len(notice.links) <= ANALYSED_LINKS
    ):
        return notice
    return replace(
        notice,
        text=prefix(notice.text),
        subject=notice.subject[:ANALYSED_SUBJECT_CHARS],
        links=notice.links[:ANALYSED_LINKS],
    )
