"""Chinese decisions: privileges removed for a metric, the final refusal, the
Notice Dispute auto-reply, and a freight forwarder's mail.

Chinese sellers quote these on forums and blogs; where only the English letter
was found, the family is the Chinese version Amazon sends to sellers who chose
Chinese (said in ``structure``). Wording is our own.
"""

from classifiers.corpus.families import Family

_GREETING = ("您好，", "尊敬的卖家：", "{seller}，您好：")

ZH_METRIC_REMOVAL = Family(
    id="zh-sp-order-defect-removal",
    label="suspension",
    language="zh",
    team="seller-performance",
    marketplaces=("US", "CN"),
    senders=("seller-performance@{domain}", "performance-notifications@{domain}"),
    subjects=("您在{marketplace}的销售权限已被移除", "订单缺陷率高于目标"),
    blocks=(
        _GREETING,
        (
            "您的订单缺陷率为{rate}，高于我们低于1%的目标，因此我们已移除您的销售权限。",
            "近期您的订单出现了较多问题：迟发率为{rate}。您目前无法在{marketplace}上销售。",
        ),
        (
            "在我们与您一起解决此问题期间，款项不会转给您，而是保留在您的账户中。",
            "您的商品信息已被移除，付款已暂停。",
        ),
        (
            "如需恢复销售权限，请向我们提交行动计划：说明问题的根本原因、已采取的纠正措施以及防止再次发生的办法。",
            "您需要做什么？请在账户状况页面提交一份行动计划，写明原因和您的改进措施。",
        ),
        ("此致\n卖家绩效团队", "亚马逊"),
    ),
    structure=(
        "Privileges removed because a metric (order defect rate, late shipment rate) is above "
        "target: rate named, funds held, listings removed, submit a 行动计划 (root cause, "
        "corrective actions, prevention). Chinese version; a seller's post quotes the removal."
    ),
    phrases=("销售权限", "订单缺陷率", "行动计划"),
    seen_at=("http://www.qengou.cn/39519/901.html",),
)

ZH_FINAL = Family(
    id="zh-sp-denial-final",
    label="generic_denial",
    language="zh",
    team="seller-performance",
    marketplaces=("US", "CN"),
    senders=("seller-performance@{domain}",),
    subjects=("关于您的申诉的最终决定", "您的申诉未获批准"),
    blocks=(
        _GREETING,
        (
            "我们已再次审核您的申诉。您的账户仍处于停用状态，我们无法重新激活该账户。",
            "在重新审核您提交的材料后，我们的决定是最终决定：您的销售权限将不会恢复。",
            "您的行动计划未能消除我们的顾虑，因此无法恢复您的账户。",
        ),
        (
            "我们不会再审核其他申诉，也可能不再回复有关此事的邮件。",
            "此决定不会再次审核。",
        ),
        ("此致\n卖家绩效团队", "亚马逊"),
    ),
    structure=(
        "Final refusal after a re-review: account stays deactivated, cannot be reactivated, no "
        "reason named, further appeals not reviewed. Chinese version of the final denial."
    ),
    phrases=("最终决定", "无法重新激活", "不会恢复"),
    seen_at=("https://amzmm.com/12899.html",),
)

ZH_ND_REDIRECT = Family(
    id="zh-nd-redirect-appeal-channel",
    label="redirect_closed_queue",
    language="zh",
    team="notice-dispute",
    marketplaces=("US", "CN"),
    senders=("notice-dispute@{domain}",),
    subjects=("自动回复：Notice Dispute", "回复：政策警告"),
    blocks=(
        ("您好，", ""),
        (
            "此邮箱不再受理知识产权投诉的申诉。",
            "Notice Dispute 团队不处理通过电子邮件发送的申诉。",
            "此地址仅供权利所有人发送通知，卖家发送到这里的申诉不会被审核。",
        ),
        (
            "请前往账户状况中的“商品政策合规性”，在“收到的知识产权投诉”下找到相应商品并点击“申诉”：{link}",
            "请改为通过账户状况控制面板提交申诉。",
        ),
        ("此邮件为系统自动发送。", ""),
    ),
    structure=(
        "Notice Dispute auto-reply: this address takes no appeals of IP complaints; appeal from "
        "Account Health (Product Policy Compliance, Received IP Complaints). Chinese version of "
        "the English auto-reply."
    ),
    phrases=("不再受理", "账户状况"),
    seen_at=(
        "https://sellercentral.amazon.com/gp/help/external/help.html?itemID=202017130&language=en_US",
    ),
)

ZH_FORWARDER = Family(
    id="zh-x-freight-forwarder",
    label="other",
    language="zh",
    team="not-amazon",
    marketplaces=("CN",),
    senders=("service@haiyun-logistics.example", "货代客服 <kefu@fba-express.example>"),
    subjects=("本周美线FBA头程报价", "您的货物已到港（柜号 {case_id}）"),
    blocks=(
        ("{seller}您好，", "亲爱的客户："),
        (
            "本周美西海运整柜价格有所下调，拼箱每立方另有优惠。",
            "您的货物已抵达目的港，预计三个工作日内送达亚马逊仓库。",
        ),
        ("如需预订舱位，请回复本邮件或联系您的专属客服。", "附件为详细报价单，请查收。"),
        ("祝生意兴隆！", ""),
    ),
    structure="A freight forwarder's rate sheet or arrival notice: not Amazon, nothing for the case.",
    phrases=(),
)

FAMILIES: tuple[Family, ...] = (ZH_METRIC_REMOVAL, ZH_FINAL, ZH_ND_REDIRECT, ZH_FORWARDER)
