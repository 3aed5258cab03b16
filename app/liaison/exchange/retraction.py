"""Retractions and corrections of records, by their originator only.

A retraction erases the record's content — title, narrative, free-text conditions,
older versions, attachments only it used, the values of entities only it named, and
links and events only it reported — and keeps a tombstone (status 'retracted', the
new version) so that an older copy arriving later cannot bring the content back.
Values of entities other records also name stay: the store does not know which
record contributed which value.
"""

from __future__ import annotations

import json
from dataclasses import replace

from liaison.exchange.errors import ExchangeError
from liaison.model.records import Record
from liaison.store import audit, search_index, source_objects
from liaison.store.database import Connection
from liaison.store.ingest import ImportReport, Ingest


def _drop_exclusive(conn: Connection, table: str, key: str, parent: str, rid: int) -> None:
    """Unlink ``rid`` from links/events; delete those no other record reports."""
    ids = [r[0] for r in conn.execute(f"SELECT {key} FROM {table} WHERE rid = ?", (rid,))]
    conn.execute(f"DELETE FROM {table} WHERE rid = ?", (rid,))
    for row_id in ids:
        if conn.execute(f"SELECT 1 FROM {table} WHERE {key} = ?", (row_id,)).fetchone():
            continue
        if parent == "events":
            conn.execute("DELETE FROM event_entities WHERE vid = ?", (row_id,))
        conn.execute(f"DELETE FROM {parent} WHERE {key} = ?", (row_id,))


def erase_record(conn: Connection, rid: int, *, version: int, reason: str,
                 retracted: str) -> set[int]:
    """Erase a record's content and keep its tombstone; returns the entities changed.

    Runs inside the caller's transaction; the caller reindexes.
    """
    changed = set()
    for (eid,) in conn.execute("SELECT eid FROM entity_records WHERE rid = ?",
                               (rid,)).fetchall():
        shared = conn.execute("SELECT 1 FROM entity_records WHERE eid = ? AND rid != ?",
                              (eid, rid)).fetchone()
        if not shared:
            conn.execute("DELETE FROM entity_values WHERE eid = ?", (eid,))
            conn.execute("UPDATE entities SET caption = '' WHERE eid = ?", (eid,))
            # Candidate evidence quotes the values just erased.
            conn.execute("DELETE FROM xref_candidates WHERE a_eid = ? OR b_eid = ?", (eid, eid))
            changed.add(eid)
    # A pattern finding's explanation quotes names, amounts and phrases of its records and
    # entities: one resting on this record, or on an entity just erased, goes with them
    # (its verdict stays in the audit log).
    conn.execute(
        "DELETE FROM findings WHERE EXISTS (SELECT 1 FROM json_each(findings.record_ids) "
        "WHERE value = (SELECT id FROM records WHERE rid = ?)) OR EXISTS (SELECT 1 FROM "
        "json_each(findings.entity_ids) j JOIN entities e ON e.id = j.value "
        "WHERE e.eid IN (SELECT value FROM json_each(?)))", (rid, json.dumps(sorted(changed))))
    _drop_exclusive(conn, "link_records", "lid", "links", rid)
    _drop_exclusive(conn, "event_records", "vid", "events", rid)
    shas = [r[0] for r in conn.execute("SELECT sha256 FROM record_attachments WHERE rid = ?",
                                       (rid,))]
    conn.execute("DELETE FROM record_attachments WHERE rid = ?", (rid,))
    for sha in shas:
        if not conn.execute("SELECT 1 FROM record_attachments WHERE sha256 = ?",
                            (sha,)).fetchone():
            conn.execute("DELETE FROM attachments WHERE sha256 = ?", (sha,))
    conn.execute("DELETE FROM record_versions WHERE rid = ?", (rid,))
    source_objects.erase(conn, rid)  # the files' own copies of what is erased
    tombstone = json.dumps({"retraction": {"reason": reason, "retracted": retracted}},
                           ensure_ascii=False, sort_keys=True)
    conn.execute("UPDATE records SET title = '', narrative = '', handling_conditions = '', "
                 "legal_basis = '', purpose = '', status = 'retracted', version = ?, "
                 "extra = ? WHERE rid = ?", (version, tombstone, rid))
    return changed


def _own_record(conn: Connection, record_id: str, our_agency: str) -> tuple[int, int, str]:
    row = conn.execute("SELECT rid, version, agency, status FROM records WHERE id = ?",
                       (record_id,)).fetchone()
    if row is None:
        raise ExchangeError(f"Record {record_id} is not in this workspace.")
    rid, version, agency, status = row
    if agency != our_agency:
        raise ExchangeError(f"Record {record_id} was originated by {agency}; only the "
                            "originator may retract or correct it.")
    if status == "retracted":
        raise ExchangeError(f"Record {record_id} is already retracted.")
    return rid, version, status


def retract(conn: Connection, record_id: str, reason: str, *, our_agency: str, actor: str,
            when: str) -> int:
    """Retract one of our own records (inside the caller's transaction); the new version."""
    if not reason.strip():
        raise ExchangeError("A retraction needs a reason the partners will read.")
    rid, version, _ = _own_record(conn, record_id, our_agency)
    changed = erase_record(conn, rid, version=version + 1, reason=reason.strip(),
                           retracted=when)
    search_index.index_import(conn, {rid}, changed)
    audit.append(conn, actor, "record.retract", record_id,
                 {"version": version + 1, "entities_erased": len(changed)})
    return version + 1


def correct(conn: Connection, record: Record, *, our_agency: str, actor: str,
            when: str) -> int:
    """Store a corrected version of one of our own records (inside the caller's
    transaction); the earlier version is kept in the history. Returns the new version."""
    rid, version, _ = _own_record(conn, record.id, our_agency)
    if record.agency != our_agency:
        raise ExchangeError("A correction cannot change the record's originator.")
    report = ImportReport(file=f"correction of {record.id}", format="correction")
    import_id = conn.execute(
        "INSERT INTO imports (ts, actor, file_name, file_sha256, format) VALUES (?, ?, ?, ?, ?)",
        (when, actor, report.file, "", "correction")).lastrowid
    ingest = Ingest(conn, import_id, report)
    ingest.add_record(replace(record, version=version + 1, status="active"))
    search_index.index_import(conn, ingest.touched_rids | {rid}, ingest.touched_eids)
    audit.append(conn, actor, "record.correct", record.id, {"version": version + 1})
    return version + 1
