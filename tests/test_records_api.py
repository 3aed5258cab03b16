"""Reading records for the views: ordered ids, pages of rows, detail, entities, attachments.

Plain pytest over the Workspace facade, no Qt: what the results table, the record
view and the entity view will be given, and that every consultation is audited.
"""

from __future__ import annotations

import hashlib

import pytest

from liaison.formats.importer import ingest_items
from liaison.model.errors import LiaisonError
from liaison.model.records import Attachment, Entity, Event, Link, Record, stable_id
from liaison.model.values import DateValue
from liaison.workspace import Workspace
from liaison.workspace.records import (
    AttachmentTooLarge,
    EntitySummary,
    PropertyRow,
    RecordNotFound,
    find_mentions,
)

from .workspace_helpers import PASSPHRASE

PNG = (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)


def _record(n: int, **kw) -> Record:
    base = {"id": stable_id("BKA", "test", f"r{n}"), "agency": "Bundeskriminalamt",
            "country": "DE", "reference": f"BKA-{n}", "title": f"Report {n}",
            "narrative": f"Narrative {n}.", "reported": DateValue(f"2025-03-{n:02d}", "day"),
            "tlp": "AMBER", "handling": "H1", "reliability": "B", "assessment": "2"}
    base.update(kw)
    return Record(**base)


def _items(version: int = 1, title: str = "Port meeting"):
    rec = _record(1, title=title, version=version, tlp="RED", handling="H3",
                  narrative="Aleksandr Petrov met Petrov's driver; call 0151 23456789. "
                            "Vehicle HH-AB 123 seen. Ann Smith not named.",
                  attachments=[Attachment(hashlib.sha256(PNG).hexdigest(), "photo.png",
                                          "image/png", PNG)])
    person = Entity(id=stable_id("BKA", "test", "p1"), schema="Person", record_ids=[rec.id])
    person.add_raw("name", "Aleksandr Petrov")
    person.add_raw("phone", "0151 23456789")
    person.add_raw("phone", "not a phone")
    person.add_raw("birthDate", "1980")
    car = Entity(id=stable_id("BKA", "test", "v1"), schema="Vehicle", record_ids=[rec.id])
    car.add_raw("registrationNumber", "HH-AB 123")
    yield rec
    yield _record(2, tlp="CLEAR", handling="H0", reliability="A", assessment="1")
    yield _record(3, tlp="GREEN", handling="H2", agency="Policía Nacional", country="ES",
                  reported=None, reliability=None, assessment=None)
    yield person
    yield car
    yield Link(id=stable_id("BKA", "test", "l1"), schema="Ownership", source_id=person.id,
               target_id=car.id, record_ids=[rec.id])
    yield Event(id=stable_id("BKA", "test", "e1"), name="Meeting",
                start=DateValue("2025-03-02", "day"), involved=[(person.id, "participant")],
                record_ids=[rec.id])


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "Europol desk", "NL", use_keyring=False,
                          passphrase=PASSPHRASE)
    ingest_items(ws.conn, _items(), source_name="t.json", fmt="test", sha256="0" * 64,
                 actor=ws.actor)
    yield ws
    ws.close()


def _actions(ws) -> list[tuple[str, str]]:
    return [(e.action, e.object) for e in ws.audit_entries()]


def _rid(ws, n: int) -> int:
    return ws.conn.execute("SELECT rid FROM records WHERE reference = ?",
                           (f"BKA-{n}",)).fetchone()[0]


def test_record_ids_orders_and_filters(ws):
    r1, r2, r3 = (_rid(ws, n) for n in (1, 2, 3))
    assert ws.record_ids("reported", descending=True) == [r2, r1, r3]  # no date sorts last
    assert ws.record_ids("reported", descending=False) == [r3, r1, r2]
    assert ws.record_ids("tlp", descending=False) == [r2, r3, r1]  # CLEAR < GREEN < RED
    assert ws.record_ids("handling", descending=True) == [r1, r3, r2]
    assert ws.record_ids("grade", descending=False) == [r2, r1, r3]  # A1, B2, ungraded
    assert ws.record_ids("agency", filters={"country": "ES"}) == [r3]
    assert set(ws.record_ids("rid", filters={"tlp": ["RED", "CLEAR"]})) == {r1, r2}
    assert ws.record_ids("rid", filters={"tlp": []}) == []
    with pytest.raises(LiaisonError, match="cannot be sorted"):
        ws.record_ids("narrative; DROP TABLE records")
    with pytest.raises(LiaisonError, match="cannot be filtered"):
        ws.record_ids("rid", filters={"narrative": "x"})


def test_record_rows_keep_the_order_asked_on_a_reader(ws):
    reader = ws.open_reader()
    rids = ws.record_ids("reported")
    rows = ws.record_rows([*reversed(rids), 999_999], conn=reader)
    assert [r.rid for r in rows] == list(reversed(rids))
    first = next(r for r in rows if r.reference == "BKA-1")
    assert (first.tlp, first.handling, first.grade, first.status) == ("RED", "H3", "B2", "active")
    assert ws.record_rows([]) == []
    assert not any(a == "record.view" for a, _ in _actions(ws))  # table rows are not audited


def test_record_detail_is_complete_and_audited(ws):
    rid = _rid(ws, 1)
    d = ws.record_detail(rid)
    assert (d.agency, d.country, d.reference, d.tlp, d.handling, d.grade) == (
        "Bundeskriminalamt", "DE", "BKA-1", "RED", "H3", "B2")
    assert d.reported == DateValue("2025-03-01", "day")
    assert d.imported is not None and d.imported.file_name == "t.json"
    assert [(a.name, a.media_type, a.size) for a in d.attachments] == [
        ("photo.png", "image/png", len(PNG))]
    assert sorted(e.schema for e in d.entities) == ["Person", "Vehicle"]
    person = next(e for e in d.entities if e.schema == "Person")
    phones = {v.raw: v for v in person.values if v.prop == "phone"}
    assert phones["0151 23456789"].value == "+4915123456789" and phones["0151 23456789"].valid
    assert not phones["not a phone"].valid
    spans = {d.narrative[m.start:m.end]: m.entity_id for m in d.mentions}
    assert spans == {"Aleksandr Petrov": person.id, "0151 23456789": person.id,
                     "HH-AB 123": next(e.id for e in d.entities if e.schema == "Vehicle")}
    assert [(lk.schema, lk.source_caption, lk.target_caption) for lk in d.links] == [
        ("Ownership", "Aleksandr Petrov", "HH-AB 123")]
    assert d.events[0].involved == [(person.id, "Aleksandr Petrov", "participant")]
    assert [(v.version, v.current) for v in d.versions] == [(1, True)]
    assert _actions(ws)[-1] == ("record.view", d.id)
    assert ws.record_detail(d.id).rid == rid  # by UUID too


def test_version_history_names_what_changed(ws):
    ingest_items(ws.conn, _items(version=2, title="Port meeting (corrected)"),
                 source_name="t2.json", fmt="test", sha256="1" * 64, actor=ws.actor)
    d = ws.record_detail(_rid(ws, 1))
    assert d.version == 2 and d.title == "Port meeting (corrected)"
    assert [(v.version, v.current, v.title) for v in d.versions] == [
        (2, True, "Port meeting (corrected)"), (1, False, "Port meeting")]
    assert "title" in d.versions[0].changed and d.versions[1].changed == ()


def test_entity_detail_lists_values_records_links_and_is_audited(ws):
    d = ws.record_detail(_rid(ws, 1))
    person = next(e for e in d.entities if e.schema == "Person")
    e = ws.entity_detail(person.id)
    assert (e.schema, e.caption, e.record_count) == ("Person", "Aleksandr Petrov", 1)
    assert [r.reference for r in e.records] == ["BKA-1"]
    assert {(v.prop, v.raw, v.valid) for v in e.values} >= {("phone", "not a phone", False)}
    assert [lk.target_caption for lk in e.links] == ["HH-AB 123"]
    assert _actions(ws)[-1] == ("entity.view", person.id)
    assert ws.entity_detail(e.eid).id == person.id


def test_attachment_data_is_capped_and_audited(ws):
    sha = hashlib.sha256(PNG).hexdigest()
    assert ws.attachment_data(sha, max_bytes=1024) == PNG
    assert _actions(ws)[-1] == ("attachment.view", sha)
    with pytest.raises(AttachmentTooLarge):
        ws.attachment_data(sha, max_bytes=10)
    with pytest.raises(RecordNotFound):
        ws.attachment_data("0" * 64, max_bytes=10)


def test_unknown_ids_are_refused_clearly(ws):
    before = len(ws.audit_entries())
    with pytest.raises(RecordNotFound, match="not in this workspace"):
        ws.record_detail("no-such-record")
    with pytest.raises(RecordNotFound):
        ws.entity_detail(123456)
    assert len(ws.audit_entries()) == before  # nothing was seen, nothing audited


def test_mentions_prefer_longer_values_and_whole_words():
    ent = EntitySummary(1, "e1", "Person", "Ali Hassan", [
        PropertyRow("name", "Ali Hassan", "ali hassan", "name", True, ""),
        PropertyRow("alias", "Ali", "ali", "name", True, ""),
        PropertyRow("birthDate", "1980", "1980", "date", True, "")])
    text = "ALI HASSAN met Alibaba; Ali left in 1980."
    assert [(text[m.start:m.end]) for m in find_mentions(text, [ent])] == ["ALI HASSAN", "Ali"]
