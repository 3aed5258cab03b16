"""The audit chain: an append-only log whose every entry hashes the one before it.

An entry's hash is SHA-256 over the canonical JSON of
``[seq, ts, actor, action, object, details, prev_hash]``; the first entry's
``prev_hash`` is 64 zeros. Editing, inserting or deleting an entry in the middle
breaks the chain at that entry, and ``verify`` names it. Deleting entries at the
end, or rewriting and re-hashing the whole chain, leaves a consistent chain; the
head file outside the database catches those (``store/audit_head.py``). The
append-only triggers are checked, and put back, on every open.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from liaison.model.errors import AuditError
from liaison.store.atomic import write_atomic
from liaison.store.database import Connection
from liaison.store.metadata import canonical_json

GENESIS = "0" * 64

# The append-only triggers, exactly as migration 1 creates them; compared with
# whitespace folded, so a trigger replaced by one that lets changes through is found.
TRIGGERS = {
    "audit_no_update": "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit\n"
                       "BEGIN\n    SELECT RAISE(ABORT, 'the audit log is append-only');\nEND",
    "audit_no_delete": "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit\n"
                       "BEGIN\n    SELECT RAISE(ABORT, 'the audit log is append-only');\nEND",
}


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
class Problem:
    """One way the log was found tampered with: ``kind`` is ``chain``, ``truncated``,
    ``rewritten``, ``head`` (head file missing or altered), ``triggers``, ``checkpoint``
    (the chain disagrees with a signed checkpoint given to a partner), or ``head-key``
    (not tampering: this session could not get the key to check the head)."""

    kind: str
    message: str


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    entries: int
    broken_seq: int | None = None
    reason: str = ""
    problems: tuple[Problem, ...] = field(default=())
    # Tampering found and recorded in the log by earlier sessions (not failures now).
    earlier: tuple[str, ...] = field(default=())
    # What else was compared and agreed (checkpoints given to partners, a checkpoint file).
    notes: tuple[str, ...] = field(default=())

    def with_problems(self, problems: list[Problem], earlier: list[str],
                      notes: list[str] | None = None) -> VerifyResult:
        """This result with more problems; the chain's own break stays the first reason."""
        every = (*self.problems, *problems)
        return VerifyResult(self.ok and not problems, self.entries, self.broken_seq,
                            self.reason or (problems[0].message if problems else ""), every,
                            tuple(earlier), tuple(notes or ()))


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
    if (keeper := getattr(conn, "on_audit_commit", None)) is not None:
        conn.after_commit(keeper)
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
            return _broken(count, expected_seq,
                           f"entry {expected_seq} is missing (next entry is {seq})")
        if prev != expected_prev:
            return _broken(count, seq, f"entry {seq} does not link to entry {seq - 1}")
        if entry_hash(seq, ts, actor, action, obj, details, prev) != digest:
            return _broken(count, seq, f"entry {seq} has been altered: its hash does not match")
        expected_prev, expected_seq = digest, seq + 1
    return VerifyResult(True, count)


FINDINGS = ("audit.tamper_detected", "audit.triggers_restored")


def earlier_findings(conn: Connection) -> list[str]:
    """One line per tampering an open or a verify found and recorded in the log."""
    cur = conn.execute("SELECT seq, ts, action, details FROM audit WHERE action IN (?, ?) "
                       "ORDER BY seq", FINDINGS)
    lines = []
    for seq, ts, action, details in cur:
        try:
            parsed = json.loads(details)
        except ValueError:
            parsed = {}
        what = ("; ".join(parsed.get("problems") or []) if action == FINDINGS[0]
                else "append-only triggers restored: " + ", ".join(parsed.get("missing") or []))
        lines.append(f"entry {seq} ({ts}): {what}")
    return lines


def _broken(count: int, seq: int, reason: str) -> VerifyResult:
    return VerifyResult(False, count, seq, reason, (Problem("chain", reason),))


def _fold(sql: str) -> str:
    return " ".join(sql.split())


def trigger_problems(conn: Connection) -> list[str]:
    """The append-only triggers that are missing or no longer what migration 1 made."""
    found = dict(conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'"))
    return [name for name, sql in TRIGGERS.items() if _fold(found.get(name) or "") != _fold(sql)]


def restore_triggers(conn: Connection, names: list[str]) -> None:
    """Put the named triggers back as migration 1 made them (inside the caller's
    transaction)."""
    for name in names:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")  # our own constant names
        conn.execute(TRIGGERS[name])


def last(conn: Connection) -> tuple[int, str]:
    """The last entry's number and hash; ``(0, GENESIS)`` for an empty log."""
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def hash_at(conn: Connection, seq: int) -> str | None:
    row = conn.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()
    return row[0] if row else None


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
