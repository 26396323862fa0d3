"""Dutch Seller Performance mail (Amazon.nl, Amazon.com.be in Dutch).

Dutch Seller Central says "verkoopaccount", "verkoopprivileges", "actieplan" and
"Accountstatus"; the help pages describe the review ("ter beoordeling
aangemerkt") that pauses listings for up to 30 days. Every wording is our own.
"""

from classifiers.corpus.families import Family

_SENDERS = (
    "seller-performance@{domain}",
    "Amazon Verkopersprestaties <seller-performance@{domain}>",
    "seller-notification@{domain}",
)
_GREETING = ("Hallo,", "Beste {seller},", "Beste verkoper,")
_SIGN = (
    "Met vriendelijke groet,\nHet team Verkopersprestaties\n{marketplace}",
    "Vriendelijke groeten,\nAmazon Services Europe",
)

NL_DEACTIVATION = Family(
    id="nl-sp-account-deactivated",
    label="suspension",
    language="nl",
    team="seller-performance",
    marketplaces=("NL",),
    senders=_SENDERS,
    subjects=(
        "Je Amazon-verkoopaccount is gedeactiveerd",
        "Je verkoopprivileges zijn ingetrokken",
    ),
    blocks=(
        _GREETING,
        (
            "Je Amazon-verkoopaccount is gedeactiveerd op grond van artikel 3 van de Amazon Services "
            "Europe Business Solutions Agreement. Je aanbiedingen zijn verwijderd en je tegoed blijft "
            "op je account staan zolang we dit probleem met je oplossen.",
            "We hebben je verkoopprivileges op {marketplace} ingetrokken en je aanbiedingen "
            "gedeactiveerd. Verzend openstaande bestellingen om verdere gevolgen voor je account te "
            "voorkomen.",
        ),
        ("Waarom gebeurt dit?", "Waarom is dit gebeurd?", "Reden:"),
        (
            "Je hebt een product aangeboden dat niet op {marketplace} verkocht mag worden: "
            "{product} (ASIN {asin}).",
            "Je account is gekoppeld aan een ander account dat niet meer op Amazon mag verkopen.",
            "We hebben klachten ontvangen over de echtheid van artikelen met ASIN {asins}.",
            "Je percentage bestellingen met gebreken ligt boven het doel van 1%.",
        ),
        ("Hoe activeer ik mijn account opnieuw?", "Wat moet ik doen?"),
        (
            "Stuur ons een actieplan waarin je uitlegt:\n-- wat de oorzaak van het probleem is;\n-- "
            "welke maatregelen je al hebt genomen;\n-- hoe je voorkomt dat het opnieuw gebeurt.",
            "Dien via de knop 'Beroep aantekenen' op de pagina Accountstatus een actieplan in: "
            "oorzaak, directe oplossing en preventieve maatregelen.",
            "Denk je dat we een fout hebben gemaakt? Stuur dan een toelichting met bewijs dat je "
            "account aan ons beleid voldoet.",
        ),
        (
            "Als we vóór {deadline} geen aanvaardbaar actieplan ontvangen, blijft je account "
            "gedeactiveerd.",
            "Stuur de gegevens uiterlijk {deadline} via de banner bovenaan de pagina Accountstatus.",
            "",
        ),
        _SIGN,
    ),
    structure=(
        "Dutch deactivation: article 3 of the BSA, offers removed, funds held, 'Waarom gebeurt "
        "dit?' with the reason (related account, authenticity, prohibited product, order defect "
        "rate), 'Hoe activeer ik mijn account opnieuw?' with an actieplan or an explanation if in "
        "error, deadline 'vóór' / 'uiterlijk', Accountstatus banner. Dutch wording of the English "
        "deactivation; Dutch guides list the same reasons."
    ),
    phrases=("verkoopprivileges", "ter beoordeling aangemerkt", "actieplan", "Accountstatus"),
    seen_at=(
        "https://sellercentral.amazon.nl/gp/help/external/help.html?itemID=200320980&language=nl_NL&ref=efph_200320980_cont_69039",
        "https://sellable.app/nl/blog/mijn-amazon-account-is-geblokkeerd/",
    ),
)

NL_NEED_MORE_INFO = Family(
    id="nl-sp-appeal-more-info",
    label="need_more_info",
    language="nl",
    team="seller-performance",
    marketplaces=("NL",),
    senders=_SENDERS,
    subjects=(
        "Je beroep: we hebben meer informatie nodig",
        "RE: Heractivering van je verkoopaccount",
    ),
    blocks=(
        _GREETING,
        (
            "Bedankt voor je beroep. We hebben je gegevens bekeken, maar ze zijn niet voldoende om je "
            "account opnieuw te activeren.",
            "Voordat we het herstel van je verkoopprivileges kunnen overwegen, hebben we het "
            "volgende nodig.",
        ),
        (
            "Stuur ons:\n-- facturen van je leverancier van de afgelopen 365 dagen met naam, adres en "
            "telefoonnummer van de leverancier;\n-- een overzicht dat de gefactureerde aantallen "
            "koppelt aan de verkopen van {asins}.",
            "Je actieplan noemt geen concrete oorzaak. Leg uit:\n1. wat de klachten heeft "
            "veroorzaakt;\n2. welke maatregelen je wanneer hebt genomen;\n3. hoe je controleert of ze "
            "werken.",
            "De rekening die je hebt gestuurd is ouder dan 90 dagen en het adres komt niet overeen "
            "met Seller Central. Stuur een recent document.",
        ),
        (
            "Stuur de documenten vóór {deadline} via de pagina Accountstatus.",
            "Gebruik de knop 'Beroep aantekenen' naast deze melding.",
        ),
        _SIGN,
    ),
    structure=(
        "Thanks for the beroep, not sufficient / before restoring privileges we need, then exactly "
        "what is missing (supplier invoices with contact data, a concrete cause, a recent bill), "
        "deadline 'vóór {deadline}' or the appeal button. Dutch wording of the English letter."
    ),
    phrases=("niet voldoende", "Voordat we het herstel", "vóór"),
    seen_at=(
        "https://sellercentral.amazon.nl/gp/help/external/help.html?itemID=7PT8UBA8ZVCW3TD&language=nl_NL&ref=efph_7PT8UBA8ZVCW3TD_relt_G201744010",
    ),
)

NL_REINSTATED = Family(
    id="nl-sp-account-reinstated",
    label="reinstatement",
    language="nl",
    team="seller-performance",
    marketplaces=("NL",),
    senders=_SENDERS,
    subjects=("Je verkoopaccount is opnieuw geactiveerd", "Je verkoopprivileges zijn hersteld"),
    blocks=(
        _GREETING,
        (
            "We hebben je account en de door jou verstrekte informatie bekeken: je mag weer verkopen "
            "op Amazon.",
            "De beoordeling van je account is afgerond. Je aanbiedingen zijn automatisch opnieuw "
            "geactiveerd.",
        ),
        (
            "Uitbetalingen volgen weer je normale schema.",
            "Het kan tot 24 uur duren voordat je aanbiedingen weer zichtbaar zijn.",
        ),
        ("Blijf de maatregelen uit je actieplan toepassen.", ""),
        _SIGN,
    ),
    structure=(
        "Reinstatement: you may sell again / review finished and listings reactivated "
        "automatically, payouts on the normal schedule. The Dutch help page describes the automatic "
        "reactivation after an FBM review."
    ),
    phrases=("weer verkopen", "opnieuw geactiveerd", "hersteld"),
    seen_at=(
        "https://sellercentral.amazon.nl/gp/help/external/help.html?itemID=200320980&language=nl_NL&ref=efph_200320980_cont_69039",
    ),
)

NL_REVIEW = Family(
    id="nl-sp-account-under-review",
    label="suspension",
    language="nl",
    team="seller-performance",
    marketplaces=("NL",),
    senders=_SENDERS,
    subjects=("Je verkoopaccount wordt beoordeeld", "Tijdelijke beperking van je verkoopaccount"),
    blocks=(
        _GREETING,
        (
            "We hebben je verkoopaccount ter beoordeling aangemerkt. Tijdens deze controle, die niet "
            "langer dan 30 dagen duurt, zijn je aanbiedingen tijdelijk opgeschort en kun je geen "
            "uitbetalingen ontvangen.",
            "Je account wordt tijdelijk gecontroleerd. Tot de controle is afgerond, zijn je door de "
            "verkoper verzonden aanbiedingen niet zichtbaar.",
        ),
        ("Waarom gebeurt dit?", "Waarom is mijn account ter beoordeling aangemerkt?"),
        (
            "We willen de bezorging van je recente door de verkoper verzonden bestellingen "
            "controleren.",
            "We hebben aanvullende documenten nodig om je identiteit te bevestigen.",
        ),
        ("Wat moet ik doen?", "Hoe kan ik de beoordeling versnellen?"),
        (
            "Verzend je openstaande bestellingen en upload een bewijs van bezorging, bijvoorbeeld "
            "trackingnummers van bestelling {order_id}.",
            "Bevestig dat er een geldige creditcard in je account staat en upload een energie-, "
            "water-, telefoon- of internetrekening van de afgelopen 90 dagen. Naam en adres moeten "
            "overeenkomen met Seller Central; schermafbeeldingen accepteren we niet.",
        ),
        (
            "Stuur de gegevens uiterlijk {deadline} via de banner bovenaan de pagina Accountstatus.",
            "",
        ),
        _SIGN,
    ),
    structure=(
        "Dutch account review: 'ter beoordeling aangemerkt' for up to 30 days, FBM offers paused "
        "and payouts limited, reason (delivery check, identity documents), what to send (proof of "
        "delivery or a 90-day utility bill, valid credit card), Accountstatus banner. The Dutch "
        "help page describes this review in these terms."
    ),
    phrases=("ter beoordeling aangemerkt", "30 dagen", "bewijs van bezorging"),
    seen_at=(
        "https://sellercentral.amazon.nl/gp/help/external/help.html?itemID=200320980&language=nl_NL&ref=efph_200320980_cont_69039",
    ),
)

FAMILIES: tuple[Family, ...] = (NL_DEACTIVATION, NL_REVIEW, NL_NEED_MORE_INFO, NL_REINSTATED)
