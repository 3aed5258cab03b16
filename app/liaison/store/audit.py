"""The audit chain: an append-only log whose every entry hashes the one before it.

An entry's hash is SHA-256 over the canonical JSON of
``[seq, ts, actor, action, object, details, prev_hash]``; the first entry's
``prev_hash`` is 64 zeros. Editing, inserting or deleting an entry in the middle
breaks the chain at that entry, and ``verify`` names it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from liaison.model.errors import AuditError
from liaison.store.atomic import write_atomic
from liaison.store.database import Connection
from liaison.store.metadata import canonical_json

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    ts: str
    actor: str
    action: str
    object: str
    details: dict[str, Any]
    prev_hash: str
    hash: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq, "ts": self.ts, "actor": self.actor, "action": self.action,
            "object": self.object, "details": self.details,
            "prev_hash": self.prev_hash, "hash": self.hash,
        }


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    broken_seq: int | None = None
    reason: str = ""


def entry_hash(seq: int, ts: str, actor: str, action: str, obj: str,
               details_json: str, prev_hash: str) -> str:
    body = canonical_json([seq, ts, actor, action, obj, details_json, prev_hash])
    return hashlib.sha256(body).hexdigest()


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def append(conn: Connection, actor: str, action: str, obj: str = "",
           details: dict[str, Any] | None = None) -> AuditEntry:
    """Append one entry. Call inside the caller's transaction so it commits with the change."""
    details = details or {}
    details_json = canonical_json(details).decode()
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    ts = now_utc()
    digest = entry_hash(seq, ts, actor, action, obj, details_json, prev)
    conn.execute(
        "INSERT INTO audit (seq, ts, actor, action, object, details, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, ts, actor, action, obj, details_json, prev, digest),
    )
    return AuditEntry(seq, ts, actor, action, obj, details, prev, digest)


def entries(conn: Connection, since: int = 0) -> Iterator[AuditEntry]:
    cur = conn.execute(
        "SELECT seq, ts, actor, action, object, details, prev_hash, hash FROM audit "
        "WHERE seq > ? ORDER BY seq", (since,))
    for seq, ts, actor, action, obj, details, prev, digest in cur:
        try:
            parsed = json.loads(details)
        except (TypeError, ValueError):
            parsed = {"unparseable": str(details)}
        yield AuditEntry(seq, ts, actor, action, obj, parsed, prev, digest)


def verify(conn: Connection) -> VerifyResult:
    """Walk the chain from the first entry; report the first one that does not match."""
    expected_prev, expected_seq, count = GENESIS, 1, 0
    cur = conn.execute(
        "SELECT seq, ts, actor, action, object, details, prev_hash, hash FROM audit ORDER BY seq")
    for seq, ts, actor, action, obj, details, prev, digest in cur:
        count += 1
        if seq != expected_seq:
            return VerifyResult(False, count, expected_seq,
                                f"entry {expected_seq} is missing (next entry is {seq})")
        if prev != expected_prev:
            return VerifyResult(False, count, seq,
                                f"entry {seq} does not link to entry {seq - 1}")
        if entry_hash(seq, ts, actor, action, obj, details, prev) != digest:
            return VerifyResult(False, count, seq,
                                f"entry {seq} has been altered: its hash does not match")
        expected_prev, expected_seq = digest, seq + 1
    return VerifyResult(True, count)


def export_jsonl(conn: Connection, out: Path) -> int:
    """Write the whole chain as JSON lines (atomically); returns the number of entries."""
    count = 0

    def lines() -> Iterator[bytes]:
        nonlocal count
        for entry in entries(conn):
            count += 1
            yield (json.dumps(entry.as_dict(), ensure_ascii=False, sort_keys=True) + "\n").encode()

    try:
        write_atomic(Path(out), lines())
    except OSError as exc:
        raise AuditError(f"Cannot write the audit export to {out}: {exc.strerror}.") from exc
    return count
