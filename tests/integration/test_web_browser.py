"""The web app in a real headless Chromium: what a consultant and a seller do with it."""

# ruff: noqa: F811 - pytest fixtures are imported by name and used as arguments

from __future__ import annotations

import pytest

from tests.integration.browser import chromium, page, sign_in, site  # noqa: F401
from tests.integration.web import ORDER_ID, SCRIPT_SUBJECT

pytestmark = pytest.mark.browser


def _case_links(page) -> set[str]:
    return set(page.locator("#cases td:first-child a").all_inner_texts())


def test_sign_in_and_out(site, page) -> None:
    """Signing in shows the triage list; signing out returns to the login form for good."""
    url, _ = site
    sign_in(page, url, "carla")
    assert page.locator("#cases").is_visible()
    page.click("#logout")
    assert page.locator("form.login").is_visible()
    page.goto(url + "/")
    assert page.locator("form.login").is_visible() and not page.locator("#cases").count()


def test_wrong_password_is_refused(site, page) -> None:
    """A wrong password shows the error and no triage list."""
    url, _ = site
    sign_in(page, url, "carla", "not the password at all")
    assert "Wrong name or password" in page.locator("#login-error").inner_text()
    assert not page.locator("#cases").count()


def test_triage_filter_and_search(site, page) -> None:
    """Searching an order ID finds its case; ticking a client keeps only that client's cases."""
    url, seeded = site
    sign_in(page, url, "boss")
    assert _case_links(page) >= {str(seeded.acme_first), str(seeded.acme_second)}
    page.fill("#search", ORDER_ID)
    page.click("#apply")
    assert _case_links(page) == {str(seeded.acme_first)}
    page.goto(url + "/?status=any")
    page.check("input[name=client][value=globex]")
    page.click("#apply")
    assert _case_links(page) == {str(seeded.globex)}


def test_relabel_from_review_queue_changes_the_case(site, page) -> None:
    """Correcting a label in the review queue shows on the case's timeline and status."""
    url, seeded = site
    sign_in(page, url, "boss")
    page.goto(url + "/review")
    row = page.locator(f"#review-{seeded.acme_message}")
    row.locator("select[name=label]").select_option("need_more_info")
    row.locator("button.correct").click()
    assert "need_more_info" in page.locator(".flash.ok").inner_text()
    page.goto(url + f"/cases/{seeded.acme_first}")
    message = page.locator(f"#message-{seeded.acme_message}")
    assert message.locator(".label").inner_text() == "need_more_info"
    assert page.locator("#case-status").inner_text() == "more_info_requested"
    assert "by boss" in page.locator("#timeline").inner_text()


def test_merge_two_cases(site, page) -> None:
    """Merging from the case page moves the other case's mail in; it leaves the triage list."""
    url, seeded = site
    sign_in(page, url, "carla")
    page.goto(url + f"/cases/{seeded.acme_first}")
    page.select_option("#merge-form select[name=source]", str(seeded.acme_second))
    page.click("#merge-form button[type=submit]")
    assert "merged into this case" in page.locator(".flash.ok").inner_text()
    assert page.locator("#timeline li.message").count() == 2
    page.goto(url + "/")
    assert str(seeded.acme_second) not in _case_links(page)


def test_draft_has_copy_button_with_the_text(site, page) -> None:
    """A drafted reply is shown with a copy button that copies that text."""
    url, seeded = site
    sign_in(page, url, "carla")
    page.goto(url + f"/cases/{seeded.acme_first}")
    page.click("text=Draft reply")
    body = page.locator("#draft-body").inner_text()
    assert "B0AAAAAAA1" in body
    button = page.locator("#copy-draft")
    assert button.get_attribute("data-copy") == "draft-body"
    button.click()
    page.wait_for_function("document.getElementById('copy-draft').textContent === 'Copied'")
    assert page.evaluate("navigator.clipboard.readText()") == page.evaluate(
        "document.getElementById('draft-body').textContent"
    )


def test_seller_gets_404_for_another_clients_case(site, page) -> None:
    """A seller of acme typing globex's case URL gets a 404 page and nothing of the case."""
    url, seeded = site
    sign_in(page, url, "sam")
    response = page.goto(url + f"/cases/{seeded.globex}")
    assert response.status == 404
    assert "alert" not in page.content() and "404" in page.locator("h1").inner_text()


def test_form_without_csrf_token_is_refused(site, page) -> None:
    """A form posted without its token (as a forged cross-site post would be) is a 400."""
    url, seeded = site
    sign_in(page, url, "carla")
    page.goto(url + f"/cases/{seeded.acme_first}")
    form = page.locator("form", has=page.locator("textarea[name=note]"))
    form.locator("input[name=csrf_token]").evaluate("field => field.remove()")
    form.locator("textarea").fill("forged")
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        form.locator("button").click()
    assert posted.value.status == 400
    page.goto(url + f"/cases/{seeded.acme_first}")
    assert "forged" not in page.locator("#timeline").inner_text()


def test_script_in_subject_shows_as_text(site, page) -> None:
    """A subject carrying a script tag is shown as text and never runs."""
    url, seeded = site
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    sign_in(page, url, "boss")
    page.goto(url + f"/cases/{seeded.globex}")
    assert SCRIPT_SUBJECT in page.locator("#timeline .subject").first.inner_text()
    page.goto(url + "/?status=any")
    assert dialogs == []
