"""Exports of a redacted share: re-read by our own FtM and STIX readers and as CSV, a PDF
whose every script renders and every page carries the markings, and the disclosure log."""

from __future__ import annotations

import csv
import io
import json

import pytest
from pypdf import PdfReader

from liaison.analysis.partners import Agreement
from liaison.formats.base import ImportOptions
from liaison.formats.export import pdf as export_pdf
from liaison.formats.export.contents import ExportError, ExportSet, writer
from liaison.formats.export.csv import safe_cell
from liaison.model.records import Entity, Record
from liaison.model.values import DateValue
from liaison.store.disclosures import recipients_of
from liaison.workspace import Workspace

from .share_fixtures import BKA, PETROV, make_workspace, rid
from .workspace_helpers import PASSPHRASE


@pytest.fixture
def shared(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    ws.partner_add(BKA, "DE", Agreement("AMBER", ("H0", "H1")))
    plan = ws.prepare_share([rid("narrative_de"), rid("narrative_bg"), rid("red")], BKA)
    result = ws.export_share(plan, tmp_path / "out", ["csv", "ftm", "stix", "pdf"],
                             stem="share")
    yield ws, plan, result, tmp_path / "out"
    ws.close()


def _fresh(tmp_path, name):
    return Workspace.create(tmp_path / name, "Bundeskriminalamt", "DE", use_keyring=False,
                            passphrase=PASSPHRASE)


def test_files_written_and_every_one_logged_as_a_disclosure(shared):
    ws, _, result, out = shared
    names = sorted(p.name for p in result.files)
    assert names == ["share-entities.csv", "share-events.csv", "share-links.csv",
                     "share-records.csv", "share.ftm.jsonl", "share.pdf", "share.stix.json"]
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temp files left
    received = recipients_of(ws.conn, rid("narrative_de"))
    assert len(received) == len(names) and {d.partner for d in received} == {BKA}
    assert {d.format for d in received} == {"csv", "ftm", "stix", "pdf"}
    assert recipients_of(ws.conn, rid("red")) == []  # withheld: never left
    disclosed = [e for e in ws.audit_entries() if e.action == "share.disclose"]
    assert len(disclosed) == len(names)
    assert disclosed[0].details["records"] == [rid("narrative_de"), rid("narrative_bg")]
    assert "share.redactions" in [e.action for e in ws.audit_entries()]


def test_ftm_export_imports_back(shared, tmp_path):
    _, _, _, out = shared
    lines = [json.loads(line) for line in (out / "share.ftm.jsonl").read_text().splitlines()]
    documents = [e for e in lines if e["schema"] == "Document"]
    assert [d["properties"]["keywords"] for d in documents] == [
        ["TLP:GREEN", "H1", "grading B2"]] * 2
    other = _fresh(tmp_path, "ftm")
    report = other.import_file(out / "share.ftm.jsonl", "ftm",
                               ImportOptions(agency="Europol desk", country="NL"))
    assert report.skipped_total == 0
    names = {r[0] for r in other.conn.execute(
        "SELECT v.raw FROM entity_values v JOIN entities e ON e.eid = v.eid "
        "WHERE e.schema = 'Person' AND v.prop = 'name'")}
    assert names == {"[PERSON-1]", "[PERSON-2]"}
    assert other.conn.execute("SELECT count(*) FROM links").fetchone()[0] == 1
    # Each exported record, a Document, is a record again, with its markings (issue 17).
    rows = other.conn.execute("SELECT tlp, handling, reliability, assessment FROM records "
                              "WHERE json_extract(extra, '$.ftm_schema') = 'Document'").fetchall()
    assert rows == [("GREEN", "H1", "B", "2")] * 2
    other.close()


def test_stix_export_imports_back_with_its_markings(shared, tmp_path):
    _, _, _, out = shared
    bundle = json.loads((out / "share.stix.json").read_text())
    types = {o["type"] for o in bundle["objects"]}
    assert {"report", "identity", "marking-definition", "relationship"} <= types
    other = _fresh(tmp_path, "stix")
    report = other.import_file(out / "share.stix.json", "stix",
                               ImportOptions(agency="Europol desk", country="NL"))
    assert report.counts["records"].imported == 2
    # Issue 17: our own export comes back whole: custom entities and events (notes) too.
    assert report.skipped_total == 0
    notes = [o for o in bundle["objects"] if o["type"] == "note"]
    assert report.counts["events"].imported == len(notes)
    rows = other.conn.execute("SELECT title, narrative, tlp, extra FROM records "
                              "ORDER BY title").fetchall()
    assert [r[2] for r in rows] == ["GREEN", "GREEN"]
    assert any("[PERSON-1]" in r[1] for r in rows)
    statements = [m for r in rows for m in json.loads(r[3]).get("markings", [])]
    assert any("handling code H1" in m.get("statement", "") for m in statements)
    other.close()


def test_csv_export_reads_back_and_defuses_formulas(shared):
    _, plan, _, out = shared
    with (out / "share-records.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["id"] for r in rows] == [rid("narrative_de"), rid("narrative_bg")]
    assert rows[1]["narrative"] == plan.build().records[1].narrative
    assert rows[0]["tlp"] == "GREEN" and rows[0]["grading"] == "B2"
    assert rows[0]["handling"] == "H1" and rows[0]["attachments"] == ""
    assert safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and safe_cell("Ivan") == "Ivan"
    with (out / "share-entities.csv").open(encoding="utf-8-sig", newline="") as fh:
        values = [r["value"] for r in csv.DictReader(fh)]
    assert PETROV not in values and "[PERSON-1]" in values


def _scripts_export() -> ExportSet:
    texts = [("ar", "MA", "TLP:GREEN", "بتاريخ 17/12/2024 تم توقيف المدعو [PERSON-1] في طنجة."),
             ("bg", "BG", "AMBER", "На 17.12.2024 г. в София е задържано лицето [PERSON-1]."),
             ("el", "GR", "AMBER+STRICT", "Στις 12/03/2024 συνελήφθη στην Αθήνα ο [PERSON-1]."),
             ("pl", "PL", "GREEN", "W dniu 11.01.2025 w Łodzi zatrzymano osobę [PERSON-1].")]
    export = ExportSet("Europol desk", "NL", "Hellenic Police", "GR", "pseudonymise",
                       "2025-03-01T10:00:00Z")
    for n, (lang, cc, tlp, text) in enumerate(texts, 1):
        export.records.append(Record(
            id=f"r{n}", agency=f"Agency {cc}", country=cc, reference=f"REF-{n}",
            title=text.split(" ")[-1], narrative=text * 12, language=lang,
            reported=DateValue("2025-01-02", "day"), handling=f"H{n % 3}",
            tlp=tlp.removeprefix("TLP:"), reliability="ABC"[n % 3], assessment=str(n)))
        person = Entity(f"e{n}", "Person", record_ids=[f"r{n}"])
        person.add_raw("name", "[PERSON-1]")
        export.entities.append(person)
    return export


def test_pdf_renders_every_script_and_prints_markings_on_every_page(tmp_path):
    export = _scripts_export()
    writer("pdf")(export, tmp_path, "scripts")
    reader = PdfReader(tmp_path / "scripts.pdf")
    text = "\n".join(page.extract_text() for page in reader.pages)
    for word in ("طنجة", "توقيف", "София", "задържано", "Αθήνα", "συνελήφθη", "Łodzi"):
        assert word in text, word
    assert len(reader.pages) == 1 + len(export.records)
    for number, page in enumerate(reader.pages):
        page_text = page.extract_text()
        assert "TLP:" in page_text and "Handling:" in page_text and "Grading:" in page_text
        if number:
            record = export.records[number - 1]
            assert f"TLP:{record.tlp}" in page_text and record.handling in page_text
            assert f"{record.reliability}{record.assessment}" in page_text
    fonts = {str(f) for page in reader.pages
             for f in page["/Resources"]["/Font"].values()}
    assert fonts  # the DejaVu subset is embedded (no reliance on the reader's fonts)


def test_pdf_without_its_font_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(export_pdf, "FONT", "NoSuchFont.ttf")
    with pytest.raises(ExportError, match=r"NoSuchFont\.ttf"):
        export_pdf.render(_scripts_export())


def test_rtl_paragraph_direction():
    assert export_pdf.is_rtl("[DEMO] بتاريخ 17/12/2024 تم توقيف المدعو")
    assert not export_pdf.is_rtl("Meeting with يوسف in Tangier on Monday")


def test_nothing_to_send_is_refused(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    ws.partner_add("P", "FR", Agreement())
    plan = ws.prepare_share([rid("red")], "P")
    with pytest.raises(Exception, match="Nothing may go"):
        ws.export_share(plan, tmp_path / "out", ["csv"])
    assert not (tmp_path / "out").exists()
    ws.close()


def test_page_images_stay_readable(tmp_path):
    export = _scripts_export()
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (20, 10), (0, 0, 255)).save(buf, format="PNG")
    from liaison.model.records import Attachment

    export.records[0].attachments.append(Attachment("x" * 64, "image-1.png", "image/png",
                                                    buf.getvalue()))
    writer("pdf")(export, tmp_path, "img")
    reader = PdfReader(tmp_path / "img.pdf")
    assert any(page.images for page in reader.pages)
