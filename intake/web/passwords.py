"""Password hashing for web users: argon2id through argon2-cffi, never the clear text stored.

``verify_password`` runs a full argon2 check even for an unknown user (against
a hash made once per process), so a login's timing does not tell whether
the name exists.
"""

from __future__ import annotations

from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from intake.errors import InputError

MIN_LENGTH = 10
_HASHER = PasswordHasher()


def check_strength(password: str) -> None:
    """``InputError`` for a password too short to guard a seller's mail."""
    if len(password) < MIN_LENGTH:
        raise InputError(f"password too short: at least {MIN_LENGTH} characters")


def hash_password(password: str) -> str:
    """An argon2id hash of ``password`` (salted; parameters inside the string)."""
    check_strength(password)
    return _HASHER.hash(password)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _HASHER.hash("not a password anyone has")


def verify_password(stored_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches; False for no user (``stored_hash`` None) after equal work."""
    try:
        _HASHER.verify(stored_hash or _dummy_hash(), password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
    return stored_hash is not None
