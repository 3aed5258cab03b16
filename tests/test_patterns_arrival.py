"""The pattern detectors run on what arrives: after an import (the command line says how
many new findings) and after a received package, unless the analyst turned that off."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from liaison.model.records import Entity, Link, Record, stable_id
from liaison.model.values import DateValue
from liaison.store import audit
from liaison.workspace import Workspace

from .exchange_helpers import add_records, two_agencies
from .workspace_helpers import PASSPHRASE


def _structuring_file(folder: Path, payer: str = "Karl Sommer") -> Path:
    """A FollowTheMoney file: three payments just under EUR 10,000 within 15 days."""
    lines = [{"id": "p-smurf", "schema": "Person", "properties": {"name": [payer]}}]
    for i, (amount, day) in enumerate([(9500, 1), (9800, 8), (9900.5, 15)]):
        lines.append({"id": f"p-{i}", "schema": "Person",
                      "properties": {"name": [f"Payee {i}"]}})
        lines.append({"id": f"pay-{i}", "schema": "Payment", "properties": {
            "payer": ["p-smurf"], "beneficiary": [f"p-{i}"], "amount": [str(amount)],
            "currency": ["EUR"], "date": [f"2024-03-{day:02d}"]}})
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "payments.ftm.json"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    return path


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "Bundeskriminalamt", "DE", use_keyring=False,
                          passphrase=PASSPHRASE)
    yield ws
    ws.close()


def test_an_import_runs_the_detectors_on_what_it_brought(ws, tmp_path):
    report = ws.import_file(_structuring_file(tmp_path / "in"))
    assert report.patterns == {"found": 1, "new": 1, "reopened": 0}
    [f] = ws.patterns_findings()
    assert f["detector"] == "structuring" and f["explanation"].startswith("Karl Sommer")
    actions = [e.action for e in audit.entries(ws.conn)]
    assert actions.index("patterns.run") > actions.index("import")  # after, on its own
    # Nothing new since: the next run on what is new finds nothing more.
    assert ws.patterns_run(new_only=True).new == []


def test_the_run_on_import_can_be_turned_off(ws, tmp_path):
    assert ws.patterns_on_import()
    ws.set_patterns_on_import(False)
    assert not ws.patterns_on_import()
    report = ws.import_file(_structuring_file(tmp_path / "in"))
    assert report.patterns is None and ws.patterns_findings() == []
    assert "patterns.on_import" in [e.action for e in audit.entries(ws.conn)]
    run = ws.patterns_run(new_only=True)  # what arrived meanwhile is still "new"
    assert run.found == {"structuring": 1}


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "liaison", *map(str, args)],
                          capture_output=True, text=True, timeout=120, env=dict(os.environ))


def test_command_line_import_says_how_many_new_findings(ws, tmp_path):
    folder = ws.folder
    ws.close()
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE + "\n")
    common = ["--workspace", folder, "--passphrase-file", pp]
    done = _cli(*common, "import", _structuring_file(tmp_path / "in"))
    assert done.returncode == 0, done.stderr
    assert ("Pattern detectors on what arrived: 1 new finding (1 about it in all); list "
            "them with 'liaison patterns --no-run'.") in done.stdout
    done = _cli(*common, "patterns", "on-import", "off")
    assert done.returncode == 0, done.stderr
    assert "do not run on imports and receipts" in done.stdout
    done = _cli(*common, "import", _structuring_file(tmp_path / "in2", "Otto Brenner"),
                "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["patterns"] is None


def _payments(agency: str, country: str) -> list:
    """One record of ``agency``: three payments by one person just under EUR 10,000."""
    def uid(key: str) -> str:
        return stable_id(agency, "arrival", key)

    rec = Record(uid("r"), agency, country, "TX-1", "Transfers",
                 reported=DateValue("2024-03-20", "day"), handling="H1", tlp="GREEN")
    items: list = [rec]
    payer = Entity(uid("smurf"), "Person", record_ids=[rec.id])
    payer.add_raw("name", "Karl Sommer")
    items.append(payer)
    for i, (amount, day) in enumerate([(9500, 1), (9800, 8), (9900.5, 15)]):
        payee = Entity(uid(f"payee{i}"), "Person", record_ids=[rec.id])
        payee.add_raw("name", f"Payee Number{i}")
        items += [payee, Link(uid(f"pay{i}"), "Payment", payer.id, payee.id,
                              start=DateValue(f"2024-03-{day:02d}", "day"),
                              properties={"amount": [f"{amount:.2f}"], "currency": ["EUR"]},
                              record_ids=[rec.id])]
    return items


def _seen(agency: str, key: str, who: list[str], place: str, when: str) -> list:
    """One record of ``agency``: the people ``who`` seen at ``place`` at ``when``."""
    from liaison.model.records import Event

    rec = Record(stable_id(agency, "seen", key), agency, "DE", key, f"Seen at {place}",
                 reported=DateValue(when[:10], "day"))
    items: list = [rec]
    for name in who:
        person = Entity(stable_id("people", name), "Person", record_ids=[rec.id])
        person.add_raw("name", name)
        items.append(person)
    items.append(Event(stable_id(agency, "event", key), f"Seen at {place}",
                       start=DateValue(when, "minute"), place=place,
                       involved=[(stable_id("people", n), "seen") for n in who],
                       record_ids=[rec.id]))
    return items


def test_co_presence_across_two_imports_is_found_on_what_is_new(ws):
    """Met once in what was there (Köln, written two ways), once in what arrives
    (Wien): the run on the new records reads the events at every place their people were
    seen, so it completes the pair; the old pair elsewhere is not looked at again."""
    old = (_seen("Polizei Köln", "k1", ["Anna Roth"], "Köln Hbf", "2024-05-01T10:00")
           + _seen("Politie", "k2", ["Boris Lang"], "KÖLN HBF", "2024-05-01T10:40")
           + _seen("Polizei Köln", "k3", ["Carl Eder"], "Wien Mitte", "2024-05-02T08:00")
           + _seen("Politie", "k4", ["Dora Falk"], "Wien Mitte", "2024-05-02T08:30"))
    add_records(ws, old)
    ws.patterns_run()
    assert ws.patterns_findings() == []
    new = (_seen("Polizei Köln", "k5", ["Anna Roth"], "Wien Mitte", "2024-06-01T09:00")
           + _seen("Politie", "k6", ["Boris Lang"], "Wien Mitte", "2024-06-01T09:20"))
    add_records(ws, new)
    run = ws.patterns_run(["co-presence"], new_only=True)
    assert run.found == {"co-presence": 1}
    [f] = ws.patterns_findings()
    assert f["facts"]["occasions"] == 2 and f["facts"]["places"] == ["Köln Hbf",
                                                                      "Wien Mitte"]
    assert {stable_id("people", "Anna Roth"), stable_id("people", "Boris Lang")} == set(
        f["entity_ids"])


def _pay(key: str, payer: str, payee: str, amount: float, day: int) -> list:
    rec = Record(stable_id("BKA", "pay", key), "Bundeskriminalamt", "DE", key, "Transfer",
                 reported=DateValue(f"2024-04-{day:02d}", "day"))
    items: list = [rec]
    for name in (payer, payee):
        person = Entity(stable_id("people", name), "Person", record_ids=[rec.id])
        person.add_raw("name", name)
        items.append(person)
    items.append(Link(stable_id("BKA", "payment", key), "Payment", stable_id("people", payer),
                      stable_id("people", payee), start=DateValue(f"2024-04-{day:02d}", "day"),
                      properties={"amount": [f"{amount:.2f}"], "currency": ["EUR"]},
                      record_ids=[rec.id]))
    return items


def test_a_cycle_closed_by_what_arrives_is_found_on_what_is_new(ws):
    """Two legs of a loop were there; the payment that closes it arrives: the run on the
    new reads the payments among the parties near the new ones and finds the loop."""
    add_records(ws, _pay("c1", "Eva Kern", "Fritz Mohr", 50_000, 1)
                + _pay("c2", "Fritz Mohr", "Gina Popp", 48_000, 3)
                + _pay("c3", "Hans Ritter", "Ida Sauer", 20_000, 2))  # elsewhere
    ws.patterns_run()
    assert ws.patterns_findings() == []
    add_records(ws, _pay("c4", "Gina Popp", "Eva Kern", 46_000, 6))
    assert ws.patterns_run(["circular"], new_only=True).found == {"circular": 1}
    [f] = ws.patterns_findings()
    assert f["facts"]["parties"] == 3 and "Eva Kern" in f["explanation"]


@pytest.mark.slow  # two agencies' identities and three packages: some 5 to 10 s
def test_received_packages_run_the_detectors_once_per_sync_and_per_receive(tmp_path):
    """A sync that merges two packages runs the detectors once, after both; a package
    received on its own runs them after it."""
    from .exchange_helpers import sample

    pair = two_agencies(tmp_path)
    try:
        stick = tmp_path / "stick"
        stick.mkdir()
        pair.nl.transport_add_folder("usb", stick)
        pair.de.transport_add_folder("usb", stick)
        for items in (_payments("Politie NL", "NL"), sample("Politie NL", "NL", 1)):
            pair.nl.share(["BKA"], record_ids=add_records(pair.nl, items))
        pair.nl.sync("usb")
        report = pair.de.sync("usb")
        assert report.count("merged") == 2, report.as_dict()
        runs = [e for e in audit.entries(pair.de.conn) if e.action == "patterns.run"]
        assert len(runs) == 1 and runs[0].details["new"] == 1
        assert runs[0].details["new_only"] is True
        [f] = pair.de.patterns_findings()
        assert f["detector"] == "structuring" and "made 3 payments" in f["explanation"]

        ids = add_records(pair.nl, sample("Politie NL", "NL", 1, tag="later"))
        package = pair.nl.share(["BKA"], record_ids=ids).packages[0]
        [received] = pair.de.receive([pair.nl.folder / package.file])
        assert received.status == "merged", received.reason
        runs = [e for e in audit.entries(pair.de.conn) if e.action == "patterns.run"]
        assert len(runs) == 2
        # What it found is said with the package (liaison receive prints it).
        assert received.merge.report.patterns == {"found": 0, "new": 0, "reopened": 0}
    finally:
        pair.close()
