"""Japanese performance warnings: late shipment and order defect rate above the targets.

Sent by the アカウント調査担当部署 before or at the moment FBM selling stops;
Japanese sellers blog about the warning and the stop that follows. Wording is
our own.
"""

from classifiers.corpus.families import Family

JA_LATE_SHIPMENT = Family(
    id="ja-sp-late-shipment-warning",
    label="suspension",
    language="ja",
    team="seller-performance",
    marketplaces=("JP",),
    senders=(
        "seller-performance@amazon.co.jp",
        "Amazon.co.jp 出品者パフォーマンス <seller-performance@amazon.co.jp>",
    ),
    subjects=(
        "出荷遅延率に関する警告",
        "アカウント健全性に関する重要なお知らせ",
        "出品者出荷の出品を停止しました",
    ),
    blocks=(
        ("{seller} 様", "ご担当者様、"),
        (
            "最近の注文について、出荷遅延率が目標の4%を上回っています。このままの状態が続くと、出品権限が停止される場合があります。",
            "出荷遅延率が4%以上となったため、出品者出荷での出品を停止いたしました。FBAの出品は引き続きご利用いただけます。",
            "注文不良率が目標の1%を上回っています。購入者からの低い評価やマーケットプレイス保証申請が増えています。",
        ),
        (
            "受注済みの注文はすべて出荷し、出荷通知を送信してください。",
            "出荷作業日数の設定を見直し、余裕をもって出荷できるようにしてください。",
        ),
        (
            "出品を再開するには、アカウント健全性ページからパフォーマンス改善計画を提出してください。計画には、遅延の原因、講じた措置、今後の対策を含めてください。",
            "{deadline}までに改善が見られない場合、出品用アカウントが停止されることがあります。",
        ),
        (
            "出荷パフォーマンスの詳細は、アカウント健全性ページ（{link}）でご確認いただけます。",
            "",
        ),
        ("Amazon.co.jp 出品者パフォーマンスチーム", "Amazon.co.jp アカウント調査担当部署"),
    ),
    structure=(
        "Performance warning or FBM stop: late shipment rate above 4% (or order defect rate above "
        "1%), ship and confirm every open order, fix handling time, send a パフォーマンス改善計画 "
        "from Account Health or face suspension by a date. Japanese help pages describe the three "
        "steps （警告, 一時停止, 取り消し） and sellers post the warning mail."
    ),
    phrases=("出荷遅延率", "目標の4%", "注文不良率", "パフォーマンス改善計画", "出品者出荷"),
    seen_at=(
        "https://hibi-create.com/amazon-delay/",
        "https://sellercentral.amazon.co.jp/gp/help/external/help.html?itemID=201623660&language=ja_JP&ref=efph_201623660_cont_201623610",
    ),
)

FAMILIES: tuple[Family, ...] = (JA_LATE_SHIPMENT,)
