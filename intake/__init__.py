"""intake: email intake for Amazon seller-performance mail.

Pulls notices from IMAP mailboxes and files, parses and classifies them,
groups them into cases with the facts they name, and drafts the reply.
"""

__version__ = "0.1.0"
