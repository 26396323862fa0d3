"""Simplified Chinese mail that is not a decision: the closed-address reply and everyday mail.

Chinese sellers also get funds-release notices, inbound FBA shipment mail and
service-provider marketing in Chinese; all of it says 账户 and 亚马逊 but is
`other`. Wording is our own.
"""

from classifiers.corpus.families import Family

ZH_REDIRECT = Family(
    id="zh-sp-closed-address-reply",
    label="redirect_closed_queue",
    language="zh",
    team="seller-performance",
    marketplaces=("US", "UK", "DE", "CN"),
    senders=("seller-performance@{domain}", "no-replies-appeals@amazon.com"),
    subjects=("自动回复：此邮箱不接受申诉", "回复：行动计划", "您的邮件未被处理"),
    blocks=(
        ("您好，", "尊敬的卖家：", "此邮件为系统自动发送。"),
        (
            "此电子邮件地址不再接受申诉或行动计划，您发送的邮件不会被审核。",
            "您发送到此地址的邮件无法送达负责审核的团队。",
            "此邮箱仅用于发送通知，无法接收回复。",
        ),
        (
            "如需申诉，请登录卖家平台，前往“账户状况”页面（{link}），点击“申诉”按钮提交。",
            "请在“绩效通知”页面找到相关通知，点击旁边的“申诉”按钮重新提交您的行动计划。",
            "如有疑问，请通过卖家平台的“帮助”联系卖家支持：{link}",
        ),
        ("此致\nAmazon.com", "亚马逊卖家绩效团队"),
    ),
    structure=(
        "Auto-reply from a send-only or retired address: the mail was not read, appeals go through the "
        "Account Health page / the Appeal button on Performance Notifications, or Seller Support. "
        "Chinese guides list no-replies-appeals@amazon.com as a notice address that takes no replies; "
        "this is the Chinese version of the English closed-queue reply."
    ),
    phrases=("不再接受申诉", "账户状况", "申诉按钮", "无法接收回复"),
    seen_at=("https://zuoooo.com/blog/ec/4873.html",),
)

ZH_FUNDS = Family(
    id="zh-other-disbursement-and-fba",
    label="other",
    language="zh",
    team="marketplace",
    marketplaces=("US", "UK", "DE", "CN"),
    senders=("payments-messages@{domain}", "fba-noreply@amazon.com"),
    subjects=("您的款项已发放", "亚马逊物流货件已接收：{case_id}", "结算报告已生成"),
    blocks=(
        ("您好，", "{seller} 您好："),
        (
            "我们已于 {date} 向您登记的银行账户发放 {amount}。到账时间可能需要3至5个工作日。",
            "您的亚马逊物流货件 {case_id} 已在运营中心完成接收，库存将很快可供销售。",
            "本结算周期的结算报告已生成，您可以在卖家平台的“付款”页面查看：{link}",
        ),
        ("如有疑问，请访问卖家平台帮助页面。", ""),
        ("Amazon.com", "亚马逊卖家服务"),
    ),
    structure=(
        "Routine money and FBA mail in Chinese: a disbursement with amount and date, an inbound FBA "
        "shipment received, a settlement report ready. Nothing about the account's standing: other. "
        "Chinese pages mention the separate disbursement-appeals address for funds; this family is the "
        "ordinary payment notice."
    ),
    phrases=("款项已发放", "结算报告", "亚马逊物流"),
    seen_at=("https://www.3835.com/news/29061.html",),
)

ZH_PROVIDER = Family(
    id="zh-other-service-provider-ad",
    label="other",
    language="zh",
    team="not-amazon",
    marketplaces=("US", "UK", "DE", "CN"),
    senders=("service@kuajing-helper.cn", "news@seller-tools.cn"),
    subjects=(
        "亚马逊封号怎么办？专业申诉团队帮您解决",
        "跨境卖家周报：旺季备货指南",
        "限时优惠：选品工具年费八折",
    ),
    blocks=(
        ("各位卖家朋友：", "亲爱的卖家："),
        (
            "账户被停用、资金被冻结？我们的团队已帮助上千家卖家成功申诉，提供行动计划撰写和一对一咨询。",
            "本期周报：旺季备货节奏、广告预算分配，以及亚马逊最新政策解读。",
            "选品工具年费限时八折，仅剩最后三天，点击了解：{link}",
        ),
        ("如不希望再收到此类邮件，请点击退订。", "本邮件由系统发送，请勿直接回复。"),
    ),
    structure=(
        "Not from Amazon: cross-border service providers' newsletters and ads in Chinese, some selling "
        "appeal writing ('封号怎么办'). Full of 停用， 申诉， 行动计划， yet label other; a hard negative."
    ),
    phrases=("专业申诉", "退订"),
    seen_at=("https://m.sboyo.com/1/2510021.html",),
)

FAMILIES: tuple[Family, ...] = (ZH_REDIRECT, ZH_FUNDS, ZH_PROVIDER)
