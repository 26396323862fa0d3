"""Japanese mail that is not a decision on an appeal: the closed-address reply and everyday mail.

The closed-address auto-reply points to the Account Health page; the rest
(payment reports, order notices, Seller University invitations) must read as
`other` even though they say 出品者, アカウント and Amazon. Wording is our own.
"""

from classifiers.corpus.families import Family

JA_REDIRECT = Family(
    id="ja-sp-closed-address-reply",
    label="redirect_closed_queue",
    language="ja",
    team="seller-performance",
    marketplaces=("JP",),
    senders=("seller-performance@amazon.co.jp", "no-reply@amazon.co.jp"),
    subjects=(
        "自動返信：このアドレスでは申し立てを受け付けていません",
        "Re: 改善計画書の送付",
        "【自動送信】お問い合わせ窓口のご案内",
    ),
    blocks=(
        ("{seller} 様", "ご担当者様、", "このメッセージは自動送信されています。"),
        (
            "このメールアドレスは送信専用のため、お送りいただいたメールの内容は確認されていません。",
            "本アドレスでは、改善計画書や申し立てを受け付けておりません。",
            "お送りいただいたメールは、担当部署には届いていません。",
        ),
        (
            "出品用アカウントの再開を申し立てる場合は、セラーセントラルのアカウント健全性ページ"
            "（{link}）から「申し立て」ボタンを使用してください。",
            "申し立ては、パフォーマンス通知ページで該当する通知の横にある「申し立て」をクリックして"
            "送信してください。",
            "ご質問は、セラーセントラルの「ヘルプ」から出品者サポートにお問い合わせください：{link}",
        ),
        (
            "セラーセントラルにログインできない場合は、停止通知メールに記載された手順に従ってください。",
            "",
        ),
        ("Amazon.co.jp", "Amazon.co.jp 出品者パフォーマンス"),
    ),
    structure=(
        "Auto-reply: this address is send-only / does not take appeals, the mail was not read, use the "
        "Appeal button on the Account Health or Performance Notifications page (or Seller Support via "
        "ヘルプ）. Localized marketplace version of the English closed-queue reply; Japanese sellers "
        "report sending plans to the notice address and getting this back."
    ),
    phrases=("送信専用", "受け付けておりません", "アカウント健全性ページ", "「申し立て」ボタン"),
    seen_at=(
        "https://sellercentral.amazon.co.jp/seller-forums/discussions/t/030a379e-79f8-4097-860b-443391d3c25f",
        "https://aqcg.jp/amazon_-revival/",
    ),
)

JA_PAYMENT = Family(
    id="ja-other-settlement-report",
    label="other",
    language="ja",
    team="marketplace",
    marketplaces=("JP",),
    senders=("payments-messages@amazon.co.jp", "seller-notification@amazon.co.jp"),
    subjects=(
        "Amazon.co.jp 出品サービス：お振り込みのお知らせ",
        "売上金のお支払いについて",
        "ペイメントレポートが更新されました",
    ),
    blocks=(
        ("{seller} 様", "いつもAmazon.co.jpをご利用いただきありがとうございます。"),
        (
            "{date}付けで、{amount}をご登録の銀行口座にお振り込みいたしました。",
            "今回の決済期間の売上金 {amount} の振込手続きが完了しました。",
        ),
        (
            "着金までに3〜5営業日かかる場合があります。詳細はセラーセントラルのペイメントレポートでご確認ください。",
            "振込明細はセラーセントラルの「レポート」>「ペイメント」から確認できます：{link}",
        ),
        ("Amazon.co.jp", "Amazon.co.jp 出品サービス"),
    ),
    structure=(
        "Everyday payment notice: amount and date of the disbursement, bank delay, where to see the "
        "payment report. Not about the account's standing; label other. Shape taken from the English "
        "settlement notice and the Japanese Seller Central terms （売上金, 決済, 振込）."
    ),
    phrases=("お振り込み", "ペイメントレポート", "売上金"),
    seen_at=("https://import-tiger.com/other/amazon-account-risk",),
)

JA_ORDER = Family(
    id="ja-other-order-and-seminar",
    label="other",
    language="ja",
    team="marketplace",
    marketplaces=("JP",),
    senders=("seller-notification@amazon.co.jp", "sellercentral-jp@amazon.co.jp"),
    subjects=(
        "商品が売れました。出荷してください：{product}",
        "【Amazon出品大学】無料セミナーのご案内",
        "注文確定のお知らせ：{order_id}",
    ),
    blocks=(
        ("{seller} 様", "出品者様"),
        (
            "おめでとうございます。ご出品の商品が購入されました。注文番号：{order_id}\n商品：{product}\n"
            "出荷予定日までに商品を発送し、セラーセントラルで出荷通知を送信してください。",
            "Amazon出品大学では、新しい出品者様向けに売上を伸ばすための無料セミナーを開催します。"
            "日時：{date}\nお申し込み：{link}",
            "注文 {order_id} の支払いが確認されました。商品 {product} を梱包し、発送をお願いいたします。",
        ),
        (
            "今後このようなお知らせが不要な場合は、通知設定から配信を停止できます。",
            "ご不明な点はセラーセントラルのヘルプをご覧ください。",
        ),
        ("Amazon.co.jp", "Amazon出品サービス"),
    ),
    structure=(
        "Routine seller mail in Japanese: a sold-item / ship-now notice with order number, or a Seller "
        "University （Amazon出品大学） seminar invitation with date and sign-up link. Hard negative for "
        "the classifier: it speaks of 出品者 and セラーセントラル but nothing is wrong."
    ),
    phrases=("出荷してください", "Amazon出品大学", "注文番号"),
    seen_at=("https://cpa-exporter.com/blog/amazon-export-account-suspension",),
)

JA_CONSULTANT = Family(
    id="ja-x-consultant-newsletter",
    label="other",
    language="ja",
    team="not-amazon",
    marketplaces=("JP",),
    senders=("info@account-fukkatsu.example", "newsletter@ec-support.example"),
    subjects=(
        "【無料相談】Amazonアカウント停止でお困りではありませんか？",
        "メルマガ: 改善計画書の書き方と最新の停止事例",
    ),
    blocks=(
        ("{seller} 様", "いつもメルマガをお読みいただきありがとうございます。"),
        (
            "今月は真贋調査による出品停止のご相談が急増しています。改善計画書の作成代行は初回相談無料です。",
            "アカウントが停止・閉鎖されたときに最初にやるべき3つのことを、事例とともに解説します。",
        ),
        ("お申し込みはこちら: {link}", "配信停止をご希望の方はこちらからお手続きください。"),
    ),
    structure=(
        "Not from Amazon: Japanese reinstatement consultants' newsletters and ads (アカウント復活代行), "
        "full of 停止, 閉鎖, 改善計画書, yet label other; a hard negative."
    ),
    phrases=("無料相談", "配信停止"),
    seen_at=("http://osa-style.com/archives/3245",),
)

FAMILIES: tuple[Family, ...] = (JA_REDIRECT, JA_PAYMENT, JA_ORDER, JA_CONSULTANT)
