"""Simplified Chinese Seller Support and Account Health mail: case forwarded, listing restored.

Wording is our own.
"""

from classifiers.corpus.families import Family

ZH_CASE_FORWARDED = Family(
    id="zh-ss-case-forwarded",
    label="acknowledgement",
    language="zh",
    team="seller-support",
    marketplaces=("US", "UK", "DE", "CN"),
    senders=("seller-support@{domain}", "亚马逊卖家支持 <seller-support@{domain}>"),
    subjects=("您的问题已转交相关团队（案例编号：{case_id}）", "卖家支持回复：{case_id}"),
    blocks=(
        ("您好，", "{seller} 您好："),
        (
            "感谢您联系卖家支持。您的问题需要由专门团队处理，我们已将案例转交给相关团队。",
            "我们已收到您的案例，并已转交给负责审核的部门。",
        ),
        (
            "该团队会直接通过电子邮件回复您，通常需要2到3个工作日。",
            "在收到回复之前，请不要就同一问题重复创建案例。",
        ),
        ("案例编号：{case_id}", ""),
        ("此致\n卖家支持团队", "亚马逊卖家支持"),
    ),
    structure=(
        "Seller Support reply with a case number: forwarded to the responsible team, which answers "
        "by e-mail in a few working days; do not open duplicate cases. No decision. Chinese guides "
        "tell sellers to follow up through 卖家支持 while waiting."
    ),
    phrases=("卖家支持", "转交", "案例编号"),
    seen_at=("https://www.hsxycw.com/ds/s27v4e.html",),
)

ZH_LISTING_BACK = Family(
    id="zh-ah-listing-reinstated",
    label="reinstatement",
    language="zh",
    team="account-health",
    marketplaces=("US", "UK", "DE", "CN"),
    senders=("notice-dispute@{domain}", "seller-notification@{domain}"),
    subjects=("您的商品信息已恢复", "投诉已撤回：ASIN {asin} 已重新上架"),
    blocks=(
        ("您好，", "{seller} 您好："),
        (
            "权利所有者已撤回投诉，我们已恢复以下商品信息。",
            "我们已审核您提供的文件，并重新激活了相关商品信息。",
        ),
        ("ASIN：{asin}", "涉及的ASIN：{asins}"),
        (
            "账户状况页面上的相关违规记录已被移除。商品信息最多可能需要24小时才能重新显示。",
            "",
        ),
        ("此致\nAmazon.com", "亚马逊"),
    ),
    structure=(
        "Listing restored: the rights owner retracted the complaint or the documents were accepted, "
        "the ASIN is live again and the violation leaves Account Health. Chinese guides describe "
        "asking the complainant to retract; this is the Chinese version of the English notice."
    ),
    phrases=("撤回投诉", "恢复", "重新激活"),
    seen_at=(
        "https://notes.xmgseo.com/post/%E4%BA%9A%E9%A9%AC%E9%80%8A%E8%A2%AB%E6%8A%95%E8%AF%89%E4%BE%B5%E6%9D%83%E5%A6%82%E4%BD%95%E7%94%B3%E8%AF%89%EF%BC%9F",
    ),
)

FAMILIES: tuple[Family, ...] = (ZH_CASE_FORWARDED, ZH_LISTING_BACK)
