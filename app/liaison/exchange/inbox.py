"""Receiving a package file: open it, merge it, or move it to quarantine with the reason.

ARCHITECTURE.md, Receive. Every failure leaves the store as it was (the merge is one
transaction) and moves the still-encrypted file to ``quarantine/`` inside the
workspace folder; the reason is kept in the encrypted database and the audit log,
never in a clear-text file beside it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography import x509

from liaison.exchange import certs, identity, partners
from liaison.exchange.errors import PackageRefused
from liaison.exchange.merge import MergeReport, WatchCheck, merge
from liaison.exchange.package import DEFAULT_CAP, DEFAULT_LIMITS, Limits, open_package
from liaison.store import audit
from liaison.store.database import Connection, DatabaseError, transaction

QUARANTINE = "quarantine"


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

    def as_dict(self) -> dict[str, Any]:
        out = {"file": self.file, "status": self.status, "package_id": self.package_id,
               "partner": self.partner, "code": self.code, "reason": self.reason}
        if self.merge:
            out["summary"] = self.merge.summary()
        return out


class DirectoryTrust:
    """Resolves a package's signer through the partner directory (pinned certificates)."""

    def __init__(self, conn: Connection, own_signing_fp: str | None) -> None:
        self.conn = conn
        self.own = own_signing_fp

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
        return partners.signer_problem(self.conn, pinned, now)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def quarantine(conn: Connection, folder: Path, path: Path, *, sha256: str, size: int,
               source: str, refusal: PackageRefused, actor: str, now: datetime,
               pid: int | None = None, package_id: str | None = None) -> Path:
    """Move ``path`` into the workspace's quarantine and record why (DB + audit)."""
    qdir = folder / QUARANTINE
    qdir.mkdir(mode=0o700, exist_ok=True)
    stamp = certs.iso(now).replace(":", "").replace("-", "")
    target = qdir / f"{stamp}-{sha256[:16]}.p7m"
    n = 1
    while target.exists():
        n += 1
        target = qdir / f"{stamp}-{sha256[:16]}-{n}.p7m"
    try:
        os.replace(path, target)
    except OSError:  # another file system (a USB stick): copy, then remove the original
        shutil.copyfile(path, target)
        path.unlink()
    os.chmod(target, 0o600)
    with transaction(conn):
        conn.execute(
            "INSERT INTO quarantine (ts, file, sha256, size, source, code, reason, pid, "
            "package_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (certs.iso(now), str(target.relative_to(folder)), sha256, size, source,
             refusal.code, refusal.reason, pid, package_id))
        audit.append(conn, actor, "package.quarantine", package_id or sha256,
                     {"code": refusal.code, "reason": refusal.reason, "source": source,
                      "file": target.name, "sha256": sha256, "size": size})
    return target


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


def receive_file(conn: Connection, folder: Path, path: Path, *, our_agency: str, actor: str,
                 source: str = "file", now: datetime | None = None,
                 max_bytes: int = DEFAULT_CAP, limits: Limits = DEFAULT_LIMITS,
                 watch: WatchCheck | None = None) -> Received:
    """Receive one package file: merged, or quarantined with the reason. Only the
    workspace's own failures (no identity, disk, database) raise; a package that breaks
    the opener in an unexpected way is quarantined too."""
    now = now or certs.utcnow()
    path = Path(path)
    size = path.stat().st_size
    sha256 = _sha256(path)
    pinned = None
    opened = None
    keys = identity.decryption_keys(conn)  # no identity yet: say so, quarantine nothing
    own = identity.current_identity(conn).signing_fingerprint
    try:
        if size > max_bytes:
            raise PackageRefused("oversize", f"The file is {size:,} bytes, over the "
                                 f"{max_bytes:,}-byte package cap.")
        if size == 0:
            raise PackageRefused("not-cms", "The file is empty: the copy was interrupted.")
        trust = DirectoryTrust(conn, own)
        opened = open_package(path, keys=keys, trust=trust, now=now,
                              limits=limits, max_bytes=max_bytes)
        pinned = opened.signer
        with _merge_cache(conn, size):
            report = merge(conn, opened, our_agency=our_agency, actor=actor, source=source,
                           sha256=sha256, now=now, watch=watch)
    except Exception as exc:
        if isinstance(exc, DatabaseError | OSError):
            raise  # the workspace's own trouble (disk full, locked), not the package's
        refusal = exc if isinstance(exc, PackageRefused) else PackageRefused(
            "error", f"The package could not be opened ({type(exc).__name__}): it is "
            "malformed in a way Liaison does not expect.")
        target = quarantine(conn, folder, path, sha256=sha256, size=size, source=source,
                            refusal=refusal, actor=actor, now=now,
                            pid=pinned.pid if pinned else None,
                            package_id=opened.manifest.package_id if opened else None)
        return Received(str(path), "quarantined", opened.manifest.package_id if opened else None,
                        pinned.partner if pinned else None, refusal.code, refusal.reason
                        + f" The file is kept in {QUARANTINE}/{target.name}.")
    _release(conn, folder, path, now)
    return Received(str(path), "merged", report.package_id, report.partner, merge=report)


def _release(conn: Connection, folder: Path, path: Path, now: datetime) -> None:
    """A quarantined file received successfully (say, once its sender was verified)."""
    try:
        relative = str(path.resolve().relative_to(folder.resolve()))
    except ValueError:
        return
    with transaction(conn):
        done = conn.execute("UPDATE quarantine SET released = ? WHERE file = ? AND released "
                            "IS NULL", (certs.iso(now), relative)).rowcount
    if done:
        path.unlink(missing_ok=True)


def quarantine_list(conn: Connection) -> list[dict[str, Any]]:
    cols = ("qid", "ts", "file", "sha256", "size", "source", "code", "reason", "package_id",
            "released")
    return [dict(zip(cols, row, strict=True)) for row in conn.execute(
        f"SELECT {', '.join(cols)} FROM quarantine ORDER BY qid DESC")]


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
