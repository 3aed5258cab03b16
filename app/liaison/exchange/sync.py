"""Sync: deliver what waits in the outbox, collect what waits for us, report each fate.

ARCHITECTURE.md, Sync, gives the order of operations and why no package is lost:
one sync at a time per workspace; ``incoming/`` is rescanned first, so a package an
interrupted sync left there is received now; a remote file is deleted only once the
workspace has taken it (merged, quarantined, or recognised as already received), so a
cut connection leaves it on the server for the next sync; a copy of a package already
in the inbox is never merged twice nor refused as a replay. Every transport failure is
reported and audited under the transport's name, and the other transports still run.
Deliveries are recorded one by one, so an interrupted sync resumes where it stopped.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from liaison.exchange import certs, identity
from liaison.exchange.errors import (
    ExchangeError,
    PackageRefused,
    TransportError,
    TransportLost,
)
from liaison.exchange.inbox import Received, quarantine
from liaison.exchange.outbox import mailbox, mark_delivered
from liaison.exchange.transports import FILE_NAME, Collected, Transport, transfer_name
from liaison.model.progress import Progress
from liaison.store import audit
from liaison.store.database import Connection, transaction

INCOMING = "incoming"
LOCK_FILE = ".sync.lock"
# The fates of packages an interrupted sync left in incoming/ name this as their transport.
STRANDED = "incoming"
Receiver = Callable[[Path, str], Received]
T = TypeVar("T")


@dataclass
class Fate:
    """What happened to one package during a sync."""

    direction: str  # 'out' or 'in'
    transport: str
    # delivered, already there, failed, merged, quarantined, already received,
    # already quarantined
    status: str
    package_id: str | None = None
    partner: str | None = None
    reason: str = ""

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class TransportFailure:
    """A transport that could not be used, or stopped mid-sync, and at which step."""

    transport: str
    stage: str  # connect, deliver, collect
    error: str

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class SyncReport:
    """Each package's fate, each problem as a sentence, each transport that failed."""

    fates: list[Fate] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    failures: list[TransportFailure] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"fates": [f.as_dict() for f in self.fates], "errors": self.errors,
                "failures": [f.as_dict() for f in self.failures]}

    def count(self, status: str) -> int:
        return sum(1 for f in self.fates if f.status == status)


@contextlib.contextmanager
def _one_sync_at_a_time(incoming: Path) -> Iterator[None]:
    """An exclusive lock on ``incoming/``: two syncs of one workspace (the desktop and a
    command) would receive the same file twice and clear each other's downloads."""
    incoming.mkdir(mode=0o700, exist_ok=True)
    fd = os.open(incoming / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            if os.name == "nt":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise ExchangeError("Another sync of this workspace is running (in another window "
                                "or a command); try again once it has finished.") from exc
        yield
    finally:
        os.close(fd)  # releases the lock


def _call(transport: Transport, doing: str, fn: Callable[..., T], *args: Any) -> T:
    """Run one transport step; anything but a TransportError (a library error the
    transport did not expect) ends this transport's sync with a message naming it."""
    try:
        return fn(*args)
    except TransportError:
        raise
    except Exception as exc:
        raise TransportLost(f"Transport {transport.name}: {doing} failed unexpectedly "
                            f"({type(exc).__name__}: {exc}).") from exc


def _fail(conn: Connection, report: SyncReport, name: str, stage: str,
          exc: TransportError, actor: str) -> None:
    """Report and audit one transport failure (committed at once)."""
    message = str(exc)
    if not message.startswith(f"Transport {name}"):
        message = f"Transport {name}: {message}"
    report.errors.append(message)
    report.failures.append(TransportFailure(name, stage, message))
    with transaction(conn):
        audit.append(conn, actor, "transport.fail", name, {"stage": stage, "error": message})


def _pending(conn: Connection) -> list[tuple]:
    return conn.execute(
        "SELECT o.package_id, o.file, o.sha256, r.pid, p.name, r.mailbox FROM outbox_recipients r "
        "JOIN outbox o ON o.oid = r.oid JOIN partners p ON p.pid = r.pid "
        "WHERE r.delivered IS NULL ORDER BY o.oid, p.name").fetchall()


def _deliver(conn: Connection, folder: Path, transport: Transport, report: SyncReport,
             actor: str, now: datetime) -> None:
    for package_id, file, sha256, pid, partner, box in _pending(conn):
        local = folder / file
        try:
            if not local.is_file():
                raise TransportError(f"the package file {file} is missing from the outbox")
            fresh = _call(transport, f"uploading {file}", transport.deliver, local, box,
                          transfer_name(package_id, sha256))
        except TransportError as exc:
            with transaction(conn):
                conn.execute("UPDATE outbox_recipients SET error = ? WHERE pid = ? AND oid = "
                             "(SELECT oid FROM outbox WHERE package_id = ?)",
                             (str(exc), pid, package_id))
            report.fates.append(Fate("out", transport.name, "failed", package_id, partner,
                                     str(exc)))
            if isinstance(exc, TransportLost):
                raise  # nothing more goes over it in this sync; the next one retries
            _fail(conn, report, transport.name, "deliver", exc, actor)
            continue
        with transaction(conn):
            mark_delivered(conn, package_id, pid, f"{transport.name}", now)
            audit.append(conn, actor, "package.deliver", package_id,
                         {"partner": partner, "transport": transport.name, "mailbox": box})
        report.fates.append(Fate("out", transport.name,
                                 "delivered" if fresh else "already there", package_id,
                                 partner))


def _already_received(conn: Connection, package_id: str, sha256: str) -> str | None:
    """The sender's name if this package, with this content (``sha256`` may be the
    32-hex prefix a file name carries), is already in the inbox."""
    row = conn.execute("SELECT i.sha256, p.name FROM inbox i JOIN partners p ON p.pid = i.pid "
                       "WHERE i.package_id = ?", (package_id,)).fetchone()
    return row[1] if row and row[0].startswith(sha256) else None


def _already_quarantined(conn: Connection, sha256: str, source: str) -> str | None:
    """Where the very same file, from the same transport, already waits in quarantine
    (an earlier sync refused it and was cut off before removing the remote copy)."""
    row = conn.execute("SELECT file FROM quarantine WHERE sha256 = ? AND source = ? AND "
                       "released IS NULL ORDER BY qid LIMIT 1", (sha256, source)).fetchone()
    return row[0] if row else None


def _take(conn: Connection, folder: Path, got: Collected, via: str, source: str,
          receive: Receiver, actor: str, now: datetime) -> Fate:
    """Take one file from ``incoming/`` into the workspace: merged, quarantined, or
    recognised as a copy of one taken before. Afterwards it is gone from ``incoming/``."""
    package_id = got.name.split(".")[0]
    if not got.complete:
        refusal = PackageRefused("incomplete", "The file's content does not match the "
                                 "hash in its name: the copy is incomplete (a USB stick "
                                 "pulled out, a transfer cut off). Ask for it again.")
        quarantine(conn, folder, got.path, sha256=got.sha256, size=got.path.stat().st_size,
                   source=source, refusal=refusal, actor=actor, now=now)
        return Fate("in", via, "quarantined", None, None, refusal.reason)
    partner = _already_received(conn, package_id, got.sha256)
    if partner is not None:
        # An earlier sync merged it and was cut off before removing this copy.
        got.path.unlink(missing_ok=True)
        return Fate("in", via, "already received", package_id, partner,
                    "A copy of a package merged before; not merged again.")
    kept = _already_quarantined(conn, got.sha256, source)
    if kept is not None:
        got.path.unlink(missing_ok=True)
        return Fate("in", via, "already quarantined", package_id, None,
                    f"The same file is already in quarantine ({kept}); not refused again.")
    result = receive(got.path, source)
    # Merged, or kept in quarantine/ with its reason: either way committed, so the copy
    # in incoming/ (if the receiver left one) must not be taken a second time.
    got.path.unlink(missing_ok=True)
    return Fate("in", via, result.status, result.package_id, result.partner, result.reason)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _rescan(conn: Connection, folder: Path, receive: Receiver, report: SyncReport,
            actor: str, now: datetime) -> None:
    """Receive what an interrupted sync left in ``incoming/``; clear its partial copies
    (their source still holds the file: it is deleted only once taken)."""
    incoming = folder / INCOMING
    for path in sorted(incoming.iterdir()):
        if path.name.startswith("."):
            if path.name.endswith(".part"):
                path.unlink(missing_ok=True)
            continue
        if FILE_NAME.fullmatch(path.name) and path.is_file():
            got = Collected(path.name, path, _file_sha256(path))
            report.fates.append(_take(conn, folder, got, STRANDED, "incoming (an interrupted "
                                      "sync)", receive, actor, now))


def _collect(conn: Connection, folder: Path, transport: Transport, receive: Receiver,
             report: SyncReport, actor: str, now: datetime, progress: Progress) -> None:
    boxes = list(dict.fromkeys(mailbox(cert) for cert, _ in identity.decryption_keys(conn)))
    source = f"transport {transport.name}"
    for item in _call(transport, "listing our mailboxes", transport.waiting, boxes):
        progress.check()
        try:
            partner = _already_received(conn, item.package_id, item.short_hash)
            if partner is None:
                got = _call(transport, f"downloading {item.name}", transport.fetch, item,
                            folder / INCOMING)
                report.fates.append(_take(conn, folder, got, transport.name, source, receive,
                                          actor, now))
            else:  # taken by an earlier sync that was cut off before removing it
                report.fates.append(Fate(
                    "in", transport.name, "already received", item.package_id, partner,
                    "A copy of a package merged before; not merged again."))
            # Only now, with the package merged or quarantined, is the remote copy deleted.
            _call(transport, f"removing {item.name}", transport.remove, item)
        except TransportLost:
            raise
        except TransportError as exc:  # this file only; the next may go through
            _fail(conn, report, transport.name, "collect", exc, actor)


def sync(conn: Connection, folder: Path, transports: list[Transport], *, receive: Receiver,
         actor: str, now: datetime | None = None,
         progress: Progress | None = None) -> SyncReport:
    """Receive what an earlier sync left behind, then deliver and collect over each
    transport; the fate of every package and every transport's failure."""
    now = now or certs.utcnow()
    progress = progress or Progress()
    report = SyncReport()
    with _one_sync_at_a_time(folder / INCOMING):
        _rescan(conn, folder, receive, report, actor, now)
        for number, transport in enumerate(transports, 1):
            progress.update(number - 1, len(transports), f"Syncing over {transport.name}")
            try:
                _call(transport, "connecting", transport.open)
            except TransportError as exc:
                _fail(conn, report, transport.name, "connect", exc, actor)
                continue
            stage = "deliver"
            try:
                _deliver(conn, folder, transport, report, actor, now)
                progress.check()
                stage = "collect"
                _collect(conn, folder, transport, receive, report, actor, now, progress)
            except TransportError as exc:
                _fail(conn, report, transport.name, stage, exc, actor)
            finally:
                with contextlib.suppress(Exception):
                    transport.close()
        progress.update(len(transports), len(transports), "Sync finished")
        with transaction(conn):
            audit.append(conn, actor, "exchange.sync", ",".join(t.name for t in transports), {
                "delivered": report.count("delivered"), "merged": report.count("merged"),
                "quarantined": report.count("quarantined"), "failed": report.count("failed"),
                "already_received": report.count("already received"),
                "errors": len(report.errors),
                "failed_transports": sorted({f.transport for f in report.failures})})
    return report
