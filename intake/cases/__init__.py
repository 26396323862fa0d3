"""Cases: which messages belong together, and what their owner should do next.

Pure: plain data in, plain data out; the store applies the results
(``intake.store.grouping`` for the pipeline, ``intake.store.regrouping``,
``intake.store.casework``).

Vocabulary (one word, one meaning, across intake):

- **case**: the messages and a person's events about one Amazon matter (a suspension,
  an IP complaint, a listing removal). Its *kind* (``kinds.CaseKind``) is ``notice`` (a real case),
  ``general`` (the client's one "other mail" case), ``suspicious`` (likely phishing,
  never joined with a real case) or ``merged`` (folded into another by a person).
- **clues** (``clues``): what one message offers grouping: IDs, thread, reply subject,
  the Amazon team it is from or to, names, date (``Clues``).
- **grouping** (``grouping``): the decision, per message, to join a case or open one,
  with its reason and whether it was a near-tie (``CaseDecision``: *uncertain*), made
  from what grouping knows of the cases sharing its clues (``CaseSummary``), found
  through the **index** (``index``; the store keeps the same in SQL, ``case_keys``).
- **re-sent** (``resent``): a near-copy of an earlier notice of the account, compared only
  within the bucket of the same ASINs, policies and documents.
- **replay** (``replay``): grouping again of a client's whole mail in date order, so
  cases do not depend on the order mail arrived in; a person's placements are fixed.
- **state** (``state``): status (``CaseStatus``; *finished* is ``FINISHED``: reinstated or
  closed), counts, deadline and next step, derived on read from the case's timeline
  (``TimelineEntry`` in, ``CaseState`` out); never stored.
- **channel** (``channels``): where Amazon wants an answer submitted (Account Health, the
  Appeal button, the contact form), for drafts.
- **a person's actions** (``actions``): merge, move, confirm an uncertain grouping, log an
  appeal, close, reopen; the rules about what may be done; the store records them as
  case events.
- **views** (``views``): what listings, digests and pages show of a case (``CaseView``),
  its messages (``MessageView``) and a person's events (``EventView``); read by
  ``intake.store.views``.
- **open for grouping**: a case that still takes new notices (not reinstated), stored as
  ``cases.grouping_state`` (``kinds.GroupingState``). This is not the *status* users see
  (``suspended``, ``denied``...), which ``state`` derives.
- **labels** (``classifiers.Label``), authenticity verdicts (``intake.extract.Verdict``),
  message, account and ledger states (``intake.mail.states``, ``intake.sources.states``,
  ``intake.notify.states``) are ``StrEnum``s: members equal the strings stored.
"""

from importlib import import_module
from typing import Any

# Names re-exported here, by the module that defines them. They are imported on first
# use: ``intake cases`` needs only ``state``, and ``grouping`` pulls in the fact
# extractors, whose patterns take a third of a second to compile.
_EXPORTS = {
    "KIND_GENERAL": "grouping", "KIND_NOTICE": "grouping", "KIND_SUSPICIOUS": "grouping",
    "CaseDecision": "grouping", "CaseSummary": "grouping", "case_title": "grouping",
    "decide_case": "grouping", "grouping_open": "grouping",
    "STATUSES": "state", "CaseState": "state", "TimelineEntry": "state",
    "derive_state": "state",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    """``from intake.cases import decide_case`` imports ``intake.cases.grouping`` then."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"intake.cases.{_EXPORTS[name]}"), name)


__all__ = sorted(_EXPORTS)
