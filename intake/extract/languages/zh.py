"""Chinese (sellers in China read amazon.com, .co.jp and .de notices translated): no spaces.

Simplified and traditional characters both match. Deadlines read "请于2026年5月4日前"
(the cue may follow the date: ``deadline_after``) and "17天内" / "5个工作日内".
"""

from __future__ import annotations

from intake.extract.languages.lexicon import Lexicon

_POLICIES = {
    "condition": r"二手商品作为新品|商品(?:状况|狀況)投诉",
    "inauthentic": r"假冒|仿冒|非正品|不真实|真实性|真實性|真伪|假货",
    "intellectual_property": (
        r"知识产权|知識產權|商标|商標|版权|版權|著作权|专利|專利|权利所有人|权利人|侵权|侵權"
    ),
    "order_defect_rate": r"订单缺陷率|訂單瑕疵率|訂單缺陷率",
    "late_shipment": r"迟发|遲發|延迟发货|延遲出貨",
    "cancellation_rate": r"(?:配送前)?取消率",
    "valid_tracking": r"有效追[踪蹤]率",
    "related_accounts": r"[关關]联(?:的)?[账帳]户|關聯帳戶|相关账户|多个账户",
    "dangerous_goods": r"危险品|危險品",
    "restricted_products": r"受限(?:商品|产品|產品)|限制(?:商品|产品)|禁售(?:商品|产品)",
    "pricing": r"定价政策|公平定价|哄抬价格|价格欺诈|定價政策",
    "reviews": r"操纵评论|评论操纵|(?:商品|买家)评论政策",
    "identity_verification": r"身份(?:验证|驗證|审核|審核)|验证您的身份",
    "product_safety": r"(?:产品|商品|產品)安全|安全(?:投诉|问题|隐患)",
    "listing_policy": r"商品信息政策|商品详情页(?:面)?规则",
    "code_of_conduct": r"行为准则|行為準則",
}

_DOCUMENTS = {
    "invoices": r"发票|發票|收据|收據|采购凭证|购买凭证",
    "supplier_contacts": r"供[应應]商(?:的)?(?:联系|聯繫|联络|信息|資訊|名称|名稱|地址|电话)",
    "letter_of_authorization": r"授权书|授權書|授权信|授權信|品牌授权",
    "plan_of_action": r"行动计划|行動計劃|改进计划|整改计划|申诉计划",
    "identity_document": r"身份证|身分證|护照|護照|驾驶证|驾照",
    "utility_bill": (
        r"水电费账单|公用事业账单|(?:燃气|天然气|电力|自来水|互联网服务)(?:或\S{0,12})?账单"
    ),
    "bank_statement": r"银行对账单|銀行對帳單|银行流水|信用卡账单|信用卡對帳單",
    "safety_data_sheet": r"安全数据表|安全技术说明书",
    "test_report": r"(?:检测|检验|测试|測試|檢測)报告|測試報告|檢測報告",
    "compliance_certificate": r"合规证书|符合性(?:证书|声明)|合格证",
    "product_images": r"(?:商品|产品|產品|包装|包裝|标签)(?:图片|照片|圖片)",
    "business_license": r"营业执照|營業執照|公司注册证明",
    "tracking_information": r"追踪编[码號]|追蹤編號|跟踪号|物流单号|配送证明",
    "distribution_agreement": r"(?:分销|经销|代理)协议",
}

# "最近90天内的账单" (a bill dated within the last 90 days) names an age, not a deadline.
_SPAN = (
    r"(?<!最近)(?<!过去)(?<!過去)(?<!最近\s)(?<!\d){amount}\s*(?:个|個)?\s*(?P<kind>工作)?"
    r"(?P<unit>天|日|小时|小時|周|星期|週)\s*(?:之内|之內|以内|以內|内|內)(?![的の])"
)

LEXICON = Lexicon(
    code="zh",
    policies=_POLICIES,
    documents=_DOCUMENTS,
    request=(
        r"请(?:您)?(?:\S{0,8}?)(?:提供|提交|发送|上传|附上)|請(?:您)?(?:\S{0,8}?)(?:提供|提交|上傳)"
        r"|(?:需要|必须)(?:您)?(?:向我们)?(?:提供|提交)|以下(?:文件|文档|信息|資料)|缺少"
    ),
    refusal=r"不需要|无需|無需|请勿|請勿|不要(?:发送|提交)",
    clause_break=r"但是|不过",
    deadline_cues=r"截止(?:日期|时间)?\s*[:：为]?|期限\s*[:：为]?|请于|請於|请在|最迟(?:于|在)?|不晚于",
    deadline_after=r"\s*(?:[(（][^)）]{1,4}[)）])?\s*(?:之前|以前|前|为止)",
    relative=(_SPAN,),
    hour_units=("小时", "小時"),
    week_units=("周", "星期", "週"),
    business_kinds=("工作",),
    asks_to_act=r"提交|提供|申诉|申訴|回复|请|請|否则|停用|删除",
    our_promise=r"我们(?:将|会)|我們(?:將|會)",
    seller_duty=r"请|請|您必须|您需要",
)
