"""What each document code of ``documents`` means, in the words a seller would use.

Apart from the patterns that find the documents, so that what only shows a code
(digests, drafts) does not build those patterns when it is imported.
"""

from __future__ import annotations

#: What each document code means, in the words a seller would use.
DOCUMENT_NAMES = {
    "invoices": "Supplier invoices",
    "supplier_contacts": "Supplier contact details",
    "letter_of_authorization": "Letter of authorization from the rights owner",
    "plan_of_action": "Revised Plan of Action",
    "identity_document": "Identity document",
    "utility_bill": "Utility bill (proof of address)",
    "bank_statement": "Bank or credit card statement",
    "safety_data_sheet": "Safety data sheet",
    "test_report": "Test report",
    "compliance_certificate": "Certificate of compliance or conformity",
    "product_images": "Product and packaging images",
    "business_license": "Business licence or registration",
    "proof_of_fix": "Evidence of the changes made",
    "tracking_information": "Tracking information or proof of delivery",
    "distribution_agreement": "Distribution agreement",
}


def document_name(code: str) -> str:
    """A document code in plain words: ``utility_bill`` -> "Utility bill (proof of address)"."""
    return DOCUMENT_NAMES.get(code, code.replace("_", " ").capitalize())
