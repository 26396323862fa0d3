"""Words the forms add around a notice: forwarding comments, translation notes, earlier mail.

Kept short on purpose: a forwarding comment of at most a couple of lines is what
sellers write above a notice ("FYI, see below"), and the classifier reads the
forwarded notice when the comment is that short.
"""

from __future__ import annotations

COMMENTS: dict[str, tuple[str, ...]] = {
    "en": (
        "FYI, see below.",
        "Got this one this morning. What do we do?",
        "Hi, forwarding the latest from Amazon. Can you take a look?",
        "Another one from Amazon, please advise.",
        "See below - is this good or bad news?",
        "Please check this when you can. Thanks, Mark",
        "This came in overnight.",
        "Forwarding as discussed on the call.",
        "",
    ),
    "de": ("Zur Info, siehe unten.", "Das kam heute von Amazon. Was nun?", "Bitte mal ansehen."),
    "fr": ("Pour info, voir ci-dessous.", "Reçu ce matin d'Amazon, qu'en pensez-vous ?"),
    "es": ("Para tu información, ver abajo.", "Nos llegó esto de Amazon hoy."),
    "it": ("Per conoscenza, vedi sotto.", "Ci è arrivata questa da Amazon."),
    "pt": ("Para sua informação, veja abaixo.", "Recebemos isto da Amazon hoje."),
    "nl": ("Ter info, zie hieronder.", "Dit kwam vandaag binnen van Amazon."),
    "ja": ("ご参考まで、下記ご確認ください。", "Amazonから届きました。対応をお願いします。"),
    "zh": ("请看下面这封邮件。", "今天收到亚马逊的邮件,麻烦看一下。"),
}

TRANSLATION_NOTES: dict[str, tuple[str, ...]] = {
    "en": (
        "I ran this through Google Translate, the original is below.",
        "Machine translation did not work for me, original text below. Can you read it?",
        "Translated with DeepL for the team; Amazon's original follows.",
    ),
    "de": ("Übersetzt mit DeepL, Original unten.",),
    "fr": ("Traduit avec Google, l'original est ci-dessous.",),
    "es": ("Lo pasé por el traductor, el original va abajo.",),
    "it": ("Tradotto con Google, l'originale è qui sotto.",),
    "pt": ("Traduzi com o Google, o original segue abaixo.",),
    "nl": ("Vertaald met DeepL, het origineel staat hieronder.",),
    "ja": ("機械翻訳しました。原文は下記です。",),
    "zh": ("用谷歌翻译过了,原文在下面。",),
}

EARLIER_MESSAGES: tuple[str, ...] = (
    "Dear Seller Performance team,\n\nPlease find our plan of action attached. We found the root "
    "cause, removed the affected listings and changed our supplier checks.\n\nRegards,\n{seller}",
    "Hello,\n\nWe sent the invoices from our supplier as requested. Please let us know if "
    "anything else is needed.\n\nThank you,\n{seller}",
    "Hi,\n\nThis is our second submission. We believe we answered every point of your last "
    "message and would like to know what is still missing.\n\n{seller}",
    "Dear Amazon,\n\nWe respectfully appeal the deactivation of our account and attach our "
    "corrective actions.\n\nBest regards,\n{seller} team",
)
