"""More Simplified Chinese Seller Performance, Account Health and Seller Support families.

Kinds the first Chinese modules lacked: the related-account deactivation and
its good end, the reinstatement after metrics recover or compliance papers
pass, the listing-appeal rejection, the request to rewrite a plan, the Seller
Support case receipt, and the "we cannot help here, appeal there" reply.
Wording is our own.
"""

from classifiers.corpus.families import Family

_SP = ("seller-performance@{domain}", "亚马逊卖家绩效 <seller-performance@{domain}>")
_AH = ("account-health@{domain}", "seller-notification@{domain}")
_SS = ("seller-support@{domain}", "亚马逊卖家支持 <seller-support@{domain}>")
_HELLO = ("您好，", "{seller} 您好：", "尊敬的卖家：")
_SIGN_SP = ("此致\n卖家绩效团队", "亚马逊卖家绩效团队", "Amazon.com")
_SIGN_AH = ("此致\n账户健康团队", "亚马逊", "Amazon.com")
_SIGN_SS = ("此致\n卖家支持团队", "亚马逊卖家支持")

ZH_RELATED = Family(
    id="zh-sp-related-account-deactivation",
    label="suspension",
    language="zh",
    team="seller-performance",
    marketplaces=("US", "UK", "DE", "JP"),
    senders=_SP,
    subjects=(
        "您的亚马逊卖家账户已被停用",
        "账户停用通知：关联账户",
        "{marketplace} 卖家账户已停用",
    ),
    blocks=(
        _HELLO,
        (
            "根据亚马逊商业解决方案协议第3条，我们已停用您的卖家账户，您的商品信息已被删除。",
            "您在 {marketplace} 的卖家账户已被停用，商品信息已被禁用。",
        ),
        (
            "在我们与您合作解决此问题期间，资金不会转给您，而是保留在您的账户中。请继续配送未完成的订单。",
            "资金将保留在您的账户中，这可能需要90天或更长时间。",
        ),
        (
            "为什么会发生这种情况？\n我们发现您的账户与另一个因违反政策而被停用的账户相关联。",
            "为什么会发生这种情况？\n您的账户与一个不得在我们网站上销售的账户存在关联，因此您不能再使用此账户销售。",
        ),
        (
            "如何重新激活我的账户？\n1. 您必须先按照关联账户收到的通知，为该账户提交申诉并使其恢复。\n"
            "2. 该账户恢复后，请通过 {link} 为当前账户提交申诉，并注明已恢复账户的名称和日期。",
            "如何重新激活我的账户？\n如果您不再拥有该账户，请提交销售合同、业务转让协议等证明文件；"
            "如果您不认识该账户，请在申诉中确认它不属于您。",
        ),
        (
            "如果我未提供所需信息会怎样？\n如果您未提交有效申诉，您的账户将保持停用状态。",
            "",
        ),
        _SIGN_SP,
    ),
    structure=(
        "Related-account deactivation in Chinese, with the English headings translated: 为什么会发生这种"
        "情况？ (linked to an account that was deactivated / may not sell), 如何重新激活我的账户？ "
        "(first reinstate the other account, then appeal this one naming it and the date; or prove "
        "you no longer own it / do not know it), funds held 90 days or more. Chinese forums quote it "
        "in full, machine-translated."
    ),
    phrases=("商业解决方案协议第3条", "关联", "如何重新激活我的账户", "资金不会转给您"),
    seen_at=(
        "https://88bfru.com/forum.php?goto=nextoldset&mod=redirect&tid=250840",
        "https://88bfru.com/thread-135539-1-849.html",
    ),
)

ZH_METRICS_BACK = Family(
    id="zh-sp-privileges-restored-metrics",
    label="reinstatement",
    language="zh",
    team="seller-performance",
    marketplaces=("US", "UK", "DE"),
    senders=_SP,
    subjects=(
        "您在 {marketplace} 的销售权限已恢复",
        "账户已恢复：感谢您的行动计划",
        "您的商品信息已重新激活",
    ),
    blocks=(
        _HELLO,
        (
            "感谢您提交行动计划，说明如何改善订单缺陷率。我们已接受您的计划，并恢复了您的销售权限。",
            "我们已审核您关于迟发率的行动计划。您的销售权限已恢复，商品信息会重新显示在网站上。",
            "经过审核，我们已重新激活您的卖家账户，您可以继续销售。",
        ),
        (
            "我们将继续监控您的账户表现，请确保各项指标保持在目标范围内。",
            "您的商品信息可能需要最多24小时才能重新显示，资金将按正常的结算周期转给您。",
        ),
        ("请落实您在行动计划中承诺的改进措施。", ""),
        _SIGN_SP,
    ),
    structure=(
        "Reinstatement after a performance (metrics) suspension: the plan about order defect rate "
        "or late shipment was accepted, selling privileges restored, metrics will be watched, "
        "listings back within 24 hours. Chinese sellers post it as 申诉成功."
    ),
    phrases=("我们已接受您的计划", "销售权限已恢复", "订单缺陷率", "继续监控"),
    seen_at=(
        "https://www.jiangzuoku.net/post/163142.html",
        "https://www.hsxycw.com/ds/s27v4e.html",
    ),
)

ZH_COMPLIANCE_OK = Family(
    id="zh-ah-compliance-approved",
    label="reinstatement",
    language="zh",
    team="account-health",
    marketplaces=("US", "UK", "DE"),
    senders=_AH,
    subjects=("您的合规文件已获批准", "ASIN {asin} 已恢复销售", "申诉已通过：商品信息已恢复"),
    blocks=(
        _HELLO,
        (
            "我们已审核您为 {product} 提交的合规文件（检测报告和证书），文件已获批准。",
            "您对 ASIN {asin} 的申诉已通过审核。",
            "感谢您提供所需的信息。我们已从您的账户状况页面移除了相关违规。",
        ),
        (
            "该商品已重新上架，买家可以再次购买。",
            "相关商品信息已重新激活，最多可能需要24小时才能显示在搜索结果中。",
            "此违规将不再计入您的账户状况评级。",
        ),
        ("您无需执行任何其他操作。", ""),
        _SIGN_AH,
    ),
    structure=(
        "Account Health accepts the documents or the appeal for a listing (compliance papers, "
        "test report, invoices): listing active again, violation removed from the Account Health "
        "Rating, nothing more to do. The good outcome of the policy warning."
    ),
    phrases=("已获批准", "申诉已通过", "重新上架", "移除了相关违规"),
    seen_at=(
        "https://notes.xmgseo.com/post/%E4%BA%9A%E9%A9%AC%E9%80%8A%E8%A2%AB%E6%8A%95%E8%AF%89%E4%BE%B5%E6%9D%83%E5%A6%82%E4%BD%95%E7%94%B3%E8%AF%89%EF%BC%9F",
    ),
)

ZH_POA_REVISE = Family(
    id="zh-sp-poa-revise",
    label="need_more_info",
    language="zh",
    team="seller-performance",
    marketplaces=("US", "UK", "DE"),
    senders=_SP,
    subjects=("回复：您的行动计划", "请修改您的行动计划", "您的申诉：需要更多详细信息"),
    blocks=(
        _HELLO,
        (
            "我们已审核您的行动计划，但它没有充分说明导致问题的原因。",
            "感谢您的申诉。您提交的行动计划过于笼统，我们需要更具体的信息。",
        ),
        (
            "请在修改后的行动计划中说明：\n-- 导致问题的根本原因；\n-- 您已采取的纠正措施；\n"
            "-- 防止问题再次发生的措施。",
            "请补充以下内容：\n1. 具体的根本原因，而不是概括性的描述；\n2. 每项措施的实施日期；\n"
            "3. 您如何监控这些措施的效果。",
        ),
        (
            "请通过“账户状况”页面的“重新激活您的账户”提交修改后的计划。",
            "请在 {deadline} 前提交，以便我们继续审核。",
        ),
        _SIGN_SP,
    ),
    structure=(
        "The plan of action was read but is too general: a '--' or numbered list of what the "
        "revised plan must state (root cause, corrective actions, preventive measures, dates), "
        "resubmit through the Account Health page, sometimes by a date. Chinese guides tell sellers "
        "to expect it after a vague 行动计划."
    ),
    phrases=("根本原因", "修改后的行动计划", "过于笼统", "纠正措施"),
    seen_at=(
        "https://88bfru.com/thread-147112-1-777.html",
        "https://www.jiangzuoku.net/post/163142.html",
    ),
)

ZH_COMPLIANCE_MORE = Family(
    id="zh-ah-compliance-more-info",
    label="need_more_info",
    language="zh",
    team="account-health",
    marketplaces=("US", "UK", "DE"),
    senders=_AH,
    subjects=("我们无法批准您提交的文件", "关于 ASIN {asin}：需要其他文件", "您的合规文件不完整"),
    blocks=(
        _HELLO,
        (
            "我们已审核您为 ASIN {asin} 提交的文件，但还不能恢复该商品。",
            "感谢您的提交。您提供的文件不完整，无法证明商品符合要求。",
        ),
        (
            "请提供以下文件：\n-- 由认可实验室出具的检测报告；\n-- 载明商品名称和型号的符合性证书；\n"
            "-- 商品包装和标签的清晰照片。",
            "缺少的信息：\n1. 检测报告上的商品型号与商品信息不一致；\n2. 证书已过期；\n3. 未提供制造商的联系方式。",
        ),
        (
            "请在账户状况页面找到此违规，点击“申诉”并上传上述文件。",
            "请在 {deadline} 前重新提交，否则该商品信息将保持停止状态。",
        ),
        _SIGN_AH,
    ),
    structure=(
        "Account Health cannot approve the compliance documents yet: a list of what is missing "
        "(lab test report, certificate naming the model, label photos, manufacturer contact), "
        "resubmit via the violation's Appeal button, a date. The listing-level cousin of the "
        "invoice request."
    ),
    phrases=("无法批准", "检测报告", "符合性证书", "重新提交"),
    seen_at=("https://www.wearesellers.com/question/18025&sort_key=hd",),
)

ZH_CASE_RECEIVED = Family(
    id="zh-ss-case-received",
    label="acknowledgement",
    language="zh",
    team="seller-support",
    marketplaces=("US", "UK", "DE", "JP"),
    senders=_SS,
    subjects=(
        "我们已收到您的请求（案例编号 {case_id}）",
        "感谢您联系亚马逊卖家支持",
        "案例 {case_id} 已创建",
    ),
    blocks=(
        _HELLO,
        (
            "感谢您联系亚马逊卖家支持。我们已收到您的请求，案例编号为 {case_id}。",
            "您的案例已创建，我们的支持人员将会处理。",
        ),
        (
            "我们通常会在24小时内回复。如有补充信息，请直接在案例日志中回复，无需新建案例。",
            "您可以在“案例日志”中随时查看处理进度。",
        ),
        ("", "请勿回复此邮件。"),
        _SIGN_SS,
    ),
    structure=(
        "Seller Support receipt for a new case: case id, usually answered within 24 hours, add "
        "information in the Case Log rather than opening a new case. No decision: acknowledgement."
    ),
    phrases=("我们已收到您的请求", "案例编号", "案例日志"),
    seen_at=("https://www.hsxycw.com/ds/s27v4e.html",),
)

ZH_VERIFY_SUBMITTED = Family(
    id="zh-sv-verification-submitted",
    label="acknowledgement",
    language="zh",
    team="seller-performance",
    marketplaces=("US", "UK", "DE", "JP"),
    senders=("seller-verification@{domain}", "卖家身份验证 <seller-verification@{domain}>"),
    subjects=("您的身份验证资料已提交", "我们正在审核您的信息", "已收到您上传的文件"),
    blocks=(
        _HELLO,
        (
            "我们已收到您提交的身份验证资料，目前正在审核中。",
            "感谢您上传所需文件。我们正在核实您的身份和地址信息。",
        ),
        (
            "审核通常需要3个工作日，审核结果会通过电子邮件通知您。",
            "审核期间您无法修改已提交的信息，请耐心等待。",
        ),
        ("如有需要，我们可能会与您联系以获取更多信息。", ""),
        ("此致\n亚马逊卖家身份验证团队", "亚马逊"),
    ),
    structure=(
        "Verification receipt: identity / address documents received and under review, about three "
        "working days, result by e-mail, no changes meanwhile. Chinese guides describe the 二审 wait "
        "after uploading the utility bill."
    ),
    phrases=("身份验证", "正在审核中", "审核结果"),
    seen_at=("https://zuoooo.com/blog/ec/4873.html",),
)

ZH_SUPPORT_CANNOT = Family(
    id="zh-ss-redirect-cannot-help",
    label="redirect_closed_queue",
    language="zh",
    team="seller-support",
    marketplaces=("US", "UK", "DE", "JP"),
    senders=_SS,
    subjects=("回复：我的账户被停用了", "关于您的案例 {case_id}", "卖家支持无法处理此问题"),
    blocks=(
        _HELLO,
        (
            "感谢您联系卖家支持。很抱歉，卖家支持无法处理账户停用或申诉相关的问题。",
            "我们了解您的账户被停用给您带来的困扰，但卖家支持团队无权审核申诉或恢复账户。",
        ),
        (
            "请登录卖家平台，前往“绩效”>“账户状况”，按照页面顶部横幅中的说明提交申诉：{link}",
            "负责的团队只接收通过“账户状况”页面或绩效通知中的“申诉”按钮提交的申诉。",
        ),
        ("我们将关闭此案例。", "此案例现已解决。"),
        _SIGN_SS,
    ),
    structure=(
        "Seller Support says it cannot handle deactivations or appeals and points to the Account "
        "Health page banner / the Appeal button; the case is closed. Same answer, in Chinese, as the "
        "English 'Seller Support cannot help' redirect."
    ),
    phrases=("卖家支持无法处理", "账户状况", "横幅", "关闭此案例"),
    seen_at=("https://zuoooo.com/blog/ec/4873.html", "https://www.hsxycw.com/ds/s27v4e.html"),
)

ZH_EMAIL_NOT_REVIEWED = Family(
    id="zh-sp-redirect-email-attachments",
    label="redirect_closed_queue",
    language="zh",
    team="seller-performance",
    marketplaces=("US", "UK", "DE"),
    senders=_SP,
    subjects=("回复：申诉材料", "您通过电子邮件发送的文件未被审核", "请使用账户状况页面提交申诉"),
    blocks=(
        _HELLO,
        (
            "我们无法审核通过电子邮件发送的申诉和附件。",
            "您回复的电子邮件不会转交给审核团队，附件也不会被查看。",
        ),
        (
            "请通过“账户状况”页面上的“重新激活您的账户”提交您的申诉和文件：{link}",
            "请在卖家平台的“绩效通知”中找到原通知，点击“申诉”按钮后上传文件。",
        ),
        ("通过正确渠道提交后，您将收到确认邮件。", ""),
        _SIGN_SP,
    ),
    structure=(
        "Reply to a seller who e-mailed the appeal: e-mailed appeals and attachments are not "
        "reviewed, use Reactivate your account on the Account Health page or the notice's Appeal "
        "button. A redirect, not a decision."
    ),
    phrases=("无法审核通过电子邮件发送的申诉", "重新激活您的账户", "绩效通知"),
    seen_at=("https://zuoooo.com/blog/ec/4873.html",),
)

ZH_RELATED_BACK = Family(
    id="zh-sp-related-account-reinstated",
    label="reinstatement",
    language="zh",
    team="seller-performance",
    marketplaces=("US", "UK", "DE", "JP"),
    senders=_SP,
    subjects=("您的卖家账户已恢复", "关联账户审核完成：您可以继续销售"),
    blocks=(
        _HELLO,
        (
            "我们已审核您提供的关于关联账户的信息，您的卖家账户已重新激活。",
            "经过审核，我们确认您的账户与被停用的账户不存在关联，您的销售权限已恢复。",
            "由于关联账户已成功恢复，我们也重新激活了您当前的账户。",
        ),
        (
            "您的商品信息将在24小时内重新显示，资金会按正常的结算周期转给您。",
            "您的商品信息已重新激活。",
        ),
        ("感谢您的耐心等待。", ""),
        _SIGN_SP,
    ),
    structure=(
        "Reinstatement after a related-account deactivation: the link was reviewed (or the other "
        "account is back), account reactivated, listings within a day, funds on the normal "
        "schedule. The good end of the 关联 letter."
    ),
    phrases=("关联账户", "重新激活", "销售权限已恢复"),
    seen_at=("https://88bfru.com/forum.php?goto=nextoldset&mod=redirect&tid=250840",),
)

ZH_APPEAL_REJECTED = Family(
    id="zh-ah-appeal-rejected",
    label="generic_denial",
    language="zh",
    team="account-health",
    marketplaces=("US", "UK", "DE"),
    senders=_AH,
    subjects=("您的申诉未获批准", "ASIN {asin}：申诉结果"),
    blocks=(
        _HELLO,
        (
            "我们已审核您的申诉，但您提供的信息未能解决我们的顾虑。",
            "经过审核，我们无法恢复该商品信息，也无法移除相关违规。",
        ),
        (
            "该商品信息将保持停止状态，违规记录仍保留在账户状况页面上。",
            "此决定为最终决定，我们可能不会回复有关此问题的其他邮件。",
        ),
        _SIGN_AH,
    ),
    structure=(
        "Short rejection of a listing appeal from Account Health: reviewed, does not address our "
        "concerns, listing stays inactive and the violation stays; maybe 'final'. No documents "
        "named, no deadline."
    ),
    phrases=("未能解决我们的顾虑", "保持停止状态", "最终决定"),
    seen_at=("https://www.10100.com/encyclopedia/interlocution/65093103",),
)

FAMILIES: tuple[Family, ...] = (
    ZH_RELATED,
    ZH_METRICS_BACK,
    ZH_COMPLIANCE_OK,
    ZH_POA_REVISE,
    ZH_COMPLIANCE_MORE,
    ZH_CASE_RECEIVED,
    ZH_VERIFY_SUBMITTED,
    ZH_SUPPORT_CANNOT,
    ZH_EMAIL_NOT_REVIEWED,
    ZH_RELATED_BACK,
    ZH_APPEAL_REJECTED,
)
