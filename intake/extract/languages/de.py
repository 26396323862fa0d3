"""German (amazon.de): compounds are matched whole, so "Stromrechnung" is no invoice."""

from __future__ import annotations

from intake.extract.languages.lexicon import Lexicon

_POLICIES = {
    "condition": r"gebraucht\w*\s+(?:\w+\s+){0,2}als\s+neu|zustands(?:beschwerde|richtlinie)\w*",
    "inauthentic": (
        r"fälschung\w*|gefälscht(?!\w*\s+(?:rezension|bewertung))\w*|nicht\s+authentisch"
        r"|\bechtheit\w*|authentizität"
    ),
    "intellectual_property": (
        r"geistig\w*\s+eigentum\w*|marken(?:rechts?|schutz)?verletzung\w*|\bmarkenrecht\w*"
        r"|urheberrecht\w*|\bpatentverletzung\w*|rechteinhaber\w*|schutzrecht\w*"
    ),
    "order_defect_rate": (
        r"(?:bestell|auftrags)mängelquote|quote\s+der\s+bestellmängel"
        r"|(?:rate|quote)\s+(?:der\s+)?(?:fehlerhaft|mangelhaft)\w*\s+bestellungen"
    ),
    "late_shipment": (
        r"verspätet\w*\s+(?:geliefert|verschickt|lieferung\w*|versand\w*|versend\w*|zustellung\w*)"
        r"|verspätungsrate|nach\s+dem\s+(?:voraussichtlichen\s+)?versanddatum\s+"
        r"(?:verschickt|versandt|versendet)"
    ),
    "cancellation_rate": r"storn(?:ierungs|o)(?:rate|quote)",
    "valid_tracking": r"(?:rate|quote)\s+(?:der\s+)?gültige[rn]?\s+sendungsverfolgung\w*",
    "related_accounts": (
        r"(?:verbunden|verknüpft|zusammenhängend)\w*\s+(?:verkäufer)?kont(?:o|en)\b"
        r"|mit\s+einem\s+anderen\s+(?:\w+\s+)?konto\s+(?:verbunden|verknüpft)"
        r"|\bmit\s+(?:einem|einem\s+anderen|weiteren)\s+(?:\w+\s+)?kont(?:o|en)\s+in\s+verbindung"
    ),
    "dangerous_goods": r"gefährlich\w*\s+güter\w*|gefahrgut\w*|gefahrstoff\w*",
    "restricted_products": (
        r"(?:eingeschränkt|beschränkt|verboten)\w*\s+(?:produkt|artikel)\w*"
        r"|\b(?:produkte|artikel)\b[^.]{0,60}\b(?:eingeschränkt|verboten)\s+sind"
    ),
    "pricing": r"fair\w*\s+preis\w*|preiswucher|preisgestaltungsrichtlinie\w*",
    "reviews": (
        r"manipulation\s+von\s+(?:kunden|produkt)?(?:rezensionen|bewertungen)"
        r"|rezensionsmanipulation|(?:gefälscht|gekauft)\w*\s+(?:rezension|bewertung)\w*"
        r"|richtlinie\w*\s+(?:für|zu)\s+(?:kunden)?rezensionen"
    ),
    "identity_verification": (
        r"identitätsprüfung|identitätsverifizierung|verkäuferverifizierung"
        r"|verifizierung\s+ihrer\s+identität"
        r"|ihre\s+identität\s+(?:zu\s+)?(?:bestätigen|verifizieren|überprüfen|nachweisen)"
    ),
    "product_safety": (
        r"produktsicherheit\w*|sicherheits(?:beschwerde|bedenken|mängel)\w*"
        r"|(?:sicherheits)?risik(?:o|en)\s+für\s+(?:die\s+)?(?:kunden|verbraucher)"
    ),
    "listing_policy": (
        r"angebotsrichtlinie\w*|richtlinie\w*\s+für\s+(?:angebote|produktdetailseiten)"
    ),
    "code_of_conduct": r"verhaltenskodex",
}

_DOCUMENTS = {
    "invoices": (
        r"\brechnung(?:en)?\b|\b\w*(?:lieferanten|einkaufs|händler|großhandels)rechnung\w*"
        r"|\bkaufbeleg\w*|\bkaufnachweis\w*"
    ),
    "supplier_contacts": (
        r"kontaktdaten\s+(?:ihre[rs]?\s+|de[rs]\s+)?(?:lieferanten|hersteller|großhändler"
        r"|distributor)\w*|lieferanten(?:kontakt|daten|angaben)\w*"
        r"|\b(?:name|anschrift|adresse|postanschrift|telefonnummer|e-mail-adresse|website)\b"
        r"[\w\s,-]{0,60}\b(?:de[rs]|ihre[rs]|jede[rs])\s+(?:lieferanten|herstellers)\b"
        r"|angaben\s+zu(?:m|\s+ihren)?\s+lieferanten"
    ),
    "letter_of_authorization": (
        r"(?:autorisierungs|genehmigungs|berechtigungs|ermächtigungs)schreiben"
        r"|\bvollmacht\b|erlaubnis\s+des\s+(?:rechte|marken)inhabers"
    ),
    "plan_of_action": (
        r"(?<!in\sihrem\s)(?<!in\sihrem\sbisherigen\s)"
        r"(?:(?:aktionsplan|maßnahmenplan|massnahmenplan|plan\s+mit\s+maßnahmen)\w*"
        r"|(?:überarbeitet|aktualisiert|neu|vollständig)\w*\s+plan\b)"
    ),
    "identity_document": (
        r"personalausweis\w*|reisepass\w*|ausweisdokument\w*|identitätsnachweis\w*"
        r"|führerschein\w*|lichtbildausweis\w*|\bausweis(?:es|kopie)?\b"
    ),
    "utility_bill": (
        r"(?:strom|gas|wasser|versorger|energie)rechnung\w*|nebenkostenabrechnung\w*"
        r"|(?:adress|wohnsitz)nachweis\w*|meldebescheinigung"
    ),
    "bank_statement": r"kontoauszug\w*|kontoauszüge|bankauszug\w*|kreditkartenabrechnung\w*",
    "safety_data_sheet": r"sicherheitsdatenbl[äa]tt\w*",
    "test_report": r"(?:prüf|test|labor)bericht\w*|prüfprotokoll\w*|prüfergebnis\w*",
    "compliance_certificate": r"konformitäts(?:erklärung|bescheinigung|zertifikat)\w*",
    "product_images": (
        r"(?:produkt|artikel|verpackungs|etiketten)(?:foto|bild|abbildung)\w*"
        r"|(?:fotos?|bilder|abbildungen|aufnahmen)\s+(?:\w+\s+){0,2}?(?:de[rsn]|vom|von|ihre[rs]?)"
        r"\s+(?:\w+\s+)?(?:produkt|artikel|verpackung|etikett|typenschild|kennzeichnung)\w*"
    ),
    "business_license": (
        r"handelsregister\w*|gewerbe(?:anmeldung|schein|lizenz|erlaubnis)\w*"
        r"|unternehmensregistrierung|registrierungsnachweis\w*"
    ),
    "proof_of_fix": (
        r"nachweis\w*\s+(?:der|über\s+die|für\s+die)\s+(?:korrektur|behebung|änderung|beseitigung)"
        r"|(?:nachweis|beleg|bestätigung)\w*(?:\s+bei)?,?\s+dass\s+.{0,40}(?:behoben|korrigiert"
        r"|geändert|aktualisiert|beseitigt|umgesetzt|entfernt)"
    ),
    "tracking_information": (
        r"(?:sendungsverfolgungs|sendungs|tracking-?)nummer\w*|(?:zustell|liefer)nachweis\w*"
    ),
    "distribution_agreement": r"(?:vertriebs|händler)(?:vertrag|vereinbarung)\w*",
}

_NUMBERS = (
    "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn"
    " fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig"
)
_SPAN = (
    r"{amount}\s*(?P<kind>werk|arbeits|geschäfts|kalender)?"
    r"(?P<unit>tag(?:e|en|es)?|stunden?|wochen?)\b"
)

LEXICON = Lexicon(
    code="de",
    policies=_POLICIES,
    documents=_DOCUMENTS,
    request=(
        r"\bbitte\s+(?:\w+\s+){0,2}?(?:send|reich|lad|übermittel|stell|leg|geb|schick|füg"
        r"|ergänz|aktualisier|überarbeit|nenn|teil)\w*"
        r"|\b(?:wir\s+benötigen|benötigen\s+wir|wir\s+brauchen|brauchen\s+wir)\b"
        r"|\bmüssen\s+(?:\w+\s+){0,6}?(?:einreichen|senden|vorlegen|hochladen|übermitteln"
        r"|eingereicht|vorgelegt|übermittelt|hochgeladen|hinterlegt|angegeben)\b"
        r"|\b(?:ist|sind)\s+erforderlich|\berforderlich\w*\s+(?:unterlagen|dokumente|angaben)"
        r"|\bfolgende[n]?\s+(?:unterlagen|dokumente|informationen|angaben|nachweise)"
        r"|\bfehl(?:en|t|ende|enden)\b|\breichen\s+sie\s+(?:\w+\s+){0,6}?ein\b"
        r"|\b(?:senden|schicken|reichen|laden|übermitteln|fügen|legen|stellen|nennen|geben"
        r"|ergänzen)\s+sie\b"
    ),
    refusal=(
        r"\bnicht\s+(?:mehr\s+)?(?:erforderlich|notwendig|nötig|benötigt|gefordert|akzeptiert)"
        r"|\b(?:senden|reichen|laden|schicken|übermitteln)\s+sie\s+(?:uns\s+)?(?:keine|nicht)\b"
        r"|\bkein\w*\s+(?:\w+\s+)?(?:erforderlich|nötig|notwendig)|\bnie(?:mals)?\b"
    ),
    clause_break=r"\b(?:aber|jedoch|sondern)\b",
    deadline_cues=(
        r"\bbis\s+(?:spätestens|einschließlich)(?:\s+(?:zum|am))?|\bspätestens(?:\s+(?:am|zum))?"
        r"|\w*frist(?:\s+(?:bis|endet(?:\s+am)?|läuft\s+(?:am|bis)))?|\bstichtag"
    ),
    weekdays=r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag",
    articles=r"zum|am|den",
    relative=(
        r"\b(?:innerhalb\s+(?:von\s+|der\s+(?:nächsten|kommenden)\s+)?|binnen\s+"
        r"|in\s+den\s+(?:nächsten|kommenden)\s+|\bfrist\b[^.,;]{0,40}?\b(?:von|beträgt)\s+)"
        + _SPAN,
        r"\b(?:sie\s+haben|haben\s+sie)\s+(?:noch\s+)?" + _SPAN,
        _SPAN + r"\s+nach\s+(?:erhalt|dem\s+datum)\s+(?:dieser|der)\s+"
        r"(?:nachricht|benachrichtigung|e-mail|mitteilung)",
    ),
    number_words={word: value for value, word in enumerate(_NUMBERS.split())}
    | {"dreißig": 30, "neunzig": 90},
    hour_units=("stund",),
    week_units=("woche",),
    business_kinds=("werk", "arbeits", "geschäfts"),
    asks_to_act=(
        r"\bbitte\b|\b(?:antwort|einreich|hochlad|ergänz|widerspruch|einspruch|aktionsplan"
        r"|deaktivier|entfern|übermittel)\w*"
        r"|\b(?:senden|reichen|andernfalls|sofern|falls|wenn\s+sie)\b"
    ),
    our_promise=(
        r"\bwir\s+(?:werden|melden|antworten|bemühen|prüfen|bearbeiten)\b|\bwerden\s+wir\b"
        r"|\bsie\s+erhalten\b"
    ),
    seller_duty=r"\bbitte\b|\b(?:wenn|falls|sofern)\s+sie\b|\bsie\s+(?:müssen|sollten|haben)\b",
)
