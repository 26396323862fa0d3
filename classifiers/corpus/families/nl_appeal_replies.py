"""Dutch answers to an appeal (beroep): receipt and refusal.

Wording is our own.
"""

from classifiers.corpus.families import Family

_SENDERS = (
    "seller-performance@{domain}",
    "Amazon Verkopersprestaties <seller-performance@{domain}>",
    "seller-notification@{domain}",
)
_GREETING = ("Hallo,", "Beste {seller},", "Beste verkoper,")
_SIGN = ("Met vriendelijke groet,\nHet team Verkopersprestaties", "Amazon Services Europe")

NL_ACK = Family(
    id="nl-sp-appeal-received",
    label="acknowledgement",
    language="nl",
    team="seller-performance",
    marketplaces=("NL",),
    senders=_SENDERS,
    subjects=("We hebben je beroep ontvangen", "Ontvangstbevestiging: je actieplan"),
    blocks=(
        _GREETING,
        (
            "We hebben je beroep ontvangen en bekijken het nu.",
            "Bedankt voor je actieplan. Ons team beoordeelt de informatie die je hebt gestuurd.",
        ),
        (
            "Je ontvangt onze beslissing meestal binnen 48 uur per e-mail.",
            "We laten het je weten zodra de beoordeling klaar is.",
        ),
        ("Je hoeft hetzelfde beroep niet opnieuw in te dienen.", ""),
        _SIGN,
    ),
    structure=(
        "Receipt only: beroep / actieplan received and under review, decision by e-mail usually "
        "within 48 hours, no need to resubmit. Dutch wording of the English receipt."
    ),
    phrases=("beroep ontvangen", "binnen 48 uur"),
    seen_at=("https://sellable.app/nl/blog/mijn-amazon-account-is-geblokkeerd/",),
)

NL_DENIAL = Family(
    id="nl-sp-appeal-denied",
    label="generic_denial",
    language="nl",
    team="seller-performance",
    marketplaces=("NL",),
    senders=_SENDERS,
    subjects=("Besluit over je beroep", "Je verkoopaccount blijft gedeactiveerd"),
    blocks=(
        _GREETING,
        (
            "We hebben je actieplan beoordeeld, maar het neemt onze zorgen niet weg. We kunnen je "
            "account daarom niet opnieuw activeren.",
            "Na zorgvuldige beoordeling van je beroep hebben we besloten je verkoopprivileges niet te "
            "herstellen.",
        ),
        (
            "Je kunt niet meer op Amazon verkopen.",
            "Je account blijft gedeactiveerd. Op verdere berichten hierover reageren we mogelijk niet.",
        ),
        ("Resterend tegoed wordt doorgaans na 90 dagen uitbetaald.", ""),
        _SIGN,
    ),
    structure=(
        "Short refusal: the plan does not take away our concerns / decided not to restore "
        "privileges, you can no longer sell, further messages may go unanswered, funds after 90 "
        "days. Names nothing to fix. Dutch wording of the English denial."
    ),
    phrases=("neemt onze zorgen niet weg", "niet meer op Amazon verkopen"),
    seen_at=(
        "https://nl.101-help.com/is-uw-amazon-account-vergrendeld-4-manieren-om-het-te-repareren-f42e611b4b",
    ),
)

FAMILIES: tuple[Family, ...] = (NL_ACK, NL_DENIAL)
