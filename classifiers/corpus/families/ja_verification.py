"""Japanese seller-verification mail: more documents, refusal, verification complete.

New and returning Japanese sellers meet the verification team (本人確認) before
or after a suspension: a request for a clearer document, a refusal when the
identity cannot be confirmed, and the notice that the account is active again.
Wording is our own.
"""

from classifiers.corpus.families import Family

_SENDERS = (
    "seller-verification@amazon.co.jp",
    "Amazon.co.jp 出品者認証 <seller-verification@amazon.co.jp>",
    "seller-performance@amazon.co.jp",
)
_GREETING = ("{seller} 様", "ご担当者様", "出品者様")
_SIGN = (
    "Amazon.co.jp 出品者認証チーム",
    "Amazon.co.jp",
    "よろしくお願いいたします。\nAmazon出品サービス",
)

JA_VERIFY_MORE = Family(
    id="ja-sv-verification-more-info",
    label="need_more_info",
    language="ja",
    team="seller-performance",
    marketplaces=("JP",),
    senders=_SENDERS,
    subjects=("本人確認書類の再提出のお願い", "出品用アカウントの確認：追加の書類が必要です"),
    blocks=(
        _GREETING,
        (
            "ご提出いただいた書類では、出品者様の本人確認を完了できませんでした。",
            "出品用アカウントの確認を続けるため、追加の書類をお送りください。",
        ),
        (
            "・過去180日以内に発行された、氏名と住所が記載された公共料金の請求書またはクレジットカードの利用明細書\n・顔写真付きの身分証明書（運転免許証、パスポートなど）の両面",
            "お送りいただいた書類の住所が、セラーセントラルに登録された住所と一致していません。登録住所が記載された書類を改めてご提出ください。",
            "画像が不鮮明なため、記載内容を確認できませんでした。書類全体が写った鮮明な画像をお送りください。",
        ),
        (
            "書類は{deadline}までに、セラーセントラルのお知らせに表示されている手順に従ってアップロードしてください。",
            "スクリーンショットや加工された画像は受け付けておりません。",
        ),
        _SIGN,
    ),
    structure=(
        "Verification request: the document did not complete identity checks, then exactly what "
        "to send (utility bill or card statement within 180 days with name and address, both sides "
        "of a photo ID), or what was wrong (address mismatch, blurry image), deadline and upload "
        "route. Japanese sellers describe new accounts turned off until these documents arrive."
    ),
    phrases=("本人確認", "再提出", "180日以内", "登録住所"),
    seen_at=("https://sedo.li/8924.html", "https://lifehack001.com/?p=433"),
)

JA_VERIFY_DENIED = Family(
    id="ja-sv-verification-denied",
    label="generic_denial",
    language="ja",
    team="seller-performance",
    marketplaces=("JP",),
    senders=_SENDERS,
    subjects=("出品用アカウントの確認結果について", "本人確認を完了できませんでした"),
    blocks=(
        _GREETING,
        (
            "ご提出いただいた情報を確認しましたが、出品用アカウントを有効にすることはできません。",
            "慎重に審査した結果、出品者様のアカウントの利用を再開しないことになりました。",
        ),
        (
            "このアカウントでAmazon.co.jpに出品することはできません。",
            "本件に関するお問い合わせには、これ以上お答えできない場合があります。",
        ),
        _SIGN,
    ),
    structure=(
        "Verification refused: information reviewed, the account will not be activated / reopened, "
        "you cannot sell with it, further questions may go unanswered. Names nothing to fix."
    ),
    phrases=("有効にすることはできません", "出品することはできません"),
    seen_at=("https://sedo.li/8924.html",),
)

JA_VERIFY_OK = Family(
    id="ja-sv-verification-complete",
    label="reinstatement",
    language="ja",
    team="seller-performance",
    marketplaces=("JP",),
    senders=_SENDERS,
    subjects=("本人確認が完了しました", "出品用アカウントが有効になりました"),
    blocks=(
        _GREETING,
        (
            "ご提出いただいた書類の確認が完了し、出品用アカウントが有効になりました。",
            "本人確認が完了しました。Amazon.co.jpでの出品を再開していただけます。",
        ),
        (
            "保留されていた売上金は、次回の決済日にお振り込みします。",
            "停止されていた出品情報は、24時間以内に順次表示されます。",
            "",
        ),
        ("ご協力いただきありがとうございました。", ""),
        _SIGN,
    ),
    structure=(
        "Verification passed: documents checked, the selling account is active again, held funds "
        "go out on the next settlement, listings return within a day. Japanese blogs describe the "
        "approval that ends a verification suspension."
    ),
    phrases=("本人確認が完了しました", "有効になりました", "再開していただけます"),
    seen_at=("https://sedo.li/8924.html", "https://lifehack001.com/?p=433"),
)

FAMILIES: tuple[Family, ...] = (JA_VERIFY_MORE, JA_VERIFY_DENIED, JA_VERIFY_OK)
