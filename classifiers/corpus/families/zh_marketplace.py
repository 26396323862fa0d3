"""Simplified Chinese everyday marketplace mail: money, FBA, ads, tax, deals, orders, returns.

Chinese sellers get far more of this than notices, and all of it says 账户,
卖家平台 and 亚马逊; none of it is about the account's standing, so every
family here is `other`. Each is one kind of routine mail, so that leaving one
out still leaves its neighbours to learn from. Wording is our own.
"""

from classifiers.corpus.families import Family

_HELLO = ("您好，", "{seller} 您好：", "尊敬的卖家：", "亲爱的卖家，")
_SIGN = ("亚马逊卖家服务", "此致\n亚马逊全球开店", "Amazon.com", "亚马逊团队")

ZH_AD_PAYMENT = Family(
    id="zh-mk-ad-payment-failed",
    label="other",
    language="zh",
    team="marketplace",
    marketplaces=("US", "UK", "DE", "JP"),
    senders=("advertising-noreply@amazon.com", "亚马逊广告 <no-reply@advertising.amazon.com>"),
    subjects=(
        "操作提醒：广告付款失败",
        "您的广告活动已暂停：付款方式需要更新",
        "亚马逊广告：{date} 的账单扣款未成功",
    ),
    blocks=(
        _HELLO,
        (
            "我们多次尝试通过您的广告收费方式扣除广告费用 {amount}，但均未成功。",
            "您在 {date} 的广告账单未能成功扣款，金额为 {amount}。",
            "由于您的信用卡无法扣款，您的广告账户已进入付款失败状态。",
        ),
        (
            "在付款问题解决之前，您的所有商品推广和品牌推广活动将暂停投放。",
            "为避免广告活动中断，请尽快更新付款方式。",
            "广告活动已被暂停，您的商品仍可正常销售，仅广告不再展示。",
        ),
        (
            "请前往“设置”>“账户信息”>“广告收费方式”更新信用卡，或在“付款”页面点击“立即重试”：{link}",
            "更新付款方式后，最多可能需要24小时才能恢复广告投放。",
            "您也可以选择从卖家账户余额中扣除广告费用。",
        ),
        _SIGN,
    ),
    structure=(
        "Advertising billing: the card on file could not be charged (amount, invoice date), "
        "campaigns paused until the payment method is updated under 设置 > 账户信息 > 广告收费方式 "
        "or retried. About ads, not about the selling account: other."
    ),
    phrases=("广告收费方式", "付款失败", "广告活动", "立即重试"),
    seen_at=(
        "https://global.lianlianpay.com/channel/9-20669.html",
        "http://m.simplyketofast.com/pingtai/Amazon/view-35506.html",
    ),
)

ZH_FBA_INBOUND = Family(
    id="zh-mk-fba-shipment-status",
    label="other",
    language="zh",
    team="marketplace",
    marketplaces=("US", "UK", "DE", "JP"),
    senders=("fba-noreply@amazon.com", "亚马逊物流 <fba-inbound@{domain}>"),
    subjects=(
        "货件 {case_id} 已开始接收",
        "亚马逊物流：货件 {case_id} 已关闭，存在数量差异",
        "入库货件处理更新：{case_id}",
    ),
    blocks=(
        _HELLO,
        (
            "您的入库货件 {case_id} 已送达运营中心，我们已开始接收商品。",
            "货件 {case_id} 已完成接收并关闭。已接收数量比您发货时申报的数量少 12 件。",
            "您的货件 {case_id} 中部分箱子缺少箱内物品信息，接收可能会延迟。",
        ),
        (
            "商品完成上架后即可供买家购买，通常需要3到5天。",
            "如果您认为存在差异，可以在货件关闭后的规定期限内通过“货件处理进度”页面申请调查。",
            "请在以后的货件中为每个箱子提供准确的箱内物品信息，以免产生人工处理费用。",
        ),
        ("查看货件详情：{link}", ""),
        _SIGN,
    ),
    structure=(
        "Inbound FBA shipment mail: receiving started, shipment closed with a quantity discrepancy "
        "and how to ask for reconciliation, or missing box content information. Logistics, not a "
        "notice: other. Chinese FBA guides (发货规则) describe the same steps."
    ),
    phrases=("入库货件", "运营中心", "货件处理进度", "箱内物品信息"),
    seen_at=("https://china789.com/tag/ya-ma-xun-fba-fa-huo-gui-ze",),
)

ZH_STORAGE = Family(
    id="zh-mk-inventory-storage-fees",
    label="other",
    language="zh",
    team="marketplace",
    marketplaces=("US", "UK", "DE"),
    senders=("fba-noreply@amazon.com", "seller-notification@{domain}"),
    subjects=(
        "库存提醒：部分商品将产生长期仓储费",
        "您的仓储容量限制已更新",
        "建议移除的库存：请在 {deadline} 前处理",
    ),
    blocks=(
        _HELLO,
        (
            "您在亚马逊运营中心存放超过365天的部分库存将在下次盘点时收取长期仓储费。",
            "下个季度您的库存容量上限已更新，请在“库存绩效”页面查看新的限制。",
            "以下商品已被标记为不可售库存，建议您创建移除订单或弃置订单。",
        ),
        (
            "涉及的商品：{product}（ASIN {asin}）",
            "为避免产生费用，请在 {deadline} 前创建移除订单或降低价格促进销售。",
            "您可以在“库存规划”中下载“建议移除的库存”报告。",
        ),
        ("详情请访问：{link}", "您也可以设置自动移除，以后无需手动处理。"),
        _SIGN,
    ),
    structure=(
        "FBA inventory housekeeping: long-term storage fee coming, storage capacity limits, "
        "unfulfillable stock to remove or dispose of by a date. Has a deadline and an ASIN but is "
        "routine logistics: other (Japanese Seller Central help describes the same 30-day notice)."
    ),
    phrases=("长期仓储费", "库存容量", "移除订单", "不可售库存"),
    seen_at=(
        "https://www.cnjoel.com/tag/%e4%ba%9a%e9%a9%ac%e9%80%8afba%e4%bb%93%e5%82%a8%e6%94%b6%e8%b4%b9%e6%a0%87%e5%87%86/",
        "https://sellercentral-japan.amazon.com/gp/help/external/G202000820?language=ja_JP&ref=efph_G202000820_cont_201436560",
    ),
)

ZH_TAX = Family(
    id="zh-mk-tax-information",
    label="other",
    language="zh",
    team="marketplace",
    marketplaces=("UK", "DE", "FR", "IT", "ES"),
    senders=("tax-notification@{domain}", "seller-notification@{domain}"),
    subjects=(
        "请更新您的税务信息",
        "提醒：增值税注册号尚未提供",
        "您的月度增值税发票报告已生成",
    ),
    blocks=(
        _HELLO,
        (
            "根据欧盟增值税规定，在欧洲商城销售的卖家需要在卖家平台中提供有效的增值税注册号。",
            "我们注意到您的账户中尚未填写税务登记号，请在“设置”>“税务信息”中补充。",
            "您在上个月的增值税计算报告已生成，可在“报告”>“税务文件库”中下载。",
        ),
        (
            "提交税务登记号后，亚马逊将据此确定如何对您的卖家费用收取税费。",
            "请确认所填写的公司名称和地址与税务登记证书一致。",
            "本报告仅供参考，请与您的税务顾问核对申报数据。",
        ),
        ("税务信息页面：{link}", ""),
        _SIGN,
    ),
    structure=(
        "Tax mail: provide or update the VAT registration number under 设置 > 税务信息, or a "
        "monthly VAT report is ready. Regulatory housekeeping, no decision about the account: other."
    ),
    phrases=("增值税注册号", "税务登记号", "税务信息", "税务文件库"),
    seen_at=("https://amz123.com/ask/lmRNgNap", "http://digoexpress.com/en/new_detail.asp?id=8226"),
)

ZH_DEALS = Family(
    id="zh-mk-deal-coupon-status",
    label="other",
    language="zh",
    team="marketplace",
    marketplaces=("US", "UK", "DE", "JP"),
    senders=("deals-noreply@amazon.com", "seller-notification@{domain}"),
    subjects=(
        "您的秒杀已获批准：{product}",
        "优惠券已开始生效",
        "提醒：您提交的促销未通过审核",
    ),
    blocks=(
        _HELLO,
        (
            "您为 {product}（ASIN {asin}）提交的秒杀已获批准，将于 {date} 开始。",
            "您创建的优惠券已生效，买家现在可以在商品详情页领取。",
            "您提交的促销不符合参与条件：商品的评分或价格不满足要求，因此未能通过审核。",
        ),
        (
            "请确保活动期间库存充足，并保持价格不高于提交时的秒杀价格。",
            "活动结束后，您可以在“广告”>“秒杀”页面查看表现数据。",
            "您可以调整价格后重新提交，或选择其他符合条件的商品。",
        ),
        ("管理促销：{link}", ""),
        _SIGN,
    ),
    structure=(
        "Promotions: a Lightning Deal approved with its start date, a coupon live, or a promotion "
        "not eligible (rating or price); the Japanese forum announcement lists the same rules. Marketing status mail: other, even when it says 未通过审核."
    ),
    phrases=("秒杀", "优惠券", "促销", "未通过审核"),
    seen_at=("https://sellercentral-japan.amazon.com/forums/t/topic/90023",),
)

ZH_ORDER = Family(
    id="zh-mk-sold-ship-now",
    label="other",
    language="zh",
    team="marketplace",
    marketplaces=("US", "UK", "DE", "JP"),
    senders=("auto-confirm@amazon.com", "seller-notification@{domain}"),
    subjects=("已售出，请发货：{product}", "新订单 {order_id}", "订单取消请求：{order_id}"),
    blocks=(
        _HELLO,
        (
            "恭喜！您的商品已售出。订单编号：{order_id}\n商品：{product}\n数量：1",
            "买家已下单购买您的商品 {product}，请在预计发货日期前发货。",
            "买家请求取消订单 {order_id}。如果商品尚未发货，请在“管理订单”中取消该订单。",
        ),
        (
            "请在卖家平台确认发货并填写追踪编号，以免影响迟发率。",
            "发货前请核对买家的配送地址。",
            "如果已经发货，请通过买家与卖家消息服务告知买家。",
        ),
        ("查看订单：{link}", ""),
        _SIGN,
    ),
    structure=(
        "Order mail for self-fulfilled sellers: sold, ship now (order id, product, quantity), or a "
        "buyer's cancellation request. Mentions 迟发率 but nothing is wrong: other."
    ),
    phrases=("已售出，请发货", "订单编号", "确认发货", "取消请求"),
    seen_at=(
        "https://sellercentral.amazon.de/gp/help/external/help.html?itemID=200495750&language=ja_JP&ref=efph_200495750_cont_G69124",
    ),
)

ZH_RETURN = Family(
    id="zh-mk-return-request",
    label="other",
    language="zh",
    team="marketplace",
    marketplaces=("US", "UK", "DE"),
    senders=("return@amazon.com", "seller-notification@{domain}"),
    subjects=("退货请求：订单 {order_id}", "买家申请退货", "退货已收到，请处理退款"),
    blocks=(
        _HELLO,
        (
            "买家已为订单 {order_id} 提交退货请求。\n退货原因：商品与描述不符\n商品：{product}",
            "买家申请退回商品 {product}，原因：不再需要。",
            "您批准的订单 {order_id} 的退货已送达，请检查商品状况后处理退款。",
        ),
        (
            "我们建议您在24小时内回复退货请求。您可以在“管理退货”页面批准或关闭该请求。",
            "如果退货原因不在亚马逊退货政策范围内，您可以选择关闭请求。",
            "请在收到退货后两个工作日内发放退款。",
        ),
        ("管理退货：{link}", ""),
        _SIGN,
    ),
    structure=(
        "Return request e-mail: order id, product and the buyer's reason, answer within 24 hours "
        "on the Manage Returns page (approve, close, refund). Customer service, not a notice: other."
    ),
    phrases=("退货请求", "管理退货", "24小时内"),
    seen_at=(
        "https://sellercentral.amazon.co.jp/gp/help/external/200708210?language=ja_JP&ref=efph_200708210_cont_200379860",
    ),
)

ZH_ERP = Family(
    id="zh-x-erp-software-notice",
    label="other",
    language="zh",
    team="not-amazon",
    marketplaces=("US", "UK", "DE", "JP"),
    senders=("noreply@erp-kuajing.example", "系统通知 <notice@shop-manager.example>"),
    subjects=(
        "【系统通知】店铺授权即将过期",
        "您的店铺数据同步失败",
        "本周店铺运营日报",
    ),
    blocks=(
        ("尊敬的用户：", "{seller}，您好："),
        (
            "您绑定的亚马逊店铺授权将于 {deadline} 过期，过期后订单和库存将无法同步，请及时重新授权。",
            "系统在同步您的亚马逊店铺订单时出错，可能是授权令牌已失效。",
            "本周销售额 {amount}，订单数 128，广告花费占比 14%，账户状况：良好。",
        ),
        (
            "请登录系统后台，在“店铺管理”中重新授权：{link}",
            "如需帮助，请联系您的专属客服。",
        ),
        ("本邮件由系统自动发送，请勿回复。", ""),
    ),
    structure=(
        "Not from Amazon: a seller ERP / store-management tool's notices (authorisation about to "
        "expire, sync failed, weekly shop report). Speaks of 店铺, 授权, 账户状况 and deadlines "
        "yet is other; a hard negative."
    ),
    phrases=("店铺授权", "重新授权", "请勿回复"),
)

ZH_SETTINGS = Family(
    id="zh-mk-account-settings-changed",
    label="other",
    language="zh",
    team="marketplace",
    marketplaces=("US", "UK", "DE", "JP"),
    senders=("seller-notification@{domain}", "account-update@{domain}"),
    subjects=(
        "您的存款方式已更改",
        "您的通知电子邮件地址已更新",
        "安全提醒：新设备登录卖家平台",
    ),
    blocks=(
        _HELLO,
        (
            "您的卖家账户的存款方式已于 {date} 更新。",
            "您在卖家平台中的通知电子邮件地址已更改。",
            "我们检测到有新的浏览器或设备登录了您的卖家账户。",
        ),
        (
            "如果这是您本人的操作，则无需执行任何操作。",
            "如果您没有进行此更改，请立即修改密码并联系卖家支持。",
            "为保护您的资金安全，更改存款方式后，下一次转账可能会暂缓数天。",
        ),
        ("账户信息：{link}", ""),
        _SIGN,
    ),
    structure=(
        "Account-settings notice: deposit method changed, notification e-mail changed, sign-in "
        "from a new device; nothing to do if it was you, else change the password. Security "
        "housekeeping, not a decision: other."
    ),
    phrases=("存款方式", "通知电子邮件", "新设备登录"),
    seen_at=("https://www.jiangzuoku.net/post/163142.html",),
)

ZH_ATOZ = Family(
    id="zh-mk-atoz-claim",
    label="other",
    language="zh",
    team="marketplace",
    marketplaces=("US", "UK", "DE"),
    senders=("atoz-guarantee-no-reply@{domain}", "seller-notification@{domain}"),
    subjects=("订单 {order_id} 的亚马逊商城交易保障索赔", "需要您采取行动：回复A-to-z索赔"),
    blocks=(
        _HELLO,
        (
            "买家为订单 {order_id}（{product}）提交了亚马逊商城交易保障索赔。原因：未收到商品。",
            "为调查买家的索赔，我们需要有关订单 {order_id} 的更多信息。",
        ),
        (
            "请在48小时内提供追踪编号、承运人和配送证明。如果您未回复，索赔将获批准，{amount} 将从您的账户中扣除。",
            "您可以陈述您的情况，也可以直接向买家退款以结束索赔。",
        ),
        (
            "请前往“绩效”>“亚马逊商城交易保障索赔”回复：{link}",
            "请点击索赔旁边的“回复亚马逊”按钮。",
        ),
        _SIGN,
    ),
    structure=(
        "Order-level A-to-z claim: a buyer's claim for one order, what to send (tracking, proof "
        "of delivery) within 48 hours, where to respond. Asks for information with a deadline, "
        "yet concerns one order, not the account: other."
    ),
    phrases=("亚马逊商城交易保障索赔", "48小时内", "回复亚马逊"),
    seen_at=(
        "https://sellercentral.amazon.com/gp/help/external/1781?language=en_US",
        "https://sellercentral.amazon.com.br/gp/help/external/1781?language=pt_BR&ref=efph_1781_cont_200399470",
    ),
)


FAMILIES: tuple[Family, ...] = (
    ZH_AD_PAYMENT,
    ZH_FBA_INBOUND,
    ZH_STORAGE,
    ZH_TAX,
    ZH_DEALS,
    ZH_ORDER,
    ZH_RETURN,
    ZH_ERP,
    ZH_SETTINGS,
    ZH_ATOZ,
)
