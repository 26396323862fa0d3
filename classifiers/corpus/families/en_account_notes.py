"""English account mail that is no case at all (label other), though it sounds like one.

A reserve put on disbursements, a policy-change announcement about withheld
funds, a weekly Account Health summary and a phishing mail about a "payment
hold": each speaks of holds, policies and deactivation, yet none deactivates,
refuses or asks anything of an appeal. They teach the model that funds and policy
words alone do not make a notice.
"""

from __future__ import annotations

from . import Family
from ._en_common import EN_MARKETS

FAMILIES: tuple[Family, ...] = (
    Family(
        id="en-mk-reserve-applied",
        label="other",
        language="en",
        team="marketplace",
        marketplaces=("US", "UK", "CA", "AU"),
        senders=("Amazon Services <seller-notification@{domain}>", "payments-messages@{domain}"),
        subjects=(
            "Change to your disbursement schedule",
            "A reserve has been applied to your account",
        ),
        blocks=(
            ("Hello,", "Hello {seller},"),
            (
                "We made a change to your disbursement schedule because your account shows "
                "one or more of the following:\n-- a large change in sales volume\n-- sales "
                "in a new category\n-- longer delivery times on some orders",
                "Because you now fulfil most orders yourself with longer ship times, a reserve "
                "equal to your sales of the last 28 days applies to your account.",
                "To cover possible refunds and claims, money from each sale will be reserved "
                "for 14 days before it is added to your next disbursement.",
            ),
            (
                "Once your balance is above the reserve, you can transfer funds on your usual "
                "schedule. Details are on the Payments page: {link}",
                "For example, money from an order on {date} becomes available 14 days later.",
            ),
            (
                "We review the reserve every month and will email you if it is removed.",
                "Please keep shipping your orders on time.",
                "",
            ),
            ("Sincerely,\nAmazon Services", "Amazon Services\nwww.{domain}"),
        ),
        structure=(
            "Reserve or delayed disbursement schedule applied for risk reasons (sales change, "
            "long delivery times); how it works; reviewed monthly. No deactivation."
        ),
        phrases=("Unavailable Balance", "reserve", "disbursement schedule"),
        seen_at=(
            "https://th4.ilovetranslation.com/1MHZ1frsIrb=d",
            "https://th4.ilovetranslation.com/G3aUS7bx6gB=d",
        ),
    ),
    Family(
        id="en-mk-policy-change-announcement",
        label="other",
        language="en",
        team="marketplace",
        marketplaces=EN_MARKETS,
        senders=("Amazon Selling Partner News <no-reply@{domain}>", "seller-news@{domain}"),
        subjects=(
            "Upcoming changes to our program policies",
            "Policy update effective {deadline}",
        ),
        blocks=(
            ("Dear selling partner,", "Hello,"),
            (
                "Effective {deadline}, we will update our program policies. The Funds "
                "Withholding policy will be renamed and will explain more clearly when we "
                "disburse funds after an account is deactivated.",
                "From {deadline}, sellers whose accounts are deactivated can ask for their "
                "funds 60 days after deactivation instead of 90.",
                "We are updating the Seller Code of Conduct and the restricted products "
                "pages. The changes take effect on {deadline}.",
            ),
            (
                "No action is needed from you. You can read the updated policy in Seller "
                "Central Help.",
                "Read the full announcement in Seller Central News: {link}",
            ),
            ("Thank you for selling on Amazon.", "Amazon Selling Partner Support"),
        ),
        structure=(
            "Announcement of a policy change (funds withholding, code of conduct) with an "
            "effective date; addressed to every seller; no action needed."
        ),
        phrases=("Effective", "we will make changes to our program policies"),
        seen_at=("https://seller-forum.com/t/update-to-the-funds-withholding-policy-page/6534",),
    ),
    Family(
        id="en-ah-weekly-summary",
        label="other",
        language="en",
        team="account-health",
        marketplaces=EN_MARKETS,
        senders=("Account Health <account-health-notifications@{domain}>", "no-reply@{domain}"),
        subjects=("Your weekly Account Health summary", "Account Health: no action needed"),
        blocks=(
            ("Hello {seller},", "Hello,"),
            (
                "Your Account Health Rating is Healthy. There are no open policy violations on "
                "your account this week.",
                "Here is your weekly summary: Order Defect Rate 0.4%, Late Shipment Rate "
                "{rate}, Cancellation Rate 0.2%. All metrics are within target.",
                "No new violations were added to your account in the last seven days. Keep "
                "an eye on your metrics to stay within target.",
            ),
            ("See the details on your Account Health dashboard: {link}", ""),
            ("Thank you,\nAccount Health Services", "Amazon Services"),
        ),
        structure="Routine Account Health summary: rating healthy, metrics within target.",
        phrases=("Account Health Rating", "within target"),
        seen_at=("https://sellercentral.amazon.com/gp/help/external/G200370560",),
    ),
    Family(
        id="en-x-phishing-payment-hold",
        label="other",
        language="en",
        team="not-amazon",
        marketplaces=("US", "UK", "CA"),
        senders=(
            "Seller Payments <payments@amazon-sellerpay-center.example>",
            "Amazon Services <notice@secure-sellercentral-login.example>",
        ),
        subjects=(
            "Your disbursement has been put on hold",
            "Payment suspended: update your bank details",
        ),
        blocks=(
            ("Dear Seller,", "Dear valued partner,"),
            (
                "We were unable to send your disbursement of {amount} because your bank "
                "details could not be confirmed.",
                "Your payouts are on hold and your listings will be deactivated unless you "
                "confirm your deposit method.",
            ),
            (
                "Confirm your account number and Seller Central password here: "
                "http://amazon-sellerpay-center.example/confirm?id={case_id}",
                "Sign in through this secure link within 48 hours: "
                "https://secure-sellercentral-login.example/payments/{case_id}",
            ),
            ("Amazon Payments Team", "Seller Central Security"),
        ),
        structure=(
            "Phishing about a payment hold: look-alike domain, 48-hour urgency, a link asking "
            "for bank details and the password."
        ),
    ),
)
