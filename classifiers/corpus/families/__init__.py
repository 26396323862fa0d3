"""Amazon's form-letter families: the catalogue the training corpus is written from.

A *family* is one of Amazon's form letters (the inauthentic-complaint
deactivation, the "we received your appeal" acknowledgement, the closed-queue
auto-reply...) as sellers and consultants quote it publicly. Each family is
described once, as data, in a module of this package that defines
``FAMILIES: tuple[Family, ...]``; the corpus generator renders every family in
several wordings of our own, and ``FAMILIES.md`` is generated from the same
data, so the catalogue and the corpus cannot drift apart.

Why families matter: a model judged on variants of the families it trained on
measures memory. ``intake eval`` leaves one family out at a time, which is how
real mail goes (a notice family nobody here has seen).

Slots in subjects and blocks are ``{name}`` fields filled by the renderer with
made-up but well-formed values: ``{seller}``, ``{asin}``, ``{asins}``,
``{order_id}``, ``{case_id}``, ``{complaint_id}``, ``{date}``, ``{deadline}``,
``{marketplace}``, ``{domain}``, ``{rights_owner}``, ``{brand}``, ``{product}``,
``{amount}``, ``{link}``, ``{rate}`` (a metric such as "3.42%").
A literal brace is written ``{{`` / ``}}``.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import string
from dataclasses import dataclass

from classifiers.types import TEXT_LABELS

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "ja", "zh", "pt", "nl")
TEAMS: tuple[str, ...] = (
    "seller-performance",
    "notice-dispute",
    "account-health",
    "brand-registry",
    "seller-support",
    "marketplace",
    "not-amazon",
)
SLOTS: frozenset[str] = frozenset(
    {
        "seller", "asin", "asins", "order_id", "case_id", "complaint_id", "date", "deadline",
        "marketplace", "domain", "rights_owner", "brand", "product", "amount", "link", "rate",
    }
)  # fmt: skip
_FAMILY_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


@dataclass(frozen=True)
class Family:
    """One form letter of Amazon's (or one kind of unrelated mail), described as data.

    ``blocks`` is the body in order: each block is a tuple of alternative
    wordings (our own words; an empty string makes the block optional), and a
    rendered variant picks one alternative per block. ``phrases`` are the short
    formulaic phrases Amazon repeats across many notices (facts of the domain);
    ``seen_at`` names at least one public page where the family was seen.
    """

    id: str
    label: str
    language: str
    team: str
    marketplaces: tuple[str, ...]
    senders: tuple[str, ...]
    subjects: tuple[str, ...]
    blocks: tuple[tuple[str, ...], ...]
    structure: str
    phrases: tuple[str, ...] = ()
    seen_at: tuple[str, ...] = ()

    def problems(self) -> list[str]:
        """What is wrong with this description; empty when it can be rendered."""
        found: list[str] = []
        if not _FAMILY_ID.fullmatch(self.id):
            found.append(f"{self.id}: id must be kebab-case")
        if self.label not in TEXT_LABELS:
            found.append(f"{self.id}: unknown label {self.label!r}")
        if self.language not in LANGUAGES:
            found.append(f"{self.id}: unknown language {self.language!r}")
        if self.team not in TEAMS:
            found.append(f"{self.id}: unknown team {self.team!r}")
        if not self.subjects or not self.blocks or not self.senders:
            found.append(f"{self.id}: needs senders, subjects and blocks")
        if self.team != "not-amazon" and not self.seen_at:
            found.append(f"{self.id}: needs at least one seen_at address")
        for text in (*self.subjects, *(alt for block in self.blocks for alt in block)):
            unknown = _slots(text) - SLOTS
            if unknown:
                found.append(f"{self.id}: unknown slots {sorted(unknown)} in {text[:40]!r}")
        return found


def _slots(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}
    except ValueError:
        return {"<unbalanced braces>"}


def all_families() -> tuple[Family, ...]:
    """Every family of every module in this package, sorted by id; ids are unique."""
    found: dict[str, Family] = {}
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        for family in getattr(module, "FAMILIES", ()):
            if family.id in found:
                raise ValueError(f"family id {family.id!r} defined twice")
            found[family.id] = family
    return tuple(found[key] for key in sorted(found))


def family_of(corpus_path: str) -> str:
    """The family of a corpus file from its name: ``train/suspension/sp-ip-notice--007.eml``.

    Files written before families existed have no ``--`` in their name; each of
    those is its own family (``legacy:<stem>``), which is the pessimistic choice.
    """
    stem = corpus_path.rsplit("/", 1)[-1].removesuffix(".eml")
    family, sep, _ = stem.rpartition("--")
    return family if sep else f"legacy:{stem}"
