"""Japanese everyday marketplace mail: FBA, storage, ads, returns, tax, deals.

A Japanese seller's inbox is mostly this, and it says 出品者, アカウント,
セラーセントラル and 期限 like a notice does; nothing here is about the
account's standing, so every family is `other`. One kind of mail per family,
so that leaving one out still leaves its neighbours. Wording is our own.
"""

from classifiers.corpus.families import Family

_HELLO = ("{seller} 様", "出品者様", "いつもAmazon.co.jpをご利用いただきありがとうございます。")
_SIGN = ("Amazon.co.jp", "Amazon.co.jp 出品サービス", "Amazonセラーセントラル")

JA_FBA_INBOUND = Family(
    id="ja-mk-fba-inbound-status",
    label="other",
    language="ja",
    team="marketplace",
    marketplaces=("JP",),
    senders=("fba-noreply@amazon.co.jp", "seller-notification@amazon.co.jp"),
    subjects=(
        "納品 {case_id} の受領を開始しました",
        "FBA納品の受領が完了しました：{case_id}",
        "納品 {case_id}：輸送箱内の商品情報が不足しています",
    ),
    blocks=(
        _HELLO,
        (
            "納品 {case_id} がフルフィルメントセンターに到着し、受領作業を開始しました。",
            "納品 {case_id} の受領が完了しました。受領数が出荷通知の数量より8点少なくなっています。",
            "納品 {case_id} の一部の輸送箱で、輸送箱内の商品情報が入力されていません。",
        ),
        (
            "受領した商品は、通常3〜5日で販売可能な状態になります。",
            "数量に相違がある場合は、納品の内容ページの「調査を依頼」から確認をお申し込みください。",
            "今後の納品では、輸送箱ごとに商品情報を入力してください。手作業での処理には手数料がかかる場合があります。",
        ),
        ("納品の詳細を確認する：{link}", ""),
        _SIGN,
    ),
    structure=(
        "Inbound FBA shipment mail: receiving started, receiving complete with a quantity "
        "difference and how to ask for an investigation, or box content information missing. "
        "Logistics, not a notice: other. Seller Central JP help describes the same 納品 steps."
    ),
    phrases=("納品", "フルフィルメントセンター", "受領", "輸送箱内の商品情報"),
    seen_at=(
        "https://sellercentral.amazon.co.jp/gp/help/external/help-popup.html/?itemID=201021870&language=ja_JP&ref=efph_201021870_cont_201021830",
        "https://katosatoshi.jp/blog/knowhow/selling/shipping/921",
    ),
)

JA_STORAGE = Family(
    id="ja-mk-storage-removal-notice",
    label="other",
    language="ja",
    team="marketplace",
    marketplaces=("JP",),
    senders=("fba-noreply@amazon.co.jp", "seller-notification@amazon.co.jp"),
    subjects=(
        "【30日通知】販売不可の在庫の返送または所有権の放棄について",
        "長期在庫保管手数料のお知らせ",
        "在庫保管上限が更新されました",
    ),
    blocks=(
        _HELLO,
        (
            "フルフィルメントセンターに販売不可の在庫があります。{deadline}までに返送または所有権の放棄を依頼してください。",
            "365日を超えて保管されている在庫には、次回の在庫確認日に長期在庫保管手数料が発生します。",
            "来月の在庫保管上限が更新されました。在庫パフォーマンスページで新しい上限をご確認ください。",
        ),
        (
            "対象商品：{product}（ASIN {asin}）",
            "期限までに対応がない場合、商品は廃棄される可能性があります。",
            "「返送推奨」レポートで対象の在庫を確認できます。",
        ),
        ("自動返送/所有権の放棄を設定すると、今後は手動の手続きが不要になります。", "詳細：{link}"),
        _SIGN,
    ),
    structure=(
        "FBA inventory housekeeping: the 30-day notice to remove unfulfillable units, long-term "
        "storage fees coming, storage limits updated. Has a deadline and an ASIN, yet is routine: "
        "other."
    ),
    phrases=("返送または所有権の放棄", "長期在庫保管手数料", "在庫保管上限", "返送推奨"),
    seen_at=(
        "https://sellercentral-japan.amazon.com/gp/help/external/G202000820?language=ja_JP&ref=efph_G202000820_cont_201436560",
    ),
)

JA_AD_PAYMENT = Family(
    id="ja-mk-ad-payment-failed",
    label="other",
    language="ja",
    team="marketplace",
    marketplaces=("JP",),
    senders=("advertising-noreply@amazon.co.jp", "Amazon広告 <no-reply@advertising.amazon.co.jp>"),
    subjects=(
        "Amazon広告：お支払いができませんでした",
        "広告キャンペーンが一時停止されています",
        "広告費の請求に失敗しました（{date}）",
    ),
    blocks=(
        _HELLO,
        (
            "ご登録のクレジットカードで広告費 {amount} を請求しようとしましたが、決済できませんでした。",
            "{date} の広告費の請求が失敗したため、広告アカウントが支払い失敗の状態になっています。",
        ),
        (
            "お支払いが確認できるまで、スポンサープロダクト広告のキャンペーンは一時停止されます。商品の販売は引き続き可能です。",
            "キャンペーンの配信を再開するには、お支払い方法を更新してください。",
        ),
        (
            "「設定」>「出品用アカウント情報」>「広告の請求方法」からカード情報を更新するか、請求書ページで再試行してください：{link}",
            "更新後、広告の配信が再開されるまで最大24時間かかる場合があります。",
        ),
        ("Amazon広告", "Amazon.co.jp 広告チーム"),
    ),
    structure=(
        "Advertising billing failure: the card was declined for the ad invoice, campaigns paused "
        "(selling continues), update the payment method or retry. About ads only: other."
    ),
    phrases=("広告費", "支払い失敗", "キャンペーン", "お支払い方法を更新"),
    seen_at=("https://global.lianlianpay.com/channel/9-20669.html",),
)

JA_RETURN = Family(
    id="ja-mk-return-request",
    label="other",
    language="ja",
    team="marketplace",
    marketplaces=("JP",),
    senders=("return@amazon.co.jp", "seller-notification@amazon.co.jp"),
    subjects=(
        "返品リクエスト：注文番号 {order_id}",
        "購入者から返品の依頼がありました",
        "返品された商品が到着しました",
    ),
    blocks=(
        _HELLO,
        (
            "購入者が注文 {order_id} の返品をリクエストしました。\n返品理由：商品の不具合\n商品：{product}",
            "注文 {order_id} の購入者から、{product} の返品依頼が届いています。理由：不要になった",
            "承認済みの返品（注文 {order_id}）が到着しました。商品の状態を確認して返金してください。",
        ),
        (
            "返品リクエストには24時間以内に返答することをお勧めします。返品管理ページで承認または終了できます。",
            "返品理由が返品ポリシーの対象外の場合は、リクエストを終了することもできます。",
            "返金は、商品の到着後2営業日以内に行ってください。",
        ),
        ("返品管理：{link}", ""),
        _SIGN,
    ),
    structure=(
        "Return request mail: order number, product and the buyer's reason, answer within 24 hours "
        "on the 返品管理 page (approve, close, refund). Customer service, not a notice: other."
    ),
    phrases=("返品リクエスト", "返品管理", "24時間以内に返答"),
    seen_at=(
        "https://sellercentral.amazon.co.jp/gp/help/external/200708210?language=ja_JP&ref=efph_200708210_cont_200379860",
        "https://sellercentral.amazon.co.jp/gp/help/external/201725690?language=ja_JP&ref=efph_201725690_cont_200708210",
    ),
)

JA_TAX = Family(
    id="ja-mk-tax-invoice-registration",
    label="other",
    language="ja",
    team="marketplace",
    marketplaces=("JP",),
    senders=("tax-notification@amazon.co.jp", "seller-notification@amazon.co.jp"),
    subjects=(
        "適格請求書発行事業者の登録番号をご登録ください",
        "税務情報の更新のお願い",
        "月次の消費税レポートが作成されました",
    ),
    blocks=(
        _HELLO,
        (
            "インボイス制度に対応するため、適格請求書発行事業者の登録番号をセラーセントラルにご登録ください。",
            "出品用アカウントの税務情報が最新ではない可能性があります。「設定」>「税務情報」をご確認ください。",
            "先月分の消費税計算レポートが作成されました。「レポート」>「税務書類ライブラリー」からダウンロードできます。",
        ),
        (
            "登録番号を入力すると、購入者向けの適格請求書に自動で記載されます。",
            "ご登録の事業者名と住所が、税務署に届け出た情報と一致していることを確認してください。",
            "本レポートは参考資料です。申告内容は税理士にご確認ください。",
        ),
        ("税務情報ページ：{link}", ""),
        _SIGN,
    ),
    structure=(
        "Tax housekeeping: register the qualified-invoice number, update tax information, monthly "
        "consumption-tax report ready. Nothing about the account's standing: other."
    ),
    phrases=("適格請求書発行事業者", "登録番号", "税務情報", "消費税"),
    seen_at=(
        "https://sellercentral.amazon.co.jp/gp/help/external/help.html?itemID=FWD9CY4S3C3XHUB&language=ja-JP&ref=efph_FWD9CY4S3C3XHUB_relt_KA5863V3RA759RM",
        "https://axalpha.com/blog/インボイス制度_amazon出品者向けガイド",
    ),
)

JA_DEAL = Family(
    id="ja-mk-deal-coupon-status",
    label="other",
    language="ja",
    team="marketplace",
    marketplaces=("JP",),
    senders=("deals-noreply@amazon.co.jp", "seller-notification@amazon.co.jp"),
    subjects=(
        "タイムセールが承認されました：{product}",
        "クーポンの配信が開始されました",
        "プロモーションの審査結果のお知らせ",
    ),
    blocks=(
        _HELLO,
        (
            "{product}（ASIN {asin}）のタイムセールが承認されました。開始日時：{date}",
            "作成したクーポンの配信が開始され、商品詳細ページに表示されています。",
            "申請いただいたプロモーションは、評価または価格の条件を満たしていないため承認されませんでした。",
        ),
        (
            "セール期間中は十分な在庫を確保し、セール価格を上回る価格に変更しないでください。",
            "終了後は「広告」>「タイムセール」ページで実績を確認できます。",
            "価格を見直して再度申請するか、対象となる別の商品をお選びください。",
        ),
        ("プロモーションの管理：{link}", ""),
        _SIGN,
    ),
    structure=(
        "Promotions: a Lightning Deal approved with its start time, a coupon live, a promotion not "
        "approved (rating or price). Marketing status mail: other even when it says 承認されません."
    ),
    phrases=("タイムセール", "クーポン", "プロモーション"),
    seen_at=(
        "https://sellercentral-japan.amazon.com/forums/t/topic/90023",
        "https://sellercentral-japan.amazon.com/seller-forums/discussions/t/eb12635a5f0fa44250662d93815dd091",
    ),
)

JA_SETTINGS = Family(
    id="ja-mk-account-settings-changed",
    label="other",
    language="ja",
    team="marketplace",
    marketplaces=("JP",),
    senders=("seller-notification@amazon.co.jp", "account-update@amazon.co.jp"),
    subjects=(
        "入金用口座の情報が変更されました",
        "通知用Eメールアドレスの変更のお知らせ",
        "新しい端末からセラーセントラルへのサインインがありました",
    ),
    blocks=(
        _HELLO,
        (
            "{date}、出品用アカウントの入金用口座の情報が更新されました。",
            "セラーセントラルの通知用Eメールアドレスが変更されました。",
            "新しいブラウザまたは端末から、出品用アカウントへのサインインがありました。",
        ),
        (
            "この変更にお心当たりがある場合、対応は必要ありません。",
            "お心当たりがない場合は、すぐにパスワードを変更し、出品者サポートにご連絡ください。",
            "セキュリティ保護のため、変更後しばらくの間はお振り込みが保留される場合があります。",
        ),
        ("出品用アカウント情報：{link}", ""),
        _SIGN,
    ),
    structure=(
        "Account-settings notice: deposit bank account changed, notification e-mail changed, "
        "sign-in from a new device; nothing to do if it was you, otherwise change the password. "
        "Security housekeeping, not a decision: other (sellers describe the brief lock that can "
        "follow a bank change)."
    ),
    phrases=("入金用口座", "通知用Eメール", "お心当たり"),
    seen_at=("https://kanekenlabo.com/amazon-bank-account-change-1",),
)

JA_ATOZ = Family(
    id="ja-mk-atoz-claim",
    label="other",
    language="ja",
    team="marketplace",
    marketplaces=("JP",),
    senders=("atoz-guarantee-no-reply@amazon.co.jp", "seller-notification@amazon.co.jp"),
    subjects=(
        "注文番号 {order_id} のAmazonマーケットプレイス保証申請",
        "対応が必要です：マーケットプレイス保証申請",
    ),
    blocks=(
        _HELLO,
        (
            "購入者が注文 {order_id}（{product}）についてAmazonマーケットプレイス保証を申請しました。理由：商品が届かない",
            "購入者の保証申請を調査するため、注文 {order_id} に関する情報が必要です。",
        ),
        (
            "48時間以内に、追跡番号、配送業者、配達の証明をご提供ください。ご回答がない場合、申請は購入者に有利に"
            "決定され、{amount} がアカウントから差し引かれます。",
            "状況をご説明いただくか、購入者に返金して申請を終了することができます。",
        ),
        (
            "「パフォーマンス」>「Amazonマーケットプレイス保証申請」から回答してください：{link}",
            "申請の「Amazonに回答」ボタンをご利用ください。",
        ),
        _SIGN,
    ),
    structure=(
        "Order-level A-to-z claim in Japanese (マーケットプレイス保証申請): claim for one order, send "
        "tracking and proof of delivery within 48 hours or it is granted and debited. One order, "
        "not the account: other."
    ),
    phrases=("マーケットプレイス保証", "48時間以内", "Amazonに回答"),
    seen_at=("https://tap-biz.jp/lifestyle/living/1134322?page=3",),
)


FAMILIES: tuple[Family, ...] = (
    JA_FBA_INBOUND,
    JA_STORAGE,
    JA_AD_PAYMENT,
    JA_RETURN,
    JA_TAX,
    JA_DEAL,
    JA_SETTINGS,
    JA_ATOZ,
)
