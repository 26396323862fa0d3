"""Simplified Chinese Seller Performance notices (Chinese sellers on .com, .co.uk, .de, .co.jp).

Chinese sellers read Seller Central in Chinese, so the same letters arrive
translated: headings 「为什么会发生这种情况?」, 「如何重新激活我的账户?」,
「如何发送所需信息?」, 「如果我不发送所需信息会怎样?」; funds held about 90 days;
the plan of action is 行动计划 / 申诉. Every wording is our own.
"""

from classifiers.corpus.families import Family

_SENDERS = (
    "seller-performance@{domain}",
    "Amazon 卖家绩效 <seller-performance@{domain}>",
    "no-replies-appeals@{domain}",
)
_GREETING = ("您好，", "尊敬的卖家：", "{seller} 您好：", "亲爱的 {seller}:")
_WHY = ("为什么会发生这种情况？", "为什么会这样？", "发生了什么？")
_HOW = ("如何重新激活我的账户？", "如何恢复我的账户？", "如何重新激活我的帐户？")
_DASHBOARD = (
    "您可以访问 {link} 查看账户绩效，也可以在亚马逊卖家应用的主屏幕上选择“账户状况”。",
    "“账户状况”控制面板会显示您的账户在绩效指标和政策方面的表现：{link}",
    "",
)
_SIGN = ("此致\n卖家绩效团队", "亚马逊卖家绩效团队", "此致\n敬礼\nAmazon.com")

ZH_DEACTIVATION = Family(
    id="zh-sp-account-deactivated",
    label="suspension",
    language="zh",
    team="seller-performance",
    marketplaces=("US", "UK", "DE", "CN"),
    senders=_SENDERS,
    subjects=(
        "您的亚马逊卖家账户已被停用",
        "需要采取措施：您的卖家账户已停用",
        "重要通知：您的销售权限已被移除",
    ),
    blocks=(
        _GREETING,
        (
            "根据《亚马逊商业解决方案协议》第3条，我们已停用您的卖家账户，您的商品信息已被移除。"
            "在我们与您一起处理此问题期间，资金不会转给您，但会保留在您的账户中。请继续配送未完成的订单。",
            "您的卖家账户已被停用，所有商品信息均已下架。账户中的资金将暂时冻结，直至问题解决。"
            "为避免对账户造成进一步影响，请及时处理未发货的订单。",
        ),
        _WHY,
        (
            "我们发现您的账户与另一个因违反政策而被停用的账户存在关联，因此您不能再使用当前账户销售商品。",
            "您的账户多次收到知识产权侵权投诉，涉及以下ASIN:{asins}",
            "您操纵了商品评论，违反了《卖家行为准则》中关于买家评论的政策。",
            "您的订单缺陷率超过了1%的目标，买家体验未达到我们的标准。",
        ),
        _HOW,
        (
            "请提交一份行动计划，说明：\n-- 导致问题的根本原因；\n-- 您为解决问题已经采取的措施；\n"
            "-- 您为防止问题再次发生而采取的措施。",
            "如需重新激活账户，请通过“账户状况”页面顶部的横幅提交申诉，并附上行动计划和相关证明文件。",
            "如果您认为停用有误，请提交说明并附上证据，证明您的账户符合我们的政策。",
        ),
        ("如果我不发送所需信息会怎样？", "如果未提交可接受的行动计划会怎样？", ""),
        (
            "如果您未在{deadline}之前提交可接受的行动计划，您的账户将保持停用状态，资金可能会被保留90天或更长时间。",
            "若我们在{deadline}前未收到所需信息，您可能无法再在亚马逊上销售。",
            "如果您未在17天内提交可接受的行动计划，您可能无法再在亚马逊上销售。",
            "如果您不提交有效申诉，账户将保持停用状态。在本通知发出90天后，您可以单独申请发放资金。",
        ),
        _DASHBOARD,
        _SIGN,
    ),
    structure=(
        "The English deactivation letter in Chinese: opening paragraph (account deactivated under "
        "section 3 of the Business Solutions Agreement, listings removed, funds held, ship open orders), "
        "headings 为什么会发生这种情况？/ 如何重新激活我的账户？/ 如何发送所需信息？/ 如果我不发送所需信息会怎样？, "
        "the three-part 行动计划 （根本原因 / 已采取的措施 / 预防措施） as '--' bullets, funds held 90 days, "
        "dashboard link, signed 卖家绩效团队. Sellers paste it on 88bfru and wearesellers forums."
    ),
    phrases=(
        "为什么会发生这种情况？",
        "如何重新激活我的账户？",
        "行动计划",
        "商业解决方案协议第3条",
        "资金可能会被保留90天",
        "卖家绩效团队",
    ),
    seen_at=(
        "https://88bfru.com/thread-135539-1-849.html",
        "https://88bfru.com/forum.php?goto=nextoldset&mod=redirect&tid=250840",
    ),
)

ZH_VERIFICATION = Family(
    id="zh-sp-identity-verification",
    label="suspension",
    language="zh",
    team="seller-performance",
    marketplaces=("US", "UK", "JP"),
    senders=(
        "seller-verification@amazon.com",
        "seller-performance@amazon.com",
        "no-replies-appeals@amazon.com",
    ),
    subjects=(
        "我们正在审核您的亚马逊卖家账户",
        "为了您的安全，我们暂停了您的卖家账户",
        "需要验证身份：您的卖家账户已暂停",
    ),
    blocks=(
        _GREETING,
        (
            "为了您的账户安全，我们暂停了您的亚马逊卖家账户。在审核期间，您将无法在亚马逊上销售商品。",
            "我们正在审核您的卖家账户。审核期间，您的商品将不会显示在亚马逊上。",
        ),
        _WHY,
        (
            "我们需要其他文件来验证您的身份。",
            "我们发现您的付款方式有变更，需要核实此项变更。",
            "您在注册时提供的信息与我们掌握的信息不一致。",
        ),
        _HOW,
        (
            "请确认账户中已设置有效的信用卡，并提供以下文件：\n-- 最近90天内的水、电、燃气或网络服务账单，"
            "姓名和地址须清晰可见；\n-- 营业执照（如适用）。\n文件上的姓名和地址必须与卖家平台中填写的一致。",
            "请上传以下任意一份文件：\n-- 日期在最近90天内的公用事业账单；\n-- 银行对账单或信用卡账单。\n"
            "文件须真实、未经修改，不接受屏幕截图。",
        ),
        (
            "您可以发送 .pdf、.png、.jpg 或 .gif 格式的文件，请通过此链接提交：{link}",
            "请按照“账户状况”页面顶部横幅中的说明提交文件。",
        ),
        (
            "请在{deadline}之前提交文件。我们收到文件后会进行审核，并决定您是否可以继续在亚马逊上销售。",
            "我们收到文件后会予以审核，并决定您是否可以再次在亚马逊上销售。",
        ),
        _SIGN,
    ),
    structure=(
        "Verification deactivation ('二审' among Chinese sellers): account paused for safety, headings "
        "为什么会发生这种情况？(need documents to verify identity / payment method changed) and "
        "如何重新激活我的账户？with a '--' list of documents (90-day utility bill, business licence, "
        "bank statement) and format rules （.pdf/.png/.gif, 真实且未经修改）, upload link. Sent from "
        "seller-verification / no-replies-appeals addresses."
    ),
    phrases=("验证您的身份", "最近90天内", "公用事业账单", "真实且未经修改", "有效的信用卡"),
    seen_at=("https://88bfru.com/thread-161640-1-1.html", "https://zuoooo.com/blog/ec/4873.html"),
)

ZH_RESTRICTED = Family(
    id="zh-sp-restricted-product-deactivation",
    label="suspension",
    language="zh",
    team="seller-performance",
    marketplaces=("US",),
    senders=_SENDERS,
    subjects=("您的亚马逊卖家账户已被永久停用", "商品合规：您的销售权限已被移除"),
    blocks=(
        _GREETING,
        (
            "您的亚马逊卖家账户已被停用，商品信息已从我们的网站移除。",
            "由于违反受限商品政策，我们已移除您的销售权限。",
        ),
        _WHY,
        (
            "您发布了不允许在亚马逊上销售的商品。所有商品必须遵守适用法律和亚马逊政策。例如：{asin}({product})",
            "您提供给亚马逊的合规文件似乎经过伪造或篡改。我们已与发证机构确认，该文件并非由其签发。",
        ),
        _HOW,
        (
            "请提交证据或文件，证明您的账户未违反受限商品政策。",
            "请提供说明：(1) 为什么应撤销停用；(2) 证明您此前提供的合规文件为原件、真实且准确的证据。",
        ),
        (
            "如需提交信息，请直接回复此邮件，或在“绩效通知”页面找到此消息并点击“申诉”按钮。",
            "请按照“账户状况”页面顶部横幅中的说明提交。",
        ),
        (
            "如果我们未收到所需信息，您的账户将保持停用状态，我们可能会永久扣留应付给您的款项。",
            "",
        ),
        _SIGN,
    ),
    structure=(
        "Restricted-product / forged-compliance deactivation. Seen quoted in English on Chinese "
        "forums; this is its Chinese Seller Central version: "
        "'permanently deactivated', reason paragraph naming the ASINs or the forged certificate, "
        "request for evidence or documentation rather than a full POA, Appeal button on the "
        "Performance Notifications page, funds may be withheld permanently."
    ),
    phrases=("受限商品政策", "永久停用", "合规文件", "申诉按钮"),
    seen_at=(
        "https://www.wearesellers.com/question/18025&sort_key=hd",
        "https://www.wearesellers.com/question/94206&sort_key=new",
    ),
)

FAMILIES: tuple[Family, ...] = (ZH_DEACTIVATION, ZH_VERIFICATION, ZH_RESTRICTED)
