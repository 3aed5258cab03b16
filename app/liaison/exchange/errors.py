"""Errors of the exchange layer; each message says what is wrong and what to do."""

from __future__ import annotations

from liaison.model.errors import LiaisonError


class ExchangeError(LiaisonError):
    """Base of identity, partner, package and transport errors."""


class IdentityError(ExchangeError):
    """The agency identity is missing, incomplete, or a certificate does not fit our keys."""


class PartnerError(ExchangeError):
    """A partner or one of its certificates is unknown, unverified, expired or revoked."""


class PackageError(ExchangeError):
    """A package cannot be built (nothing to send, a part larger than the size cap...)."""


class TransportError(ExchangeError):
    """A transport cannot deliver or collect (folder missing, host key changed...)."""


class TransportLost(TransportError):
    """The transport went away mid-sync (connection dropped, stick pulled out): nothing
    more can be moved over it in this sync; the next one resumes."""


class PackageRefused(ExchangeError):
    """A received package failed a check; ``code`` names the check, the message says why.

    Messages never quote record text: they may be written to the audit log and shown
    in the quarantine list.
    """

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason
