"""Reading records from the store as model objects, ready to package.

The share flow hands these to the sharing policy and redaction first; what reaches
``build_package`` is whatever they return. Provenance is trimmed to the chosen
records, so a package never names a record it does not carry.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence

from liaison.exchange.errors import PackageError
from liaison.exchange.package import PackageContent
from liaison.model.records import Attachment, Entity, Event, Link, PropertyValue, Record
from liaison.store.database import Connection
from liaison.store.record_rows import date_value, json_object, record_from_row

CHUNK = 2000
_IN = "SELECT value FROM json_each(?)"



def _chunks(items: Sequence[int]) -> Iterator[str]:
    for i in range(0, len(items), CHUNK):
        yield json.dumps(list(items[i:i + CHUNK]))



def _records(conn: Connection, rids: list[int]) -> dict[int, Record]:
    out: dict[int, Record] = {}
    for ids in _chunks(rids):
        cur = conn.execute(f"SELECT * FROM records WHERE rid IN ({_IN})", (ids,))
        names = [d[0] for d in cur.description]
        for row in cur:
            r = dict(zip(names, row, strict=True))
            out[r["rid"]] = record_from_row(r)
        for rid, sha, name, media_type, data in conn.execute(
                "SELECT ra.rid, a.sha256, ra.name, a.media_type, a.data FROM record_attachments "
                f"ra JOIN attachments a ON a.sha256 = ra.sha256 WHERE ra.rid IN ({_IN}) "
                "ORDER BY ra.rid, ra.name", (ids,)):
            out[rid].attachments.append(Attachment(sha, name, media_type, bytes(data)))
    return out


def _members(conn: Connection, table: str, key: str, rids: list[int],
             ids: dict[int, str]) -> dict[int, list[str]]:
    """row id → the chosen records' ids it comes from (only the chosen ones)."""
    out: dict[int, list[str]] = {}
    for chunk in _chunks(rids):
        for row_id, rid in conn.execute(
                f"SELECT {key}, rid FROM {table} WHERE rid IN ({_IN}) ORDER BY {key}, rid",
                (chunk,)):
            out.setdefault(row_id, []).append(ids[rid])
    return out


def _entities(conn: Connection, members: dict[int, list[str]]) -> list[Entity]:
    eids = sorted(members)
    out: dict[int, Entity] = {}
    for chunk in _chunks(eids):
        for eid, id_, schema in conn.execute(
                f"SELECT eid, id, schema FROM entities WHERE eid IN ({_IN})", (chunk,)):
            out[eid] = Entity(id_, schema, record_ids=members[eid])
        for eid, prop, raw, value, kind, valid, note in conn.execute(
                "SELECT eid, prop, raw, value, kind, valid, note FROM entity_values "
                f"WHERE eid IN ({_IN}) ORDER BY eid, prop, raw", (chunk,)):
            out[eid].properties.setdefault(prop, []).append(
                PropertyValue(raw, value, kind, bool(valid), note))
    return [out[eid] for eid in eids if eid in out]


def _links(conn: Connection, members: dict[int, list[str]]) -> list[Link]:
    out = []
    for chunk in _chunks(sorted(members)):
        for lid, id_, schema, src, dst, s, sp, e, ep, props in conn.execute(
                "SELECT lid, id, schema, source_id, target_id, start, start_precision, end, "
                f"end_precision, props FROM links WHERE lid IN ({_IN}) ORDER BY lid", (chunk,)):
            out.append(Link(id_, schema, src, dst, date_value(s, sp), date_value(e, ep),
                            json_object(props), members[lid]))
    return out


def _events(conn: Connection, members: dict[int, list[str]]) -> list[Event]:
    out = []
    for chunk in _chunks(sorted(members)):
        involved: dict[int, list[tuple[str, str]]] = {}
        for vid, entity_id, role in conn.execute(
                f"SELECT vid, entity_id, role FROM event_entities WHERE vid IN ({_IN}) "
                "ORDER BY vid, role, entity_id", (chunk,)):
            involved.setdefault(vid, []).append((entity_id, role))
        for vid, id_, name, s, sp, e, ep, place, props in conn.execute(
                "SELECT vid, id, name, start, start_precision, end, end_precision, place, props "
                f"FROM events WHERE vid IN ({_IN}) ORDER BY vid", (chunk,)):
            out.append(Event(id_, name, date_value(s, sp), date_value(e, ep), place,
                             involved.get(vid, []), json_object(props), members[vid]))
    return out


def record_rids(conn: Connection, record_ids: Iterable[str]) -> list[int]:
    """Row ids of the records with these ids, in the order given; PackageError if unknown."""
    wanted = list(dict.fromkeys(record_ids))
    found: dict[str, int] = {}
    for i in range(0, len(wanted), CHUNK):
        chunk = json.dumps(wanted[i:i + CHUNK])
        found.update(conn.execute(f"SELECT id, rid FROM records WHERE id IN ({_IN})", (chunk,)))
    missing = [r for r in wanted if r not in found]
    if missing:
        raise PackageError(f"Record {missing[0]} is not in this workspace"
                           + (f" (nor {len(missing) - 1} more)." if len(missing) > 1 else "."))
    return [found[r] for r in wanted]


def collect_records(conn: Connection, record_ids: Iterable[str]) -> PackageContent:
    """The records with these ids, with their entities, links, events and attachments."""
    rids = record_rids(conn, record_ids)
    records = _records(conn, rids)
    retracted = [records[rid].id for rid in rids if records[rid].status == "retracted"]
    if retracted:
        raise PackageError(f"Record {retracted[0]} has been retracted; it cannot be shared.")
    ids = {rid: records[rid].id for rid in rids}
    return PackageContent(
        records=[records[rid] for rid in rids],
        entities=_entities(conn, _members(conn, "entity_records", "eid", rids, ids)),
        links=_links(conn, _members(conn, "link_records", "lid", rids, ids)),
        events=_events(conn, _members(conn, "event_records", "vid", rids, ids)))
