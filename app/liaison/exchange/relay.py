"""Judging a record's originator signature against the originator's pinned certificate.

A package's own signature proves who sent it; a record's detached signature
(exchange/package/signatures.py) proves who wrote it. A record a partner relays for a
third agency is that agency's genuine record only when its signature verifies with a
pinned, verified signing certificate of a partner whose certificate names that agency,
found by the fingerprint the signature names, over exactly the content received
(issue 16, item 1; ARCHITECTURE.md, Receive). Anything less leaves it a relayed claim,
with the reason this module gives.

A receiver fills a record's empty markings from its partner's defaults and names them
in ``extra['from_defaults']`` (store/source_defaults.py); a record relayed after that
differs from what its originator signed by exactly those fields, so they are taken
off again before the signature is checked, and the record is stored as its originator
wrote it (the receiver's own defaults for the originator then apply).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from cryptography import x509

from liaison.exchange import certs, cms, partners
from liaison.exchange.errors import PackageRefused
from liaison.exchange.package import RecordSignature, signed_bytes
from liaison.model.records import Record
from liaison.store.database import Connection
from liaison.store.source_defaults import EXTRA_KEY, FIELDS


class Unverified(Exception):
    """Why a record's originator signature does not make it the originator's record;
    the message is short, shown with the claim ("signature does not verify")."""


class Originators:
    """Judges the record signatures of one merge: each pinned certificate is looked up,
    loaded and judged once, not once per record. Reads only."""

    def __init__(self, conn: Connection, now: datetime) -> None:
        self.conn, self.now = conn, now
        self._pinned: dict[str, partners.PinnedCert | None] = {}
        self._problems: dict[tuple[str, datetime], str | None] = {}

    def check(self, r: Record, signature: RecordSignature | None) -> partners.PinnedCert:
        """The pinned signing certificate of ``r``'s originator that signed exactly
        ``r``; :class:`Unverified` says why not."""
        return originator(self.conn, r, signature, self.now, self)

    def pinned(self, fingerprint: str) -> partners.PinnedCert | None:
        if fingerprint not in self._pinned:
            self._pinned[fingerprint] = partners.find(self.conn, fingerprint)
        return self._pinned[fingerprint]

    def problem(self, pinned: partners.PinnedCert, when: datetime) -> str | None:
        key = (pinned.fingerprint, when)
        if key not in self._problems:
            self._problems[key] = partners.signer_problem(self.conn, pinned, when)
        return self._problems[key]


def originator(conn: Connection, r: Record, signature: RecordSignature | None,
               now: datetime, cache: Originators | None = None) -> partners.PinnedCert:
    """The pinned signing certificate of ``r``'s originator that signed exactly ``r``;
    :class:`Unverified` says why not. Reads only."""
    if signature is None:
        raise Unverified("no signature of its originator")
    cache = cache or Originators(conn, now)
    pinned = cache.pinned(signature.certificate)
    short = certs.grouped(signature.certificate)[:19]
    if pinned is None:
        raise Unverified(f"originator not pinned: certificate {short} is not pinned here")
    if pinned.usage != "signing":
        raise Unverified(f"signed with {pinned.partner}'s encryption certificate")
    if pinned.agency != r.agency:
        raise Unverified(f"signed by {pinned.agency}, not by {r.agency}")

    def resolve(embedded: x509.Certificate | None, issuer: bytes | None,
                serial: int | None, ski: bytes | None) -> x509.Certificate:
        cert = pinned.cert
        named = (serial == cert.serial_number and issuer == cert.issuer.public_bytes()
                 if issuer is not None else ski is not None and ski == _ski(cert))
        if not named:
            raise PackageRefused("signature", "names another certificate")
        return cert

    try:
        try:
            verified = cms.verify(signature.der, resolve, detached=signed_bytes(r))
        except cms.DigestMismatch:
            bare = _without_defaults(r)
            if bare is None:
                raise
            verified = cms.verify(signature.der, resolve, detached=signed_bytes(bare))
            for name in (*FIELDS, "extra"):  # stored as its originator wrote it
                setattr(r, name, getattr(bare, name))
    except cms.DigestMismatch:
        raise Unverified("content differs from what its originator signed") from None
    except PackageRefused:
        raise Unverified("signature does not verify") from None
    except Exception:  # hostile DER breaks the parsers in many ways
        raise Unverified("signature is not a well-formed CMS signature") from None
    # Judged when it was signed (a certificate since superseded or expired still
    # vouches for what it signed then); revocation and verification count always.
    when = min(verified.signing_time or now, now)
    problem = cache.problem(pinned, when)
    if problem:
        raise Unverified(f"originator's certificate not usable: {problem}")
    return pinned


def _without_defaults(r: Record) -> Record | None:
    """``r`` without the markings a relayer filled from its own defaults (None: none)."""
    filled = r.extra.get(EXTRA_KEY)
    if not isinstance(filled, list) or not filled or not set(filled) <= set(FIELDS):
        return None
    extra = {k: v for k, v in r.extra.items() if k != EXTRA_KEY}
    return replace(r, extra=extra, **{name: None for name in filled})


def _ski(cert: x509.Certificate) -> bytes | None:
    try:
        return cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    except x509.ExtensionNotFound:
        return None
