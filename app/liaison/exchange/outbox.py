"""Building packages into the outbox, the sent log, and pending corrections/retractions.

Package files go to ``outbox/`` in the workspace folder (they are encrypted); the
database keeps who each is for, its sequence number per partner, and whether a
transport delivered it. The sent log says which version of which record went to
which partner: from it, a later correction or retraction of one of our records is
due to exactly the partners who received the record (ARCHITECTURE.md, "Correct,
retract, erase"). Every package carries our signed audit checkpoint, kept here as
given (exchange/checkpoint.py). A partner's record we share onward carries its
originator's signature as we kept it (issue 16), so the next receiver can verify it.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from liaison.exchange import certs, identity, partners
from liaison.exchange import checkpoint as audit_checkpoint
from liaison.exchange.collect import collect_records
from liaison.exchange.errors import PackageError
from liaison.exchange.package import (
    DEFAULT_CAP,
    PackageContent,
    Recipient,
    RecordSignature,
    Retraction,
    Sender,
    budget,
    build_package,
    check_content,
    split,
)
from liaison.store import audit, relayed
from liaison.store.database import Connection, transaction
from liaison.store.disclosures import log_disclosure

OUTBOX = "outbox"


@dataclass
class Queued:
    """One package placed in the outbox."""

    package_id: str
    file: Path
    size: int
    sha256: str
    part: int
    parts: int
    recipients: list[str]
    counts: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"package_id": self.package_id, "file": str(self.file), "size": self.size,
                "sha256": self.sha256, "part": self.part, "parts": self.parts,
                "recipients": self.recipients, "counts": self.counts}


def mailbox(cert: Any) -> str:
    """The drop folder name for the holder of an encryption certificate (transports)."""
    return f"{certs.country_of(cert) or 'XX'}-{certs.fingerprint(cert)[:16]}"


def sender(conn: Connection) -> Sender:
    ident = identity.current_identity(conn)
    cert, key = identity.signing_key(conn)
    return Sender(ident.agency, ident.country, cert, key, ident.encryption_cert)


def _next_sequence(conn: Connection, pid: int) -> int:
    conn.execute("INSERT OR IGNORE INTO partner_sequences (pid, last_out) VALUES (?, 0)", (pid,))
    conn.execute("UPDATE partner_sequences SET last_out = last_out + 1 WHERE pid = ?", (pid,))
    return conn.execute("SELECT last_out FROM partner_sequences WHERE pid = ?",
                        (pid,)).fetchone()[0]


def queue(conn: Connection, folder: Path, content: PackageContent, to: list[str], *,
          actor: str, workspace_id: str, cap: int = DEFAULT_CAP, now: datetime | None = None,
          profile: str = "none", review: Mapping[str, int] | None = None) -> list[Queued]:
    """Build ``content`` for the partners named in ``to`` into the outbox, in parts under
    ``cap``; all or nothing (one transaction; files of a failed attempt are removed).
    Each package carries a checkpoint of workspace ``workspace_id``'s audit chain.

    Each package is logged as a disclosure to each partner (store.disclosures), with the
    redaction ``profile`` the content went through. Content a receiver would refuse is
    refused here first, with the receiver's message (package.Unsendable).
    """
    now = now or certs.utcnow()
    names = list(dict.fromkeys(n.strip() for n in to if n.strip()))
    if not names:
        raise PackageError("Name at least one partner to send to.")
    me = sender(conn)
    pinned = [partners.recipient_cert(conn, name, now) for name in names]
    kept = relayed.signatures_for(conn, [r.id for r in content.records
                                         if r.agency != me.agency])
    if kept:  # unchanged, whatever redaction did: the receiver judges the content
        content = replace(content, signatures={
            **content.signatures, **{i: RecordSignature(fp, der) for i, (fp, der)
                                     in kept.items()}})
    parts = split(content, budget(cap, len(names)))
    for part in parts:  # what a receiver would refuse leaves no file, sequence or log entry
        check_content(part)
    share_id = str(uuid.uuid4())
    out_dir = folder / OUTBOX
    out_dir.mkdir(mode=0o700, exist_ok=True)
    written: list[Path] = []
    queued: list[Queued] = []
    try:
        with transaction(conn):
            for number, part in enumerate(parts, 1):
                recipients = [Recipient(p.partner, p.cert, _next_sequence(conn, p.pid))
                              for p in pinned]
                path = out_dir / f"{share_id}-{number}.p7m.tmp"
                written.append(path)
                # The chain up to the last entry before this build (the package's own
                # entry cannot be in what the package carries).
                signed = audit_checkpoint.make(conn, workspace_id, now, me)
                built = build_package(part, me, recipients, path, share_id=share_id,
                                      part=number, parts=len(parts), now=now, cap=cap,
                                      checked=True, checkpoint=signed.der)
                final = out_dir / f"{built.package_id}.p7m"
                path.rename(final)
                written.append(final)
                _record(conn, folder, built, final, recipients, pinned, part, now)
                audit_checkpoint.record_given(conn, signed, built.package_id)
                for pin in pinned:
                    log_disclosure(conn, actor=actor, partner=pin.partner, pid=pin.pid,
                                   record_ids=[r.id for r in part.records], profile=profile,
                                   fmt="package", file_name=final.name, sha256=built.sha256,
                                   # the review's span counts are the whole share's
                                   counts={**part.counts(), **(review or {})})
                queued.append(Queued(built.package_id, final, built.size, built.sha256, number,
                                     len(parts), names, part.counts()))
            audit.append(conn, actor, "package.build", share_id, {
                "to": names, "parts": len(parts), "packages": [q.package_id for q in queued],
                "counts": content.counts(), "bytes": sum(q.size for q in queued),
                "profile": profile,
                "checkpoint": {"count": signed.count, "hash": signed.hash}})
    except BaseException:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return queued


def _record(conn: Connection, folder: Path, built: Any, final: Path,
            recipients: list[Recipient], pinned: list[partners.PinnedCert],
            part: PackageContent, now: datetime) -> None:
    ts = certs.iso(now)
    oid = conn.execute(
        "INSERT INTO outbox (package_id, share_id, part, parts, created, file, size, sha256, "
        "summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (built.package_id, built.manifest.share_id, built.manifest.part, built.manifest.parts,
         ts, str(final.relative_to(folder)), built.size, built.sha256,
         json.dumps(part.counts()))).lastrowid
    for recipient, pin in zip(recipients, pinned, strict=True):
        conn.execute("INSERT INTO outbox_recipients (oid, pid, sequence, mailbox) "
                     "VALUES (?, ?, ?, ?)", (oid, pin.pid, recipient.sequence,
                                             mailbox(pin.cert)))
        conn.executemany(
            "INSERT OR IGNORE INTO sent_log (pid, record_id, version, kind, package_id, ts) "
            "VALUES (?, ?, ?, 'record', ?, ?)",
            [(pin.pid, r.id, r.version, built.package_id, ts) for r in part.records])
        conn.executemany(
            "INSERT OR IGNORE INTO sent_log (pid, record_id, version, kind, package_id, ts) "
            "VALUES (?, ?, ?, 'retraction', ?, ?)",
            [(pin.pid, r.record_id, r.version, built.package_id, ts) for r in part.retractions])


def pending_updates(conn: Connection, pid: int, our_agency: str
                    ) -> tuple[list[str], list[Retraction]]:
    """Our records ``pid`` received at an older version: (corrected ids, retractions)."""
    corrected, retractions = [], []
    for record_id, version, status, extra, _sent in conn.execute(
            "SELECT r.id, r.version, r.status, r.extra, max(s.version) FROM sent_log s "
            "JOIN records r ON r.id = s.record_id WHERE s.pid = ? AND r.agency = ? "
            "GROUP BY r.id HAVING r.version > max(s.version)", (pid, our_agency)):
        if status == "retracted":
            try:
                info = json.loads(extra).get("retraction", {})
            except (ValueError, AttributeError):
                info = {}
            retractions.append(Retraction(record_id, version, str(info.get("reason", "")),
                                          str(info.get("retracted", certs.iso(certs.utcnow())))))
        else:
            corrected.append(record_id)
    return corrected, retractions


def partners_with_updates(conn: Connection, our_agency: str,
                          record_ids: list[str] | None = None) -> list[tuple[int, str]]:
    """(pid, name) of partners due a correction or retraction (of ``record_ids`` if given)."""
    rows = conn.execute(
        "SELECT DISTINCT p.pid, p.name, s.record_id FROM sent_log s JOIN partners p "
        "ON p.pid = s.pid JOIN records r ON r.id = s.record_id WHERE r.agency = ? "
        "GROUP BY s.pid, s.record_id HAVING r.version > max(s.version)",
        (our_agency,)).fetchall()
    wanted = set(record_ids) if record_ids is not None else None
    seen: dict[int, str] = {}
    for pid, name, record_id in rows:
        if wanted is None or record_id in wanted:
            seen[pid] = name
    return sorted(seen.items(), key=lambda item: item[1].lower())


def updates_content(conn: Connection, pid: int, our_agency: str) -> PackageContent:
    """A package's worth of the corrections and retractions due to ``pid``."""
    corrected, retractions = pending_updates(conn, pid, our_agency)
    content = collect_records(conn, corrected) if corrected else PackageContent()
    content.retractions = retractions
    return content


def outbox_list(conn: Connection, limit: int = 500) -> list[dict[str, Any]]:
    out = []
    for oid, package_id, share_id, part, parts, created, file, size, summary in conn.execute(
            "SELECT oid, package_id, share_id, part, parts, created, file, size, summary "
            "FROM outbox ORDER BY oid DESC LIMIT ?", (limit,)).fetchall():
        recipients = [{"partner": name, "sequence": seq, "delivered": delivered,
                       "transport": transport, "error": error}
                      for name, seq, delivered, transport, error in conn.execute(
                          "SELECT p.name, r.sequence, r.delivered, r.transport, r.error FROM "
                          "outbox_recipients r JOIN partners p ON p.pid = r.pid WHERE r.oid = ? "
                          "ORDER BY p.name", (oid,))]
        out.append({"package_id": package_id, "share_id": share_id, "part": part,
                    "parts": parts, "created": created, "file": file, "size": size,
                    "counts": json.loads(summary), "recipients": recipients,
                    "status": "delivered" if all(r["delivered"] for r in recipients)
                    else "pending"})
    return out


def mark_delivered(conn: Connection, package_id: str, pid: int | None, how: str,
                   now: datetime | None = None) -> None:
    """Record a delivery (to one recipient, or all when ``pid`` is None)."""
    ts = certs.iso(now or certs.utcnow())
    clause, params = ("AND pid = ?", (pid,)) if pid is not None else ("", ())
    conn.execute(f"UPDATE outbox_recipients SET delivered = ?, transport = ?, error = '' "
                 f"WHERE oid = (SELECT oid FROM outbox WHERE package_id = ?) {clause}",
                 (ts, how, package_id, *params))


def queue_message(conn: Connection, folder: Path, content: PackageContent, partner: str, *,
                  now: datetime) -> Queued:
    """One package to one partner that carries no records (a hit/no-hit query or answer):
    built into the outbox with its sequence number, not split, not a disclosure of
    records. Runs inside the caller's transaction; its file is removed if building fails,
    and the caller removes it if the transaction does."""
    me = sender(conn)
    pin = partners.recipient_cert(conn, partner, now)
    out_dir = folder / OUTBOX
    out_dir.mkdir(mode=0o700, exist_ok=True)
    recipient = Recipient(pin.partner, pin.cert, _next_sequence(conn, pin.pid))
    path = out_dir / f"{uuid.uuid4()}.p7m.tmp"
    try:
        built = build_package(content, me, [recipient], path, now=now, checked=True)
        final = out_dir / f"{built.package_id}.p7m"
        path.rename(final)
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise
    _record(conn, folder, built, final, [recipient], [pin], content, now)
    return Queued(built.package_id, final, built.size, built.sha256, 1, 1, [pin.partner],
                  content.counts())
