"""Reading the records chosen for a share, with their entities, links, events and
attachments, as plain model objects the redaction engine copies and never writes back."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from liaison.model.records import Attachment, Entity, Event, Link, PropertyValue, Record
from liaison.store.database import Connection
from liaison.store.record_rows import date_value, json_object, record_from_row

_CHUNK = 400




def _in(ids: Sequence[Any]) -> str:
    return ", ".join("?" * len(ids))


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


@dataclass
class ShareSource:
    """The stored originals of a share: records in the order asked, and what they name."""

    records: list[Record] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    links: dict[str, Link] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    # The country of each originating agency the records name, where the workspace knows it.
    agency_countries: dict[str, str] = field(default_factory=dict)


def load_share_source(conn: Connection, record_ids: Sequence[str],
                      attachment_data: bool = False) -> ShareSource:
    """Load records by id (unknown ids are skipped), with everything attached to them.

    Attachment bytes are read only when ``attachment_data`` (a profile that keeps images).
    """
    source = ShareSource()
    rid_of: dict[int, str] = {}
    by_id: dict[str, Record] = {}
    ids = list(dict.fromkeys(record_ids))
    for chunk in _chunks(ids):
        cur = conn.execute(f"SELECT * FROM records WHERE id IN ({_in(chunk)})", list(chunk))
        names = [d[0] for d in cur.description]
        for values in cur:
            r = dict(zip(names, values, strict=True))
            rid_of[r["rid"]] = r["id"]
            by_id[r["id"]] = record_from_row(r)
    source.records = [by_id[i] for i in ids if i in by_id]
    rids = list(rid_of)
    _attachments(conn, rids, rid_of, by_id, attachment_data)
    _entities(conn, rids, rid_of, source)
    _links(conn, rids, rid_of, source)
    _events(conn, rids, rid_of, source)
    source.agency_countries = agency_countries(conn, {r.agency for r in source.records})
    return source


def agency_countries(conn: Connection, agencies: Iterable[str]) -> dict[str, str]:
    """The country of each agency: the partner's whose certificates name it or who has its
    name (partners.py), else the one its records came with (the ``sources`` table)."""
    names = sorted(set(agencies))
    found: dict[str, str] = {}
    for chunk in _chunks(names):
        # Lowest priority first: later rows overwrite.
        for sql in ("SELECT agency, country FROM sources WHERE agency IN ({})",
                    "SELECT name, country FROM partners WHERE name IN ({})",
                    "SELECT c.agency, p.country FROM partner_certs c JOIN partners p "
                    "ON p.pid = c.pid WHERE c.revoked IS NULL AND c.agency IN ({})"):
            for agency, country in conn.execute(sql.format(_in(chunk)), list(chunk)):
                if country:
                    found[agency] = country.upper()
    return found


def _attachments(conn: Connection, rids: list[int], rid_of: dict[int, str],
                 by_id: dict[str, Record], with_data: bool) -> None:
    data = "a.data" if with_data else "x''"
    for chunk in _chunks(rids):
        for rid, sha, name, media, blob in conn.execute(
                f"SELECT ra.rid, a.sha256, ra.name, a.media_type, {data} FROM record_attachments "
                f"ra JOIN attachments a ON a.sha256 = ra.sha256 WHERE ra.rid IN ({_in(chunk)}) "
                "ORDER BY ra.rid, ra.name", list(chunk)):
            by_id[rid_of[rid]].attachments.append(Attachment(sha, name, media, bytes(blob)))


def _entities(conn: Connection, rids: list[int], rid_of: dict[int, str],
              source: ShareSource) -> None:
    eids: dict[int, Entity] = {}
    for chunk in _chunks(rids):
        for rid, eid, entity_id, schema in conn.execute(
                "SELECT er.rid, e.eid, e.id, e.schema FROM entity_records er JOIN entities e "
                f"ON e.eid = er.eid WHERE er.rid IN ({_in(chunk)}) ORDER BY er.rid, e.eid",
                list(chunk)):
            entity = eids.get(eid)
            if entity is None:
                entity = eids[eid] = Entity(entity_id, schema)
                source.entities[entity_id] = entity
            entity.record_ids.append(rid_of[rid])
    keys = list(eids)
    for chunk in _chunks(keys):
        for eid, prop, raw, value, kind, valid, note in conn.execute(
                "SELECT eid, prop, raw, value, kind, valid, note FROM entity_values "
                f"WHERE eid IN ({_in(chunk)}) ORDER BY eid, prop, raw", list(chunk)):
            eids[eid].properties.setdefault(prop, []).append(
                PropertyValue(raw, value, kind, bool(valid), note))


def _links(conn: Connection, rids: list[int], rid_of: dict[int, str],
           source: ShareSource) -> None:
    for chunk in _chunks(rids):
        for rid, link_id, schema, src, dst, start, start_p, end, end_p, props in conn.execute(
                "SELECT lr.rid, l.id, l.schema, l.source_id, l.target_id, l.start, "
                "l.start_precision, l.end, l.end_precision, l.props FROM link_records lr "
                f"JOIN links l ON l.lid = lr.lid WHERE lr.rid IN ({_in(chunk)}) "
                "ORDER BY lr.rid, l.lid", list(chunk)):
            link = source.links.get(link_id)
            if link is None:
                properties = {k: [str(x) for x in (v if isinstance(v, list) else [v])]
                              for k, v in json_object(props).items()}
                link = source.links[link_id] = Link(
                    link_id, schema, src, dst, date_value(start, start_p), date_value(end, end_p),
                    properties)
            link.record_ids.append(rid_of[rid])


def _events(conn: Connection, rids: list[int], rid_of: dict[int, str],
            source: ShareSource) -> None:
    vids: dict[int, Event] = {}
    for chunk in _chunks(rids):
        for rid, vid, event_id, name, start, start_p, end, end_p, place, props in conn.execute(
                "SELECT er.rid, v.vid, v.id, v.name, v.start, v.start_precision, v.end, "
                "v.end_precision, v.place, v.props FROM event_records er JOIN events v "
                f"ON v.vid = er.vid WHERE er.rid IN ({_in(chunk)}) ORDER BY er.rid, v.vid",
                list(chunk)):
            event = vids.get(vid)
            if event is None:
                properties = {k: [str(x) for x in (v if isinstance(v, list) else [v])]
                              for k, v in json_object(props).items()}
                event = vids[vid] = Event(event_id, name, date_value(start, start_p),
                                          date_value(end, end_p), place, [], properties)
                source.events[event_id] = event
            event.record_ids.append(rid_of[rid])
    keys = list(vids)
    for chunk in _chunks(keys):
        for vid, entity_id, role in conn.execute(
                "SELECT vid, entity_id, role FROM event_entities "
                f"WHERE vid IN ({_in(chunk)}) ORDER BY vid, role, entity_id", list(chunk)):
            vids[vid].involved.append((entity_id, role))
