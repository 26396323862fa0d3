"""Facts and authenticity from one parsed notice: the pure extraction layer.

Cases are built from what each message names (ASINs, order and case IDs, the
policy, the deadline, the documents asked for), and phishing that imitates
suspension notices must be flagged before anyone acts on it. Everything here
is a pure function of a ``Notice``: no I/O, no globals, no database; the
pipeline calls ``extract_facts`` and ``check_authenticity`` and stores the
results.
"""

from intake.extract.authenticity import Authenticity, Verdict, check_authenticity
from intake.extract.facts import EXTRACTORS, Facts, extract_facts

__all__ = [
    "EXTRACTORS",
    "Authenticity",
    "Facts",
    "Verdict",
    "check_authenticity",
    "extract_facts",
]
