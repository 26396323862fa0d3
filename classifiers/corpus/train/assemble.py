"""From (label, index) to the bytes of one training message, and the whole corpus on disk.

Each message has its own generator seeded by ``"<seed>:<label>:<index>"``, so a file's
bytes depend only on those three values. Families are taken in turn so each appears
about equally; around the family's letter this module adds what mail clients add:
quoted history, forwarding, HTML or multipart form, attachments.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from . import (
    acknowledgement,
    clarify,
    denial,
    french,
    german,
    hard_negatives,
    italian,
    more_info,
    other,
    outside,
    receipt,
    redirect,
    reinstatement,
    restoration,
    spanish,
    suspension,
)
from .abroad import language_of, localize
from .history import earlier, forwarded, seller_appeal, seller_chaser, thread
from .mime import Letter, build_message, fake_pdf, letter_text, text_style, to_bytes
from .variety import Scene, chance, new_scene, pick

Family = Callable[[Scene], Letter]

DEFAULT_SEED = 20240303

ENGLISH: dict[str, tuple[Family, ...]] = {
    "suspension": suspension.FAMILIES,
    "generic_denial": denial.FAMILIES,
    "need_more_info": more_info.FAMILIES + clarify.FAMILIES,
    "redirect_closed_queue": redirect.FAMILIES,
    "reinstatement": reinstatement.FAMILIES + restoration.FAMILIES,
    "acknowledgement": acknowledgement.FAMILIES + receipt.FAMILIES,
    "other": other.FAMILIES + outside.FAMILIES + hard_negatives.FAMILIES,
}
# German, French, Spanish and Italian templates, as amazon.de/.fr/.es/.it send them.
FOREIGN: dict[str, tuple[Family, ...]] = {
    label: german.FAMILIES[label]
    + french.FAMILIES[label]
    + spanish.FAMILIES[label]
    + italian.FAMILIES[label]
    for label in ENGLISH
}
FAMILIES: dict[str, tuple[Family, ...]] = {
    label: ENGLISH[label] + FOREIGN[label] for label in ENGLISH
}
# Three messages in every twenty (15 %) come from a non-English family.
_FOREIGN_SLOTS = (3, 9, 16)
_CYCLE = 20

COUNTS: dict[str, int] = {
    "suspension": 260,
    "generic_denial": 230,
    "need_more_info": 250,
    "redirect_closed_queue": 212,
    "reinstatement": 200,
    "acknowledgement": 200,
    "other": 450,
}

# How often a label's notice arrives as a reply above the seller's appeal (quoted history).
_THREAD_CHANCE = {"suspension": 0.1, "redirect_closed_queue": 0.5, "other": 0.0}
_FORWARD_CHANCE = {"other": 0.05}
_CONSULTANTS = (
    "ana@suspension-help.example",
    "mark.lee@sellerrescue.example",
    "team@poa-experts.example",
    "case-desk@reinstate.example",
)


@dataclass(frozen=True)
class TrainingMail:
    """One generated message: its label, its file name and its exact bytes."""

    label: str
    name: str
    raw: bytes


def _is_amazon(address: str) -> bool:
    return "@amazon." in address


def _with_thread(letter: Letter, scene: Scene, label: str) -> Letter:
    """Put the seller's appeal or follow-up (and often the original notice) under the letter."""
    if letter.history or not chance(scene, _THREAD_CHANCE.get(label, 0.35)):
        return letter
    first_scene = earlier(scene, 8, 40)
    original = scene.rng.choice(suspension.FAMILIES)(first_scene)
    appeal_scene = earlier(scene, 1, 6)
    if chance(scene, 0.7):
        appeal = seller_appeal(appeal_scene, None, letter.sender, original.subject)
    else:
        appeal = seller_chaser(appeal_scene, letter.sender, original.subject)
    chain = [(appeal, appeal_scene)]
    if chance(scene, 0.6):
        chain.append((original, first_scene))
    if label == "suspension":
        chain = [(original, first_scene)]
    return replace(letter, history=thread(scene, chain))


def _forward(letter: Letter, scene: Scene) -> Letter:
    """Wrap a notice as forwarded by the seller or their consultant (same label)."""
    inner_scene = earlier(scene, 0, 3)
    body = letter_text(letter, text_style(scene)) + (
        f"\n{letter.history}" if letter.history else ""
    )
    by_seller = chance(scene, 0.5)
    sender = scene.seller.address if by_seller else scene.rng.choice(_CONSULTANTS)
    to = scene.rng.choice(_CONSULTANTS) if by_seller else scene.seller.address
    note = pick(
        scene,
        "FYI, see below.",
        "Please see the message below from Amazon.",
        "Got this today. What do we do?",
        "Forwarding for your records.",
        "Can you have a look at this one?",
        "",
    )
    attach = (("invoice.pdf", fake_pdf("invoice")),) if chance(scene, 0.15) else ()
    return Letter(
        sender=sender,
        to=to,
        subject=pick(scene, "Fwd: ", "FW: ", "Fw: ") + letter.subject,
        blocks=(note,) if note else (),
        closing=(scene.seller.owner,) if by_seller else (),
        attachments=attach,
        history=forwarded(scene, letter, inner_scene.when, body),
    )


def _form(scene: Scene, sender: str) -> str:
    if _is_amazon(sender):
        return scene.rng.choices(("text", "html", "alternative"), weights=(4, 3, 3))[0]
    return scene.rng.choices(("text", "html", "alternative"), weights=(6, 1, 3))[0]


def family_for(label: str, index: int) -> Family:
    """The family that writes message ``index``: foreign in 3 slots of 20, else English in turn."""
    cycle, slot = divmod(index, _CYCLE)
    foreign = FOREIGN[label]
    if slot in _FOREIGN_SLOTS:
        return foreign[(cycle * len(_FOREIGN_SLOTS) + _FOREIGN_SLOTS.index(slot)) % len(foreign)]
    before = cycle * len(_FOREIGN_SLOTS) + sum(1 for s in _FOREIGN_SLOTS if s < slot)
    english = ENGLISH[label]
    return english[(index - before) % len(english)]


def compose(label: str, index: int, seed: int = DEFAULT_SEED) -> TrainingMail:
    """Generate message number ``index`` of ``label``."""
    rng = random.Random(f"{seed}:{label}:{index}")
    scene = new_scene(rng)
    family = family_for(label, index)
    if language_of(family) != "en":
        scene = localize(scene, language_of(family))
    letter = family(scene)
    letter = _with_thread(letter, scene, label)
    if chance(scene, _FORWARD_CHANCE.get(label, 0.12)):
        letter = _forward(letter, scene)
    msg = build_message(letter, scene, _form(scene, letter.sender))
    return TrainingMail(label=label, name=f"{index + 1:04d}.eml", raw=to_bytes(msg, scene))


def build_corpus(
    seed: int = DEFAULT_SEED, counts: dict[str, int] | None = None
) -> tuple[TrainingMail, ...]:
    """Every training message, label by label, in file-name order."""
    counts = counts or COUNTS
    return tuple(compose(label, index, seed) for label, n in counts.items() for index in range(n))


def write_corpus(root: Path, mails: tuple[TrainingMail, ...]) -> dict[str, int]:
    """Write ``<root>/<label>/<NNNN>.eml``, removing stale ``.eml`` files; return counts."""
    written: dict[str, int] = {}
    for label in sorted({m.label for m in mails}):
        folder = root / label
        folder.mkdir(parents=True, exist_ok=True)
        keep = {m.name for m in mails if m.label == label}
        for stale in folder.glob("*.eml"):
            if stale.name not in keep:
                stale.unlink()
    for mail in mails:
        (root / mail.label / mail.name).write_bytes(mail.raw)
        written[mail.label] = written.get(mail.label, 0) + 1
    return written
