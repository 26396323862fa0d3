"""English mail not from Amazon that reaches a seller's or consultant's inbox (label other).

A consultancy's newsletter, a supplier's invoice, the seller's own appeal sent out,
a client's note to the consultant, a carrier's tracking mail, software marketing
and phishing dressed as a suspension. Mail like this mentions appeals and
suspensions without being a notice.
"""

from __future__ import annotations

from . import Family

FAMILIES: tuple[Family, ...] = (
    Family(
        id="en-x-consultant-newsletter",
        label="other",
        language="en",
        team="not-amazon",
        marketplaces=("US", "UK"),
        senders=("news@appealpros.example", "Chris at Seller Rescue <hello@sellerrescue.example>"),
        subjects=(
            "5 reasons Seller Performance rejects your plan of action",
            "Weekly: suspension trends we are seeing",
        ),
        blocks=(
            ("Hi {seller},", "Hello sellers,"),
            (
                "This week we saw a wave of inauthentic complaints in beauty. Most of the "
                "sellers we helped had invoices that did not match their sales volume.",
                "Your plan of action should own the root cause. Appeals that blame buyers or "
                "Amazon are denied far more often.",
            ),
            (
                "Need help with a suspension or a listing deactivation? Book a free call.",
                "Reply to this email to get our POA checklist.",
            ),
            ("You are receiving this because you subscribed on our website. Unsubscribe.",),
        ),
        structure="Consultancy newsletter about suspensions and POAs; sales pitch; unsubscribe.",
    ),
    Family(
        id="en-x-supplier-mail",
        label="other",
        language="en",
        team="not-amazon",
        marketplaces=("US", "UK", "CN"),
        senders=("sales@hongda-trading.example", "accounts@brightway-wholesale.example"),
        subjects=("Invoice {case_id} for your order", "Shipment of PO {order_id}"),
        blocks=(
            ("Dear {seller},", "Hi,"),
            (
                "Please find attached invoice {case_id} for {amount}. Payment is due by "
                "{deadline}.",
                "Your goods ({product}, 500 pcs) left our warehouse today. Tracking will follow.",
                "As requested, attached is a letter confirming you buy {brand} products from "
                "us as an authorized distributor.",
            ),
            ("Best regards,\nAnna Li\nSales Department", "Thanks,\nAccounts team"),
        ),
        structure="Supplier: invoice, shipment notice or distributor letter.",
    ),
    Family(
        id="en-x-seller-appeal-outgoing",
        label="other",
        language="en",
        team="not-amazon",
        marketplaces=("US", "UK", "CA"),
        senders=("ops@store.example", "owner@brightharbor.example"),
        subjects=(
            "Plan of action - {seller} - ASIN {asin}",
            "Appeal: reinstatement of our selling account",
            "Re: Your Amazon selling account",
        ),
        blocks=(
            ("Dear Seller Performance Team,", "Dear Amazon,", "Hello,"),
            (
                "Thank you for the opportunity to appeal the deactivation of our account. "
                "Below is our plan of action.",
                "We are writing about the removal of our listing for ASIN {asin}.",
                "We are writing about Complaint ID {complaint_id}. The product is our own "
                "brand, made for us by our factory, and we can send the factory invoice on "
                "request. Please reinstate the listing.",
                "This is our second appeal for the same notice. We sent the invoices on {date} "
                "and have not heard back.",
                "Please find attached our revised plan of action and the supplier invoices you "
                "asked for. We hope this answers your questions.",
                "I am the owner of {seller} and I am writing to ask you to review our account "
                "again. We have fixed the problems and attached proof.",
            ),
            (
                "Root cause:\n- We bought a batch of {product} from a supplier we had not "
                "checked.\n- We did not compare listings with the products we shipped.",
                "What went wrong:\n- Orders shipped late during a carrier strike.\n- We did "
                "not update our handling time.",
            ),
            (
                "Actions taken:\n- Removed the affected listings.\n- Refunded affected "
                "buyers.\n- Attached invoices from our authorized distributor.",
                "Corrective actions:\n- Switched carriers.\n- Set handling time to 3 days.",
            ),
            (
                "Preventive measures:\n- Every new supplier is verified before we order.\n- "
                "We review Account Health daily.",
            ),
            (
                "We kindly ask you to reinstate our selling privileges.\n\nSincerely,\n{seller}",
                "Thank you for your consideration.\n{seller}",
            ),
        ),
        structure=(
            "The seller's own appeal or plan of action sent to Amazon (root cause, actions, "
            "prevention), asking for reinstatement: the seller's mail, not Amazon's."
        ),
    ),
    Family(
        id="en-x-client-note",
        label="other",
        language="en",
        team="not-amazon",
        marketplaces=("US", "UK"),
        senders=("owner@brightharbor.example", "mark@northwind-outdoor.example"),
        subjects=("Documents uploaded", "Re: next steps", "Quick update"),
        blocks=(
            ("Hi,", "Hello Sarah,", ""),
            (
                "I uploaded the Safety Data Sheet for {asin} this morning as you suggested.",
                "All three documents (utility bill, bank statement, incorporation "
                "certificate) are submitted through Account Health now.",
                "Amazon still has not replied to our appeal from {date}. Should we call "
                "Account Health?",
            ),
            ("Let me know if you need anything else.", "Thanks!", ""),
            ("Mark", "Best,\n{seller}"),
        ),
        structure="Client to consultant: status update on documents or appeals; no Amazon text.",
    ),
    Family(
        id="en-x-phishing-fake-notice",
        label="other",
        language="en",
        team="not-amazon",
        marketplaces=("US", "UK", "CA"),
        senders=(
            "Amazon Seller Performance <security@amaz0n-seller-support.example>",
            "Seller Central <alerts@sellercentral-amazon-verify.example>",
            "Amazon <no-reply@amazon-account-review.example>",
        ),
        subjects=(
            "URGENT: Your Amazon seller account is suspended - verify now",
            "Action needed within 24 hours: account locked",
            "Final notice: confirm your Seller Central login",
        ),
        blocks=(
            ("Dear Seller,", "Dear Amazon Partner,", "Attention!"),
            (
                "Your seller account has been suspended because of unusual login activity. "
                "Your funds are on hold.",
                "We detected suspicious sign-ins and locked your Seller Central account.",
            ),
            (
                "To restore access within 24 hours you must verify your identity: sign in with "
                "your Seller Central email and password on the page below.",
                "Click the secure link and confirm your password and bank details to unlock "
                "your account.",
            ),
            (
                "http://amaz0n-seller-support.example/sc/verify-login?acct={case_id}",
                "https://sellercentral-amazon-verify.example/unlock/{case_id}",
            ),
            (
                "If you do not verify, your account will be closed permanently and your "
                "inventory destroyed.",
                "Failure to act will result in permanent closure.",
            ),
            ("Amazon Seller Performance", "Amazon Security Team"),
        ),
        structure=(
            "Phishing that imitates a suspension: look-alike sender domain, urgency (24 "
            "hours), a login or bank-details link to a non-Amazon site, threat of closure."
        ),
    ),
    Family(
        id="en-x-carrier-notice",
        label="other",
        language="en",
        team="not-amazon",
        marketplaces=("US", "UK", "CA"),
        senders=("UPS Quantum View <pkginfo@ups.example>", "DHL Express <noreply@dhl.example>"),
        subjects=(
            "Delivery exception for tracking 1Z{case_id}",
            "Your shipment is on its way",
        ),
        blocks=(
            ("Hello,", "Dear customer,"),
            (
                "A delivery exception occurred: the receiver's address is incomplete. We will "
                "try again on the next business day.",
                "Your parcel with tracking number 1Z{case_id} was picked up on {date} and is "
                "scheduled for delivery by {deadline}.",
            ),
            ("Track your shipment online or in our app.", ""),
            ("Please do not reply to this automated message.",),
        ),
        structure="Carrier tracking or exception notice for a parcel; nothing from Amazon.",
    ),
    Family(
        id="en-x-software-promo",
        label="other",
        language="en",
        team="not-amazon",
        marketplaces=("US", "UK"),
        senders=("RepricePro <team@repricepro.example>", "ListingBoost <hi@listingboost.example>"),
        subjects=(
            "Stop losing the Buy Box: try our repricer free for 14 days",
            "Protect your Account Health with automatic alerts",
        ),
        blocks=(
            ("Hi {seller},", "Hello Amazon seller,"),
            (
                "Sellers using our repricer win the Buy Box 30% more often. Connect your "
                "Seller Central account in two minutes.",
                "Our alerts warn you about policy violations and IP complaints before they "
                "turn into a suspension.",
            ),
            ("Start your free trial today.", "Book a demo with our team."),
            ("Unsubscribe | Privacy policy",),
        ),
        structure="Marketing from a seller-software vendor, sometimes mentioning suspensions.",
    ),
)
