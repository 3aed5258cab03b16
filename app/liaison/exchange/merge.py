"""Merging an opened package into the store: one transaction, originator rules, audit.

Records go through the import path's Ingest (higher version wins, only the agency
that originated a stored record may change it) with one more rule for packages: a
stored record is updated or retracted only by a package its originator signed. A
partner may pass on a third agency's record as new, never change one we hold.
Merging the same content twice changes nothing; the package id then also makes
the second attempt a refused replay.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from liaison.exchange import certs
from liaison.exchange.errors import PackageRefused
from liaison.exchange.package import OpenedPackage
from liaison.exchange.retraction import erase_record
from liaison.formats.importer import normalise_entity
from liaison.model.records import Issue
from liaison.model.values import DateValue
from liaison.store import audit, search_index
from liaison.store.database import Connection, transaction
from liaison.store.ingest import ImportReport, Ingest

WatchCheck = Callable[[Connection, list[int]], list[dict[str, Any]]]


@dataclass
class MergeReport:
    """What a received package did to the store."""

    package_id: str
    partner: str
    sequence: int
    report: ImportReport
    retracted: int = 0
    retractions_ignored: int = 0
    gaps: list[int] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        return {**self.report.summary(), "package_id": self.package_id,
                "partner": self.partner, "sequence": self.sequence,
                "retracted": self.retracted, "retractions_ignored": self.retractions_ignored,
                "missing_sequences": self.gaps[:50]}


def _check_new(conn: Connection, opened: OpenedPackage, pid: int) -> None:
    m = opened.manifest
    row = conn.execute("SELECT received, source FROM inbox WHERE package_id = ?",
                       (m.package_id,)).fetchone()
    if row:
        raise PackageRefused("replay", f"Package {m.package_id} was already received on "
                             f"{row[0]}; a second copy is refused as a replay.")
    seq = opened.recipient["sequence"]
    row = conn.execute("SELECT package_id FROM inbox WHERE pid = ? AND sequence = ?",
                       (pid, seq)).fetchone()
    if row:
        raise PackageRefused("sequence", f"Sequence number {seq} from {opened.signer.partner} "
                             f"was already used by package {row[0]}; the sender's numbering is "
                             "inconsistent (was its workspace restored from a backup?).")


def _gaps(conn: Connection, pid: int) -> list[int]:
    seqs = [s for (s,) in conn.execute("SELECT sequence FROM inbox WHERE pid = ? "
                                       "ORDER BY sequence", (pid,))]
    present = set(seqs)
    return [n for n in range(1, (seqs[-1] if seqs else 0) + 1) if n not in present]


_OWNERS = {
    "entity": ("entities", "eid", "entity_records"),
    "link": ("links", "lid", "link_records"),
    "event": ("events", "vid", "event_records"),
}


def _held_by_others(conn: Connection, kind: str, item_id: str, agency: str) -> bool:
    """True when a stored entity/link/event comes only from other agencies' records: a
    package may not add to it (that would slip the sender's values into their reports)."""
    table, key, members = _OWNERS[kind]
    row = conn.execute(
        f"SELECT count(*), sum(r.agency = ?) FROM {table} t JOIN {members} m "
        f"ON m.{key} = t.{key} JOIN records r ON r.rid = m.rid WHERE t.id = ?",
        (agency, item_id)).fetchone()
    return bool(row[0]) and not row[1]


def _admit(conn: Connection, kind: str, item: Any, accepted: set[str], agency: str,
           report: ImportReport) -> bool:
    item.record_ids = [i for i in item.record_ids if i in accepted]
    if not item.record_ids:
        return False
    if _held_by_others(conn, kind, item.id, agency):
        report.note(Issue(f"{kind} {item.id}", "is held from other agencies' records; a "
                          "package may not add to it. Not changed.", skipped=True))
        return False
    return True


def merge(conn: Connection, opened: OpenedPackage, *, our_agency: str, actor: str,
          source: str, sha256: str, now: datetime,
          watch: WatchCheck | None = None) -> MergeReport:
    """Merge ``opened`` in one transaction, or raise (PackageRefused) and change nothing."""
    m, signer = opened.manifest, opened.signer
    pid, sender_agency = signer.pid, signer.agency
    received = DateValue(certs.iso(now)[:10], "day")
    report = ImportReport(file=f"package {m.package_id} from {signer.partner}", format="package")
    result = MergeReport(m.package_id, signer.partner, opened.recipient["sequence"], report)
    with transaction(conn):
        _check_new(conn, opened, pid)
        import_id = conn.execute(
            "INSERT INTO imports (ts, actor, file_name, file_sha256, format) "
            "VALUES (?, ?, ?, ?, 'package')", (certs.iso(now), actor, report.file, sha256)
        ).lastrowid
        ingest = Ingest(conn, import_id, report)
        countries: dict[str, str] = {}
        for r in opened.content.records:
            stored = conn.execute("SELECT agency FROM records WHERE id = ?", (r.id,)).fetchone()
            if stored and (r.agency != sender_agency or stored[0] != sender_agency):
                report.note(Issue(f"record {r.id}", f"only its originator ({stored[0]}) may "
                                  f"update it; {signer.partner} is not. Not changed.",
                                  skipped=True))
                continue
            if not stored and r.agency == our_agency:
                report.note(Issue(f"record {r.id}", "claims to be ours but we never wrote "
                                  "it. Not stored.", skipped=True))
                continue
            r.received = received
            countries[r.id] = r.country
            ingest.add_record(r)
        accepted = set(countries)
        for e in opened.content.entities:
            if _admit(conn, "entity", e, accepted, sender_agency, report):
                country = next((countries[i] for i in e.record_ids if i in countries), None)
                ingest.add_entity(normalise_entity(e, country, report))
        for link in opened.content.links:
            if _admit(conn, "link", link, accepted, sender_agency, report):
                ingest.add_link(link)
        for ev in opened.content.events:
            if _admit(conn, "event", ev, accepted, sender_agency, report):
                ingest.add_event(ev)
        erased_rids, erased_eids = set(), set()
        for ret in opened.content.retractions:
            row = conn.execute("SELECT rid, agency, version FROM records WHERE id = ?",
                               (ret.record_id,)).fetchone()
            if row is None or row[1] != sender_agency or row[2] >= ret.version:
                result.retractions_ignored += 1
                why = ("is not in this workspace" if row is None else
                       f"was originated by {row[1]}, not the sender" if row[1] != sender_agency
                       else "is already at this version or later")
                report.note(Issue(f"retraction of {ret.record_id}", f"the record {why}; "
                                  "nothing erased.", skipped=row is not None))
                continue
            erased_eids |= erase_record(conn, row[0], version=ret.version, reason=ret.reason,
                                        retracted=ret.retracted)
            erased_rids.add(row[0])
            result.retracted += 1
        search_index.index_import(conn, ingest.touched_rids | erased_rids,
                                  ingest.touched_eids | erased_eids)
        live = sorted(ingest.touched_rids - erased_rids)
        if watch is not None and live:
            report.watch_hits = watch(conn, live)
        conn.execute(
            "INSERT INTO inbox (package_id, pid, sequence, created, received, sha256, source, "
            "import_id, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (m.package_id, pid, result.sequence, m.created, certs.iso(now), sha256, source,
             import_id, "{}"))
        result.gaps = _gaps(conn, pid)
        summary = result.summary()
        conn.execute("UPDATE inbox SET summary = ? WHERE package_id = ?",
                     (json.dumps(summary), m.package_id))
        conn.execute("UPDATE imports SET report = ? WHERE id = ?",
                     (json.dumps(summary), import_id))
        audit.append(conn, actor, "package.receive", m.package_id,
                     {**summary, "sha256": sha256, "source": source,
                      "signer": signer.fingerprint, "part": m.part, "parts": m.parts})
    return result
