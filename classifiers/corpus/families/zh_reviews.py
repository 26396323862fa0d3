"""Simplified Chinese account-review mail: review complete, dispute receipt, buyer message.

Wording is our own.
"""

from classifiers.corpus.families import Family

_GREETING = ("您好，", "{seller} 您好：", "尊敬的卖家：")
_MARKETS = ("US", "UK", "DE", "CN")

ZH_REVIEW_END = Family(
    id="zh-sp-account-review-complete",
    label="reinstatement",
    language="zh",
    team="seller-performance",
    marketplaces=_MARKETS,
    senders=("seller-performance@{domain}", "Amazon 卖家绩效 <seller-performance@{domain}>"),
    subjects=("您的卖家账户审核已完成", "卖家自配送商品已恢复销售"),
    blocks=(
        _GREETING,
        (
            "我们已确认您近期卖家自配送订单的配送情况，您的账户审核已经结束。",
            "审核已完成，您的卖家自配送商品已自动恢复销售。",
        ),
        (
            "您可以按照正常的结算周期接收款项。",
            "请继续在预计发货日期前发货并上传追踪信息。",
        ),
        ("此致\n卖家绩效团队", "亚马逊"),
    ),
    structure=(
        "End of an account review in Chinese: deliveries confirmed, review closed, FBM offers back "
        "on sale automatically, payouts on the normal schedule. Chinese service pages list the "
        "物流审核 and its 1-30 day duration."
    ),
    phrases=("审核已完成", "自动恢复销售", "正常的结算周期"),
    seen_at=("http://kjds.mvy.cn/home/anli/show?id=52",),
)

ZH_DISPUTE_ACK = Family(
    id="zh-nd-dispute-received",
    label="acknowledgement",
    language="zh",
    team="notice-dispute",
    marketplaces=_MARKETS,
    senders=("notice-dispute@{domain}", "Amazon <notice-dispute@{domain}>"),
    subjects=("我们已收到您关于投诉 {complaint_id} 的回复", "回复：投诉编号 {complaint_id}"),
    blocks=(
        _GREETING,
        (
            "感谢您就投诉编号 {complaint_id} 与我们联系。",
            "我们已收到您对ASIN {asin}的异议。",
        ),
        (
            "相关团队正在审核，审核完成后会通过电子邮件通知您。",
            "审核可能需要几个工作日，在此期间无需重复发送相同的内容。",
        ),
        ("此致\nAmazon.com", "亚马逊"),
    ),
    structure=(
        "Receipt from the Notice Dispute team in Chinese: the reply about complaint {complaint_id} "
        "or ASIN arrived, under review, answer by e-mail, no need to resend. No decision."
    ),
    phrases=("投诉编号", "我们已收到", "正在审核"),
    seen_at=(
        "https://notes.xmgseo.com/post/%E4%BA%9A%E9%A9%AC%E9%80%8A%E8%A2%AB%E6%8A%95%E8%AF%89%E4%BE%B5%E6%9D%83%E5%A6%82%E4%BD%95%E7%94%B3%E8%AF%89%EF%BC%9F",
    ),
)

ZH_BUYER_MESSAGE = Family(
    id="zh-mk-buyer-message",
    label="other",
    language="zh",
    team="marketplace",
    marketplaces=_MARKETS,
    senders=("marketplace-messages@{domain}",),
    subjects=("买家关于订单 {order_id} 的咨询", "买家消息：配送状态查询"),
    blocks=(
        ("您收到了一条买家消息。", "以下是亚马逊买家发送给您的消息。"),
        (
            "订单编号：{order_id}\n商品：{product}\n\n“我的包裹还没有到，请问什么时候发货？”",
            "订单编号：{order_id}\n\n“收到的商品包装有破损，可以换货吗？”",
        ),
        (
            "请在24小时内回复。如果无需回复，可以将其标记为“无需回复”。",
            "请通过卖家平台的“买家与卖家消息”回复此消息。",
        ),
        ("Amazon.com", ""),
    ),
    structure=(
        "Buyer message relayed by Amazon in Chinese Seller Central: order number, the buyer's "
        "question, reply within 24 hours or mark as no reply needed. Everyday mail: other."
    ),
    phrases=("买家消息", "无需回复", "24小时内"),
    seen_at=("https://www.hsxycw.com/ds/s27v4e.html",),
)

FAMILIES: tuple[Family, ...] = (ZH_REVIEW_END, ZH_DISPUTE_ACK, ZH_BUYER_MESSAGE)
