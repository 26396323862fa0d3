"""Japanese (amazon.co.jp): no spaces between words, so no ``\\b``; deadlines follow the date.

"2026年5月4日までに" puts its cue after the date (``deadline_after``), relative
spans read "17日以内" / "5営業日以内", and a request ends its sentence ("ご提出ください").
"""

from __future__ import annotations

from intake.extract.languages.lexicon import Lexicon

_POLICIES = {
    "condition": r"中古品を新品として|コンディション(?:に関する)?(?:苦情|ガイドライン)",
    "inauthentic": r"真贋|真正性|偽造品|偽物|模倣品|本物ではない|正規品ではない",
    "intellectual_property": r"知的財産|商標|著作権|特許|権利者|権利侵害",
    "order_defect_rate": r"注文不良率",
    "late_shipment": r"出荷遅延|発送遅延",
    "cancellation_rate": r"(?:出荷前)?キャンセル率",
    "valid_tracking": r"有効(?:な)?追跡率",
    "related_accounts": r"関連(?:する|付けられた)?アカウント|複数のアカウント",
    "dangerous_goods": r"危険物",
    "restricted_products": r"制限対象商品|出品制限|出品禁止商品|規制対象商品",
    "pricing": r"価格設定|公正な価格|不当な価格|価格のつり上げ",
    "reviews": r"レビューの?(?:操作|不正)|カスタマーレビューに関するポリシー",
    "identity_verification": r"本人確認|身元確認",
    "product_safety": r"(?:製品|商品)の?安全|安全(?:性)?に関する(?:苦情|懸念|問題)",
    "listing_policy": r"出品ポリシー|商品詳細ページ(?:の)?ルール",
    "code_of_conduct": r"行動規範",
}

_DOCUMENTS = {
    "invoices": r"(?<!料金の)請求書|領収書|納品書|購入証明",
    "supplier_contacts": (
        r"(?:仕入れ?先|サプライヤー|製造元|卸売業者)の?(?:連絡先|情報|名称|住所|電話番号)"
    ),
    "letter_of_authorization": r"委任状|許諾書|権利者(?:から)?の?(?:許可|承諾)",
    "plan_of_action": r"改善計画書?|業務改善計画|行動計画",
    "identity_document": r"身分証明書|パスポート|運転免許証|マイナンバーカード",
    "utility_bill": r"公共料金の?(?:請求書|領収書|明細)|住所(?:の)?証明",
    "bank_statement": r"(?:銀行|口座)の?(?:取引)?明細|クレジットカードの?(?:利用)?明細",
    "safety_data_sheet": r"安全データシート",
    "test_report": r"(?:試験|検査)(?:結果)?報告書|テストレポート",
    "compliance_certificate": r"適合(?:性)?(?:証明書|宣言書)",
    "product_images": r"(?:商品|製品|パッケージ|ラベル)の?(?:画像|写真)",
    "business_license": r"登記簿謄本|履歴事項全部証明書|営業許可証|事業者登録",
    "tracking_information": r"追跡番号|配送伝票|配達証明",
    "distribution_agreement": r"(?:販売)?代理店契約|流通経路(?:の|を)?証明",
}

# "90日以内の請求書" (an invoice dated within 90 days) and "過去30日以内" name an age, not a
# deadline: a span followed by の or after 過去/直近/最近 does not count.
_SPAN = (
    r"(?<!過去)(?<!直近)(?<!最近)(?<!\d){amount}\s*(?P<kind>営業)?(?P<unit>日|時間|週間)"
    r"\s*以内(?![の的])"
)

LEXICON = Lexicon(
    code="ja",
    policies=_POLICIES,
    documents=_DOCUMENTS,
    request=(
        r"(?:ご?提出|ご?提供|ご?送付|お送り|アップロード|ご?添付)(?:して)?(?:ください|願います"
        r"|いただきますよう|いただけますよう|いただく必要があります)|(?:提出|提供)が必要"
        r"|必要(?:な|となる)(?:書類|情報)|(?:以下|次)の(?:書類|情報|資料)|含めてください|不足してい"
    ),
    refusal=r"不要|必要ありません|必要はありません|送らないで|提出しないで|お送りいただく必要はございません",
    clause_break=r"ただし|しかし",
    deadline_cues=r"(?:提出|回答)?期限\s*[:：は]?|締め切り\s*[:：は]?",
    deadline_after=r"\s*(?:[(（][^)）]{1,4}[)）])?\s*(?:まで|迄)",
    relative=(_SPAN,),
    hour_units=("時間",),
    week_units=("週",),
    business_kinds=("営業",),
    asks_to_act=r"提出|提供|送付|回答|申し立て|お願い|ください|改善計画|停止|削除|無効|対応|アクション",
    our_promise=r"(?:当社|Amazon)(?:は|が|で)|いたします|させていただきます",
    seller_duty=r"ください|必要があります|お願い",
)
