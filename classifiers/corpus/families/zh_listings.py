"""Simplified Chinese notices about listings and reviews: IP complaints, dropshipping review.

Chinese sellers post these on 88bfru and similar forums (often the English
original beside their own translation). Wording is our own.
"""

from classifiers.corpus.families import Family

ZH_IP_LISTING = Family(
    id="zh-nd-listing-removed-ip",
    label="suspension",
    language="zh",
    team="notice-dispute",
    marketplaces=("US", "UK", "DE", "CN"),
    senders=("notice-dispute@{domain}", "Amazon <notice-dispute@{domain}>"),
    subjects=("您的部分商品信息已被删除", "知识产权投诉通知", "政策警告：涉嫌侵犯知识产权"),
    blocks=(
        ("您好，", "{seller} 您好："),
        (
            "我们收到了权利所有者的举报，称您的部分商品信息可能侵犯其版权，因此我们删除了这些商品信息。被删除的商品信息列在本邮件末尾。",
            "权利所有者通知我们，您至少有一个商品信息可能侵犯其商标权。我们已停用该商品信息。",
        ),
        ("为什么会发生这种情况？", "这意味着什么？"),
        (
            "销售侵犯他人知识产权的商品违反我们的政策。多次违规可能导致您的账户被停用。",
            "",
        ),
        ("如何重新激活我的商品信息？", "我该怎么做？"),
        (
            "请提供制造商或权利所有者出具的发票、授权书或许可协议，证明您的商品合法。我们不接受外部链接，附件仅支持 .jpg、.png、.gif、.tiff 格式。",
            "如果您认为权利所有者的投诉有误，请联系对方撤回投诉。撤回通知必须由权利所有者直接发送给我们。",
        ),
        (
            "权利所有者联系方式：{rights_owner}\n投诉编号：{complaint_id}\nASIN：{asin}",
            "权利所有者：{rights_owner}\n投诉编号：{complaint_id}\n涉及的ASIN：{asins}",
        ),
        (
            "如果您未在90天内提供信息，我们将要求您移除相关库存，否则库存可能会被销毁。",
            "",
        ),
        ("此致\nAmazon.com", "亚马逊"),
    ),
    structure=(
        "Notice Dispute listing removal in Chinese: listings removed after a rights-owner report "
        "(copyright, trademark), 为什么会发生这种情况？, 如何重新激活我的商品信息？(invoice / 授权书 / licence, "
        "no external links, file types, or ask the rights owner to retract), rights owner, 投诉编号， "
        "ASINs, 90-day inventory removal warning. A Chinese seller posted the English original."
    ),
    phrases=("权利所有者", "撤回投诉", "投诉编号", "知识产权"),
    seen_at=(
        "https://88bfru.com/forum.php?goto=nextnewset&mod=redirect&tid=234718",
        "https://notes.xmgseo.com/post/%E4%BA%9A%E9%A9%AC%E9%80%8A%E8%A2%AB%E6%8A%95%E8%AF%89%E4%BE%B5%E6%9D%83%E5%A6%82%E4%BD%95%E7%94%B3%E8%AF%89%EF%BC%9F",
    ),
)

ZH_DROPSHIP_REVIEW = Family(
    id="zh-sp-dropshipping-review",
    label="suspension",
    language="zh",
    team="seller-performance",
    marketplaces=("US", "CN"),
    senders=("seller-performance@{domain}", "seller-notification@{domain}"),
    subjects=("您的卖家账户正在接受临时审核", "直发政策审核通知", "您的卖家自配送商品已暂停销售"),
    blocks=(
        ("您好，", "尊敬的卖家："),
        (
            "我们已根据直发政策对您的卖家账户进行临时审核。审核期间，您的卖家自配送商品将暂停销售。",
            "我们发现您的部分订单由第三方平台直接发货，包装上显示了其他卖家的信息，这违反了我们的直发政策。",
        ),
        (
            "请在{deadline}之前提供以下信息：\n-- 相关订单（例如 {order_id}）的采购发票；\n-- 您作为记录卖家的证明；\n-- 您为遵守直发政策而采取的措施。",
            "请提交行动计划，说明您如何确保在包装单和发票上只显示您自己的信息，并删除所有第三方信息。",
        ),
        (
            "审核通常在30天内完成。审核结束后，如果符合要求，您的商品将自动恢复销售。",
            "",
        ),
        ("此致\n卖家绩效团队", "亚马逊卖家绩效团队"),
    ),
    structure=(
        "Dropshipping review in Chinese （物流审核）: the account is under temporary review under the "
        "drop shipping policy, FBM offers paused, documents or a POA requested (invoices for named "
        "orders, proof of being seller of record), review within 30 days. Chinese service pages list "
        "it as a common 绩效邮件."
    ),
    phrases=("直发政策", "临时审核", "卖家自配送"),
    seen_at=("http://kjds.mvy.cn/home/anli/show?id=52",),
)

ZH_CONDUCT = Family(
    id="zh-sp-review-manipulation",
    label="suspension",
    language="zh",
    team="seller-performance",
    marketplaces=("US", "UK", "DE", "CN"),
    senders=("seller-performance@{domain}", "Amazon 卖家绩效 <seller-performance@{domain}>"),
    subjects=("您的商品信息已被暂时停用", "违反《卖家行为准则》：您的卖家账户已停用"),
    blocks=(
        ("您好，", "尊敬的卖家："),
        (
            "您的商品信息已被暂时停用，资金不会转给您，但会保留在您的账户中。请继续配送未完成的订单。",
            "由于您违反了《卖家行为准则》，我们已停用您的卖家账户。",
        ),
        ("为什么会发生这种情况？", "为什么会这样？"),
        (
            "您操纵了买家评论和销售排名，违反了关于滥用评分、反馈或评论以及滥用销售排名的政策。",
            "您在短时间内提交了大量重复或不当的联系请求，滥用了卖家支持服务。",
            "您向买家提供了免费商品或退款，以换取好评。",
        ),
        ("如何重新激活我的账户？", "如何恢复销售？"),
        (
            "请发送行动计划，说明：\n-- 违规的根本原因；\n-- 您为解决违规已采取的措施；\n-- 您为防止今后再次违规而采取的步骤。",
            "请通过“绩效通知”页面中此消息旁边的“申诉”按钮提交行动计划。",
        ),
        (
            "如果您未在17天内提交可接受的行动计划，您可能无法再在亚马逊上销售。",
            "如果您不提交有效申诉，在本通知发出90天后，您可以联系我们单独申请发放资金。",
        ),
        ("此致\n卖家绩效团队", "亚马逊卖家绩效团队"),
    ),
    structure=(
        "Code-of-conduct deactivation in Chinese: listings or account deactivated, funds held, "
        "为什么会发生这种情况？ (review / sales-rank manipulation, excessive Seller Support contacts, "
        "gifts for reviews), 如何重新激活我的账户？ with the three-part 行动计划, 17-day deadline, funds "
        "after 90 days. Chinese forums post the English originals; this is the Chinese Seller "
        "Central version."
    ),
    phrases=("卖家行为准则", "操纵", "行动计划", "17天内"),
    seen_at=(
        "https://wearesellers.com/question/10216",
        "http://haixiangkuajing.com/index.php?m=content&c=index&a=show&catid=10&id=182",
    ),
)

FAMILIES: tuple[Family, ...] = (ZH_IP_LISTING, ZH_DROPSHIP_REVIEW, ZH_CONDUCT)
