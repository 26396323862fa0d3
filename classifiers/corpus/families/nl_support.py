"""Dutch redirects, receipts, a documents request and the listing-appeal rejection.

Dutch had no redirect family at all and few receipts; these are the Dutch
versions of mail every marketplace sends. Wording is our own.
"""

from classifiers.corpus.families import Family

_HELLO = ("Hallo,", "Beste {seller},", "Beste verkoper,")

NL_CLOSED = Family(
    id="nl-sp-closed-address-reply",
    label="redirect_closed_queue",
    language="nl",
    team="seller-performance",
    marketplaces=("NL",),
    senders=("seller-performance@{domain}", "no-reply@{domain}"),
    subjects=(
        "Automatisch antwoord: dit adres neemt geen beroepen aan",
        "Re: mijn actieplan",
        "Je bericht is niet behandeld",
    ),
    blocks=(
        ("Dit is een automatisch bericht.", *_HELLO),
        (
            "Dit e-mailadres wordt alleen gebruikt om berichten te verzenden. Je e-mail is niet gelezen.",
            "Op dit adres nemen we geen beroepen of actieplannen meer in behandeling.",
            "Je bericht is niet doorgestuurd naar het team dat beroepen beoordeelt.",
        ),
        (
            "Wil je in beroep gaan? Ga in Verkopercentrale naar de pagina Accountstatus ({link}) en klik "
            "op de knop Beroep instellen.",
            "Zoek de melding op de pagina Prestatiemeldingen en gebruik de knop Beroep instellen naast "
            "die melding.",
            "Voor andere vragen kun je contact opnemen met Verkopersondersteuning via Help: {link}",
        ),
        ("Met vriendelijke groet,\nAmazon Services Europe", "Amazon.nl"),
    ),
    structure=(
        "Auto-reply from a send-only or retired address: the mail was not read, appeals only via "
        "Accountstatus / the appeal button on Prestatiemeldingen, or Seller Support. Dutch version "
        "of the closed-queue reply every marketplace sends."
    ),
    phrases=("alleen gebruikt om berichten te verzenden", "Accountstatus", "Beroep instellen"),
    seen_at=(
        "https://sellable.app/nl/blog/mijn-amazon-account-is-geblokkeerd/",
        "https://sellercentral.amazon.nl/gp/help/external/help.html?itemID=200320980&language=nl_NL&ref=efph_200320980_cont_69039",
    ),
)

NL_SUPPORT_CANNOT = Family(
    id="nl-ss-redirect-cannot-help",
    label="redirect_closed_queue",
    language="nl",
    team="seller-support",
    marketplaces=("NL",),
    senders=("seller-support@{domain}", "Amazon Verkopersondersteuning <seller-support@{domain}>"),
    subjects=("Re: mijn account is gedeactiveerd", "Over je case {case_id}"),
    blocks=(
        _HELLO,
        (
            "Bedankt voor je bericht. Verkopersondersteuning kan helaas geen beroepen tegen een "
            "deactivering beoordelen.",
            "We begrijpen dat de deactivering van je account vervelend is, maar ons team kan je account "
            "niet heractiveren.",
        ),
        (
            "Volg de instructies in de banner bovenaan de pagina Accountstatus in Verkopercentrale: {link}",
            "Het verantwoordelijke team behandelt alleen beroepen die via de pagina Accountstatus worden "
            "ingediend.",
        ),
        ("We sluiten deze case.", "Deze case is nu opgelost."),
        ("Met vriendelijke groet,\nVerkopersondersteuning", "Amazon Services Europe"),
    ),
    structure=(
        "Seller Support cannot review deactivations or appeals, points to the banner on the "
        "Accountstatus page, closes the case. Dutch counterpart of the English redirect."
    ),
    phrases=("Verkopersondersteuning", "Accountstatus", "We sluiten deze case"),
    seen_at=("https://sellable.app/nl/blog/mijn-amazon-account-is-geblokkeerd/",),
)

NL_CASE_FORWARDED = Family(
    id="nl-ss-case-forwarded",
    label="acknowledgement",
    language="nl",
    team="seller-support",
    marketplaces=("NL",),
    senders=("seller-support@{domain}", "Amazon Verkopersondersteuning <seller-support@{domain}>"),
    subjects=(
        "We hebben je vraag doorgestuurd (case-ID {case_id})",
        "Je case {case_id} is ontvangen",
    ),
    blocks=(
        _HELLO,
        (
            "Bedankt voor je contact met Verkopersondersteuning. We hebben je case doorgestuurd naar het "
            "team dat hierover gaat.",
            "We hebben je vraag ontvangen. Case-ID: {case_id}.",
        ),
        (
            "Dat team neemt rechtstreeks per e-mail contact met je op, meestal binnen twee werkdagen.",
            "Aanvullende informatie kun je in het caselogboek toevoegen; open geen nieuwe case over "
            "hetzelfde onderwerp.",
        ),
        ("Met vriendelijke groet,\nVerkopersondersteuning", "Amazon.nl"),
    ),
    structure=(
        "Seller Support receipt: case received or forwarded to the responsible team, answer by "
        "e-mail in a few working days, add to the case log instead of opening a new case. No "
        "decision: acknowledgement."
    ),
    phrases=("doorgestuurd", "case-ID", "caselogboek"),
    seen_at=("https://sellable.app/nl/blog/mijn-amazon-account-is-geblokkeerd/",),
)

NL_VERIFY_MORE = Family(
    id="nl-sv-verification-more-info",
    label="need_more_info",
    language="nl",
    team="seller-performance",
    marketplaces=("NL", "DE"),
    senders=("seller-verification@{domain}", "seller-performance@{domain}"),
    subjects=(
        "We hebben meer informatie nodig om je identiteit te verifiëren",
        "Je documenten zijn niet geaccepteerd",
    ),
    blocks=(
        _HELLO,
        (
            "Bedankt voor de documenten. We kunnen je identiteit nog niet verifiëren met wat je hebt "
            "ingediend.",
            "We hebben je documenten bekeken, maar ze voldoen niet aan onze eisen.",
        ),
        (
            "Stuur ons het volgende:\n- een energie-, water- of internetrekening van de afgelopen 90 "
            "dagen met je naam en adres;\n- een uittreksel uit het handelsregister (KvK).",
            "Wat ontbreekt:\n1. het adres op de rekening komt niet overeen met Verkopercentrale;\n"
            "2. het document is ouder dan 90 dagen;\n3. we accepteren geen schermafbeeldingen.",
        ),
        (
            "Upload de documenten als PDF, PNG, JPEG of GIF via de banner op de pagina Accountstatus.",
            "Dien de documenten vóór {deadline} in.",
        ),
        ("Met vriendelijke groet,\nHet team Verkopersprestaties", "Amazon Services Europe"),
    ),
    structure=(
        "Verification documents not accepted yet: a '-' or numbered list (recent utility bill with "
        "name and address, Chamber of Commerce extract; address mismatch, older than 90 days, no "
        "screenshots), file formats, upload via the Account Health banner, a date."
    ),
    phrases=("afgelopen 90 dagen", "geen schermafbeeldingen", "identiteit te verifiëren"),
    seen_at=(
        "https://sellercentral-europe.amazon.com/forums/t/the-impossible-task-of-registering-an-account/549479?page=2",
    ),
)

NL_DISPUTE_RECEIVED = Family(
    id="nl-nd-dispute-received",
    label="acknowledgement",
    language="nl",
    team="notice-dispute",
    marketplaces=("NL",),
    senders=("notice-dispute@{domain}", "Amazon <notice-dispute@{domain}>"),
    subjects=("We hebben je beroep voor ASIN {asin} ontvangen", "Ontvangstbevestiging: je bezwaar"),
    blocks=(
        _HELLO,
        (
            "We hebben je beroep tegen de verwijdering van je aanbieding ontvangen.",
            "Bedankt voor je bezwaar over de klacht wegens inbreuk op intellectueel eigendom.",
        ),
        ("ASIN: {asin}", "Klacht-ID: {complaint_id}"),
        (
            "We beoordelen de informatie en laten je de uitkomst per e-mail weten.",
            "Je hoeft niets opnieuw in te dienen; we nemen contact op zodra we klaar zijn.",
        ),
        ("Met vriendelijke groet,\nAmazon.nl", "Amazon Services Europe"),
    ),
    structure=(
        "Notice Dispute receipt for a listing appeal (IP complaint): received, under review, the "
        "answer comes by e-mail, do not resubmit. Acknowledgement."
    ),
    phrases=("beroep ontvangen", "intellectueel eigendom", "Klacht-ID"),
    seen_at=("https://sellable.app/nl/blog/mijn-amazon-account-is-geblokkeerd/",),
)

NL_NOREPLY = Family(
    id="nl-ss-noreply-redirect",
    label="redirect_closed_queue",
    language="nl",
    team="seller-support",
    marketplaces=("NL",),
    senders=("no-reply@{domain}", "donotreply@{domain}"),
    subjects=(
        "Beantwoord deze e-mail niet",
        "Automatisch antwoord: neem contact op via Verkopercentrale",
    ),
    blocks=(
        ("Dit bericht is automatisch verzonden.", "Hallo,"),
        (
            "Antwoorden op dit adres kunnen we niet lezen.",
            "Je e-mail heeft ons niet bereikt.",
        ),
        (
            "Heb je een vraag? Neem contact op met Verkopersondersteuning via Help > Hulp krijgen in "
            "Verkopercentrale: {link}",
            "Wil je bezwaar maken tegen een deactivering of waarschuwing, volg dan de instructies op de "
            "pagina Accountstatus.",
        ),
        ("Amazon.nl", "Amazon Services Europe"),
    ),
    structure=(
        "No-reply auto-answer in Dutch: replies are not read, contact Seller Support via Help in "
        "Verkopercentrale, appeals via Accountstatus. The Dutch form of the no-reply answer the "
        "other European marketplaces send."
    ),
    phrases=("Beantwoord deze e-mail niet", "Verkopersondersteuning", "Accountstatus"),
    seen_at=("https://sellable.app/nl/blog/mijn-amazon-account-is-geblokkeerd/",),
)

NL_APPEAL_REJECTED = Family(
    id="nl-ah-appeal-rejected",
    label="generic_denial",
    language="nl",
    team="account-health",
    marketplaces=("NL",),
    senders=("account-health@{domain}", "seller-notification@{domain}"),
    subjects=("Je beroep is niet goedgekeurd", "Uitkomst van je beroep: ASIN {asin}"),
    blocks=(
        _HELLO,
        (
            "We hebben je beroep bekeken, maar de informatie die je hebt gestuurd neemt onze zorgen niet weg.",
            "Na beoordeling kunnen we de aanbieding niet opnieuw activeren en de overtreding niet verwijderen.",
        ),
        (
            "De aanbieding blijft inactief en de overtreding blijft op de pagina Accountstatus staan.",
            "Dit besluit is definitief; we reageren mogelijk niet op verdere berichten hierover.",
        ),
        ("Met vriendelijke groet,\nAmazon.nl", "Het team Accountstatus"),
    ),
    structure=(
        "Short rejection of a listing appeal from Account Health: reviewed, concerns remain, "
        "listing stays inactive, violation stays; maybe final. No documents named, no deadline."
    ),
    phrases=("neemt onze zorgen niet weg", "besluit is definitief"),
    seen_at=("https://sellable.app/nl/blog/mijn-amazon-account-is-geblokkeerd/",),
)


FAMILIES: tuple[Family, ...] = (
    NL_CLOSED,
    NL_SUPPORT_CANNOT,
    NL_CASE_FORWARDED,
    NL_VERIFY_MORE,
    NL_DISPUTE_RECEIVED,
    NL_NOREPLY,
    NL_APPEAL_REJECTED,
)
