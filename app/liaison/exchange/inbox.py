"""Receiving a package file: open it, merge it, or quarantine it with the reason.

ARCHITECTURE.md, Receive. Every failure leaves the store as it was (the merge is one
transaction) and keeps the still-encrypted file in ``quarantine/`` inside the workspace
folder (exchange/quarantine.py: a copy of the person's file, never the file itself);
the reason is kept in the encrypted database and the audit log, never in a clear-text
file beside it. A quarantined package is received later through the same checks
(:func:`release`) once its reason is resolved.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography import x509

from liaison.exchange import certs, identity, partners
from liaison.exchange import quarantine as kept
from liaison.exchange.errors import ExchangeError, PackageRefused
from liaison.exchange.merge import MergeReport, WatchCheck, check_new, merge
from liaison.exchange.package import (
    DEFAULT_CAP,
    DEFAULT_LIMITS,
    Limits,
    OpenedPackage,
    open_package,
)
from liaison.model.input_files import check_input_file
from liaison.store.database import Connection, DatabaseError

QUARANTINE = kept.QUARANTINE


@dataclass
class Received:
    """The fate of one package file: merged (with its report) or quarantined (with why)."""

    file: str
    status: str  # 'merged' or 'quarantined'
    package_id: str | None = None
    partner: str | None = None
    code: str = ""
    reason: str = ""
    merge: MergeReport | None = None
    quarantine_id: int | None = None  # the entry that holds (or held) the file

    def as_dict(self) -> dict[str, Any]:
        out = {"file": self.file, "status": self.status, "package_id": self.package_id,
               "partner": self.partner, "code": self.code, "reason": self.reason,
               "quarantine_id": self.quarantine_id}
        if self.merge:
            out["summary"] = self.merge.summary()
        return out


class DirectoryTrust:
    """Resolves a package's signer through the partner directory (pinned certificates)."""

    def __init__(self, conn: Connection, own_signing_fp: str | None) -> None:
        self.conn = conn
        self.own = own_signing_fp
        # The pinned certificate whose signature verified, even if it may not be used
        # yet (pending, expired): then the sender is known though the package is refused.
        self.verified: partners.PinnedCert | None = None

    def resolve(self, embedded: x509.Certificate | None, issuer_der: bytes | None,
                serial: int | None, ski: bytes | None) -> partners.PinnedCert:
        pinned = None
        if embedded is not None:
            fp = certs.fingerprint(embedded)
            if fp == self.own:
                raise PackageRefused("signer", "The package was signed by this workspace "
                                     "itself; it is one of our own packages.")
            pinned = partners.find(self.conn, fp)
        elif issuer_der is not None and serial is not None:
            pinned = partners.find_by_issuer_serial(self.conn, issuer_der, serial, "signing")
        if pinned is None:
            shown = (f" (certificate {certs.grouped(certs.fingerprint(embedded))[:39]}…, "
                     f"{certs.agency_of(embedded)[:60]!r})" if embedded is not None else "")
            raise PackageRefused("signer", "The package was signed by a certificate that is "
                                 f"pinned for no partner{shown}: add and verify the partner's "
                                 "certificates first.")
        return pinned

    def problem(self, pinned: partners.PinnedCert, now: datetime) -> str | None:
        self.verified = pinned  # asked only once the signature verified with it
        return partners.signer_problem(self.conn, pinned, now)


def quarantine(conn: Connection, folder: Path, path: Path, *, sha256: str, size: int,
               source: str, refusal: PackageRefused, actor: str, now: datetime,
               pid: int | None = None, package_id: str | None = None) -> Path:
    """Keep ``path`` in the workspace's quarantine (a copy, or moved from ``incoming/``)
    and record why (DB + audit); the kept file. ``size`` is measured again on the copy."""
    del size
    return kept.keep(conn, folder, path, sha256=sha256, source=source, refusal=refusal,
                     actor=actor, now=now, pid=pid, package_id=package_id).path


# A big package is mostly attachment blobs, written once and rarely read back: merged
# through the workspace's full page cache (256 MiB, sized for search) they would fill
# it, doubling the receive's peak memory and evicting the index pages search needs.
BIG_PACKAGE = 32 << 20
MERGE_CACHE_KIB = 16 * 1024


@contextmanager
def _merge_cache(conn: Connection, size: int) -> Iterator[None]:
    if size <= BIG_PACKAGE:
        yield
        return
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-MERGE_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


@dataclass
class _Attempt:
    """One pass through the receive checks: merged (``report``) or ``refusal``."""

    report: MergeReport | None = None
    refusal: PackageRefused | None = None
    pid: int | None = None
    partner: str | None = None
    package_id: str | None = None


def _as_refusal(exc: Exception) -> PackageRefused:
    return exc if isinstance(exc, PackageRefused) else PackageRefused(
        "error", f"The package could not be opened ({type(exc).__name__}): it is "
        "malformed in a way Liaison does not expect.")


def _trust(conn: Connection) -> tuple[list[Any], DirectoryTrust]:
    """Our decryption keys and the partner directory; IdentityError without an identity
    (the workspace's problem, not the package's: nothing is quarantined)."""
    keys = identity.decryption_keys(conn)
    return keys, DirectoryTrust(conn, identity.current_identity(conn).signing_fingerprint)


def _open(path: Path, size: int, keys: list[Any], trust: DirectoryTrust, now: datetime,
          max_bytes: int, limits: Limits) -> OpenedPackage:
    if size > max_bytes:
        raise PackageRefused("oversize", f"The file is {size:,} bytes, over the "
                             f"{max_bytes:,}-byte package cap.")
    if size == 0:
        raise PackageRefused("not-cms", "The file is empty: the copy was interrupted.")
    return open_package(path, keys=keys, trust=trust, now=now, limits=limits,
                        max_bytes=max_bytes)


def _attempt(conn: Connection, path: Path, *, size: int, sha256: str, our_agency: str,
             actor: str, source: str, now: datetime, max_bytes: int, limits: Limits,
             watch: WatchCheck | None,
             then: Callable[[Connection], None] | None = None) -> _Attempt:
    """Open and merge ``path``; a refusal is returned, never raised. Only the workspace's
    own failures (no identity, disk, database) raise; a package that breaks the opener
    in an unexpected way is refused as ``error``."""
    keys, trust = _trust(conn)
    opened = None
    try:
        opened = _open(path, size, keys, trust, now, max_bytes, limits)
        with _merge_cache(conn, size):
            report = merge(conn, opened, our_agency=our_agency, actor=actor, source=source,
                           sha256=sha256, now=now, watch=watch, then=then)
    except Exception as exc:
        if isinstance(exc, DatabaseError | OSError):
            raise  # the workspace's own trouble (disk full, locked), not the package's
        signer = opened.signer if opened else trust.verified
        return _Attempt(None, _as_refusal(exc), signer.pid if signer else None,
                        signer.partner if signer else None,
                        opened.manifest.package_id if opened else None)
    return _Attempt(report, None, opened.signer.pid, opened.signer.partner, report.package_id)


def _facts(path: Path) -> tuple[int, str]:
    """Size and SHA-256 of a package file; ExchangeError if it cannot be read."""
    check_input_file(path, ExchangeError, "package file")
    try:
        return path.stat().st_size, kept.file_hash(path)
    except OSError as exc:
        raise ExchangeError(f"Cannot read {path}: {exc.strerror or exc}.") from exc


def receive_file(conn: Connection, folder: Path, path: Path, *, our_agency: str, actor: str,
                 source: str = "file", now: datetime | None = None,
                 max_bytes: int = DEFAULT_CAP, limits: Limits = DEFAULT_LIMITS,
                 watch: WatchCheck | None = None) -> Received:
    """Receive one package file: merged, or quarantined with the reason. The file itself
    is left as it was (quarantine keeps a copy) unless it lies in our ``incoming/``."""
    now = now or certs.utcnow()
    path = Path(path)
    size, sha256 = _facts(path)
    got = _attempt(conn, path, size=size, sha256=sha256, our_agency=our_agency, actor=actor,
                   source=source, now=now, max_bytes=max_bytes, limits=limits, watch=watch)
    if got.refusal is None:
        assert got.report is not None
        return Received(str(path), "merged", got.report.package_id, got.report.partner,
                        merge=got.report)
    held = kept.keep(conn, folder, path, sha256=sha256, source=source, refusal=got.refusal,
                     actor=actor, now=now, pid=got.pid, package_id=got.package_id)
    where = f"{QUARANTINE}/{held.path.name}"
    note = (f" The file was moved to {where}" if held.moved else
            f" A copy is kept in {where}; the file you gave was not changed")
    return Received(str(path), "quarantined", got.package_id, got.partner, got.refusal.code,
                    got.refusal.reason + note + f" (quarantine entry {held.qid}).",
                    quarantine_id=held.qid)


def release(conn: Connection, folder: Path, qid: int, *, our_agency: str, actor: str,
            now: datetime | None = None, max_bytes: int = DEFAULT_CAP,
            limits: Limits = DEFAULT_LIMITS, watch: WatchCheck | None = None) -> Received:
    """Receive quarantined package ``qid`` through the normal checks: merged and released
    in one transaction, or still refused (the entry then says why, and keeps the file)."""
    now = now or certs.utcnow()
    entry = kept.waiting(conn, qid)
    path = folder / entry["file"]
    if not path.is_file():
        raise ExchangeError(f"The file of quarantine entry {qid} ({entry['file']}) is "
                            "missing from the workspace folder, so it cannot be received; "
                            "delete the entry.")
    size, sha256 = _facts(path)
    if sha256 != entry["sha256"]:
        raise ExchangeError(f"The file of quarantine entry {qid} ({entry['file']}) is not "
                            "the one that was refused: its SHA-256 differs. It was left "
                            "as it is; ask the sender for the package again.")
    got = _attempt(conn, path, size=size, sha256=sha256, our_agency=our_agency, actor=actor,
                   source=entry["source"], now=now, max_bytes=max_bytes, limits=limits,
                   watch=watch, then=kept.releaser(qid, actor, now))
    if got.refusal is not None:
        kept.still_refused(conn, qid, got.refusal, actor=actor, pid=got.pid,
                           package_id=got.package_id)
        return Received(entry["file"], "quarantined", got.package_id or entry["package_id"],
                        got.partner or entry["partner"], got.refusal.code,
                        got.refusal.reason + f" It stays in quarantine (entry {qid}).",
                        quarantine_id=qid)
    path.unlink(missing_ok=True)
    assert got.report is not None
    return Received(entry["file"], "merged", got.report.package_id, got.report.partner,
                    merge=got.report, quarantine_id=qid)


_COUNT_ORDER = ("records", "retractions", "entities", "links", "events", "attachments")


def inspect(conn: Connection, folder: Path, qid: int, *, now: datetime | None = None,
            max_bytes: int = DEFAULT_CAP, limits: Limits = DEFAULT_LIMITS) -> dict[str, Any]:
    """One entry with what can be told about its package without merging anything: the
    verified manifest's facts (sender, sequence, counts; never record content) when the
    package opens, and whether it would be accepted now."""
    now = now or certs.utcnow()
    entry = kept.entry(conn, qid)
    out: dict[str, Any] = {**entry, "package": None, "now": None}
    path = folder / entry["file"]
    if entry["released"] or not path.is_file():
        out["now"] = {"accepted": False, "code": "", "reason": (
            "Released: the package is in the inbox." if entry["released"] else
            "The quarantined file is missing from the workspace folder.")}
        return out
    keys, trust = _trust(conn)
    try:
        opened = _open(path, path.stat().st_size, keys, trust, now, max_bytes, limits)
    except Exception as exc:
        if isinstance(exc, DatabaseError | OSError):
            raise
        refusal = _as_refusal(exc)
        out["now"] = {"accepted": False, "code": refusal.code, "reason": refusal.reason}
        return out
    m = opened.manifest
    out["package"] = {
        "package_id": m.package_id, "created": m.created, "share_id": m.share_id,
        "part": m.part, "parts": m.parts, "sequence": opened.recipient["sequence"],
        "sender": {"partner": opened.signer.partner, "agency": m.sender["agency"],
                   "country": m.sender["country"],
                   "signing_fingerprint": m.sender["signing_fingerprint"]},
        "counts": {k: m.counts[k] for k in _COUNT_ORDER if k in m.counts}}
    try:
        check_new(conn, opened, opened.signer.pid)
    except PackageRefused as refusal:
        out["now"] = {"accepted": False, "code": refusal.code, "reason": refusal.reason}
    else:
        out["now"] = {"accepted": True, "code": "", "reason": "It passes every check now: "
                      "release it to receive it."}
    return out


def quarantine_list(conn: Connection, include_released: bool = True) -> list[dict[str, Any]]:
    """Quarantine entries, newest first (``partner``: the sender, if known)."""
    return kept.entries(conn, include_released)


def inbox_list(conn: Connection, limit: int = 500) -> list[dict[str, Any]]:
    rows = conn.execute(
        "SELECT i.package_id, p.name, i.sequence, i.created, i.received, i.source, i.summary "
        "FROM inbox i JOIN partners p ON p.pid = i.pid ORDER BY i.iid DESC LIMIT ?", (limit,))
    out = []
    for package_id, partner, seq, created, received, source, summary in rows:
        out.append({"package_id": package_id, "partner": partner, "sequence": seq,
                    "created": created, "received": received, "source": source,
                    "summary": _loads(summary)})
    return out


def _loads(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
