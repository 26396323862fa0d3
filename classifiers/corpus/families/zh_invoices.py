"""Chinese request for supplier invoices during an appeal (need_more_info).

The 亚马逊 version of the invoice request sellers quote (said in ``structure``);
wording is our own.
"""

from classifiers.corpus.families import Family

ZH_INVOICES = Family(
    id="zh-sp-more-info-invoices",
    label="need_more_info",
    language="zh",
    team="seller-performance",
    marketplaces=("US", "CN"),
    senders=("seller-performance@{domain}", "seller-notification@{domain}"),
    subjects=("您的申诉需要补充发票", "关于ASIN {asin}的文件"),
    blocks=(
        ("您好，", "{seller}，您好："),
        (
            "感谢您提交申诉。为继续审核，我们还需要您的供应商开具的发票。",
            "我们无法核实您提交的文件，请再提供其他证明材料。",
            "我们已收到您的文件，但ASIN {asin}仍缺少证明商品来源的材料。",
        ),
        (
            "请提供过去365天内开具的发票，发票上需显示供应商名称、地址以及采购数量。",
            "发票必须清晰可读、抬头为您的名称，且数量至少覆盖已售出的件数。价格可以遮盖。",
        ),
        ("请在{deadline}之前通过账户状况页面上传。", "请在{deadline}之前回复并附上所需文件。"),
        ("此致\n卖家绩效团队", "亚马逊"),
    ),
    structure=(
        "Mid-appeal request for supplier invoices: appeal received or documents unverifiable, "
        "invoices from the last 365 days with supplier name, address and quantities, legible, "
        "prices may be hidden, upload by a deadline. 亚马逊 version of the letter sellers quote."
    ),
    phrases=("供应商", "过去365天"),
    seen_at=(
        "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/9059a3aa-856e-435e-bc2f-9957e0555688",
    ),
)

FAMILIES: tuple[Family, ...] = (ZH_INVOICES,)
