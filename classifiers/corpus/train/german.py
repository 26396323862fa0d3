"""German notices (amazon.de): two families for every notice label, plus order and news mail.

Sellers on amazon.de get Seller Performance mail in German; without these the model read
"Ihr Angebot wurde deaktiviert" as ``other``. The wording is ours, in the register of
German templates: formal "Sie", long compound nouns, "Mit freundlichen Grüßen".
"""

from __future__ import annotations

from .abroad import Family, local_date, local_deadline, local_letter, speaks
from .mime import Bullets, Heading, Letter, Table, compact
from .variety import Scene, asins, case_id, link, order_id, pick, product_title


def _reason(scene: Scene) -> str:
    return pick(
        scene,
        "Beschwerden von Kunden über die Echtheit der Artikel",
        "eine Bestellmängelquote über dem Zielwert von 1 %",
        "eine Beschwerde wegen Verletzung geistigen Eigentums",
        "eine mögliche Verbindung zu einem anderen Verkäuferkonto",
        "eine zu hohe Quote verspäteter Lieferungen",
    )


@speaks("de")
def angebot_deaktiviert(scene: Scene) -> Letter:
    """A listing deactivated for product safety; documents needed to reactivate it."""
    items = asins(scene, 1, 3)
    blocks = compact(
        scene,
        pick(
            scene,
            "Ihr Angebot wurde deaktiviert, da uns Bedenken zur Produktsicherheit vorliegen.",
            "Wir haben das folgende Angebot aus Gründen der Produktsicherheit deaktiviert.",
            "Ihre Angebote wurden vorübergehend entfernt, weil Sicherheitsnachweise fehlen.",
            "Ihr Angebot wurde deaktiviert, weil wir Hinweise auf ein Risiko für Kunden erhalten "
            "haben.",
        ),
        Table(tuple((a, product_title(scene)) for a in items)),
        pick(
            scene,
            "Um das Angebot wieder zu aktivieren, laden Sie bitte eine Konformitätserklärung "
            "und einen aktuellen Prüfbericht hoch.",
            "Bitte legen Sie Prüfberichte eines akkreditierten Labors und die "
            "CE-Kennzeichnung vor.",
        ),
        f"Einspruch einlegen: {link(scene, 'appeal')}",
        pick(scene, "Wir danken Ihnen für Ihr Verständnis.", ""),
    )
    subject = pick(
        scene,
        f"Ihr Angebot wurde deaktiviert: {items[0]}",
        "Wichtig: Angebot wegen Produktsicherheit deaktiviert",
        "Maßnahme bezüglich Ihrer Angebote",
    )
    return local_letter(scene, subject, blocks)


@speaks("de")
def konto_deaktiviert(scene: Scene) -> Letter:
    """The whole seller account deactivated, with a reason and the plan-of-action steps."""
    blocks = compact(
        scene,
        pick(
            scene,
            "Ihr Verkäuferkonto wurde deaktiviert.",
            "Wir haben Ihre Verkaufsberechtigung entzogen.",
            "Ihr Konto darf derzeit nicht mehr auf Amazon verkaufen.",
        ),
        f"Grund: {_reason(scene)}.",
        Heading(
            pick(scene, "Wie kann ich mein Konto wieder aktivieren?", "Ihre nächsten Schritte")
        ),
        Bullets(
            (
                "die Ursache des Problems",
                "die Maßnahmen, die Sie bereits ergriffen haben",
                "die Schritte, mit denen Sie künftige Fälle verhindern",
            )
        ),
        pick(
            scene,
            "Guthaben auf Ihrem Konto wird bis zur Klärung einbehalten.",
            "Zahlungen an Sie werden vorerst zurückgehalten.",
        ),
        f"Kontozustand: {link(scene, 'dashboard')}",
    )
    subject = pick(
        scene,
        "Ihr Amazon.de Verkäuferkonto wurde deaktiviert",
        "Deaktivierung Ihrer Verkaufsberechtigung",
        f"Wichtige Mitteilung zu Ihrem Konto {scene.seller.store}",
    )
    return local_letter(scene, subject, blocks)


@speaks("de")
def einspruch_abgelehnt(scene: Scene) -> Letter:
    """The appeal was read and refused, no reason given."""
    blocks = compact(
        scene,
        pick(
            scene,
            "Wir haben Ihren Einspruch geprüft und können Ihr Konto nicht wieder aktivieren.",
            "Wir haben Ihren Einspruch geprüft und können das Angebot nicht wieder aktivieren.",
            "Nach Prüfung Ihres Einspruchs bleibt Ihre Verkaufsberechtigung entzogen.",
        ),
        pick(
            scene,
            "Die bereitgestellten Informationen reichen nicht aus.",
            "Ihr Aktionsplan hat unsere Bedenken nicht ausgeräumt.",
            "",
        ),
        pick(scene, f"Referenz: {case_id(scene)}", ""),
    )
    subject = pick(
        scene, "Ihr Einspruch wurde abgelehnt", "AW: Ihr Einspruch", "Ergebnis Ihres Einspruchs"
    )
    return local_letter(scene, subject, blocks)


@speaks("de")
def endgueltige_entscheidung(scene: Scene) -> Letter:
    """A final refusal: the decision stands and further appeals will not be answered."""
    blocks = compact(
        scene,
        "Vielen Dank für Ihre erneute Nachricht.",
        pick(
            scene,
            "Leider hat Ihr Aktionsplan unsere Bedenken nicht ausgeräumt.",
            "Ihr Einspruch erfüllt unsere Anforderungen nicht.",
        ),
        pick(
            scene,
            "Diese Entscheidung ist endgültig. Sie dürfen nicht mehr auf Amazon verkaufen.",
            "Wir aktivieren Ihr Konto nicht wieder und beantworten weitere Einsprüche nicht.",
        ),
        pick(
            scene,
            "Verbleibendes Guthaben wird nach Ablauf der Frist ausgezahlt.",
            "Für Ihren Bestand können Sie einen Rücksendeauftrag erstellen.",
            "",
        ),
    )
    subject = pick(scene, "Endgültige Entscheidung zu Ihrem Konto", "AW: Aktionsplan")
    return local_letter(scene, subject, blocks)


@speaks("de")
def unterlagen_anfordern(scene: Scene) -> Letter:
    """A request for named documents by a German date."""
    docs = scene.rng.sample(
        (
            "Rechnungen Ihres Lieferanten aus den letzten 365 Tagen",
            "Name, Anschrift und Telefonnummer Ihres Lieferanten",
            "eine Genehmigung des Markeninhabers",
            "einen gültigen Nachweis über Ihre Geschäftsadresse",
        ),
        2,
    )
    blocks = compact(
        scene,
        pick(
            scene,
            "Um Ihren Einspruch weiter zu bearbeiten, benötigen wir zusätzliche Unterlagen.",
            "Wir benötigen weitere Informationen zu Ihrem Einspruch.",
        ),
        Bullets(tuple(docs)),
        f"Bitte reichen Sie diese Unterlagen {local_deadline(scene)} ein.",
        pick(scene, f"Betroffene Bestellung: {order_id(scene)}", ""),
        f"Unterlagen hochladen: {link(scene, 'dashboard')}",
    )
    subject = pick(
        scene, "Zusätzliche Informationen erforderlich", "Bitte senden Sie uns Rechnungen"
    )
    return local_letter(scene, subject, blocks)


@speaks("de")
def plan_ueberarbeiten(scene: Scene) -> Letter:
    """A revised plan of action is needed covering one named point."""
    point = pick(
        scene,
        "wie Sie die Echtheit Ihrer Ware vor dem Versand prüfen",
        "warum die Bestellungen verspätet versendet wurden",
        "wie Sie Produktdetailseiten künftig vor der Veröffentlichung kontrollieren",
    )
    blocks = compact(
        scene,
        "Vielen Dank für Ihren Aktionsplan.",
        f"Bevor wir entscheiden, erläutern Sie bitte genauer, {point}.",
        pick(
            scene,
            f"Senden Sie den überarbeiteten Plan bitte {local_deadline(scene)}.",
            "Fügen Sie bitte auch einen Nachweis bei, dass die Maßnahme umgesetzt wurde.",
        ),
    )
    return local_letter(
        scene, pick(scene, "AW: Ihr Aktionsplan", "Rückfrage zu Ihrem Plan"), blocks
    )


@speaks("de")
def adresse_geschlossen(scene: Scene) -> Letter:
    """This address no longer takes appeals; use the Account Health page."""
    blocks = compact(
        scene,
        pick(
            scene,
            "Diese E-Mail-Adresse nimmt keine Einsprüche mehr an.",
            "Einsprüche per E-Mail werden nicht mehr bearbeitet.",
        ),
        "Bitte reichen Sie Ihren Einspruch über die Seite Kontozustand in Seller Central ein "
        "und klicken Sie dort auf „Einspruch einlegen“.",
        link(scene, "appeal"),
        pick(scene, "Ihre E-Mail wurde nicht weitergeleitet.", ""),
    )
    subject = pick(
        scene,
        "Automatische Antwort: Einspruch",
        "Diese Adresse nimmt keine Einsprüche mehr an",
        "AW: Aktionsplan",
    )
    return local_letter(scene, subject, blocks, "noreply")


@speaks("de")
def postfach_unbeobachtet(scene: Scene) -> Letter:
    """An unmonitored mailbox pointing to Seller Support's contact form."""
    blocks = compact(
        scene,
        "Dies ist eine automatische Antwort. Dieses Postfach wird nicht überwacht.",
        f"Wenden Sie sich bitte über das Kontaktformular an den Verkäuferservice: "
        f"{link(scene, 'contact')}",
        "Ihre Nachricht wurde nicht gelesen.",
    )
    return local_letter(scene, "Automatische Antwort", blocks, "noreply")


@speaks("de")
def konto_reaktiviert(scene: Scene) -> Letter:
    """The appeal was accepted and the account can sell again."""
    blocks = compact(
        scene,
        pick(
            scene,
            "Ihr Verkäuferkonto wurde wieder aktiviert.",
            "Wir haben Ihren Einspruch angenommen und Ihre Verkaufsberechtigung wiederhergestellt.",
            "Gute Nachricht: Sie können wieder auf Amazon.de verkaufen.",
            "Die Deaktivierung Ihres Kontos wurde aufgehoben.",
            "Ihr Konto ist wieder aktiv und in gutem Zustand.",
        ),
        pick(
            scene,
            "Es kann bis zu 24 Stunden dauern, bis Ihre Angebote wieder sichtbar sind.",
            "Einbehaltenes Guthaben wird mit der nächsten Abrechnung ausgezahlt.",
        ),
        "Bitte halten Sie die Maßnahmen aus Ihrem Aktionsplan weiterhin ein.",
    )
    subject = pick(
        scene, "Ihr Konto wurde wieder aktiviert", "Ihr Einspruch war erfolgreich", "Konto aktiv"
    )
    return local_letter(scene, subject, blocks)


@speaks("de")
def angebote_wieder_aktiv(scene: Scene) -> Letter:
    """Named listings are back on sale."""
    items = asins(scene, 1, 3)
    blocks = compact(
        scene,
        pick(
            scene,
            "Wir haben Ihren Einspruch angenommen. Die folgenden Angebote sind wieder aktiv:",
            "Ihre Angebote sind ab sofort wieder für Kunden sichtbar und können gekauft werden:",
        ),
        Table(tuple((a, "aktiv") for a in items)),
        pick(scene, "Sie müssen nichts weiter unternehmen.", "Vielen Dank für Ihre Mitarbeit."),
    )
    return local_letter(scene, f"Angebot wieder aktiviert: {items[0]}", blocks)


@speaks("de")
def einspruch_erhalten(scene: Scene) -> Letter:
    """The appeal arrived and is being reviewed; no decision yet."""
    blocks = compact(
        scene,
        pick(
            scene,
            "Wir haben Ihren Einspruch erhalten.",
            "Vielen Dank, Ihr Aktionsplan ist bei uns eingegangen.",
            "Hiermit bestätigen wir den Eingang Ihrer Nachricht.",
        ),
        pick(
            scene,
            "Er wird derzeit geprüft. Wir melden uns innerhalb von 48 Stunden.",
            "Wir prüfen Ihre Angaben und benachrichtigen Sie, sobald eine Entscheidung vorliegt.",
        ),
        pick(scene, "Bitte senden Sie Ihren Einspruch nicht erneut.", ""),
    )
    subject = pick(scene, "Eingangsbestätigung Ihres Einspruchs", "Ihr Einspruch wird geprüft")
    return local_letter(scene, subject, blocks)


@speaks("de")
def unterlagen_eingegangen(scene: Scene) -> Letter:
    """Uploaded documents were received on a date, under a reference number."""
    ref = case_id(scene)
    blocks = compact(
        scene,
        f"Ihre Unterlagen sind am {local_date(scene, scene.when)} bei uns eingegangen.",
        Table((("Referenznummer", ref), ("Status", "In Prüfung"))),
        "Eine Entscheidung wurde noch nicht getroffen.",
    )
    return local_letter(scene, f"Unterlagen erhalten [{ref}]", blocks, "health")


@speaks("de")
def bestellung_versenden(scene: Scene) -> Letter:
    """A sold-item notice: ship now (``other``)."""
    blocks = compact(
        scene,
        "Verkauft! Bitte versenden Sie den Artikel jetzt.",
        Table(
            (
                ("Bestellnummer", order_id(scene)),
                ("Artikel", product_title(scene)),
                ("Versand bis", local_date(scene, scene.when)),
            )
        ),
        f"Bestellungen verwalten: {link(scene, 'orders')}",
    )
    return local_letter(scene, "Verkauft, jetzt versenden", blocks, "noreply")


@speaks("de")
def neuigkeiten(scene: Scene) -> Letter:
    """Seller news that mentions deactivation in general (``other``, a hard negative)."""
    blocks = compact(
        scene,
        Heading("Neuigkeiten für Verkäufer"),
        pick(
            scene,
            "Ab nächstem Monat gelten neue Regeln zur Produktsicherheit. Angebote ohne "
            "Nachweise können künftig deaktiviert werden.",
            "Wir haben die Berechnung des Kontozustands überarbeitet.",
        ),
        Bullets(("Webinar: So bleibt Ihr Konto gesund", "Neue Gebühren für Lagerung")),
        "Sie erhalten diese E-Mail, weil Sie als Verkäufer registriert sind.",
    )
    subject = pick(scene, "Neuigkeiten für Verkäufer", "Ihr monatlicher Newsletter")
    return local_letter(scene, subject, blocks, "noreply")


@speaks("de")
def kontozustand_gut(scene: Scene) -> Letter:
    """A routine Account Health summary, every metric in target (``other``, a hard negative)."""
    blocks = compact(
        scene,
        "Ihre wöchentliche Übersicht zum Kontozustand:",
        Table(
            (
                ("Bestellmängelquote", f"{scene.rng.uniform(0, 0.8):.2f} % (Ziel: unter 1 %)"),
                ("Verspätete Lieferungen", f"{scene.rng.uniform(0, 3):.1f} % (Ziel: unter 4 %)"),
                ("Richtlinienverstöße", "0"),
            )
        ),
        "Alle Kennzahlen liegen im Zielbereich. Sie müssen nichts unternehmen.",
    )
    return local_letter(scene, "Ihr Kontozustand: Gut", blocks, "health")


FAMILIES: dict[str, tuple[Family, ...]] = {
    "suspension": (angebot_deaktiviert, konto_deaktiviert),
    "generic_denial": (einspruch_abgelehnt, endgueltige_entscheidung),
    "need_more_info": (unterlagen_anfordern, plan_ueberarbeiten),
    "redirect_closed_queue": (adresse_geschlossen, postfach_unbeobachtet),
    "reinstatement": (konto_reaktiviert, angebote_wieder_aktiv),
    "acknowledgement": (einspruch_erhalten, unterlagen_eingegangen),
    "other": (bestellung_versenden, neuigkeiten, kontozustand_gut),
}
