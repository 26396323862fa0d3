"""Grouping by evidence: each rule on mail of its own, parsed and grouped in date order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from intake.analyse.stages import is_outgoing
from intake.cases import KIND_GENERAL, KIND_SUSPICIOUS, case_title
from intake.cases.clues import clues_of, names_in, subject_key
from intake.cases.replay import Placement, StoredNotice, replay
from intake.extract import check_authenticity, extract_facts
from intake.mail.parse import parse
from tests.builders import MessageBuilder

DAY = timedelta(days=1)
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PERF = "seller-performance@amazon.com"
DISPUTE = "notice-dispute@amazon.com"
SELLER = "owner@seller.test"


class Mailbox:
    """A seller's mail built in order, with the label the classifier would give each."""

    def __init__(self) -> None:
        self.builder = MessageBuilder(domain="grouping.test")
        self.mail: list[tuple[str, bytes]] = []

    def add(self, label: str, body: str, *, day: float = 0, **headers) -> str:
        """Add one message ``day`` days after T0; returns its Message-ID."""
        n = len(self.mail) + 1
        raw = self.builder.build(body=body, date=T0 + day * DAY, **headers)
        self.mail.append((label, raw))
        return self.builder.message_id(n) if "message_id" not in headers else headers["message_id"]

    def group(self) -> list[Placement]:
        """Replay the mailbox; placements in the order the mail was added."""
        stored = []
        for pk, (label, raw) in enumerate(self.mail, start=1):
            notice = parse(raw)
            facts, outgoing = extract_facts(notice), is_outgoing(notice)
            stored.append(
                StoredNotice(
                    id=pk,
                    account_id=1,
                    sent_at=notice.date,
                    message_id=notice.message_id,
                    title=case_title(notice, facts),
                    clues=clues_of(notice, facts, outgoing),
                    model_label="other" if outgoing else label,
                    label_source="model",
                    authenticity=check_authenticity(notice),
                    resent_key=None,
                    fixed_case=None,
                )  # fmt: skip
            )
        return sorted(replay(stored, []), key=lambda placement: placement.id)


def _same(placements: list[Placement], *ids: int) -> bool:
    return len({placements[i - 1].group for i in ids}) == 1


def _reason(placement: Placement) -> str:
    assert placement.decision is not None
    return placement.decision.reason


SUSPENSION_A = (
    "Hello,\n\nYour listing was removed after a rights owner complaint.\n"
    "ASIN: B0AAAAAAA1\nComplaint ID: 5512093871\n\nSeller Performance\n"
)
SUSPENSION_B = (
    "Hello,\n\nYour listing was deactivated for authenticity complaints.\n"
    "ASIN: B0BBBBBBB2\n\nSeller Performance\n"
)


def test_amazon_case_id_joins_its_case_over_a_newer_one() -> None:
    """A denial naming only a case ID joins that case, not the newer open one."""
    box = Mailbox()
    box.add("suspension", "Your account is at risk. Case ID: 11223344556\nPlease appeal.")
    box.add("suspension", SUSPENSION_B, day=2)
    box.add("generic_denial", "We reviewed case 11223344556. It was not accepted.", day=3)
    placements = box.group()
    assert _same(placements, 1, 3) and not _same(placements, 2, 3)
    assert _reason(placements[2]) == "same Amazon case ID 11223344556"


def test_complaint_id_joins_its_case() -> None:
    """An acknowledgement naming the complaint ID of an IP notice joins the IP case."""
    box = Mailbox()
    box.add("suspension", SUSPENSION_A, sender=DISPUTE)
    box.add("suspension", SUSPENSION_B, day=1)
    box.add("acknowledgement", "We received your appeal about complaint ID 5512093871.", day=2)
    placements = box.group()
    assert _same(placements, 1, 3) and not _same(placements, 2, 3)
    assert _reason(placements[2]) == "same complaint ID 5512093871"


def test_a_reply_in_the_thread_joins_the_thread_s_case() -> None:
    """A redirect auto-reply in reply to the seller's appeal joins the appeal's case."""
    box = Mailbox()
    first = box.add("suspension", SUSPENSION_A, sender=DISPUTE, subject="Listing removed")
    appeal = box.add("other", "My appeal.", day=1, sender=SELLER, to=DISPUTE, in_reply_to=first)
    box.add("suspension", SUSPENSION_B, day=1.5)
    box.add("redirect_closed_queue", "This address no longer takes appeals.", day=2,
            sender=DISPUTE, in_reply_to=appeal)  # fmt: skip
    placements = box.group()
    assert _same(placements, 1, 2, 4) and not _same(placements, 3, 4)
    assert _reason(placements[3]).startswith("same thread")


def test_an_automatic_reply_matching_a_notice_subject_joins_it() -> None:
    """``Automatic reply: RE:`` and ``AW:`` subjects name their case's notice, without headers."""
    box = Mailbox()
    box.add("suspension", SUSPENSION_A, sender=DISPUTE, subject="Notice: Listing removed")
    box.add("suspension", SUSPENSION_B, day=1, subject="Listing deactivated")
    box.add("redirect_closed_queue", "This mailbox is not monitored.", day=2, sender=DISPUTE,
            subject="Automatic reply: RE: Notice: Listing removed")  # fmt: skip
    box.add("acknowledgement", "Wir haben Ihre Nachricht erhalten.", day=2.5,
            subject="AW: Notice: Listing removed")  # fmt: skip
    placements = box.group()
    assert _same(placements, 1, 3, 4) and not _same(placements, 2, 3)
    assert _reason(placements[2]) == "a reply to its notice's subject"
    assert subject_key("Automatic reply: RE: Notice: X") == ("notice: x", True)


def test_shared_asin_joins_and_a_new_asin_opens_a_case() -> None:
    """A request naming the case's ASIN joins it; a notice about another ASIN is a new case."""
    box = Mailbox()
    box.add("suspension", SUSPENSION_A)
    box.add("need_more_info", "Send invoices for ASIN B0AAAAAAA1.", day=1)
    box.add("suspension", "Your listing B0CCCCCCC3 was removed.", day=2)
    placements = box.group()
    assert _same(placements, 1, 2) and not _same(placements, 1, 3)
    assert _reason(placements[1]) == "same ASIN B0AAAAAAA1"
    assert _reason(placements[2]) == "new ASIN B0CCCCCCC3"


def test_order_id_joins_the_case_that_named_it() -> None:
    """A request naming an order of an open case joins it, though a newer case is open."""
    box = Mailbox()
    box.add("suspension", "Your order defect rate is too high. Order 112-1234567-1234567.")
    box.add("suspension", SUSPENSION_B, day=1)
    box.add("need_more_info", "Tell us what happened with order 112-1234567-1234567.", day=2)
    placements = box.group()
    assert _same(placements, 1, 3) and not _same(placements, 2, 3)
    assert _reason(placements[2]) == "same order ID 112-1234567-1234567"


def test_a_follow_up_naming_nothing_joins_the_case_of_its_team() -> None:
    """An acknowledgement from notice-dispute@ naming nothing joins the notice-dispute case,
    not the newer seller-performance one."""
    box = Mailbox()
    box.add("suspension", SUSPENSION_A, sender=DISPUTE)
    box.add("suspension", SUSPENSION_B, day=1, sender=PERF)
    box.add("acknowledgement", "We have received your appeal.", day=2, sender=DISPUTE)
    placements = box.group()
    assert _same(placements, 1, 3) and not _same(placements, 2, 3)
    assert _reason(placements[2]) == f"names nothing; the newest open case of {DISPUTE}"


def test_a_follow_up_naming_nothing_joins_the_case_the_seller_last_wrote_to() -> None:
    """After the seller appealed case A, a denial naming nothing joins A, not newer case B."""
    box = Mailbox()
    first = box.add("suspension", SUSPENSION_A, subject="Listing removed")
    box.add("other", "Plan of action attached.", day=1, sender=SELLER, to=PERF,
            in_reply_to=first)  # fmt: skip
    box.add("suspension", SUSPENSION_B, day=2)
    box.add("generic_denial", "Your appeal did not address our concerns.", day=3)
    placements = box.group()
    assert _same(placements, 1, 2, 4) and not _same(placements, 3, 4)
    assert _reason(placements[3]) == (
        f"names nothing; the open case waiting on Amazon since the seller wrote, of {PERF}"
    )


def test_a_near_tie_joins_the_likelier_case_and_is_marked_uncertain() -> None:
    """Two open cases of the same team a day apart: a denial naming nothing joins the newer,
    uncertain; with a week between them it is certain."""
    box = Mailbox()
    box.add("suspension", SUSPENSION_A)
    box.add("suspension", SUSPENSION_B, day=1)
    box.add("generic_denial", "Your appeal was not accepted.", day=3)
    placements = box.group()
    assert _same(placements, 2, 3)
    assert placements[2].decision is not None and placements[2].decision.uncertain
    apart = Mailbox()
    apart.add("suspension", SUSPENSION_A)
    apart.add("suspension", SUSPENSION_B, day=8)
    apart.add("generic_denial", "Your appeal was not accepted.", day=9)
    decision = apart.group()[2].decision
    assert decision is not None and not decision.uncertain


def test_same_policy_joins_only_while_recent() -> None:
    """A second ODR warning a week later joins; one 90 days after the case went quiet is new."""
    body = "Your order defect rate is above our target. Send a plan of action."
    box = Mailbox()
    box.add("suspension", body)
    box.add("suspension", body + " Second warning.", day=7)
    box.add("suspension", body + " New period.", day=97)
    placements = box.group()
    assert _same(placements, 1, 2) and not _same(placements, 1, 3)
    assert _reason(placements[1]) == "same policy (order defect rate), recent"


def test_a_new_matter_after_reinstatement_is_a_new_case() -> None:
    """Weeks after the ASIN was reinstated, a new notice about it opens a new case."""
    box = Mailbox()
    box.add("suspension", SUSPENSION_B)
    box.add("reinstatement", "Your listing B0BBBBBBB2 is active again.", day=5)
    box.add("suspension", SUSPENSION_B.replace("Hello", "Dear seller"), day=40)
    placements = box.group()
    assert _same(placements, 1, 2) and not _same(placements, 1, 3)
    assert _reason(placements[2]) == "new ASIN B0BBBBBBB2"


FORWARD = (
    "Priya, see below.\n\n---------- Forwarded message ---------\n"
    "From: Amazon <seller-performance@amazon.com>\n"
    "Subject: Your selling account has been deactivated\n\nYour account was deactivated.\n"
)


def test_seller_mail_joins_by_what_it_quotes_or_names() -> None:
    """The seller forwarding a notice to a consultant ("Fwd:" its subject) joins its case; a
    note naming a company only that case names joins it too."""
    box = Mailbox()
    box.add("suspension", "Your account is linked to Harbour Lights Trading. Appeal now.",
            subject="Your selling account has been deactivated")  # fmt: skip
    box.add("suspension", SUSPENSION_B, day=1, subject="Listing deactivated")
    box.add("other", FORWARD, day=2, sender=SELLER, to="priya@consultant.test",
            subject="Fwd: Your selling account has been deactivated")  # fmt: skip
    box.add("other", "Hi Priya,\n\nI uploaded the statement about Harbour Lights.\nAna", day=3,
            sender=SELLER, to="priya@consultant.test", subject="documents uploaded")  # fmt: skip
    placements = box.group()
    assert _same(placements, 1, 3, 4) and not _same(placements, 2, 4)
    assert _reason(placements[3]) == "mentions Harbour Lights as its mail does"
    assert "harbour lights" in names_in("about James and Harbour Lights.")


def test_amazon_mail_about_no_case_goes_to_other_mail() -> None:
    """An order notification naming an ASIN of an open case still goes to "Other mail"."""
    box = Mailbox()
    box.add("suspension", SUSPENSION_B)
    box.add("other", "Sold, ship now: ASIN B0BBBBBBB2, order 112-7654321-7654321.", day=1,
            sender="no-reply@amazon.com")  # fmt: skip
    placements = box.group()
    assert placements[1].kind == KIND_GENERAL and not _same(placements, 1, 2)


def test_suspicious_mail_never_joins_a_real_case() -> None:
    """Phishing naming a real case's ASIN gets a case of its own."""
    box = Mailbox()
    box.add("suspension", SUSPENSION_B)
    box.add("suspension", SUSPENSION_B + "\nVerify your password at http://amaz0n-login.test",
            day=1, sender="security@amaz0n-seller.test")  # fmt: skip
    placements = box.group()
    assert placements[1].kind == KIND_SUSPICIOUS and not _same(placements, 1, 2)
