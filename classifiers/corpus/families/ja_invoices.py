"""Japanese request for supplier invoices during an appeal (need_more_info).

The Amazon.co.jp version of the invoice request sellers quote (said in ``structure``);
wording is our own.
"""

from classifiers.corpus.families import Family

JA_INVOICES = Family(
    id="ja-sp-more-info-invoices",
    label="need_more_info",
    language="ja",
    team="seller-performance",
    marketplaces=("JP",),
    senders=("seller-performance@{domain}", "seller-notification@{domain}"),
    subjects=("申し立てに関する追加書類のお願い", "ASIN {asin}の請求書について"),
    blocks=(
        ("出品者様", "{seller} 様"),
        (
            "申し立てをお送りいただきありがとうございます。審査を続けるため、仕入れ先の請求書が必要です。",
            "ご提出いただいた書類では確認ができませんでした。追加の資料をお送りください。",
            "書類は受け取りましたが、ASIN {asin}の仕入れを証明する資料がまだ不足しています。",
        ),
        (
            "過去365日以内に発行され、仕入れ先の名称と住所、購入数量が記載された請求書をご提出ください。",
            "請求書は判読可能で、出品者様の名義であり、販売数量以上をカバーしている必要があります。価格は伏せていただいて構いません。",
        ),
        (
            "{deadline}までにアカウント健全性のページからアップロードしてください。",
            "{deadline}までに必要書類を添えてご返信ください。",
        ),
        ("よろしくお願いいたします。\nAmazon.co.jp", "Amazon.co.jp 出品者パフォーマンス"),
    ),
    structure=(
        "Mid-appeal request for supplier invoices: appeal received or documents unverifiable, "
        "invoices from the last 365 days with supplier name, address and quantities, legible, "
        "prices may be hidden, upload by a deadline. Amazon.co.jp version of the letter sellers quote."
    ),
    phrases=("請求書", "過去365日以内"),
    seen_at=("https://richmompoormomblog.com/amazonkaizennsyo",),
)

FAMILIES: tuple[Family, ...] = (JA_INVOICES,)
