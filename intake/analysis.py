"""The pure stages for a batch of messages: parse, classify, extract facts, check authenticity.

No I/O: ``analyse`` is shared by the storing pipeline and by ``intake
classify``, which looks at files without storing anything. Because it is
pure, ``analysed_ahead`` can run it for the next batch in a worker process
while the caller stores the current one: a backfill then uses two cores.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import multiprocessing
import os
import signal
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import TypeVar

import classifiers
from classifiers import Prediction
from intake.classify import Classifier, notice_text
from intake.errors import ParseError
from intake.extract import Authenticity, Facts, check_authenticity, extract_facts
from intake.extract.domains import is_amazon_domain
from intake.notice import Notice, RawMessage
from intake.parse import parse
from intake.storable import clean_text

# Labels whose text is compared against history to catch re-sent notices.
RESENT_CANDIDATES = frozenset(
    {"suspension", "generic_denial", "need_more_info", "redirect_closed_queue", "acknowledgement"}
)
# zlib level for stored raw bytes: on the benchmark mailbox level 1 keeps 64.7% of the
# bytes and level 6 63.5%, at 15% more time; attachments barely shrink at any level.
RAW_COMPRESSION = 1


@dataclass(frozen=True)
class Analysis:
    """The pure stages' verdict on one message."""

    raw: RawMessage
    content_hash: str
    notice: Notice | None
    error: str | None
    prediction: Prediction | None
    facts: Facts
    authenticity: Authenticity
    outgoing: bool
    # Filled by ``analyse(..., for_storage=True)`` so a worker does this CPU work too.
    compressed_raw: bytes | None = None
    resent_key: classifiers.ResentKey | None = None


def analyse(
    raws: Sequence[RawMessage], classifier: Classifier, *, for_storage: bool = False
) -> list[Analysis]:
    """Parse, classify and extract facts for a batch; no I/O.

    ``for_storage`` also compresses the raw bytes and computes the resent
    key of candidate notices: work the storing step would otherwise do.
    """
    parsed = [_parsed(raw) for raw in raws]
    notices = [notice for _, notice, _ in parsed if notice is not None]
    predictions = iter(_classified(classifier, notices))
    results = []
    for raw, notice, error in parsed:
        prediction = next(predictions) if notice is not None else None
        results.append(_analysed(raw, notice, error, prediction))
    return [_for_storage(result) for result in results] if for_storage else results


def _parsed(raw: RawMessage) -> tuple[RawMessage, Notice | None, str | None]:
    """The message parsed, or the reason it cannot be; a headers-only message says so."""
    try:
        notice = parse(raw.raw, message_id_hint=raw.origin.describe())
    except ParseError as err:
        return raw, None, clean_text(str(err))
    except Exception as err:  # noqa: BLE001 - a parser bug hostile mail found: this one only
        return raw, None, f"{raw.origin.describe()}: cannot parse: {type(err).__name__}"
    if raw.full_size is not None:
        defect = (f"message of {raw.full_size} bytes is over ingest.max_message_bytes:"
                  " only its headers were read")  # fmt: skip
        notice = replace(notice, defects=(*notice.defects, defect))
    return raw, notice, None


def _classified(classifier: Classifier, notices: list[Notice]) -> list[Prediction | None]:
    """Each notice's prediction; when the batch fails, each notice alone, so one
    message the model chokes on costs only its own prediction (None)."""
    if not notices:
        return []
    try:
        return list(classifier.classify(notices))
    except Exception:  # noqa: BLE001 - hostile mail must not fail its whole batch
        return [_classified_alone(classifier, notice) for notice in notices]


def _classified_alone(classifier: Classifier, notice: Notice) -> Prediction | None:
    try:
        return classifier.classify([notice])[0]
    except Exception:  # noqa: BLE001 - stored unclassified (needs review) instead
        return None


def _analysed(
    raw: RawMessage, notice: Notice | None, error: str | None, prediction: Prediction | None
) -> Analysis:
    """The analysis of one parsed message. If fact extraction or the authenticity check
    fails on it (a bug hostile mail found), it is kept as unanalysable with the reason,
    and the rest of its batch goes on."""
    content_hash = hashlib.sha256(raw.raw).hexdigest()
    if notice is not None and prediction is None:
        notice, error = None, "analysis failed: cannot classify"
    try:
        facts = extract_facts(notice) if notice else Facts()
        authenticity = check_authenticity(notice) if notice else Authenticity("ok")
    except Exception as err:  # noqa: BLE001 - one message, not the batch
        notice, prediction, facts, authenticity = None, None, Facts(), Authenticity("ok")
        error = f"analysis failed: {type(err).__name__}"
    outgoing = raw.outgoing or (notice is not None and is_outgoing(notice))
    if outgoing and prediction is not None:
        prediction = seller_message(prediction)
    return Analysis(raw=raw, content_hash=content_hash, notice=notice, error=error,
                    prediction=prediction if notice else None, facts=facts,
                    authenticity=authenticity, outgoing=outgoing)  # fmt: skip


def _for_storage(analysis: Analysis) -> Analysis:
    notice, prediction = analysis.notice, analysis.prediction
    key = None
    if (
        notice is not None
        and prediction is not None
        and not analysis.outgoing
        and prediction.label in RESENT_CANDIDATES
        and analysis.authenticity.verdict != "suspicious"
    ):
        with contextlib.suppress(Exception):  # the storing step retries it, guarded
            key = classifiers.resent_key(notice_text(notice))
    compressed = zlib.compress(analysis.raw.raw, RAW_COMPRESSION)
    return replace(analysis, compressed_raw=compressed, resent_key=key)


def seller_message(prediction: Prediction) -> Prediction:
    """The seller's own mail is never an Amazon notice: label ``other``, whatever the text says.

    An appeal quotes the suspension it answers, so the model's reading of it is
    not what matters; the scores are kept for reference.
    """
    return replace(prediction, label="other", confidence=1.0, needs_review=False)


def is_outgoing(notice: Notice) -> bool:
    """Mail the seller sent to Amazon (their appeal), seen in files or a shared folder."""
    if is_amazon_domain(notice.sender_domain):
        return False
    return any(is_amazon_domain(addr.rpartition("@")[2]) for addr in notice.recipients)


Batch = TypeVar("Batch")
# The share of each batch the main process analyses itself, after storing the previous
# batch: it fetches and stores too, and this split keeps both cores about equally busy
# (analysis about 6.4 ms a message, storing 1.8 ms, fetching under 1 ms). One worker:
# two measured slower (three busy processes on two cores) and cost 75 MB more.
MAIN_SHARE = 0.3
_worker_classifier: Classifier | None = None
OWNER_CHECK_SECONDS = 0.5


def analysed_ahead(
    batches: Iterable[Batch],
    classifier: Classifier,
    messages_of: Callable[[Batch], Sequence[RawMessage]],
) -> Iterator[tuple[Batch, list[Analysis]]]:
    """Each batch with its analyses, the next batch analysed meanwhile, partly in a worker.

    While the caller stores batch k, a worker process (forked when that is
    safe, so it shares the loaded model) analyses most of batch k+1; then this process analyses
    the rest of k+1 and fetches k+2 before waiting for the worker. At most
    three batches are held. A single-batch run (a daemon's wake-up) starts no
    worker. Results are the same as ``analyse`` on each batch, in order.
    """
    iterator = iter(batches)
    first = next(iterator, None)
    if first is None:
        return
    second = next(iterator, None)
    if second is None:
        yield first, analyse(messages_of(first), classifier)
        return
    context = multiprocessing.get_context(worker_start_method())
    # Frozen objects are never visited by the collector, so a forked worker does not
    # copy the pages of the model and modules it shares with this process.
    gc.freeze()
    with ProcessPoolExecutor(
        1, context, initializer=_adopt, initargs=(classifier, os.getpid())
    ) as pool:
        try:
            yield from _overlapped(pool, classifier, messages_of, first, second, iterator)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            gc.unfreeze()


def worker_start_method() -> str:
    """``fork`` when this process runs one thread, else ``forkserver``.

    Forking copies only the calling thread: a lock another thread held at that
    moment (logging, SQLAlchemy's pool, imapclient) stays locked forever in the
    worker. ``intake run`` polls from several threads, so there the worker is
    started clean by the fork server and the classifier is pickled to it once.
    """
    return "fork" if threading.active_count() == 1 else "forkserver"


def _overlapped(
    pool: ProcessPoolExecutor,
    classifier: Classifier,
    messages_of: Callable[[Batch], Sequence[RawMessage]],
    first: Batch,
    second: Batch,
    rest: Iterator[Batch],
) -> Iterator[tuple[Batch, list[Analysis]]]:
    previous: tuple[Batch, list[Analysis]] | None = None
    batch: Batch | None = first
    upcoming: Batch | None = second
    while batch is not None:
        raws = messages_of(batch)
        cut = len(raws) - round(len(raws) * MAIN_SHARE)
        future = pool.submit(_analyse_in_worker, raws[:cut])
        if previous is not None:
            yield previous  # stored by the caller while the worker runs
        own = analyse(raws[cut:], classifier, for_storage=True)
        following = upcoming
        upcoming = next(rest, None) if following is not None else None  # fetch ahead
        previous = (batch, future.result() + own)
        batch = following
    if previous is not None:
        yield previous


def _adopt(classifier: Classifier, owner: int) -> None:
    """Worker start: keep the classifier the parent passed (inherited by fork, else pickled).

    Ctrl-C reaches every process of the terminal's foreground group; the owner
    decides how to stop and shuts the pool down, so the worker ignores it.
    """
    global _worker_classifier
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_classifier = classifier
    threading.Thread(target=_exit_with_owner, args=(owner,), daemon=True).start()


def _exit_with_owner(owner: int) -> None:
    """End this worker once the intake process that started it is gone.

    An owner killed outright (SIGKILL, the OOM killer, a service manager's
    timeout) cannot shut the pool down, and its worker would otherwise wait
    for work forever holding a copy of the model, and keep a fork server alive.
    """
    while _running(owner):
        time.sleep(OWNER_CHECK_SECONDS)
    os._exit(1)


def _running(pid: int) -> bool:
    """Whether ``pid`` is a live process of ours (a zombie, or a reused pid, is not)."""
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):  # gone, or reused by another user
        return False
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):  # no /proc (not Linux): the signal check stands
        return True


def _analyse_in_worker(raws: Sequence[RawMessage]) -> list[Analysis]:
    assert _worker_classifier is not None, "worker started without a classifier"
    return analyse(raws, _worker_classifier, for_storage=True)
