"""import, demo and stats from the command line, as an analyst runs them."""

from __future__ import annotations

import json

import pytest

from .test_cli import run


@pytest.fixture
def ws(tmp_path):
    pp = tmp_path / "pp.txt"
    pp.write_text("cli intel passphrase")
    folder = tmp_path / "ws"
    done = run("--workspace", folder, "--passphrase-file", pp, "init", "--agency",
               "Europol desk", "--country", "NL", "--no-keyring")
    assert done.returncode == 0, done.stderr
    return ["--workspace", str(folder), "--passphrase-file", str(pp)]


def test_import_sample_twice_then_stats(ws, samples):
    misp = samples / "misp" / "existing_event.json"
    first = run(*ws, "import", misp, "--json")
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert report["format"] == "misp"
    assert report["counts"]["records"]["imported"] == 1
    second = json.loads(run(*ws, "import", misp, "--json").stdout)
    assert second["counts"]["records"]["imported"] == 0
    assert second["counts"]["entities"]["imported"] == 0
    stats = json.loads(run(*ws, "stats", "--json").stdout)
    assert stats["records"] == 1
    assert stats["by_tlp"] == {"CLEAR": 1}
    audit = run(*ws, "audit", "export", ws[1] + "-audit.jsonl")
    assert audit.returncode == 0


def test_import_with_source_and_format(ws, samples):
    done = run(*ws, "import", samples / "ftm" / "donations.ijson", "--format", "ftm",
               "--source", "Bundeskriminalamt", "--country", "DE")
    assert done.returncode == 0, done.stderr
    assert "entities" in done.stdout and "184 new" in done.stdout.replace(",", "")


def test_bad_file_is_one_clear_line_and_changes_nothing(ws, tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{"type": "bundle", "id": "bundle--1", "objects": [{"type": ')
    done = run(*ws, "import", bad)
    assert done.returncode == 1
    assert "broken.json" in done.stderr and "Traceback" not in done.stderr
    stats = json.loads(run(*ws, "stats", "--json").stdout)
    assert stats["records"] == 0


def test_demo_with_truth(ws, tmp_path):
    truth = tmp_path / "truth.jsonl"
    done = run(*ws, "demo", "--records", "300", "--truth", truth, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["counts"]["records"]["imported"] == 300
    clusters = [json.loads(line) for line in truth.read_text().splitlines()]
    assert any(c["kind"] == "person" and len(c["entity_ids"]) > 1 for c in clusters)
    stats = json.loads(run(*ws, "stats", "--json").stdout)
    assert len(stats["by_agency"]) == 6
