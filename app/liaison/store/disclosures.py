"""The disclosure log: what left the workspace, to whom, when, in which file.

One row per file written for a partner (an export now, a package once the exchange
exists), with the ids of the records it carried. Retractions use
:func:`recipients_of` to find every partner that received a record.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from liaison.store import audit
from liaison.store.database import Connection


@dataclass(frozen=True)
class Disclosure:
    """One logged disclosure; ``counts`` holds e.g. records, entities, redactions."""

    id: int
    ts: str
    actor: str
    partner: str
    pid: int | None
    profile: str
    format: str
    file_name: str
    sha256: str
    counts: dict[str, Any] = field(default_factory=dict)
    record_ids: tuple[str, ...] = ()


def log_disclosure(conn: Connection, *, actor: str, partner: str, pid: int | None,
                   record_ids: Iterable[str], profile: str, fmt: str, file_name: str,
                   sha256: str, counts: Mapping[str, Any] | None = None) -> Disclosure:
    """Log one disclosure and its audit entry; call inside the caller's transaction."""
    ids = tuple(dict.fromkeys(record_ids))
    ts = audit.now_utc()
    count_map = dict(counts or {})
    cur = conn.execute(
        "INSERT INTO disclosures (ts, actor, partner, pid, profile, format, file_name, sha256, "
        "counts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (ts, actor, partner, pid, profile, fmt, file_name, sha256,
         json.dumps(count_map, sort_keys=True)))
    did = int(cur.lastrowid or 0)
    conn.executemany("INSERT INTO disclosure_records (did, record_id) VALUES (?, ?)",
                     [(did, rid) for rid in ids])
    # The audit entry names every record: the chain, not just this table, must prove
    # what left (this table can be read by the exchange, the chain cannot be edited).
    audit.append(conn, actor, "share.disclose", partner, {
        "disclosure": did, "format": fmt, "file": file_name, "sha256": sha256,
        "profile": profile, "records": list(ids), "counts": count_map})
    return Disclosure(did, ts, actor, partner, pid, profile, fmt, file_name, sha256,
                      count_map, ids)


def _rows(conn: Connection, where: str, params: tuple[Any, ...]) -> list[Disclosure]:
    rows = conn.execute(
        "SELECT id, ts, actor, partner, pid, profile, format, file_name, sha256, counts "
        f"FROM disclosures {where} ORDER BY id", params).fetchall()
    out = []
    for did, ts, actor, partner, pid, profile, fmt, name, digest, counts in rows:
        ids = tuple(r[0] for r in conn.execute(
            "SELECT record_id FROM disclosure_records WHERE did = ? ORDER BY record_id", (did,)))
        out.append(Disclosure(did, ts, actor, partner, pid, profile, fmt, name, digest,
                              json.loads(counts or "{}"), ids))
    return out


def list_disclosures(conn: Connection, partner: str | None = None) -> list[Disclosure]:
    """Every logged disclosure, oldest first (only those to ``partner`` when given)."""
    if partner is None:
        return _rows(conn, "", ())
    return _rows(conn, "WHERE partner = ?", (partner,))


def recipients_of(conn: Connection, record_id: str) -> list[Disclosure]:
    """Every disclosure that carried ``record_id`` (who must hear of its retraction)."""
    return _rows(conn, "WHERE id IN (SELECT did FROM disclosure_records WHERE record_id = ?)",
                 (record_id,))
