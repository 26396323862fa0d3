"""The classifier's held-out test set: template families the training corpus never saw.

Written apart from ``classifiers/corpus/train`` so that a model scoring well here has
generalised rather than memorised. Every message is a real RFC 822 file built from a
seeded ``random.Random``; :func:`write_corpus` regenerates the ``.eml`` files
byte-for-byte.

Example::

    >>> messages = build_corpus()
    >>> messages[0].label, messages[0].family, messages[0].filename
    ('suspension', 'deactivated_terse', '0001.eml')
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from types import ModuleType

from classifiers.corpus.heldout import (
    acknowledgement,
    generic_denial,
    need_more_info,
    other,
    redirect_closed_queue,
    reinstatement,
    suspension,
)
from classifiers.corpus.heldout.blocks import Scene, draw_scene, pick
from classifiers.corpus.heldout.locales import at_store
from classifiers.corpus.heldout.render import (
    Body,
    as_forward,
    build_message,
    date_header,
    with_history,
)

Family = Callable[[Scene], Body]

SEED = 20261123

MODULES: Mapping[str, ModuleType] = {
    "suspension": suspension,
    "generic_denial": generic_denial,
    "need_more_info": need_more_info,
    "redirect_closed_queue": redirect_closed_queue,
    "reinstatement": reinstatement,
    "acknowledgement": acknowledgement,
    "other": other,
}

# Nine messages per family for notices (eight for ``other``), English and European alike.
COUNTS: Mapping[str, int] = {
    "suspension": 72,
    "generic_denial": 63,
    "need_more_info": 63,
    "redirect_closed_queue": 63,
    "reinstatement": 63,
    "acknowledgement": 63,
    "other": 96,
}

# Amazon's replies to an appeal sometimes quote the seller's appeal below the newest text.
_QUOTES_APPEAL = frozenset(
    {
        "generic_denial",
        "need_more_info",
        "redirect_closed_queue",
        "reinstatement",
        "acknowledgement",
    }
)

DEFAULT_ROOT = Path(__file__).resolve().parent.parent / "data" / "heldout"


@dataclass(frozen=True)
class HeldoutMessage:
    """One generated message: its label, the family that wrote it, and its raw bytes."""

    label: str
    family: str
    number: int
    raw: bytes

    @property
    def filename(self) -> str:
        """The file name under ``<root>/<label>/``, e.g. ``0007.eml``."""
        return f"{self.number:04d}.eml"


def families(label: str) -> tuple[Family, ...]:
    """The template families of one label, in the order they take turns."""
    return MODULES[label].FAMILIES


def _message_id(digest: str, sender: str) -> str:
    domain = sender.rsplit("@", 1)[1]
    if "amazon." in domain:
        return f"<0100{digest[:16]}-{digest[16:24]}-000000@email.amazonses.com>"
    return f"<{digest[:20]}.{digest[40:48]}@{domain}>"


def _forward(body: Body, scene: Scene) -> Body:
    """Dress ``body`` as forwarded by the seller to the consultant, or inside the agency."""
    rng, seller, consultant = scene.rng, scene.seller, scene.consultant
    if rng.random() < 0.6:
        sender = (seller.owner, seller.email)
        to = consultant.email
        note = pick(
            rng,
            (
                f"Hi {consultant.name.split()[0]}, this arrived today. Can you take a look?",
                "See below - got this from Amazon this morning.",
                "Forwarding as discussed.",
            ),
        )
    else:
        sender = (consultant.name, consultant.email)
        to = "cases@" + consultant.email.split("@")[1]
        note = pick(
            rng,
            (
                f"Client: {seller.store_name} ({scene.market.domain}). Please log this one.",
                f"For the {seller.store_name} file.",
            ),
        )
    return as_forward(
        body,
        note=(note,),
        sender=sender,
        to=to,
        original_to=seller.email,
        date=date_header(scene.sent),
    )


def _dress(label: str, body: Body, scene: Scene) -> Body:
    """Sometimes add quoted history or a forward around the newest notice."""
    roll = scene.rng.random()
    if label in _QUOTES_APPEAL and roll < 0.2:
        earlier = scene.sent - timedelta(days=scene.rng.randint(1, 20), minutes=317)
        appeal = other.seller_appeal(scene)
        outlook = scene.rng.random() < 0.4
        when = date_header(earlier) if outlook else earlier.strftime("%a, %d %b %Y at %H:%M")
        re_subject = scene.rng.random() < 0.5
        return with_history(body, appeal, when, re_subject=re_subject, outlook=outlook)
    if roll > 0.88:
        return _forward(body, scene)
    return body


def build_one(label: str, number: int, seed: int = SEED) -> HeldoutMessage:
    """Build message ``number`` (1-based) of ``label``; the same inputs give the same bytes."""
    rng = random.Random(f"heldout:{seed}:{label}:{number}")
    scene = draw_scene(rng)
    family = families(label)[(number - 1) % len(families(label))]
    notice = family(scene)
    scene = at_store(scene, notice.sender)
    body = _dress(label, notice, scene)
    if body.sender != notice.sender:
        # a forward is sent a little after the notice arrived
        scene = replace(scene, sent=scene.sent + timedelta(minutes=rng.randint(5, 900)))
    digest = hashlib.sha256(f"{seed}:{label}:{number}".encode()).hexdigest()
    msg = build_message(
        body,
        default_to=scene.seller.email,
        date=date_header(scene.sent),
        message_id=_message_id(digest, body.sender),
        boundary=f"=_heldout_{digest[48:64]}",
    )
    return HeldoutMessage(label, notice.family, number, msg.as_bytes())


def build_corpus(seed: int = SEED) -> tuple[HeldoutMessage, ...]:
    """Every held-out message, label by label, in file order."""
    return tuple(
        build_one(label, number, seed)
        for label, count in COUNTS.items()
        for number in range(1, count + 1)
    )


def write_corpus(root: Path = DEFAULT_ROOT, seed: int = SEED) -> tuple[Path, ...]:
    """Write ``<root>/<label>/<NNNN>.eml`` and drop stale ``.eml`` files; returns the paths."""
    written: list[Path] = []
    for message in build_corpus(seed):
        folder = root / message.label
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / message.filename
        path.write_bytes(message.raw)
        written.append(path)
    keep = set(written)
    for label in COUNTS:
        for stale in sorted((root / label).glob("*.eml")):
            if stale not in keep:
                stale.unlink()
    return tuple(written)
