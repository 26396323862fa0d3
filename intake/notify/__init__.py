"""Digests and alerts: telling sellers and consultants in time, by email, exactly once.

The pure parts build and render: ``digest.build_digest`` turns case views into a
``Digest``, ``alerts.find_alerts`` finds what cannot wait, ``render`` makes text and
escaped HTML from ``templates/notify/``, ``schedule.due_digests`` says which scheduled
digests are due. The I/O parts send: the ledger (``ledger``) queues each message under
a unique key before it is sent, so every digest and alert goes out once; ``transport``
delivers by SMTP or to a folder; ``service.run_due_notifications`` is the daemon's pass
over all of it.

This package imports nothing itself, so that importing a pure part never loads SMTP
or the database (``tests/unit/test_boundaries.py``); import from the modules.
"""
