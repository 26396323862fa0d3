"""Simplified Chinese seller-verification mail ("二审"): more documents, refusal, verification passed.

Wording is our own.
"""

from classifiers.corpus.families import Family

_SENDERS = (
    "seller-verification@{domain}",
    "Amazon 卖家身份验证 <seller-verification@{domain}>",
    "no-replies-appeals@{domain}",
)
_GREETING = ("您好，", "{seller} 您好：", "尊敬的卖家：")
_SIGN = ("此致\n卖家身份验证团队", "亚马逊", "Amazon.com")
_MARKETS = ("US", "UK", "DE", "JP", "CN")

ZH_VERIFY_MORE = Family(
    id="zh-sv-verification-more-info",
    label="need_more_info",
    language="zh",
    team="seller-performance",
    marketplaces=_MARKETS,
    senders=_SENDERS,
    subjects=("请重新提交身份验证文件", "您的账户审核：需要其他文件"),
    blocks=(
        _GREETING,
        (
            "我们无法根据您提交的文件完成身份验证。",
            "为继续审核您的卖家账户，请提供以下补充文件。",
        ),
        (
            "-- 最近90天内的水、电、燃气或网络账单，须显示您的姓名和地址；\n-- 如果无法提供账单，可提供最近90天内的银行对账单或信用卡账单。",
            "您提交的账单上的地址与卖家平台中填写的地址不一致。请提交地址一致的文件。",
            "您上传的图片模糊不清，无法辨认。请上传完整、清晰的彩色扫描件或照片。",
        ),
        (
            "请在{deadline}之前按照“账户状况”页面横幅中的说明上传文件。",
            "我们不接受屏幕截图或经过编辑的文件。",
        ),
        _SIGN,
    ),
    structure=(
        "Verification request ('二审'): the documents did not complete identity checks, then what "
        "to send (90-day utility bill or bank / card statement with name and address) or what was "
        "wrong (address mismatch, blurry image), deadline and upload route. Chinese guides give "
        "the document rules in detail."
    ),
    phrases=("身份验证", "最近90天内", "补充文件", "不接受屏幕截图"),
    seen_at=("https://zuoooo.com/blog/ec/4873.html", "https://88bfru.com/thread-161640-1-1.html"),
)

ZH_VERIFY_DENIED = Family(
    id="zh-sv-verification-denied",
    label="generic_denial",
    language="zh",
    team="seller-performance",
    marketplaces=_MARKETS,
    senders=_SENDERS,
    subjects=("关于您的卖家账户审核结果", "我们无法验证您的身份"),
    blocks=(
        _GREETING,
        (
            "我们已审核您提供的信息，但无法验证您的身份，因此不能重新激活您的卖家账户。",
            "经过仔细审核，我们决定不恢复您的销售权限。",
        ),
        (
            "您不能再使用此账户在亚马逊上销售。",
            "对于此决定，我们可能不会再回复其他邮件。",
        ),
        _SIGN,
    ),
    structure=(
        "Verification refused in Chinese: identity could not be verified / decided not to restore "
        "privileges, you cannot sell with this account, further mail may go unanswered. Names "
        "nothing to fix."
    ),
    phrases=("无法验证您的身份", "不能重新激活", "不恢复"),
    seen_at=("https://88bfru.com/thread-161640-1-1.html",),
)

ZH_VERIFY_OK = Family(
    id="zh-sv-verification-complete",
    label="reinstatement",
    language="zh",
    team="seller-performance",
    marketplaces=_MARKETS,
    senders=_SENDERS,
    subjects=("身份验证已完成", "您的卖家账户已通过审核"),
    blocks=(
        _GREETING,
        (
            "我们已完成对您文件的审核，您的卖家账户已重新激活。",
            "您的身份验证已通过，现在可以继续在亚马逊上销售。",
        ),
        (
            "被暂扣的资金将在下一个结算周期发放。",
            "您的商品信息将在24小时内陆续恢复显示。",
            "",
        ),
        ("感谢您的配合。", ""),
        _SIGN,
    ),
    structure=(
        "Verification passed in Chinese: documents reviewed, account reactivated / you may sell "
        "again, held funds on the next settlement, listings back within a day. Chinese guides call "
        "it passing the 二审."
    ),
    phrases=("身份验证已通过", "已重新激活", "继续在亚马逊上销售"),
    seen_at=("https://zuoooo.com/blog/ec/4873.html",),
)

FAMILIES: tuple[Family, ...] = (ZH_VERIFY_MORE, ZH_VERIFY_DENIED, ZH_VERIFY_OK)
