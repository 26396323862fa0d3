"""Policy and requested documents in German, French, Spanish and Italian notices."""

from __future__ import annotations

import pytest

from intake.extract import extract_facts
from intake.extract.documents import DOCUMENT_PATTERNS
from intake.extract.languages import LEXICONS
from intake.extract.policy import POLICY_PATTERNS
from tests.unit.test_extract_helpers import notice

SENDERS = {
    "de": "seller-performance@amazon.de",
    "fr": "seller-performance@amazon.fr",
    "es": "seller-performance@amazon.es",
    "it": "seller-performance@amazon.it",
}

POLICY_CASES = [
    # German
    ("de", "Ihr Konto wurde wegen Bedenken zur Produktsicherheit deaktiviert.", "product_safety"),
    ("de", "Dieser Artikel fällt unter gefährliche Güter (Gefahrgut).", "dangerous_goods"),
    ("de", "Verdacht auf Fälschungen / nicht authentisch", "inauthentic"),
    ("de", "Wir haben Beschwerden erhalten, dass Ihre Artikel gefälscht sind.", "inauthentic"),
    ("de", "Es liegt eine Markenrechtsverletzung vor.", "intellectual_property"),
    ("de", "Ein Rechteinhaber hat eine Beschwerde eingereicht.", "intellectual_property"),
    ("de", "Wir haben verbundene Konten festgestellt.", "related_accounts"),
    ("de", "Ihr Konto ist mit einem anderen Konto verknüpft.", "related_accounts"),
    ("de", "Ihre Bestellmängelquote liegt über dem Zielwert von 1 %.", "order_defect_rate"),
    ("de", "Zu viele Bestellungen mit verspäteter Lieferung.", "late_shipment"),
    ("de", "Ihre Stornierungsrate vor der Versandbestätigung ist zu hoch.", "cancellation_rate"),
    ("de", "Verstoß gegen den Verhaltenskodex für Verkäufer", "code_of_conduct"),
    ("de", "Manipulation von Kundenrezensionen ist nicht erlaubt.", "reviews"),
    ("de", "Wir haben gefälschte Rezensionen zu Ihren Produkten entdeckt.", "reviews"),
    (
        "de",
        "Wir müssen Ihre Identität überprüfen: Identitätsprüfung ausstehend.",
        "identity_verification",
    ),
    ("de", "Ihr Angebot verstößt gegen die Angebotsrichtlinien.", "listing_policy"),
    ("de", "Verstoß gegen unsere Richtlinie zu fairen Preisen", "pricing"),
    ("de", "Es handelt sich um eingeschränkte Produkte.", "restricted_products"),
    ("de", "Sie bieten Artikel an, die in der EU verboten sind.", "restricted_products"),
    ("de", "Ihr Konto steht mit einem weiteren Konto in Verbindung.", "related_accounts"),
    ("de", "Die Rate fehlerhafter Bestellungen liegt bei 3 %.", "order_defect_rate"),
    ("de", "Mehrere Pakete wurden verspätet verschickt.", "late_shipment"),
    ("de", "Bestellungen wurden nach dem Versanddatum versendet.", "late_shipment"),
    ("de", "Wir sehen ein Risiko für Kunden bei diesem Artikel.", "product_safety"),
    # French
    ("fr", "Nous avons reçu des réclamations pour contrefaçon.", "inauthentic"),
    ("fr", "Les articles ont été signalés comme non authentiques.", "inauthentic"),
    ("fr", "Nous avons identifié des comptes liés à votre compte.", "related_accounts"),
    ("fr", "Votre taux de défauts de commande dépasse 1 %.", "order_defect_rate"),
    ("fr", "Votre taux d'expéditions en retard est trop élevé.", "late_shipment"),
    ("fr", "Votre taux d’annulation est supérieur à l'objectif.", "cancellation_rate"),
    ("fr", "Une violation de la propriété intellectuelle a été signalée.", "intellectual_property"),
    ("fr", "Ce produit relève des marchandises dangereuses.", "dangerous_goods"),
    ("fr", "Problème lié à la sécurité des produits", "product_safety"),
    ("fr", "Vérification de votre identité requise", "identity_verification"),
    ("fr", "Non-respect du code de conduite des vendeurs", "code_of_conduct"),
    ("fr", "Manipulation des avis clients constatée", "reviews"),
    ("fr", "Les clients disent que les sacs ne sont pas authentiques.", "inauthentic"),
    ("fr", "Votre taux de commandes défectueuses est de 2 %.", "order_defect_rate"),
    ("fr", "Trop de colis expédiés après la date prévue.", "late_shipment"),
    # Spanish
    ("es", "Hemos recibido reclamaciones por productos falsificados.", "inauthentic"),
    ("es", "Los productos no son auténticos según el cliente.", "inauthentic"),
    ("es", "Hemos detectado cuentas relacionadas con la suya.", "related_accounts"),
    ("es", "Su cuenta está vinculada a otra cuenta de vendedor.", "related_accounts"),
    ("es", "Su tasa de defectos en los pedidos supera el 1 %.", "order_defect_rate"),
    ("es", "Su tasa de envíos con retraso es demasiado alta.", "late_shipment"),
    ("es", "Se ha infringido la propiedad intelectual de un titular.", "intellectual_property"),
    ("es", "El artículo se clasifica como mercancías peligrosas.", "dangerous_goods"),
    ("es", "Se han notificado problemas de seguridad del producto.", "product_safety"),
    ("es", "Infracción del código de conducta", "code_of_conduct"),
    ("es", "Su tasa de cancelación es demasiado alta.", "cancellation_rate"),
    ("es", "Su tasa de pedidos defectuosos supera el objetivo.", "order_defect_rate"),
    ("es", "Muchos pedidos fueron enviados después de la fecha prevista.", "late_shipment"),
    # Italian
    ("it", "Abbiamo ricevuto segnalazioni di prodotti contraffatti.", "inauthentic"),
    ("it", "Gli articoli non sono autentici.", "inauthentic"),
    ("it", "Abbiamo individuato account collegati al tuo.", "related_accounts"),
    ("it", "Il tuo account è collegato a un altro account.", "related_accounts"),
    ("it", "Il tasso di difettosità degli ordini supera l'1%.", "order_defect_rate"),
    ("it", "Troppe spedizioni in ritardo nel periodo.", "late_shipment"),
    ("it", "Violazione del marchio registrato segnalata.", "intellectual_property"),
    ("it", "Il prodotto rientra tra le merci pericolose.", "dangerous_goods"),
    ("it", "Segnalazioni sulla sicurezza del prodotto", "product_safety"),
    ("it", "Verifica dell'identità necessaria", "identity_verification"),
    ("it", "Violazione del codice di condotta", "code_of_conduct"),
    ("it", "Molti ordini sono stati spediti dopo la data prevista.", "late_shipment"),
    ("it", "I prodotti vietati non possono essere venduti.", "restricted_products"),
]


@pytest.mark.parametrize(("language", "text", "expected"), POLICY_CASES)
def test_policy_in_other_languages(language: str, text: str, expected: str) -> None:
    facts = extract_facts(notice(text, sender=SENDERS[language]))
    assert facts.policy == expected


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        (
            "Produktsicherheit: Angebot deaktiviert",
            "Es gab auch eine Markenbeschwerde.",
            "product_safety",
        ),
        ("Ihr Konto", "Verbundene Konten. Später: Bestellmängelquote.", "related_accounts"),
        ("Compte désactivé", "Votre taux d'annulation, puis contrefaçon.", "cancellation_rate"),
        ("Verifica dell'identità", "Serve la patente di guida.", "identity_verification"),
    ],
)
def test_policy_subject_then_earliest_mention(subject: str, text: str, expected: str) -> None:
    assert extract_facts(notice(text, subject=subject)).policy == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vielen Dank für Ihre Nachricht. Wir melden uns bald.",
        "Merci pour votre message, nous l'examinons.",
        "Gracias por su mensaje.",
        "Grazie per il tuo messaggio.",
        "Bitte legen Sie einen Führerschein vor.",  # a document, not a policy
        "Inviaci la patente di guida.",  # Italian "patente" is a licence, not a patent
    ],
)
def test_no_policy_in_plain_messages(text: str) -> None:
    assert extract_facts(notice(text)).policy is None


DOCUMENT_CASES = [
    # German
    (
        "Bitte reichen Sie folgende Unterlagen ein:\n- Rechnungen Ihres Lieferanten aus den"
        " letzten 365 Tagen\n- Kontaktdaten Ihres Lieferanten (Name, Anschrift, Telefon)\n",
        ("invoices", "supplier_contacts"),
    ),
    ("Bitte senden Sie uns Ihre Lieferantenrechnungen.", ("invoices",)),
    ("Wir benötigen eine Kopie Ihres Personalausweises oder Reisepasses.", ("identity_document",)),
    (
        "Bitte laden Sie eine aktuelle Stromrechnung und einen Kontoauszug hoch.",
        ("utility_bill", "bank_statement"),
    ),
    ("Bitte übermitteln Sie eine Nebenkostenabrechnung.", ("utility_bill",)),
    ("Wir benötigen einen aktuellen Handelsregisterauszug.", ("business_license",)),
    ("Bitte reichen Sie einen überarbeiteten Aktionsplan ein.", ("plan_of_action",)),
    ("Bitte senden Sie uns einen Maßnahmenplan.", ("plan_of_action",)),
    ("Bitte laden Sie das Sicherheitsdatenblatt für das Produkt hoch.", ("safety_data_sheet",)),
    ("Wir benötigen einen Prüfbericht eines akkreditierten Labors.", ("test_report",)),
    ("Bitte reichen Sie die EU-Konformitätserklärung ein.", ("compliance_certificate",)),
    ("Bitte senden Sie Fotos der Verpackung und des Etiketts.", ("product_images",)),
    ("Wir benötigen ein Autorisierungsschreiben des Markeninhabers.", ("letter_of_authorization",)),
    ("Bitte senden Sie uns die Sendungsverfolgungsnummern.", ("tracking_information",)),
    (
        "Folgende Unterlagen sind erforderlich: Rechnungen und Kontoauszug.",
        ("invoices", "bank_statement"),
    ),
    (
        "Sie müssen den Vertriebsvertrag mit Ihrem Lieferanten vorlegen.",
        ("distribution_agreement",),
    ),
    ("Name und Anschrift des Herstellers fehlen.", ("supplier_contacts",)),
    ("Um das Angebot freizugeben, laden Sie bitte einen Prüfbericht hoch.", ("test_report",)),
    ("Fügen Sie einen Nachweis bei, dass die Etiketten korrigiert wurden.", ("proof_of_fix",)),
    ("Senden Sie den überarbeiteten Plan bitte erneut.", ("plan_of_action",)),
    ("Bitte beschreiben Sie, was in Ihrem überarbeiteten Plan fehlt.", ()),
    # French
    (
        "Veuillez nous fournir : des factures de votre fournisseur et une lettre d'autorisation.",
        ("invoices", "letter_of_authorization"),
    ),
    (
        "Veuillez nous fournir les documents suivants :\n- des factures\n"
        "- les coordonnées de votre fournisseur\n- un plan d'action\n",
        ("invoices", "supplier_contacts", "plan_of_action"),
    ),
    (
        "Nous avons besoin d'une pièce d'identité et d'un relevé bancaire.",
        ("identity_document", "bank_statement"),
    ),
    ("Veuillez envoyer une facture d'électricité récente.", ("utility_bill",)),
    ("Veuillez fournir un extrait Kbis de moins de trois mois.", ("business_license",)),
    ("Veuillez joindre la fiche de données de sécurité.", ("safety_data_sheet",)),
    ("Vous devez fournir une déclaration de conformité.", ("compliance_certificate",)),
    ("Veuillez envoyer des photos de l'emballage du produit.", ("product_images",)),
    ("Merci de nous transmettre votre passeport.", ("identity_document",)),
    ("Joignez des factures de votre grossiste.", ("invoices",)),
    ("Envoyez-nous un plan révisé avec ce point.", ("plan_of_action",)),
    # Spanish
    (
        "Envíenos: facturas, datos de contacto del proveedor.",
        ("invoices", "supplier_contacts"),
    ),
    (
        "Necesitamos una copia de su DNI y un extracto bancario.",
        ("identity_document", "bank_statement"),
    ),
    ("Por favor, envíe una factura de luz a su nombre.", ("utility_bill",)),
    ("Proporcione la escritura de constitución de la empresa.", ("business_license",)),
    ("Por favor, presente un plan de acción.", ("plan_of_action",)),
    ("Necesitamos la ficha de datos de seguridad del producto.", ("safety_data_sheet",)),
    ("Envíenos una carta de autorización del titular de la marca.", ("letter_of_authorization",)),
    ("Por favor, adjunte fotos del embalaje del producto.", ("product_images",)),
    (
        "Los siguientes documentos son necesarios:\n- facturas\n- pasaporte\n",
        ("invoices", "identity_document"),
    ),
    # Italian
    (
        "Inviaci: fatture, i contatti del fornitore, un piano d'azione",
        ("invoices", "supplier_contacts", "plan_of_action"),
    ),
    (
        "Abbiamo bisogno della tua carta d'identità e di una bolletta.",
        ("identity_document", "utility_bill"),
    ),
    ("Invii un estratto conto recente.", ("bank_statement",)),
    ("Inviaci una visura camerale aggiornata.", ("business_license",)),
    ("Ti preghiamo di caricare la scheda di sicurezza del prodotto.", ("safety_data_sheet",)),
    (
        "Inviaci la dichiarazione di conformità e un rapporto di prova.",
        ("compliance_certificate", "test_report"),
    ),
    ("Inviaci una lettera di autorizzazione del titolare.", ("letter_of_authorization",)),
    ("Ti preghiamo di inviare le foto della confezione del prodotto.", ("product_images",)),
    ("Inviaci la patente di guida.", ("identity_document",)),
    ("Inviaci un piano aggiornato che tratti questo punto.", ("plan_of_action",)),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENT_CASES)
def test_requested_documents_in_other_languages(text: str, expected: tuple[str, ...]) -> None:
    assert extract_facts(notice(text)).requested == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vielen Dank für die Rechnungen, die Sie gesendet haben.", ()),
        ("Ein Aktionsplan ist nicht erforderlich.", ()),
        ("Bitte senden Sie keine Screenshots.", ()),
        ("Bitte senden Sie Rechnungen, aber Kontoauszüge sind nicht erforderlich.", ("invoices",)),
        ("Merci pour les factures reçues.", ()),
        ("N'envoyez pas de relevé bancaire.", ()),
        ("Un plan d'action n'est pas nécessaire.", ()),
        ("Veuillez fournir des factures, mais ne nous envoyez pas de passeport.", ("invoices",)),
        ("Gracias por las facturas.", ()),
        ("No es necesario enviar un plan de acción.", ()),
        ("Envíe facturas, pero no envíe su pasaporte.", ("invoices",)),
        ("Grazie per le fatture che ci hai inviato.", ()),
        ("Non è necessario inviare un piano d'azione.", ()),
        ("Inviaci le fatture, ma non inviare la carta d'identità.", ("invoices",)),
        (
            "Bitte reichen Sie folgende Unterlagen ein:\n- Rechnungen\n"
            "- Kontoauszüge sind nicht erforderlich\n",
            ("invoices",),
        ),
    ],
)
def test_refusals_and_thanks_ask_for_nothing(text: str, expected: tuple[str, ...]) -> None:
    assert extract_facts(notice(text)).requested == expected


@pytest.mark.parametrize(
    "text",
    [
        "um Ihren Widerspruch zu prüfen, benötigen wir folgende\nUnterlagen:\n\n"
        "  - Rechnungen Ihres Lieferanten\n  - einen Kontoauszug\n",
        "Before we decide, please send the following\ndocuments:\n\n"
        "- invoices from your supplier\n- a bank statement\n",
    ],
)
def test_request_wrapped_before_its_label_still_lists_bullets(text: str) -> None:
    assert extract_facts(notice(text)).requested == ("invoices", "bank_statement")


def test_label_after_a_finished_sentence_ends_the_list() -> None:
    text = "Bitte senden Sie Rechnungen.\nHinweise:\n- Kontoauszug\n"
    assert extract_facts(notice(text)).requested == ("invoices",)


def test_every_foreign_key_names_an_english_fact() -> None:
    """A misspelt key would silently never match: each must name an English table row."""
    policies = {name for name, _ in POLICY_PATTERNS}
    documents = {name for name, _ in DOCUMENT_PATTERNS}
    for lexicon in LEXICONS:
        assert set(lexicon.policies) <= policies, lexicon.code
        assert set(lexicon.documents) <= documents, lexicon.code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bitte senden Sie Rechnungen, die nicht älter als 365 Tage sind.", ("invoices",)),
        ("Veuillez fournir des factures qui ne datent pas de plus d'un an.", ("invoices",)),
        ("Envíe facturas que no tengan más de un año.", ("invoices",)),
        ("Inviaci fatture non più vecchie di un anno.", ("invoices",)),
        ("Bitte senden Sie die Rechnungen bis zum 3. Mai 2024.", ("invoices",)),
    ],
)
def test_negated_details_are_not_refusals(text: str, expected: tuple[str, ...]) -> None:
    """Only a refused *request* counts; "not older than a year" still asks for the invoices."""
    assert extract_facts(notice(text)).requested == expected


@pytest.mark.parametrize(
    ("text", "requested", "policy"),
    [
        ("Dear Ma'am, please provide invoices but do not send passports.", ("invoices",), None),
        ("The envoy asked us to provide a bank statement.", (), None),
        (
            "Please send the patent certificate and your invoices.",
            ("invoices",),
            "intellectual_property",
        ),
        ("We will not accept a faire price list; please provide invoices.", ("invoices",), None),
    ],
)
def test_english_words_are_not_read_as_other_languages(
    text: str, requested: tuple[str, ...], policy: str | None
) -> None:
    facts = extract_facts(notice(text))
    assert (facts.requested, facts.policy) == (requested, policy)
