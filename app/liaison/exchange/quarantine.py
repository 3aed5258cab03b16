"""The quarantine: refused package files, kept still encrypted, with the reason.

ARCHITECTURE.md, Receive. A file the person handed over (a path on the command line, a
file chosen in the desktop, a package on a USB stick) is never moved or altered: the
quarantine keeps a copy, written crash-safely (a private temporary file, fsynced, then
renamed). Only a file a transport collected into the workspace's own ``incoming/`` is
moved, since it is the workspace's. The reason lives in the encrypted database and the
audit log, never in a clear-text file beside the copy.

Entries are released (received after all, by :func:`liaison.exchange.inbox.release`)
or deleted; both are audited.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from liaison.exchange import certs
from liaison.exchange.errors import ExchangeError, PackageRefused
from liaison.store import audit
from liaison.store.atomic import fsync_dir, write_atomic
from liaison.store.database import Connection, transaction

QUARANTINE = "quarantine"
# Where transports put what they collect (exchange/sync.py): files there are ours to move.
INCOMING = "incoming"
CHUNK = 1 << 20

COLUMNS = ("qid", "ts", "file", "sha256", "size", "source", "code", "reason", "pid",
           "package_id", "released")


@dataclass(frozen=True)
class Kept:
    """One quarantined file: its entry number, where it is kept, and whether it was moved
    there (from ``incoming/``) rather than copied."""

    qid: int
    path: Path
    sha256: str
    moved: bool = False


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return True


def _copy(source: Path, target: Path) -> tuple[str, int]:
    """Copy ``source`` to ``target`` crash-safely, owner-only; the copy's SHA-256 and size."""
    digest, size = hashlib.sha256(), 0

    def chunks():
        nonlocal size
        with source.open("rb") as src:
            for chunk in iter(lambda: src.read(CHUNK), b""):
                digest.update(chunk)
                size += len(chunk)
                yield chunk

    write_atomic(target, chunks())
    return digest.hexdigest(), size


def _move(source: Path, target: Path) -> tuple[str, int]:
    """Move a file of our own ``incoming/`` into quarantine (same folder tree)."""
    os.replace(source, target)
    if os.name == "posix":
        os.chmod(target, 0o600)
    fsync_dir(target.parent)
    digest, size = hashlib.sha256(), 0
    with target.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def keep(conn: Connection, folder: Path, path: Path, *, sha256: str, source: str,
         refusal: PackageRefused, actor: str, now: datetime, pid: int | None = None,
         package_id: str | None = None) -> Kept:
    """Keep ``path`` in quarantine (a copy; moved only from ``incoming/``) and record why.

    ``sha256`` is the hash the caller computed (or expected); the entry records the kept
    file's own hash, and the audit entry both when they differ."""
    path = Path(path)
    qdir = folder / QUARANTINE
    qdir.mkdir(mode=0o700, exist_ok=True)
    stamp = certs.iso(now).replace(":", "").replace("-", "")
    target = qdir / f"{stamp}-{sha256[:16]}.p7m"
    n = 1
    while target.exists():
        n += 1
        target = qdir / f"{stamp}-{sha256[:16]}-{n}.p7m"
    moved = _inside(path, folder / INCOMING)
    actual, size = _move(path, target) if moved else _copy(path, target)
    details: dict[str, Any] = {"code": refusal.code, "reason": refusal.reason,
                               "source": source, "file": target.name, "sha256": actual,
                               "size": size, "kept": "moved" if moved else "copy"}
    if actual != sha256:
        details["expected_sha256"] = sha256
    try:
        with transaction(conn):
            qid = conn.execute(
                "INSERT INTO quarantine (ts, file, sha256, size, source, code, reason, pid, "
                "package_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (certs.iso(now), str(target.relative_to(folder)), actual, size, source,
                 refusal.code, refusal.reason, pid, package_id)).lastrowid
            audit.append(conn, actor, "package.quarantine", package_id or actual,
                         {"quarantine_id": qid, **details})
    except BaseException:
        if not moved:  # the person's file is where it was; drop our unrecorded copy
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
        raise
    return Kept(qid, target, actual, moved)


def entries(conn: Connection, include_released: bool = True) -> list[dict[str, Any]]:
    """Quarantine entries, newest first, each with the sending partner's name if known."""
    where = "" if include_released else "WHERE q.released IS NULL "
    cols = ", ".join(f"q.{c}" for c in COLUMNS)
    rows = conn.execute(f"SELECT {cols}, p.name FROM quarantine q LEFT JOIN partners p "
                        f"ON p.pid = q.pid {where}ORDER BY q.qid DESC")
    return [{**dict(zip(COLUMNS, row[:-1], strict=True)), "partner": row[-1]} for row in rows]


def entry(conn: Connection, qid: int) -> dict[str, Any]:
    """One entry; ExchangeError naming the number if there is none."""
    cols = ", ".join(f"q.{c}" for c in COLUMNS)
    row = conn.execute(f"SELECT {cols}, p.name FROM quarantine q LEFT JOIN partners p "
                       "ON p.pid = q.pid WHERE q.qid = ?", (int(qid),)).fetchone()
    if row is None:
        raise ExchangeError(f"There is no quarantine entry {qid}: 'liaison quarantine list' "
                            "shows the entries.")
    return {**dict(zip(COLUMNS, row[:-1], strict=True)), "partner": row[-1]}


def waiting(conn: Connection, qid: int) -> dict[str, Any]:
    """An entry still in quarantine (not released); ExchangeError otherwise."""
    found = entry(conn, qid)
    if found["released"]:
        raise ExchangeError(f"Quarantine entry {qid} was already released on "
                            f"{found['released']}: it is in the inbox.")
    return found


def entry_for_file(conn: Connection, folder: Path, path: Path) -> int | None:
    """The waiting entry whose kept file is ``path``, if ``path`` is one."""
    try:
        relative = str(Path(path).resolve().relative_to(folder.resolve()))
    except (ValueError, OSError):
        return None
    row = conn.execute("SELECT qid FROM quarantine WHERE file = ? AND released IS NULL",
                       (relative,)).fetchone()
    return row[0] if row else None


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def releaser(qid: int, actor: str, now: datetime) -> Callable[[Connection], None]:
    """Marks entry ``qid`` released inside the merge's own transaction, so the package
    is received and leaves the quarantine in one commit."""

    def release(conn: Connection) -> None:
        row = conn.execute("SELECT file, package_id FROM quarantine WHERE qid = ?",
                           (qid,)).fetchone()
        conn.execute("UPDATE quarantine SET released = ? WHERE qid = ?",
                     (certs.iso(now), qid))
        audit.append(conn, actor, "package.release", row[1] or str(qid),
                     {"quarantine_id": qid, "file": Path(row[0]).name})

    return release


def still_refused(conn: Connection, qid: int, refusal: PackageRefused, *, actor: str,
                  pid: int | None, package_id: str | None) -> None:
    """A release that failed: the entry keeps the file and now says why it still fails."""
    with transaction(conn):
        conn.execute("UPDATE quarantine SET code = ?, reason = ?, pid = coalesce(?, pid), "
                     "package_id = coalesce(?, package_id) WHERE qid = ?",
                     (refusal.code, refusal.reason, pid, package_id, qid))
        audit.append(conn, actor, "package.release_refused", package_id or str(qid),
                     {"quarantine_id": qid, "code": refusal.code, "reason": refusal.reason})


def delete(conn: Connection, folder: Path, qid: int, *, actor: str) -> dict[str, Any]:
    """Delete a waiting entry and its kept file; the audit entry keeps what it was."""
    found = waiting(conn, qid)
    with transaction(conn):
        conn.execute("DELETE FROM quarantine WHERE qid = ?", (qid,))
        audit.append(conn, actor, "package.quarantine_delete",
                     found["package_id"] or found["sha256"],
                     {"quarantine_id": qid, "file": Path(found["file"]).name,
                      "sha256": found["sha256"], "size": found["size"],
                      "code": found["code"], "reason": found["reason"],
                      "source": found["source"]})
    kept = folder / found["file"]
    if _inside(kept, folder / QUARANTINE):
        kept.unlink(missing_ok=True)
        if kept.parent.is_dir():
            fsync_dir(kept.parent)
    return found
