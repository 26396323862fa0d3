"""Authenticity: genuine Amazon mail is "ok"; imitations are "suspicious" with the evidence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from intake.extract import check_authenticity
from intake.extract.domains import imitates_amazon, is_amazon_domain
from intake.mail.parse import parse
from tests.unit.test_extract_helpers import notice

SUSPENSION = (
    "Hello,\n\nYour Amazon seller account has been suspended because of inauthentic item "
    "complaints. To appeal, go to Account Health in Seller Central.\n\nSeller Performance Team"
)
GOOD_LINK = (("https://sellercentral.amazon.com/performance/dashboard", "Account Health"),)
PASS_AUTH = (
    ("authentication-results", "mx.example; dkim=pass header.d=amazon.com; spf=pass; dmarc=pass"),
)


def reasons_of(**options: object) -> tuple[str, ...]:
    """The reasons for a notice built from ``options``; empty means "ok"."""
    result = check_authenticity(notice(**options))  # type: ignore[arg-type]
    assert result.verdict == ("suspicious" if result.reasons else "ok")
    return result.reasons


@pytest.mark.parametrize(
    "options",
    [
        {"text": SUSPENSION, "links": GOOD_LINK, "headers": PASS_AUTH},
        {"text": SUSPENSION, "sender": "seller-performance@amazon.co.uk"},
        {"text": SUSPENSION, "sender": "notice-dispute@amazon.de"},
        {"text": SUSPENSION, "sender": "x@marketplace.amazon.com.au"},
        {"text": SUSPENSION, "headers": (("return-path", "<0100abc@amazonses.com>"),)},
        {"text": SUSPENSION, "headers": (("reply-to", "seller-performance@amazon.com"),)},
        {"text": "Amazon will never ask for your password. " + SUSPENSION},
        {"text": "Visit https://sellercentral.amazon.com/hz/appeal to appeal."},
        {"text": "Short link https://amzn.to/3abcd to your listing."},
        {
            "text": "Please find attached invoice 4471 for your order of 500 units.",
            "sender": "billing@supplier.example",
            "headers": (("reply-to", "accounts@supplier.example"),),
        },
        {
            "text": "Thanks for your order! Ship to the Amazon FBA warehouse as usual.",
            "sender": "sales@factory.example",
            "links": (("https://factory.example/orders/77", "Your order"),),
        },
        {
            "subject": "Fwd: Your Amazon selling account",
            "text": "---------- Forwarded message ---------\n" + SUSPENSION,
            "sender": "client@gmail.com",
        },
        {
            "text": "Rights owner contact: brandlegal@gmail.com. " + SUSPENSION,
        },
        {
            "subject": "Fwd: Documents received",
            "text": "Can you check?\n\n-----Original Message-----\n"
            "From: seller-performance@amazon.de\nTo: shop.owner@gmail.com\n\n" + SUSPENSION,
            "sender": "consultant@agency.example",
        },
        {
            "text": "Thanks.\n\nOn Mon, Mar 4, 2024 at 9:30 AM, shop.owner@gmail.com wrote:\n"
            "> Here is my appeal.\n\n" + SUSPENSION,
        },
        {
            "subject": "RE: Your selling privileges have been removed",
            "text": "Please find our plan of action for Account Health attached.",
            "sender": "shop.owner@gmail.com",
            "recipients": ("seller-performance@amazon.co.uk",),
        },
        {
            "subject": "Suspended account? We can help",
            "text": "Hi,\n\nWe buy Amazon seller accounts. Fast payment.",
            "sender": "growth@boost.example",
        },
        {
            "subject": "Call tomorrow?",
            "text": "Quick update: still no answer from Seller Performance. We wait until Friday.",
            "sender": "mark@consultancy.example",
        },
        {
            "subject": "Appeal",
            "text": "Dear Seller Performance Team,\nWe ask you to restore our selling privileges.",
            "sender": "shop.owner@gmx.de",
        },
    ],
)
def test_genuine_or_unrelated_mail_is_ok(options: dict[str, object]) -> None:
    """Amazon mail with Amazon links and passing auth, or mail not posing as Amazon, is ok."""
    assert reasons_of(**options) == ()


@pytest.mark.parametrize(
    ("options", "evidence"),
    [
        ({"text": SUSPENSION, "sender": "support@amaz0n-support.com"}, "amaz0n-support.com"),
        (
            {"text": SUSPENSION, "sender": "team@amazon-seller-support.net"},
            "amazon-seller-support.net",
        ),
        ({"text": SUSPENSION, "sender": "a@amazon.com.security-check.io"}, "security-check.io"),
        ({"text": SUSPENSION, "sender": "a@xn--amzon-zra.com"}, "xn--amzon-zra.com"),
        ({"text": SUSPENSION, "sender": "a@arnazon.com"}, "arnazon.com"),
        ({"text": SUSPENSION, "sender": "a@amazom.co"}, "amazom.co"),
        ({"text": SUSPENSION, "sender": "case-team@gmail.com"}, "gmail.com"),
        (
            {"text": "We have deactivated your account. Appeal today.", "sender": "a@b.example"},
            "b.example",
        ),
        ({"text": "Notice of hold.\n\nAmazon.co.uk", "sender": "a@b.example"}, "b.example"),
        (
            {"text": "Your selling account will be closed.", "sender": "info@mailer.example"},
            "mailer.example",
        ),
        ({"text": SUSPENSION, "sender": "bounce@amazonses.com"}, "amazonses.com"),
        (
            {
                "text": "Your listings are on hold.",
                "sender": "x@mailer.example",
                "sender_name": "Amazon Seller Support",
            },
            "mailer.example",
        ),
        (  # "Fwd:" in the subject alone: nothing was forwarded
            {
                "subject": "Fwd: Your selling account is deactivated",
                "text": "We have deactivated your selling account. Reply with your plan.",
                "sender": "sellerperf.team@gmail.com",
                "sender_name": "Seller Performance",
            },
            "gmail.com",
        ),
        (  # a forward marker, but the sender itself poses as Amazon
            {
                "subject": "Fwd: Account notice",
                "text": "---------- Forwarded message ---------\n" + SUSPENSION,
                "sender": "notices@mailer.example",
                "sender_name": "Amazon Seller Performance",
            },
            "mailer.example",
        ),
    ],
)
def test_sender_domains(options: dict[str, object], evidence: str) -> None:
    """A look-alike sender, or a non-Amazon sender that presents itself as Amazon."""
    reasons = reasons_of(**options)
    assert any(evidence in reason and "sender domain" in reason for reason in reasons), reasons


@pytest.mark.parametrize(
    ("links", "evidence"),
    [
        (
            (("https://sellercentral-amazon.verify-now.io/login", "Seller Central"),),
            "verify-now.io",
        ),
        ((("https://bit.ly/3xyz", "https://sellercentral.amazon.com/appeal"),), "bit.ly"),
        ((("https://example.ru/a", "Appeal this decision"),), "example.ru"),
        ((("https://example.ru/a", "Log in to restore your account"),), "example.ru"),
        ((("https://s3.amazonaws.com/x/index.html", "Account Health"),), "s3.amazonaws.com"),
        ((("https://forms.example/verify-account", "Click here"),), "forms.example"),
        ((("http://amazon.com.account-review.info/", "Review"),), "account-review.info"),
    ],
)
def test_links(links: tuple[tuple[str, str], ...], evidence: str) -> None:
    """Links whose real target is not Amazon while they look like Amazon or ask to log in."""
    reasons = reasons_of(text=SUSPENSION, links=links)
    assert any(evidence in reason for reason in reasons), reasons


@pytest.mark.parametrize("url", ["https://bit.ly/3xAbCd", "www.tinyurl.com/appeal-now"])
def test_link_shortener_in_amazon_mail(url: str) -> None:
    """A shortened link in mail from (or posing as) Amazon hides where it goes."""
    reasons = reasons_of(text=SUSPENSION + f"\nSubmit your appeal here: {url}")
    assert any("shortener" in reason for reason in reasons), reasons


def test_link_shortener_in_a_suppliers_mail_is_not_a_reason() -> None:
    text = "Our new catalogue: https://bit.ly/cat2026"
    assert reasons_of(text=text, sender="sales@factory.example") == ()


def test_plain_text_url_with_login_wording() -> None:
    """A bare URL in a plain-text body is judged like a link."""
    text = SUSPENSION + "\nVerify here: https://seller-verify.example/login?acct=1"
    assert any("seller-verify.example" in r for r in reasons_of(text=text))


@pytest.mark.parametrize(
    ("sentence", "evidence"),
    [
        ("Reply with your Seller Central password to restore access.", "password"),
        ("Please confirm your login credentials by replying to this email.", "password"),
        ("Enter your credit card number and CVV to verify your account.", "card number"),
        ("Provide your online banking login so we can release your funds.", "bank login"),
        (
            "To lift the suspension, purchase $500 in Google Play cards and send the codes.",
            "gift cards",
        ),
        ("Contact our agent on WhatsApp to appeal.", "WhatsApp"),
        ("Message us on Telegram @sellerhelp for fast reinstatement.", "Telegram"),
        ("Send your appeal to reinstate.desk@outlook.com today.", "reinstate.desk@outlook.com"),
        ("Call our appeals desk at +1 (555) 010-4477 now.", "+1 (555) 010-4477"),
    ],
)
def test_lures_in_amazon_looking_mail(sentence: str, evidence: str) -> None:
    """Asking for secrets or off-platform contact makes Amazon-looking mail suspicious."""
    reasons = reasons_of(text=SUSPENSION + "\n\n" + sentence)
    assert any(evidence in reason for reason in reasons), reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "Contact us about case 12345678901 through Seller Central.",
        "Order 112-1234567-7654321 was refunded; contact the buyer through Seller Central.",
        "Amazon will never ask you to call a phone number or pay with gift cards.",
    ],
)
def test_ids_and_warnings_are_not_lures(sentence: str) -> None:
    """Case IDs, order IDs and Amazon's own warnings do not read as lures."""
    assert reasons_of(text=SUSPENSION + "\n\n" + sentence) == ()


def test_supplier_whatsapp_is_not_a_lure() -> None:
    """A supplier that does not pose as Amazon may ask for WhatsApp contact."""
    assert (
        reasons_of(text="Invoice attached. WhatsApp me for questions.", sender="a@b.example") == ()
    )


@pytest.mark.parametrize(
    ("header", "value", "evidence"),
    [
        ("authentication-results", "mx; dkim=fail header.d=amazon.com; spf=pass", "dkim=fail"),
        ("authentication-results", "mx; spf=fail smtp.mailfrom=amazon.com", "spf=fail"),
        ("authentication-results", "mx; dkim=pass; dmarc=fail (p=REJECT)", "dmarc=fail"),
        ("received-spf", "Fail (domain of amazon.com does not designate 203.0.113.9)", "fail"),
    ],
)
def test_failed_authentication_for_amazon_sender(header: str, value: str, evidence: str) -> None:
    """Failed DKIM/SPF/DMARC for an Amazon From domain means spoofing."""
    reasons = reasons_of(text=SUSPENSION, headers=((header, value),))
    assert any(evidence in reason and "amazon.com" in reason for reason in reasons), reasons


def test_reply_to_outside_amazon() -> None:
    """A Reply-To that leaves Amazon is named with its domain."""
    reasons = reasons_of(text=SUSPENSION, headers=(("reply-to", "Appeals <appeals@proton.me>"),))
    assert any("proton.me" in reason and "Reply-To" in reason for reason in reasons), reasons


def test_reasons_are_short_and_never_the_body() -> None:
    """Each reason is one short sentence, not a dump of the message."""
    text = SUSPENSION + "\nReply with your password. Contact us on WhatsApp."
    reasons = reasons_of(text=text, sender="x@amaz0n.help")
    assert len(reasons) >= 3
    assert all(len(reason) < 120 and SUSPENSION not in reason for reason in reasons)


def test_to_dict_shape() -> None:
    """The JSON shape is exactly verdict plus a list of reasons."""
    result = check_authenticity(notice(SUSPENSION, sender="a@amaz0n.com")).to_dict()
    assert set(result) == {"verdict", "reasons"}
    assert result["verdict"] == "suspicious" and isinstance(result["reasons"], list)


@pytest.mark.parametrize(
    ("host", "amazon", "imitation"),
    [
        ("amazon.com", True, False),
        ("sellercentral.amazon.co.uk", True, False),
        ("sellercentral-europe.amazon.com", True, False),
        ("amazon.com.tr", True, False),
        ("amazon.eg", True, False),
        ("amazonses.com", False, False),
        ("amazon.com.evil.io", False, True),
        ("myamazon.com", False, True),
        ("amazon-com.net", False, True),
        ("supplier.example", False, False),
        ("amazing-deals.com", False, False),
        # Swapped neighbours: one transposition from the real name.
        ("amzaon.com", False, True),
        ("amaozn.de", False, True),
        ("maazon.co.uk", False, True),
        ("notice.amazno.com", False, True),
        ("selelrcentral.com", False, True),
        ("sellerpreformance.net", False, True),
        # Ordinary names near no Amazon word, and a suffix that only contains letters of one.
        ("mason.com", False, False),
        ("amazonas.gov.br", False, True),
        ("zonal-mail.co.uk", False, False),
        ("sellercentra", False, False),  # a link text cut short, not a domain anyone owns
    ],
)
def test_domain_rules(host: str, amazon: bool, imitation: bool) -> None:
    """Amazon domains are exact marketplace domains and their subdomains; the rest may imitate."""
    assert (is_amazon_domain(host), imitates_amazon(host)) == (amazon, imitation)


def test_domain_rules_stay_offline(tmp_path: Path) -> None:
    """The public suffix list is the one shipped in the package: no download, no cache file."""
    code = (
        "import socket\n"
        "def refuse(*args, **kwargs):\n"
        "    raise SystemExit('network used')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from intake.extract.domains import imitates_amazon\n"
        "print(imitates_amazon('amzaon.co.uk'), imitates_amazon('example.co.uk'))\n"
    )
    home = str(tmp_path)
    env = {**os.environ, "HOME": home, "XDG_CACHE_HOME": home, "TLDEXTRACT_CACHE": home}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert (result.returncode, result.stdout.split()) == (0, ["True", "False"]), result.stderr
    assert not list(tmp_path.iterdir())


def test_threads_judging_their_first_hosts_at_once_build_the_suffix_list_once() -> None:
    """The public suffix list is built once per process (about 0.2 s of CPU), however many
    account threads judge their first sender at the same moment (a worker starting with
    twelve accounts built it twelve times, all holding the GIL)."""
    code = (
        "import threading\n"
        "from tldextract import tldextract\n"
        "from intake.extract.domains import imitates_amazon\n"
        "built = []\n"
        "original = tldextract._PublicSuffixListTLDExtractor.__init__\n"
        "def counting(self, *args, **kwargs):\n"
        "    built.append(1)\n"
        "    original(self, *args, **kwargs)\n"
        "tldextract._PublicSuffixListTLDExtractor.__init__ = counting\n"
        "start = threading.Barrier(8)\n"
        "answers = []\n"
        "def judge():\n"
        "    start.wait()\n"
        "    answers.append(imitates_amazon('amzaon.co.uk'))\n"
        "threads = [threading.Thread(target=judge) for _ in range(8)]\n"
        "for thread in threads: thread.start()\n"
        "for thread in threads: thread.join()\n"
        "print(len(built), answers.count(True))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (result.returncode, result.stdout.split()) == (0, ["1", "8"]), result.stderr


def _unclosed(sender: bytes, text: bytes = b"Your FBA inventory report is ready.") -> bytes:
    return (
        b"From: " + sender + b"\r\nTo: ana@lumenhome.test\r\nSubject: Report\r\n"
        b"Message-ID: <u@x>\r\n\r\n" + text + b"\r\n"
    )


def test_an_amazon_address_in_a_from_without_its_closing_bracket_proves_nothing() -> None:
    """A malformed From is a known way past a receiver's DMARC check (it finds no domain to
    check), and Amazon's own mailers never write one: the address read from it may be shown,
    but it is no evidence that Amazon sent the mail."""
    for sender in (b"Amazon.co.uk <seller-notification@amazon.co.uk", b"<notice@amazon.com"):
        reasons = check_authenticity(parse(_unclosed(sender))).reasons
        assert any("From header has no closing '>'" in r for r in reasons), reasons


def test_a_look_alike_in_a_from_without_its_closing_bracket_is_named() -> None:
    """Before the repair such a sender was empty, and a look-alike went unnamed."""
    raw = _unclosed(b"Amazon Security <security@amaz0n-seller-support.com")
    reasons = check_authenticity(parse(raw)).reasons
    assert any("amaz0n-seller-support.com imitates an Amazon domain" in r for r in reasons)


def test_a_seller_without_a_closing_bracket_is_still_ok() -> None:
    """Mail from outside Amazon that does not pose as it: a broken header is only a defect."""
    raw = _unclosed(b"Ana Sousa <ana@lumenhome.test", b"Documents uploaded, see you Monday.")
    assert check_authenticity(parse(raw)).verdict == "ok"
