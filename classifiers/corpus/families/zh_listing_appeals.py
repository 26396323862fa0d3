"""Simplified Chinese answers about listing appeals and Account Health uploads, and the no-reply answer.

Wording is our own.
"""

from classifiers.corpus.families import Family

_SENDERS = (
    "notice-dispute@{domain}",
    "Amazon <notice-dispute@{domain}>",
    "seller-notification@{domain}",
)
_GREETING = ("您好，", "{seller} 您好：", "尊敬的卖家：")
_SIGN = ("此致\nAmazon.com", "亚马逊账户状况团队", "亚马逊")
_MARKETS = ("US", "UK", "DE", "CN")

ZH_ND_MORE_INFO = Family(
    id="zh-nd-appeal-more-info",
    label="need_more_info",
    language="zh",
    team="notice-dispute",
    marketplaces=_MARKETS,
    senders=_SENDERS,
    subjects=("关于ASIN {asin}的申诉：请重新提交文件", "您的申诉需要补充材料"),
    blocks=(
        _GREETING,
        (
            "我们已审核您就ASIN {asin}提交的申诉，但您提供的文件无法完成核实。",
            "感谢您提交文件。请按以下要求重新提交，以便我们继续处理您的申诉。",
        ),
        (
            "-- 发票须显示供应商的名称、地址和电话；\n-- 发票日期须在过去365天内；\n-- 商品名称和数量须清晰可辨。",
            "请提供权利所有者出具的授权书或许可协议副本。我们不接受外部链接。",
            "发票上的商品名称与您销售的商品不一致，请提供能证明该商品进货来源的文件。",
        ),
        (
            "请在{deadline}之前通过“账户状况”页面中该违规旁边的“申诉”按钮重新提交。",
            "文件须为JPEG、PNG或PDF格式。",
        ),
        _SIGN,
    ),
    structure=(
        "Answer to a listing appeal: the document could not be verified, then a '--' list of what "
        "it must show (supplier name/address/phone, dated within 365 days, readable items) or the "
        "authorisation needed, and where and by when to resubmit. Chinese sellers describe "
        "repeated invoice requests after each upload."
    ),
    phrases=("重新提交", "过去365天内", "授权书"),
    seen_at=("https://www.hsxycw.com/ds/s27v4e.html", "https://www.3835.com/news/29061.html"),
)

ZH_ND_DENIED = Family(
    id="zh-nd-appeal-denied",
    label="generic_denial",
    language="zh",
    team="notice-dispute",
    marketplaces=_MARKETS,
    senders=_SENDERS,
    subjects=("关于您的商品申诉的结果", "ASIN {asin}：申诉未获批准"),
    blocks=(
        _GREETING,
        (
            "我们已审核您就ASIN {asin}提交的申诉，很遗憾，无法批准。",
            "根据您提供的信息，我们决定不恢复相关商品信息。",
        ),
        (
            "该商品信息将继续保持停用状态。",
            "对于此决定，我们可能不会再回复其他邮件。",
        ),
        ("请为相关的亚马逊物流库存创建移除订单，否则库存可能会被弃置。", ""),
        _SIGN,
    ),
    structure=(
        "Listing appeal refused: reviewed, not approved, the listing stays inactive, further mail "
        "may not be answered, remove the FBA stock. Names nothing to fix."
    ),
    phrases=("无法批准", "不恢复", "保持停用状态"),
    seen_at=("https://www.jiangzuoku.net/post/163142.html",),
)

ZH_AH_ACK = Family(
    id="zh-ah-submission-received",
    label="acknowledgement",
    language="zh",
    team="account-health",
    marketplaces=_MARKETS,
    senders=("seller-notification@{domain}", "no-reply@{domain}"),
    subjects=("我们已收到您提交的文件", "账户状况：感谢您的提交"),
    blocks=(
        _GREETING,
        (
            "我们已收到您通过“账户状况”页面提交的信息。",
            "感谢您提交有关ASIN {asin}的文件。",
        ),
        (
            "相关团队将进行审核，结果会通过电子邮件和“账户状况”页面通知您。",
            "审核可能需要几个工作日。",
        ),
        ("审核完成前，无需再次提交相同的文件。", ""),
        _SIGN,
    ),
    structure=(
        "Receipt for an Account Health upload: received, a team will review, the result comes by "
        "e-mail and on the page, no need to resubmit. No decision."
    ),
    phrases=("我们已收到", "账户状况", "无需再次提交"),
    seen_at=("https://zuoooo.com/blog/ec/4873.html",),
)

ZH_NOREPLY = Family(
    id="zh-ss-noreply-redirect",
    label="redirect_closed_queue",
    language="zh",
    team="seller-support",
    marketplaces=_MARKETS,
    senders=("no-reply@{domain}", "donotreply@{domain}"),
    subjects=("请勿回复此邮件", "自动回复：请通过卖家平台联系我们"),
    blocks=(
        ("此邮件由系统自动发送，请勿直接回复。", "您好，"),
        (
            "我们无法查看发送到此地址的回复。",
            "您的邮件未被接收。",
        ),
        (
            "如需帮助，请在卖家平台点击“帮助”，然后选择“获取支持”联系卖家支持：{link}",
            "如需对停用或警告提出申诉，请按照“账户状况”页面上的说明操作。",
        ),
        ("Amazon.com", "亚马逊卖家支持"),
    ),
    structure=(
        "No-reply auto-answer in Chinese: replies are not read, contact Seller Support via Help > "
        "获取支持, appeals through Account Health. Chinese guides name the no-reply notice addresses."
    ),
    phrases=("请勿回复", "获取支持", "卖家支持"),
    seen_at=("https://zuoooo.com/blog/ec/4873.html",),
)

FAMILIES: tuple[Family, ...] = (ZH_ND_MORE_INFO, ZH_ND_DENIED, ZH_AH_ACK, ZH_NOREPLY)
