"""Japanese decisions: selling privileges removed for a metric, and the final refusal.

Wording is our own; Japanese sellers' blogs quote both letters.
"""

from classifiers.corpus.families import Family

_GREETING = ("出品者様", "{seller} 様", "Amazon.co.jpをご利用いただきありがとうございます。")

JA_METRIC_REMOVAL = Family(
    id="ja-sp-order-defect-removal",
    label="suspension",
    language="ja",
    team="seller-performance",
    marketplaces=("JP",),
    senders=("seller-performance@{domain}", "performance-notifications@{domain}"),
    subjects=("Amazon.co.jpでの出品権限が削除されました", "注文不良率が目標を上回っています"),
    blocks=(
        _GREETING,
        (
            "出品者様の注文不良率は{rate}で、目標値の1%未満を上回っているため、出品権限を削除いたしました。",
            "最近の注文で問題が多く発生しており、出荷遅延率が{rate}となっています。現在Amazon.co.jpで販売することはできません。",
        ),
        (
            "本件の解決までの間、売上金はお客様のアカウントに保留されます。",
            "出品中の商品は削除され、お支払いは保留となります。",
        ),
        (
            "出品を再開するには、問題の原因、実施した是正措置、再発防止策を記載した改善計画書をご提出ください。",
            "アカウント健全性のページから、原因と対策を記載した改善計画書を提出してください。",
        ),
        ("よろしくお願いいたします。\nAmazon.co.jp テクニカルサポート", "Amazon.co.jp"),
    ),
    structure=(
        "Privileges removed because a metric (注文不良率, 出荷遅延率) is above target: rate named, "
        "funds held, listings removed, submit a 改善計画書 (cause, corrective action, prevention)."
    ),
    phrases=("出品権限", "注文不良率", "改善計画書"),
    seen_at=("https://aqcg.jp/amazon-acct-stop",),
)

JA_FINAL = Family(
    id="ja-sp-denial-final",
    label="generic_denial",
    language="ja",
    team="seller-performance",
    marketplaces=("JP",),
    senders=("seller-performance@{domain}",),
    subjects=("申し立ての結果について", "出品用アカウントに関する最終決定"),
    blocks=(
        _GREETING,
        (
            "申し立てを再度確認いたしましたが、アカウントは引き続き停止となり、再開することはできません。",
            "ご提出いただいた書類を再審査した結果、出品権限を回復しないことが最終決定となりました。",
            "ご提出の改善計画書では当社の懸念が解消されないため、アカウントの再開は認められません。",
        ),
        (
            "今後の申し立ては審査の対象とならず、本件に関するお問い合わせにはご返信できない場合があります。",
            "この決定が再度審査されることはありません。",
        ),
        ("よろしくお願いいたします。\nAmazon.co.jp", "Amazon.co.jp 出品者パフォーマンス"),
    ),
    structure=(
        "Final refusal after a re-review: account stays suspended, privileges not restored, no "
        "reason named, further appeals not reviewed."
    ),
    phrases=("最終決定", "再開することはできません"),
    seen_at=("https://richmompoormomblog.com/amazonkaizennsyo",),
)

FAMILIES: tuple[Family, ...] = (JA_METRIC_REMOVAL, JA_FINAL)
