"""The command line, run as a person runs it: a real process, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from liaison import __version__
from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE, folder_state


def run(*args, env=None, stdin=None):
    return subprocess.run([sys.executable, "-m", "liaison", *map(str, args)],
                          capture_output=True, text=True, timeout=120, input=stdin,
                          env={**os.environ, **(env or {})})


@pytest.fixture
def pp(tmp_path):
    path = tmp_path / "pp.txt"
    path.write_text(PASSPHRASE + "\n")
    return path


@pytest.fixture
def ws(tmp_path, pp):
    folder = tmp_path / "ws"
    done = run("--workspace", folder, "--passphrase-file", pp, "init", "--agency",
               "Hellenic Police", "--country", "GR", "--no-keyring")
    assert done.returncode == 0, done.stderr
    return folder


def test_version():
    done = run("--version")
    assert done.returncode == 0 and __version__ in done.stdout


def test_help_lists_the_commands():
    done = run("--help")
    assert done.returncode == 0
    for command in ("init", "import", "audit", "backup"):
        assert command in done.stdout


def test_info_json_with_env_workspace(ws, pp):
    done = run("--passphrase-file", pp, "info", "--json", env={"LIAISON_WORKSPACE": str(ws)})
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    assert info["agency"] == "Hellenic Police" and info["slots"] == ["passphrase"]


def test_passphrase_from_stdin(ws):
    done = run("--workspace", ws, "--passphrase-file", "-", "info", stdin=PASSPHRASE + "\n")
    assert done.returncode == 0, done.stderr


def test_wrong_passphrase_is_one_clear_line(ws, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("nope")
    before = folder_state(ws)
    done = run("--workspace", ws, "--passphrase-file", bad, "info")
    assert done.returncode == 1
    assert done.stderr.strip() == "liaison: Wrong passphrase: it does not open this workspace."
    assert folder_state(ws) == before


def test_missing_workspace(tmp_path, pp):
    done = run("--workspace", tmp_path / "nowhere", "--passphrase-file", pp, "info")
    assert done.returncode == 1 and "No workspace at" in done.stderr


def test_passphrase_change_rekey_backup_restore(ws, pp, tmp_path):
    new = tmp_path / "new.txt"
    new.write_text("second passphrase")
    done = run("--workspace", ws, "--passphrase-file", pp, "passphrase", "change",
               "--new-passphrase-file", new)
    assert done.returncode == 0, done.stderr
    assert run("--workspace", ws, "--passphrase-file", pp, "info").returncode == 1
    assert run("--workspace", ws, "--passphrase-file", new, "rekey").returncode == 0
    backup = tmp_path / "ws.backup"
    done = run("--workspace", ws, "--passphrase-file", new, "backup", backup)
    assert done.returncode == 0, done.stderr
    done = run("--workspace", tmp_path / "copy", "--passphrase-file", new, "restore", backup,
               "--no-keyring", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["agency"] == "Hellenic Police"
    done = run("--workspace", tmp_path / "copy", "--passphrase-file", new, "audit", "verify")
    assert done.returncode == 0 and "intact" in done.stdout


def test_audit_verify_names_broken_entry(ws, pp, tmp_path):
    with Workspace.open(ws, passphrase=PASSPHRASE, use_keyring=False) as w:
        w.record("test.one", "a")
        w.record("test.two", "b")
        w.conn.execute("DROP TRIGGER audit_no_update")
        w.conn.execute("UPDATE audit SET object = 'forged' WHERE seq = 3")
    done = run("--workspace", ws, "--passphrase-file", pp, "audit", "verify")
    assert done.returncode == 1
    assert "BROKEN at entry 3" in done.stdout
    done = run("--workspace", ws, "--passphrase-file", pp, "audit", "verify", "--json")
    assert json.loads(done.stdout)["broken_entry"] == 3


def test_audit_export(ws, pp, tmp_path):
    out = tmp_path / "audit.jsonl"
    done = run("--workspace", ws, "--passphrase-file", pp, "audit", "export", out)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows[0]["action"] == "workspace.create"


def test_removing_only_slot_is_refused(ws, pp):
    done = run("--workspace", ws, "--passphrase-file", pp, "passphrase", "remove")
    assert done.returncode == 1 and "only key slot" in done.stderr


def test_audit_verify_names_truncation(ws, pp):
    with Workspace.open(ws, passphrase=PASSPHRASE, use_keyring=False) as w:
        for i in range(5):
            w.record("test.action", str(i))
        w.conn.execute("DROP TRIGGER audit_no_delete")
        w.conn.execute("DELETE FROM audit WHERE seq > (SELECT max(seq) - 3 FROM audit)")
    done = run("--workspace", ws, "--passphrase-file", pp, "audit", "verify")
    assert done.returncode == 1, done.stdout
    assert "TAMPERED" in done.stdout and "truncated" in done.stdout
    assert "audit_no_delete" in done.stdout  # the dropped trigger, restored on open
