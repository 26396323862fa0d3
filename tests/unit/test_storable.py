"""Text every database takes: NULs out, Message-IDs and addresses within their columns."""

from __future__ import annotations

from intake.mail.parse import parse
from intake.mail.storable import MAX_ADDRESS, MAX_MESSAGE_ID, clean_text, shortened_id, storable
from intake.store.models import DraftRow, MessageRow

HEAD = b"From: seller-performance@amazon.com\r\nTo: o@seller.test\r\n"


def test_clean_text_drops_nuls_and_replaces_lone_surrogates() -> None:
    assert clean_text("dea\x00ctivated") == "deactivated"
    assert clean_text("caf\udce9") == "caf\ufffd"
    assert clean_text("plain") == "plain"


def test_storable_cleans_every_nested_string() -> None:
    value = {"a\x00": ["b\x00", ("c\x00", 1)], "n": None}
    assert storable(value) == {"a": ["b", ("c", 1)], "n": None}


def test_shortened_ids_fit_and_stay_distinct_and_stable() -> None:
    first, second = "<" + "m" * 5000 + "1@x>", "<" + "m" * 5000 + "2@x>"
    assert len(shortened_id(first)) == MAX_MESSAGE_ID
    assert shortened_id(first) != shortened_id(second)
    assert shortened_id(first) == shortened_id(first)
    assert shortened_id("<short@x>") == "<short@x>"


def test_parse_cleans_nuls_with_a_defect_and_keeps_the_words() -> None:
    notice = parse(HEAD + b"Subject: =?utf-8?B?ZGVhAGN0aXZhdGVk?=\r\n\r\nbody\r\n")
    assert notice.subject == "deactivated"
    assert "subject: NUL or invalid characters removed" in notice.defects


def test_parse_cuts_over_long_fields_and_threads_to_the_same_short_id() -> None:
    long_id = b"<" + b"m" * 100_000 + b"@amazon.com>"
    parent = parse(HEAD.replace(b"seller-performance", b"s" * 1000) + b"Message-ID: " + long_id
                   + b"\r\n\r\nbody\r\n")  # fmt: skip
    reply = parse(HEAD + b"In-Reply-To: " + long_id + b"\r\nReferences: " + long_id + b"\r\n\r\nx")
    assert len(parent.message_id) == MAX_MESSAGE_ID and len(parent.sender) == MAX_ADDRESS
    assert reply.in_reply_to == parent.message_id == reply.references[0]
    assert any(defect.startswith("Message-ID: 100013 characters") for defect in parent.defects)


def test_limits_match_the_columns() -> None:
    """The parse limits are the columns' sizes, so a cut value always fits."""
    columns = MessageRow.__table__.c
    assert columns.message_id.type.length == columns.in_reply_to.type.length == MAX_MESSAGE_ID
    assert columns.sender.type.length == columns.sender_name.type.length == MAX_ADDRESS
    assert DraftRow.__table__.c.in_reply_to.type.length == MAX_MESSAGE_ID
    assert DraftRow.__table__.c.to_addr.type.length == MAX_ADDRESS
