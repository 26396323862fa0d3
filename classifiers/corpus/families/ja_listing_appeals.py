"""Japanese answers about listings and Account Health submissions, and the no-reply auto-answer.

Listing appeals (申し立て on a removed ASIN) get their own replies from the
Notice Dispute or Account Health teams: a request for a better document, a
refusal naming nothing, a receipt for an upload. Wording is our own.
"""

from classifiers.corpus.families import Family

_SENDERS = (
    "notice-dispute@amazon.co.jp",
    "Amazon.co.jp <notice-dispute@amazon.co.jp>",
    "seller-notification@amazon.co.jp",
)
_GREETING = ("ご担当者様", "{seller} 様", "出品者様")
_SIGN = (
    "Amazon.co.jp",
    "Amazon.co.jp アカウント健全性チーム",
    "よろしくお願いいたします。\nAmazon.co.jp",
)

JA_ND_MORE_INFO = Family(
    id="ja-nd-appeal-more-info",
    label="need_more_info",
    language="ja",
    team="notice-dispute",
    marketplaces=("JP",),
    senders=_SENDERS,
    subjects=(
        "出品の申し立てについて：書類の再提出をお願いします",
        "ASIN {asin} の申し立てについて",
    ),
    blocks=(
        _GREETING,
        (
            "ASIN {asin} の出品再開に関する申し立てを確認しましたが、ご提出いただいた書類では確認が完了しませんでした。",
            "お送りいただいた書類を確認しました。恐れ入りますが、次の点を満たす書類を改めてご提出ください。",
        ),
        (
            "・請求書に仕入れ先の名称、住所、電話番号が記載されていること\n・請求書の日付が過去365日以内であること\n・商品名と数量が判読できること",
            "権利者からの許諾書、またはライセンス契約書の写しが必要です。外部リンクは受け付けておりません。",
            "請求書に記載された商品名が、出品している商品と一致していません。対象商品の仕入れを示す書類をお送りください。",
        ),
        (
            "アカウント健全性ページの該当する違反の横にある「申し立て」から、{deadline}までに再提出してください。",
            "書類はJPEG、PNG、PDFのいずれかの形式でアップロードしてください。",
        ),
        _SIGN,
    ),
    structure=(
        "Answer to a listing appeal: the submitted document was not enough, then a bullet list of "
        "what the document must show (supplier name/address/phone, dated within 365 days, readable "
        "product and quantity) or the licence needed, and where to resubmit with a deadline. "
        "Japanese sellers quote the same request coming back after every upload."
    ),
    phrases=("書類の再提出", "過去365日以内", "許諾書"),
    seen_at=(
        "https://www.cyber-records.co.jp/amazon-suspension-evidence-appeal",
        "https://www.cyber-records.co.jp/amazon-compliance-submission",
    ),
)

JA_ND_DENIED = Family(
    id="ja-nd-appeal-denied",
    label="generic_denial",
    language="ja",
    team="notice-dispute",
    marketplaces=("JP",),
    senders=_SENDERS,
    subjects=("出品の申し立ての結果について", "ASIN {asin}：申し立てを承認できませんでした"),
    blocks=(
        _GREETING,
        (
            "ASIN {asin} に関する申し立てを審査しましたが、承認することはできませんでした。",
            "お送りいただいた情報を確認した結果、該当する出品を再開しないことになりました。",
        ),
        (
            "出品は引き続き停止されたままとなります。",
            "この決定に関するこれ以上のお問い合わせには、回答できない場合があります。",
        ),
        ("該当するFBA在庫については、返送または所有権の放棄の手続きを行ってください。", ""),
        _SIGN,
    ),
    structure=(
        "Listing appeal refused: reviewed, not approved, the listing stays removed, further mail "
        "may go unanswered, sometimes a line on removing FBA stock. Names no document and no "
        "fix. Japanese consultants describe appeals that are refused without reasons."
    ),
    phrases=("承認することはできませんでした", "再開しない", "引き続き停止"),
    seen_at=("https://www.cyber-records.co.jp/amazon-suspension-detection-recovery",),
)

JA_AH_ACK = Family(
    id="ja-ah-submission-received",
    label="acknowledgement",
    language="ja",
    team="account-health",
    marketplaces=("JP",),
    senders=("seller-notification@amazon.co.jp", "no-reply@amazon.co.jp"),
    subjects=("書類を受け付けました", "アカウント健全性：ご提出ありがとうございます"),
    blocks=(
        _GREETING,
        (
            "アカウント健全性ページからのご提出を受け付けました。",
            "ASIN {asin} に関する書類をお送りいただき、ありがとうございます。",
        ),
        (
            "担当チームが内容を確認し、結果はこのメールアドレスとアカウント健全性ページでお知らせします。",
            "確認には最大で数営業日かかる場合があります。",
        ),
        ("確認が終わるまで、同じ書類を再度提出する必要はありません。", ""),
        _SIGN,
    ),
    structure=(
        "Receipt for an upload made on the Account Health page: received, a team will review, the "
        "result comes by e-mail and on the page, do not resubmit. No decision. Japanese Seller "
        "Central describes the status shown on Account Health while a submission is reviewed."
    ),
    phrases=("受け付けました", "アカウント健全性ページ", "再度提出する必要はありません"),
    seen_at=(
        "https://sellercentral.amazon.co.jp/gp/help/external/help.html?itemID=200285250&language=ja_JP&ref=efph_200285250_cont_69120",
    ),
)

JA_NOREPLY = Family(
    id="ja-ss-noreply-redirect",
    label="redirect_closed_queue",
    language="ja",
    team="seller-support",
    marketplaces=("JP",),
    senders=("no-reply@amazon.co.jp", "donotreply@amazon.co.jp"),
    subjects=("このメールには返信できません", "【自動返信】お問い合わせはセラーセントラルから"),
    blocks=(
        ("このメールは送信専用アドレスから配信されています。", "ご担当者様"),
        (
            "このアドレスに返信いただいても、内容を確認することはできません。",
            "お送りいただいたメールは受信されませんでした。",
        ),
        (
            "お問い合わせは、セラーセントラルの「ヘルプ」→「サポートを受ける」から出品者サポートにご連絡ください：{link}",
            "停止や警告への申し立ては、アカウント健全性ページの手順に従って行ってください。",
        ),
        ("Amazon.co.jp", "Amazon出品サービス"),
    ),
    structure=(
        "No-reply auto-answer: the address is send-only, the mail was not received, contact Seller "
        "Support through Help > サポートを受ける or appeal from Account Health. Japanese guides "
        "walk sellers through the Seller Central contact route."
    ),
    phrases=("送信専用", "サポートを受ける", "返信できません"),
    seen_at=("https://saitoma.com/column/26186.html",),
)

FAMILIES: tuple[Family, ...] = (JA_ND_MORE_INFO, JA_ND_DENIED, JA_AH_ACK, JA_NOREPLY)
