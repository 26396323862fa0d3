"""More Japanese Seller Performance, Account Health and Seller Support families.

Kinds the first Japanese modules lacked: the reinstatement after metrics
recover, a listing appeal passes or a related-account review ends well, the
listing-appeal rejection, the request to rewrite the 改善計画書, the
compliance-document request, the Seller Support case receipt, and the "not
here, appeal there" replies. (The related-account and IP closures themselves
are wordings of ja-sp-account-deactivated.) Wording is our own.
"""

from classifiers.corpus.families import Family

_SP = (
    "seller-performance@amazon.co.jp",
    "Amazon.co.jp 出品者パフォーマンス <seller-performance@amazon.co.jp>",
)
_AH = ("account-health@amazon.co.jp", "seller-notification@amazon.co.jp")
_SS = ("seller-support@amazon.co.jp", "Amazon出品者サポート <seller-support@amazon.co.jp>")
_HELLO = ("{seller} 様", "ご担当者様、", "出品者様")
_SIGN_SP = (
    "Amazon.co.jp 出品者パフォーマンスチーム",
    "Amazon.co.jp\nアカウントスペシャリスト",
    "Amazon.co.jp",
)
_SIGN_AH = ("Amazon.co.jp", "アカウント健全性チーム")
_SIGN_SS = ("Amazon出品者サポート", "Amazon.co.jp 出品者サポートチーム")

JA_METRICS_BACK = Family(
    id="ja-sp-privileges-restored-metrics",
    label="reinstatement",
    language="ja",
    team="seller-performance",
    marketplaces=("JP",),
    senders=_SP,
    subjects=(
        "出品権限が回復されました",
        "改善計画書の承認のお知らせ",
        "Amazon.co.jp での販売を再開できます",
    ),
    blocks=(
        _HELLO,
        (
            "注文不良率に関する改善計画書をご提出いただき、ありがとうございました。内容を承認し、出品権限を回復しました。",
            "出荷遅延率の改善計画書を確認しました。出品用アカウントを再開し、出品情報を再度有効にしました。",
            "審査の結果、Amazon.co.jp での販売を再開していただけるようになりました。",
        ),
        (
            "今後もアカウントのパフォーマンスを引き続き確認します。各指標を目標値の範囲内に保ってください。",
            "出品情報が表示されるまで最大24時間かかる場合があります。売上金は通常のスケジュールでお振り込みします。",
        ),
        ("改善計画書に記載された対策を継続して実施してください。", ""),
        _SIGN_SP,
    ),
    structure=(
        "Reinstatement after a metrics suspension: the plan about order defect rate or late "
        "shipment rate was accepted, privileges restored, metrics still watched, listings back "
        "within 24 hours. Japanese sellers post it after several plans."
    ),
    phrases=("出品権限を回復しました", "改善計画書", "注文不良率", "再度有効"),
    seen_at=(
        "https://nakamura03.com/2022/09/11/amazon-account-stop-close/",
        "http://osa-style.com/archives/3347",
    ),
)

JA_LISTING_APPEAL_OK = Family(
    id="ja-ah-appeal-accepted",
    label="reinstatement",
    language="ja",
    team="account-health",
    marketplaces=("JP",),
    senders=_AH,
    subjects=(
        "申し立てが承認されました：ASIN {asin}",
        "ポリシー違反が取り消されました",
        "出品情報が再開されました",
    ),
    blocks=(
        _HELLO,
        (
            "ASIN {asin} に関する申し立てを確認した結果、申し立てを承認しました。",
            "ご提出いただいた書類（請求書・検査報告書）を確認しました。ご協力ありがとうございました。",
            "このポリシー違反は、アカウント健全性ページから削除されました。",
        ),
        (
            "該当する出品情報は再度有効になり、購入者が購入できるようになりました。",
            "この違反は今後、アカウント健全性評価に影響しません。",
        ),
        ("これ以上の対応は必要ありません。", ""),
        _SIGN_AH,
    ),
    structure=(
        "Account Health accepts a listing appeal: documents checked, appeal approved, listing "
        "active again, violation removed from the Account Health Rating, nothing more to do. The "
        "good outcome of the Japanese policy warning."
    ),
    phrases=("申し立てを承認しました", "アカウント健全性評価", "再度有効"),
    seen_at=(
        "https://sellercentral.amazon.co.jp/forums/t/topic/2138/6",
        "https://www.cyber-records.co.jp/amazon-suspension-evidence-appeal",
    ),
)

JA_POA_REVISE = Family(
    id="ja-sp-poa-revise",
    label="need_more_info",
    language="ja",
    team="seller-performance",
    marketplaces=("JP",),
    senders=_SP,
    subjects=(
        "Re: 改善計画書",
        "改善計画書の再提出のお願い",
        "申し立てについて：追加の情報が必要です",
    ),
    blocks=(
        _HELLO,
        (
            "改善計画書を確認しましたが、問題の原因が十分に説明されていません。",
            "申し立てをいただきありがとうございます。ご提出の改善計画書は内容が一般的すぎるため、判断できませんでした。",
        ),
        (
            "改めて以下の点を記載してください：\n・問題の根本原因\n・問題を解決するために講じた措置\n"
            "・今後同じ問題を防ぐための措置",
            "次の情報を追加してください：\n1. 一般論ではない、具体的な根本原因\n2. 各対策を実施した日付\n"
            "3. 対策の効果をどのように確認するか",
        ),
        (
            "修正した改善計画書は、アカウント健全性ページの「出品用アカウントを再開」から提出してください。",
            "{deadline}までにご提出ください。",
        ),
        _SIGN_SP,
    ),
    structure=(
        "The 改善計画書 was read but is too general: a ・ or numbered list of what the revised plan "
        "must state (root cause, actions taken, prevention, dates), resubmit from the Account Health "
        "page, sometimes by a date. Consultants' blogs describe getting it again and again."
    ),
    phrases=("根本原因", "改善計画書", "再提出", "講じた措置"),
    seen_at=(
        "https://richmompoormomblog.com/amazonkaizennsyo",
        "https://h9nfp.com/amazon-account-specialist",
    ),
)

JA_COMPLIANCE_MORE = Family(
    id="ja-ah-compliance-more-info",
    label="need_more_info",
    language="ja",
    team="account-health",
    marketplaces=("JP",),
    senders=_AH,
    subjects=(
        "ご提出の書類を承認できませんでした",
        "ASIN {asin}：追加の書類が必要です",
        "コンプライアンス書類が不足しています",
    ),
    blocks=(
        _HELLO,
        (
            "ASIN {asin} についてご提出いただいた書類を確認しましたが、現時点では出品を再開できません。",
            "ご提出の書類は不完全なため、商品が要件を満たしていることを確認できませんでした。",
        ),
        (
            "以下の書類をご提出ください：\n・認定試験機関による検査報告書\n・商品名と型番が記載された適合証明書\n"
            "・商品のパッケージとラベルの鮮明な写真",
            "不足している情報：\n1. 検査報告書の型番が出品情報と一致しません\n2. 証明書の有効期限が切れています\n"
            "3. 製造業者の連絡先が記載されていません",
        ),
        (
            "アカウント健全性ページで該当する違反を選び、「申し立て」から書類をアップロードしてください。",
            "{deadline}までに再提出されない場合、出品情報は停止されたままとなります。",
        ),
        _SIGN_AH,
    ),
    structure=(
        "Account Health cannot approve the compliance documents yet: a list of what is missing "
        "(test report, certificate with the model number, label photos, manufacturer contact), "
        "resubmit via the violation's 申し立て, a date."
    ),
    phrases=("承認できませんでした", "検査報告書", "適合証明書", "再提出"),
    seen_at=("https://www.cyber-records.co.jp/amazon-compliance-submission",),
)

JA_CASE_RECEIVED = Family(
    id="ja-ss-case-received",
    label="acknowledgement",
    language="ja",
    team="seller-support",
    marketplaces=("JP",),
    senders=_SS,
    subjects=(
        "お問い合わせを受け付けました（ケースID：{case_id}）",
        "出品者サポートへのお問い合わせありがとうございます",
    ),
    blocks=(
        _HELLO,
        (
            "出品者サポートにお問い合わせいただきありがとうございます。ケースID {case_id} で受け付けました。",
            "お問い合わせを受け付けました。担当者が内容を確認しています。",
        ),
        (
            "通常24時間以内にご連絡します。追加の情報はケースログからご返信ください。新しいケースを作成する必要はありません。",
            "進捗状況はケースログでいつでも確認できます。",
        ),
        ("このメールには返信しないでください。", ""),
        _SIGN_SS,
    ),
    structure=(
        "Seller Support receipt for a new case: case id, answer usually within 24 hours, add "
        "information in the Case Log instead of a new case. No decision: acknowledgement."
    ),
    phrases=("お問い合わせを受け付けました", "ケースID", "ケースログ"),
    seen_at=("https://hinoeuma.com/self-employment/post-9982/",),
)

JA_SUPPORT_CANNOT = Family(
    id="ja-ss-redirect-cannot-help",
    label="redirect_closed_queue",
    language="ja",
    team="seller-support",
    marketplaces=("JP",),
    senders=_SS,
    subjects=(
        "Re: アカウント停止について",
        "ケース {case_id} について",
        "出品者サポートでは対応できないお問い合わせです",
    ),
    blocks=(
        _HELLO,
        (
            "お問い合わせありがとうございます。申し訳ありませんが、出品者サポートではアカウント停止や申し立ての審査を行っておりません。",
            "アカウントの停止についてご心配をおかけしております。出品者サポートには、アカウントを再開する権限がありません。",
        ),
        (
            "セラーセントラルの「パフォーマンス」>「アカウント健全性」ページ上部のバナーの指示に従って申し立てを行ってください：{link}",
            "担当部署は、アカウント健全性ページまたはパフォーマンス通知の「申し立て」ボタンから送られたものだけを確認します。",
        ),
        ("このケースはクローズさせていただきます。", "本件は解決済みとさせていただきます。"),
        _SIGN_SS,
    ),
    structure=(
        "Seller Support says it cannot review suspensions or appeals, points to the banner on the "
        "Account Health page / the 申し立て button, and closes the case. Japanese counterpart of the "
        "English 'Seller Support cannot help' redirect."
    ),
    phrases=("出品者サポートでは", "アカウント健全性", "バナー", "クローズ"),
    seen_at=(
        "https://sellercentral.amazon.co.jp/seller-forums/discussions/t/030a379e-79f8-4097-860b-443391d3c25f",
    ),
)

JA_EMAIL_NOT_REVIEWED = Family(
    id="ja-sp-redirect-email-attachments",
    label="redirect_closed_queue",
    language="ja",
    team="seller-performance",
    marketplaces=("JP",),
    senders=_SP,
    subjects=(
        "Re: 改善計画書の添付",
        "メールでお送りいただいた書類は確認されていません",
        "申し立ての提出方法について",
    ),
    blocks=(
        _HELLO,
        (
            "メールで送信された申し立てや添付ファイルは確認することができません。",
            "このアドレスへのご返信は審査チームに転送されず、添付ファイルも確認されません。",
        ),
        (
            "アカウント健全性ページの「出品用アカウントを再開」から、改善計画書と書類を提出してください：{link}",
            "パフォーマンス通知ページで元の通知を開き、「申し立て」ボタンから書類をアップロードしてください。",
        ),
        ("正しい方法で提出されると、確認のメールが届きます。", ""),
        _SIGN_SP,
    ),
    structure=(
        "Reply to a seller who e-mailed the plan: e-mailed appeals and attachments are not "
        "reviewed; use 出品用アカウントを再開 on the Account Health page or the notice's 申し立て "
        "button. A redirect, not a decision."
    ),
    phrases=("確認することができません", "出品用アカウントを再開", "パフォーマンス通知"),
    seen_at=("https://aqcg.jp/amazon_-revival/",),
)

JA_RELATED_BACK = Family(
    id="ja-sp-related-account-reinstated",
    label="reinstatement",
    language="ja",
    team="seller-performance",
    marketplaces=("JP",),
    senders=_SP,
    subjects=("出品用アカウントの再開について", "関連アカウントの審査が完了しました"),
    blocks=(
        _HELLO,
        (
            "関連するアカウントについてご提出いただいた情報を確認しました。出品用アカウントを再開しました。",
            "審査の結果、出品者様のアカウントは停止されたアカウントと関連していないことを確認しました。出品権限を回復しました。",
            "関連アカウントが再開されたため、現在のアカウントも再開しました。",
        ),
        (
            "出品情報は24時間以内に再び表示されます。売上金は通常のスケジュールでお振り込みします。",
            "出品情報は再度有効になりました。",
        ),
        ("ご協力ありがとうございました。", ""),
        _SIGN_SP,
    ),
    structure=(
        "Reinstatement after a related-account closure: the link was reviewed or the other account "
        "is back, account reopened, listings within a day, payouts on schedule."
    ),
    phrases=("関連するアカウント", "再開しました", "出品権限を回復"),
    seen_at=("https://forum.ec-masters.net/post_view.php?id=13256",),
)

JA_APPEAL_REJECTED = Family(
    id="ja-ah-appeal-rejected",
    label="generic_denial",
    language="ja",
    team="account-health",
    marketplaces=("JP",),
    senders=_AH,
    subjects=("申し立ての結果について：ASIN {asin}", "申し立ては承認されませんでした"),
    blocks=(
        _HELLO,
        (
            "申し立てを確認しましたが、ご提供いただいた情報では懸念が解消されませんでした。",
            "審査の結果、出品情報を再開することも、違反を取り消すこともできません。",
        ),
        (
            "出品情報は停止されたままとなり、違反はアカウント健全性ページに残ります。",
            "この決定は最終的なものです。本件に関する今後のメールには返信しない場合があります。",
        ),
        _SIGN_AH,
    ),
    structure=(
        "Short rejection of a listing appeal: reviewed, concerns not resolved, listing stays "
        "inactive and the violation stays; maybe 'final'. No documents named, no deadline."
    ),
    phrases=("懸念が解消されませんでした", "最終的なもの"),
    seen_at=("https://sellercentral.amazon.co.jp/forums/t/topic/2138/6",),
)

JA_ND_REDIRECT = Family(
    id="ja-nd-redirect-appeal-channel",
    label="redirect_closed_queue",
    language="ja",
    team="notice-dispute",
    marketplaces=("JP",),
    senders=("notice-dispute@amazon.co.jp", "no-reply@amazon.co.jp"),
    subjects=("自動返信：Notice Dispute", "Re: ポリシー違反の警告", "申し立ての送信先について"),
    blocks=(
        _HELLO,
        (
            "このアドレスにお送りいただいたメールでは、申し立てを受け付けておりません。",
            "本メールアドレスへの返信は確認されません。",
        ),
        (
            "知的財産権の侵害による出品停止に異議がある場合は、アカウント健全性ページで該当する違反を選び、"
            "「申し立て」をクリックしてください：{link}",
            "権利者の連絡先は、出品停止の通知メールに記載されています。取り下げの依頼は権利者に直接ご連絡ください。",
        ),
        ("", "ご理解のほどよろしくお願いいたします。"),
        ("Amazon.co.jp", "Amazon.co.jp Notice Dispute"),
    ),
    structure=(
        "Auto-reply from the Notice Dispute address: mail here is not an appeal; use the "
        "violation's 申し立て on Account Health, or ask the rights owner (contact in the notice) "
        "to retract. Japanese counterpart of the English and Chinese Notice Dispute redirect."
    ),
    phrases=("受け付けておりません", "アカウント健全性", "権利者"),
    seen_at=("https://sellercentral.amazon.co.jp/forums/t/topic/2138/6",),
)


FAMILIES: tuple[Family, ...] = (
    JA_METRICS_BACK,
    JA_LISTING_APPEAL_OK,
    JA_POA_REVISE,
    JA_COMPLIANCE_MORE,
    JA_CASE_RECEIVED,
    JA_SUPPORT_CANNOT,
    JA_EMAIL_NOT_REVIEWED,
    JA_RELATED_BACK,
    JA_APPEAL_REJECTED,
    JA_ND_REDIRECT,
)
