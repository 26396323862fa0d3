"""Simplified Chinese answers to an appeal: more information, denial, receipt, reinstatement.

Chinese sellers call the appeal 申诉 and the plan 行动计划 (POA). The request for
more information names documents; the denial names nothing; the receipt only
confirms arrival; the reinstatement restores 销售权限. Wording is our own.
"""

from classifiers.corpus.families import Family

_SENDERS = (
    "seller-performance@{domain}",
    "Amazon 卖家绩效 <seller-performance@{domain}>",
    "no-replies-appeals@{domain}",
)
_GREETING = ("您好，", "尊敬的卖家：", "{seller} 您好：")
_SIGN = ("此致\n卖家绩效团队", "亚马逊卖家绩效团队", "Amazon.com\n卖家绩效")

ZH_NEED_MORE_INFO = Family(
    id="zh-sp-appeal-more-info",
    label="need_more_info",
    language="zh",
    team="seller-performance",
    marketplaces=("US", "UK", "DE", "CN"),
    senders=_SENDERS,
    subjects=("回复：您的申诉", "需要更多信息才能重新激活您的账户", "您的申诉：请提供其他信息"),
    blocks=(
        _GREETING,
        (
            "感谢您提交申诉。我们已收到您的材料，但目前掌握的信息不足以重新激活您的账户。",
            "我们已审核您的行动计划，但还需要更多信息才能做出决定。",
            "在我们考虑恢复您的销售权限之前，您必须提供以下信息。",
        ),
        (
            "请补充以下内容：\n-- 过去365天内供应商开具的发票，须显示供应商名称、地址和联系方式；\n"
            "-- 发票上的商品数量须与您的销量相符；\n-- 涉及的ASIN:{asins}",
            "您的行动计划缺少以下内容：\n1. 导致问题的具体根本原因；\n2. 已采取措施的日期和负责人；\n"
            "3. 针对 {asin} 的品牌授权书。",
            "您提交的账单已超过90天，且地址与卖家平台中的地址不一致。请重新提交符合要求的文件。",
        ),
        (
            "请在{deadline}之前通过“账户状况”页面提交上述信息。",
            "请于{deadline}前回复此邮件并附上所需文件。",
            "请通过“绩效通知”页面中此消息旁的“申诉”按钮提交。",
        ),
        _SIGN,
    ),
    structure=(
        "Thanks for the 申诉， not enough to reactivate, then a '--' or numbered list of what is missing "
        "(365-day supplier invoices with contact details, quantities matching sales, brand "
        "authorisation, a more specific root cause, a newer utility bill), a deadline (「{deadline} "
        "之前」) and the channel. Chinese sellers report receiving it again and again after each POA."
    ),
    phrases=("信息不足", "在我们考虑恢复您的销售权限之前", "供应商开具的发票", "之前提交"),
    seen_at=("https://88bfru.com/thread-147112-1-777.html", "https://www.3835.com/news/29061.html"),
)

ZH_DENIAL = Family(
    id="zh-sp-appeal-denied",
    label="generic_denial",
    language="zh",
    team="seller-performance",
    marketplaces=("US", "UK", "DE", "CN"),
    senders=_SENDERS,
    subjects=("回复：您的申诉", "关于您的卖家账户申诉的决定", "您的账户将保持停用状态"),
    blocks=(
        _GREETING,
        (
            "我们已审核您的申诉，但您提交的信息未能解决我们的顾虑。",
            "感谢您的回复。经过审核，我们决定不恢复您的销售权限。",
            "您的行动计划没有充分说明问题，因此我们无法重新激活您的账户。",
        ),
        (
            "您的账户将保持停用状态，您不能再在亚马逊上销售。",
            "我们可能不会再回复您关于此问题的其他邮件。",
            "此决定为最终决定。",
        ),
        (
            "如果您的账户中有资金，我们会在扣除亚马逊商城交易保障索赔和信用卡拒付后发放，通常需要约90天。",
            "有关移除亚马逊物流库存的说明，您将在另一封邮件中收到。",
            "",
        ),
        _SIGN,
    ),
    structure=(
        "Short rejection: the appeal was reviewed and does not address our concerns （未能解决我们的顾虑）, "
        "the account stays deactivated / you may no longer sell, maybe 'this decision is final' and "
        "a funds line. No documents named, no deadline."
    ),
    phrases=("未能解决我们的顾虑", "不恢复您的销售权限", "保持停用状态", "最终决定"),
    seen_at=("https://www.10100.com/encyclopedia/interlocution/65093103",),
)

ZH_ACK = Family(
    id="zh-sp-appeal-received",
    label="acknowledgement",
    language="zh",
    team="seller-performance",
    marketplaces=("US", "UK", "DE", "CN"),
    senders=_SENDERS,
    subjects=("我们已收到您的申诉", "您的申诉正在审核中", "确认收到：您的行动计划"),
    blocks=(
        _GREETING,
        (
            "我们已收到您的申诉，目前正在审核中。",
            "感谢您提交行动计划。相关团队正在审核您提交的信息。",
            "我们已收到您上传的文件。",
        ),
        (
            "我们通常会在2个工作日内通过电子邮件通知您审核结果。",
            "审核完成后，我们会通过电子邮件与您联系。",
            "复杂的案例可能需要更长时间，感谢您的耐心等待。",
        ),
        ("在审核期间，请勿重复提交相同的申诉，否则可能会延误处理。", ""),
        _SIGN,
    ),
    structure=(
        "Receipt only: appeal / POA / documents received and under review, usual 48-hour or two "
        "working-day answer, please do not resubmit. Chinese guides quote the 48-72 hour wait; this is "
        "the Chinese Seller Central version of the English receipt."
    ),
    phrases=("我们已收到您的申诉", "正在审核", "2个工作日内", "请勿重复提交"),
    seen_at=(
        "https://www.10100.com/encyclopedia/interlocution/65093103",
        "https://www.hsxycw.com/ds/s27v4e.html",
    ),
)

ZH_REINSTATED = Family(
    id="zh-sp-account-reinstated",
    label="reinstatement",
    language="zh",
    team="seller-performance",
    marketplaces=("US", "UK", "DE", "CN"),
    senders=_SENDERS,
    subjects=("您的卖家账户已重新激活", "您的销售权限已恢复", "好消息：您可以继续在亚马逊上销售"),
    blocks=(
        _GREETING,
        (
            "我们已审核您的账户和您提供的信息，您可以继续在亚马逊上销售。",
            "您的销售权限已恢复，商品信息将重新显示在网站上。",
            "感谢您的配合。您的卖家账户已重新激活。",
        ),
        (
            "资金将按照正常的结算周期转给您。",
            "商品信息可能需要最多24小时才能重新显示。",
            "为保护我们的社区，我们有时会过于谨慎。对由此带来的不便，我们深表歉意。",
        ),
        ("请继续遵守亚马逊政策，并执行您在行动计划中承诺的措施。", ""),
        _SIGN,
    ),
    structure=(
        "Reinstatement in Chinese: account and information reviewed, you may sell again / 销售权限已恢复， "
        "funds on the normal schedule, listings back within a day, sometimes an apology for erring on "
        "the side of caution, keep the POA measures. Guides describe the 'account restored' mail that "
        "ends the 申诉； Chinese Seller Central version of the English reinstatement."
    ),
    phrases=("销售权限已恢复", "重新激活", "您可以继续在亚马逊上销售", "正常的结算周期"),
    seen_at=("https://zuoooo.com/blog/ec/4873.html", "https://www.jiangzuoku.net/post/163142.html"),
)

FAMILIES: tuple[Family, ...] = (ZH_NEED_MORE_INFO, ZH_DENIAL, ZH_ACK, ZH_REINSTATED)
