"""English intellectual property notices from Notice Dispute (label suspension).

A rights owner's copyright or trademark report removes listings or images, or
warns about trademarked terms on a detail page. The notice says how to get the
listing back (authorization, invoices, a retraction), and is still a suspension.
"""

from __future__ import annotations

from . import Family
from ._en_common import (
    EN_MARKETS,
    GREETING,
    ND_SENDERS,
    SIGN_ND,
)

IP_WHY = (
    "Why did this happen?\nOne or more of your listings may infringe the intellectual property "
    "rights of others.",
    "Why did this happen?\nA rights owner reported that your listing may be infringing their "
    "rights. Listing content that infringes others' intellectual property is against our "
    "policies.",
)
IP_HELP = (
    "We're here to help.\nTo understand how your listing may infringe, search for "
    '"Intellectual Property Policy" in Seller Central Help ({link}).',
    "For more about this, see the Intellectual Property Policy page in Seller Central Help.",
    "",
)
RETRACTION = (
    "If you think the rights owner made a mistake, contact them and ask for a retraction. We "
    "only accept retractions the rights owner sends to us directly, not forwarded ones.\n"
    "Rights owner: {rights_owner}",
    "Have your listings been removed in error?\nIf you never sold or listed this product, tell "
    "us. If the rights owner sent the notice in error, ask {rights_owner} to retract it.",
)
ND_LIST = (
    "ASIN: {asin}\nInfringement type: {kind}\nComplaint ID: {complaint_id}",
    "ASIN: {asins}\nInfringement type: {kind}\nComplaint ID: {complaint_id}\nRights owner: "
    "{rights_owner}",
)


def _nd_list(kind: str) -> tuple[str, ...]:
    return tuple(text.replace("{kind}", kind) for text in ND_LIST)


FAMILIES: tuple[Family, ...] = (
    Family(
        id="en-nd-copyright-listing",
        label="suspension",
        language="en",
        team="notice-dispute",
        marketplaces=EN_MARKETS,
        senders=ND_SENDERS,
        subjects=(
            "Notice: Policy Warning",
            "Your listings have been removed: copyright complaint",
            "Notice of copyright infringement",
        ),
        blocks=(
            GREETING,
            (
                "We removed some of your listings because a rights owner reported that they "
                "may infringe the rights owner's copyright. The removed listings are at the "
                "bottom of this message.",
                "We received a report from a rights owner that the product or packaging on "
                "your listing may infringe their copyright, and we removed the listing.",
                "A rights owner told us your listings are unauthorized copies of copyrighted "
                "material, so we have taken them down.",
            ),
            IP_WHY,
            IP_HELP,
            (
                "How do I reactivate my listing?\nSend an invoice, letter of authorization or "
                "licensing agreement from the manufacturer or rights owner showing your "
                "products are lawful. External links are not accepted.",
                "How do I reactivate my listing?\nProvide one of these: a letter of "
                "authorization or licence from the rights owner, or an invoice bought directly "
                "from the rights owner.",
            ),
            (
                "How do I submit this information?\nOpen Received Intellectual Property "
                "Complaints in Account Health, find the record for this listing and click "
                "Appeal.",
                "Reply to notice-dispute@{domain} or use the Appeal button in Account Health.",
            ),
            RETRACTION,
            (
                "If you do not provide the information within 90 days, you will be asked to "
                "remove the inventory of these listings, and it may be disposed of.",
                "",
            ),
            _nd_list("Copyright"),
            SIGN_ND,
        ),
        structure=(
            "Listings removed after a rights owner's copyright report; 'Why did this "
            "happen?'; 'We're here to help' pointing to the Intellectual Property Policy; 'How "
            "do I reactivate my listing?' (invoice, licence or authorization; no external "
            "links; accepted image formats); how to submit (Received Intellectual Property "
            "Complaints); error path with retraction; rights owner contact; ASIN, "
            "infringement type and complaint ID at the bottom."
        ),
        phrases=(
            "we received a report from a rights owner",
            "How do I reactivate my listing?",
            "Infringement type: Copyright",
            "External links are not accepted",
            "Received Intellectual Property Complaints",
        ),
        seen_at=(
            "https://sellercentral.amazon.in/seller-forums/discussions/t/95d663a2-5cdd-49b5-9bef-f0956c6f34a6",
            "https://wearesellers.com/question/22520",
        ),
    ),
    Family(
        id="en-nd-trademark-listing",
        label="suspension",
        language="en",
        team="notice-dispute",
        marketplaces=EN_MARKETS,
        senders=ND_SENDERS,
        subjects=("Notice: Policy Warning", "Trademark complaint about your listing"),
        blocks=(
            GREETING,
            (
                "We removed the listing below because a rights owner reported that it infringes "
                "their trademark.",
                "Your listing was deactivated after we received a notice of trademark "
                "infringement from the brand owner.",
            ),
            IP_WHY,
            (
                "How do I reactivate my listing?\nSend an invoice or letter of authorization "
                "that proves your products are genuine, or explain why the notice does not "
                "apply.",
                "To reactivate, submit proof of authenticity (invoice, order ID, licence) "
                "through the Appeal button in Account Health.",
            ),
            RETRACTION,
            (
                "Repeated infringement may lead to the deactivation of your account.",
                "Please note that further complaints may result in the loss of your selling "
                "privileges.",
                "",
            ),
            _nd_list("Trademark"),
            SIGN_ND,
        ),
        structure=(
            "Listing removed after a trademark notice; why; reactivation documents; "
            "retraction path with the rights owner's name; warning that repeats lead to "
            "account deactivation; ASIN/infringement type/complaint ID."
        ),
        phrases=("Notice: Policy Warning", "Infringement type: Trademark", "Complaint ID"),
        seen_at=(
            "https://sellercentral.amazon.ca/seller-forums/discussions/t/03306137-7701-4b7f-b6d5-5a2fc7395c48",
        ),
    ),
    Family(
        id="en-nd-image-removed",
        label="suspension",
        language="en",
        team="notice-dispute",
        marketplaces=EN_MARKETS,
        senders=ND_SENDERS,
        subjects=("Your images have been removed", "Copyright complaint: listing images"),
        blocks=(
            GREETING,
            (
                "We removed some of your images because a rights owner reported that they may "
                "infringe the rights owner's copyright. The images are listed at the bottom.",
                "Images on your listing were taken down after a copyright report.",
            ),
            (
                "How do I reactivate my image?\nSend a letter of authorization or licensing "
                "agreement from the rights owner showing your use of the image is lawful.",
                "To restore the image, prove you have the right to use it.",
            ),
            (
                "What happens if I do not send the requested information?\nThe image stays down.",
                "Without it the images remain removed.",
            ),
            ("ASIN: {asin}\nInfringement type: Copyright image\nComplaint ID: {complaint_id}",),
            SIGN_ND,
        ),
        structure=(
            "Images removed after a copyright report; 'How do I reactivate my image?'; error "
            "path; 'What happens if I do not send the requested information?'; ASIN and "
            "complaint ID."
        ),
        phrases=("We removed some of your images", "How do I reactivate my image?"),
        seen_at=("https://88bfru.com/thread-153707-1-861.html",),
    ),
    Family(
        id="en-nd-trademark-detail-page-warning",
        label="suspension",
        language="en",
        team="notice-dispute",
        marketplaces=("US", "UK", "CA"),
        senders=ND_SENDERS,
        subjects=("Policy Warning: trademark terms on your listing", "Notice: Policy Warning"),
        blocks=(
            GREETING,
            (
                "We are contacting you because we received a report of trademark infringement "
                "on the product detail page of one or more of your listings.",
                "A rights owner reported that your detail page uses their trademark in a way "
                "that may confuse buyers.",
            ),
            (
                "You may not use trademarked terms so that your product could be mistaken for "
                "another brand's product. Please edit the product and detail page so they do "
                "not infringe the trademark of {rights_owner}.",
                'Remove the trademarked terms from your title, bullets and images. "Compatible '
                'with {brand}" is acceptable; "{brand} charger" for a product not made by '
                "{brand} is not.",
            ),
            (
                "If we receive further complaints, we may remove your listings or your selling "
                "privileges.",
                "Repeat violations may lead to the deactivation of your account.",
            ),
            ("ASIN: {asin}\nComplaint ID: {complaint_id}", "ASIN: {asins}"),
            SIGN_ND,
        ),
        structure=(
            "Policy warning: trademark terms on a detail page; what is not allowed, with "
            "acceptable and unacceptable examples; instruction to edit the page; further "
            "complaints lead to removal; ASIN and complaint ID."
        ),
        phrases=(
            "report of trademark infringement on the product detail page",
            "Examples of unacceptable terms",
        ),
        seen_at=(
            "https://www.sellerappeal.com/all-that-you-need-to-know-about-amazon-suspensions/",
        ),
    ),
)
