"""Issue 24: every message the command line prints is true, and its counts add up.

A newcomer reads these lines to learn what happened: a file said to be written must
exist, a cap must be stated, a total must match what is listed.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys

import pytest

from liaison.workspace import Workspace

from .conftest import REPO
from .exchange_helpers import new_workspace, pin
from .test_cli import run
from .workspace_helpers import PASSPHRASE


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A workspace with the demo case (200 records) and a verified partner to share to."""
    tmp = tmp_path_factory.mktemp("cli-truthful")
    pp = tmp / "pp.txt"
    pp.write_text(PASSPHRASE)
    with (new_workspace(tmp / "ws", "Europol desk", "NL") as ws,
          new_workspace(tmp / "partner", "Hellenic Police", "GR") as partner):
        pin(ws, partner, "Hellenic Police", tmp / "certs")
        ws.import_demo(200)
    return ["--workspace", str(tmp / "ws"), "--passphrase-file", str(pp)]


def _json(done):
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


# --- share --------------------------------------------------------------------------------


def test_share_out_says_nothing_was_written_when_the_policy_withheld_everything(demo, tmp_path):
    out = tmp_path / "red.p7m"
    done = run(*demo, "share", "--to", "Hellenic Police", "--query", "tlp:RED", "--out", out)
    assert done.returncode == 1
    assert not out.exists()
    text = done.stdout + done.stderr
    assert "Written to" not in text and "redacted (profile" not in text
    assert "Nothing was written to" in text and "nothing was sent" in text.lower()
    withheld = int(re.search(r"withheld (\d+) of (\d+)", text).group(1))
    assert withheld == int(re.search(r"withheld (\d+) of (\d+)", text).group(2)) > 0


def test_share_out_names_the_files_written_and_every_withheld_record_is_counted(demo, tmp_path):
    out = tmp_path / "share.p7m"
    done = run(*demo, "share", "--to", "Hellenic Police", "--query", "DEMO", "--out", out)
    assert done.returncode == 0, done.stderr
    assert out.exists() and f"Written to {out}" in done.stdout
    assert "profile partner" in done.stdout  # the profile used, not "default"
    matched = _json(run(*demo, "search", "DEMO", "--limit", "0", "--json"))["total"]
    sent = sum(int(n) for n in re.findall(r"(\d+) records?, \d+ retractions?", done.stdout))
    withheld = int(re.search(r"withheld (\d+) of (\d+) records", done.stdout).group(1))
    assert int(re.search(r"withheld (\d+) of (\d+) records", done.stdout).group(2)) == matched
    assert sent + withheld == matched
    listed = done.stdout.count("withheld from Hellenic Police:")
    assert listed == withheld or f"{withheld - listed} more" in done.stdout


# --- graph --------------------------------------------------------------------------------


def test_graph_query_with_no_hits_says_so(demo, tmp_path):
    out = tmp_path / "none.gexf"
    done = run(*demo, "graph", "--query", "zzqqxxnothing", "--format", "gexf", "--out", out)
    assert done.returncode == 1 and not out.exists()
    assert "matches no records" in done.stderr and "name no entities" not in done.stderr


def test_graph_query_states_its_cap(demo, tmp_path):
    out = tmp_path / "capped.graphml"
    done = run(*demo, "graph", "--query", "DEMO", "--limit", "50", "--format", "graphml",
               "--out", out, "--layout", "none", "--json")
    value = _json(done)
    assert value["records"] == 50 and value["matched"] == 200 and value["capped"] is True
    text = run(*demo, "graph", "--query", "DEMO", "--limit", "50", "--format", "graphml",
               "--out", out, "--layout", "none")
    assert "from 50 of the 200 records" in text.stdout and "--limit" in text.stdout
    whole = _json(run(*demo, "graph", "--query", "DEMO", "--format", "graphml", "--out", out,
                      "--layout", "none", "--json"))
    assert whole["records"] == whole["matched"] == 200 and whole["capped"] is False


# --- xref ---------------------------------------------------------------------------------


def test_second_xref_run_states_the_total_it_lists(demo):
    run(*demo, "xref", "--limit", "1")
    again = run(*demo, "xref", "--limit", "3")
    assert again.returncode == 0, again.stderr
    total = int(re.search(r"([\d,]+) pairs? (?:are )?likely the same", again.stdout)
                .group(1).replace(",", ""))
    assert total > 3
    assert "showing 1-3" in again.stdout and "--offset 3" in again.stdout
    listed = len(re.findall(r"^\d\.\d\d likely", again.stdout, re.M))
    assert listed == 3
    value = json.loads(run(*demo, "xref", "--limit", "2", "--json").stdout)
    assert value["total"] == total and len(value["pairs"]) == 2


# --- search and stats ---------------------------------------------------------------------


def test_search_scores_are_positive_and_higher_is_better(demo):
    value = _json(run(*demo, "search", "festgenommen", "--json"))
    scores = [h["score"] for h in value["hits"]]
    assert scores and all(s > 0 for s in scores) and scores == sorted(scores, reverse=True)
    text = run(*demo, "search", "festgenommen", "--limit", "3").stdout
    assert "score -" not in text and "relevance" in text
    entities = _json(run(*demo, "search", "Weber~", "--entities", "--json"))
    assert entities["hits"] and all(h["score"] > 0 for h in entities["hits"])
    filtered = run(*demo, "search", "tlp:RED", "--limit", "2").stdout
    assert "-0.00" not in filtered


def test_search_help_example_finds_something_in_the_demo(demo):
    helptext = run("search", "--help").stdout
    example = re.search(r"^\s+liaison search (.+)$", helptext, re.M).group(1)
    query = shlex.split(example)[0]
    assert _json(run(*demo, "search", query, "--json"))["total"] > 0


def test_stats_columns_stay_aligned_with_long_agency_names(demo):
    lines = run(*demo, "stats").stdout.splitlines()
    rows = [line for line in lines if line.startswith("  ")]
    assert any("General Directorate Combating Organised Crime (GDBOP)" in r for r in rows)
    ends = {len(r) for r in rows}
    assert len(ends) == 1, rows


# --- other commands ---------------------------------------------------------------------


def test_receive_of_a_missing_file_is_one_clear_line(demo, tmp_path):
    done = run(*demo, "receive", tmp_path / "nowhere.p7m")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "nowhere.p7m" in done.stderr and "does not exist" in done.stderr


def test_review_states_the_total_when_it_lists_fewer(demo):
    folder = demo[1]
    with Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False) as ws:
        due = len(ws.review_due("2100-01-01", limit=100_000))
    assert due > 3
    done = run(*demo, "review", "--on", "2100-01-01", "--limit", "3")
    assert f"{due:,} record(s) due for review on 2100-01-01" in done.stdout
    assert "showing the first 3" in done.stdout


# --- the desktop without a display --------------------------------------------------------


def _headless_env(tmp_path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "LIAISON_WORKSPACE")}
    env.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    return env


def _launch(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "liaison", *args], capture_output=True,
                          text=True, timeout=120, env=env)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland are Linux's")
def test_demo_without_a_display_says_so_and_exits_cleanly(tmp_path):
    done = _launch(["--demo"], _headless_env(tmp_path))
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert "display" in done.stderr and "liaison --help" in done.stderr
    assert "Traceback" not in done.stderr and "Aborted" not in done.stderr
    assert not (tmp_path / "data").exists()  # no demo workspace was made for nothing


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland are Linux's")
def test_a_display_qt_cannot_use_is_one_clear_failure_not_an_abort(tmp_path):
    env = {**_headless_env(tmp_path), "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":4242"}
    done = _launch(["--demo"], env)
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert "cannot start" in done.stderr and "liaison --help" in done.stderr


def test_help_names_demo_and_the_desktop():
    done = run("--help")
    assert done.returncode == 0 and "--demo" in done.stdout and "desktop" in done.stdout


@pytest.mark.parametrize(("env", "platform", "missing"), [
    ({}, "linux", True), ({"DISPLAY": ":0"}, "linux", False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False), ({}, "freebsd14", True),
    ({}, "win32", False), ({}, "darwin", False),
])
def test_display_missing_only_where_qt_needs_one(env, platform, missing):
    from liaison.launcher import display_missing

    assert display_missing(env, platform) is missing


def test_demo_truth_is_named_and_documented_as_json_lines(tmp_path):
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE)
    args = ["--workspace", tmp_path / "ws", "--passphrase-file", pp]
    assert run(*args, "init", "--agency", "Desk", "--country", "NL",
               "--no-keyring").returncode == 0
    truth = tmp_path / "truth.jsonl"
    done = run(*args, "demo", "--records", "50", "--truth", truth)
    assert done.returncode == 0, done.stderr
    clusters = len(truth.read_text().splitlines())
    assert f"Wrote the ground truth ({clusters:,} clusters, JSON Lines) to {truth}" \
        in done.stdout
    assert "JSON Lines" in run("demo", "--help").stdout
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "--truth OUT.jsonl" in readme and "--truth OUT.json " not in readme


# --- country codes -------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["QQ", "ZZ"])
def test_a_country_code_iso_3166_does_not_assign_is_refused(code, tmp_path, demo):
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE)
    folder = tmp_path / "ws"
    done = run("--workspace", folder, "--passphrase-file", pp, "init", "--agency", "Desk",
               "--country", code, "--no-keyring")
    assert done.returncode == 1 and f"'{code}' is not an ISO 3166 country code" in done.stderr
    assert not folder.exists()
    partner = run(*demo, "partner", "add", "--name", f"Nowhere {code}", "--country", code)
    assert partner.returncode == 1 and "ISO 3166" in partner.stderr
    assert f"Nowhere {code}" not in run(*demo, "partner", "list").stdout
    imported = run(*demo, "import", tmp_path / "x.ijson", "--source", "Desk", "--country",
                   code)
    assert imported.returncode == 1 and "ISO 3166" in imported.stderr


def test_iso_and_kosovo_codes_are_accepted():
    from liaison.model.countries import is_iso_country

    assert all(is_iso_country(c) for c in ("DE", "gr", "MA", "XK", " nl "))
    assert not any(is_iso_country(c) for c in ("QQ", "ZZ", "EU", "UK", "DEU", "D", ""))


# --- CSV: a proposed mapping -----------------------------------------------------------------

PARTNER_CSV = "".join(line + "\n" for line in (
    "Aktenzeichen;Datum;Nachname;Vorname;Kontakt;Mail;Konto;Bemerkung",
    "BKA-1;2025-02-01;Weber;Andreas;+49 151 23456789;a.weber@example.org;"
    "DE89 3704 0044 0532 0130 00;Treffen in Duisburg",
    "BKA-2;2025-02-03;Novak;Jana;0049 171 2028926;jana.novak@example.org;;Grenzkontrolle",
    "BKA-3;2025-02-09;Weber;Andreas;+49 151 23456789|+49 157 22787456;;;Zweites Treffen"))


def test_import_propose_mapping_prints_a_mapping_that_imports(tmp_path):
    from liaison.formats.tabular_mapping import load_mapping

    csv_file = tmp_path / "partner.csv"
    csv_file.write_text(PARTNER_CSV, encoding="utf-8")
    nowhere = tmp_path / "no-workspace"  # proposing needs no workspace, and makes none
    done = run("--workspace", nowhere, "import", csv_file, "--format", "csv",
               "--propose-mapping", "--country", "DE")
    assert done.returncode == 0, done.stderr
    assert not nowhere.exists()
    mapping = json.loads(done.stdout)
    load_mapping(mapping)  # a mapping the importer accepts
    assert mapping["record"]["per"] == "row"
    assert mapping["record"]["reference"] == "{Aktenzeichen}"
    person = next(e for e in mapping["entities"] if e["schema"] == "Person")
    assert person["properties"]["phone"] == "Kontakt"      # by its values
    assert person["properties"]["email"] == "Mail"
    assert any(e["properties"].get("iban") == "Konto" for e in mapping["entities"])
    assert mapping["multi_value_separator"] == "|"
    assert "Kontakt" in done.stderr and "Person phone (by its values)" in done.stderr
    assert "partner.csv:2: record BKA-1" in done.stderr and "Andreas Weber" in done.stderr
    assert "--mapping mapping.json --source AGENCY" in done.stderr
    saved = tmp_path / "mapping.json"
    saved.write_text(done.stdout, encoding="utf-8")
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE)
    args = ["--workspace", tmp_path / "ws", "--passphrase-file", pp]
    assert run(*args, "init", "--agency", "Desk", "--country", "NL",
               "--no-keyring").returncode == 0
    imported = _json(run(*args, "import", csv_file, "--mapping", saved, "--source",
                         "Bundeskriminalamt", "--json"))
    assert imported["counts"]["records"]["imported"] == 3
    assert imported["flagged"] == 0 and imported["skipped"] == 0
    as_json = _json(run("import", csv_file, "--propose-mapping", "--json"))
    assert as_json["columns"]["Bemerkung"] == "record narrative" and as_json["preview"]


def test_propose_mapping_refuses_other_formats_and_a_mapping(tmp_path):
    csv_file = tmp_path / "partner.csv"
    csv_file.write_text(PARTNER_CSV, encoding="utf-8")
    other = run("import", csv_file, "--format", "ftm", "--propose-mapping")
    assert other.returncode == 1 and "for CSV files" in other.stderr
    both = run("import", csv_file, "--propose-mapping", "--mapping", csv_file)
    assert both.returncode == 1 and "not both" in both.stderr


def test_readme_documents_the_csv_mapping_with_an_example_that_imports(tmp_path):
    from liaison.formats.tabular import preview

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## CSV mappings"):]
    example = json.loads(re.search(r"```json\n(.+?)```", section, re.S).group(1))
    _, rows = preview(REPO / "tests" / "data" / "suspects.csv", example, rows=2)
    assert rows and rows[0]["entities"] and not rows[0]["issues"]
    assert "--propose-mapping" in section


# --- the rest of the commands, as a newcomer meets them --------------------------------------


def test_partner_status_says_why_a_partner_cannot_receive(demo):
    assert run(*demo, "partner", "add", "--name", "Garda", "--country", "IE").returncode == 0
    status = run(*demo, "partner", "status").stdout
    assert "Garda (IE): cannot receive: no encryption certificate is pinned" in status
    assert "Hellenic Police (GR): can receive" in status


def test_redact_counts_what_was_withheld_and_says_nothing_was_reviewed(demo, tmp_path):
    done = run(*demo, "redact", "--query", "DEMO", "--to", "Hellenic Police", "--out",
               tmp_path / "out", "--format", "csv")
    assert done.returncode == 0, done.stderr
    written = int(re.search(r"\((\d+) records, profile", done.stdout).group(1))
    withheld, asked = map(int, re.search(r"withheld (\d+) of (\d+) records",
                                         done.stdout).groups())
    assert written + withheld == asked == 200
    assert "not reviewed: every detection applied" in done.stdout
    assert "0 confirmed" not in done.stdout


def test_commands_taking_a_query_refuse_more_than_they_take(demo, monkeypatch):
    from liaison.cli import share_cmds
    from liaison.exchange.errors import PackageError
    from liaison.model.errors import LiaisonError
    from liaison.workspace import exchange as ws_exchange

    monkeypatch.setattr(share_cmds, "MAX_QUERY_RECORDS", 50)
    monkeypatch.setattr(ws_exchange, "MAX_SHARE", 50)
    with Workspace.open(demo[1], passphrase=PASSPHRASE, use_keyring=False) as ws:
        args = type("Args", (), {"records": None, "query": "DEMO"})()
        with pytest.raises(LiaisonError, match="matches 200 records; this command takes at "
                                               "most 50"):
            share_cmds._record_ids(ws, args)
        with pytest.raises(PackageError, match="matches 200 records; one share takes at most"):
            ws.share(["Hellenic Police"], query="DEMO")


def test_search_counts_read_as_english(demo):
    one = run(*demo, "search", '"vorläufig festgenommen" agency:bundeskriminalamt '
              "received:2025-01..2025-06", "--limit", "1").stdout
    assert re.match(r"\d+ records match|1 record matches", one)
    assert "1 records" not in run(*demo, "search", "Weber~", "--entities").stdout


def test_a_folder_transport_that_is_not_there_is_added_with_a_warning(demo, tmp_path):
    done = run(*demo, "transport", "add", "folder", "stick", tmp_path / "not-plugged-in")
    assert done.returncode == 0 and "must be when you run 'liaison sync'" in done.stdout
    run(*demo, "transport", "remove", "stick")
