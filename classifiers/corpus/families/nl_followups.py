"""Dutch follow-up letters: reviews and verifications that end well, Account Health
receipts, listing-appeal refusals and a consultant's newsletter.

Where only the English letter was found, the family is the Amazon.nl version
(said in ``structure``). Wording is our own.
"""

from classifiers.corpus.families import Family

_HELP_NL = (
    "https://sellercentral.amazon.nl/gp/help/external/help.html?itemID=200320980"
    "&language=nl_NL&ref=efph_200320980_cont_69039"
)
_GREETING = ("Hallo,", "Beste {seller},", "Beste verkoper,")

NL_REVIEW_DONE = Family(
    id="nl-sp-fbm-review-complete",
    label="reinstatement",
    language="nl",
    team="seller-performance",
    marketplaces=("NL",),
    senders=("seller-performance@{domain}", "seller-notification@{domain}"),
    subjects=("Beoordeling van je verkoopaccount afgerond", "Je aanbiedingen zijn weer actief"),
    blocks=(
        _GREETING,
        (
            "We hebben de bezorging van je recente door de verkoper verzonden bestellingen "
            "bevestigd. De tijdelijke beoordeling van je account is afgerond.",
            "De controle van je verkoopactiviteit is klaar en de tijdelijke beperkingen zijn "
            "opgeheven.",
            "Bedankt voor je geduld: je account heeft onze beoordeling doorstaan.",
        ),
        (
            "Je aanbiedingen zijn automatisch opnieuw geactiveerd.",
            "Je door de verkoper verzonden aanbiedingen zijn weer zichtbaar voor klanten.",
            "Je kunt vanaf nu weer gewoon verkopen.",
        ),
        (
            "Uitbetalingen gaan weer volgens je normale schema.",
            "Je saldo wordt op de volgende geplande betaaldatum uitbetaald.",
            "",
        ),
        ("Je hoeft verder niets te doen.", ""),
        ("Met vriendelijke groet,\nAmazon.nl", "Het team Verkopersprestaties"),
    ),
    structure=(
        "End of the temporary FBM account review (verkoopaccountbeoordeling): deliveries "
        "confirmed, offers reactivated automatically, payouts on the normal schedule."
    ),
    phrases=("automatisch opnieuw geactiveerd", "normale schema"),
    seen_at=(_HELP_NL,),
)

NL_VERIFY_OK = Family(
    id="nl-sv-verification-complete",
    label="reinstatement",
    language="nl",
    team="seller-performance",
    marketplaces=("NL",),
    senders=("seller-verification@{domain}", "seller-performance@{domain}"),
    subjects=("Je identiteit is geverifieerd", "Verificatie geslaagd: je account is vrijgegeven"),
    blocks=(
        _GREETING,
        (
            "Bedankt voor de documenten die je hebt gestuurd. De verificatie van je account is "
            "met succes afgerond.",
            "We konden je gegevens bevestigen met de documenten die je hebt geüpload.",
            "Je identiteitsbewijs en adresbewijs zijn gecontroleerd en goedgekeurd.",
        ),
        (
            "Je verkoopaccount is weer vrijgegeven en je aanbiedingen zijn zichtbaar.",
            "We hebben je verkoopprivileges hersteld.",
            "De deactivering van je account is opgeheven: je kunt weer verkopen.",
        ),
        ("Ingehouden bedragen worden bij de volgende uitbetaling overgemaakt.", ""),
        ("Met vriendelijke groet,\nAmazon Services Europe", "Het verificatieteam van Amazon"),
    ),
    structure=(
        "Verification passed after the EU identity deactivation: documents accepted, account "
        "released, privileges restored, withheld funds with the next payout."
    ),
    phrases=("verificatie geslaagd", "verkoopprivileges hersteld"),
    seen_at=(
        "https://sellercentral-europe.amazon.com/forums/t/the-impossible-task-of-registering-an-account/549479?page=2",
    ),
)

NL_AH_ACK = Family(
    id="nl-ah-submission-received",
    label="acknowledgement",
    language="nl",
    team="account-health",
    marketplaces=("NL",),
    senders=("notice-dispute@{domain}", "seller-notification@{domain}"),
    subjects=("Je inzending is ontvangen", "Referentie {case_id}: in behandeling"),
    blocks=(
        _GREETING,
        (
            "Via de pagina Accountstatus hebben we je inzending voor ASIN {asin} ontvangen.",
            "Je bezwaar over de verwijderde aanbieding is bij ons binnengekomen.",
            "We bevestigen dat de documenten voor referentie {case_id} zijn ontvangen.",
        ),
        (
            "Een medewerker bekijkt het zo snel mogelijk; je hoort het resultaat per e-mail.",
            "Je inzending staat in de wachtrij voor beoordeling.",
        ),
        ("Stuur dezelfde informatie niet nog een keer, dan duurt het langer.", ""),
        ("Met vriendelijke groet,\nAmazon.nl", "Team Accountstatus"),
    ),
    structure=(
        "Receipt of a listing-level submission made through the Account Health page: received, "
        "queued for review, result by e-mail, do not resend. Amazon.nl version of the English "
        "Account Health receipt."
    ),
    phrases=("inzending ontvangen", "in de wachtrij"),
    seen_at=("https://sellercentral.amazon.com/gp/help/external/G200370560",),
)

NL_ND_DENIAL = Family(
    id="nl-nd-appeal-denied",
    label="generic_denial",
    language="nl",
    team="notice-dispute",
    marketplaces=("NL",),
    senders=("notice-dispute@{domain}",),
    subjects=("Je bezwaar voor ASIN {asin}", "Aanbieding blijft verwijderd"),
    blocks=(
        _GREETING,
        (
            "We hebben je bezwaar bekeken, maar we kunnen de aanbieding op dit moment niet "
            "herstellen.",
            "De informatie die je stuurde is niet voldoende om ASIN {asin} opnieuw te activeren.",
            "Na beoordeling blijft de aanbieding verwijderd.",
        ),
        (
            "Je kunt een nieuw bezwaar indienen als je aanvullende informatie hebt.",
            "Verdere berichten over deze melding worden mogelijk niet beantwoord.",
            "",
        ),
        ("Met vriendelijke groet,\nAmazon.nl", "Notice Dispute-team"),
    ),
    structure=(
        "Short listing-appeal refusal from Notice Dispute: cannot restore / not enough to "
        "reactivate, listing stays removed, no reason named. Amazon.nl version of the English "
        "letter sellers quote."
    ),
    phrases=("niet herstellen", "blijft verwijderd"),
    seen_at=(
        "https://sellercentral.amazon.ca/seller-forums/discussions/t/03306137-7701-4b7f-b6d5-5a2fc7395c48",
    ),
)

NL_NEWSLETTER = Family(
    id="nl-x-consultant-newsletter",
    label="other",
    language="nl",
    team="not-amazon",
    marketplaces=("NL",),
    senders=(
        "nieuwsbrief@marktplaatsadvies.example",
        "Team Webwinkelhulp <info@webwinkelhulp.example>",
    ),
    subjects=(
        "5 tips om je accountstatus gezond te houden",
        "Nieuwsbrief: nieuwe regels voor verkopers",
    ),
    blocks=(
        ("Hoi {seller},", "Beste lezer,"),
        (
            "Deze maand zetten we de meest gemaakte fouten bij een actieplan op een rij.",
            "Steeds meer verkopers krijgen een waarschuwing over hun verzendtijden. Zo voorkom je dat.",
        ),
        (
            "Lees het volledige artikel op onze website.",
            "Plan een gratis kennismakingsgesprek met een van onze adviseurs.",
        ),
        ("Afmelden voor deze nieuwsbrief? Klik hier.", ""),
    ),
    structure="Consultant's newsletter about account health: tips, a link, an unsubscribe line.",
    phrases=(),
)

FAMILIES: tuple[Family, ...] = (
    NL_REVIEW_DONE,
    NL_VERIFY_OK,
    NL_AH_ACK,
    NL_ND_DENIAL,
    NL_NEWSLETTER,
)
