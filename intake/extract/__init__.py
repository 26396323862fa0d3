"""Facts and authenticity from one parsed notice: the pure extraction layer.

Cases are built from what each message names (ASINs, order and case IDs, the
policy, the deadline, the documents asked for), and phishing that imitates
suspension notices must be flagged before anyone acts on it. Everything here
is a pure function of a ``Notice``: no I/O, no globals, no database; the
pipeline calls ``extract_facts`` and ``check_authenticity`` and stores the
results.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from intake.extract.authenticity import Authenticity, Verdict, check_authenticity
    from intake.extract.facts import EXTRACTORS, Facts, extract_facts

# Names re-exported here, by the module that defines them, imported on first use: the
# fact extractors' patterns take most of a second to build, and taking mail in (whose
# IMAP source asks ``domains`` only) or reading state must not pay for them.
_EXPORTS = {
    "Authenticity": "authenticity", "Verdict": "authenticity",
    "check_authenticity": "authenticity",
    "EXTRACTORS": "facts", "Facts": "facts", "extract_facts": "facts",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    """``from intake.extract import extract_facts`` imports ``intake.extract.facts`` then."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"intake.extract.{_EXPORTS[name]}"), name)
    # Bound once, as an eager import binds it: later reads skip this hook and keep the
    # value first seen even if the submodule's is patched (tests do).
    globals()[name] = value
    return value


__all__ = [
    "EXTRACTORS",
    "Authenticity",
    "Facts",
    "Verdict",
    "check_authenticity",
    "extract_facts",
]
