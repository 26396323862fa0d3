"""Digests and alerts end to end: read the store, build, render, queue in the ledger, deliver.

``run_due_notifications`` is the one call the daemon makes every
``notify.check_interval`` seconds: it queues the digests that are due and the
alerts that fired, then delivers everything unsent (retrying failures with
backoff). ``intake digest`` uses ``collect_digest`` and ``queue_digest``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from intake.config import DEFAULT_CLIENT, Config
from intake.notify.alerts import find_alerts
from intake.notify.digest import Digest, build_digest
from intake.notify.ledger import (
    Courier,
    DeliveryReport,
    known_keys,
    last_created,
    record_pending,
)
from intake.notify.render import Rendered, compose, render_alert, render_digest
from intake.notify.schedule import CONSULTANT, DueDigest, due_digests
from intake.store import Store, digests
from intake.store.views import MessageView, list_cases, list_messages

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NotifyReport:
    """One pass: digests and alerts queued, and what delivery did."""

    digests: tuple[str, ...]
    alerts: tuple[str, ...]
    delivery: DeliveryReport


def collect_digest(
    session: Session, config: Config, client: str | None, since: datetime, now: datetime
) -> Digest:
    """The digest of ``client`` (None: the consultant's, all clients) from the store."""
    cases = list_cases(session, now, client=client, zone_of=config.client_zone)
    messages = messages_since(session, client, since)
    zone = config.client_zone(client) if client else ZoneInfo(config.notify.digest.timezone)
    return build_digest(
        cases,
        messages,
        since=since,
        now=now,
        client=client,
        drafts_ready=digests.drafts_ready(session),
        client_display=display_name(config, client),
        names=display_names(config, {*(c.client for c in cases), *(m.client for m in messages)}),
        zone=zone,
    )


def display_names(config: Config, clients: set[str]) -> dict[str, str]:
    """Each client's name as people know it: ``clients.NAME.name``, else the key."""
    return {
        client: (config.clients[client].name if client in config.clients else "") or client
        for client in clients
    }


def messages_since(session: Session, client: str | None, since: datetime) -> list[MessageView]:
    """Messages intake took in at or after ``since`` (by ``created_at``), oldest first."""
    return list_messages(session, client=client, taken_in_since=since)


def display_name(config: Config, client: str | None) -> str:
    """The client's display name from the config, else its name.

    A single-seller install's unnamed default client has none (""): its seller
    is greeted "Hello," rather than "Hello default,".
    """
    if client is None:
        return "All clients"
    configured = config.clients.get(client)
    if configured is None and client == DEFAULT_CLIENT:
        return ""
    return (configured.name if configured else "") or client


def digest_since(session: Session, due: DueDigest) -> datetime:
    """Since the client's last queued digest, else one schedule period before the slot."""
    previous = last_created(session, f"digest:{due.client or CONSULTANT}:")
    return previous or due.slot - due.period


def queue_message(
    store: Store,
    config: Config,
    rendered: Rendered,
    *,
    key: str,
    kind: str,
    client: str | None,
    to: tuple[str, ...],
    now: datetime,
) -> bool:
    """Compose and write one message to the ledger as pending; False when its key exists."""
    message = compose(rendered, key=key, from_addr=config.notify.from_addr, to=to, now=now)
    return record_pending(
        store, key=key, kind=kind, client=client, recipients=list(to), message=message.as_bytes()
    )


def queue_digest(store: Store, config: Config, due: DueDigest, now: datetime) -> bool:
    """Build, render and queue one due digest; False when it was queued before."""
    with store.session() as session:
        digest = collect_digest(session, config, due.client, digest_since(session, due), now)
    return queue_message(
        store,
        config,
        render_digest(digest),
        key=due.key,
        kind="digest",
        client=due.client,
        to=due.recipients,
        now=now,
    )


def queue_alerts(store: Store, config: Config, now: datetime) -> list[str]:
    """Queue an alert for each trigger that fired on recent mail or open cases; their keys."""
    triggers = config.notify.alerts.triggers
    if not triggers:
        return []
    since = now - timedelta(hours=config.notify.alerts.max_age_hours)
    with store.session() as session:
        fresh = [m for m in messages_since(session, None, since) if not _sent_before(m, since)]
        alerts = find_alerts(
            fresh,
            list_cases(session, now, zone_of=config.client_zone),
            triggers,
            now,
            digests.drafts_ready(session),
        )
        already = known_keys(session, "alert:")
    queued = []
    for alert in alerts:
        to = _alert_recipients(config, alert.client)
        if alert.key in already or not to:
            continue
        rendered = render_alert(
            alert, display_name(config, alert.client), config.client_zone(alert.client)
        )
        if queue_message(
            store,
            config,
            rendered,
            key=alert.key,
            kind="alert",
            client=alert.client,
            to=to,
            now=now,
        ):
            queued.append(alert.key)
    return queued


def _sent_before(message: MessageView, since: datetime) -> bool:
    """Whether the mail itself is older than ``since``: a backfill takes in months-old notices
    now, and "a new suspension" about one of them would be news to nobody."""
    return message.sent_at is not None and message.sent_at < since


def _alert_recipients(config: Config, client: str) -> tuple[str, ...]:
    configured = config.clients.get(client)
    seller = configured.digest_to if configured else ()
    return tuple(dict.fromkeys((*seller, *config.notify.consultant_to)))


def run_due_notifications(
    store: Store, config: Config, now: datetime, courier: Courier, *, check_alerts: bool = True
) -> NotifyReport:
    """Queue due digests and (unless ``check_alerts`` is False) fired alerts, then deliver."""
    with store.session() as session:
        ledger = known_keys(session, "digest:")
    due = due_digests(now, config, ledger)
    digests = [item.key for item in due if queue_digest(store, config, item, now)]
    alerts = queue_alerts(store, config, now) if check_alerts else []
    delivery = courier.deliver_unsent(now)
    return NotifyReport(tuple(digests), tuple(alerts), delivery)


def alert_fingerprint(store: Store, now: datetime) -> tuple[int, int, str]:
    """(messages stored, newest id, current hour): alerts only change when this does.

    New mail raises message alerts (the count also catches a transaction that
    commits a lower id late); the passing hours bring deadlines within 48
    hours. The notifier skips the costlier alert scan while it is unchanged.
    """
    with store.session() as session:
        count, newest = digests.mail_stored(session)
    return count, newest, now.strftime("%Y-%m-%dT%H")


def notifications_wanted(config: Config) -> bool:
    """True when anyone is to receive digests or alerts."""
    return bool(config.notify.consultant_to) or any(
        client.digest_to for client in config.clients.values()
    )
