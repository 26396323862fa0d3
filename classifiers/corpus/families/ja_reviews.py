"""Japanese account-review mail: a review of seller-fulfilled orders, its end, a dispute receipt.

The Japanese help page describes the review (審査中) that pauses seller-fulfilled
listings for up to 30 days and reactivates them automatically once deliveries
are confirmed. Wording is our own.
"""

from classifiers.corpus.families import Family

_SENDERS = (
    "seller-performance@amazon.co.jp",
    "Amazon.co.jp 出品者パフォーマンス <seller-performance@amazon.co.jp>",
    "seller-notification@amazon.co.jp",
)
_GREETING = ("{seller} 様", "ご担当者様")
_SIGN = ("Amazon.co.jp 出品者パフォーマンスチーム", "Amazon.co.jp")

JA_REVIEW_START = Family(
    id="ja-sp-fbm-review-started",
    label="suspension",
    language="ja",
    team="seller-performance",
    marketplaces=("JP",),
    senders=_SENDERS,
    subjects=("出品用アカウントの審査について", "出品者出荷の出品を一時停止しました"),
    blocks=(
        _GREETING,
        (
            "出品用アカウントを審査中に設定しました。審査期間（30日以内）は、出品者出荷の出品が一時停止され、売上金の受け取りも制限されます。",
            "最近の出品者出荷の注文の配送状況を確認するため、出品権限を一時的に制限しています。",
        ),
        (
            "未出荷の注文は引き続き出荷し、お問い合わせ伝票番号を登録してください。配達の証拠があると審査が早く進みます。",
            "注文番号 {order_id} などの配送状況を確認できる書類をご提出ください。",
        ),
        _SIGN,
    ),
    structure=(
        "Account review for seller-fulfilled orders: the account is under review for up to 30 "
        "days, FBM listings paused and payouts limited, keep shipping and add tracking, proof of "
        "delivery speeds the review. Described on Amazon's Japanese help page."
    ),
    phrases=("審査中", "出品者出荷", "配達の証拠", "30日以内"),
    seen_at=(
        "https://sellercentral.amazon.de/gp/help/external/help.html?itemID=200320980&language=ja_JP&ref=efph_200320980_cont_69039",
    ),
)

JA_REVIEW_END = Family(
    id="ja-sp-fbm-review-complete",
    label="reinstatement",
    language="ja",
    team="seller-performance",
    marketplaces=("JP",),
    senders=_SENDERS,
    subjects=("出品用アカウントの審査が完了しました", "出品者出荷の出品を再開しました"),
    blocks=(
        _GREETING,
        (
            "最近の出品者出荷の注文の配送を確認できたため、出品用アカウントの審査を終了しました。",
            "審査が完了し、出品者出荷の出品が自動的に再び有効になりました。",
        ),
        (
            "売上金は通常の決済スケジュールに従ってお受け取りいただけます。",
            "今後も出荷予定日までの出荷と追跡情報の登録をお願いいたします。",
        ),
        _SIGN,
    ),
    structure=(
        "End of the FBM review: deliveries confirmed, review closed, seller-fulfilled listings "
        "automatically active again, payouts on the normal schedule. Described on Amazon's "
        "Japanese help page."
    ),
    phrases=("審査が完了", "自動的に再び有効", "通常の決済スケジュール"),
    seen_at=(
        "https://sellercentral.amazon.de/gp/help/external/help.html?itemID=200320980&language=ja_JP&ref=efph_200320980_cont_69039",
    ),
)

JA_DISPUTE_ACK = Family(
    id="ja-nd-dispute-received",
    label="acknowledgement",
    language="ja",
    team="notice-dispute",
    marketplaces=("JP",),
    senders=("notice-dispute@amazon.co.jp", "Amazon.co.jp <notice-dispute@amazon.co.jp>"),
    subjects=(
        "知的財産権に関する申し立てへのご連絡を受け付けました",
        "Re: 申し立て番号 {complaint_id}",
    ),
    blocks=(
        _GREETING,
        (
            "申し立て番号 {complaint_id} に関するご連絡をいただき、ありがとうございます。",
            "ASIN {asin} についての異議を受け付けました。",
        ),
        (
            "担当チームが内容を確認しております。確認が終わり次第、Eメールでご連絡いたします。",
            "確認には数営業日かかる場合があります。それまでの間、同じ内容を再送する必要はありません。",
        ),
        _SIGN,
    ),
    structure=(
        "Receipt from the Notice Dispute team: the message about complaint {complaint_id} / ASIN "
        "arrived, a team is checking, an answer will follow by e-mail, no need to resend. No "
        "decision. Japanese version of the English dispute receipt."
    ),
    phrases=("受け付けました", "申し立て番号", "確認しております"),
    seen_at=("https://hinoeuma.com/self-employment/post-9982/",),
)

FAMILIES: tuple[Family, ...] = (JA_REVIEW_START, JA_REVIEW_END, JA_DISPUTE_ACK)
