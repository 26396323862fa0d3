"""Grouping at any history size, and how right it is: ``python bench/grouping.py``.

Prints (issue 12, item 4):
- pairwise grouping F1 on generated sellers' mailboxes (``bench/sellerbox.py``), the
  mail taken in in date order and in reverse (target >= 0.95 both);
- grouping CPU per message in the first 1,000 and around the 20,000th message of one
  client (target: within 20% of each other);
- ``regroup`` time at 1k, 10k and 50k messages of one client (target: near-linear).

Messages go through the real storing pipeline (``store_analyses``) into a fresh SQLite
database, with the facts and authenticity intake extracts from their text; only the
classifier is skipped (each generated message carries the label it should get), so the
figures are about grouping. ``--quick`` runs smaller sizes.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.sellerbox import Mail, mailbox, pairwise_f1  # noqa: E402
from classifiers import Prediction  # noqa: E402
from intake.analyse.stages import Analysis  # noqa: E402
from intake.extract import check_authenticity, extract_facts  # noqa: E402
from intake.ingest import pipeline  # noqa: E402
from intake.mail.notice import Origin, RawMessage  # noqa: E402
from intake.store import Store, open_store  # noqa: E402
from intake.store.models import CaseRow, MessageRow  # noqa: E402
from intake.store.regrouping import regroup  # noqa: E402

CLIENT = "brightside"
BATCH = 50


class GivenLabels:
    """Stands in for the classifier: generated mail carries its label (see ``analyses``)."""

    version = "sellerbox"


def analyses(mails: Sequence[Mail]) -> list[Analysis]:
    """What the pure stages would make of each generated message (label as generated)."""
    out = []
    for mail in mails:
        notice = mail.notice
        raw = (f"Message-ID: {notice.message_id}\r\nSubject: {notice.subject}\r\n\r\n"
               f"{notice.text}").encode()  # fmt: skip
        label = "need_more_info" if mail.label == "resent" else mail.label  # resent is found
        prediction = Prediction(label, 0.99, {label: 0.99}, False)
        if mail.outgoing:
            prediction = Prediction("other", 1.0, {label: 0.99}, False)
        out.append(
            Analysis(
                raw=RawMessage(raw, Origin(kind="file", path=notice.message_id)),
                content_hash=hashlib.sha256(raw).hexdigest(),
                notice=notice,
                error=None,
                prediction=prediction,
                facts=extract_facts(notice),
                authenticity=check_authenticity(notice),
                outgoing=mail.outgoing,
            )  # fmt: skip
        )
    return out


def take_in(store: Store, batches: Sequence[Sequence[Analysis]]) -> None:
    """Store batch by batch as ``intake ingest`` does, regrouping once if out of order."""
    ctx = pipeline.IngestContext(client=CLIENT, classifier=GivenLabels())  # type: ignore[arg-type]
    out_of_order = False
    for batch in batches:
        with store.session() as session:
            out_of_order |= pipeline.store_analyses(session, batch, ctx).out_of_order
    if out_of_order:
        regroup(store, CLIENT)


def f1_of(store: Store, mails: Sequence[Mail]) -> float:
    """Pairwise F1 of the stored cases against the mailbox's truth."""
    with store.session() as session:
        kinds = dict(session.query(CaseRow.id, CaseRow.kind).all())
        placed = dict(session.query(MessageRow.message_id, MessageRow.case_id).all())
    predicted = [placed[m.notice.message_id] for m in mails]
    predicted = [case if kinds.get(case) == "notice" else None for case in predicted]
    return pairwise_f1([m.case for m in mails], predicted)


def grouping_f1(mails: Sequence[Mail], reverse: bool, folder: Path, name: str) -> float:
    """Take ``mails`` in (in date order or reversed) into a fresh database; their F1."""
    store = open_store(f"sqlite:///{folder / name}.db")
    ordered = list(analyses(mails))
    ordered = ordered[::-1] if reverse else ordered
    take_in(store, [ordered[i : i + BATCH] for i in range(0, len(ordered), BATCH)])
    score = f1_of(store, mails)
    store.close()
    return score


def timed_grouping(store: Store, items: Sequence[Analysis]) -> list[float]:
    """Store ``items`` in batches; the CPU seconds grouping took for each message."""
    spent: list[float] = []
    original = pipeline._case_for

    def timed(*args, **kwargs):
        begin = time.process_time()
        result = original(*args, **kwargs)
        spent.append(time.process_time() - begin)
        return result

    pipeline._case_for = timed
    try:
        take_in(store, [items[i : i + BATCH] for i in range(0, len(items), BATCH)])
    finally:
        pipeline._case_for = original
    return spent


def big_mailbox(size: int) -> list[Mail]:
    """One client's mail of about ``size`` messages (matters spread over the years)."""
    matters = max(4, size // 10)
    return mailbox(seed=size, matters=matters, days=max(200, size // 4))[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a try-out")
    parser.add_argument("--part", choices=("f1", "cpu", "regroup"), action="append",
                        help="run only this part (repeatable); default: all")  # fmt: skip
    args = parser.parse_args()
    parts = set(args.part or ("f1", "cpu", "regroup"))
    seeds, per_cpu, regroup_sizes = (range(1, 4), 5_000, (1_000, 5_000)) if args.quick else (
        range(1, 9), 20_000, (1_000, 10_000, 50_000))  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        if "f1" in parts:
            print_f1(root, seeds)
        if "cpu" in parts:
            print_cpu(root, per_cpu)
        if "regroup" in parts:
            print_regroup(root, regroup_sizes)


def print_f1(root: Path, seeds: range) -> None:
    """Pairwise F1 over generated mailboxes, in date order and in reverse."""
    scores: dict[str, list[float]] = {"date order": [], "reverse order": []}
    for seed in seeds:
        mails = mailbox(seed=seed, matters=14)
        scores["date order"].append(grouping_f1(mails, False, root, f"f{seed}"))
        scores["reverse order"].append(grouping_f1(mails, True, root, f"r{seed}"))
    for order, values in scores.items():
        print(f"grouping F1, {order}: mean {sum(values) / len(values):.3f},"
              f" min {min(values):.3f} over {len(values)} mailboxes", flush=True)  # fmt: skip


def print_cpu(root: Path, size: int) -> None:
    """Grouping CPU per message in the first and the last 1,000 of ``size`` messages."""
    items = analyses(big_mailbox(size))
    spent = timed_grouping(open_store(f"sqlite:///{root / 'cpu'}.db"), items)
    first, last = spent[:1000], spent[-1000:]
    print(f"grouping CPU per message: {1000 * sum(first) / len(first):.3f} ms in the first"
          f" 1,000, {1000 * sum(last) / len(last):.3f} ms in the last 1,000 of {len(spent):,}",
          flush=True)  # fmt: skip


def print_regroup(root: Path, sizes: Sequence[int]) -> None:
    """``regroup`` of one client at each size: CPU and wall-clock seconds."""
    for size in sizes:
        store = open_store(f"sqlite:///{root / f'regroup{size}'}.db")
        items = analyses(big_mailbox(size))
        take_in(store, [items[i : i + 1000] for i in range(0, len(items), 1000)])
        wall, cpu = time.perf_counter(), time.process_time()
        regroup(store, CLIENT)
        print(f"regroup at {size:,} messages: {time.process_time() - cpu:.2f} s CPU,"
              f" {time.perf_counter() - wall:.2f} s wall", flush=True)  # fmt: skip
        store.close()


if __name__ == "__main__":
    main()
