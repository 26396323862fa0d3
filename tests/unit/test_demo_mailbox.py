"""Checks on the demo mailbox shipped in intake/samples/demo.

`intake demo` and the integration tests rely on this mailbox telling a coherent
story and containing the awkward messages real inboxes hold (re-sent notices,
HTML-only mail, a non-UTF-8 notice, a malformed file, phishing). These tests pin
that down so an edit to the samples cannot quietly remove one of them.
"""

from __future__ import annotations

import difflib
import email
import json
import re
from collections import Counter, defaultdict
from email import policy
from email.message import EmailMessage
from email.utils import parseaddr, parsedate_to_datetime
from functools import cache
from pathlib import Path

import pytest

import classifiers

DEMO = Path(__file__).resolve().parents[2] / "intake" / "samples" / "demo"
LABELS = set(classifiers.LABELS)
ASIN = re.compile(r"\bB0[A-Z0-9]{8}\b")
ORDER_ID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
CASE_ID = re.compile(r"Case ID: \d{10}\b")
FORWARD_MARK = "---------- Forwarded message ---------"
DEADLINE = re.compile(
    r"within \d+ days|by [A-Z][a-z]+ \d{1,2}, 2026|by \d{1,2} [A-Z][a-z]+ 2026|bis zum \d"
)


@cache
def manifest() -> tuple[dict, ...]:
    """The manifest entries, in file order."""
    return tuple(json.loads((DEMO / "manifest.json").read_text(encoding="utf-8")))


@cache
def message(path: str) -> EmailMessage:
    """One sample parsed with the stdlib, as a reference independent of intake's parser."""
    return email.message_from_bytes((DEMO / path).read_bytes(), policy=policy.default)


def text_of(msg: EmailMessage) -> str:
    """The readable text: the text/plain part, else the HTML with tags removed."""
    part = msg.get_body(preferencelist=("plain", "html"))
    assert part is not None, f"no body in {msg['Message-ID']}"
    content = part.get_content()
    if part.get_content_subtype() == "html":
        content = re.sub(r"<[^>]+>", " ", content)
    return content


def sender_domain(msg: EmailMessage) -> str:
    return parseaddr(str(msg["From"]))[1].rpartition("@")[2].lower()


def is_amazon(domain: str) -> bool:
    """True for amazon.com, amazon.co.uk, amazon.de and their subdomains."""
    return re.fullmatch(r"(?:[\w-]+\.)*amazon\.(?:com|co\.uk|de|fr|ca)", domain) is not None


def well_formed() -> list[dict]:
    return [e for e in manifest() if "malformed" not in e["notes"]]


def by_path() -> dict[str, dict]:
    return {e["path"]: e for e in manifest()}


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.splitlines(), b.splitlines()).ratio()


def test_manifest_lists_every_file_and_nothing_else() -> None:
    on_disk = sorted(p.relative_to(DEMO).as_posix() for p in DEMO.rglob("*.eml"))
    listed = [e["path"] for e in manifest()]
    assert len(listed) == len(set(listed)), "a path is listed twice"
    assert sorted(listed) == on_disk


def test_manifest_entries_are_consistent() -> None:
    paths = by_path()
    for e in manifest():
        assert set(e) == {"path", "client", "label", "case", "resent_of", "notes"}, e["path"]
        assert e["path"].split("/")[0] == e["client"]
        assert e["label"] in LABELS, e["path"]
        assert e["notes"].strip(), e["path"]
        assert (e["resent_of"] is not None) == (e["label"] == "resent"), e["path"]
        if e["resent_of"]:
            assert paths[e["resent_of"]]["case"] == e["case"], e["path"]
            assert e["resent_of"] < e["path"], "a resent notice must come after its original"


def test_size_and_counts() -> None:
    entries = manifest()
    assert len(entries) >= 44
    clients = Counter(e["client"] for e in entries)
    assert len(clients) == 2
    assert sum(p.stat().st_size for p in DEMO.rglob("*")) < 1_000_000


def test_cases_cover_both_clients() -> None:
    clients_of_case: dict[str, set[str]] = defaultdict(set)
    for e in manifest():
        if e["case"] is not None:
            clients_of_case[e["case"]].add(e["client"])
    assert len(clients_of_case) >= 8
    assert all(len(c) == 1 for c in clients_of_case.values()), "a case spans two clients"
    per_client = Counter(next(iter(c)) for c in clients_of_case.values())
    assert min(per_client.values()) >= 4 and len(per_client) == 2


def test_every_label_present_at_least_twice() -> None:
    counts = Counter(e["label"] for e in manifest())
    assert set(counts) == LABELS
    assert min(counts.values()) >= 2, counts


def test_only_other_messages_lack_a_case() -> None:
    caseless = [e for e in manifest() if e["case"] is None]
    assert all(e["label"] == "other" for e in caseless)
    assert len(caseless) >= 5  # orders, disbursements, newsletters, phishing, malformed


@pytest.mark.parametrize("path", [e["path"] for e in well_formed()])
def test_message_parses_with_from_date_and_message_id(path: str) -> None:
    msg = message(path)
    assert not msg.defects, msg.defects
    assert parseaddr(str(msg["From"]))[1]
    assert parsedate_to_datetime(str(msg["Date"])).year == 2026
    assert re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", str(msg["Message-ID"]).strip())
    assert text_of(msg).strip()


def test_message_ids_are_unique() -> None:
    ids = [str(message(e["path"])["Message-ID"]).strip() for e in well_formed()]
    assert len(ids) == len(set(ids))


def test_malformed_message_is_really_malformed() -> None:
    broken = [e for e in manifest() if "malformed" in e["notes"]]
    assert len(broken) == 1
    entry = broken[0]
    assert entry["label"] == "other" and entry["case"] is None
    msg = message(entry["path"])
    assert msg.defects or msg["Date"] is None or msg["Message-ID"] is None


def test_dates_ascend_per_case_and_per_client() -> None:
    last: dict[str, object] = {}
    for e in well_formed():
        when = parsedate_to_datetime(str(message(e["path"])["Date"]))
        for key in (e["client"], e["case"]):
            if key is not None:
                assert key not in last or last[key] <= when, f"{e['path']} goes back in time"
                last[key] = when


def test_resent_notices_are_near_copies_with_new_ids() -> None:
    resent = [e for e in manifest() if e["label"] == "resent"]
    assert len(resent) >= 2
    for e in resent:
        copy, original = message(e["path"]), message(e["resent_of"])
        new, old = text_of(copy), text_of(original)
        assert similarity(new, old) >= 0.9, e["path"]
        changed = [ln for ln in difflib.ndiff(old.splitlines(), new.splitlines()) if ln[0] in "+-"]
        assert 2 <= len(changed) <= 6, changed  # greeting and reference, nothing more
        assert new.splitlines()[0] != old.splitlines()[0], "greeting should change"
        assert copy["Message-ID"] != original["Message-ID"]
        assert copy["Date"] != original["Date"]


def test_same_template_about_different_asins_is_not_resent() -> None:
    notices = [e for e in well_formed() if e["label"] == "suspension"]
    pairs = [
        (a, b)
        for i, a in enumerate(notices)
        for b in notices[i + 1 :]
        if a["case"] != b["case"]
        and similarity(text_of(message(a["path"])), text_of(message(b["path"]))) >= 0.8
    ]
    assert pairs, "expected two notices of one template about different ASINs"
    for a, b in pairs:
        asins_a = set(ASIN.findall(text_of(message(a["path"]))))
        asins_b = set(ASIN.findall(text_of(message(b["path"]))))
        assert asins_a and asins_b and asins_a.isdisjoint(asins_b)


def test_html_only_message_present() -> None:
    def html_only(msg: EmailMessage) -> bool:
        types = {p.get_content_type() for p in msg.walk()}
        return "text/html" in types and "text/plain" not in types

    found = [e for e in well_formed() if html_only(message(e["path"]))]
    assert found
    assert any(e["label"] != "other" for e in found), "the HTML-only message should matter"


def test_attachment_is_a_pdf_of_a_few_kilobytes() -> None:
    pdfs = [
        part.get_content()
        for e in well_formed()
        for part in message(e["path"]).iter_attachments()
        if part.get_content_type() == "application/pdf"
    ]
    assert pdfs
    assert any(p.startswith(b"%PDF-") and p.rstrip().endswith(b"%%EOF") for p in pdfs)
    assert any(2_000 <= len(p) <= 50_000 for p in pdfs)


def test_forwarded_by_consultant_to_themselves() -> None:
    forwards = [e for e in well_formed() if FORWARD_MARK in text_of(message(e["path"]))]
    assert forwards
    msg = message(forwards[0]["path"])
    assert parseaddr(str(msg["From"]))[1] == parseaddr(str(msg["To"]))[1]
    inner = text_of(msg).split(FORWARD_MARK, 1)[1]
    assert re.search(r"From: .*@amazon\.", inner)
    assert CASE_ID.search(inner), "the forwarded notice should keep its case ID"
    assert forwards[0]["case"] is not None


def test_non_utf8_message_with_accents() -> None:
    found = []
    for e in well_formed():
        for part in message(e["path"]).walk():
            charset = (part.get_content_charset() or "").lower()
            if charset in {"iso-8859-1", "latin-1", "windows-1252", "iso-8859-15"}:
                found.append(part)
    assert found
    raw = found[0].get_payload(decode=True)
    assert any(b >= 0x80 for b in raw)
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert re.search("[äöüßéèà]", found[0].get_content())


def test_phishing_imitation_is_other_with_no_case() -> None:
    phish = [e for e in manifest() if "phishing" in e["notes"]]
    assert len(phish) == 1
    entry, msg = phish[0], message(phish[0]["path"])
    assert entry["label"] == "other" and entry["case"] is None
    assert not is_amazon(sender_domain(msg))
    html = msg.get_body(preferencelist=("html",)).get_content()
    hrefs = re.findall(r'href="https?://([^/"]+)', html)
    assert hrefs and not any(is_amazon(host) for host in hrefs)
    assert "password" in text_of(msg).lower()


def test_real_notices_come_from_amazon() -> None:
    for e in well_formed():
        if e["label"] not in {"other", "suspension"}:
            assert is_amazon(sender_domain(message(e["path"]))), e["path"]


def test_redirects_point_to_account_health() -> None:
    redirects = [e for e in manifest() if e["label"] == "redirect_closed_queue"]
    for e in redirects:
        msg = message(e["path"])
        assert msg["Auto-Submitted"] == "auto-replied"
        assert "/performance/account/health" in text_of(msg)


def test_seller_writes_to_amazon_within_a_case() -> None:
    outgoing = [
        e
        for e in well_formed()
        if not is_amazon(sender_domain(message(e["path"])))
        and is_amazon(parseaddr(str(message(e["path"])["To"]))[1].rpartition("@")[2])
    ]
    assert len(outgoing) >= 2
    assert all(e["label"] == "other" and e["case"] for e in outgoing)


def test_some_case_is_open_with_a_deadline() -> None:
    last_of_case = {e["case"]: e for e in well_formed() if e["case"]}
    open_cases = [
        e
        for e in last_of_case.values()
        if e["label"] == "need_more_info" and DEADLINE.search(text_of(message(e["path"])))
    ]
    assert open_cases


def test_notices_name_asins_orders_and_case_ids() -> None:
    texts = [text_of(message(e["path"])) for e in well_formed()]
    assert sum(bool(ASIN.search(t)) for t in texts) >= 10
    assert sum(bool(ORDER_ID.search(t)) for t in texts) >= 4
    assert sum(bool(CASE_ID.search(t)) for t in texts) >= 8
