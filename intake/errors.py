"""One exception hierarchy for intake, so the CLI can map meaning to exit codes.

``ConfigError`` and ``InputError`` mean the user asked for something wrong
(exit 2); the others mean the work failed (exit 1). Messages name the thing
(file, key, account, folder, UID, Message-ID) and never a secret.
"""


class IntakeError(Exception):
    """Base of every error intake raises on purpose."""

    exit_code = 1

    def lines(self) -> list[str]:
        """The message as the lines the CLI prints, each after ``Error:``."""
        return [str(self)]


class ConfigError(IntakeError):
    """The configuration file is missing, malformed, or has a bad key or value.

    ``problems`` holds one line per problem found (a config check reports them all,
    not just the first); the message is those lines joined.
    """

    exit_code = 2

    def __init__(self, message: str = "", problems: list[str] | None = None) -> None:
        self.problems = list(problems) if problems else [message]
        super().__init__(message or "\n".join(self.problems))

    def lines(self) -> list[str]:
        """One line per problem, for the CLI to print each as its own ``Error:`` line."""
        return list(self.problems)


class InputError(IntakeError):
    """A command was given input it cannot use: a missing path, an unknown ID, a bad date."""

    exit_code = 2


class ParseError(IntakeError):
    """A message's bytes could not be parsed into a Notice at all."""


class SourceError(IntakeError):
    """A mail source (IMAP server, file) failed while being read."""


class AuthError(SourceError):
    """The IMAP server refused the credentials."""


class UnreachableError(SourceError):
    """The IMAP server could not be reached (DNS, refused, timeout, dropped)."""


class TLSError(SourceError):
    """The TLS handshake or certificate check with the IMAP server failed."""


class StoreError(IntakeError):
    """The database failed: locked, unreachable, or a migration could not run."""


class ClassifierError(IntakeError):
    """The classifier model could not be loaded, trained or applied."""
