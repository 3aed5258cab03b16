"""partner, consent, profile, policy check and redact from the command line, as a real process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .test_cli import run


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cli-share")
    pp = tmp / "pp.txt"
    pp.write_text("cli share passphrase")
    args = ["--workspace", str(tmp / "ws"), "--passphrase-file", str(pp)]
    done = run(*args, "init", "--agency", "Europol desk", "--country", "NL", "--no-keyring")
    assert done.returncode == 0, done.stderr
    assert run(*args, "demo", "--records", "120").returncode == 0
    # The partner the redact tests share; each test adds any other partner it needs,
    # so the tests pass in any order (CI also runs them shuffled).
    done = run(*args, "partner", "add", "--name", "Bundeskriminalamt", "--country", "DE",
               "--max-tlp", "AMBER", "--handling", "H0,H1", "--third-party")
    assert done.returncode == 0, done.stderr
    return args


def _json(done):
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _ids(ws, where: str) -> list[str]:
    from liaison.workspace import Workspace

    passphrase = Path(ws[3]).read_text()
    with Workspace.open(ws[1], passphrase=passphrase, use_keyring=False) as opened:
        return [r[0] for r in opened.conn.execute(f"SELECT id FROM records WHERE {where} "
                                                  "ORDER BY rid")]


def test_partner_add_list_update(ws):
    added = _json(run(*ws, "partner", "add", "--name", "Hellenic Police", "--country", "GR",
                      "--max-tlp", "AMBER", "--handling", "H0,H1", "--third-party", "--json"))
    assert added["agreement"]["max_tlp"] == "AMBER" and added["agreement"]["third_party"]
    listed = run(*ws, "partner", "list")
    assert "Hellenic Police (GR): up to TLP:AMBER, H0/H1, third-party data allowed" \
        in listed.stdout
    updated = _json(run(*ws, "partner", "update", "Hellenic Police", "--no-third-party",
                        "--json"))
    assert not updated["agreement"]["third_party"] and updated["agreement"]["max_tlp"] == "AMBER"
    twice = run(*ws, "partner", "add", "--name", "Hellenic Police", "--country", "GR")
    assert twice.returncode == 1 and "already exists" in twice.stderr
    assert "Traceback" not in twice.stderr


def test_policy_check_explains_each_record(ws):
    run(*ws, "partner", "add", "--name", "Policía Nacional", "--country", "ES",
        "--handling", "H0,H1,H2")
    red = _ids(ws, "tlp = 'RED'")[:1]
    h2 = _ids(ws, "handling = 'H2' AND tlp = 'GREEN' AND agency = 'Policía Nacional'")[:1]
    report = _json(run(*ws, "policy", "check", "--to", "Policía Nacional", "--records",
                       ",".join(red + h2), "--json"))
    by_id = {d["record_id"]: d for d in report["decisions"]}
    assert by_id[red[0]]["rule"] == "tlp.red"
    if h2:  # going home to its originator: no consent needed
        assert by_id[h2[0]]["action"] != "withhold"
    text = run(*ws, "policy", "check", "--to", "Policía Nacional", "--records", red[0])
    assert "WITHHOLD" in text.stdout and "TLP:RED never leaves" in text.stdout


def test_purpose_is_checked_by_policy_check_and_redact(ws, tmp_path):
    run(*ws, "partner", "add", "--name", "Guardia Civil", "--country", "ES", "--handling",
        "H0,H1,H2", "--third-party", "--purpose", "Operation Nordwind")
    green = _ids(ws, "tlp = 'GREEN' AND handling IN ('H0', 'H1') AND status = 'active'")[:1]
    wrong = _json(run(*ws, "policy", "check", "--to", "Guardia Civil", "--records", green[0],
                      "--purpose", "tax audit", "--json"))
    assert wrong["purpose"] == "tax audit"
    assert wrong["decisions"][0]["rule"] == "purpose.not_agreed"
    right = run(*ws, "policy", "check", "--to", "Guardia Civil", "--records", green[0],
                "--purpose", "operation nordwind")
    assert right.returncode == 0 and "(purpose: operation nordwind): 1 may go" in right.stdout
    refused = run(*ws, "redact", "--records", green[0], "--to", "Guardia Civil", "--out",
                  tmp_path / "no", "--format", "csv", "--purpose", "tax audit")
    assert refused.returncode == 1 and "purpose.not_agreed" in refused.stdout
    assert not (tmp_path / "no").exists()
    done = run(*ws, "redact", "--records", green[0], "--to", "Guardia Civil", "--out",
               tmp_path / "yes", "--format", "csv", "--purpose", "Operation Nordwind")
    assert done.returncode == 0, done.stderr
    assert {p.suffix for p in (tmp_path / "yes").iterdir()} == {".csv"}


def test_consent_add_and_list(ws):
    run(*ws, "partner", "add", "--name", "An Garda Síochána", "--country", "IE")
    record = _ids(ws, "handling = 'H2'")[0]
    done = run(*ws, "consent", "add", record, "--partner", "An Garda Síochána", "--reference",
               "BKA-letter-17")
    assert done.returncode == 0, done.stderr
    assert "BKA-letter-17" in done.stdout
    listed = _json(run(*ws, "consent", "list", "--record", record, "--json"))
    assert listed["consents"][0]["partner"] == "An Garda Síochána"


def test_redact_writes_every_format_and_reports_what_was_withheld(ws, tmp_path):
    ids = _ids(ws, "1")[:30]
    out = tmp_path / "out"
    done = _json(run(*ws, "redact", "--records", ",".join(ids), "--to", "Bundeskriminalamt",
                     "--profile", "mask", "--out", out, "--format", "pdf,csv,ftm,stix",
                     "--json"))
    suffixes = sorted(f.rsplit("-", 1)[-1] for f in done["files"])
    assert [s for s in suffixes if s.endswith((".pdf", ".json", ".jsonl"))]
    assert {p.suffix for p in out.iterdir()} == {".pdf", ".csv", ".jsonl", ".json"}
    assert done["counts"]["records"] + len(done["withheld"]) == len(ids)
    assert all(w["action"] == "withhold" for w in done["withheld"])


def test_redact_by_query_when_search_is_there(ws, tmp_path):
    done = run(*ws, "redact", "--query", "DEMO", "--to", "Bundeskriminalamt", "--out",
               tmp_path, "--format", "csv")
    assert done.returncode == 0, done.stderr
    assert "Wrote 4 file(s) for Bundeskriminalamt" in done.stdout


def test_redact_refuses_clearly(ws, tmp_path):
    red = _ids(ws, "tlp = 'RED'")[:1]
    done = run(*ws, "redact", "--records", red[0], "--to", "Bundeskriminalamt", "--out",
               tmp_path / "none", "--format", "csv")
    assert done.returncode == 1 and "TLP:RED never leaves" in done.stdout
    assert not (tmp_path / "none").exists()
    bad = run(*ws, "redact", "--records", red[0], "--profile", "nope", "--out", tmp_path,
              "--format", "csv")
    assert bad.returncode == 1 and "no redaction profile 'nope'" in bad.stderr
    fmt = run(*ws, "redact", "--records", _ids(ws, "tlp = 'GREEN'")[0], "--to",
              "Bundeskriminalamt", "--out", tmp_path, "--format", "docx")
    assert fmt.returncode == 1 and "Unknown export format" in fmt.stderr


def test_profile_save_and_list(ws):
    saved = _json(run(*ws, "profile", "save", "court", "--operator", "person=mask",
                      "--operator", "ip=keep", "--mask", "[REDACTED]", "--json"))
    assert saved["operators"]["person"] == "mask" and saved["operators"]["ip"] == "keep"
    listed = _json(run(*ws, "profile", "list", "--json"))
    assert "court" in [p["name"] for p in listed["profiles"]]
    bad = run(*ws, "profile", "save", "x", "--operator", "person=shred")
    assert bad.returncode == 1 and "Unknown operator" in bad.stderr
