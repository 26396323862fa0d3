"""Drafts that follow the whole case: the channel named, no recipient for Account Health,
"revised" only after a plan was sent, every requested item listed."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from intake.cases.channels import submission_channel, submit_outside_email
from intake.cases.state import CaseState
from intake.drafts.compose import CaseMaterial, CaseMessage, build_context
from intake.drafts.render import render_draft

TODAY = date(2026, 3, 1)


def _state(status: str, requested: tuple[str, ...] = (), sent: int = 0) -> CaseState:
    submissions = tuple(datetime(2026, 2, 10 + n, 9, tzinfo=UTC) for n in range(sent))
    return CaseState(status, None, 0, 0, submissions, None, requested, "", "")


def _draft(label: str, text: str, state: CaseState, requested: tuple[str, ...] = ()):
    message = CaseMessage(
        id=1, label=label, outgoing=False, needs_review=False, suspicious=False,
        sent_at=datetime(2026, 2, 20, 9, tzinfo=UTC), subject="Notice",
        sender="seller-performance@amazon.com", message_id="<n1@amazon.com>", text=text,
        facts={"requested": list(requested)},
    )  # fmt: skip
    material = CaseMaterial(
        case_id=3, kind="notice", client="acme", client_display="Acme", state=state,
        policy="inauthentic", marketplace="amazon.com", asins=("B0ABCDEF12",), case_ids=(),
        messages=(message,),
    )  # fmt: skip
    return render_draft(build_context(material, message, TODAY))


def test_redirect_draft_names_the_channel_the_auto_reply_named() -> None:
    """The auto-reply says "use the Appeal button in Account Health": the steps say so."""
    draft = _draft(
        "redirect_closed_queue",
        "This mailbox no longer accepts appeals. Please use the Appeal button in Account Health.",
        _state("redirected"),
    )
    assert "Open the channel the auto-reply names: the Appeal button beside the notice, on the" \
        " Account Health page" in draft.body  # fmt: skip
    assert "channel named in the auto-reply" not in draft.body and draft.to == ""


def test_a_contact_form_is_named_too() -> None:
    """An auto-reply pointing to Seller Support's form names the form."""
    assert submission_channel("Contact Seller Support using the Contact Us form.") == (
        "the Seller Support contact form (Seller Central > Help > Contact us)"
    )


def test_plan_of_action_for_account_health_has_no_recipient() -> None:
    """A notice saying "submit your plan of action through Account Health": no To address,
    and the draft says where to submit; a notice asking for a reply keeps its recipient."""
    text = "Your listing was removed. Submit your plan of action through Account Health."
    draft = _draft("suspension", text, _state("suspended"))
    assert draft.to == ""
    assert "Submit this Plan of Action through the Account Health page" in draft.body
    by_mail = _draft(
        "suspension", "Reply to this email with a plan of action.", _state("suspended")
    )
    assert by_mail.to == "seller-performance@amazon.com"
    assert submit_outside_email("You can view your account on Account Health.") is None


def test_revised_plan_only_once_a_plan_was_sent() -> None:
    """A request for a plan before any submission asks for "Plan of Action"; after one, for
    the "Revised Plan of Action"."""
    asked = ("plan_of_action",)
    first = _draft("need_more_info", "Send a plan of action.", _state("more_info_requested"), asked)
    assert "1. Plan of Action: [[the plan, covering" in first.body and "Revised" not in first.body
    again = _draft("need_more_info", "Send a plan of action.",
                   _state("more_info_requested", sent=1), asked)  # fmt: skip
    assert "1. Revised Plan of Action: [[the revised plan" in again.body
    denial = _draft("generic_denial", "Not accepted.", _state("denied"))
    assert "Please find our Plan of Action below" in denial.body


def test_a_suspension_asking_for_documents_lists_every_item() -> None:
    """A suspension asking for a plan and invoices and supplier contacts: the plan is the
    draft itself, and both documents are listed to attach."""
    asked = ("plan_of_action", "invoices", "supplier_contacts")
    draft = _draft("suspension", "Send a plan of action, invoices and supplier contacts.",
                   _state("suspended", asked), asked)  # fmt: skip
    attached = draft.body.split("Documents attached", 1)[1].split("\n\n", 1)[0]
    assert "nvoice" in attached and "upplier" in attached and "Plan of Action" not in attached


@pytest.mark.parametrize(
    "text",
    [
        # the demo's German request: a date's "3." mid-sentence, the line wrapped, and
        # "hochladen" split in two ("laden Sie ... hoch")
        "Bitte laden Sie die Unterlagen bis zum 3. April 2026 über die Seite\n"
        "Kontozustand hoch:\nhttps://sellercentral.amazon.de/performance/account/health",
        "Please upload the documents on the\nAccount Health page by 3 April 2026.",
    ],
)
def test_a_wrapped_sentence_naming_the_channel_is_read_whole(text: str) -> None:
    """A request to submit through Account Health is found across a wrapped line."""
    assert submit_outside_email(text) == submission_channel("Account Health")


def test_a_list_line_is_not_joined_to_the_next() -> None:
    """Lines of a list are separate: a submit verb in one item and Account Health in the
    next do not make a channel."""
    text = "Please send:\n- your invoices\n- a note on your Account Health rating"
    assert submit_outside_email(text) is None
