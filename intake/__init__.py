"""intake: email intake for Amazon seller-performance mail.

Pulls notices from IMAP mailboxes and files, parses and classifies them,
groups them into cases with the facts they name, and drafts the reply.

Folders in the order mail flows: ``sources`` (IMAP, files) → ``mail`` (bytes to a
``Notice``) → ``analyse`` (pure stages, the process pool) → ``ingest`` (the pipeline
that stores a batch, file ingest, the IMAP poller) → ``cases`` → ``store`` (all SQL)
→ ``drafts``, ``notify`` → ``cli``, ``web``; beside them ``config``, ``daemon``
(``intake run``) and ``install`` (``doctor``, ``demo``). ``errors``, ``logs``,
``timeutil``, ``templating`` and ``output_file`` are shared by every layer.
"""

__version__ = "0.1.0"
