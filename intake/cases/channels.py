"""Where Amazon wants an appeal submitted, as the notice or auto-reply says it.

A closed-queue auto-reply names the channel that does take appeals (the
Account Health page, the Appeal button beside the notice, the Seller Support
contact form), and many notices say "submit through Account Health" instead
of "reply to this email". The draft then names that channel instead of a
placeholder, and a Plan of Action meant for it gets no email recipient. Pure.
"""

from __future__ import annotations

import re

_CHANNELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "the Appeal button beside the notice",
        re.compile(
            r"\bappeal\s+button|\bbutton\s+(?:labell?ed\s+)?[\"'“‘]?appeal\b|[\"'“‘]appeal[\"'”’]"
            r"|\bSchaltfläche\s+[„\"']?Widerspruch|\bWiderspruchs?-?Schaltfläche"
            r"|\bbouton\s+[«\"']?\s*faire appel|\bbotón\s+[\"'«]?apelar",
            re.IGNORECASE,
        ),
    ),
    (
        "the Account Health page (Seller Central > Performance > Account Health)",
        re.compile(
            r"\baccount\s+health\b|\bKontozustand|\bétat\s+du\s+compte|\bsalud\s+de\s+la\s+cuenta"
            r"|\bstato\s+dell'account",
            re.IGNORECASE,
        ),
    ),
    (
        "the Seller Support contact form (Seller Central > Help > Contact us)",
        re.compile(
            r"\bcontact\s+(?:us|form)\b|\bseller\s+support\b|\bKontaktformular|\bformulaire\s+de"
            r"\s+contact",
            re.IGNORECASE,
        ),
    ),
)
_REPLY_BY_MAIL = re.compile(r"\breply\s+to\s+this\s+(?:e-?mail|message)\b", re.IGNORECASE)
_SUBMIT = re.compile(
    r"\b(?:submit|send|upload|appeal|provide|use|click|go\s+to|through|via"
    r"|einreichen|reichen|hochladen|laden|soumettre|envoyer|enviar|presentar|inviare)\b",
    re.IGNORECASE,
)
# A sentence ends at . ! ? (not a date's "3." or a number's "2.5") or at a line break.
_SENTENCE = re.compile(r"(?:[^.!?\n]|(?<=\d)\.)+(?:[.!?]|$)", re.MULTILINE)
# A line wrapped inside a sentence: not after a colon, not before a list item or a link.
_WRAP = re.compile(r"(?<=[^\s:])[ \t]*\n[ \t]*(?=[^\s\-*•\d>]|\d+[^.)\d])(?!https?:)")


def submission_channel(text: str) -> str | None:
    """The channel(s) ``text`` tells the seller to use, in plain words, or None.

    "Use the Appeal button on the Account Health page" ->
    "the Appeal button beside the notice, on the Account Health page (Seller Central >
    Performance > Account Health)".
    """
    found = [name for name, pattern in _CHANNELS if pattern.search(text)]
    if not found:
        return None
    if len(found) >= 2 and found[0].startswith("the Appeal button"):
        return f"{found[0]}, on {found[1]}"
    return found[0]


def submit_outside_email(text: str) -> str | None:
    """The channel a notice asks its answer to go through instead of a reply, or None.

    Only a sentence that says to submit (upload, appeal, use...) through a channel
    counts: "You can view your account on Account Health" does not; nor does a
    notice that also says to reply to this email.
    """
    if _REPLY_BY_MAIL.search(text):
        return None
    for sentence in _SENTENCE.findall(_WRAP.sub(" ", text)):
        if _SUBMIT.search(sentence):
            channel = submission_channel(sentence)
            if channel:
                return channel
    return None
