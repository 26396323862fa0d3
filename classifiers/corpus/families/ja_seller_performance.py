"""Japanese Seller Performance mail (Amazon.co.jp and Japanese-language Seller Central).

Japanese notices keep the English skeleton but with their own headings
(「なぜこの措置がとられましたか?」/「この措置がとられた理由」,
「アカウントを再開する方法」), open with 「平素はAmazon.co.jpをご利用いただき、
誠にありがとうございます。」 or 「ご担当者様、」, call the account 出品用アカウント and the
plan of action 改善計画書. Every wording below is our own.
"""

from classifiers.corpus.families import Family

_SP_SENDERS = (
    "seller-performance@amazon.co.jp",
    "Amazon.co.jp 出品者パフォーマンス <seller-performance@amazon.co.jp>",
    "seller-notification@amazon.co.jp",
)
_GREETING = (
    "{seller} 様",
    "ご担当者様、",
    "平素はAmazon.co.jpをご利用いただき、誠にありがとうございます。",
    "{seller} 様\n\nいつもAmazonをご利用いただきありがとうございます。",
)
_DASHBOARD = (
    "出品用アカウントのパフォーマンスは {link} で確認できます。Amazon出品アプリのホーム画面で"
    "「アカウント健全性」を選んで確認することもできます。",
    "アカウント健全性ページ（{link}）で、対象の商品と現在の状況をご確認ください。",
    "",
)
_SIGN = (
    "Amazon.co.jp 出品者パフォーマンスチーム",
    "よろしくお願いいたします。\n\nAmazon.co.jp\nアカウントスペシャリスト",
    "Amazon.co.jp カスタマーサービス\n出品者パフォーマンス",
)

JA_DEACTIVATION = Family(
    id="ja-sp-account-deactivated",
    label="suspension",
    language="ja",
    team="seller-performance",
    marketplaces=("JP",),
    senders=_SP_SENDERS,
    subjects=(
        "Amazon.co.jpからの重要なお知らせ",
        "出品用アカウントの停止について",
        "出品用アカウントが無効になりました",
        "重要：Amazon.co.jp 出品用アカウントに関するお知らせ",
    ),
    blocks=(
        _GREETING,
        (
            "出品者様のAmazon.co.jp出品用アカウントを停止いたしました。出品情報は無効となり、"
            "本件が解決するまで売上金のお振り込みは留保されます。アカウントへの影響を広げないよう、"
            "未出荷の注文がある場合は出荷をお願いいたします。",
            "ご利用のAmazon出品用アカウントは現在無効になっています。出品中の商品は削除され、"
            "売上金はアカウント内に留保されます。受注済みの商品がある場合は、発送を続けてください。",
            "Amazonのビジネスソリューション契約の第3項に基づき、出品者様の出品用アカウントを停止しました。"
            "問題が解決するまで、売上金は口座に振り込まれずアカウントに留保されます。",
        ),
        ("なぜこの措置がとられましたか？", "この措置がとられた理由", "■ 措置の理由"),
        (
            "出品者様のアカウントが、Amazonでの販売が認められていない別のアカウントと関連していることが"
            "判明しました。そのため、現在の出品用アカウントでAmazon.co.jpに出品することはできません。",
            "出品者様のアカウントに対して知的財産権の侵害に関する申し立てが繰り返し寄せられており、"
            "出品履歴について新たな情報もいただいていないためです。対象ASIN: {asins}",
            "Amazon.co.jpでの販売が禁止されている商品を出品されたためです。出品する商品が法令および"
            "Amazonのポリシーを守っているかどうかの確認は、出品者様の責任となります。\nASIN: {asin}\n商品名：{product}",
            "注文不良率が目標の1%を上回っており、購入者の皆様に満足いただける水準に達していないためです。",
        ),
        (
            "アカウントを再開する方法",
            "出品を再開するには",
            "どうすれば出品用アカウントを再開できますか？",
        ),
        (
            "アカウント健全性ページの「申し立て」ボタンから改善計画書をご提出ください。改善計画書には"
            "次の内容を含めてください。\n・問題が起きた根本的な原因\n・問題を解決するために講じた措置\n"
            "・今後同じ問題を防ぐための対策",
            "出品を再開するには、原因、実施した是正措置、再発防止策を記載した改善計画書を送信してください。"
            "提出後、内容を確認し、出品を再開できるかどうかを判断いたします。",
            "この措置に誤りがあるとお考えの場合は、その理由と裏付けとなる資料を添えて申し立てを行ってください。",
        ),
        (
            "{deadline}までに改善計画書が届かない場合、出品用アカウントは停止されたままとなり、"
            "売上金の留保が続くことがあります。",
            "期限（{deadline}）までにご提出いただけない場合、Amazon.co.jpで販売を続けることができなくなる場合があります。",
            "17日以内に有効な改善計画書をご提出いただけない場合、出品用アカウントが閉鎖される場合があります。",
            "",
        ),
        _DASHBOARD,
        _SIGN,
    ),
    structure=(
        "Greeting (「ご担当者様、」 or the seasonal 「平素は…」 line）, a paragraph saying the account is "
        "stopped or closed and that funds are held （売上金の留保） and open orders must still ship, then "
        "the heading 「なぜこの措置がとられましたか？」 with the reason (related account, IP complaints with "
        "a bare list of ASINs, prohibited product), then 「アカウントを再開する方法」 asking for an 改善計画書 "
        "with root cause / action taken / prevention, sometimes a deadline (「…までに」), the Account "
        "Health dashboard link, signature. Real mail also says 閉鎖 for the same letter."
    ),
    phrases=(
        "出品用アカウント",
        "なぜこの措置がとられましたか？",
        "アカウントを再開する方法",
        "改善計画書",
        "売上金の留保",
        "ビジネスソリューション契約の第3項",
        "アカウント健全性",
    ),
    seen_at=(
        "https://sellercentral.amazon.co.jp/forums/t/topic/2138/6",
        "https://forum.ec-masters.net/post_view.php?id=13256",
        "https://effort1215.com/2017/12/28/amazon%E3%82%A2%E3%82%AB%E3%82%A6%E3%83%B3%E3%83%88%E3%81%8C%E5%BE%A9%E6%B4%BB%E3%81%97%E3%81%BE%E3%81%97%E3%81%9F%EF%BC%81%EF%BC%81/",
    ),
)

JA_AUTHENTICITY = Family(
    id="ja-sp-authenticity-invoices",
    label="suspension",
    language="ja",
    team="seller-performance",
    marketplaces=("JP",),
    senders=_SP_SENDERS,
    subjects=(
        "Amazon.co.jpからの重要なお知らせ",
        "真贋に関する申し立てについて",
        "出品用アカウントの一時停止：書類のご提出のお願い",
    ),
    blocks=(
        _GREETING,
        (
            "出品者様が出品された商品について、真贋に関する申し立てが寄せられたため、"
            "Amazon.co.jpの出品用アカウントを一時的に停止いたしました。",
            "購入者から、お届けした商品が本物ではないとのご連絡がありました。調査のため、"
            "出品者様の出品権限を一時停止しております。",
        ),
        ("対象ASIN: {asins}", "ASIN: {asin}\n商品名：{product}", "対象商品：{product}({asin})"),
        (
            "出品の再開をご希望の場合は、以下の書類をご提出ください。\n"
            "— 仕入れ先が発行した請求書、領収書、または契約書の写し（過去365日以内に発行されたもの）\n"
            "— 仕入れ先の名称、住所、電話番号、ウェブサイト\n"
            "— 出品者様が権利者でない場合は、権利者からの委任状または流通経路を示す書類",
            "次の書類をお送りいただくまで、出品を再開することはできません。\n"
            "・仕入れ先の連絡先が記載された請求書（記載された数量が販売数と一致していること）\n"
            "・ブランドの正規販売店であることを示す書類\n"
            "・上記の内容を踏まえた改善計画書",
        ),
        (
            "価格情報は黒塗りしていただいて構いませんが、それ以外の部分は判読できる状態にしてください。"
            "書類は改ざんのない、本物である必要があります。",
            "PDF、JPG、PNG形式でご提出いただけます。書類は日本語または英語のものをお送りください。",
        ),
        (
            "{deadline}までに書類をご提出いただけない場合、出品用アカウントが閉鎖されることがあります。",
            "ご提出の期限は{deadline}です。",
            "",
        ),
        _DASHBOARD,
        _SIGN,
    ),
    structure=(
        "Subject often the generic 「Amazon.co.jpからの重要なお知らせ」. One paragraph: a 真贋 "
        "(authenticity) complaint led to the account being stopped; the ASINs; then a dashed list of "
        "documents (supplier invoices/領収書 within a stated period, quantities matching, 委任状 or "
        "distribution-chain papers if not the rights owner), format rules （価格は黒塗り可）, sometimes a "
        "deadline, signature. Documents are the heart of this letter; it is still a suspension."
    ),
    phrases=("真贋", "仕入れ先", "請求書", "委任状", "発行日から", "出品アカウントを停止"),
    seen_at=("https://richmompoormomblog.com/amazonkaizennsyo",),
)

JA_IP_LISTING = Family(
    id="ja-nd-listing-removed-ip",
    label="suspension",
    language="ja",
    team="notice-dispute",
    marketplaces=("JP",),
    senders=("notice-dispute@amazon.co.jp", "seller-performance@amazon.co.jp"),
    subjects=(
        "必要なアクション：Amazonの出品者としての出品が停止となりました",
        "知的財産権の侵害の申し立てにより出品を削除しました",
        "出品停止のお知らせ：ASIN {asin}",
    ),
    blocks=(
        _GREETING,
        (
            "このEメールの下部に記載されている出品情報を一時的に停止しました。出品者様の出品情報が"
            "他者の知的財産権を侵害している疑いがあるためです。",
            "権利者から、出品者様の出品が知的財産権を侵害しているとの申し立てを受けたため、"
            "該当する出品を削除いたしました。",
        ),
        (
            "権利者：{rights_owner}\n申し立て番号：{complaint_id}\nASIN: {asin}\n商品名：{product}",
            "対象ASIN: {asins}\n申し立て番号：{complaint_id}\n権利者の連絡先：{rights_owner}",
        ),
        (
            "この申し立てが誤りであるとお考えの場合は、権利者に直接連絡して申し立ての取り下げを"
            "依頼してください。取り下げが行われた場合、出品は再開されます。",
            "出品を再開するには、権利者による申し立ての取り下げ、または出品が権利を侵害していないことを"
            "示す書類（請求書、権利者の許諾書など）が必要です。",
        ),
        (
            "知的財産権の侵害が繰り返された場合、出品用アカウントが停止されることがあります。",
            "今後も同様の申し立てがあった場合、出品権限が取り消される可能性があります。",
        ),
        _SIGN,
    ),
    structure=(
        "Notice-dispute letter about listings, not the whole account: subject with 「必要なアクション」, "
        "the ASIN(s), the rights owner and the complaint number （申し立て番号）, how to get it withdrawn "
        "(contact the rights owner, or send invoices / authorisation), and a warning that repeated "
        "infringement can stop the account. Label suspension: a listing was removed."
    ),
    phrases=("必要なアクション", "知的財産権", "権利者", "申し立ての取り下げ", "出品を削除"),
    seen_at=("https://hinoeuma.com/self-employment/post-9982/",),
)

FAMILIES: tuple[Family, ...] = (JA_DEACTIVATION, JA_AUTHENTICITY, JA_IP_LISTING)
