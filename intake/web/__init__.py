"""``intake web``: triage, cases, the review queue and accounts in the browser.

Another face over the same library calls as the CLI (``intake.store.views``,
``casework``, ``labels``, ``intake.drafts``): a person's action in the browser
is the same function, recorded with who did it. Server-rendered Jinja2
pages (autoescaped; mail is only ever data), one small script for the copy
button, nothing loaded from elsewhere.
"""

from intake.web.app import create_app

__all__ = ["create_app"]
