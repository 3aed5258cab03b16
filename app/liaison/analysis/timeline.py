"""Timeline items from the store: events, dated links and records, on lanes.

Lanes are by entity (an event involving three people is on three lanes; clusters of
entities judged the same share one lane), by agency, or by record. Undated things
are left out: a timeline cannot place them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from liaison.analysis.graph import Clusters, date_value, record_rids, rows_in
from liaison.model.timeline import ITEM_EVENT, ITEM_LINK, ITEM_RECORD, LANES, TimelineItem
from liaison.model.values import DateValue


class _Lanes:
    """Turns one dated thing into its items, one per lane it belongs on."""

    def __init__(self, conn: Any, clusters: Clusters, lane_by: str) -> None:
        self.conn, self.clusters, self.lane_by = conn, clusters, lane_by
        self.captions: dict[str, str] = {}
        self.items: list[TimelineItem] = []

    def caption(self, key: str) -> str:
        if key not in self.captions:
            row = self.conn.execute("SELECT caption FROM entities WHERE id = ?",
                                    (key,)).fetchone()
            self.captions[key] = row[0] if row else key
        return self.captions[key]

    def prefetch(self, entity_ids: Iterable[str]) -> None:
        """Read clusters and captions for many entities at once, not one query each."""
        ids = set(entity_ids)
        self.clusters.load_ids(ids)
        self.clusters.with_members([self.clusters.eid_of[e] for e in ids
                                    if e in self.clusters.eid_of])
        keys = {self.clusters.key_of(e) for e in ids} - set(self.captions)
        for key, caption in rows_in(self.conn, "SELECT id, caption FROM entities "
                                               "WHERE id IN ({in})", sorted(keys)):
            self.captions[key] = caption

    def add(self, key: str, kind: str, label: str, start: DateValue | None,
            end: DateValue | None, entity_ids: Iterable[str],
            records: list[tuple[str, str]]) -> None:
        if start is None:
            return
        keys = sorted({self.clusters.key_of(e) for e in entity_ids})
        record_ids = tuple(sorted({r for r, _ in records}))
        agencies = sorted({a for _, a in records})
        if self.lane_by == "entity":
            lanes = [(k, self.caption(k)) for k in keys] or [("", "(no entity)")]
        elif self.lane_by == "agency":
            lanes = [(a, a) for a in agencies] or [("", "(no agency)")]
        else:
            lanes = [(r, r) for r in record_ids] or [("", "(no record)")]
        for lane, lane_label in lanes:
            self.items.append(TimelineItem(
                key=key, kind=kind, label=label, start=start, end=end, lane=lane,
                lane_label=lane_label, agency=", ".join(agencies), record_ids=record_ids,
                entity_ids=tuple(keys)))


def timeline_items(conn: Any, record_ids: Iterable[int | str] = (),
                   entity_ids: Iterable[str] = (), *, lane_by: str = "entity",
                   events: bool = True, links: bool = True, records: bool = True
                   ) -> list[TimelineItem]:
    """Dated events, links and records of the given records or entities, in time order.

    For records: their events, links and the records themselves (by reported date).
    For entities: the events and links involving them and the records naming them.
    """
    if lane_by not in LANES:
        raise ValueError(f"unknown lane {lane_by!r}; choose one of {', '.join(LANES)}")
    rids = set(record_rids(conn, list(record_ids)))
    clusters = Clusters(conn)
    ids = list(entity_ids)
    members = [m for ms in clusters.member_ids(ids).values() for m in ms] if ids else []
    eids = [clusters.eid_of[m] for m in members if m in clusters.eid_of]
    if records:
        rids |= {r for (r,) in rows_in(conn, "SELECT rid FROM entity_records "
                                             "WHERE eid IN ({in})", eids)}
    lanes = _Lanes(conn, clusters, lane_by)
    names: dict[int, list[str]] = defaultdict(list)
    for rid, entity_id in rows_in(conn, "SELECT er.rid, e.id FROM entity_records er JOIN "
                                        "entities e ON e.eid = er.eid WHERE er.rid IN ({in})",
                                  sorted(rids)):
        names[rid].append(entity_id)
    lanes.prefetch(e for ns in names.values() for e in ns)
    if events:
        _events(conn, lanes, sorted(rids), members)
    if links:
        _links(conn, lanes, sorted(rids), members)
    if records:
        for rid, rid_id, title, agency, reported, precision in rows_in(
                conn, "SELECT rid, id, title, agency, reported, reported_precision FROM records "
                      "WHERE rid IN ({in})", sorted(rids)):
            lanes.add(rid_id, ITEM_RECORD, title, date_value(reported, precision), None,
                      names[rid], [(rid_id, agency)])
    return sorted(lanes.items, key=lambda i: (i.span[0], i.kind, i.key, i.lane))


def _provenance(conn: Any, table: str, column: str, ids: list[int]
                ) -> dict[int, list[tuple[str, str]]]:
    out: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for key, rid_id, agency in rows_in(
            conn, f"SELECT t.{column}, r.id, r.agency FROM {table} t JOIN records r "
                  f"ON r.rid = t.rid WHERE t.{column} IN ({{in}})", ids):
        out[key].append((rid_id, agency))
    return out


def _events(conn: Any, lanes: _Lanes, rids: list[int], members: list[str]) -> None:
    vids = {v for (v,) in rows_in(conn, "SELECT vid FROM event_records WHERE rid IN ({in})",
                                  rids)}
    vids |= {v for (v,) in rows_in(conn, "SELECT vid FROM event_entities "
                                         "WHERE entity_id IN ({in})", members)}
    involved: dict[int, list[str]] = defaultdict(list)
    for vid, entity_id in rows_in(conn, "SELECT vid, entity_id FROM event_entities "
                                        "WHERE vid IN ({in})", sorted(vids)):
        involved[vid].append(entity_id)
    provenance = _provenance(conn, "event_records", "vid", sorted(vids))
    lanes.prefetch(e for es in involved.values() for e in es)
    for vid, event_id, name, start, start_p, end, end_p in rows_in(
            conn, "SELECT vid, id, name, start, start_precision, end, end_precision FROM events "
                  "WHERE vid IN ({in})", sorted(vids)):
        lanes.add(event_id, ITEM_EVENT, name, date_value(start, start_p),
                  date_value(end, end_p), involved[vid], provenance[vid])


def _links(conn: Any, lanes: _Lanes, rids: list[int], members: list[str]) -> None:
    lids = {lid for (lid,) in rows_in(conn, "SELECT lid FROM link_records WHERE rid IN ({in})",
                                      rids)}
    for column in ("source_id", "target_id"):
        lids |= {lid for (lid,) in rows_in(conn, f"SELECT lid FROM links WHERE {column} "
                                                 "IN ({in}) AND start IS NOT NULL", members)}
    provenance = _provenance(conn, "link_records", "lid", sorted(lids))
    rows = list(rows_in(conn, "SELECT lid, id, schema, source_id, target_id, start, "
                              "start_precision, end, end_precision FROM links "
                              "WHERE lid IN ({in}) AND start IS NOT NULL", sorted(lids)))
    lanes.prefetch({r[3] for r in rows} | {r[4] for r in rows})
    for lid, link_id, schema, source, target, start, start_p, end, end_p in rows:
        label = f"{schema}: {lanes.caption(lanes.clusters.key_of(source))} → " \
                f"{lanes.caption(lanes.clusters.key_of(target))}"
        lanes.add(link_id, ITEM_LINK, label, date_value(start, start_p),
                  date_value(end, end_p), [source, target], provenance[lid])
