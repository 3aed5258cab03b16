"""``liaison graph`` from the command line, as an analyst runs it."""

from __future__ import annotations

import json

import defusedxml.ElementTree as ET  # our own output, parsed safely all the same
import networkx as nx
import pytest

from liaison.workspace import Workspace

from .test_cli import run


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cli-graph")
    pp = tmp / "pp.txt"
    pp.write_text("cli graph passphrase")
    folder = tmp / "ws"
    done = run("--workspace", folder, "--passphrase-file", pp, "init", "--agency",
               "Europol desk", "--country", "NL", "--no-keyring")
    assert done.returncode == 0, done.stderr
    args = ["--workspace", str(folder), "--passphrase-file", str(pp)]
    assert run(*args, "demo", "--records", "120").returncode == 0
    return args


def records(n: int) -> str:
    return ",".join(str(i) for i in range(1, n + 1))


def test_graphml_of_records_with_identifiers_as_nodes(ws, tmp_path):
    out = tmp_path / "chart.graphml"
    done = run(*ws, "graph", "--records", records(60), "--format", "graphml", "--out", out,
               "--identifiers-as-nodes", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    g = nx.read_graphml(out)
    assert g.number_of_nodes() == report["nodes"] > 0
    assert g.number_of_edges() == report["edges"]
    assert report["records"] == 60 and report.get("identifier_nodes", 0) > 0
    assert all("x" in d and "community" in d for _, d in g.nodes(data=True))


@pytest.mark.parametrize("fmt", ["gexf", "anx"])
def test_gexf_and_anx(ws, tmp_path, fmt):
    out = tmp_path / f"chart.{fmt}"
    done = run(*ws, "graph", "--records", records(30), "--format", fmt, "--out", out,
               "--layout", "radial")
    assert done.returncode == 0, done.stderr
    assert "nodes" in done.stdout and str(out) in done.stdout
    ET.parse(out)


def test_timeline_csv(ws, tmp_path):
    out = tmp_path / "timeline.csv"
    done = run(*ws, "graph", "--records", records(20), "--format", "timeline-csv", "--out", out,
               "--lanes", "agency", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rows"] == len(out.read_text("utf-8-sig").splitlines()) - 1


def test_query(ws, tmp_path):
    if not hasattr(Workspace, "search_records"):
        pytest.skip("the search engine is not in this tree yet")
    out = tmp_path / "query.graphml"
    done = run(*ws, "graph", "--query", "DEMO", "--format", "graphml", "--out", out)
    assert done.returncode == 0, done.stderr
    assert nx.read_graphml(out).number_of_nodes() > 0


def test_usage_errors_are_one_clear_line(ws, tmp_path):
    out = tmp_path / "x.graphml"
    missing = run(*ws, "graph", "--format", "graphml", "--out", out)
    assert missing.returncode == 1 and "--query or --records" in missing.stderr
    nothing = run(*ws, "graph", "--records", "no-such-record", "--format", "anx", "--out", out)
    assert nothing.returncode == 1 and "nothing to chart" in nothing.stderr
    assert "Traceback" not in nothing.stderr and not out.exists()
    both = run(*ws, "graph", "--records", "1", "--query", "x", "--format", "anx", "--out", out)
    assert both.returncode == 2
