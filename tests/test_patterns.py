"""Pattern detectors on small real workspaces: each finds what was planted at medium and
strong strength and none of its decoys; findings are stored, judged, remembered and
audited; the command line runs, lists and judges them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from liaison.analysis import patterns
from liaison.cli.patterns_cmds import DETECTOR_NAMES
from liaison.formats.importer import ingest_items
from liaison.model.records import Entity, Link, Record, stable_id
from liaison.model.values import DateValue
from liaison.store import audit
from liaison.workspace import Workspace

from .pattern_cases import DETECTORS, generate, matches
from .workspace_helpers import PASSPHRASE, folder_state


def _ingest(ws: Workspace, items: list, name: str = "case") -> None:
    ingest_items(ws.conn, items, source_name=name, fmt="test", sha256="0" * 64,
                 actor=ws.actor)


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    """One workspace: a small background, each pattern planted at every strength, and
    each detector's decoys; the findings of one run over it."""
    case = generate(200, seed=11)
    ws = Workspace.create(tmp_path_factory.mktemp("patterns") / "ws", "Bundeskriminalamt",
                          "DE", use_keyring=False, passphrase=PASSPHRASE)
    _ingest(ws, case.items)
    found, _ = patterns.detect(ws.conn)
    ws.close()
    return case, found


@pytest.mark.parametrize("detector", DETECTORS)
def test_detector_finds_what_was_planted_and_no_decoy(planted, detector):
    case, found = planted
    mine = [f for f in found if f.detector == detector]
    for strength in ("medium", "strong"):
        for truth in case.truth(detector, strength):
            assert any(matches(truth, f.key) for f in mine), (strength, truth)
    for decoy in (p for p in case.planted if p.detector == detector and p.strength == "decoy"):
        assert not any(matches(decoy, f.key) for f in mine), decoy
    truths = case.truth(detector)
    wrong = [f.explanation for f in mine if not any(matches(t, f.key) for t in truths)]
    assert not wrong
    for f in mine:  # findings, not verdicts: the rule, the numbers, what it rests on
        assert 0 < f.score <= 1 and f.record_ids and f.evidence
        assert "rule" in f.explanation and any(ch.isdigit() for ch in f.explanation)


def test_command_line_knows_every_detector():
    assert tuple(patterns.DETECTORS) == DETECTOR_NAMES


# --- a hand-built case: numbers in the explanation; the findings' life cycle ----------


def _uid(key: str) -> str:
    return stable_id("Bundeskriminalamt", "test", key)


def _payments(prefix: str, amounts: list[float], days: list[int], payer: str = "smurf",
              name: str = "Karl Sommer") -> list:
    """Payments by one person (``payer``) to a new payee each, on the days given."""
    items: list = []
    for i, (amount, day) in enumerate(zip(amounts, days, strict=True)):
        rid = _uid(f"{prefix}-r{i}")
        items.append(Record(rid, "Bundeskriminalamt", "DE", f"{prefix}-{i}", "Transfer",
                            reported=DateValue(f"2024-03-{day:02d}", "day")))
        for key in (payer, f"{prefix}-payee{i}"):
            e = Entity(_uid(key), "Person", record_ids=[rid])
            e.add_raw("name", name if key == payer else f"Payee {prefix} {i}")
            items.append(e)
        items.append(Link(_uid(f"{prefix}-pay{i}"), "Payment", _uid(payer),
                          _uid(f"{prefix}-payee{i}"), start=DateValue(f"2024-03-{day:02d}", "day"),
                          properties={"amount": [f"{amount:.2f}"], "currency": ["EUR"]},
                          record_ids=[rid]))
    return items


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "Bundeskriminalamt", "DE", use_keyring=False,
                          passphrase=PASSPHRASE)
    _ingest(ws, _payments("a", [9500, 9800, 9900.5, 12000], [1, 8, 15, 16]))
    yield ws
    ws.close()


def test_structuring_explains_itself_with_the_numbers(ws):
    run = ws.patterns_run(["structuring"])
    assert run.found == {"structuring": 1} and len(run.new) == 1
    [f] = ws.patterns_findings()
    assert f["detector"] == "structuring" and f["status"] == "new"
    assert f["facts"]["count"] == 3 and f["facts"]["total"] == 29200.5
    assert f["explanation"].startswith("Karl Sommer")
    for part in ("made 3 payments", "EUR 9,000", "EUR 10,000", "EUR 29,200",
                 "2024-03-01", "2024-03-15", "3 within 30 days"):
        assert part in f["explanation"], part
    assert len(f["record_ids"]) == 3 and _uid("smurf") in f["entity_ids"]


def test_thresholds_are_tunable_and_checked(ws):
    assert ws.patterns_run(["structuring"], {"structuring": {"min_count": 4}}).found == {}
    run = ws.patterns_run(["structuring"], {"structuring": {"threshold": "13000",
                                                            "band": "0.3"}})
    assert run.found == {"structuring": 1}
    assert ws.patterns_findings()[0]["facts"]["count"] == 4  # 12,000 is under 13,000
    before = folder_state(ws.folder, with_shm=False)
    for detectors, params, words in (
            (["layering"], None, "No detector is called 'layering'"),
            (None, {"fan": {"min_payer": 3}}, "no parameter 'min_payer'"),
            (None, {"fan": {"min_payers": "many"}}, "must be a whole number, not 'many'"),
            (None, {"burst": {"min_z": -1}}, "cannot be negative")):
        with pytest.raises(patterns.PatternError, match=words):
            ws.patterns_run(detectors, params)
    assert folder_state(ws.folder, with_shm=False) == before


def test_a_dismissed_finding_stays_dismissed_until_its_evidence_changes(ws):
    ws.patterns_run(["structuring"])
    [f] = ws.patterns_findings()
    result = ws.patterns_judge(f["id"], "dismiss", note="salary advances")
    assert result["status"] == "dismissed" and result["previous"] == "new"
    entry = [e for e in audit.entries(ws.conn) if e.action == "patterns.dismiss"][-1]
    assert entry.object == f["id"] and entry.details["note"] == "salary advances"

    again = ws.patterns_run(["structuring"])  # the same evidence: still dismissed
    assert again.found == {"structuring": 1} and not again.new and not again.reopened
    assert ws.patterns_findings() == []
    [kept] = ws.patterns_findings(include_dismissed=True)
    assert kept["status"] == "dismissed" and kept["judged_by"] == ws.actor

    _ingest(ws, _payments("b", [9300], [20]), "more")  # a fourth payment just under
    reopened = ws.patterns_run(["structuring"])
    assert reopened.reopened == [f["id"]]
    [back] = ws.patterns_findings()
    assert back["status"] == "new" and back["facts"]["count"] == 4
    assert [e.action for e in audit.entries(ws.conn)][-1] == "patterns.run"


def test_confirm_is_kept_across_runs_and_unknown_ids_are_refused(ws):
    ws.patterns_run()
    [f] = ws.patterns_findings("structuring")
    ws.patterns_judge(f["id"], "confirm")
    ws.patterns_run()
    assert ws.patterns_findings("structuring")[0]["status"] == "confirmed"
    before = folder_state(ws.folder, with_shm=False)
    with pytest.raises(patterns.PatternError, match="No finding has the id 'abc'"):
        ws.patterns_judge("abc", "dismiss")
    with pytest.raises(patterns.PatternError, match="not 'forget'"):
        ws.patterns_judge(f["id"], "forget")
    assert folder_state(ws.folder, with_shm=False) == before


def test_a_finding_no_longer_seen_is_kept_inactive(ws):
    ws.patterns_run(["structuring"])
    ws.patterns_run(["structuring"], {"structuring": {"min_count": 5}})
    assert ws.patterns_findings() == []
    [stale] = ws.patterns_findings(include_inactive=True)
    assert stale["active"] is False


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "liaison", *map(str, args)],
                          capture_output=True, text=True, timeout=120, env=dict(os.environ))


def test_command_line_lists_and_judges(ws, tmp_path):
    folder = ws.folder
    ws.close()
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE + "\n")
    common = ["--workspace", folder, "--passphrase-file", pp]
    done = _cli(*common, "patterns", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    [f] = out["findings"]
    assert out["run"]["found"] == {"structuring": 1} and f["detector"] == "structuring"
    done = _cli(*common, "patterns", "dismiss", f["id"], "--note", "known")
    assert done.returncode == 0, done.stderr
    assert f"Dismissed finding {f['id']} (structuring; was new)" in done.stdout
    done = _cli(*common, "patterns", "--detector", "structuring", "--all", "--no-run")
    assert done.returncode == 0, done.stderr
    assert f"{f['id']}  0.67 structuring  [dismissed]" in done.stdout
    assert "Karl Sommer" in done.stdout and "records: " in done.stdout
    assert done.stdout.startswith("Stored findings from earlier runs: 1.")
    done = _cli(*common, "patterns", "--set", "structuring=3")
    assert done.returncode != 0 and "DETECTOR.PARAMETER=VALUE" in done.stderr


def test_erasing_a_record_erases_the_findings_that_quote_it(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "Politie Oost", "NL", use_keyring=False,
                          passphrase=PASSPHRASE)
    try:
        _ingest(ws, _payments("a", [9500, 9800, 9900.5], [1, 8, 15]))
        ws.patterns_run(["structuring"])
        [f] = ws.patterns_findings()
        ws.erase(f["record_ids"][0], "court order")
        assert ws.patterns_findings(include_dismissed=True, include_inactive=True) == []
        assert ws.patterns_run(["structuring"]).found == {}  # two payments are left
    finally:
        ws.close()


def test_entities_judged_the_same_are_read_as_one(ws):
    """Three payments just under the threshold by one id, two by another the analyst
    judges the same person: five together, found only once they are one."""
    _ingest(ws, _payments("c", [9400, 9600], [20, 21], payer="smurf2", name="Karl Somer"),
            "other")
    params = {"structuring": {"min_count": 5}}
    assert ws.patterns_run(["structuring"], params).found == {}
    ws.xref_judge(_uid("smurf"), _uid("smurf2"), "same")
    assert ws.patterns_run(["structuring"], params).found == {"structuring": 1}


def test_a_run_on_what_is_new_finds_it_and_leaves_the_rest(ws):
    ws.patterns_run()
    [old] = ws.patterns_findings()
    _ingest(ws, _payments("d", [9100, 9200, 9300], [3, 4, 5], payer="mule",
                          name="Otto Brenner"), "new")
    run = ws.patterns_run(new_only=True)
    assert run.found == {"structuring": 1} and len(run.new) == 1
    stored = {f["id"]: f for f in ws.patterns_findings()}
    assert old["id"] in stored and stored[old["id"]]["active"]  # left as it was
    assert stored[run.new[0]]["explanation"].startswith("Otto Brenner")
    assert ws.patterns_run(new_only=True).found == {}  # nothing new since


def test_similar_cases_count_a_shared_identifier(tmp_path):
    """Two agencies' retellings a little too different to pass on their words (five
    particular phrases in common, six asked for) pass when both name the same phone;
    twenty other reports make Person an ordinary kind of entity, not evidence."""
    ws = Workspace.create(tmp_path / "ws", "Politie Oost", "NL", use_keyring=False,
                          passphrase=PASSPHRASE)
    told = "courier collected sealed parcels behind tyre depot"
    items: list = []
    for n, (agency, text) in enumerate([("Politie Oost", told + " near midnight"),
                                        ("Polizei Wien", "witness says " + told)]):
        rec = Record(_uid(f"mo{n}"), agency, "NL", f"MO-{n}", "Drop", text)
        person = Entity(_uid(f"mo-person{n}"), "Person", record_ids=[rec.id])
        person.add_raw("name", f"Courier {n}")
        person.add_raw("phone", "+31 6 12345678")
        items += [rec, person]
    for n in range(20):
        rec = Record(_uid(f"filler{n}"), "Politie Oost", "NL", f"F-{n}", "Patrol",
                     f"patrol {n} saw nothing unusual on round {n} tonight")
        person = Entity(_uid(f"filler-person{n}"), "Person", record_ids=[rec.id])
        person.add_raw("name", f"Officer {n}")
        items += [rec, person]
    try:
        _ingest(ws, items)
        assert ws.patterns_run(["similar"], {"similar": {"identifier_weight": 0}}).found == {}
        assert ws.patterns_run(["similar"]).found == {"similar": 1}
        [f] = ws.patterns_findings()
        assert "the same identifier phone +31612345678" in f["explanation"]
        assert f["facts"]["named"] == ["identifier phone +31612345678"]
        assert sorted(f["record_ids"]) == sorted([_uid("mo0"), _uid("mo1")])
    finally:
        ws.close()
