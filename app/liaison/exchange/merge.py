"""Merging an opened package into the store: one transaction, originator rules, audit.

A received record's identity is its originating agency, bound to that partner's pinned
certificates (``records.origin_pid``), plus its id (issue 16). Only a package its
originator signed creates, updates or retracts a record; records go through the import
path's Ingest (higher version wins). A record a partner relays for a third agency (the
signer is not the agency it names) is kept aside as a relayed claim (store.relayed):
never stored, searched or counted as that agency's, never pre-empting its own copy, and
reported separately, with the reason. A relayed record whose originator signature
(exchange/package/signatures.py) verifies against the originator's pinned certificate
(exchange/relay.py) is the originator's record, merged as if the originator had sent
it; the signature is kept with the record so it travels on when the record is shared
again. Merging the same content twice changes nothing; the package id
then also makes the second attempt a refused replay. The sender's signed audit
checkpoint, verified when the package was opened, is kept (exchange/checkpoint.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from liaison.exchange import certs, hits, relay
from liaison.exchange import checkpoint as audit_checkpoint
from liaison.exchange.errors import PackageRefused
from liaison.exchange.package import OpenedPackage
from liaison.exchange.retraction import erase_record
from liaison.formats.importer import normalise_entity
from liaison.model.records import Issue
from liaison.model.values import DateValue
from liaison.store import audit, relayed, search_index
from liaison.store.database import Connection, transaction
from liaison.store.ingest import TOMBSTONES, ImportReport, Ingest
from liaison.store.record_rows import record_from_row
from liaison.store.source_defaults import DefaultsApplier

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
    # Records relayed for a third agency, kept aside as claims (not verified):
    # {"record_id", "claimed_agency", "version"}; the first 50 are listed.
    relayed: list[dict[str, Any]] = field(default_factory=list)
    relayed_total: int = 0
    # Records relayed with their originator's valid signature, taken as the
    # originator's: {"record_id", "originator", "certificate", "version", "stored"}.
    relayed_verified: list[dict[str, Any]] = field(default_factory=list)
    # A hit/no-hit query or answer the package carried (exchange.hits): counts only.
    hits: dict[str, Any] | None = None
    # The sender's audit checkpoint kept: {"workspace", "count", "time"} (None: none came).
    checkpoint: dict[str, Any] | None = None

    def summary(self) -> dict[str, Any]:
        return {**self.report.summary(), "package_id": self.package_id,
                "partner": self.partner, "sequence": self.sequence,
                "retracted": self.retracted, "retractions_ignored": self.retractions_ignored,
                "missing_sequences": self.gaps[:50],
                "relayed_claims": self.relayed_total, "relayed": self.relayed[:50],
                "relayed_verified": len(self.relayed_verified),
                "relayed_signed": self.relayed_verified[:50],
                "checkpoint": self.checkpoint,
                **({"hits": self.hits} if self.hits is not None else {})}


def check_new(conn: Connection, opened: OpenedPackage, pid: int) -> None:
    """Refuse a package id already received, or a sequence number already used (read only)."""
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


_CHUNK = 5000  # ids per set-based look-up (one JSON array parameter)


def _held_by_others(conn: Connection, kind: str, item_ids: list[str], agency: str
                    ) -> set[str]:
    """The ids among ``item_ids`` of stored entities/links/events that come only from
    other agencies' records: a package may not add to them (that would slip the sender's
    values into their reports). One statement per chunk, not one per item: what a package
    adds cannot change the answer (a held item is refused; an admitted one gains the
    sender's records), so asking once before the items are merged is exact."""
    table, key, members = _OWNERS[kind]
    held: set[str] = set()
    for i in range(0, len(item_ids), _CHUNK):
        held.update(item_id for (item_id,) in conn.execute(
            f"SELECT t.id FROM {table} t JOIN {members} m ON m.{key} = t.{key} "
            f"JOIN records r ON r.rid = m.rid WHERE t.id IN (SELECT value FROM json_each(?)) "
            "GROUP BY t.id HAVING coalesce(sum(r.agency = ?), 0) = 0",
            (json.dumps(item_ids[i:i + _CHUNK]), agency)))
    return held


def _stored_records(conn: Connection, record_ids: list[str]) -> dict[str, tuple]:
    """Record id -> (agency, origin_pid, relayed_by, rid, status, version) of the stored
    records among ``record_ids``, in one statement per chunk."""
    out: dict[str, tuple] = {}
    for i in range(0, len(record_ids), _CHUNK):
        out.update((row[0], row[1:]) for row in conn.execute(
            "SELECT id, agency, origin_pid, relayed_by, rid, status, version FROM records "
            "WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(record_ids[i:i + _CHUNK]),)))
    return out


class _Pending:
    """Per-record writes the merge loop defers and sends as one executemany each: the
    originator binding of records created or advanced, and the signatures kept. Flushed
    before anything reads what they write (a second copy of a record in the same package)
    and when the loop ends, so the store ends as the per-record statements left it."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.origins: list[tuple[int, int]] = []
        self.signatures: list[tuple] = []

    def flush(self) -> None:
        if self.origins:
            self.conn.executemany("UPDATE records SET origin_pid = ?, relayed_by = NULL "
                                  "WHERE rid = ?", self.origins)
            self.origins.clear()
        if self.signatures:
            relayed.keep_signatures(self.conn, self.signatures)
            self.signatures.clear()


def _admit(kind: str, item: Any, accepted: set[str], held: set[str],
           report: ImportReport, claimed: set[str] = frozenset(),
           signed: set[str] = frozenset()) -> bool:
    named = item.record_ids
    item.record_ids = [i for i in named if i in accepted]
    if not item.record_ids:
        if any(i in claimed for i in named):
            report.note(Issue(f"{kind} {item.id}", "comes only from relayed claims; not "
                              "stored until the originator sends it.", skipped=True))
        elif any(i in signed for i in named):
            # The originator signed the record, not what the relayer says it names.
            report.note(Issue(f"{kind} {item.id}", "comes only from records relayed with "
                              "their originator's signature, which covers the record "
                              "alone; not stored until the originator sends it.",
                              skipped=True))
        return False
    if item.id in held:
        report.note(Issue(f"{kind} {item.id}", "is held from other agencies' records; a "
                          "package may not add to it. Not changed.", skipped=True))
        return False
    return True


def _name(conn: Connection, pid: int) -> str:
    row = conn.execute("SELECT name FROM partners WHERE pid = ?", (pid,)).fetchone()
    return row[0] if row else f"#{pid}"


def _ours_stored(conn: Connection, record_id: str, our_agency: str) -> bool:
    row = conn.execute("SELECT agency FROM records WHERE id = ?", (record_id,)).fetchone()
    return bool(row) and row[0] == our_agency


def _keep_claim(conn: Connection, r: Any, opened: OpenedPackage, import_id: int,
                now: datetime, result: MergeReport, reason: str) -> None:
    """A record the signer relays for another agency without its originator's valid
    signature: kept aside, never as that agency's record (issue 16), and listed in the
    receive report with ``reason``."""
    signer = opened.signer
    new = relayed.add_claim(conn, r, pid=signer.pid, relayer=signer.agency,
                            signer=signer.fingerprint, package_id=opened.manifest.package_id,
                            received=certs.iso(now), import_id=import_id, reason=reason)
    result.relayed_total += 1
    if len(result.relayed) < 50:
        result.relayed.append({"record_id": r.id, "claimed_agency": r.agency,
                               "version": r.version, "new": new, "reason": reason})
    result.report.note(Issue(f"record {r.id}", f"relayed by {signer.agency}, claims to be "
                             f"from {r.agency}, not verified ({reason}): kept aside as a "
                             f"relayed claim, not as {r.agency}'s record."))


def _set_aside_relayed(conn: Connection, rid: int, relayed_by: int, now: datetime) -> set[int]:
    """Before the originator's own copy replaces a record a third party relayed (stored
    before schema v11): keep that copy as a claim and erase what it brought. Returns the
    entities changed, for the index."""
    cur = conn.execute("SELECT * FROM records WHERE rid = ?", (rid,))
    row = dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))
    relayer = conn.execute(
        "SELECT coalesce((SELECT agency FROM partner_certs WHERE pid = p.pid AND usage = "
        "'signing' ORDER BY cid DESC LIMIT 1), p.name) FROM partners p WHERE p.pid = ?",
        (relayed_by,)).fetchone()
    package = conn.execute("SELECT package_id FROM inbox WHERE import_id = ?",
                           (row["import_id"],)).fetchone()
    relayed.add_claim(conn, record_from_row(row), pid=relayed_by,
                      relayer=relayer[0] if relayer else "", signer="",
                      package_id=package[0] if package else "", received=certs.iso(now),
                      import_id=None)
    # What the relay brought goes as a retraction would take it (values only it named,
    # links, events and attachments only it had, its earlier versions); the tombstone
    # at version 0 is overwritten by the originator's copy straight after.
    changed = erase_record(conn, rid, version=0, reason="relayed by a third party; "
                           "replaced by the originator's own copy", retracted=certs.iso(now))
    # A tombstone keeps its entities named; the originator's copy names its own.
    changed |= {e for (e,) in conn.execute("SELECT eid FROM entity_records WHERE rid = ?",
                                           (rid,))}
    conn.execute("DELETE FROM entity_records WHERE rid = ?", (rid,))
    return changed


def _keep_checkpoint(conn: Connection, opened: OpenedPackage, result: MergeReport,
                     now: datetime) -> None:
    """Keep the sender's checkpoint; say so when it shows the sender's own log shorter,
    or otherwise hashed, than an earlier checkpoint of the same workspace did."""
    cp, signer = opened.checkpoint, opened.signer
    assert cp is not None
    audit_checkpoint.record_received(conn, cp, signer.pid, opened.manifest.package_id, now)
    result.checkpoint = {"workspace": cp.workspace, "count": cp.count, "time": cp.time}
    row = conn.execute(
        "SELECT count, made FROM partner_checkpoints WHERE pid = ? AND workspace = ? AND "
        "made < ? AND (count > ? OR (count = ? AND hash != ?)) ORDER BY count DESC LIMIT 1",
        (signer.pid, cp.workspace, cp.time, cp.count, cp.count, cp.hash)).fetchone()
    if row is not None:
        why = (f"counts {cp.count} entries, fewer than the {row[0]} an earlier one (signed on "
               f"{row[1][:10]}) counted" if row[0] > cp.count else
               f"hashes entry {cp.count} otherwise than an earlier one (signed on "
               f"{row[1][:10]})")
        result.checkpoint["conflict"] = why
        result.report.note(Issue(f"audit checkpoint of {signer.partner}",
                                 f"the checkpoint signed on {cp.day} {why}: the sender's "
                                 "audit log was shortened or rewritten since. Kept as "
                                 "evidence; tell the sender's security officer."))


def merge(conn: Connection, opened: OpenedPackage, *, our_agency: str, actor: str,
          source: str, sha256: str, now: datetime,
          watch: WatchCheck | None = None,
          then: Callable[[Connection], None] | None = None) -> MergeReport:
    """Merge ``opened`` in one transaction, or raise (PackageRefused) and change nothing.

    ``then`` runs last inside that transaction (a quarantine entry released with the
    merge commits with it)."""
    m, signer = opened.manifest, opened.signer
    pid, sender_agency = signer.pid, signer.agency
    received = DateValue(certs.iso(now)[:10], "day")
    report = ImportReport(file=f"package {m.package_id} from {signer.partner}", format="package")
    result = MergeReport(m.package_id, signer.partner, opened.recipient["sequence"], report)
    with transaction(conn):
        check_new(conn, opened, pid)
        import_id = conn.execute(
            "INSERT INTO imports (ts, actor, file_name, file_sha256, format) "
            "VALUES (?, ?, ?, ?, 'package')", (certs.iso(now), actor, report.file, sha256)
        ).lastrowid
        ingest = Ingest(conn, import_id, report)
        countries: dict[str, str] = {}
        defaults = DefaultsApplier(conn)
        signed_relays: set[str] = set()
        originators = relay.Originators(conn, now)
        own_certs = {fp for (fp,) in conn.execute(
            "SELECT fingerprint FROM partner_certs WHERE pid = ? AND usage = 'signing'",
            (pid,))}
        records = opened.content.records
        prefetched = _stored_records(conn, [r.id for r in records])
        seen: set[str] = set()
        pending = _Pending(conn)
        for r in records:
            r.received = received
            if r.agency == our_agency:  # ours are written here, never received
                why = ("is ours; our own copy stands" if _ours_stored(conn, r.id, our_agency)
                       else "claims to be ours but we never wrote it")
                report.note(Issue(f"record {r.id}", f"{why}. Not stored.", skipped=True))
                continue
            signature = opened.content.signatures.get(r.id)
            origin_pid, origin_name, relayer = pid, signer.partner, None
            if r.agency != sender_agency:
                # Relayed for a third agency: its originator's own signature over exactly
                # this content makes it the originator's record; else it is a claim.
                try:
                    origin = originators.check(r, signature)
                except relay.Unverified as why:
                    _keep_claim(conn, r, opened, import_id, now, result, str(why))
                    continue
                origin_pid, origin_name, relayer = origin.pid, origin.partner, pid
            elif signature is not None and signature.certificate not in own_certs:
                # From its originator, the package signature vouches for the record; its
                # own travels on only when it names one of the sender's certificates.
                # Not verified here (about 1 ms a record, most of a receipt's time):
                # whoever it is relayed to verifies it, and a bad one leaves a claim.
                report.note(Issue(f"record {r.id}", "its own signature names a certificate "
                                  f"that is not {signer.partner}'s; not kept (the package's "
                                  "signature vouches for the record)."))
                signature = None
            if r.id in seen:  # a second copy: what the first left, read afresh
                pending.flush()
                stored = conn.execute("SELECT agency, origin_pid, relayed_by, rid, status, "
                                      "version FROM records WHERE id = ?", (r.id,)).fetchone()
            else:
                stored = prefetched.get(r.id)
                seen.add(r.id)
            if stored and (stored[0] != r.agency or stored[1] not in (None, origin_pid)):
                why = (f"{origin_name} is not" if stored[0] != r.agency else
                       f"it is bound to the certificates of partner {_name(conn, stored[1])}; "
                       f"{origin_name} names the same agency but is another partner")
                report.note(Issue(f"record {r.id}", f"only its originator ({stored[0]}) may "
                                  f"update it; {why}. Not changed.", skipped=True))
                continue
            # A copy a third party relayed before v11 gives way to the originator's own.
            supersede = bool(stored and stored[2] is not None and stored[4] not in TOMBSTONES)
            if supersede:
                ingest.touched_eids |= _set_aside_relayed(conn, stored[3], stored[2], now)
            # The originator's defaults, where the record states none (a verified relay
            # is the originator's record, so the relayer's defaults do not apply).
            defaults.apply(r, pid=origin_pid)
            touched = len(ingest.touched_rids)
            # The stored row as add_record reads it, unless setting aside just changed it.
            known = (None if stored is None else (stored[3], stored[5], stored[0], stored[4])
                     ) if not supersede else Ingest.UNKNOWN
            ingest.add_record(r, supersede=supersede, stored=known)
            advanced = len(ingest.touched_rids) > touched
            if advanced:  # created or advanced by its originator: stored as r
                row = (ingest.record_rid(r.id), r.version)
                pending.origins.append((origin_pid, row[0]))
            else:
                pending.flush()
                row = conn.execute("SELECT rid, version FROM records WHERE id = ?",
                                   (r.id,)).fetchone()
            if signature is not None and row is not None and row[1] == r.version and (
                    advanced or not relayed.has_signature(conn, row[0], r.version)):
                pending.signatures.append((row[0], r.version, signature.certificate,
                                           signature.der, relayer))
            if relayer is None:
                countries[r.id] = r.country
                continue
            signed_relays.add(r.id)
            result.relayed_verified.append({
                "record_id": r.id, "originator": r.agency, "originator_partner": origin_name,
                "certificate": signature.certificate, "version": r.version,
                "stored": advanced})
            report.note(Issue(f"record {r.id}", f"relayed by {signer.agency} with the "
                              f"signature of its originator {r.agency} (partner {origin_name}),"
                              f" verified: taken as {r.agency}'s record"
                              + ("." if advanced else ", which we already hold.")))
        pending.flush()
        report.from_defaults = defaults.counts
        accepted = set(countries)
        claimed = {r.id for r in opened.content.records
                   if r.agency != sender_agency and r.id not in signed_relays}
        content = opened.content
        ingest.defer_values = True  # flushed below, before anything reads entity values
        ingest.prefetch_entities([e.id for e in content.entities])
        held = _held_by_others(conn, "entity", [e.id for e in content.entities], sender_agency)
        for e in content.entities:
            if _admit("entity", e, accepted, held, report, claimed, signed_relays):
                country = next((countries[i] for i in e.record_ids if i in countries), None)
                ingest.add_entity(normalise_entity(e, country, report))
        ingest.flush()
        ingest.defer_values = False
        held = _held_by_others(conn, "link", [x.id for x in content.links], sender_agency)
        for link in content.links:
            if _admit("link", link, accepted, held, report, claimed, signed_relays):
                ingest.add_link(link)
        held = _held_by_others(conn, "event", [x.id for x in content.events], sender_agency)
        for ev in content.events:
            if _admit("event", ev, accepted, held, report, claimed, signed_relays):
                ingest.add_event(ev)
        erased_rids, erased_eids = set(), set()
        for ret in opened.content.retractions:
            row = conn.execute("SELECT rid, agency, version, origin_pid FROM records "
                               "WHERE id = ?", (ret.record_id,)).fetchone()
            # The originator may retract a copy a third party relayed before v11 too:
            # a retraction only takes content away.
            not_origin = row is not None and (row[1] != sender_agency
                                              or row[3] not in (None, pid))
            if row is None or not_origin or row[2] >= ret.version:
                result.retractions_ignored += 1
                why = ("is not in this workspace" if row is None else
                       f"was originated by {row[1]}, not the sender" if not_origin
                       else "is already at this version or later")
                report.note(Issue(f"retraction of {ret.record_id}", f"the record {why}; "
                                  "nothing erased.", skipped=row is not None))
                continue
            erased_eids |= erase_record(conn, row[0], version=ret.version, reason=ret.reason,
                                        retracted=ret.retracted)
            conn.execute("UPDATE records SET origin_pid = ?, relayed_by = NULL WHERE rid = ?",
                         (pid, row[0]))
            erased_rids.add(row[0])
            result.retracted += 1
        if opened.content.hits is not None:
            result.hits = hits.take(conn, opened, actor=actor, now=now)
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
        if opened.checkpoint is not None:
            _keep_checkpoint(conn, opened, result, now)
        summary = result.summary()
        conn.execute("UPDATE inbox SET summary = ? WHERE package_id = ?",
                     (json.dumps(summary), m.package_id))
        conn.execute("UPDATE imports SET report = ? WHERE id = ?",
                     (json.dumps(summary), import_id))
        audit.append(conn, actor, "package.receive", m.package_id,
                     {**summary, "sha256": sha256, "source": source,
                      "signer": signer.fingerprint, "part": m.part, "parts": m.parts})
        if then is not None:
            then(conn)
    return result
