"""Japanese Seller Support and Account Health mail around a case: forwarded, listing back, buyer mail.

A Seller Support ("テクニカルサポート" / 出品者サポート) answer that only says the
case went to the right team is an acknowledgement; a listing brought back after
a retraction is a reinstatement; buyer messages relayed by Amazon are `other`.
Wording is our own.
"""

from classifiers.corpus.families import Family

JA_CASE_FORWARDED = Family(
    id="ja-ss-case-forwarded",
    label="acknowledgement",
    language="ja",
    team="seller-support",
    marketplaces=("JP",),
    senders=("seller-support@amazon.co.jp", "Amazon出品サービス <seller-support@amazon.co.jp>"),
    subjects=(
        "お問い合わせありがとうございます（ケースID: {case_id}）",
        "Amazonテクニカルサポートよりご連絡（ケースID: {case_id}）",
    ),
    blocks=(
        ("{seller} 様", "出品者様"),
        (
            "Amazonテクニカルサポートよりご連絡いたします。お問い合わせの件は、担当部署に転送いたしました。",
            "お問い合わせいただきありがとうございます。本件は専門の部署で確認が必要なため、担当部署へ引き継ぎました。",
        ),
        (
            "担当部署から直接ご連絡いたしますので、今しばらくお待ちください。通常、回答まで2〜3営業日かかります。",
            "回答が届くまで、同じ内容で新しいケースを作成する必要はありません。",
        ),
        ("ケースID: {case_id}", ""),
        ("Amazonテクニカルサポート", "Amazon出品サービス 出品者サポート"),
    ),
    structure=(
        "Seller Support reply with a case ID: the question was forwarded to the responsible team, "
        "which will answer directly (usually in a few working days), no need to open a new case. "
        "No decision. Japanese sellers describe Seller Support answering within a day and handing "
        "account matters on to Seller Performance."
    ),
    phrases=("テクニカルサポート", "担当部署に転送", "ケースID"),
    seen_at=("https://cpa-exporter.com/blog/?p=1826",),
)

JA_LISTING_BACK = Family(
    id="ja-ah-listing-reinstated",
    label="reinstatement",
    language="ja",
    team="account-health",
    marketplaces=("JP",),
    senders=("notice-dispute@amazon.co.jp", "seller-notification@amazon.co.jp"),
    subjects=("出品が再開されました：ASIN {asin}", "申し立ての取り下げに伴う出品再開のお知らせ"),
    blocks=(
        ("{seller} 様", "ご担当者様、"),
        (
            "権利者から申し立ての取り下げを受け付けたため、以下の商品の出品を再開しました。",
            "ご提出いただいた書類を確認した結果、該当する出品を再び有効にいたしました。",
        ),
        ("ASIN: {asin}\n商品名：{product}", "対象ASIN: {asins}"),
        (
            "アカウント健全性ページの該当する違反は削除されました。",
            "出品情報が表示されるまで、最大で24時間かかる場合があります。",
        ),
        ("Amazon.co.jp", "Amazon.co.jp 出品者パフォーマンスチーム"),
    ),
    structure=(
        "Listing reinstated: the rights owner withdrew the complaint （申し立ての取り下げ） or the "
        "documents were accepted, the ASIN is active again and the violation is cleared from "
        "Account Health. Japanese Account Health help describes the complaint history and the "
        "status shown after it is resolved."
    ),
    phrases=("出品を再開しました", "申し立ての取り下げ", "再び有効"),
    seen_at=(
        "https://sellercentral.amazon.co.jp/gp/help/external/help.html?itemID=200285250&language=ja_JP&ref=efph_200285250_cont_69120",
    ),
)

JA_BUYER_MESSAGE = Family(
    id="ja-mk-buyer-message",
    label="other",
    language="ja",
    team="marketplace",
    marketplaces=("JP",),
    senders=("marketplace-messages@amazon.co.jp",),
    subjects=(
        "注文番号 {order_id} について購入者からのお問い合わせ",
        "購入者からのメッセージ：配送状況の確認",
    ),
    blocks=(
        (
            "購入者から以下のメッセージが届きました。",
            "Amazonマーケットプレイスの購入者からのメッセージです。",
        ),
        (
            "注文番号：{order_id}\n商品：{product}\n\n「注文した商品がまだ届いていません。いつ頃発送されますか？」",
            "注文番号：{order_id}\n\n「商品の箱が少しへこんでいました。交換は可能でしょうか。」",
        ),
        (
            "24時間以内にご返信ください。返信が不要な場合は「返信不要」としてマークできます。",
            "このメッセージにはセラーセントラルのメッセージ管理から返信してください。",
        ),
        ("Amazon.co.jp", ""),
    ),
    structure=(
        "Buyer message relayed by Amazon's messaging system: order number, the buyer's question, "
        "reply within 24 hours or mark as no reply needed. Everyday mail: other."
    ),
    phrases=("購入者からのメッセージ", "返信不要", "24時間以内"),
    seen_at=("https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=200455580",),
)

FAMILIES: tuple[Family, ...] = (JA_CASE_FORWARDED, JA_LISTING_BACK, JA_BUYER_MESSAGE)
