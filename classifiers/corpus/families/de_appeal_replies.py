"""German answers to an appeal (Widerspruch): more information, denial, receipt, reinstatement.

Wording is our own; the short formulaic phrases ("Vielen Dank für Ihren
Widerspruch", "reichen jedoch nicht aus", "wieder auf Amazon verkaufen") are the
ones German sellers quote.
"""

from classifiers.corpus.families import Family

_SENDERS = (
    "seller-performance@{domain}",
    "Amazon Verkäuferleistung <seller-performance@{domain}>",
    "seller-notification@{domain}",
)
_GREETING = ("Guten Tag,", "Hallo {seller},", "Sehr geehrte Damen und Herren,")
_SIGN = (
    "Mit freundlichen Grüßen\nSeller Performance Team",
    "Freundliche Grüße\n{marketplace}",
    "Amazon Services Europe\nTeam Verkäuferleistung",
)

DE_NEED_MORE_INFO = Family(
    id="de-sp-appeal-more-info",
    label="need_more_info",
    language="de",
    team="seller-performance",
    marketplaces=("DE", "EU"),
    senders=_SENDERS,
    subjects=(
        "Ihr Widerspruch: weitere Informationen erforderlich",
        "AW: Reaktivierung Ihres Verkäuferkontos",
        "Wir benötigen weitere Unterlagen",
    ),
    blocks=(
        _GREETING,
        (
            "Vielen Dank für Ihren Widerspruch. Wir haben Ihre Einsendung erhalten, die vorliegenden "
            "Informationen reichen jedoch nicht aus, um Ihr Konto zu reaktivieren.",
            "danke für Ihren Maßnahmenplan. Bevor wir eine Reaktivierung prüfen können, benötigen "
            "wir noch folgende Angaben.",
            "wir haben Ihre Unterlagen geprüft. Leider fehlen Angaben, ohne die wir die Prüfung "
            "nicht abschließen können.",
        ),
        ("Was fehlt?", "Wie reaktiviere ich mein Konto?", "Welche Unterlagen benötigen wir?", ""),
        (
            "Bitte reichen Sie ein:\n-- Rechnungen Ihres Lieferanten aus den letzten 365 Tagen mit "
            "Name, Adresse und Telefonnummer des Lieferanten\n-- eine Aufstellung, die die "
            "Stückzahlen der Rechnungen den Verkäufen von {asins} zuordnet",
            "Ihr Maßnahmenplan nennt keine konkrete Ursache. Bitte erläutern Sie:\n1. was genau zu "
            "den Beschwerden geführt hat\n2. welche Maßnahmen Sie wann umgesetzt haben\n3. wie Sie "
            "deren Wirkung überprüfen",
            "Die eingereichte Rechnung ist älter als 90 Tage, und die Adresse stimmt nicht mit den "
            "Angaben in Seller Central überein. Bitte senden Sie ein aktuelles Dokument.",
        ),
        (
            "Bitte senden Sie die Unterlagen bis zum {deadline} über die Seite Kontozustand.",
            "Antworten Sie bis spätestens {deadline}; andernfalls bleibt Ihr Konto deaktiviert.",
            'Nutzen Sie dafür die Schaltfläche "Widerspruch einlegen" neben dieser Benachrichtigung.',
        ),
        _SIGN,
    ),
    structure=(
        "Thanks for the Widerspruch, received but 'reichen jedoch nicht aus', sometimes the English "
        "headings again ('Warum ist das passiert?'), then exactly what is missing ('--' list: "
        "supplier invoices with contact data, a concrete root cause, a newer utility bill) and a "
        "deadline or channel."
    ),
    phrases=("Vielen Dank für Ihren Widerspruch", "reichen jedoch nicht aus", "bis zum"),
    seen_at=(
        "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/9deddb44-7abf-45f8-afae-1146a15f89f4",
    ),
)

DE_DENIAL = Family(
    id="de-sp-appeal-denied",
    label="generic_denial",
    language="de",
    team="seller-performance",
    marketplaces=("DE", "EU"),
    senders=_SENDERS,
    subjects=(
        "AW: Ihr Widerspruch",
        "Entscheidung zu Ihrem Widerspruch",
        "Ihr Verkäuferkonto bleibt deaktiviert",
    ),
    blocks=(
        _GREETING,
        (
            "wir haben Ihren Maßnahmenplan geprüft. Er räumt unsere Bedenken nicht aus, daher können "
            "wir Ihr Konto nicht reaktivieren.",
            "nach sorgfältiger Prüfung Ihres Widerspruchs haben wir entschieden, Ihre "
            "Verkaufsberechtigungen nicht wiederherzustellen.",
            "Ihr Widerspruch wurde abgelehnt.",
        ),
        (
            "Sie dürfen nicht mehr auf Amazon verkaufen.",
            "Ihr Konto bleibt deaktiviert. Weitere Nachrichten zu diesem Thema werden "
            "möglicherweise nicht beantwortet.",
        ),
        (
            "Verbleibendes Guthaben wird nach Abzug etwaiger A-bis-Z-Garantieanträge und "
            "Rückbuchungen in der Regel nach 90 Tagen ausgezahlt.",
            "",
        ),
        _SIGN,
    ),
    structure=(
        "Short rejection of the Widerspruch: plan does not remove our concerns / decided not to "
        "restore Verkaufsberechtigungen, you may no longer sell, further mail may go unanswered, "
        "funds after 90 days. Names nothing to fix. German consultants describe it as the usual "
        "text after a third failed attempt."
    ),
    phrases=("räumt unsere Bedenken nicht aus", "nicht mehr auf Amazon verkaufen", "abgelehnt"),
    seen_at=("https://amcomservices.de/artikel-wenn-der-account-ploetzlich-gesperrt-wird",),
)

DE_ACK = Family(
    id="de-sp-appeal-received",
    label="acknowledgement",
    language="de",
    team="seller-performance",
    marketplaces=("DE", "EU"),
    senders=_SENDERS,
    subjects=(
        "Wir haben Ihren Widerspruch erhalten",
        "Eingangsbestätigung: Ihr Maßnahmenplan",
        "Ihr Widerspruch wird geprüft",
    ),
    blocks=(
        _GREETING,
        (
            "vielen Dank für Ihren Widerspruch. Wir haben ihn erhalten und prüfen ihn derzeit.",
            "Ihr Maßnahmenplan ist bei uns eingegangen und wird von unserem Team geprüft.",
            "wir bestätigen den Eingang Ihrer Unterlagen.",
        ),
        (
            "In der Regel erhalten Sie innerhalb von 48 Stunden eine Antwort per E-Mail.",
            "Sobald die Prüfung abgeschlossen ist, informieren wir Sie per E-Mail.",
        ),
        (
            "Bitte senden Sie denselben Widerspruch nicht mehrfach, das verzögert die Prüfung.",
            "",
        ),
        _SIGN,
    ),
    structure=(
        "Receipt only: Widerspruch / plan / documents received and under review, answer usually "
        "within 48 hours by e-mail, do not resubmit. German guides give the 48-hour promise; this "
        "is the German version of the English receipt."
    ),
    phrases=("erhalten und prüfen", "innerhalb von 48 Stunden", "Eingang"),
    seen_at=("https://nuoptima.com/de/blog/einspruch-gegen-amazon-kontosperrung",),
)

DE_REINSTATED = Family(
    id="de-sp-account-reinstated",
    label="reinstatement",
    language="de",
    team="seller-performance",
    marketplaces=("DE", "EU"),
    senders=_SENDERS,
    subjects=(
        "Ihr Verkäuferkonto wurde reaktiviert",
        "Ihre Verkaufsberechtigungen wurden wiederhergestellt",
        "Sie können wieder auf {marketplace} verkaufen",
    ),
    blocks=(
        _GREETING,
        (
            "wir haben Ihr Konto und die von Ihnen bereitgestellten Informationen überprüft und "
            "entschieden, dass Sie wieder auf Amazon verkaufen dürfen.",
            "Ihre Verkaufsberechtigungen wurden wiederhergestellt, Ihre Angebote werden wieder "
            "aktiviert.",
            "gute Nachrichten: Ihr Verkäuferkonto ist wieder aktiv.",
        ),
        (
            "Beim Schutz unserer Community sind wir manchmal übervorsichtig. Wir entschuldigen uns "
            "für etwaige Unannehmlichkeiten.",
            "Es kann bis zu 24 Stunden dauern, bis Ihre Angebote wieder sichtbar sind.",
            "Auszahlungen erfolgen wieder nach Ihrem normalen Auszahlungsplan.",
        ),
        ("Bitte halten Sie die Maßnahmen aus Ihrem Maßnahmenplan weiter ein.", ""),
        _SIGN,
    ),
    structure=(
        "Reinstatement: account and information reviewed, you may sell on Amazon again / "
        "Verkaufsberechtigungen restored, sometimes Amazon's apology for erring on the side of "
        "caution, listings back within 24 hours, normal payout schedule. Quoted by German trade "
        "press after a suspension wave."
    ),
    phrases=("wieder auf Amazon verkaufen", "wiederhergestellt", "reaktiviert"),
    seen_at=(
        "https://telecom-handel.de/point-of-sale/amazon/mehrere-amazon-accounts-entsperrt-1733591.html",
    ),
)

FAMILIES: tuple[Family, ...] = (DE_NEED_MORE_INFO, DE_DENIAL, DE_ACK, DE_REINSTATED)
