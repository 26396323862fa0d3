"""English deactivations in Amazon's older paragraph-only template (label suspension).

Before the headed template ("Why is this happening?"), Seller Performance wrote a
few paragraphs: privileges removed, listings cancelled, a temporary hold on funds,
the Appeal button on the Performance Notifications page. Sellers still quote them.
"""

from __future__ import annotations

from . import Family
from ._en_common import (
    PAYMENTS_LINE,
    SP_SENDERS,
)

FAMILIES: tuple[Family, ...] = (
    Family(
        id="en-sp-related-accounts-legacy",
        label="suspension",
        language="en",
        team="seller-performance",
        marketplaces=("US", "UK", "CA"),
        senders=SP_SENDERS,
        subjects=("Your Amazon.com Selling Account", "Removal of selling privileges"),
        blocks=(
            ("Hello,", "Dear {seller},"),
            (
                "We are writing to let you know that we have removed your selling privileges, "
                "cancelled your listings and put a temporary hold on the funds in your seller "
                "account.",
                "Your selling privileges have been removed, your listings cancelled and any "
                "funds in your account placed on hold.",
            ),
            (
                "We took this action because our records show that this account is related to "
                "another selling account that Amazon closed. Sellers whose privileges were "
                "removed may not open new accounts.",
                "This account appears to be connected to an account we previously closed, and "
                "a seller whose privileges were removed may not start a new account.",
            ),
            (
                "For proprietary reasons we do not share how we determine that accounts are "
                "related.",
                "",
            ),
            (
                "Please resolve any pending orders. Amounts paid for A-to-z Guarantee claims "
                "and chargebacks may be deducted from your account. After 90 days, remaining "
                "funds will be available on your settlement schedule.",
                "Resolve your pending orders; claims and chargebacks may be deducted. The hold "
                "on funds lasts about 90 days.",
            ),
            (
                "If you would like to appeal this decision, go to the Notifications page in "
                "the Performance section of your account, find this message and click the "
                "Appeal button ({link}).",
                "To appeal, click Appeal next to this message on the Performance Notifications "
                "page.",
            ),
            ("Regards,\nSeller Performance Team", "Sincerely,\nAmazon Services"),
        ),
        structure=(
            "Older paragraph-only template: privileges removed, listings cancelled, temporary "
            "hold on funds; reason (related to a closed account); no detail on how accounts are "
            "linked; pending orders and 90-day hold; Appeal button on the Performance "
            "Notifications page."
        ),
        phrases=(
            "we have removed your selling privileges, canceled your listings, and placed a "
            "temporary hold",
            "Due to the proprietary nature of our business",
            "click the Appeal button",
        ),
        seen_at=("https://th4.ilovetranslation.com/I5HOjtYPAWW=d",),
    ),
    Family(
        id="en-sp-failed-account-review",
        label="suspension",
        language="en",
        team="seller-performance",
        marketplaces=("US", "UK"),
        senders=SP_SENDERS,
        subjects=("Your Amazon.com Selling Account", "Removal of your selling privileges"),
        blocks=(
            ("Hello,", "Dear {seller},", ""),
            (
                "We are writing to let you know we have removed your selling privileges, "
                "cancelled your listings and put a temporary hold on funds in your account. "
                "Any new selling accounts you open will be closed.",
                "Your selling privileges are removed and your listings cancelled; funds are "
                "held for now.",
            ),
            (
                "We took this action because your account did not pass our seller account review.",
                "This decision follows our review of your selling account.",
            ),
            (
                "Under the agreement you accepted with Amazon Services, we may limit or remove "
                "selling privileges as we see fit.",
                "",
            ),
            (
                "Resolve any pending orders. After 90 days the hold will be lifted and "
                "remaining funds paid out on your settlement schedule.",
                "Pending A-to-z claims and chargebacks may be deducted before funds are released.",
            ),
            (
                "To appeal, find this message on the Performance Notifications page and click "
                "Appeal ({link}).",
                "If you want to appeal, use the Appeal button on the Notifications page.",
            ),
            ("Regards,", "Regards,\nSeller Performance Team"),
        ),
        structure=(
            "Older template: privileges removed, new accounts will be closed; reason 'failed "
            "our seller account review'; agreement clause; 90-day hold; Appeal button."
        ),
        phrases=(
            "failed our seller account review process",
            "Any new selling accounts you open will be closed",
        ),
        seen_at=("https://th4.ilovetranslation.com/GSkDOrvGwGW=d",),
    ),
    Family(
        id="en-sp-removal-legacy",
        label="suspension",
        language="en",
        team="seller-performance",
        marketplaces=("US", "UK"),
        senders=SP_SENDERS,
        subjects=("Your Amazon.com Selling Privileges", "Removal of selling privileges"),
        blocks=(
            ("Hello,", "Dear Seller,"),
            (
                "We have removed your selling privileges, cancelled your listings and placed a "
                "temporary hold on any funds in your seller account.",
            ),
            (
                "We took these actions because you listed items that may not be sold on "
                "{marketplace}. Items must comply with all applicable laws, and Amazon may "
                "remove any listing it finds illegal or inappropriate.",
                "We took these actions because of repeated policy violations on your listings "
                "(for example ASIN {asin}).",
            ),
            ('To learn more, search "Restricted Products" in Seller Central Help.', ""),
            PAYMENTS_LINE,
            (
                "If you would like to appeal, go to the Notifications page in the Performance "
                "section, find this message and click the Appeal button. For help, search "
                '"Appeal the Removal of Selling Privileges" in Seller Central Help.',
            ),
            ("Regards,\nSeller Performance Team",),
        ),
        structure=(
            "2010s template of plain paragraphs: removed privileges, cancelled listings, hold "
            "on funds; the reason; help search term; payments; Appeal button and 'Appeal the "
            "Removal of Selling Privileges'."
        ),
        phrases=("Appeal the Removal of Selling Privileges", "placed a temporary hold"),
        seen_at=(
            "https://sellercentral.amazon.com/forums/t/account-suspension-and-appeal-to-restore/177324",
        ),
    ),
)
