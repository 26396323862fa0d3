"""Notices from the non-English marketplaces: German, French, Spanish and Italian slot fillers.

amazon.de, .fr, .es and .it write to sellers in their own language, with local dates
("3. April 2026", "3 avril 2026"), greetings and sign-offs, and older mail systems there
still send Latin-1 or Windows-1252 instead of UTF-8. A family tagged with ``speaks`` is
always written for a marketplace of its language; ``compose`` moves the scene there first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone

from .mime import Block, Letter
from .variety import MARKETPLACES, Scene, amazon_sender, chance, pick, recipient


@dataclass(frozen=True)
class Tongue:
    """How one language writes the parts every notice shares."""

    months: tuple[str, ...]
    long_date: str  # format with {d}, {month}, {y}
    numeric_date: str  # strftime pattern
    within: str  # "within {n} days"
    by: str  # "by {date}"
    greetings: tuple[str, ...]  # may contain {store} and {owner}
    closings: tuple[str, ...]
    teams: tuple[str, ...]


def _months(names: str) -> tuple[str, ...]:
    return tuple(names.split())


TONGUES: dict[str, Tongue] = {
    "de": Tongue(
        _months(
            "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
        ),
        "{d}. {month} {y}",
        "%d.%m.%Y",
        "innerhalb von {n} Tagen",
        "bis zum {date}",
        (
            "Hallo,",
            "Guten Tag,",
            "Sehr geehrter Verkäufer,",
            "Hallo {store},",
            "Guten Tag {owner},",
        ),
        ("Mit freundlichen Grüßen", "Freundliche Grüße", "Vielen Dank", "Beste Grüße"),
        ("Team Verkäuferleistung", "Amazon.de Seller Performance", "Ihr Amazon Services Team"),
    ),
    "fr": Tongue(
        _months(
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
        ),
        "{d} {month} {y}",
        "%d/%m/%Y",
        "dans un délai de {n} jours",
        "avant le {date}",
        ("Bonjour,", "Madame, Monsieur,", "Cher vendeur,", "Bonjour {store},", "Bonjour {owner},"),
        ("Cordialement,", "Bien cordialement,", "Merci de votre compréhension.", "Salutations,"),
        ("L'équipe Performance Vendeur", "Service Performance des vendeurs", "Amazon.fr"),
    ),
    "es": Tongue(
        _months(
            "enero febrero marzo abril mayo junio julio agosto "
            "septiembre octubre noviembre diciembre"
        ),
        "{d} de {month} de {y}",
        "%d/%m/%Y",
        "en un plazo de {n} días",
        "antes del {date}",
        ("Hola:", "Estimado vendedor:", "Hola, {store}:", "Buenos días:", "Estimado/a {owner}:"),
        ("Saludos,", "Atentamente,", "Un cordial saludo,", "Gracias,"),
        ("Equipo de Rendimiento de Vendedores", "Servicios de Amazon", "Amazon.es"),
    ),
    "it": Tongue(
        _months(
            "gennaio febbraio marzo aprile maggio giugno luglio agosto "
            "settembre ottobre novembre dicembre"
        ),
        "{d} {month} {y}",
        "%d/%m/%Y",
        "entro {n} giorni",
        "entro il {date}",
        ("Salve,", "Gentile venditore,", "Buongiorno,", "Gentile {store},", "Ciao {owner},"),
        ("Cordiali saluti,", "Distinti saluti,", "Grazie,", "Un saluto,"),
        ("Team Performance Venditore", "Il team Prestazioni dell'account", "Amazon.it"),
    ),
}

_ATTR = "_intake_language"
Family = Callable[[Scene], Letter]


def speaks(language: str) -> Callable[[Family], Family]:
    """Tag a family as written in ``language`` and run it on a marketplace of that language."""

    def tag(family: Family) -> Family:
        def localized(scene: Scene) -> Letter:
            return family(localize(scene, language))

        localized.__name__ = family.__name__
        localized.__doc__ = family.__doc__
        setattr(localized, _ATTR, language)
        return localized

    return tag


def language_of(family: Family) -> str:
    """The language a family writes in ("en" when it is not tagged)."""
    return getattr(family, _ATTR, "en")


def localize(scene: Scene, language: str) -> Scene:
    """The same seller and moment, moved to a marketplace that speaks ``language``."""
    if scene.market.language == language:
        return scene
    markets = [m for m in MARKETPLACES if m.language == language]
    market = markets[0] if len(markets) == 1 else scene.rng.choice(markets)
    when = scene.when.astimezone(timezone(timedelta(hours=market.utc_offset)))
    return replace(scene, market=market, when=when)


def tongue(scene: Scene) -> Tongue:
    """The phrasing table for this scene's language."""
    return TONGUES[scene.market.language]


def local_date(scene: Scene, day: datetime, style: str | None = None) -> str:
    """A date as this language writes it: "3. April 2026", "3 de abril de 2026", "03.04.2026"."""
    t = tongue(scene)
    style = style or pick(scene, "long", "long", "numeric")
    if style == "numeric":
        return day.strftime(t.numeric_date)
    return t.long_date.format(d=day.day, month=t.months[day.month - 1], y=day.year)


def local_deadline(scene: Scene, days: int | None = None) -> str:
    """A reply deadline in this language: a number of days or a calendar date."""
    t = tongue(scene)
    days = days or scene.rng.choice((3, 7, 14, 17, 30))
    if chance(scene, 0.3):
        return t.within.format(n=days)
    return t.by.format(date=local_date(scene, scene.when + timedelta(days=days)))


def hello(scene: Scene) -> str | None:
    """A local salutation, or None."""
    if chance(scene, 0.1):
        return None
    line = scene.rng.choice(tongue(scene).greetings)
    return line.format(store=scene.seller.store, owner=scene.seller.owner)


def sign(scene: Scene) -> tuple[str, ...]:
    """A local sign-off and team name."""
    t = tongue(scene)
    lead = scene.rng.choice(t.closings)
    return (lead, scene.rng.choice(t.teams)) if chance(scene, 0.85) else (lead,)


def charset(scene: Scene) -> str:
    """Most mail is UTF-8; about a third still comes as ISO-8859-1 or Windows-1252."""
    return scene.rng.choices(("utf-8", "iso-8859-1", "windows-1252"), weights=(6, 2, 1))[0]


def local_letter(
    scene: Scene, subject: str, blocks: tuple[Block, ...], kind: str = "performance"
) -> Letter:
    """Envelope, local greeting, local sign-off and charset around a family's blocks."""
    return Letter(
        sender=amazon_sender(scene, kind),
        to=recipient(scene),
        subject=subject,
        blocks=tuple(b for b in blocks if b),
        greeting=hello(scene),
        closing=sign(scene),
        charset=charset(scene),
    )
