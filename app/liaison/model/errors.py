"""Errors every layer raises; each carries a message an analyst can act on."""

from __future__ import annotations


class LiaisonError(Exception):
    """Base of every error Liaison reports to a person rather than as a traceback."""


class WorkspaceError(LiaisonError):
    """The workspace folder is missing, damaged, or not usable as asked."""


class WorkspaceExists(WorkspaceError):
    """A workspace already lives where a new one was to be created."""


class WorkspaceNotFound(WorkspaceError):
    """No workspace at the given location."""


class MetadataDamaged(WorkspaceError):
    """workspace.json cannot be read, fails its checksum, or disagrees with the database."""


class SchemaTooNew(WorkspaceError):
    """The workspace was written by a newer Liaison than this one."""


class DatabaseDamaged(WorkspaceError):
    """workspace.db is truncated, corrupt, or not a Liaison database."""


class UnlockError(LiaisonError):
    """No key slot could unlock the workspace."""


class WrongPassphrase(UnlockError):
    """The passphrase does not open the passphrase slot."""


class PassphraseRequired(UnlockError):
    """The workspace needs a passphrase and none was given."""


class KeyringUnavailable(UnlockError):
    """The OS keyring cannot be reached, is locked, or lacks the workspace key."""


class TokenError(UnlockError):
    """A smart card or token slot cannot be used: no PKCS#11 module, no card present,
    the key not on it, or the card stopped answering."""


class TokenPinRequired(TokenError):
    """The workspace has a smart-card slot and no PIN was given."""


class WrongPin(TokenError):
    """The card refused the PIN (one of its tries is spent)."""


class PinLocked(TokenError):
    """The card's PIN is locked after too many wrong tries."""


class TokenReplaced(TokenError):
    """The card present is not the one (or no longer holds the key) a slot was made with."""


class SlotError(LiaisonError):
    """A key-slot change that is not allowed (e.g. removing the last slot)."""


class BackupError(LiaisonError):
    """A backup file cannot be written or restored."""


class AuditError(LiaisonError):
    """The audit chain cannot be read or exported."""


class OperationCancelled(LiaisonError):
    """The person cancelled a running operation; nothing was changed."""


class FormatError(LiaisonError):
    """An input file cannot be read; the message names the file and line or object."""


class QueryError(LiaisonError):
    """A search query that cannot be parsed; ``position`` is the 0-based offset of the fault."""

    def __init__(self, message: str, position: int = 0) -> None:
        super().__init__(message)
        self.position = position


class RecordNotFound(LiaisonError):
    """No record, entity or attachment with the id asked for (it may have been erased)."""


class AttachmentTooLarge(LiaisonError):
    """An attachment is bigger than the caller agreed to hold in memory."""


class WeakPassphrase(LiaisonError):
    """A new passphrase is below the workspace's strength minimum; ``reasons`` say why."""

    def __init__(self, message: str, reasons: list[str]) -> None:
        super().__init__(message)
        self.reasons = reasons


class RoleRefused(LiaisonError):
    """The session's user does not hold a role the action needs (model/roles.py)."""
