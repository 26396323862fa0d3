"""Rendering drafts: every label renders, mail text stays data, overrides win, headers thread."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from intake.drafts.check import full_context
from intake.drafts.context import DRAFT_LABELS, AnsweredMessage, DraftContext, minimal_context
from intake.drafts.render import DraftTemplateError, TemplateSet, render_draft, reply_subject

HOSTILE = (
    "{{ 7*7 }}",
    "{% for x in range(10**9) %}x{% endfor %}",
    "<script>alert(1)</script>",
    "{{ ''.__class__.__mro__ }}",
)


def _context(label: str, **changes: object) -> DraftContext:
    context = full_context(label)
    message_changes = {k: changes.pop(k) for k in ("subject", "text", "sender") if k in changes}
    message = replace(context.message, **message_changes)
    return replace(context, message=message, **changes)


@pytest.mark.parametrize("label", DRAFT_LABELS)
def test_every_template_renders_from_a_minimal_case(label: str) -> None:
    """A case that knows nothing still gets a draft, with placeholders where facts are missing."""
    draft = render_draft(minimal_context(label))
    assert draft.body.strip()
    assert "[[" in draft.body
    assert "None" not in draft.body


@pytest.mark.parametrize("label", DRAFT_LABELS)
@pytest.mark.parametrize("hostile", HOSTILE)
def test_mail_text_is_shown_literally_never_run(label: str, hostile: str) -> None:
    """Template syntax in a subject or body comes out as the same characters."""
    context = _context(label, subject=f"Notice {hostile}", text=f"Hello,\n{hostile}\n")
    draft = render_draft(context)
    assert "49" not in draft.body and "49" not in draft.subject
    if draft.reply:
        assert hostile in draft.subject
    if label not in ("acknowledgement", "reinstatement"):
        assert hostile in draft.body


def test_a_one_megabyte_line_renders_quickly_and_whole() -> None:
    """A single 1 MB line in the body is quoted in full in well under a second."""
    line = "{{ 7*7 }}" + "A" * 1_000_000
    context = _context("suspension", subject=line[:5000], text=line)
    started = time.perf_counter()
    draft = render_draft(context)
    assert time.perf_counter() - started < 1.0
    assert f"> {line}\n" in draft.body


def test_html_override_escapes_mail_text(tmp_path: Path) -> None:
    """In an .html template, a subject's markup arrives escaped."""
    (tmp_path / "resent.html.j2").write_text("<p>{{ message.subject }}</p>\n")
    context = _context("resent", subject="<script>alert(1)</script>")
    draft = render_draft(context, TemplateSet([tmp_path]))
    assert draft.html
    assert draft.body == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"


def test_an_unknown_name_is_an_error_naming_file_and_line(tmp_path: Path) -> None:
    """StrictUndefined: a misspelt variable fails loudly with file:line, never a silent blank."""
    (tmp_path / "suspension.txt.j2").write_text("Dear team,\n{{ store_nme }}\n")
    with pytest.raises(
        DraftTemplateError, match=r"suspension\.txt\.j2:2: 'store_nme' is undefined"
    ):
        render_draft(_context("suspension"), TemplateSet([tmp_path]))


def test_templates_cannot_reach_python_internals(tmp_path: Path) -> None:
    """The sandbox refuses attribute walks a hostile override might try."""
    (tmp_path / "resent.txt.j2").write_text("{{ message.__class__.__mro__ }}\n")
    with pytest.raises(DraftTemplateError):
        render_draft(_context("resent"), TemplateSet([tmp_path]))


def test_endless_recursion_is_a_template_error(tmp_path: Path) -> None:
    """A macro calling itself for ever is reported like any broken template, not a crash."""
    (tmp_path / "resent.txt.j2").write_text(
        "{% macro f(n) %}{{ f(n) }}{% endmacro %}\n{{ f(1) }}\n"
    )
    with pytest.raises(DraftTemplateError, match="recursion"):
        render_draft(_context("resent"), TemplateSet([tmp_path]))


def test_client_folder_overrides_install_folder_overrides_shipped(tmp_path: Path) -> None:
    """The first folder holding a label's template wins; others fall through to the shipped."""
    client, install = tmp_path / "client", tmp_path / "install"
    client.mkdir(), install.mkdir()
    (client / "resent.txt.j2").write_text("client resent\n")
    (install / "resent.txt.j2").write_text("install resent\n")
    (install / "suspension.txt.j2").write_text("install suspension\n")
    templates = TemplateSet([client, install])
    assert render_draft(_context("resent"), templates).body == "client resent\n"
    assert render_draft(_context("suspension"), templates).body == "install suspension\n"
    assert (
        "Dear Seller Performance Team" in render_draft(_context("need_more_info"), templates).body
    )


def test_reply_threads_under_the_answered_message() -> None:
    """A reply has one Re: prefix, In-Reply-To the message, References the thread plus it."""
    context = _context("suspension", subject="RE: Re: Your account")
    draft = render_draft(context)
    assert draft.subject == "Re: Your account"
    assert draft.to == "seller-performance@amazon.com"
    assert draft.in_reply_to == "<check@amazon.com>"
    assert draft.references == ("<earlier@amazon.com>", "<check@amazon.com>")


@pytest.mark.parametrize(
    ("sender", "text", "to"),
    [
        (
            "priya@clearpath-appeals.test",
            "FYI\n\n---------- Forwarded message ---------\n"
            "From: Amazon Seller Performance <seller-performance@amazon.co.uk>\n"
            "Subject: Your account\n\nWe have deactivated your account.\n",
            "seller-performance@amazon.co.uk",
        ),
        ("priya@clearpath-appeals.test", "Please look at the notice below.\n", ""),
    ],
)
def test_a_forwarded_notice_is_answered_to_amazon_never_the_forwarder(sender, text, to) -> None:
    """The reply goes to the Amazon address in the forwarded block, or to nobody yet."""
    draft = render_draft(_context("suspension", sender=sender, text=text))
    assert draft.to == to


def test_redirect_has_no_recipient_and_notes_are_no_replies() -> None:
    """Email is the wrong channel after a redirect; acknowledgements are notes without headers."""
    assert render_draft(_context("redirect_closed_queue")).to == ""
    note = render_draft(_context("acknowledgement"))
    assert (note.reply, note.to, note.in_reply_to, note.references) == (False, "", None, ())


def test_header_injection_in_the_subject_is_flattened() -> None:
    """Line breaks in a subject cannot add headers to the reply."""
    draft = render_draft(_context("resent", subject="Hi\r\nBcc: all@example.com"))
    assert "\n" not in draft.subject and "\r" not in draft.subject


def test_reply_subject_without_a_subject() -> None:
    """An empty subject still gives a usable reply subject."""
    assert reply_subject("") == "Re: your message"
    assert reply_subject("Fwd: AW: Notice") == "Re: Notice"


def test_denial_escalates_only_after_earlier_denials_or_resends() -> None:
    """First denial: revision checklist; after earlier denials: manager review with counts."""
    first = render_draft(_context("generic_denial", denials=1, resent=0))
    assert "First denial" in first.body and "manager" not in first.body
    later = render_draft(_context("generic_denial", denials=3, resent=0))
    assert "manager or senior investigator" in later.body
    assert "- 3 denials that did not say what was missing" in later.body
    assert "submitted 2 times: 2025-12-01, 2025-12-15" in later.body


def test_suspension_prompts_follow_the_policy() -> None:
    """An IP suspension asks about the rights owner; an inauthentic one about suppliers."""
    ip = render_draft(_context("suspension", policy="intellectual_property")).body
    inauthentic = render_draft(_context("suspension", policy="inauthentic")).body
    assert "patent of Brand Co" in ip and "authorised distributor" not in ip
    assert "authorised distributor" in inauthentic


def test_document_checklist_has_exactly_the_requested_items() -> None:
    """One numbered line per requested document, in order, and no other."""
    context = _context("need_more_info", requested=("letter_of_authorization", "test_report"))
    body = render_draft(context).body
    assert "1. Letter of authorization from the rights owner:" in body
    assert "2. Test report:" in body
    assert "3. " not in body


def test_deadline_and_submissions_are_filled_in() -> None:
    """Known dates appear in ISO form; unknown ones become placeholders."""
    message = AnsweredMessage(1, "resent", "S", "a@amazon.com", "<m@a>", (),
                              datetime(2026, 3, 2, tzinfo=UTC), "")  # fmt: skip
    known = DraftContext(1, message, date(2026, 3, 3), submissions=(date(2026, 2, 20),),
                         deadline=date(2026, 3, 9))  # fmt: skip
    body = render_draft(known).body
    assert "on 2026-02-20 (1 submission)" in body
    assert "2026-03-09" in body
    unknown = render_draft(replace(known, submissions=(), deadline=None)).body
    assert "[[date(s) you submitted your Plan of Action]]" in unknown
