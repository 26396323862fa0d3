"""Read the labelled corpus: ``<corpus_dir>/<split>/<label>/*.eml``.

The shipped corpus is rendered from the form-letter families of
``classifiers/corpus/families`` by ``python -m classifiers.corpus.generate`` into
the ``train`` split, one file per variant named ``<family-id>--<NNN>.eml`` (so
``families.family_of`` can leave a family out); a folder's name is the label of
every message in it. A ``heldout`` split is optional: the shipped corpus has
none, and readers treat a missing one as absent, not as an error. Reading uses
only the standard library, and ``notice_text_from_bytes`` is the one way a raw
message becomes a ``NoticeText`` here, so training sees messages the way the
caller does.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
from dataclasses import dataclass
from email.header import decode_header, make_header
from email.message import Message
from email.utils import parseaddr
from pathlib import Path

from classifiers.model import ClassifierError
from classifiers.text import html_to_quoted_text
from classifiers.types import TEXT_LABELS, NoticeText

SPLITS = ("train", "heldout")  # heldout is optional; the shipped corpus has only train


class CorpusError(ClassifierError):
    """The corpus folder is missing, or holds a folder that is not a known label."""


@dataclass(frozen=True)
class Example:
    """One labelled message; ``path`` is relative to the corpus folder, e.g. "train/other/a.eml"."""

    text: NoticeText
    label: str
    path: str


def default_corpus_dir() -> Path:
    """The corpus shipped with the package (``classifiers/corpus/data``)."""
    return Path(__file__).resolve().parent / "data"


def corpus_files(corpus_dir: Path, split: str = "train") -> list[tuple[str, Path]]:
    """``(label, file)`` for every ``.eml`` of a split, sorted so every run sees one order."""
    root = Path(corpus_dir) / split
    if not root.is_dir():
        raise CorpusError(f"no {split!r} split in corpus folder {corpus_dir}")
    found: list[tuple[str, Path]] = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        if folder.name not in TEXT_LABELS:
            raise CorpusError(f"{folder} is not a label folder (labels: {', '.join(TEXT_LABELS)})")
        found += [(folder.name, path) for path in sorted(folder.glob("*.eml"))]
    return found


def load_corpus(corpus_dir: Path, split: str = "train") -> list[Example]:
    """Every labelled message of a split, in a stable order."""
    return [
        Example(
            text=notice_text_from_bytes(path.read_bytes()),
            label=label,
            path=path.relative_to(corpus_dir).as_posix(),
        )
        for label, path in corpus_files(corpus_dir, split)
    ]


def files_digest(corpus_dir: Path, split: str = "train") -> list[tuple[str, str]]:
    """``(label, sha256 of the file's bytes)`` per message: a cheap basis for fingerprints."""
    return [
        (label, hashlib.sha256(path.read_bytes()).hexdigest())
        for label, path in corpus_files(corpus_dir, split)
    ]


def notice_text_from_bytes(raw: bytes) -> NoticeText:
    """Subject, sender address and body text of an RFC 822 message.

    The plain-text part is preferred; an HTML-only body is rendered to text with
    ``<blockquote>`` history kept as "> " lines, so quoted mail can be cut later.
    Parsed with the ``compat32`` policy: the modern header registry made reading
    the corpus five times slower, and training runs on first use.
    """
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    sender = parseaddr(_header(message, "From"))[1].lower()
    return NoticeText(subject=_header(message, "Subject"), sender=sender, body=_body_text(message))


def _header(message: Message, name: str) -> str:
    """A header decoded from RFC 2047 words; "" when absent or undecodable."""
    value = message.get(name)
    if value is None:
        return ""
    try:
        return str(make_header(decode_header(str(value))))
    except (LookupError, ValueError, UnicodeError):
        return str(value)


def _body_text(message: Message) -> str:
    part = _body_part(message, "plain") or _body_part(message, "html")
    if part is None:
        return ""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        content = payload.decode(charset, "replace")
    except LookupError:  # unknown charset name
        content = payload.decode("utf-8", "replace")
    return html_to_quoted_text(content) if part.get_content_subtype() == "html" else content


def _body_part(message: Message, subtype: str) -> Message | None:
    """The first ``text/<subtype>`` part that is not an attachment."""
    for part in message.walk():
        if (
            part.get_content_maintype() == "text"
            and part.get_content_subtype() == subtype
            and part.get_content_disposition() != "attachment"
        ):
            return part
    return None
