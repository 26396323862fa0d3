"""Dutch mail about listings (IP complaints, appeals, restored offers) and everyday payouts.

Wording is our own.
"""

from classifiers.corpus.families import Family

_ND = ("notice-dispute@{domain}", "Amazon <notice-dispute@{domain}>")
_GREETING = ("Hallo,", "Beste {seller},")
_SIGN = ("Met vriendelijke groet,\nAmazon.nl", "Amazon Services Europe")

NL_IP_LISTING = Family(
    id="nl-nd-listing-removed-ip",
    label="suspension",
    language="nl",
    team="notice-dispute",
    marketplaces=("NL",),
    senders=_ND,
    subjects=("Notice: Policy Warning", "Je aanbiedingen zijn verwijderd na een melding"),
    blocks=(
        _GREETING,
        (
            "We hebben enkele van je aanbiedingen verwijderd, omdat een rechthebbende heeft gemeld "
            "dat ze zijn merk zouden schenden. De betreffende aanbiedingen staan onderaan dit bericht.",
            "Een rechthebbende heeft ons laten weten dat minstens één van je aanbiedingen zijn "
            "auteursrecht schendt. We hebben de aanbieding gedeactiveerd.",
        ),
        ("Waarom gebeurt dit?", "Wat betekent dit?"),
        (
            "Aanbiedingen die inbreuk maken op intellectueel eigendom van anderen zijn in strijd met "
            "ons beleid. Herhaalde schendingen kunnen leiden tot deactivering van je account.",
            "",
        ),
        (
            "Stuur een factuur, een machtiging of een licentieovereenkomst van de fabrikant of "
            "rechthebbende. Externe links accepteren we niet.",
            "Denk je dat de melding onterecht is, vraag de rechthebbende dan om een intrekking; die "
            "moet hij zelf naar ons sturen.",
        ),
        (
            "Rechthebbende: {rights_owner}\nKlacht-ID: {complaint_id}\nASIN: {asin}",
            "Contact rechthebbende: {rights_owner}\nKlacht: {complaint_id}\nASIN's: {asins}",
        ),
        _SIGN,
    ),
    structure=(
        "Notice Dispute listing removal in Dutch: offers removed after a rights-owner report, "
        "'Waarom gebeurt dit?', invoice / authorisation / licence or a retraction, rights owner, "
        "complaint ID, ASINs. Dutch wording of the English IP notice; the Dutch help page lists "
        "the policies."
    ),
    phrases=("rechthebbende", "intrekking", "Notice: Policy Warning"),
    seen_at=(
        "https://sellercentral.amazon.nl/gp/help/external/help.html?itemID=7PT8UBA8ZVCW3TD&language=nl_NL&ref=efph_7PT8UBA8ZVCW3TD_relt_G201744010",
    ),
)

NL_ND_MORE_INFO = Family(
    id="nl-nd-appeal-more-info",
    label="need_more_info",
    language="nl",
    team="notice-dispute",
    marketplaces=("NL",),
    senders=_ND,
    subjects=("Je beroep voor ASIN {asin}: stuur de documenten opnieuw", "Aanvullend bewijs nodig"),
    blocks=(
        _GREETING,
        (
            "We hebben je beroep voor ASIN {asin} bekeken, maar met de documenten die je stuurde "
            "kunnen we de controle niet afronden.",
            "Bedankt voor je documenten. Stuur bewijs dat aan de volgende punten voldoet:",
        ),
        (
            "-- naam, adres en telefoonnummer van de leverancier zijn zichtbaar\n-- de factuur is "
            "niet ouder dan 365 dagen\n-- omschrijving en aantallen zijn leesbaar",
            "We hebben een machtiging of licentieovereenkomst van de rechthebbende nodig. Externe "
            "links accepteren we niet.",
        ),
        (
            "Stuur ze vóór {deadline} via de knop 'Beroep aantekenen' naast de schending op de "
            "pagina Accountstatus.",
            "Toegestane formaten: JPEG, PNG of PDF.",
        ),
        _SIGN,
    ),
    structure=(
        "Answer to a listing appeal in Dutch: documents not sufficient, what they must show or the "
        "authorisation needed, deadline 'vóór {deadline}' and the appeal button."
    ),
    phrases=("opnieuw", "365 dagen", "machtiging"),
    seen_at=("https://sellable.app/nl/blog/mijn-amazon-account-is-geblokkeerd/",),
)

NL_LISTING_BACK = Family(
    id="nl-ah-listing-reinstated",
    label="reinstatement",
    language="nl",
    team="account-health",
    marketplaces=("NL",),
    senders=("notice-dispute@{domain}", "seller-notification@{domain}"),
    subjects=("Je aanbieding is opnieuw geactiveerd", "Klacht ingetrokken: ASIN {asin}"),
    blocks=(
        _GREETING,
        (
            "De rechthebbende heeft de klacht ingetrokken. We hebben de volgende aanbieding opnieuw "
            "geactiveerd.",
            "We hebben je documenten bekeken en de betreffende aanbiedingen hersteld.",
        ),
        ("ASIN: {asin}", "ASIN's: {asins}"),
        (
            "De schending is van je pagina Accountstatus verwijderd. Het kan tot 24 uur duren voordat "
            "de aanbieding weer zichtbaar is.",
            "",
        ),
        _SIGN,
    ),
    structure=(
        "Listing back in Dutch: retraction or documents accepted, offer reactivated, violation "
        "removed from Accountstatus."
    ),
    phrases=("ingetrokken", "opnieuw geactiveerd", "hersteld"),
    seen_at=(
        "https://sellercentral.amazon.nl/gp/help/external/help.html?itemID=200320980&language=nl_NL&ref=efph_200320980_cont_69039",
    ),
)

NL_PAYOUT = Family(
    id="nl-other-payout-and-order",
    label="other",
    language="nl",
    team="marketplace",
    marketplaces=("NL",),
    senders=("payments-messages@{domain}", "seller-notification@{domain}"),
    subjects=("Je uitbetaling is verzonden", "Verkocht, nu verzenden: {product}"),
    blocks=(
        ("Hallo {seller},", "Hallo,"),
        (
            "We hebben op {date} {amount} naar je bankrekening overgemaakt. Het kan 3 tot 5 "
            "werkdagen duren voordat het bedrag zichtbaar is.",
            "Je hebt een bestelling ontvangen ({order_id}) voor {product}. Verzend deze vóór de "
            "verwachte verzenddatum.",
        ),
        ("Je betalingsrapporten vind je in Seller Central.", ""),
        ("Amazon.nl", "Het Amazon-verkopersteam"),
    ),
    structure="Everyday Dutch seller mail: payout with amount and date, or sold-ship-now. Other.",
    phrases=("uitbetaling", "nu verzenden"),
    seen_at=("https://sellable.app/nl/blog/mijn-amazon-account-is-geblokkeerd/",),
)

FAMILIES: tuple[Family, ...] = (NL_IP_LISTING, NL_ND_MORE_INFO, NL_LISTING_BACK, NL_PAYOUT)
