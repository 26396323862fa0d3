"""The one-line reason a failed delivery reports, whatever form the SMTP error takes."""

import smtplib

from intake.notify.transport import _reason


def test_a_server_reply_in_bytes_is_decoded_and_squeezed_to_one_line():
    err = smtplib.SMTPResponseException(550, b"5.1.1 mailbox\r\n  unknown")
    assert _reason(err) == "550 5.1.1 mailbox unknown"


def test_a_reply_given_as_text_is_used_as_it_is():
    # smtplib's own errors (and ours) may carry str; decoding one used to raise.
    err = smtplib.SMTPResponseException(421, "service not available")
    assert _reason(err) == "421 service not available"
