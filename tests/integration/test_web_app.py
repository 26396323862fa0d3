"""The web app over a real database (SQLite and PostgreSQL), through Flask's test client."""

# ruff: noqa: F811 - pytest fixtures are imported by name and used as arguments

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

from sqlalchemy import select

from intake.ingest.files import ingest
from intake.ingest.pipeline import IngestContext
from intake.mail.notice import Origin, RawMessage
from intake.store.models import CaseEventRow, CorrectionRow, MessageRow, SendLedgerRow
from intake.store.users import set_password, user_by_name
from intake.web.passwords import hash_password
from tests.builders import MessageBuilder
from tests.integration.web import (  # noqa: F401
    ORDER_ID,
    PASSWORD,
    csrf_from,
    make_app,
    notice,
    seeded,
    signed_in,
)


def test_every_page_needs_sign_in(seeded) -> None:
    """Without a session each page and the export redirect to the login page."""
    client = make_app(seeded).test_client()
    for path in ("/", f"/cases/{seeded.acme_first}", "/review", "/accounts", "/cases.csv"):
        response = client.get(path)
        assert response.status_code == 302 and "/login" in response.headers["Location"], path


def test_wrong_password_refused_then_throttled(seeded) -> None:
    """Five wrong passwords are 401s; then even the right one is refused with 429."""
    client = make_app(seeded).test_client()
    token = csrf_from(client.get("/login").get_data(as_text=True))
    for _ in range(5):
        wrong = client.post("/login", data={"name": "sam", "password": "nope", "csrf_token": token})
        assert wrong.status_code == 401 and b"Wrong name or password" in wrong.data
    right = client.post("/login", data={"name": "sam", "password": PASSWORD, "csrf_token": token})
    assert right.status_code == 429
    assert client.get("/").status_code == 302


def test_seller_sees_only_their_client(seeded, signed_in) -> None:
    """A seller of acme: globex's case, its actions and its rows in exports are not there."""
    sam = signed_in("sam")
    page = sam.get("/?status=any").get_data(as_text=True)
    assert f'href="/cases/{seeded.acme_first}"' in page
    assert f'href="/cases/{seeded.globex}"' not in page and "Globex" not in page
    assert sam.get(f"/cases/{seeded.globex}").status_code == 404
    assert sam.post(f"/cases/{seeded.globex}/note", {"note": "x"}).status_code == 404
    merged = sam.post(f"/cases/{seeded.acme_first}/merge", {"source": str(seeded.globex)})
    assert merged.status_code == 404
    exported = sam.get("/cases.csv?status=any&client=globex").get_data(as_text=True)
    ids = [row["id"] for row in csv.DictReader(io.StringIO(exported))]
    assert str(seeded.globex) not in ids and str(seeded.acme_first) in ids
    assert sam.get("/?q=B0CCCCCCC3").get_data(as_text=True).count('href="/cases/') == 0


def test_admin_sees_every_client_and_consultant_theirs(seeded, signed_in) -> None:
    """An admin lists both clients' cases; a consultant of acme only acme's."""
    admin = signed_in("boss").get("/?status=any").get_data(as_text=True)
    consultant = signed_in("carla").get("/?status=any").get_data(as_text=True)
    assert f'href="/cases/{seeded.globex}"' in admin
    assert f'href="/cases/{seeded.globex}"' not in consultant
    assert f'href="/cases/{seeded.acme_second}"' in consultant


def test_post_without_csrf_token_is_refused(seeded, signed_in) -> None:
    """A form post without the session's token changes nothing."""
    carla = signed_in("carla")
    response = carla.client.post(f"/cases/{seeded.acme_first}/note", data={"note": "sneaky"})
    assert response.status_code == 400
    with seeded.store.session() as session:
        assert not session.scalars(select(CaseEventRow).where(CaseEventRow.kind == "note")).all()


def test_actions_are_recorded_with_who_did_them(seeded, signed_in) -> None:
    """A note, an owner and a close from the web are case events carrying the user's name."""
    carla = signed_in("carla")
    case = seeded.acme_first
    assert carla.post(f"/cases/{case}/note", {"note": "called the seller"}).status_code == 302
    with seeded.store.session() as session:
        carla_id = user_by_name(session, "carla")[0].id
    carla.post(f"/cases/{case}/owner", {"user": str(carla_id)})
    carla.post(f"/cases/{case}/close", {"note": "reinstated by phone"})
    with seeded.store.session() as session:
        events = session.scalars(select(CaseEventRow).where(CaseEventRow.case_id == case)).all()
        assert {(e.kind, e.actor) for e in events} == {
            ("note", "carla"),
            ("owner", "carla"),
            ("closed", "carla"),
        }
    page = carla.get(f"/cases/{case}").get_data(as_text=True)
    assert "called the seller" in page and "by carla" in page
    assert '<span id="owner">carla</span>' in page and 'id="case-status">closed<' in page


def test_merge_from_the_case_page(seeded, signed_in) -> None:
    """Merging the second acme case into the first leaves one case; the old URL redirects."""
    carla = signed_in("carla")
    response = carla.post(f"/cases/{seeded.acme_first}/merge", {"source": str(seeded.acme_second)})
    assert response.status_code == 302
    listed = carla.get("/").get_data(as_text=True)
    assert f'href="/cases/{seeded.acme_second}"' not in listed
    old = carla.get(f"/cases/{seeded.acme_second}")
    assert old.status_code == 302 and old.headers["Location"].endswith(
        f"/cases/{seeded.acme_first}"
    )


def test_review_queue_correction_joins_training_data(seeded, signed_in) -> None:
    """A correction from the review queue is a person's label and a training correction."""
    boss = signed_in("boss")
    response = boss.post(f"/review/{seeded.acme_message}", {"label": "need_more_info"})
    assert response.status_code == 302
    with seeded.store.session() as session:
        row = session.get(MessageRow, seeded.acme_message)
        assert (row.label, row.label_source, row.needs_review) == (
            "need_more_info",
            "person",
            False,
        )
        fixes = session.scalars(select(CorrectionRow.label)).all()
        assert fixes == ["need_more_info"]
        actors = session.scalars(
            select(CaseEventRow.actor).where(CaseEventRow.kind == "relabelled")
        ).all()
        assert actors == ["boss"]


def test_search_finds_asin_order_id_and_case_number(seeded, signed_in) -> None:
    """Full-text search (FTS5 / PostgreSQL) finds a case by ASIN, order ID and its number."""
    carla = signed_in("carla")

    def found(query: str) -> set[str]:
        page = carla.get("/", query_string={"q": query}).get_data(as_text=True)
        return {part.split('"')[0] for part in page.split('href="/cases/')[1:]}

    assert found("B0BBBBBBB2") == {str(seeded.acme_second)}
    assert found(ORDER_ID) == {str(seeded.acme_first)}
    assert found(f"#{seeded.acme_second}") == {str(seeded.acme_second)}
    assert found("rights owner complaint") == {str(seeded.acme_first), str(seeded.acme_second)}
    assert found("nothing-like-this-anywhere") == set()


def test_script_in_a_subject_is_shown_as_text(seeded, signed_in) -> None:
    """Mail content is escaped on every page: the tag arrives as text, never as markup."""
    boss = signed_in("boss")
    for path in (f"/cases/{seeded.globex}", "/?status=any", "/review"):
        page = boss.get(path).get_data(as_text=True)
        assert "<script>alert" not in page, path
    page = boss.get(f"/cases/{seeded.globex}").get_data(as_text=True)
    assert "&lt;script&gt;alert" in page
    assert 'class="mail-text">Hello,' in page  # the body, as text


def test_security_headers_and_cookie_flags(seeded) -> None:
    """CSP without inline scripts; the session cookie is HttpOnly and SameSite=Lax."""
    client = make_app(seeded).test_client()
    response = client.get("/login")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_new_password_ends_open_sessions(seeded, signed_in) -> None:
    """After ``user passwd`` an open session is signed out at its next request."""
    sam = signed_in("sam")
    assert sam.get("/").status_code == 200
    with seeded.store.session() as session:
        set_password(session, "sam", hash_password("another long password"))
    assert sam.get("/").status_code == 302


def test_triage_list_follows_changes_made_after_it_was_cached(
    seeded, signed_in, classifier
) -> None:
    """The cached triage list is recomputed after a close and after new mail for the client."""
    carla = signed_in("carla")
    link = f'href="/cases/{seeded.acme_first}"'
    assert link in carla.get("/").get_data(as_text=True)
    carla.post(f"/cases/{seeded.acme_first}/close", {"note": "done"})
    assert link not in carla.get("/").get_data(as_text=True)
    builder = MessageBuilder(domain="later.test")
    later = notice(builder, "B0DDDDDDD4", 5, "Another listing removed")
    new = ingest(seeded.store, [later], IngestContext(client="acme", classifier=classifier))[0]
    assert f'href="/cases/{new.case_id}"' in carla.get("/").get_data(as_text=True)


def test_html_mail_is_shown_as_text_only(seeded, signed_in, classifier) -> None:
    """An HTML notice's markup (an image from elsewhere, a script) never reaches the page."""
    builder = MessageBuilder(domain="html.test")
    raw = builder.build(
        subject="Your listing B0EEEEEEE5 was removed",
        body="",
        html='<p>We removed <b>B0EEEEEEE5</b>.</p><img src="http://tracker.example/p.png">'
        "<script>alert(1)</script>",
    )
    stored = ingest(seeded.store, [RawMessage(raw=raw, origin=Origin(kind="file", path="h.eml"))],
                    IngestContext(client="acme", classifier=classifier))[0]  # fmt: skip
    page = signed_in("carla").get(f"/cases/{stored.case_id}").get_data(as_text=True)
    assert "<img" not in page and "<b>B0EEEEEEE5" not in page
    assert "<script>alert(1)" not in page and "We removed B0EEEEEEE5" in page


def test_accounts_page_shows_only_the_users_clients_ledger(seeded, signed_in) -> None:
    """The send ledger lists a seller's own digests, not another client's or the consultant's."""
    with seeded.store.session() as session:
        for key, client in (("digest:acme:2026-03-10", "acme"),
                            ("digest:globex:2026-03-10", "globex"),
                            ("digest:consultant:2026-03-10", None)):  # fmt: skip
            session.add(SendLedgerRow(key=key, kind="digest", client=client, recipient="x@y.test"))
    sam = signed_in("sam").get("/accounts").get_data(as_text=True)
    assert "digest:acme:" in sam and "digest:globex:" not in sam and "digest:consultant" not in sam
    boss = signed_in("boss").get("/accounts").get_data(as_text=True)
    assert "digest:globex:" in boss and "digest:consultant" in boss


def _uncertain_denial(seeded, classifier) -> int:
    """Ingest a denial naming nothing: it joins the newer acme case, its place a near-tie."""
    raw = MessageBuilder(domain="denial.test").build(
        subject="Update on your appeal",
        body="Hello,\n\nWe reviewed your appeal. It did not address our concerns, and your"
        " listing remains removed.\n\nSeller Performance",
        date=datetime(2026, 3, 4, 9, tzinfo=UTC),
    )
    stored = ingest(seeded.store, [RawMessage(raw=raw, origin=Origin(kind="file", path="d.eml"))],
                    IngestContext(client="acme", classifier=classifier))[0]  # fmt: skip
    assert stored.case_id == seeded.acme_second
    return stored.id


def _listed(page: str) -> set[str]:
    return {part.split('"')[0] for part in page.split('href="/cases/')[1:]}


def test_triage_filter_grouping_uncertain(seeded, signed_in, classifier) -> None:
    """The "grouping uncertain" filter keeps only the cases with a near-tie message to confirm."""
    _uncertain_denial(seeded, classifier)
    carla = signed_in("carla")
    everything = _listed(carla.get("/").get_data(as_text=True))
    assert {str(seeded.acme_first), str(seeded.acme_second)} <= everything
    page = carla.get("/?uncertain=1").get_data(as_text=True)
    assert _listed(page) == {str(seeded.acme_second)}
    assert 'id="uncertain-filter" checked' in page and "grouping?" in page
    exported = carla.get("/cases.csv?uncertain=1").get_data(as_text=True)
    assert [row["id"] for row in csv.DictReader(io.StringIO(exported))] == [str(seeded.acme_second)]


def test_case_page_shows_grouping_reasons_and_confirm_is_recorded(
    seeded, signed_in, classifier
) -> None:
    """Each message shows why it is in the case, the near-tie is marked "uncertain"; "Confirm
    grouping" is ``intake case confirm`` recorded with who, and clears the mark and filter."""
    denial = _uncertain_denial(seeded, classifier)
    carla = signed_in("carla")
    case = seeded.acme_second
    page = carla.get(f"/cases/{case}").get_data(as_text=True)
    assert f"why here: joined case {case}: names nothing; the newest open case of" in page
    assert "why here: new case: " in page
    mine = page.split(f'id="message-{denial}"')[1].split("</li>")[0]
    assert 'class="uncertain"' in mine and 'id="confirm-form"' in page
    response = carla.post(f"/cases/{case}/confirm", {"note": "checked the appeal"})
    assert response.status_code == 302
    with seeded.store.session() as session:
        row = session.get(MessageRow, denial)
        assert (row.case_uncertain, row.case_source, row.case_id) == (False, "person", case)
        events = session.scalars(select(CaseEventRow).where(CaseEventRow.case_id == case)).all()
        assert [(e.kind, e.actor, e.note) for e in events] == [
            ("confirmed", "carla", "checked the appeal")
        ]
    page = carla.get(f"/cases/{case}").get_data(as_text=True)
    assert 'class="uncertain"' not in page and 'id="confirm-form"' not in page
    assert "confirmed by a person" in page and "by carla" in page
    assert _listed(carla.get("/?uncertain=1").get_data(as_text=True)) == set()


def test_accounts_page_shows_the_users_clients_backlog(seeded, signed_in) -> None:
    """Mail taken in and not analysed yet is on the accounts page, per visible client only."""
    from intake.store import inbox, repo

    builder = MessageBuilder()
    with seeded.store.session() as session:
        for client, count in (("acme", 3), ("globex", 2)):
            client_id = repo.ensure_client(session, client)
            raws = [RawMessage(raw=builder.build(), origin=Origin(kind="file", path=f"w{i}"))
                    for i in range(count)]  # fmt: skip
            inbox.take_in(session, client_id, None, raws)
    sam = signed_in("sam").get("/accounts").get_data(as_text=True)
    backlog = sam.split('id="backlog"', 1)[1].split("</table>", 1)[0]
    assert "<td>3</td>" in backlog and "<td>2</td>" not in backlog
    boss = signed_in("boss").get("/accounts").get_data(as_text=True)
    backlog = boss.split('id="backlog"', 1)[1].split("</table>", 1)[0]
    assert "<td>3</td>" in backlog and "<td>2</td>" in backlog


def test_only_a_case_about_an_amazon_matter_offers_close(seeded, signed_in) -> None:
    """The "other mail" case keeps its status whatever a person does: its page offers no
    Close button (closing it is refused), while a notice's page does."""
    from intake.store.models import CaseRow

    carla = signed_in("carla")
    with seeded.store.session() as session:
        first = session.get(CaseRow, seeded.acme_first)
        assert first is not None
        row = CaseRow(client_id=first.client_id, title="Other mail", kind="general",
                      grouping_state="general")  # fmt: skip
        session.add(row)
        session.flush()
        general = row.id
    assert "Close case" not in carla.get(f"/cases/{general}").get_data(as_text=True)
    assert "Close case" in carla.get(f"/cases/{seeded.acme_first}").get_data(as_text=True)


def test_accounts_page_lists_the_users_clients_failed_mail(seeded, signed_in) -> None:
    """Mail set aside as failed is on the accounts page (not in the backlog), with where it
    came from and why, per visible client only."""
    from intake.store import inbox, repo

    builder = MessageBuilder()
    with seeded.store.session() as session:
        for client in ("acme", "globex"):
            client_id = repo.ensure_client(session, client)
            raw = RawMessage(raw=builder.build(), origin=Origin(kind="file", path=f"{client}.eml"))
            [inbox_id] = inbox.take_in(session, client_id, None, [raw])
            inbox.set_aside(session, inbox_id, f"cannot store: refused for {client}")
    sam = signed_in("sam").get("/accounts").get_data(as_text=True)
    failed = sam.split('id="failed"', 1)[1].split("</table>", 1)[0]
    assert "acme.eml" in failed and "refused for acme" in failed and "globex" not in failed
    backlog = sam.split('id="backlog"', 1)[1].split("</table>", 1)[0]
    assert "Nothing waiting" in backlog
