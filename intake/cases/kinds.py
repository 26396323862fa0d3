"""The kinds of case (see the vocabulary in ``intake.cases``), apart from grouping.

Here so that the rules of a person's actions (``actions``) and the commands
that only read cases do not import grouping and, through it, the fact extractors.
"""

KIND_NOTICE = "notice"  # a real case: one Amazon matter
KIND_GENERAL = "general"  # the client's one "other mail" case
KIND_SUSPICIOUS = "suspicious"  # likely phishing, never joined with a real case
KIND_MERGED = "merged"  # folded into another case by a person
