"""Sync: deliver what waits in the outbox, collect what waits for us, report each fate.

Each transport is opened in turn; one that cannot be reached (a stick not plugged
in, a server down or presenting another host key) is reported and the others still
run. Deliveries are recorded one by one, so an interrupted sync resumes where it
stopped; collected files are received one by one, each merged or quarantined.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from liaison.exchange import certs, identity
from liaison.exchange.errors import PackageRefused, TransportError
from liaison.exchange.inbox import Received, quarantine
from liaison.exchange.outbox import mailbox, mark_delivered
from liaison.exchange.transports import Transport, transfer_name
from liaison.model.progress import Progress
from liaison.store import audit
from liaison.store.database import Connection, transaction

INCOMING = "incoming"
Receiver = Callable[[Path, str], Received]


@dataclass
class Fate:
    """What happened to one package during a sync."""

    direction: str  # 'out' or 'in'
    transport: str
    status: str  # delivered, already there, failed, merged, quarantined
    package_id: str | None = None
    partner: str | None = None
    reason: str = ""

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class SyncReport:
    fates: list[Fate] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"fates": [f.as_dict() for f in self.fates], "errors": self.errors}

    def count(self, status: str) -> int:
        return sum(1 for f in self.fates if f.status == status)


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
            fresh = transport.deliver(local, box, transfer_name(package_id, sha256))
        except TransportError as exc:
            with transaction(conn):
                conn.execute("UPDATE outbox_recipients SET error = ? WHERE pid = ? AND oid = "
                             "(SELECT oid FROM outbox WHERE package_id = ?)",
                             (str(exc), pid, package_id))
            report.fates.append(Fate("out", transport.name, "failed", package_id, partner,
                                     str(exc)))
            continue
        with transaction(conn):
            mark_delivered(conn, package_id, pid, f"{transport.name}", now)
            audit.append(conn, actor, "package.deliver", package_id,
                         {"partner": partner, "transport": transport.name, "mailbox": box})
        report.fates.append(Fate("out", transport.name,
                                 "delivered" if fresh else "already there", package_id,
                                 partner))


def _collect(conn: Connection, folder: Path, transport: Transport, receive: Receiver,
             report: SyncReport, actor: str, now: datetime) -> None:
    boxes = list(dict.fromkeys(mailbox(cert) for cert, _ in identity.decryption_keys(conn)))
    for item in transport.collect(boxes, folder / INCOMING):
        source = f"transport {transport.name}"
        if not item.complete:
            refusal = PackageRefused("incomplete", "The file's content does not match the "
                                     "hash in its name: the copy is incomplete (a USB stick "
                                     "pulled out, a transfer cut off). Ask for it again.")
            size = item.path.stat().st_size
            quarantine(conn, folder, item.path, sha256=item.name.split(".")[1], size=size,
                       source=source, refusal=refusal, actor=actor, now=now)
            report.fates.append(Fate("in", transport.name, "quarantined", None, None,
                                     refusal.reason))
            continue
        result = receive(item.path, source)
        if result.status == "merged":
            item.path.unlink(missing_ok=True)
        report.fates.append(Fate("in", transport.name, result.status, result.package_id,
                                 result.partner, result.reason))


def sync(conn: Connection, folder: Path, transports: list[Transport], *, receive: Receiver,
         actor: str, now: datetime | None = None,
         progress: Progress | None = None) -> SyncReport:
    """Deliver, then collect, over each transport; the fate of every package."""
    now = now or certs.utcnow()
    progress = progress or Progress()
    report = SyncReport()
    for number, transport in enumerate(transports, 1):
        progress.update(number - 1, len(transports), f"Syncing over {transport.name}")
        try:
            transport.open()
        except TransportError as exc:
            report.errors.append(str(exc))
            continue
        try:
            _deliver(conn, folder, transport, report, actor, now)
            progress.check()
            _collect(conn, folder, transport, receive, report, actor, now)
        except TransportError as exc:
            report.errors.append(str(exc))
        finally:
            transport.close()
    progress.update(len(transports), len(transports), "Sync finished")
    with transaction(conn):
        audit.append(conn, actor, "exchange.sync", ",".join(t.name for t in transports), {
            "delivered": report.count("delivered"), "merged": report.count("merged"),
            "quarantined": report.count("quarantined"), "failed": report.count("failed"),
            "errors": len(report.errors)})
    return report
