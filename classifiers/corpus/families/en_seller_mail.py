"""English mail that sellers and their consultants write themselves (label other).

A consultant's inbox holds as much of the sellers' own writing as Amazon's:
appeals and plans of action going out, follow-ups asking for a status, escalation
letters, notes forwarding a problem to the consultant, a team's internal notes,
requests to suppliers for invoices and to rights owners for a retraction, and the
consultant's own drafts and invoices. All of it talks about deactivations,
appeals and reinstatement in a seller's voice ("we", "our account", "please
reinstate"), never Amazon's; it is not a notice and gets the label ``other``, as
in ``en_outside``. The kinds of mail are described on the consultants' and
forums' pages named in ``seen_at``; every wording here is our own.
"""

from __future__ import annotations

from . import Family

SELLERS = (
    '"{seller}" <ops@harborline-goods.example>',
    "owner@brightharbor.example",
    "Mark Ellison <mark@northwind-outdoor.example>",
    "support@lumenhome-goods.example",
    "Priya <priya@kestrel-supply.example>",
)
CONSULTANTS = (
    "Sarah Kim <sarah@appealdesk.example>",
    "cases@sellerrescue.example",
    "Dan at Marketplace Counsel <dan@marketplacecounsel.example>",
)
SELLER_SIGN = (
    "Best regards,\n{seller}",
    "Thank you,\nMark Ellison\nOwner, {seller}",
    "Kind regards,\nPriya Nair\n{seller}",
    "Thanks,\n{seller} team",
)

FAMILIES: tuple[Family, ...] = (
    Family(
        id="en-x-seller-status-followup",
        label="other",
        language="en",
        team="not-amazon",
        marketplaces=("US", "UK", "CA", "AU"),
        senders=SELLERS,
        subjects=(
            "Follow-up: appeal submitted on {date}",
            "Re: Your Amazon selling account - any update?",
            "Status of our appeal for ASIN {asin}",
            "Second follow-up, case {case_id}",
        ),
        blocks=(
            ("Dear Seller Performance Team,", "Hello,", "Dear Amazon team,", "Hi,"),
            (
                "We submitted our plan of action on {date} and have not received any reply "
                "yet. Could you please let us know the status of our appeal?",
                "I am writing to follow up on the appeal we sent for ASIN {asin}. It has been "
                "more than a week and the Account Health page still shows it as under review.",
                "This is our second follow-up on case {case_id}. We have had no answer since "
                "we uploaded the invoices, and our funds remain on hold.",
                "Could you confirm that you received the documents we attached on {date}? We "
                "want to make sure nothing is missing before the deadline.",
            ),
            (
                "If anything else is needed from us, we will send it right away.",
                "We are happy to provide any further information you need.",
                "Our business depends on this account, and we would be grateful for an update.",
                "",
            ),
            SELLER_SIGN,
        ),
        structure=(
            "The seller chasing an appeal: when it was sent, no answer yet, request for a "
            "status update; offers more information. The seller's words, not Amazon's."
        ),
        seen_at=(
            "http://appealwizards.com/the-truth-about-escalation/",
            "https://fba.help/blog/amazon-news/amazon-appeals-for-fba-sellers-what-not-to-do-part-2",
        ),
    ),
    Family(
        id="en-x-seller-escalation-letter",
        label="other",
        language="en",
        team="not-amazon",
        marketplaces=("US", "UK"),
        senders=SELLERS,
        subjects=(
            "Escalation: account {seller} deactivated since {date}",
            "Request for executive review of our appeal",
            "Appeal escalation - Merchant {seller}",
        ),
        blocks=(
            ("Dear Mr. Bezos,", "Dear Executive Seller Relations,", "Dear Amazon leadership,"),
            (
                "I am writing to ask for a second look at our seller account, which was "
                "deactivated on {date}. We have submitted three plans of action and received "
                "only template answers.",
                "Our account has been suspended for over a month. Each appeal we send gets "
                "the same request for information we have already provided.",
                "We believe our appeal was not read in full. The invoices we sent cover every "
                "unit we sold, yet our account remains deactivated.",
            ),
            (
                "Attached is our full plan of action with the supplier invoices and the "
                "letter of authorization from the brand.",
                "Below is a summary of the root cause and what we changed, with the documents "
                "attached.",
                "",
            ),
            (
                "We respectfully ask that a senior investigator review our case.",
                "We would be grateful if someone could review the case and tell us what is "
                "still missing.",
            ),
            SELLER_SIGN,
        ),
        structure=(
            "The seller's escalation letter (to an executive address or Executive Seller "
            "Relations): history of appeals, complaint that answers are templates, request for "
            "a senior review; documents attached."
        ),
        seen_at=(
            "https://webretailer.com/amazon/amazon-suspension-escalations",
            "https://www.ecommercechris.com/amazon-seller-escalation/",
        ),
    ),
    Family(
        id="en-x-seller-asks-consultant",
        label="other",
        language="en",
        team="not-amazon",
        marketplaces=("US", "UK", "CA"),
        senders=SELLERS,
        subjects=(
            "Help - our account was suspended",
            "Need help with an appeal",
            "Question about your reinstatement service",
            "Fwd: account issue (see my notes)",
        ),
        blocks=(
            ("Hi Sarah,", "Hello,", "Hi Dan,", "Hi there,"),
            (
                "Our Amazon account was deactivated yesterday because of inauthentic "
                "complaints on two ASINs. Amazon wants invoices and a plan of action. Can you "
                "help us?",
                "We just got a notice that our listing for {asin} was removed after a "
                "trademark complaint. We bought the stock from a distributor. What should we "
                "send them?",
                "Our first appeal was rejected and we are not sure what they want. I can send "
                "you all the notices and what we submitted.",
                "A friend recommended you. Our selling privileges were removed for late "
                "shipments and our funds are on hold. How much do you charge for an appeal?",
            ),
            (
                "We can get on a call any time this week.",
                "I have attached screenshots of the Account Health page.",
                "Please let me know what information you need from us.",
                "",
            ),
            ("Thanks,\nMark", "Best,\n{seller}", "Regards,\nPriya"),
        ),
        structure=(
            "A seller writing to a consultant in their own words about a suspension or a "
            "removed listing, asking for help or a price; no notice quoted."
        ),
        seen_at=(
            "https://amazonappealsletter.com/performance-suspension-suspension-service-expedited",
        ),
    ),
    Family(
        id="en-x-consultant-to-client",
        label="other",
        language="en",
        team="not-amazon",
        marketplaces=("US", "UK", "CA"),
        senders=CONSULTANTS,
        subjects=(
            "Draft plan of action for your review",
            "Next steps for your reinstatement",
            "Re: Help - our account was suspended",
            "Documents we need from you",
        ),
        blocks=(
            ("Hi Mark,", "Hello {seller} team,", "Hi Priya,"),
            (
                "I have attached the draft plan of action. Please check the root cause section "
                "carefully: it has to match what actually happened in your warehouse.",
                "Thanks for sending the notice. Before we write anything, I need the supplier "
                "invoices for the last 365 days and your sales figures for {asin}.",
                "Amazon asked for more information, which is normal. I have revised the plan "
                "and added the missing invoices; please read it before we submit.",
                "Please do not submit anything through Account Health until we have gone over "
                "the appeal together. A weak second appeal makes the third one harder.",
            ),
            (
                "Once you approve it, submit it through the Reactivate your account button and "
                "let me know the date.",
                "Send me the documents and I will get the appeal ready within two days.",
                "Call me if anything is unclear.",
                "",
            ),
            ("Best,\nSarah", "Regards,\nDan\nMarketplace Counsel", "Sarah Kim\nAppeal Desk"),
        ),
        structure=(
            "A consultant to their client: draft plan of action attached, documents needed, "
            "advice on when and how to submit. Mentions appeals but is not from Amazon."
        ),
        seen_at=(
            "https://www.sellersuspension.com/amazon-appeal-timeline/",
            "https://channelx.world/2018/07/how-to-escalate-an-amazon-account-reinstatement-appeal/",
        ),
    ),
    Family(
        id="en-x-internal-team-note",
        label="other",
        language="en",
        team="not-amazon",
        marketplaces=("US", "UK"),
        senders=(
            "Priya <priya@kestrel-supply.example>",
            "Ops lead <ops-lead@harborline-goods.example>",
            "Jordan (warehouse) <jordan@northwind-outdoor.example>",
        ),
        subjects=(
            "ASIN {asin} pulled - what we do now",
            "Internal: account health issue",
            "Notes from today's call with Account Health",
            "To do before we appeal",
        ),
        blocks=(
            ("Team,", "Hi all,", "Quick note for everyone:", ""),
            (
                "Amazon took down {asin} this morning over an IP complaint. Please pause the "
                "ads for it and do not send any more stock to FBA until we hear back.",
                "I called Account Health today. They said our appeal is with the investigation "
                "team and anything new we submit now will only slow it down.",
                "Before we appeal we need: invoices from the distributor, photos of the "
                "packaging, and a list of every order for {asin} since {date}.",
                "Our late shipment rate is at {rate}. From Monday all orders go out the same "
                "day, and I will check the metrics every morning.",
            ),
            (
                "I will write the appeal tonight; Jordan, please pull the order report.",
                "Let's talk about it at stand-up tomorrow.",
                "Nobody contacts Amazon about this except me, please.",
                "",
            ),
            ("- Priya", "Thanks,\nOps", ""),
        ),
        structure=(
            "A seller's internal note to their own team about a suspension, a removed ASIN or "
            "an Account Health call: what happened, what to do, who does it."
        ),
        seen_at=(
            "https://www.ecommercechris.com/how-to-deal-with-amazon-seller-performance-and-account-health-services/",
        ),
    ),
    Family(
        id="en-x-seller-invoice-request-supplier",
        label="other",
        language="en",
        team="not-amazon",
        marketplaces=("US", "UK", "CA", "IN"),
        senders=SELLERS,
        subjects=(
            "Request: invoice for Amazon verification",
            "Updated invoice needed for our Amazon appeal",
            "Letter of authorization for {brand}",
        ),
        blocks=(
            ("Dear supplier,", "Hi Anna,", "Hello accounts team,"),
            (
                "Amazon has asked us to prove where we bought our {brand} products. Could you "
                "send a final invoice (not a pro forma) with your full address, phone number "
                "and website?",
                "The invoice you sent was rejected because it does not show the quantities "
                "and product names. Could you issue a new one for our order {order_id}?",
                "Would you be able to write a short letter confirming that we are an authorized "
                "reseller of {brand}? Amazon needs it for one of our listings.",
            ),
            (
                "It needs to be dated within the last 365 days and list at least 500 units.",
                "A PDF is fine; please do not send it as a Word file.",
                "",
            ),
            ("Many thanks,\n{seller}", "Thank you,\nPurchasing, {seller}"),
        ),
        structure=(
            "The seller asking a supplier for invoices or an authorization letter that meet "
            "Amazon's requirements (final invoice, contact details, quantities, 365 days)."
        ),
        seen_at=(
            "https://sellercentral.amazon.in/seller-forums/discussions/t/4c32f2e6-a86a-4131-b0a6-cbfde9ba21d6",
            "https://sellersasksellers.com/t/invoice-requirements-for-appeals-specifically-customer-inauthentic-complaints/1911",
        ),
    ),
    Family(
        id="en-x-seller-retraction-request",
        label="other",
        language="en",
        team="not-amazon",
        marketplaces=("US", "UK", "CA"),
        senders=SELLERS + CONSULTANTS[2:],
        subjects=(
            "Request to retract complaint {complaint_id}",
            "Your Amazon complaint against our listing {asin}",
            "Retraction request - {brand}",
        ),
        blocks=(
            ("Dear {rights_owner} brand protection team,", "Dear Sir or Madam,", "Hello,"),
            (
                "Amazon removed our listing for ASIN {asin} after a complaint from your "
                "company. The items we sold are genuine {brand} products bought from your "
                "authorized distributor; the invoice is attached.",
                "We believe complaint {complaint_id} was filed in error. We have never sold "
                "counterfeit goods and would like to resolve this with you directly.",
                "We represent {seller}, whose listing was removed after your notice of "
                "infringement. Our client buys only from your authorized channels.",
            ),
            (
                "If you agree, please send a retraction to Amazon from the same address you "
                "used for the complaint, stating that it was made in error, or use the "
                "retraction function in Brand Registry.",
                "Could you please withdraw the complaint with Amazon? It has to come from the "
                "email address that filed it.",
            ),
            SELLER_SIGN,
        ),
        structure=(
            "A seller or their lawyer asking a rights owner to retract an IP complaint: the "
            "listing, why the complaint is wrong, how the retraction must reach Amazon."
        ),
        seen_at=(
            "https://www.esqgo.com/blog/securing-a-retraction-from-the-rights-owner/",
            "https://riverbendconsulting.com/blog/how-why-and-when-to-ask-for-a-retraction/",
        ),
    ),
    Family(
        id="en-x-seller-apology-appeal",
        label="other",
        language="en",
        team="not-amazon",
        marketplaces=("US", "UK", "CA", "CN"),
        senders=SELLERS + ("Sunrise Trade <sunrise.trade@mailbox.example>",),
        subjects=(
            "Appeal letter - {seller}",
            "Re: Your Amazon.com Seller Account",
            "Plan of Action for reinstatement",
        ),
        blocks=(
            (
                "Dear Amazon Seller Performance Team,",
                "Dear Amazon Seller Support Team,",
                "Dear Sir or Madam,",
            ),
            (
                "Thank you for your attention to our account. We received your notification "
                "that our selling privileges were removed, and we are very sorry for the "
                "trouble we caused.",
                "I am writing to appeal the warning our store received about ASIN {asin}. We "
                "apologise and take full responsibility.",
                "We are a small company and new to selling on {marketplace}. We did not know "
                "the rules well enough, and we regret our mistake.",
            ),
            (
                "The reason was that our staff did not check whether the product had its own "
                "brand. We have removed the listing and will not sell it again without "
                "authorization.",
                "One of our team members deleted the old listing and created a new ASIN for "
                "the same product, which was against the policy.",
            ),
            (
                "To prevent this in future we will:\n(1) study all selling policies\n(2) "
                "check every listing once a week\n(3) answer every buyer complaint within 12 "
                "hours",
                "Going forward: regular policy training, a second person checks every new "
                "listing, and we review Account Health daily.",
            ),
            (
                "We sincerely hope you can give us a chance and reinstate our account.",
                "We would treasure the chance to keep selling and hope you will restore our "
                "privileges.",
            ),
            SELLER_SIGN,
        ),
        structure=(
            "The apologetic appeal template many sellers send (often non-native English): "
            "thanks, apology, the cause, numbered promises, a plea to reinstate."
        ),
        seen_at=(
            "https://www.cifnews.com/app/postsinfo/319328",
            "https://www.amzchen.com/?p=1775",
        ),
    ),
    Family(
        id="en-x-seller-support-case-outgoing",
        label="other",
        language="en",
        team="not-amazon",
        marketplaces=("US", "UK", "CA", "IN"),
        senders=SELLERS,
        subjects=(
            "Listing suppressed without notification",
            "Cannot find the Appeal button",
            "Question about my account status",
        ),
        blocks=(
            ("Hello Seller Support,", "Hi,", "Dear Selling Partner Support,"),
            (
                "Our listing for {asin} shows as inactive but we did not receive any "
                "performance notification. Can you tell us why it was removed?",
                "My account shows a banner saying it is deactivated, but there is no Appeal "
                "button on the Account Health page. How can I submit my plan of action?",
                "Could you check whether our appeal from {date} reached the right team? We "
                "only got an automatic reply.",
            ),
            ("Screenshots attached.", "Thank you for your help.", ""),
            SELLER_SIGN,
        ),
        structure="The seller's own case opened with Seller Support about a listing or an appeal.",
        seen_at=(
            "https://sellercentral-europe.amazon.com/seller-forums/discussions/t/75478232-33f2-4694-bf46-da28e98afc8e",
        ),
    ),
    Family(
        id="en-x-seller-purchase-order",
        label="other",
        language="en",
        team="not-amazon",
        marketplaces=("US", "UK", "CN"),
        senders=SELLERS,
        subjects=(
            "Purchase order {order_id}",
            "PO {order_id} - payment sent",
            "Reorder: {product}",
        ),
        blocks=(
            ("Hi Anna,", "Dear Sales Department,", "Hello,"),
            (
                "Please find our purchase order {order_id} attached: 800 units of {product}, "
                "delivery to our FBA prep centre by {deadline}.",
                "We have paid your invoice for {amount} today. Please confirm and let us know "
                "the shipping date.",
                "We would like to reorder {product}. Can you confirm the price and lead time?",
            ),
            (
                "Please put the invoice number and our company name on every carton.",
                "Remember that every unit needs an FNSKU label.",
                "",
            ),
            ("Thanks,\n{seller} purchasing", "Best,\nMark"),
        ),
        structure="The seller's purchase order or payment note to a supplier.",
    ),
    Family(
        id="en-x-consultant-invoice",
        label="other",
        language="en",
        team="not-amazon",
        marketplaces=("US", "UK"),
        senders=CONSULTANTS + ("billing@appealdesk.example",),
        subjects=("Invoice {case_id} - appeal service", "Your receipt from Appeal Desk"),
        blocks=(
            ("Hi Mark,", "Dear {seller},", "Hello,"),
            (
                "Attached is invoice {case_id} for {amount}: account reinstatement appeal, "
                "including the plan of action and one revision.",
                "Thank you for your payment of {amount} for the listing reinstatement service "
                "(ASIN {asin}).",
                "Here is our invoice for the escalation work in {date}. Payment is due by "
                "{deadline}.",
            ),
            (
                "Follow-ups if Amazon asks for more information are included at no extra cost.",
                "Bank details are on the invoice.",
                "",
            ),
            ("Billing team\nAppeal Desk", "Thanks,\nSarah"),
        ),
        structure="A consultant's invoice or receipt for appeal or reinstatement work.",
        seen_at=(
            "https://amazonappealsletter.com/performance-suspension-suspension-service-expedited",
        ),
    ),
    Family(
        id="en-x-seller-acknowledges-notice",
        label="other",
        language="en",
        team="not-amazon",
        marketplaces=("US", "UK", "CA"),
        senders=SELLERS,
        subjects=("Re: Your Amazon Seller account", "Re: Notice: Policy Warning"),
        blocks=(
            ("Dear Seller Performance Team,", "Hello,"),
            (
                "We received your notice about our account and are taking it seriously. We "
                "are reviewing our processes and will send a complete plan of action within "
                "the next few days.",
                "Thank you for the warning about ASIN {asin}. We have closed the listing while "
                "we check the product and will reply with the documents you asked for.",
                "We acknowledge your message of {date}. Our team is gathering the supplier "
                "invoices and we will submit them together with our plan.",
            ),
            ("We will keep shipping all open orders in the meantime.", ""),
            SELLER_SIGN,
        ),
        structure=(
            "The seller's short reply to a notice: received, taking it seriously, full plan "
            "to follow. Looks like an acknowledgement but is written by the seller."
        ),
        seen_at=("https://www.sellersuspension.com/amazon-appeal-timeline/",),
    ),
)
