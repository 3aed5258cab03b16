"""The exchange from the command line, as two analysts at two agencies run it."""

from __future__ import annotations

import json

from liaison.analysis.partners import update_partner
from liaison.store.database import transaction
from liaison.workspace import Workspace

from .exchange_helpers import GENEROUS, add_records, sample
from .test_cli import run
from .workspace_helpers import PASSPHRASE


def _agency(tmp_path, name, agency, country):
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE)
    args = ["--workspace", str(tmp_path / name), "--passphrase-file", str(pp)]
    assert run(*args, "init", "--agency", agency, "--country", country,
               "--no-keyring").returncode == 0
    created = run(*args, "identity", "create", "--json")
    assert created.returncode == 0, created.stderr
    return args, json.loads(created.stdout)


def _agree(tmp_path, name, partner):
    with (Workspace.open(tmp_path / name, passphrase=PASSPHRASE, use_keyring=False) as ws,
          transaction(ws.conn)):
        update_partner(ws.conn, ws.actor, partner, agreement=GENEROUS)


def test_two_agencies_on_the_command_line(tmp_path):
    nl, nl_id = _agency(tmp_path, "nl", "Politie NL", "NL")
    de, de_id = _agency(tmp_path, "de", "Bundeskriminalamt", "DE")
    shown = run(*nl, "identity", "show")
    assert nl_id["fingerprint"].split()[0] in shown.stdout and "read this aloud" in shown.stdout
    assert run(*nl, "identity", "export", tmp_path / "nl-certs").returncode == 0
    assert run(*de, "identity", "export", tmp_path / "de-certs").returncode == 0
    pinned = run(*de, "partner", "certs", "Politie", "--signing",
                 tmp_path / "nl-certs" / "politie-nl-signing.pem", "--encryption",
                 tmp_path / "nl-certs" / "politie-nl-encryption.pem")
    assert pinned.returncode == 0 and "not yet verified" in pinned.stdout
    wrong = run(*de, "partner", "verify", "Politie", "0" * 64)
    assert wrong.returncode == 1 and "Do not verify" in wrong.stderr
    assert run(*de, "partner", "verify", "Politie", nl_id["fingerprint"]).returncode == 0
    run(*nl, "partner", "certs", "BKA", "--signing",
        tmp_path / "de-certs" / "bundeskriminalamt-signing.pem", "--encryption",
        tmp_path / "de-certs" / "bundeskriminalamt-encryption.pem")
    unverified = run(*nl, "share", "--to", "BKA", "--records", "x", "--out", tmp_path / "p")
    assert unverified.returncode == 1 and "not been verified" in unverified.stderr
    assert run(*nl, "partner", "verify", "BKA", de_id["fingerprint"]).returncode == 0
    status = json.loads(run(*nl, "partner", "status", "--json").stdout)
    assert status["partners"][0]["can_receive"] is True
    _agree(tmp_path, "nl", "BKA")
    with Workspace.open(tmp_path / "nl", passphrase=PASSPHRASE, use_keyring=False) as ws:
        ids = add_records(ws, sample("Politie NL", "NL", 2))
    shared = run(*nl, "share", "--to", "BKA", "--records", ",".join(ids), "--out",
                 tmp_path / "to-bka.p7m")
    assert shared.returncode == 0, shared.stderr
    assert "redacted" in shared.stdout
    received = run(*de, "receive", tmp_path / "to-bka.p7m")
    assert received.returncode == 0 and "merged package" in received.stdout
    again = run(*de, "receive", tmp_path / "to-bka.p7m")
    assert again.returncode == 1 and "REFUSED (replay)" in again.stdout
    quarantine = json.loads(run(*de, "packages", "quarantine", "--json").stdout)
    assert quarantine["quarantine"][0]["code"] == "replay"
    # Retraction travels over a folder transport on the next sync.
    stick = tmp_path / "stick"
    stick.mkdir()
    assert run(*nl, "transport", "add", "folder", "usb", stick).returncode == 0
    assert run(*de, "transport", "add", "folder", "usb", stick).returncode == 0
    retracted = run(*nl, "retract", ids[0], "--reason", "source withdrew")
    assert retracted.returncode == 0 and "queued" in retracted.stdout
    assert run(*nl, "sync").returncode == 0
    synced = run(*de, "sync", "--transport", "usb", "--json")
    assert synced.returncode == 0, synced.stderr
    fates = json.loads(synced.stdout)["fates"]
    assert [f["status"] for f in fates] == ["merged"]
    with Workspace.open(tmp_path / "de", passphrase=PASSPHRASE, use_keyring=False) as ws:
        assert ws.conn.execute("SELECT status FROM records WHERE id = ?",
                               (ids[0],)).fetchone()[0] == "retracted"
    outbox = json.loads(run(*nl, "packages", "outbox", "--json").stdout)["outbox"]
    assert {e["status"] for e in outbox} == {"delivered"}
    missing = run(*nl, "sync", "--transport", "nope")
    assert missing.returncode == 1 and "no transport named" in missing.stderr
