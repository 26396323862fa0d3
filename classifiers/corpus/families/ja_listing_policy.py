"""Japanese Account Health mail about listings and policy warnings.

"必要なアクション：Amazonの出品者としての出品が停止となりました" is the most quoted
Japanese subject: an automatic removal of listings for a policy (restricted
product, product safety, listing rules), with the headings
「なぜこのような状況になったのでしょうか？」 and
「出品情報を回復するにはどうすればよいですか？」. A 規約に関する警告 (policy
warning) stays on Account Health for 180 days. Wording is our own.
"""

from classifiers.corpus.families import Family

_SENDERS = (
    "seller-notification@amazon.co.jp",
    "Amazon.co.jp <seller-notification@amazon.co.jp>",
    "no-reply@amazon.co.jp",
)

JA_LISTING_POLICY = Family(
    id="ja-ah-listing-policy-removal",
    label="suspension",
    language="ja",
    team="account-health",
    marketplaces=("JP",),
    senders=_SENDERS,
    subjects=(
        "必要なアクション：Amazonの出品者としての出品が停止となりました",
        "出品情報を一時的に停止しました",
        "重要：ポリシー違反による出品停止のお知らせ",
    ),
    blocks=(
        ("ご担当者様", "{seller} 様", "ご担当者様、"),
        (
            "このEメールの下部に記載されている出品情報を一時的に停止しました。",
            "以下の出品情報がAmazonのポリシーに違反しているため、出品を停止しました。",
        ),
        ("なぜこのような状況になったのでしょうか？", "この措置がとられた理由"),
        (
            "Amazonで出品する商品は、適用されるすべての法令とAmazonのポリシーを守る必要があります。出品者様の出品情報のうち1件以上が、制限対象商品に関するポリシーに違反していることが確認されました。",
            "購入者の安全を守るため、安全性に関する書類が確認できない商品の出品を停止しています。",
            "商品詳細ページの記載が出品規約に沿っていないことが確認されました。",
        ),
        ("出品情報を回復するにはどうすればよいですか？", "出品を再開するには"),
        (
            "問題のある記載を修正したうえで、アカウント健全性ページから申し立てを行ってください。",
            "商品が法令とポリシーを守っていることを示す書類（検査成績書、安全データシートなど）をアップロードしてください。",
            "この出品情報が誤って削除されたとお考えの場合は、誤りであることを示す情報を添えてご連絡ください。",
        ),
        (
            "ASIN: {asin}\n商品名：{product}\n違反：制限対象商品",
            "対象ASIN: {asins}",
        ),
        (
            "ご不明な点がありましたら、{link} からお問い合わせください。",
            "",
        ),
        ("Amazon.co.jp", "Amazonセラーセントラル"),
    ),
    structure=(
        "Automatic listing removal for a policy: subject 「必要なアクション：…出品が停止となりました」, "
        "listings 'at the bottom of this e-mail' stopped, 「なぜこのような状況になったのでしょうか？」 "
        "(restricted product, safety documents, listing rules), 「出品情報を回復するにはどうすればよいですか？」 "
        "(fix and appeal, upload documents, or show it was an error), ASIN list at the end. "
        "Sellers who stopped selling years ago still receive it."
    ),
    phrases=(
        "必要なアクション",
        "出品情報を一時的に停止しました",
        "出品情報を回復するには",
        "制限対象商品",
    ),
    seen_at=(
        "https://naminori-try.com/2022/05/12/ha-2",
        "https://hinoeuma.com/self-employment/post-9982/",
    ),
)

JA_POLICY_WARNING = Family(
    id="ja-ah-policy-warning",
    label="suspension",
    language="ja",
    team="account-health",
    marketplaces=("JP",),
    senders=_SENDERS,
    subjects=(
        "アカウント健全性：規約に関する警告",
        "ポリシー違反の警告を受け取りました",
    ),
    blocks=(
        ("{seller} 様", "ご担当者様、"),
        (
            "出品者様のアカウントに規約に関する警告が追加されました。このまま違反が続くと、出品権限が停止される場合があります。",
            "出品者様の商品について、ポリシーに違反している可能性があるとの報告を受けました。アカウント健全性ページに警告を記録しました。",
        ),
        (
            "規約に関する警告は、アカウントに表示された日から180日間残ります。",
            "アカウント健全性評価が下がっています。早めの対応をお願いいたします。",
        ),
        (
            "警告の内容を確認し、表示されている手順に従って必要な情報を提出してください：{link}",
            "該当する出品を削除するか修正し、同様の違反がないか他の出品も確認してください。",
        ),
        ("ASIN: {asin}", "対象ASIN: {asins}", ""),
        ("Amazon.co.jp", "Amazon.co.jp アカウント健全性チーム"),
    ),
    structure=(
        "Policy warning on Account Health: a warning was added （規約に関する警告）, repeated violations "
        "can stop selling privileges, the warning stays 180 days, follow the steps next to the "
        "warning; ASINs. Label suspension: a warning that puts the account at risk. Japanese "
        "sellers quote Amazon's answer about such warnings on the Seller Forums."
    ),
    phrases=("規約に関する警告", "180日間", "アカウント健全性評価"),
    seen_at=(
        "https://sellercentral-japan.amazon.com/seller-forums/discussions/t/47c6439f-ec3e-43f9-8444-69e0cfd565c9?postId=47c6439f-ec3e-43f9-8444-69e0cfd565c9",
        "https://buzzphoto.jp/column/?p=1030",
    ),
)

FAMILIES: tuple[Family, ...] = (JA_LISTING_POLICY, JA_POLICY_WARNING)
