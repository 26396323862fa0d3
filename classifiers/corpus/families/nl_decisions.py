"""Dutch decisions: selling privileges removed for a metric, and the final refusal.

Amazon.nl versions of the English letters quoted on the UK/EU forums (said in
``structure``); wording is our own.
"""

from classifiers.corpus.families import Family

_FORUM = (
    "https://sellercentral-europe.amazon.com/forums/t/"
    "your-amazon-co-uk-selling-privileges-have-been-removed/243857"
)

NL_METRIC_REMOVAL = Family(
    id="nl-sp-order-defect-removal",
    label="suspension",
    language="nl",
    team="seller-performance",
    marketplaces=("NL",),
    senders=("seller-performance@{domain}", "performance-notifications@{domain}"),
    subjects=(
        "Je verkoopprivileges op {marketplace} zijn ingetrokken",
        "Percentage defecte bestellingen boven het doel",
    ),
    blocks=(
        ("Hallo,", "Beste {seller},"),
        (
            "Je percentage defecte bestellingen is {rate}, hoger dan ons doel van minder dan 1%. "
            "Daarom hebben we je verkoopprivileges ingetrokken.",
            "Bij je bestellingen gingen de laatste tijd te veel dingen mis: je percentage te late "
            "verzendingen is {rate}. Je kunt op dit moment niet op {marketplace} verkopen.",
        ),
        (
            "Je saldo wordt niet uitbetaald maar blijft op je account staan.",
            "Je aanbiedingen zijn verwijderd en uitbetalingen worden ingehouden.",
        ),
        (
            "Wil je je verkoopprivileges terugkrijgen, stuur ons dan een actieplan: oorzaken, "
            "genomen maatregelen en hoe je nieuwe fouten voorkomt.",
            "Wat moet je doen? Dien via de pagina Accountstatus een actieplan in dat de oorzaak en "
            "je oplossing beschrijft.",
        ),
        ("Met vriendelijke groet,\nHet team Verkopersprestaties", "Amazon Services Europe"),
    ),
    structure=(
        "Privileges removed because a metric (order defect rate, late shipment rate) is above "
        "target: rate named, funds held, listings removed, send an actieplan. Amazon.nl "
        "version of the letter quoted on the UK forum."
    ),
    phrases=("verkoopprivileges ingetrokken", "defecte bestellingen", "actieplan"),
    seen_at=(_FORUM,),
)

NL_FINAL = Family(
    id="nl-sp-denial-final",
    label="generic_denial",
    language="nl",
    team="seller-performance",
    marketplaces=("NL",),
    senders=("seller-performance@{domain}",),
    subjects=("Je beroep is afgewezen", "Definitief besluit over je account"),
    blocks=(
        ("Hallo,", "Beste {seller},"),
        (
            "We hebben je beroep opnieuw bekeken. Je account blijft gedeactiveerd en we kunnen het "
            "niet opnieuw activeren.",
            "Na een nieuwe beoordeling van je documenten is ons besluit definitief: je "
            "verkoopprivileges worden niet hersteld.",
            "Je actieplan neemt onze zorgen niet weg. Herstel is niet mogelijk.",
        ),
        (
            "Verdere beroepen worden niet beoordeeld en we reageren mogelijk niet op berichten "
            "hierover.",
            "Dit besluit wordt niet opnieuw bekeken.",
        ),
        ("Met vriendelijke groet,\nHet team Verkopersprestaties", "Amazon.nl"),
    ),
    structure=(
        "Final refusal after a re-review: account stays deactivated, cannot be reactivated, "
        "no reason named, further appeals not reviewed. Amazon.nl version of the final denial "
        "quoted on the EU forum."
    ),
    phrases=("blijft gedeactiveerd", "besluit definitief", "niet hersteld"),
    seen_at=(
        "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/0fec2a04abba9b88647cf17640ee01e3",
    ),
)

FAMILIES: tuple[Family, ...] = (NL_METRIC_REMOVAL, NL_FINAL)
