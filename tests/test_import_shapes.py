"""Bad shapes and sizes (issue 17): deep nesting, every format by name, size caps,
duplicate ids of different types. Each bad input gets a clear refusal and leaves the
store exactly as it was."""

from __future__ import annotations

import json

import pytest

from liaison.formats.base import READER_MODULES, ImportOptions
from liaison.model.errors import FormatError
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
