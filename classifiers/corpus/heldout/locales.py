"""Local habits of the European stores for the non-English held-out families.

A German, French, Spanish or Italian notice comes from its own store, writes dates the
local way (``4. März 2024``, ``04/03/2024``), greets and signs off in the language, and
is sometimes sent in ISO-8859-1 rather than UTF-8. Month names and phrases are ours.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone

from classifiers.corpus.heldout.blocks import MARKETPLACES, Marketplace, Scene, pick


@dataclass(frozen=True)
class Language:
    """How one store writes: its domain, month names, date shapes, greetings and closings."""

    code: str
    domain: str
    months: tuple[str, ...]
    long_date: str
    numeric_sep: str
    greetings: tuple[str, ...]
    closings: tuple[str, ...]


GERMAN = Language(
    "de",
    "amazon.de",
    (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "{d}. {m} {y}",
    ".",
    ("Guten Tag,", "Sehr geehrte Verkäuferin, sehr geehrter Verkäufer,", "Hallo {store},"),
    ("Mit freundlichen Grüßen", "Freundliche Grüße", "Vielen Dank und freundliche Grüße"),
)

FRENCH = Language(
    "fr",
    "amazon.fr",
    (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "{d} {m} {y}",
    "/",
    ("Bonjour,", "Madame, Monsieur,", "Bonjour {store},", "Cher vendeur, chère vendeuse,"),
    ("Cordialement,", "Bien cordialement,", "Nous vous prions d'agréer nos salutations."),
)

SPANISH = Language(
    "es",
    "amazon.es",
    (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "{d} de {m} de {y}",
    "/",
    ("Hola,", "Estimado vendedor:", "Hola, {store}:", "Buenos días,"),
    ("Atentamente,", "Un saludo,", "Saludos cordiales,"),
)

ITALIAN = Language(
    "it",
    "amazon.it",
    (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    "{d} {m} {y}",
    "/",
    ("Buongiorno,", "Gentile venditore,", "Salve {store},", "Gentile cliente,"),
    ("Cordiali saluti,", "Distinti saluti,", "Grazie e cordiali saluti,"),
)


def _move(scene: Scene, market: Marketplace) -> Scene:
    zone = timezone(timedelta(hours=market.utc_offset_hours))
    return replace(
        scene,
        market=market,
        sent=scene.sent.astimezone(zone),
        deadline=scene.deadline.astimezone(zone),
    )


def localize(scene: Scene, language: Language) -> Scene:
    """The same facts moved to ``language``'s store, with times in that store's zone."""
    return _move(scene, next(m for m in MARKETPLACES if m.domain == language.domain))


def at_store(scene: Scene, sender: str) -> Scene:
    """The scene moved to the Amazon store that ``sender`` writes from, so headers agree.

    A German family localizes its own copy of the scene; the message's Date header and any
    forward note must follow it rather than the store the scene was first drawn in.
    """
    domain = sender.rsplit("@", 1)[1]
    market = next((m for m in MARKETPLACES if m.domain == domain), None)
    if market is None or market == scene.market:
        return scene
    return _move(scene, market)


def local_day(scene: Scene, language: Language, when: datetime | None = None) -> str:
    """A date as the store writes it: spelled-out month or day-first digits."""
    moment = when or scene.sent
    if scene.rng.random() < 0.55:
        month = language.months[moment.month - 1]
        return language.long_date.format(d=moment.day, m=month, y=moment.year)
    sep = language.numeric_sep
    return f"{moment.day:02d}{sep}{moment.month:02d}{sep}{moment.year}"


def hello(scene: Scene, language: Language) -> str:
    """A local opening line, sometimes naming the store."""
    return pick(scene.rng, language.greetings).format(store=scene.seller.store_name)


def goodbye(scene: Scene, language: Language, team: str) -> str:
    """A local closing line, the team, and sometimes the store's name."""
    tail = pick(scene.rng, ("", f"\n{scene.market.store}"))
    if team == scene.market.store:
        tail = ""
    return f"{pick(scene.rng, language.closings)}\n{team}{tail}"


def charset(scene: Scene) -> str:
    """European stores still send some mail in ISO-8859-1; the rest is UTF-8."""
    return "iso-8859-1" if scene.rng.random() < 0.4 else "utf-8"
