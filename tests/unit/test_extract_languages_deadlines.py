"""Deadlines in German, French, Spanish and Italian notices (message date: Monday 2024-03-04)."""

from __future__ import annotations

from datetime import date

import pytest

from intake.extract import extract_facts
from tests.unit.test_extract_helpers import notice

EXPLICIT = [
    # German
    ("de", "Bitte antworten Sie bis zum 3. April 2026.", date(2026, 4, 3)),
    ("de", "Bitte reichen Sie die Unterlagen bis spätestens 03.04.2026 ein.", date(2026, 4, 3)),
    ("de", "Sie haben Zeit bis Freitag, den 5. April 2024.", date(2024, 4, 5)),
    ("de", "Frist: 20.03.2024", date(2024, 3, 20)),
    ("de", "Antwortfrist: 20. März 2024", date(2024, 3, 20)),
    ("de", "Spätestens am 12.03.2024 muss der Aktionsplan vorliegen.", date(2024, 3, 12)),
    ("de", "Am 1. März 2024 haben wir eine Beschwerde erhalten.", None),
    # French
    ("fr", "Veuillez répondre avant le 3 avril 2026.", date(2026, 4, 3)),
    (
        "fr",
        "Merci de nous transmettre les documents au plus tard le 1er avril 2024.",
        date(2024, 4, 1),
    ),
    ("fr", "Vous avez jusqu'au 15/03/2024 pour faire appel.", date(2024, 3, 15)),
    ("fr", "Veuillez agir d’ici le vendredi 22 mars 2024.", date(2024, 3, 22)),
    ("fr", "Date limite : 25 mars 2024", date(2024, 3, 25)),
    ("fr", "Le 2 mars 2024, nous avons reçu une réclamation.", None),
    # Spanish
    ("es", "Responda antes del 3 de abril de 2026.", date(2026, 4, 3)),
    ("es", "Envíe los documentos a más tardar el 20 de marzo de 2024.", date(2024, 3, 20)),
    ("es", "Tiene hasta el viernes 22 de marzo de 2024 para apelar.", date(2024, 3, 22)),
    ("es", "Fecha límite: 18/03/2024", date(2024, 3, 18)),
    ("es", "El 1 de marzo de 2024 recibimos una reclamación.", None),
    # Italian
    ("it", "Rispondi entro il 3 aprile 2026.", date(2026, 4, 3)),
    ("it", "Invia i documenti entro e non oltre il 20 marzo 2024.", date(2024, 3, 20)),
    ("it", "Hai tempo fino al 15/03/2024.", date(2024, 3, 15)),
    ("it", "Inviaci il piano entro venerdì 22 marzo 2024.", date(2024, 3, 22)),
    ("it", "Scadenza: 1° aprile 2024", date(2024, 4, 1)),
    ("it", "Il 2 marzo 2024 abbiamo ricevuto un reclamo.", None),
]


@pytest.mark.parametrize(("language", "text", "expected"), EXPLICIT)
def test_explicit_deadlines(language: str, text: str, expected: date | None) -> None:
    facts = extract_facts(notice(text, sender=f"seller-performance@amazon.{language}"))
    assert facts.deadline == expected


RELATIVE = [
    # German
    ("Bitte reichen Sie die Unterlagen innerhalb von 17 Tagen ein.", date(2024, 3, 21)),
    ("Bitte antworten Sie innerhalb der nächsten 72 Stunden.", date(2024, 3, 7)),
    ("Bitte ergänzen Sie die Angaben binnen 5 Werktagen.", date(2024, 3, 11)),
    ("Sie haben 2 Wochen, um einen Aktionsplan einzureichen.", date(2024, 3, 18)),
    ("Bitte antworten Sie innerhalb von sieben Kalendertagen.", date(2024, 3, 11)),
    ("Sie haben 17 Tage Zeit, um Einspruch einzulegen.", date(2024, 3, 21)),
    ("Die Frist für Ihren Einspruch beträgt 10 Tage.", date(2024, 3, 14)),
    ("Für Ihren Einspruch gilt eine Frist von 10 Tagen.", date(2024, 3, 14)),
    ("Wir werden Ihren Widerspruch innerhalb von 48 Stunden prüfen.", None),
    ("Sie erhalten innerhalb von 48 Stunden eine Antwort.", None),
    (
        "Wenn wir innerhalb von 17 Tagen keinen Aktionsplan erhalten, bleibt es gesperrt.",
        date(2024, 3, 21),
    ),
    # French
    ("Veuillez fournir ces documents dans un délai de 17 jours.", date(2024, 3, 21)),
    ("Veuillez répondre sous 72 heures.", date(2024, 3, 7)),
    ("Veuillez soumettre votre plan d'action dans les 5 jours ouvrés.", date(2024, 3, 11)),
    ("Vous disposez de deux semaines pour faire appel.", date(2024, 3, 18)),
    ("Vous avez un délai de 10 jours pour faire appel.", date(2024, 3, 14)),
    ("Nous examinerons votre appel dans un délai de 2 jours.", None),
    ("Il est en cours d'examen ; nous vous répondrons sous 48 heures.", None),
    # Spanish
    ("Envíe los documentos en un plazo de 17 días.", date(2024, 3, 21)),
    ("Responda dentro de 72 horas.", date(2024, 3, 7)),
    ("Envíe su plan de acción en los próximos 5 días hábiles.", date(2024, 3, 11)),
    ("Tiene un plazo de 10 días para presentar su apelación.", date(2024, 3, 14)),
    ("Responderemos a su apelación en un plazo de 2 días.", None),
    ("Recibirá una respuesta a su apelación en un plazo de 2 días.", None),
    # Italian
    ("Inviaci i documenti entro 17 giorni.", date(2024, 3, 21)),
    ("Rispondi entro 72 ore.", date(2024, 3, 7)),
    ("Invia il piano d'azione entro 5 giorni lavorativi.", date(2024, 3, 11)),
    ("Hai due settimane per presentare ricorso.", date(2024, 3, 18)),
    ("Il termine di 10 giorni per il ricorso decorre da oggi.", date(2024, 3, 14)),
    ("Esamineremo il tuo ricorso entro 2 giorni.", None),
    ("Riceverai una risposta al ricorso entro 2 giorni.", None),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_relative_deadlines(text: str, expected: date | None) -> None:
    assert extract_facts(notice(text)).deadline == expected


def test_relative_deadline_without_message_date_is_none() -> None:
    assert extract_facts(notice("Inviaci i documenti entro 17 giorni.", date=None)).deadline is None


def test_earliest_of_two_languages() -> None:
    text = "Please respond by March 30, 2024.\nBitte antworten Sie bis zum 20. März 2024."
    facts = extract_facts(notice(text, sender="seller-performance@amazon.de"))
    assert facts.deadline == date(2024, 3, 20)
