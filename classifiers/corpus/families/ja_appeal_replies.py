"""Japanese answers to an appeal: more information, denial, receipt, reinstatement.

These follow a submitted 改善計画書 (plan of action). The request for more
information names what is missing; the denial names nothing; the receipt only
says the plan is being read; the reinstatement says selling may resume.
Every wording is our own.
"""

from classifiers.corpus.families import Family

_SENDERS = (
    "seller-performance@amazon.co.jp",
    "Amazon.co.jp 出品者パフォーマンス <seller-performance@amazon.co.jp>",
    "seller-notification@amazon.co.jp",
)
_GREETING = (
    "{seller} 様",
    "ご担当者様、",
    "{seller} 様、平素はAmazonをご利用いただき、誠にありがとうございます。",
)
_SIGN = (
    "Amazon.co.jp 出品者パフォーマンスチーム",
    "よろしくお願いいたします。\nAmazon.co.jp",
    "Amazon.co.jp\nアカウントスペシャリスト",
)

JA_NEED_MORE_INFO = Family(
    id="ja-sp-appeal-more-info",
    label="need_more_info",
    language="ja",
    team="seller-performance",
    marketplaces=("JP",),
    senders=_SENDERS,
    subjects=(
        "Re: 出品用アカウントの再開について",
        "改善計画書について：追加の情報が必要です",
        "出品用アカウントの審査：追加情報のお願い",
    ),
    blocks=(
        _GREETING,
        (
            "改善計画書をお送りいただき、ありがとうございました。内容を確認しましたが、現時点の情報では"
            "出品用アカウントを再開することができません。",
            "情報をご提供いただきありがとうございました。残念ながら、ご提出いただいた内容には審査に"
            "必要な情報が含まれていませんでした。",
            "申し立てを受け付けました。ただし、アカウントの再開を検討するには追加の情報が必要です。",
        ),
        (
            "次の情報を追加でご提出ください。\n・過去365日以内に仕入れ先から発行された請求書\n"
            "・仕入れ先の会社名、住所、電話番号、メールアドレス\n・対象ASIN（{asins}）の販売数と仕入れ数の対応表",
            "審査を続けるために、以下をお送りください。\n1. 問題の根本原因について、より具体的な説明\n"
            "2. 再発防止策をいつ、誰が実施したか\n3. 対象商品 {asin} の仕入れを証明する書類",
            "ご提出いただいた請求書には仕入れ先の連絡先が記載されていませんでした。連絡先が記載された"
            "請求書を改めてお送りください。",
        ),
        (
            "{deadline}までにご提出ください。",
            "必要な情報を{deadline}までにいただけない場合、アカウントは停止されたままとなります。",
            "ご提出はアカウント健全性ページの申し立てフォームからお願いいたします。",
        ),
        _SIGN,
    ),
    structure=(
        "Thanks for the plan (「改善計画書をお送りいただき…」), says it is not yet enough, then a numbered "
        "or dotted list of exactly what is missing (supplier invoices within a period, supplier contact "
        "details, a more specific root cause), a deadline (「{deadline}までに」) or the channel to use. "
        "Japanese sellers quote the same letter coming back after several submissions."
    ),
    phrases=("追加の情報", "現時点の情報では", "改善計画書", "仕入れ先", "までにご提出ください"),
    seen_at=(
        "https://sellercentral-japan.amazon.com/seller-forums/discussions/t/47c6439f-ec3e-43f9-8444-69e0cfd565c9?postId=47c6439f-ec3e-43f9-8444-69e0cfd565c9",
    ),
)

JA_DENIAL = Family(
    id="ja-sp-appeal-denied",
    label="generic_denial",
    language="ja",
    team="seller-performance",
    marketplaces=("JP",),
    senders=_SENDERS,
    subjects=(
        "Re: 出品用アカウントの再開について",
        "改善計画書の審査結果について",
        "出品用アカウントに関するお知らせ",
    ),
    blocks=(
        _GREETING,
        (
            "改善計画書を確認しましたが、懸念事項が解消されていないため、出品用アカウントを再開する"
            "ことはできません。",
            "ご提出いただいた内容を慎重に審査した結果、出品権限を回復しないことを決定いたしました。",
            "残念ながら、お送りいただいた改善計画書では、当社の懸念に十分に対応できていません。",
        ),
        (
            "今後、Amazon.co.jpで販売することはできません。",
            "出品用アカウントは引き続き停止された状態となります。",
            "この決定についてのこれ以上のご連絡には、お返事できない場合があります。",
        ),
        (
            "アカウントに残高がある場合は、マーケットプレイス保証申請やチャージバックの金額を差し引いた後、"
            "通常90日程度でお振り込みいたします。",
            "FBA在庫の返送または所有権の放棄については、別途ご案内いたします。",
            "",
        ),
        _SIGN,
    ),
    structure=(
        "Short: the plan was reviewed, concerns are not resolved (「懸念事項が解消されていない」), the "
        "account stays stopped / you may not sell any more, sometimes a line on funds held about 90 days "
        "and FBA inventory. No list of documents and no deadline: nothing concrete to fix."
    ),
    phrases=(
        "懸念事項",
        "再開することはできません",
        "出品権限を回復しない",
        "今後、Amazon.co.jpで販売することはできません",
    ),
    seen_at=(
        "http://ayatukasa.com/%e6%9c%aa%e5%88%86%e9%a1%9e/amazon%e3%83%9e%e3%83%bc%e3%82%b1%e3%83%83%e3%83%88%e3%83%97%e3%83%ac%e3%82%a4%e3%82%b9%e3%81%ae%e3%82%a2%e3%82%ab%e3%82%a6%e3%83%b3%e3%83%88%e9%96%89%e9%8e%96%ef%bc%81%e3%81%9d%e3%81%97%e3%81%a6-2/",
        "https://h9nfp.com/amazon-ban",
    ),
)

JA_ACK = Family(
    id="ja-sp-appeal-received",
    label="acknowledgement",
    language="ja",
    team="seller-performance",
    marketplaces=("JP",),
    senders=_SENDERS + ("no-reply@amazon.co.jp",),
    subjects=(
        "改善計画書を受け付けました",
        "申し立てを受領しました",
        "Re: 出品用アカウントの再開について（受付）",
    ),
    blocks=(
        _GREETING,
        (
            "改善計画書をお送りいただき、ありがとうございます。担当部署で内容を確認しております。",
            "出品者様からの申し立てを受け付けました。現在、審査を行っております。",
            "ご提出いただいた書類を受領いたしました。",
        ),
        (
            "審査の結果は、通常2営業日以内にEメールでお知らせいたします。",
            "審査には数日かかる場合があります。結果が出次第、ご登録のメールアドレスにご連絡します。",
            "確認が完了しましたら、改めてご連絡いたします。",
        ),
        (
            "同じ内容を重複して送信されると、審査が遅れる場合があります。追加のご連絡は不要です。",
            "審査中に改善計画書を再送いただく必要はありません。",
            "",
        ),
        _SIGN,
    ),
    structure=(
        "Receipt only: thanks, the plan / documents arrived and are being reviewed, a usual answer time "
        "(「通常2営業日以内」), and a request not to send the same thing again. No decision, no demand. "
        "Described from the English 'we have received your appeal' letter and its Japanese Seller "
        "Central version (the 48-hour promise quoted in Japanese translation requests)."
    ),
    phrases=("受け付けました", "審査を行っております", "通常2営業日以内", "追加のご連絡は不要です"),
    seen_at=("https://conyac.cc/questions/181052/bodies/263294/translations/485145?locale=en",),
)

JA_REINSTATED = Family(
    id="ja-sp-account-reinstated",
    label="reinstatement",
    language="ja",
    team="seller-performance",
    marketplaces=("JP",),
    senders=_SENDERS,
    subjects=(
        "出品用アカウントが再開されました",
        "出品権限の回復について",
        "Amazon.co.jp 出品用アカウント再開のお知らせ",
    ),
    blocks=(
        _GREETING,
        (
            "出品用アカウントと改善計画書を確認した結果、Amazon.co.jpで再び出品していただけることになりました。",
            "出品者様の出品権限を回復いたしました。出品情報は順次有効になります。",
            "審査の結果、出品用アカウントを再開しました。ご協力いただきありがとうございました。",
        ),
        (
            "保留されていた売上金は、通常の決済スケジュールに従ってお振り込みします。",
            "出品情報が表示されるまで最大24時間かかる場合があります。",
            "",
        ),
        (
            "今後もAmazonのポリシーを遵守し、改善計画書に記載された対策を続けてください。",
            "引き続きアカウント健全性ページで指標をご確認ください。",
        ),
        _SIGN,
    ),
    structure=(
        "Good news in two or three sentences: after reviewing the account and the plan you may sell "
        "again on Amazon.co.jp / privileges restored （出品権限を回復）, funds follow the normal schedule, "
        "listings may take up to a day to show, keep the measures going. Sellers post it after long "
        "exchanges (6 to 7 plans) on their blogs."
    ),
    phrases=(
        "出品権限を回復",
        "再開しました",
        "再び出品していただけます",
        "通常の決済スケジュール",
    ),
    seen_at=(
        "https://effort1215.com/2017/12/28/amazon%E3%82%A2%E3%82%AB%E3%82%A6%E3%83%B3%E3%83%88%E3%81%8C%E5%BE%A9%E6%B4%BB%E3%81%97%E3%81%BE%E3%81%97%E3%81%9F%EF%BC%81%EF%BC%81/",
        "https://humantreasure.jp/resume-amazon-seller-account/",
    ),
)

FAMILIES: tuple[Family, ...] = (JA_NEED_MORE_INFO, JA_DENIAL, JA_ACK, JA_REINSTATED)
