"""The import path itself: all-or-nothing, idempotent, cancellable, audited, encrypted."""

from __future__ import annotations

import pytest

from liaison.formats.importer import detect_format, ingest_items
from liaison.model.errors import FormatError, OperationCancelled
from liaison.model.progress import Progress
from liaison.model.records import Entity, Event, Issue, Link, Record, stable_id
from liaison.model.values import DateValue
from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE, all_bytes, folder_state

MARKER = "NARRATIVE-MARKER-Q8Z4"


def _items(version: int = 1, narrative: str = f"Meeting at the port. {MARKER}"):
    rec = Record(id=stable_id("BKA", "test", "r1"), agency="Bundeskriminalamt", country="DE",
                 reference="BKA-1", title="Port meeting", narrative=narrative, version=version,
                 reported=DateValue("2025-03", "month"), tlp="AMBER", handling="H1")
    person = Entity(id=stable_id("BKA", "test", "p1"), schema="Person", record_ids=[rec.id])
    person.add_raw("name", "Aleksandr Petrov")
    person.add_raw("phone", "0151 23456789")
    car = Entity(id=stable_id("BKA", "test", "v1"), schema="Vehicle", record_ids=[rec.id])
    car.add_raw("registrationNumber", "HH-AB 123")
    yield rec
    yield person
    yield car
    yield Link(id=stable_id("BKA", "test", "l1"), schema="Ownership", source_id=person.id,
               target_id=car.id, record_ids=[rec.id])
    yield Event(id=stable_id("BKA", "test", "e1"), name="Meeting",
                start=DateValue("2025-03-02", "day"), involved=[(person.id, "participant")],
                record_ids=[rec.id])
    yield Issue("line 9", "unknown column ignored", skipped=True)


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "Europol desk", "NL", use_keyring=False,
                          passphrase=PASSPHRASE)
    yield ws
    ws.close()


def _ingest(ws, items, progress=None):
    return ingest_items(ws.conn, items, source_name="t.json", fmt="test", sha256="0" * 64,
                        actor=ws.actor, progress=progress)


def test_import_stores_normalised_values_and_provenance(ws):
    report = _ingest(ws, _items())
    assert {k: c.imported for k, c in report.counts.items()} == {
        "records": 1, "entities": 2, "links": 1, "events": 1}
    assert report.skipped_total == 1
    phone = ws.conn.execute(
        "SELECT raw, value, kind FROM entity_values WHERE prop = 'phone'").fetchone()
    assert phone == ("0151 23456789", "+4915123456789", "phone")
    n = ws.conn.execute("SELECT count(*) FROM entity_records").fetchone()[0]
    assert n == 2
    last = ws.audit_entries()[-1]
    assert last.action == "import" and last.details["counts"]["records"]["imported"] == 1


def test_reimport_changes_nothing(ws):
    _ingest(ws, _items())
    before = ws.stats()
    report = _ingest(ws, _items())
    assert all(c.imported == 0 and c.merged == 0 for c in report.counts.values())
    assert report.counts["entities"].unchanged == 2
    assert ws.stats() == before


def test_higher_version_updates_and_keeps_history(ws):
    _ingest(ws, _items())
    report = _ingest(ws, _items(version=2, narrative="Corrected narrative"))
    assert report.counts["records"].merged == 1
    narrative = ws.conn.execute("SELECT narrative, version FROM records").fetchone()
    assert narrative == ("Corrected narrative", 2)
    assert ws.conn.execute("SELECT version FROM record_versions").fetchall() == [(1,)]
    report = _ingest(ws, _items(version=1))
    assert report.counts["records"].unchanged == 1


def test_only_the_originator_may_update(ws):
    _ingest(ws, _items())
    forged = next(iter(_items(version=5)))
    forged.agency = "Someone else"
    report = _ingest(ws, [forged])
    assert report.skipped_total == 1 and "not changed" in report.skipped[0].message
    assert ws.conn.execute("SELECT version FROM records").fetchone() == (1,)


def test_failure_midway_leaves_store_unchanged(ws):
    _ingest(ws, _items())
    before_stats, before_audit = ws.stats(), len(ws.audit_entries())

    def broken():
        yield from _items(version=3, narrative="should never land")
        raise FormatError("t.json: line 40: unexpected end of data")

    with pytest.raises(FormatError, match="line 40"):
        _ingest(ws, broken())
    assert ws.stats() == before_stats
    assert len(ws.audit_entries()) == before_audit
    assert ws.conn.execute("SELECT version FROM records").fetchone() == (1,)


def test_cancel_leaves_store_unchanged(ws):
    progress = Progress()

    def slow():
        for i, item in enumerate(_items()):
            if i == 3:
                progress.cancel()
                progress.check()
            yield item

    before = ws.stats()
    with pytest.raises(OperationCancelled):
        _ingest(ws, slow(), progress)
    assert ws.stats() == before


def test_invalid_identifier_is_flagged_and_kept(ws):
    rec = next(iter(_items()))
    acct = Entity(id="acct", schema="BankAccount", record_ids=[rec.id])
    acct.add_raw("iban", "DE89 3704 0044 0532 0130 01")  # checksum broken (last digit)
    report = _ingest(ws, [rec, acct])
    assert report.flagged_total == 1 and "DE89" in report.flagged[0].message
    row = ws.conn.execute("SELECT raw, valid FROM entity_values WHERE prop = 'iban'").fetchone()
    assert row == ("DE89 3704 0044 0532 0130 01", 0)


def test_narrative_marker_not_on_disk_after_import(ws):
    _ingest(ws, _items())
    ws.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    for name, data in all_bytes(ws.folder):
        assert MARKER.encode() not in data, name
        assert b"Aleksandr Petrov" not in data, name


def test_unknown_format_refused_clearly(tmp_path):
    odd = tmp_path / "odd.bin"
    odd.write_bytes(b"\x00\x01garbage")
    with pytest.raises(FormatError, match="Cannot tell the format"):
        detect_format(odd)


def test_failed_file_import_changes_no_file(ws, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "bundle", "objects": [')
    ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = folder_state(ws.folder, with_shm=False)
    with pytest.raises(FormatError):
        ws.import_file(bad)
    ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert folder_state(ws.folder, with_shm=False) == before
