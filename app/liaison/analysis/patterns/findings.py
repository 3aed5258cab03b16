"""Findings kept in the workspace (``findings``, schema v17) and the analyst's verdicts.

A run upserts what the detectors found: a new subject is a new finding; a known one is
updated (score, numbers, records) and keeps its verdict, except that a dismissed finding
whose evidence has changed since it was dismissed is opened again. A finding a later run
of its detector no longer sees is kept but marked inactive. Runs and verdicts are
audited (``patterns.run``, ``patterns.confirm``, ``patterns.dismiss``).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from liaison.analysis.patterns.base import Finding, scope_since
from liaison.analysis.patterns.engine import PatternError, check_names, detect
from liaison.store import audit
from liaison.store.database import Connection, transaction

VERDICTS = {"confirm": "confirmed", "dismiss": "dismissed", "reopen": "new"}


@dataclass
class PatternRun:
    """What one run found: per detector, the findings seen, new, and opened again."""

    detectors: list[str]
    found: dict[str, int] = field(default_factory=dict)
    new: list[str] = field(default_factory=list)
    reopened: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    new_only: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {"detectors": self.detectors, "found": self.found, "new": self.new,
                "reopened": self.reopened, "new_only": self.new_only,
                "seconds": {k: round(v, 3) for k, v in self.seconds.items()}}


MARK = "patterns_import_id"  # meta: the last import or receipt a run saw


def run(conn: Connection, *, actor: str, detectors: list[str] | None = None,
        overrides: Mapping[str, Mapping[str, Any]] | None = None,
        new_only: bool = False) -> PatternRun:
    """Run the detectors and store what they find, in one transaction; audited.

    ``new_only``: only findings about what was imported or received since the last run
    (its records, the entities they name, the places of their events); the per-entity
    detectors then read only those entities' data, and findings outside it are left as
    they are rather than marked as no longer seen."""
    names = check_names(detectors)
    mark = conn.execute("SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?",
                        (MARK,)).fetchone()
    scope = scope_since(conn, mark[0] if mark else 0) if new_only else None
    latest = conn.execute("SELECT coalesce(max(id), 0) FROM imports").fetchone()[0]
    found, seconds = detect(conn, names, overrides, scope)
    result = PatternRun(names, dict(Counter(f.detector for f in found)), seconds=seconds,
                        new_only=new_only)
    now = audit.now_utc()
    with transaction(conn):
        if scope is None:
            conn.execute("UPDATE findings SET active = 0 WHERE detector IN "
                         "(SELECT value FROM json_each(?))", (json.dumps(names),))
        for f in found:
            _upsert(conn, f, now, result)
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                     (MARK, str(latest)))
        audit.append(conn, actor, "patterns.run", ",".join(names),
                     {"found": result.found, "new": len(result.new),
                      "reopened": len(result.reopened), "new_only": new_only})
    return result


def _upsert(conn: Connection, f: Finding, now: str, result: PatternRun) -> None:
    row = conn.execute("SELECT status, judged_evidence FROM findings WHERE id = ?",
                       (f.id,)).fetchone()
    values = (f.score, f.explanation, json.dumps(f.facts, ensure_ascii=False),
              json.dumps(f.entity_ids), json.dumps(f.record_ids), f.evidence_hash)
    if row is None:
        conn.execute(
            "INSERT INTO findings (score, explanation, facts, entity_ids, record_ids, "
            "evidence, id, detector, key, first_seen, last_seen) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*values, f.id, f.detector, f.key, now, now))
        result.new.append(f.id)
        return
    status = row[0]
    if status == "dismissed" and row[1] != f.evidence_hash:
        status = "new"
        result.reopened.append(f.id)
    conn.execute(
        "UPDATE findings SET score = ?, explanation = ?, facts = ?, entity_ids = ?, "
        "record_ids = ?, evidence = ?, last_seen = ?, active = 1, status = ? WHERE id = ?",
        (*values, now, status, f.id))


_COLUMNS = ("id", "detector", "key", "score", "explanation", "facts", "entity_ids",
            "record_ids", "first_seen", "last_seen", "active", "status", "judged_by",
            "judged_at", "note")


def listing(conn: Connection, detector: str | None = None, *, include_dismissed: bool = False,
            include_inactive: bool = False) -> list[dict[str, Any]]:
    """Stored findings, best first: those the last run saw and not dismissed, unless
    asked for."""
    if detector is not None:
        check_names([detector])
    where, args = [], []
    if detector is not None:
        where.append("detector = ?")
        args.append(detector)
    if not include_dismissed:
        where.append("status != 'dismissed'")
    if not include_inactive:
        where.append("active = 1")
    sql = (f"SELECT {', '.join(_COLUMNS)} FROM findings"
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY score DESC, detector, key")
    out = []
    for row in conn.execute(sql, args):
        item = dict(zip(_COLUMNS, row, strict=True))
        for key in ("facts", "entity_ids", "record_ids"):
            item[key] = json.loads(item[key])
        item["active"] = bool(item["active"])
        item["score"] = round(item["score"], 3)
        out.append(item)
    return out


def judge(conn: Connection, actor: str, finding: str, verdict: str, note: str = ""
          ) -> dict[str, Any]:
    """Confirm, dismiss or reopen a finding; remembered with its evidence, audited.
    Call inside a transaction."""
    if verdict not in VERDICTS:
        raise PatternError(f"A finding is judged {', '.join(VERDICTS)}, not {verdict!r}.")
    row = conn.execute("SELECT detector, status, evidence FROM findings WHERE id = ?",
                       (finding,)).fetchone()
    if row is None:
        raise PatternError(f"No finding has the id {finding!r}; 'liaison patterns' lists "
                           "them with their ids.")
    detector, previous, evidence = row
    status = VERDICTS[verdict]
    conn.execute("UPDATE findings SET status = ?, judged_evidence = ?, judged_by = ?, "
                 "judged_at = ?, note = ? WHERE id = ?",
                 (status, evidence, actor, audit.now_utc(), note, finding))
    audit.append(conn, actor, f"patterns.{verdict}", finding,
                 {"detector": detector, "previous": previous, "note": note})
    return {"id": finding, "detector": detector, "status": status, "previous": previous}
