"""Held-out German families from Amazon.de, one per label.

Each family moves its scene to the German store, so dates read ``4. März 2024`` or
``04.03.2024``, greetings and sign-offs are German, and some messages are ISO-8859-1.
Registered in the label modules' ``FAMILIES`` like any English family.
"""

from __future__ import annotations

from classifiers.corpus.heldout.blocks import Scene, pick
from classifiers.corpus.heldout.locales import GERMAN, charset, goodbye, hello, local_day, localize
from classifiers.corpus.heldout.render import Block, Body, Bullets, Heading, Link

# (what went wrong, what the appeal should prove)
_REASONS: tuple[tuple[str, str], ...] = (
    (
        "Kunden haben gemeldet, dass von Ihnen gelieferte Artikel keine Originalware waren",
        "Rechnungen Ihres Lieferanten aus den letzten 365 Tagen",
    ),
    (
        "ein Rechteinhaber hat eine Markenrechtsbeschwerde gegen Ihre Angebote eingereicht",
        "eine Genehmigung des Markeninhabers oder die Rücknahme der Beschwerde",
    ),
    (
        "Ihre Rate fehlerhafter Bestellungen liegt über dem Zielwert von 1 %",
        "eine Erklärung der Ursachen und der Änderungen an Ihren Abläufen",
    ),
    (
        "zu viele Bestellungen wurden nach dem voraussichtlichen Versanddatum verschickt",
        "eine Beschreibung Ihres Versandprozesses und der eingeführten Verbesserungen",
    ),
    (
        "Ihr Konto steht offenbar mit einem Konto in Verbindung, das nicht verkaufen darf",
        "eine Erläuterung, wie die beiden Konten zusammenhängen",
    ),
    (
        "Sie haben Produkte angeboten, die nach unseren Richtlinien eingeschränkt sind",
        "eine Bestätigung, dass die Angebote entfernt wurden, und Ihre Prüfschritte",
    ),
)


def de_deactivated(scene: Scene) -> Body:
    """The account or selling privileges on Amazon.de were deactivated, with a reason."""
    scene = localize(scene, GERMAN)
    rng = scene.rng
    cause, proof = pick(rng, _REASONS)
    subject = pick(
        rng,
        (
            "Ihr Verkäuferkonto bei Amazon.de wurde deaktiviert",
            "Deaktivierung Ihres Verkäuferkontos",
            "Wichtig: Ihre Verkaufsberechtigung wurde entzogen",
            f"Ihr Angebot {scene.asins[0]} wurde gesperrt",
        ),
    )
    blocks = (
        hello(scene, GERMAN),
        pick(
            rng,
            (
                "wir haben Ihr Verkäuferkonto deaktiviert. Ihre Angebote sind für Kunden "
                "nicht mehr sichtbar.",
                "Ihre Verkaufsberechtigung auf Amazon.de wurde aufgehoben und Ihre Angebote "
                "wurden entfernt.",
            ),
        ),
        f"Grund: {cause}.",
        Bullets(tuple(f"ASIN {code}" for code in scene.asins)),
        pick(
            rng,
            (
                "Auszahlungen werden einbehalten, bis die Angelegenheit geklärt ist.",
                "Ihr Guthaben bleibt vorerst gesperrt.",
            ),
        ),
        "Sie können Einspruch einlegen. Nennen Sie die Ursache, die bereits ergriffenen "
        f"Maßnahmen und wie Sie künftige Verstöße verhindern. Fügen Sie {proof} bei.",
        Link("Zum Kontozustand", scene.url("performance/account/health")),
        goodbye(scene, GERMAN, pick(rng, ("Leistungsteam für Verkäufer", "Team Kontozustand"))),
    )
    return Body(
        "de_deactivated",
        scene.addr(pick(rng, ("seller-performance", "kontozustand", "no-reply"))),
        "Amazon.de",
        subject,
        blocks,
        pick(rng, ("plain", "alt", "html")),
        pick(rng, ("simple", "table")),
        charset=charset(scene),
    )


def de_appeal_rejected(scene: Scene) -> Body:
    """The appeal was turned down without saying what was missing."""
    scene = localize(scene, GERMAN)
    rng = scene.rng
    subject = pick(
        rng,
        (
            "Ihr Einspruch wurde geprüft",
            "Entscheidung zu Ihrem Einspruch",
            f"Ihr Verkäuferkonto {scene.seller.merchant_token}: keine Reaktivierung",
        ),
    )
    blocks = (
        hello(scene, GERMAN),
        pick(
            rng,
            (
                "vielen Dank für Ihren Einspruch. Nach erneuter Prüfung können wir Ihr Konto "
                "leider nicht wieder aktivieren.",
                "wir haben Ihren Maßnahmenplan geprüft. Er räumt unsere Bedenken nicht aus.",
            ),
        ),
        pick(
            rng,
            (
                "Die von Ihnen übermittelten Informationen reichen nicht aus.",
                "Ihr Schreiben enthält nicht genügend Angaben, um die Sperrung aufzuheben.",
                "Sie können daher nicht mehr auf Amazon.de verkaufen.",
            ),
        ),
        pick(
            rng,
            (
                "Wir werden auf weitere Nachrichten zu diesem Thema möglicherweise nicht "
                "antworten.",
                "Die Entscheidung ist endgültig. Guthaben auf Ihrem Konto bleibt einbehalten.",
            ),
        ),
        f"Datum der Prüfung: {local_day(scene, GERMAN)}",
        goodbye(scene, GERMAN, "Leistungsteam für Verkäufer"),
    )
    return Body(
        "de_appeal_rejected",
        scene.addr("seller-performance"),
        "Amazon.de",
        subject,
        blocks,
        pick(rng, ("plain", "alt")),
        charset=charset(scene),
    )


def de_documents_needed(scene: Scene) -> Body:
    """Amazon.de names the documents still missing and a German-format deadline."""
    scene = localize(scene, GERMAN)
    rng = scene.rng
    wanted = rng.sample(
        (
            "Rechnungen Ihres Lieferanten (Name, Anschrift, Telefonnummer, Mengen)",
            "Kontaktdaten Ihres Lieferanten, damit wir die Angaben überprüfen können",
            "ein Genehmigungsschreiben des Markeninhabers",
            "einen überarbeiteten Maßnahmenplan, der die eigentliche Ursache erklärt",
            "Nachweise, dass die betroffenen Artikel aus dem Lager entfernt wurden",
            "ein Prüfbericht oder eine Konformitätserklärung für das Produkt",
        ),
        rng.randint(2, 4),
    )
    subject = pick(
        rng,
        (
            "Wir benötigen weitere Informationen",
            "Fehlende Unterlagen zu Ihrem Einspruch",
            f"Zusätzliche Nachweise erforderlich: {scene.asins[0]}",
        ),
    )
    blocks = (
        hello(scene, GERMAN),
        "um Ihren Einspruch abschließend zu prüfen, brauchen wir noch Folgendes:",
        Bullets(tuple(wanted), numbered=rng.random() < 0.5),
        f"Bitte senden Sie die Unterlagen bis zum {local_day(scene, GERMAN, scene.deadline)}.",
        "Rechnungen müssen lesbar sein; Preise dürfen Sie schwärzen, Mengen und Anschriften nicht.",
        f"Referenz: {scene.reference}",
        Link("Unterlagen hochladen", scene.url("performance/account/health")),
        goodbye(scene, GERMAN, "Leistungsteam für Verkäufer"),
    )
    return Body(
        "de_documents_needed",
        scene.addr(pick(rng, ("seller-performance", "notice-dispute"))),
        "Amazon.de",
        subject,
        blocks,
        pick(rng, ("plain", "alt", "html")),
        pick(rng, ("simple", "card")),
        charset=charset(scene),
    )


def de_mailbox_closed(scene: Scene) -> Body:
    """An auto-reply: this address no longer takes appeals; use Seller Central instead."""
    scene = localize(scene, GERMAN)
    rng = scene.rng
    subject = pick(
        rng,
        (
            "Automatische Antwort: Ihre Nachricht wurde nicht bearbeitet",
            "Diese Adresse nimmt keine Einsprüche mehr an",
            "Automatische Antwort",
        ),
    )
    blocks = (
        hello(scene, GERMAN),
        pick(
            rng,
            (
                "dieses Postfach wird nicht mehr überwacht. Ihre E-Mail wurde nicht "
                "weitergeleitet.",
                "über diese E-Mail-Adresse nehmen wir keine Einsprüche mehr entgegen.",
            ),
        ),
        "So reichen Sie Ihren Einspruch ein:",
        Bullets(
            (
                "Melden Sie sich in Seller Central an.",
                "Öffnen Sie die Seite Kontozustand.",
                "Klicken Sie neben dem betroffenen Punkt auf Einspruch.",
            ),
            numbered=True,
        ),
        pick(
            rng,
            (
                "Für andere Fragen nutzen Sie bitte das Kontaktformular der "
                "Verkäuferunterstützung.",
                "Antworten auf diese Nachricht werden nicht gelesen.",
            ),
        ),
        goodbye(scene, GERMAN, "Amazon.de"),
    )
    return Body(
        "de_mailbox_closed",
        scene.addr(pick(rng, ("seller-performance", "notice-dispute", "einspruch"))),
        "Amazon.de",
        subject,
        blocks,
        pick(rng, ("plain", "plain", "html")),
        charset=charset(scene),
    )


def de_reactivated(scene: Scene) -> Body:
    """The account or listing is active again after the appeal."""
    scene = localize(scene, GERMAN)
    rng = scene.rng
    subject = pick(
        rng,
        (
            "Ihr Verkäuferkonto wurde reaktiviert",
            "Gute Nachrichten: Sie können wieder verkaufen",
            f"Ihr Angebot {scene.asins[0]} ist wieder aktiv",
        ),
    )
    blocks = (
        hello(scene, GERMAN),
        pick(
            rng,
            (
                "wir haben Ihren Einspruch angenommen und Ihr Verkäuferkonto wieder aktiviert.",
                "nach Prüfung Ihres Maßnahmenplans haben wir Ihre Verkaufsberechtigung "
                "wiederhergestellt.",
            ),
        ),
        pick(
            rng,
            (
                "Ihre Angebote sind in Kürze wieder für Kunden sichtbar.",
                "Einbehaltene Auszahlungen werden mit der nächsten Abrechnung freigegeben.",
            ),
        ),
        f"Reaktiviert am: {local_day(scene, GERMAN)}",
        "Bitte setzen Sie die beschriebenen Maßnahmen weiter um und behalten Sie Ihren "
        "Kontozustand im Blick.",
        goodbye(scene, GERMAN, "Leistungsteam für Verkäufer"),
    )
    return Body(
        "de_reactivated",
        scene.addr("seller-performance"),
        "Amazon.de",
        subject,
        blocks,
        pick(rng, ("plain", "alt", "html")),
        pick(rng, ("simple", "card")),
        charset=charset(scene),
    )


def de_appeal_received(scene: Scene) -> Body:
    """A receipt: the appeal arrived and waits for review; no decision yet."""
    scene = localize(scene, GERMAN)
    rng = scene.rng
    subject = pick(
        rng,
        (
            "Eingangsbestätigung Ihres Einspruchs",
            "Wir haben Ihre Unterlagen erhalten",
            f"Ihr Fall {scene.case_id} wird bearbeitet",
        ),
    )
    blocks = (
        hello(scene, GERMAN),
        pick(
            rng,
            (
                "vielen Dank, Ihr Einspruch ist bei uns eingegangen.",
                "hiermit bestätigen wir den Eingang Ihrer Unterlagen.",
            ),
        ),
        f"Eingegangen am {local_day(scene, GERMAN)} - Fallnummer {scene.case_id}.",
        pick(
            rng,
            (
                "Die Prüfung dauert in der Regel zwei bis fünf Werktage.",
                "Ein Mitarbeiter prüft Ihre Angaben. Eine Entscheidung wurde noch nicht getroffen.",
            ),
        ),
        "Bitte senden Sie Ihren Einspruch nicht erneut; das verzögert die Bearbeitung.",
        goodbye(scene, GERMAN, pick(rng, ("Verkäuferunterstützung", "Team Kontozustand"))),
    )
    return Body(
        "de_appeal_received",
        scene.addr(pick(rng, ("seller-support", "seller-performance"))),
        "Amazon.de",
        subject,
        blocks,
        pick(rng, ("plain", "alt")),
        charset=charset(scene),
    )


def de_payout_or_order(scene: Scene) -> Body:
    """Routine Amazon.de mail: a new order to dispatch or a payout sent."""
    scene = localize(scene, GERMAN)
    rng = scene.rng
    amount = f"{rng.randint(40, 9000)},{rng.randint(0, 99):02d} EUR"
    mailbox = "seller-notification"
    if rng.random() < 0.5:
        subject = f"Verkauft, jetzt versenden: {scene.order_ids[0]}"
        blocks: tuple[Block, ...] = (
            f"Hallo {scene.seller.store_name},",
            "Sie haben einen Artikel verkauft. Bitte versenden Sie ihn bis zum "
            f"{local_day(scene, GERMAN, scene.deadline)}.",
            f"Bestellnummer: {scene.order_ids[0]}\nASIN: {scene.asins[0]}\n"
            f"Menge: {rng.randint(1, 4)}\nZwischensumme: {amount}",
            Link("Bestellung ansehen", scene.url(f"orders-v3/order/{scene.order_ids[0]}")),
            "Bitte bestätigen Sie den Versand mit einer Sendungsnummer. Vielen Dank, dass "
            "Sie auf Amazon.de verkaufen.",
        )
    else:
        subject = pick(rng, ("Ihre Auszahlung ist unterwegs", "Auszahlung veranlasst"))
        mailbox = pick(rng, ("zahlungen", "payments-messages", "no-reply"))
        blocks = (
            "Guten Tag,",
            Heading("Auszahlung"),
            f"Wir haben {amount} an Ihr Bankkonto mit der Endung {rng.randint(1000, 9999)} "
            "überwiesen.",
            f"Abrechnungszeitraum bis {local_day(scene, GERMAN)}. Die Gutschrift erfolgt "
            "meist innerhalb von drei bis fünf Werktagen.",
            goodbye(scene, GERMAN, "Amazon Payments Europe"),
        )
    return Body(
        "de_payout_or_order",
        scene.addr(mailbox),
        "Amazon.de",
        subject,
        blocks,
        pick(rng, ("plain", "alt", "html")),
        pick(rng, ("simple", "table")),
        charset=charset(scene),
    )
