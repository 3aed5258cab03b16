"""Relayed claims: records a partner passed on that claim another agency as originator.

Issue 16 (ARCHITECTURE.md, Receive): a received record's identity is its originating
agency, bound to that partner's pinned certificates, plus its id. A package signed by
Alpha holding a record whose ``agency`` is Charlie proves only that Alpha sent it, not
that Charlie wrote it; such a record is kept here, aside from ``records``, so it can
never pre-empt, overwrite or hide Charlie's own copy, and is not searched or counted as
Charlie's. ``records.origin_pid`` binds each received record to the partner whose
signature created it; ``records.relayed_by`` marks records a third party relayed before
this rule existed (schema v11), which the originator's own copy replaces whatever its
version.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from liaison.model.records import Record
from liaison.store.database import Connection
from liaison.store.ingest import RECORD_COLUMNS, record_row
from liaison.store.record_rows import record_from_row

V11_ORIGIN = """
ALTER TABLE records ADD COLUMN origin_pid INTEGER REFERENCES partners(pid);
ALTER TABLE records ADD COLUMN relayed_by INTEGER REFERENCES partners(pid);
CREATE TABLE relayed_claims (
    cid            INTEGER PRIMARY KEY,
    record_id      TEXT NOT NULL,
    claimed_agency TEXT NOT NULL,
    version        INTEGER NOT NULL,
    relayed_by     INTEGER NOT NULL REFERENCES partners(pid),
    relayer        TEXT NOT NULL,
    signer         TEXT NOT NULL,
    package_id     TEXT NOT NULL,
    received       TEXT NOT NULL,
    digest         TEXT NOT NULL,
    data           TEXT NOT NULL,
    UNIQUE (record_id, relayed_by, digest)
);
CREATE INDEX relayed_claims_pid ON relayed_claims(relayed_by);
"""


def v11_origin(conn: Connection) -> None:
    """Add the columns and table, then bind records already received: one whose last
    version came in a package signed by its own agency is bound to that partner; one a
    third party relayed is marked, so its originator's copy can still replace it."""
    for statement in V11_ORIGIN.split(";"):
        if statement.strip():
            conn.execute(statement)
    rows = conn.execute(
        "SELECT r.rid, r.agency, i.pid, EXISTS (SELECT 1 FROM partner_certs c "
        "WHERE c.pid = i.pid AND c.usage = 'signing' AND c.agency = r.agency) "
        "FROM records r JOIN inbox i ON i.import_id = r.import_id").fetchall()
    conn.executemany("UPDATE records SET origin_pid = ? WHERE rid = ?",
                     [(pid, rid) for rid, _, pid, own in rows if own])
    conn.executemany("UPDATE records SET relayed_by = ? WHERE rid = ?",
                     [(pid, rid) for rid, _, pid, own in rows if not own])


# v16: the originator's signature kept with each received record (issue 16), so a
# record shared onward carries it unchanged; and why a relayed record stayed a claim.
V16_RECORD_SIGNATURES = """
CREATE TABLE record_signatures (
    rid         INTEGER PRIMARY KEY REFERENCES records(rid) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    certificate TEXT NOT NULL,
    der         BLOB NOT NULL,
    relayed_by  INTEGER REFERENCES partners(pid)
);
ALTER TABLE relayed_claims ADD COLUMN reason TEXT NOT NULL DEFAULT '';
"""


def keep_signature(conn: Connection, rid: int, version: int, certificate: str, der: bytes,
                   relayed_by: int | None) -> None:
    """Keep the originator's signature over version ``version`` of record ``rid``
    (``relayed_by``: the partner that relayed it, None when the originator sent it)."""
    conn.execute("INSERT OR REPLACE INTO record_signatures (rid, version, certificate, der, "
                 "relayed_by) VALUES (?, ?, ?, ?, ?)",
                 (rid, version, certificate, der, relayed_by))


def keep_signatures(conn: Connection, rows: list[tuple]) -> None:
    """keep_signature for many: (rid, version, certificate, der, relayed_by) each, in
    order (a later row for the same rid replaces an earlier one)."""
    conn.executemany("INSERT OR REPLACE INTO record_signatures (rid, version, certificate, "
                     "der, relayed_by) VALUES (?, ?, ?, ?, ?)", rows)


def has_signature(conn: Connection, rid: int, version: int) -> bool:
    return conn.execute("SELECT 1 FROM record_signatures WHERE rid = ? AND version = ?",
                        (rid, version)).fetchone() is not None


def signatures_for(conn: Connection, record_ids: list[str]) -> dict[str, tuple[str, bytes]]:
    """Record id -> (certificate fingerprint, DER) of the originator's signature kept for
    the version stored now; a record whose stored version has none is left out."""
    out: dict[str, tuple[str, bytes]] = {}
    for i in range(0, len(record_ids), 2000):
        out.update((rid, (fp, bytes(der))) for rid, fp, der in conn.execute(
            "SELECT r.id, s.certificate, s.der FROM records r JOIN record_signatures s "
            "ON s.rid = r.rid AND s.version = r.version WHERE r.id IN "
            "(SELECT value FROM json_each(?))", (json.dumps(record_ids[i:i + 2000]),)))
    return out


def relayed_via(conn: Connection, rid: int) -> int | None:
    """The partner that relayed the stored version of ``rid`` with its originator's
    signature (None: the originator sent it, or no signature is kept)."""
    row = conn.execute("SELECT s.relayed_by FROM record_signatures s JOIN records r "
                       "ON r.rid = s.rid AND r.version = s.version WHERE s.rid = ?",
                       (rid,)).fetchone()
    return row[0] if row else None


@dataclass(frozen=True)
class RelayedClaim:
    """One record as a partner relayed it: who relayed it, who it claims to be from."""

    record_id: str
    claimed_agency: str
    version: int
    relayed_by: str  # the relaying partner's name
    relayer: str  # the agency its signing certificate names
    package_id: str
    received: str
    record: Record
    verified: bool = False
    # Why it is not the originator's record: no signature of the originator, or the
    # one it carries does not verify ('' for claims kept before schema v16).
    reason: str = ""

    def describe(self) -> str:
        why = f" ({self.reason})" if self.reason else ""
        return (f"relayed by {self.relayer}, claims to be from {self.claimed_agency}, "
                f"not verified{why}")

    def as_dict(self) -> dict[str, Any]:
        return {"record_id": self.record_id, "claimed_agency": self.claimed_agency,
                "version": self.version, "relayed_by": self.relayed_by,
                "relayer": self.relayer, "package_id": self.package_id,
                "received": self.received, "verified": self.verified, "reason": self.reason,
                "title": self.record.title, "status": self.describe()}


def add_claim(conn: Connection, r: Record, *, pid: int, relayer: str, signer: str,
              package_id: str, received: str, import_id: int | None,
              reason: str = "") -> bool:
    """Keep ``r`` as a claim relayed by partner ``pid``; False when the same claim (same
    content from the same partner) is already kept."""
    data = dict(zip(RECORD_COLUMNS, record_row(r, import_id), strict=True))
    data.pop("import_id")
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    digest = hashlib.sha256(text.encode()).hexdigest()
    return bool(conn.execute(
        "INSERT OR IGNORE INTO relayed_claims (record_id, claimed_agency, version, relayed_by, "
        "relayer, signer, package_id, received, digest, data, reason) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (r.id, r.agency, r.version, pid, relayer, signer, package_id, received, digest,
         text, reason)).rowcount)


def claims(conn: Connection, record_id: str | None = None,
           limit: int = 500) -> list[RelayedClaim]:
    """Claims kept for ``record_id`` (or all, newest first)."""
    where, params = ("WHERE c.record_id = ?", (record_id,)) if record_id else ("", ())
    out = []
    for row in conn.execute(
            "SELECT c.record_id, c.claimed_agency, c.version, p.name, c.relayer, c.package_id, "
            "c.received, c.data, c.reason FROM relayed_claims c "
            f"JOIN partners p ON p.pid = c.relayed_by "
            f"{where} ORDER BY c.cid DESC LIMIT ?", (*params, limit)):
        data = json.loads(row[7])
        data.setdefault("reported_precision", None)
        out.append(RelayedClaim(*row[:7], record=record_from_row(data), reason=row[8]))
    return out
