"""``intake run``'s analysis thread: drain the inbox while the account threads take mail in.

The account threads only take mail in (raw, with the checkpoint), so new mail
never waits for the analysis of a backfill. This thread analyses what is
waiting (``intake.ingest.drain``, the pure stages in worker processes) as soon
as an account thread says it took something in, every ``RECHECK_SECONDS``
otherwise (mail taken in by another process: ``intake poll --take-in-only``,
``intake ingest`` interrupted), and first of all at start, so what a crash left
waiting is analysed before anything else. Alerts and digests are built by the
notifier from stored mail, so they follow the analysis.
"""

from __future__ import annotations

import logging
import threading

from intake.analyse.classifier import Classifier
from intake.analyse.stages import analyse
from intake.config import Config
from intake.drafts.service import drafting_hook
from intake.errors import StoreError
from intake.extract.domains import imitates_amazon
from intake.ingest.drain import DrainOptions, drain
from intake.ingest.pipeline import Outcome
from intake.mail.notice import Origin, RawMessage
from intake.store import Store

log = logging.getLogger(__name__)

RECHECK_SECONDS = 5.0  # longest wait before looking for mail other processes took in
RETRY_SECONDS = 5.0  # wait after a database failure
# Chunks of one client per pass: then the next client's mail, so one client's
# backfill does not hold another's new mail back (and the next pass starts at once).
CHUNKS_PER_PASS = 10
SLICE = 0.5  # seconds between checks of the stop flag while waiting


# Analysed once when the thread starts, while the worker waits for its first accounts
# (``intake.daemon.placement``): what the stages build on first use (pattern tables, the
# first prediction) is then ready before the first real mail.
WARM_UP = RawMessage(
    b"From: Seller Performance <seller-performance@amazon.com>\r\n"
    b"To: owner@example.com\r\nSubject: Your selling privileges have been deactivated\r\n"
    b"Message-ID: <warm-up@intake.invalid>\r\nDate: Mon, 07 Dec 2026 10:00:00 +0000\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Hello,\r\n\r\nWe have deactivated your selling privileges for ASIN B0TESTTEST after"
    b" inauthentic item complaints on order 123-1234567-1234567. Send a plan of action with"
    b" invoices by December 24, 2026 at https://sellercentral.amazon.com/performance or to"
    b" appeals@seller-help.example.com.\r\n\r\nSeller Performance Team\r\n",
    Origin("file", path="warm-up"),
)


class AnalysisLoop:
    """Drains the inbox until ``stop``; ``wake()`` when mail was taken in."""

    def __init__(
        self,
        store: Store,
        config: Config,
        classifier: Classifier,
        stop: threading.Event,
        helper: bool = True,
    ) -> None:
        self.store, self.config, self.classifier, self.stop = store, config, classifier, stop
        self.helper = helper  # False: analyse in this process only (intake run --jobs 1)
        self._wake = threading.Event()

    def wake(self) -> None:
        """Mail was taken in: analyse it now."""
        self._wake.set()

    def reconfigure(self, config: Config) -> None:
        """Use a reloaded config (``drafts.auto``) from the next chunk on."""
        self.config = config

    def run(self) -> None:
        """Drain, wait for mail, drain again, until stop; the loop guard keeps it alive."""
        log.info("analysis: started")
        warm = True
        while not self.stop.is_set():
            self._wake.clear()
            delay = RECHECK_SECONDS
            try:
                if warm:
                    warm = False  # once, even if it fails (the guard logs it)
                    self._warm_up()
                report = drain(
                    self.store,
                    self.classifier,
                    DrainOptions(
                        should_stop=self.stop.is_set,
                        after_commit=self._after_commit,
                        chunks_per_client=CHUNKS_PER_PASS,
                        helper=self.helper,
                    ),
                )
                if report.drained:
                    log.info("analysis: %d message(s) analysed", len(report.drained))
                    delay = 0.0  # more may be waiting: the next pass at once
            except StoreError as err:
                log.error("analysis: %s", err)
                delay = RETRY_SECONDS
            except Exception:  # noqa: BLE001 - the loop guard: log, wait, go on
                log.exception("analysis: unexpected failure")
                delay = RETRY_SECONDS
            self._pause(delay)
        log.info("analysis: stopped")

    def _warm_up(self) -> None:
        analyse([WARM_UP], self.classifier)
        imitates_amazon("example.com")  # the suffix list, that the senders filter needs first

    def _after_commit(self, outcomes: list[Outcome]) -> None:
        hook = drafting_hook(self.store, self.config)
        if hook is not None:
            hook(outcomes)

    def _pause(self, seconds: float) -> None:
        waited = 0.0
        while waited < seconds and not self.stop.is_set() and not self._wake.is_set():
            self._wake.wait(SLICE)
            waited += SLICE
