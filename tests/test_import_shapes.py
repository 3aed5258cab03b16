"""Bad shapes and sizes (issue 17): deep nesting, every format by name, size caps,
duplicate ids of different types. Each bad input gets a clear refusal and leaves the
store exactly as it was."""

from __future__ import annotations

import json

import pytest

from liaison.formats.base import READER_MODULES, ImportOptions
from liaison.model.errors import FormatError
from liaison.model.limits import MAX_NARRATIVE_CHARS, MAX_TEXT_CHARS
from liaison.workspace import Workspace

from .test_cli import run
from .workspace_helpers import PASSPHRASE

DEPTH = 100_000  # far past the JSON decoder's recursion limit


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "Europol desk", "NL", use_keyring=False,
                          passphrase=PASSPHRASE)
    yield ws
    ws.close()


def _nested_files(tmp_path):
    """(file, formats to try) for JSON and XML nested far too deeply, in every reader's shape."""
    arrays = "[" * DEPTH + "]" * DEPTH
    objects = '{"a":' * DEPTH + "1" + "}" * DEPTH
    files = {
        "arrays.json": arrays,
        "objects.json": objects,
        "bundle.json": '{"type": "bundle", "id": "bundle--1", "objects": ' + arrays + "}",
        "event.json": '{"Event": {"info": "x", "Attribute": [' + objects + "]}}",
        "entities.ijson": '{"id": "a", "schema": "Person", "properties": {"name": '
                          + arrays + "}}\n",
        "nodes.graphml": '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph>'
                         + "<node id='a'>" * DEPTH + "</node>" * DEPTH + "</graph></graphml>",
        "nodes.gexf": '<gexf xmlns="http://gexf.net/1.3"><graph><nodes>'
                      + "<node id='a'>" * DEPTH + "</node>" * DEPTH + "</nodes></graph></gexf>",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text)
    return files


def test_deep_nesting_is_refused_on_every_reader_path(ws, tmp_path):
    files = _nested_files(tmp_path)
    own = {"arrays.json": "stix", "objects.json": "misp", "bundle.json": "stix",
           "event.json": "misp", "entities.ijson": "ftm", "nodes.graphml": "graphml",
           "nodes.gexf": "gexf"}
    before = ws.stats()
    for name in files:
        for fmt in ("auto", "stix", "misp", "ftm", "graphml", "gexf"):
            with pytest.raises(FormatError) as err:
                ws.import_file(tmp_path / name, fmt=fmt)
            assert name in str(err.value)
            if fmt == own[name] or (fmt == "auto" and name != "arrays.json"):
                # Where the file reaches its own parser, the refusal says why.
                assert "nested" in str(err.value), (name, fmt, str(err.value))
    assert ws.stats() == before


def test_deeply_nested_csv_mapping_is_refused_naming_the_mapping(ws, tmp_path):
    (tmp_path / "data.csv").write_text("a,b\n1,2\n")
    mapping = tmp_path / "mapping.json"
    mapping.write_text('{"record": ' + "[" * DEPTH + "]" * DEPTH + "}")
    with pytest.raises(FormatError, match=r"mapping\.json: .*nested too deeply"):
        ws.import_file(tmp_path / "data.csv", fmt="csv", options=ImportOptions(mapping=mapping))


@pytest.fixture
def cli_ws(tmp_path):
    pp = tmp_path / "pp.txt"
    pp.write_text("cli shapes passphrase")
    folder = tmp_path / "cli-ws"
    done = run("--workspace", folder, "--passphrase-file", pp, "init", "--agency",
               "Europol desk", "--country", "NL", "--no-keyring")
    assert done.returncode == 0, done.stderr
    return ["--workspace", str(folder), "--passphrase-file", str(pp)]


def test_cli_auto_refuses_deep_nesting_and_names_every_detected_format(cli_ws, tmp_path,
                                                                        samples):
    deep = tmp_path / "deep.json"
    deep.write_text('{"a":' * DEPTH + "1" + "}" * DEPTH)
    done = run(*cli_ws, "import", deep, "--format", "auto")
    assert done.returncode == 1
    assert "nested too deeply" in done.stderr and "Traceback" not in done.stderr
    # --format takes every format auto-detection can find: a graph file by name too.
    for fmt, sample in (("graphml", samples / "graphml" / "harbour.graphml"),
                        ("gexf", samples / "gexf" / "harbour.gexf")):
        done = run(*cli_ws, "import", sample, "--format", fmt, "--json")
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["format"] == fmt
    help_text = run("import", "--help").stdout
    assert all(fmt in help_text for fmt in READER_MODULES)


# -- one size cap for every text field, in every reader ------------------------------------


def _ftm_line(ftm_id: str, schema: str, **props) -> str:
    return json.dumps({"id": ftm_id, "schema": schema,
                       "properties": {k: [v] for k, v in props.items()}}) + "\n"


def test_overlong_values_are_cut_to_one_cap_and_flagged(ws, tmp_path):
    huge = "Schmuggel " * 300_000 + "Ende"  # 3 MB in one property value
    ftm = tmp_path / "entities.ijson"
    ftm.write_text(_ftm_line("p1", "Person", name="Ivan Petrov", notes=huge))
    report = ws.import_file(ftm, options=ImportOptions(agency="BKA", country="DE"))
    raw, note = ws.conn.execute("SELECT raw, note FROM entity_values WHERE prop = 'notes'"
                                ).fetchone()
    assert len(raw) == MAX_TEXT_CHARS and raw == huge[:MAX_TEXT_CHARS]
    assert note == f"cut to its first {MAX_TEXT_CHARS:,} of {len(huge):,} characters"
    assert any("'notes' is 3,000,004 characters long; only the first 8,192 were kept"
               in i.message for i in report.flagged)

    # The same cap in the CSV and GraphML readers, and the narrative's own cap.
    csv = tmp_path / "reports.csv"
    narrative = "x" * (MAX_NARRATIVE_CHARS + 10)
    csv.write_text(f"ref,title,text,name\nR-1,{'T' * 9000},{narrative},{'N' * 9000}\n")
    mapping = {"record": {"per": "row", "reference": "{ref}", "title": "{title}",
                          "narrative": "{text}"},
               "entities": [{"id": "p", "schema": "Person", "key": ["ref"],
                             "properties": {"name": "name"}}]}
    options = ImportOptions(agency="BKA", country="DE")
    options.extra["mapping"] = mapping
    report = ws.import_file(csv, fmt="csv", options=options)
    title, text, extra = ws.conn.execute(
        "SELECT title, narrative, extra FROM records WHERE reference = 'R-1'").fetchone()
    assert (len(title), len(text)) == (MAX_TEXT_CHARS, MAX_NARRATIVE_CHARS)
    assert json.loads(extra)["cut"] == {"title": 9000, "narrative": MAX_NARRATIVE_CHARS + 10}
    assert report.flagged_total == 3  # title, narrative, the name

    graph = tmp_path / "g.graphml"
    graph.write_text('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                     '<key id="d0" for="node" attr.name="notes"/><graph>'
                     f'<node id="n1"><data key="d0">{"y" * 20_000}</data></node>'
                     "</graph></graphml>")
    ws.import_file(graph, options=ImportOptions(agency="BKA", country="DE"))
    longest = ws.conn.execute("SELECT max(length(raw)) FROM entity_values").fetchone()[0]
    assert longest == MAX_TEXT_CHARS


# -- one id, two kinds of thing --------------------------------------------------------------


def test_same_id_of_different_types_is_flagged_and_both_kept(ws, tmp_path):
    ftm = tmp_path / "mixed-ids.ijson"
    ftm.write_text(_ftm_line("x1", "Company", name="Nordhafen Logistik GmbH",
                             registrationNumber="HRB 12345")
                   + _ftm_line("x1", "Person", name="Jonas Nordhafen", birthDate="1980-04-02")
                   + _ftm_line("x2", "LegalEntity", name="Jana Kovač")
                   + _ftm_line("x2", "Person", name="Jana Kovač", nationality="hr")
                   + _ftm_line("o1", "Ownership", owner="x3", asset="x1"))
    report = ws.import_file(ftm, options=ImportOptions(agency="BKA", country="DE"))
    rows = ws.conn.execute("SELECT schema, caption, source_ref FROM entities "
                           "ORDER BY eid").fetchall()
    assert rows[:3] == [("Company", "Nordhafen Logistik GmbH", "x1"),
                        ("Person", "Jonas Nordhafen", "x1"),
                        ("LegalEntity", "Jana Kovač", "x2")]  # the Person x2 merged into it
    names = {v for (v,) in ws.conn.execute(
        "SELECT raw FROM entity_values v JOIN entities e ON e.eid = v.eid "
        "WHERE e.schema = 'Company'")}
    assert "Jonas Nordhafen" not in names and "1980-04-02" not in names
    flagged = [i for i in report.flagged if "also names" in i.message]
    assert len(flagged) == 1
    assert flagged[0].message.startswith("the id x1 also names a Company; this Person is "
                                         "kept as an entity of its own")
    # The link naming x1 still joins the Company, the entity that had the id first.
    target = ws.conn.execute("SELECT target_id FROM links").fetchone()[0]
    assert ws.conn.execute("SELECT schema FROM entities WHERE id = ?",
                           (target,)).fetchone()[0] == "Company"
    # A re-import finds both where they were: nothing new, nothing merged.
    again = ws.import_file(ftm, options=ImportOptions(agency="BKA", country="DE"))
    assert again.counts["entities"].imported == 0 and again.counts["entities"].merged == 0
