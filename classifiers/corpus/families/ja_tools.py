"""Japanese mail that is not Amazon's: a repricing tool's campaign.

Sellers' inboxes mix these with notices; the model must leave them as ``other``.
"""

from classifiers.corpus.families import Family

JA_TOOL_PROMO = Family(
    id="ja-x-tool-promo",
    label="other",
    language="ja",
    team="not-amazon",
    marketplaces=("JP",),
    senders=("info@kakaku-tool.example", "セラーツール事務局 <news@seller-tool.example>"),
    subjects=("【期間限定】価格改定ツール 30日間無料", "新機能のお知らせ：在庫連携が便利に"),
    blocks=(
        ("{seller} 様", "いつもご利用ありがとうございます。"),
        (
            "価格改定ツールの無料トライアルを今月末まで延長いたしました。",
            "在庫と価格を自動で同期できる新機能をリリースしました。",
        ),
        ("詳しくは下記のページをご覧ください。", "お申し込みは管理画面から可能です。"),
        ("配信停止をご希望の方はこちらから手続きしてください。", ""),
    ),
    structure="A seller tool's campaign mail: offer, link, unsubscribe line. Not Amazon.",
    phrases=(),
)

FAMILIES: tuple[Family, ...] = (JA_TOOL_PROMO,)
