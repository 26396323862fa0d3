"""People who sign in to ``intake web``: their role, the clients they see, a password hash.

Only an argon2 hash is stored (made by ``intake.web.passwords``); the clear
password never reaches this module. A seller sees their own client(s), a
consultant the clients assigned to them, an admin every client.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.errors import InputError
from intake.store.models import UserClientRow, UserRow

ROLES = ("admin", "consultant", "seller")


@dataclass(frozen=True)
class User:
    """A signed-in person as the web app sees them; ``clients`` is empty for an admin."""

    id: int
    name: str
    role: str
    clients: tuple[str, ...]

    @property
    def is_admin(self) -> bool:
        """An admin sees every client, including ones added after the user."""
        return self.role == "admin"

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form (never the hash)."""
        return {"id": self.id, "name": self.name, "role": self.role, "clients": list(self.clients)}


def check_user(name: str, role: str, clients: tuple[str, ...]) -> None:
    """``InputError`` for a bad name, role, or client list for the role."""
    if not name or len(name) > 100 or any(ch.isspace() for ch in name):
        raise InputError(f"user name {name!r}: 1-100 characters without spaces")
    if role not in ROLES:
        raise InputError(f"role {role!r}: expected one of {', '.join(ROLES)}")
    if role == "admin" and clients:
        raise InputError("an admin sees every client; --client is for sellers and consultants")
    if role == "seller" and not clients:
        raise InputError("a seller needs at least one --client")


def add_user(
    session: Session, name: str, role: str, clients: tuple[str, ...], password_hash: str
) -> User:
    """Create a user; ``InputError`` when the name is taken or the role and clients disagree."""
    check_user(name, role, clients)
    if session.scalar(select(UserRow.id).where(UserRow.name == name)) is not None:
        raise InputError(f"user {name!r} already exists")
    row = UserRow(name=name, role=role, password_hash=password_hash)
    session.add(row)
    session.flush()
    for client in dict.fromkeys(clients):
        session.add(UserClientRow(user_id=row.id, client=client))
    return User(row.id, name, role, tuple(dict.fromkeys(clients)))


def _row(session: Session, name: str) -> UserRow:
    row = session.scalar(select(UserRow).where(UserRow.name == name))
    if row is None:
        raise InputError(f"user {name!r}: no such user")
    return row


def set_password(session: Session, name: str, password_hash: str) -> None:
    """Replace a user's password hash (signing out their open sessions)."""
    _row(session, name).password_hash = password_hash


def remove_user(session: Session, name: str) -> None:
    """Delete a user, their client list and the cases they owned (the cases stay)."""
    session.delete(_row(session, name))


def list_users(session: Session) -> list[User]:
    """Every user, by name."""
    rows = session.scalars(select(UserRow).order_by(UserRow.name)).all()
    return [_user(session, row) for row in rows]


def user_by_name(session: Session, name: str) -> tuple[User, str] | None:
    """A user and their password hash, for signing in; None when there is no such user."""
    row = session.scalar(select(UserRow).where(UserRow.name == name))
    return (_user(session, row), row.password_hash) if row else None


def user_by_id(session: Session, user_id: int) -> tuple[User, str] | None:
    """A user and their password hash, for an open session; None once removed."""
    row = session.get(UserRow, user_id)
    return (_user(session, row), row.password_hash) if row else None


def users_of(session: Session, clients: set[str]) -> list[User]:
    """Admins, and the users who see any of ``clients``: who may own such a case."""
    return [user for user in list_users(session) if user.is_admin or clients & set(user.clients)]


def _user(session: Session, row: UserRow) -> User:
    clients = session.scalars(
        select(UserClientRow.client).where(UserClientRow.user_id == row.id).order_by("client")
    ).all()
    return User(row.id, row.name, row.role, tuple(clients))
