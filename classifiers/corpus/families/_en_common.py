"""Blocks that many English families share: greetings, sign-offs, funds and submission lines.

Amazon's templates are assembled from the same few paragraphs (the funds-held line,
"How do I send the required information?", the Seller Performance signature), so the
families reuse them from here. Each is a tuple of alternative wordings, our own.
"""

from __future__ import annotations

# The English-speaking marketplaces most English families are seen in.
EN_MARKETS = ("US", "UK", "CA", "AU", "IN", "EU")
WHY = ("Why is this happening?", "Why did this happen?", "Why are we taking this action?")
REACTIVATE = (
    "How do I reactivate my account?",
    "How can I reactivate my account?",
    "How do I get my selling privileges back?",
)
DEACTIVATED = (
    "Your Amazon seller account has been deactivated and your listings have been removed.",
    "Your {marketplace} selling account has been deactivated in line with Section 3 of the "
    "Amazon Services Business Solutions Agreement. Your listings have been removed.",
    "We have deactivated your Amazon Seller account. Your listings are no longer shown on "
    "{marketplace}.",
    "Your Amazon selling account has been temporarily deactivated and your offers removed.",
)

SP_SENDERS = (
    "seller-performance@{domain}",
    "Amazon Seller Performance <seller-performance@{domain}>",
    "seller-notification@{domain}",
    "performance-notifications@{domain}",
)
ND_SENDERS = ("notice-dispute@{domain}", "Amazon <notice-dispute@{domain}>")
AH_SENDERS = (
    "no-reply@{domain}",
    "Account Health <account-health-notifications@{domain}>",
    "seller-notification@{domain}",
)
APPEALS_SENDERS = ("no-replies-appeals@{domain}", "seller-performance@{domain}")

GREETING = ("Hello,", "Hello {seller},", "Dear Seller,", "Dear {seller},", "Hello from Amazon.", "")
SIGN_SP = (
    "Sincerely,\nSeller Performance Team\n{marketplace}",
    "Regards,\nSeller Performance Team",
    "Seller Performance Team\nhttps://www.{domain}",
    "Thank you,\nAmazon Services",
    "- Amazon",
)
SIGN_ND = ("Regards,\nAmazon.com", "Thank you,\nNotice Dispute Team", "Amazon Services", "")
SIGN_AH = ("Thank you,\nAccount Health Services", "Regards,\nSelling Partner Support", "")

FUNDS_HELD = (
    "Funds will not be transferred to you but will stay in your account while we work with you "
    "to resolve this. Please ship any open orders to avoid further impact to your account.",
    "Any funds in your account are held while we look into this and will not be disbursed for "
    "now. Keep shipping your open orders.",
    "Your balance will not be paid out during this time, but it stays in your account. Continue "
    "to ship open orders and answer buyer messages.",
    "",
)
HOW_TO_SEND_HEAD = (
    "How do I send the required information?",
    "How do I submit my appeal?",
    "How do I send this information?",
)
HOW_TO_SEND = (
    'Go to the Account Health page in Seller Central and click "Reactivate your account" in the '
    "banner at the top, then follow the steps on the page: {link}",
    "Use the Appeal button next to this message on the Performance Notifications page in Seller "
    "Central ({link}).",
    "Submit it from the banner at the top of your Account Health page: {link}",
    "Reply to this message with the information, or open the Account Health dashboard, find "
    "this notification and choose Appeal.",
)
FILE_TYPES = (
    "You can send .pdf, .jpg, .png or .gif files. Documents must be genuine and unaltered; you "
    "may hide prices, but everything else must stay readable.",
    "Accepted formats: .pdf, .jpg, .png, .gif. External links are not accepted.",
    "Attach files as .pdf, .png, .jpg or .gif. Edited or incomplete documents will not be "
    "accepted.",
    "",
)
IF_NOT_SENT_HEAD = (
    "What happens if I do not send the required information?",
    "What happens if I do not appeal?",
    "What if I do not respond?",
)
IF_NOT_SENT = (
    "If we do not receive an acceptable appeal within 17 days, or after two unsuccessful "
    "appeals, your account may be deactivated for good and payments to you may be withheld.",
    "Without the requested information your account stays deactivated. After 90 days you may "
    "ask for the remaining funds to be disbursed separately.",
    "If you do not appeal, the deactivation stands and any FBA inventory of the affected items "
    "may have to be removed or disposed of at your expense.",
)
ERROR_HEAD = (
    "Has your account been deactivated in error?",
    "Do you believe this is a mistake?",
    "Was this done in error?",
)
PAYMENTS_LINE = (
    "You can see your balance and settlement information in the Payments section of Seller "
    "Central. Questions about funds can go to payments-funds@{domain}.",
    "Balance and settlement details are in the Payments section of Seller Central.",
    "",
)
ACCOUNT_HEALTH_LINE = (
    "You can see how your account is doing against our policies on the Account Health page: {link}",
    "Check your account's standing any time on the Account Health dashboard in Seller Central.",
    "",
)
POA_ASK = (
    "To reactivate your account, send a plan of action that explains:\n"
    "-- the root cause of the problem\n-- the actions you took to resolve it\n"
    "-- the steps you have put in place to prevent it happening again",
    "Please send us a plan of action covering:\n1. What caused the issue.\n"
    "2. What you have done to fix it.\n3. How you will stop it from recurring.",
    "Your appeal should include a plan that describes the root cause, the corrective actions "
    "you have already taken and the preventive measures you will keep in place.",
)
