"""What the web app runs on: the config, the store, a clock, the login throttle, caches."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from flask import current_app

from intake.config import Config
from intake.store import Store
from intake.timeutil import utcnow
from intake.web.throttle import LoginThrottle
from intake.web.triagecache import TriageCache


@dataclass
class WebContext:
    """One ``intake web`` process's shared state; the store's sessions are per request."""

    config: Config
    store: Store
    clock: Callable[[], datetime] = utcnow
    throttle: LoginThrottle = field(default_factory=LoginThrottle)
    triage: TriageCache = field(default_factory=TriageCache)


def web() -> WebContext:
    """The running app's context."""
    return current_app.extensions["intake"]
