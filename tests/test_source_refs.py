"""Every entity keeps the id it had in the partner's own file (FtM id, STIX id, MISP uuid,
CSV key), and shows it where an analyst traces a hit back: the entity detail, entity
search and the cross-reference listing. A workspace from before keeps working and gains
the ids when the same file is imported again."""

from __future__ import annotations

import json

import pytest

from liaison.formats.base import ImportOptions
from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "Europol desk", "NL", use_keyring=False,
                          passphrase=PASSPHRASE)
    yield ws
    ws.close()


def _refs(ws: Workspace) -> dict[str, str]:
    return dict(ws.conn.execute("SELECT source_ref, id FROM entities WHERE source_ref != ''"))


def test_ftm_ids_are_kept_and_shown_in_detail_search_and_xref(ws, samples):
    source = samples / "ftm" / "donations.ijson"
    for agency, country in (("Bundeskriminalamt", "DE"), ("Policía Nacional", "ES")):
        ws.import_file(source, options=ImportOptions(agency=agency, country=country))
    first = json.loads(source.read_text(encoding="utf-8").splitlines()[0])
    refs = ws.conn.execute("SELECT id, source_ref FROM entities WHERE source_ref = ?",
                           (first["id"],)).fetchall()
    assert len(refs) == 2  # one entity per agency, both traced to the same FtM id
    detail = ws.entity_detail(refs[0][0])
    assert detail.source_ref == first["id"]

    caption = detail.caption
    hits = ws.search_entities(f'"{caption}"').hits
    assert any(h.source_ref == first["id"] for h in hits)
    assert all(m.source_ref for h in hits for m in h.members)

    ws.xref_run()
    pair = next(p for p in ws.xref_candidates(min_score=0.0, limit=0)
                if first["id"] in (p["a"]["source_ref"], p["b"]["source_ref"]))
    assert pair["a"]["source_ref"] == pair["b"]["source_ref"] == first["id"]


def test_graph_exports_carry_the_partners_ids(ws, samples, tmp_path):
    # The analyst's own chart exports trace each node back to the partner's file; the
    # shares to partners never carry another agency's file ids.
    source = samples / "ftm" / "donations.ijson"
    ws.import_file(source, options=ImportOptions(agency="Bundeskriminalamt", country="DE"))
    first = json.loads(source.read_text(encoding="utf-8").splitlines()[0])
    entity = ws.conn.execute("SELECT id FROM entities WHERE source_ref = ?",
                             (first["id"],)).fetchone()[0]
    graph = ws.graph_for_entities([entity])
    assert graph.nodes[entity].source_refs == (first["id"],)
    out = tmp_path / "chart.graphml"
    ws.graph_export(graph, "graphml", out)
    text = out.read_text(encoding="utf-8")
    assert 'attr.name="source_ids"' in text and first["id"] in text


def test_stix_and_misp_ids_are_kept(ws, samples):
    stix = samples / "stix21" / "intrusion-set_deep-panda.json"
    ws.import_file(stix, options=ImportOptions(agency="CERT-EU", country="BE"))
    assert "intrusion-set--a653431d-6a5e-4600-8ad3-609b5af57064" in _refs(ws)
    misp = samples / "misp" / "existing_event.json"
    ws.import_file(misp, options=ImportOptions(agency="CIRCL", country="LU"))
    event = json.loads(misp.read_text(encoding="utf-8"))
    event = event.get("Event", event)
    uuids = {a["uuid"] for a in event.get("Attribute", []) if "uuid" in a} \
        | {o["uuid"] for o in event.get("Object", []) if "uuid" in o}
    # Attributes of a type with no entity mapping are kept as text on one entity instead.
    assert len(uuids & set(_refs(ws))) >= 3


def test_csv_rows_are_traced_by_their_key(ws, test_data):
    ws.import_file(test_data / "suspects.csv",
                   options=ImportOptions(mapping=test_data / "mappings" / "suspects.json"))
    refs = _refs(ws)
    assert "person: josé müller-ñúñez / 1980-02-29" in refs
    assert "company: transportes ejemplo sl" in refs


def test_an_older_workspace_gains_the_ids_on_the_next_import(ws, samples):
    source = samples / "ftm" / "donations.ijson"
    options = ImportOptions(agency="Bundeskriminalamt", country="DE")
    ws.import_file(source, options=options)
    ws.conn.execute("UPDATE entities SET source_ref = ''")  # as stored before version 9
    assert _refs(ws) == {}
    ws.import_file(source, options=options)
    assert len(_refs(ws)) == ws.conn.execute("SELECT count(*) FROM entities").fetchone()[0]
