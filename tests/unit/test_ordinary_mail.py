"""Mail from outside Amazon, naming no Amazon anywhere, still needs its full facts.

Issue 14 asked whether such mail could get only the look-alike check and the IDs
(docs/performance.md, "Ordinary mail: no cheaper path"): these tests hold the
outcomes that a cheaper path would change, so one that changes them fails here.
"""

from __future__ import annotations

from intake.extract import extract_facts
from intake.mail.parse import parse
from tests.unit.test_cases_grouping import PERF, Mailbox, _reason, _same

INAUTHENTIC = (
    "Hello,\n\nWe removed your selling privileges because of inauthentic complaints"
    " about your listings.\n\nSeller Performance\n"
)
# A consultant's newsletter (the corpus's en-x-consultant-newsletter): no Amazon address,
# no "Amazon" in its headers or text, no ID; it names a policy and the seller's store.
NEWSLETTER = (
    "Hi Quillstone Office,\n\nThis week we saw a wave of inauthentic complaints in beauty."
    " Most of the sellers we helped had invoices that did not match their sales volume.\n\n"
    "Reply to this email to get our POA checklist.\n"
)
NEWS = "news@appealpros.example"


def test_a_newsletter_naming_no_amazon_names_a_policy_and_a_store() -> None:
    """Its policy and store name are facts drafts and case rows read (not only its IDs)."""
    box = Mailbox()
    box.add("other", NEWSLETTER, sender=NEWS, subject="5 reasons your plan of action fails")
    raw = box.mail[0][1]
    assert b"amazon" not in raw.lower()
    facts = extract_facts(parse(raw))
    assert facts.policy == "inauthentic"
    assert facts.store_name == "Quillstone Office"


def test_a_newsletter_naming_no_amazon_joins_the_open_case_of_its_policy() -> None:
    """GIVEN an open inauthentic case WHEN a newsletter about inauthentic complaints comes
    THEN it joins that case by its policy: without the policy fact it would not."""
    box = Mailbox()
    box.add("suspension", INAUTHENTIC, sender=PERF, subject="Your account is deactivated")
    box.add("other", NEWSLETTER, day=1, sender=NEWS, subject="5 reasons your POA fails")
    placements = box.group()
    assert _same(placements, 1, 2)
    assert _reason(placements[1]) == "same policy (inauthentic), recent"


def test_an_ordinary_mail_naming_an_asin_joins_its_case() -> None:
    """A supplier's mail naming the ASIN of an open case joins it (its IDs are read)."""
    box = Mailbox()
    box.add("suspension", INAUTHENTIC + "ASIN: B0CCCCCCC3\n", sender=PERF)
    box.add("other", "Hi,\n\nInvoices for B0CCCCCCC3 attached.\n", day=1,
            sender="sales@supplier.example", subject="Invoices")  # fmt: skip
    placements = box.group()
    assert _same(placements, 1, 2)
    assert _reason(placements[1]) == "same ASIN B0CCCCCCC3"
