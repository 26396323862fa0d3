"""Italian (amazon.it): "entro" is both "by (a date)" and "within (a span)"; both are read."""

from __future__ import annotations

from intake.extract.languages.lexicon import Lexicon

_POLICIES = {
    "condition": r"usat[oi]\s+vendut[oi]\s+come\s+nuov[oi]",
    "inauthentic": (
        r"contraffa(?:tt|zion)\w*|non\s+(?:sono\s+|è\s+)?autentic[oi]\w*|inautentic\w*"
        r"|autenticità"
    ),
    "intellectual_property": (
        r"propriet[àa]\s+intellettuale|diritt[oi]\s+d['’]autore|marchi[o]?\s+registrat[oi]"
        r"|violazione\s+del\s+marchio|\bbrevett\w*|titolare\s+dei\s+diritti"
    ),
    "order_defect_rate": (
        r"tasso\s+di\s+(?:difettosit[àa]|difetti)\s+(?:degli|negli|dell['’]|dei)\s*ordini"
    ),
    "late_shipment": (
        r"(?:spedizion|consegn)[ei]\s+in\s+ritardo|ritard[oi]\s+(?:nella|nelle|di)\s+"
        r"spedizion\w+|spedit[ie]\s+dopo\s+la\s+data\s+(?:di\s+spedizione\s+)?prevista"
    ),
    "cancellation_rate": r"tasso\s+di\s+cancellazione",
    "valid_tracking": r"tasso\s+di\s+tracciabilit[àa]\s+valid\w*",
    "related_accounts": (
        r"account\s+(?:collegat[oi]|correlat[oi]|associat[oi])"
        r"|collegat[oi]\s+(?:a|ad)\s+un\s+altro\s+account"
    ),
    "dangerous_goods": r"merci\s+pericolose|materiali\s+pericolosi",
    "restricted_products": (
        r"prodott[oi]\s+(?:soggett[oi]\s+a\s+restrizion[ei]|vietat[oi]|con\s+restrizioni)"
    ),
    "pricing": r"prezz[oi]\s+(?:equ[oi]|abusiv[oi])",
    "reviews": (
        r"manipolazione\s+delle\s+recensioni|recensioni\s+(?:manipolate|false)"
        r"|politica\s+(?:sulle|delle)\s+recensioni"
    ),
    "identity_verification": (
        r"verifica\s+(?:dell['’]identit[àa]|del\s+venditore)"
        r"|verificare\s+la\s+(?:tua|sua)\s+identit[àa]"
    ),
    "product_safety": r"sicurezza\s+(?:dei|del)\s+prodott[oi]|problem[ai]\s+di\s+sicurezza",
    "listing_policy": (
        r"politica\s+(?:sulle|delle)\s+offerte|regole\s+(?:delle|sulle)\s+pagine\s+(?:di\s+)?"
        r"dettaglio"
    ),
    "code_of_conduct": r"codice\s+di\s+condotta",
}

_DOCUMENTS = {
    "invoices": r"\bfattur[ae]\b|prov[ae]\s+d['’]acquisto",
    "supplier_contacts": (
        r"(?:contatti|recapiti|dati\s+di\s+contatto)\s+(?:del|dei|dello|degli)\s+"
        r"(?:fornitor[ei]|produttor[ei]|distributor[ei])"
        r"|\b(?:nome|indirizzo|telefono|sito\s+web|e-?mail)\b[\w\s,]{0,60}\b"
        r"(?:del|dei|di\s+ciascun)\s+fornitor[ei]"
    ),
    "letter_of_authorization": (
        r"lettera\s+di\s+autorizzazione|autorizzazione\s+(?:scritta\s+)?del\s+titolare"
    ),
    "plan_of_action": (
        r"(?<!nel\ssuo\s)(?<!nel\stuo\s)(?:piano\s+(?:d['’]|di\s+)azione"
        r"|piano\s+(?:aggiornato|rivisto|completo)\b|nuovo\s+piano\b)"
    ),
    "identity_document": (
        r"carta\s+d['’]identit[àa]|documento\s+(?:d['’]|di\s+)identit[àa]|passaporto"
        r"|patente\s+di\s+guida"
    ),
    "utility_bill": r"\bbollett[ae]\b|(?:prova|certificato)\s+di\s+residenza",
    "bank_statement": r"estratt[oi]\s+(?:conto|bancari[oi]|della\s+carta)",
    "safety_data_sheet": r"sched[ae]\s+(?:dati\s+)?(?:di\s+)?sicurezza",
    "test_report": (r"rapport[oi]\s+di\s+(?:prova|test|laboratorio)|report\s+di\s+laboratorio"),
    "compliance_certificate": (
        r"dichiarazion[ei]\s+(?:UE\s+|CE\s+)?di\s+conformit[àa]"
        r"|certificat[oi]\s+di\s+conformit[àa]"
    ),
    "product_images": (
        r"(?:foto(?:grafie)?|immagini)\s+(?:del|dei|della|delle|dell['’])\s*(?:\w+\s+)?"
        r"(?:prodott[oi]|articol[oi]|confezion[ei]|imballagg[io]|etichett[ae])"
    ),
    "business_license": (
        r"visura\s+camerale|registro\s+delle\s+imprese|certificato\s+di\s+iscrizione"
        r"|licenza\s+commerciale"
    ),
    "proof_of_fix": (
        r"prov[ae]\s+(?:della|delle|dei)\s+(?:correzion|modific|cambiament)\w*"
        r"|prov[ae]\s+che\s+.{0,40}(?:corrett|risolt|aggiornat|modificat)\w*"
    ),
    "tracking_information": (r"(?:numer|codic)[oiei]\s+di\s+tracciamento|prov[ae]\s+di\s+consegna"),
    "distribution_agreement": r"(?:contratto|accordo)\s+di\s+distribuzione",
}

_NUMBERS = (
    "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici"
    " quattordici quindici sedici diciassette diciotto diciannove venti"
)
_SPAN = (
    r"{amount}\s*(?P<unit>giorn[oi]|or[ae]|settiman[ae])"
    r"(?:\s+(?P<kind>lavorativ[oi]|feriali|solari|di\s+calendario))?\b"
)

LEXICON = Lexicon(
    code="it",
    policies=_POLICIES,
    documents=_DOCUMENTS,
    request=(
        r"\binvia(?:ci|re|te|teci)?\b|\binvii(?:ci)?\b|\bfornisc[ai](?:ci)?\b|\bfornire\b"
        r"|\bcarica(?:re)?\b|\ballega(?:re)?\b|\babbiamo\s+bisogno|\bci\s+serv(?:e|ono)"
        r"|\b(?:è|sono)\s+(?:necessari[oaie]|richiest[oaie]|obbligatori[oaie])"
        r"|\b(?:si\s+prega|ti\s+preghiamo|la\s+preghiamo|vi\s+preghiamo)\s+di|\bper\s+favore"
        r"|\bdev[ie]\s+(?:\w+\s+)?(?:inviare|fornire|presentare|caricare)"
        r"|\b(?:i|le)\s+seguenti\s+(?:documenti|informazioni)|\bmancan(?:o|ti)\b"
        r"|\b(?:documenti|informazioni)\s+(?:richiest|mancant|necessari)\w*"
    ),
    refusal=(
        r"\bnon\s+(?:è|sono)\s+(?:più\s+)?(?:necessari|richiest)\w*"
        r"|\bnon\s+(?:ci\s+)?(?:inviare|inviarci|invii|inviate|allegare|allegate|caricare"
        r"|fornire)|\bnon\s+\w+\s+mai\b|\bnon\s+serv(?:e|ono)|\bnon\s+abbiamo\s+(?:più\s+)?bisogno"
    ),
    clause_break=r"\b(?:ma(?!['’])|però|tuttavia)\b",
    deadline_cues=(
        r"\bentro(?:\s+e\s+non\s+oltre)?(?:\s+(?:il|l['’]))?|\bnon\s+oltre\s+il|\bfino\s+al"
        r"|\bscadenza(?:\s+(?:del|il|è))?|\btermine\s+(?:ultimo\s+)?(?:del|il|è)"
    ),
    weekdays=r"luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica",
    articles=r"il",
    relative=(
        r"\b(?:entro\s+(?:i|le)\s+prossim[ie]|nei\s+prossimi|nelle\s+prossime|entro"
        r"|termine\s+(?:massimo\s+)?di)\s+" + _SPAN,
        r"\b(?:hai|ha|avete|avrai|avr[àa])\s+(?:a\s+disposizione\s+)?" + _SPAN,
        _SPAN + r"\s+(?:dalla\s+data\s+di|dal(?:la)?|dopo)\s+(?:ricezione\s+di\s+)?"
        r"(?:questa|questo|la|il)\s+(?:notifica|messaggio|e-?mail|comunicazione)",
    ),
    number_words={word: value for value, word in enumerate(_NUMBERS.split())}
    | {"trenta": 30, "novanta": 90},
    hour_units=("or",),
    week_units=("settiman",),
    business_kinds=("lavorativ", "feriali"),
    asks_to_act=(
        r"\b(?:rispond\w*|invi[ai]\w*|fornisc\w*|ricorso|altrimenti|disattiv\w*|rimoss\w*"
        r"|abbiamo\s+bisogno|carica\w*)\b|\bse\s+non\b"
    ),
    our_promise=r"\b\w+(?:eremo|iremo|aremo)\b|\bricever(?:ai|à|a)\b",
    seller_duty=(
        r"\bper\s+favore\b|\bse\s+non\b|\bdev[ie]\b|\b(?:ti|la|vi)\s+preghiamo\b|\bsi\s+prega\b"
    ),
)
