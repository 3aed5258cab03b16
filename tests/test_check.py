"""A damaged workspace database: a real workspace, closed, with bytes overwritten in the
middle of a page. Every command says so in one line naming the file, ``liaison check``
and the newest backup; ``liaison check`` reports the pages and exits 1; a healthy
workspace checks clean; restoring the backup as advised gives a sound workspace."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from liaison.model.errors import DatabaseDamaged
from liaison.workspace import Workspace

from .exchange_helpers import add_records, sample
from .test_cli import run
from .workspace_helpers import PASSPHRASE


@pytest.fixture
def workspace(tmp_path) -> tuple[Path, Path, list]:
    """A closed workspace with records, a backup of it, and the CLI arguments for it."""
    folder = tmp_path / "ws"
    backup = tmp_path / "backups" / "monday.lbk"
    backup.parent.mkdir()
    with Workspace.create(folder, "Hellenic Police", "GR", use_keyring=False,
                          passphrase=PASSPHRASE) as ws:
        add_records(ws, sample("Hellenic Police", "GR", 60))
        ws.backup(backup, PASSPHRASE)
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE)
    return folder, backup, ["--workspace", folder, "--passphrase-file", pp]


def _damage(folder: Path, table: str | None) -> int:
    """Overwrite 64 bytes in the middle of ``table``'s root page (page 1 if None) of the
    closed database; the page number."""
    with Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False) as ws:
        page_size = int(ws.conn.execute("PRAGMA cipher_page_size").fetchone()[0])
        page = 1 if table is None else ws.conn.execute(
            "SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,)).fetchone()[0]
    wal = folder / "workspace.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # every page is in the main file
    with (folder / "workspace.db").open("r+b") as fh:
        fh.seek((page - 1) * page_size + page_size // 2)
        fh.write(b"\xa5" * 64)
    return page


def _files(folder: Path) -> dict[str, str]:
    return {name: hashlib.sha256((folder / name).read_bytes()).hexdigest()
            for name in ("workspace.db", "workspace.json", "audit-head.json")}


def test_a_healthy_workspace_checks_clean_and_nothing_is_written(workspace):
    folder, _, cli = workspace
    before = _files(folder)
    done = run(*cli, "check")
    assert done.returncode == 0, done.stderr
    assert "all sound" in done.stdout and "The workspace is sound." in done.stdout
    assert "entries intact, matching the head file" in done.stdout
    assert done.stderr == ""
    report = json.loads(run(*cli, "check", "--json").stdout)
    assert report["ok"] is True and report["pages"] == [] and report["integrity"] == []
    assert _files(folder) == before


def test_a_damaged_page_is_one_clear_message_on_any_command(workspace):
    folder, backup, cli = workspace
    page = _damage(folder, "records")
    db = folder.absolute() / "workspace.db"

    for command in (["stats"], ["search", "harbour"]):
        done = run(*cli, *command)
        assert done.returncode == 1, (command, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
        assert "hmac check failed" not in done.stderr.lower()  # SQLCipher's own log: off
        [line] = done.stderr.strip().splitlines()
        assert line.startswith(f"liaison: The workspace database {db} is damaged")
        assert "Run 'liaison check' for a full report" in line
        assert f"restore the newest backup, {backup}" in line
        assert f"'liaison restore {backup} --replace'" in line

    with Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False) as ws, \
            pytest.raises(DatabaseDamaged, match="is damaged"):
        ws.stats()

    checked = run(*cli, "check")
    assert checked.returncode == 1 and checked.stderr == ""
    assert f"HMAC verification failed for page {page}" in checked.stdout
    assert "The database is DAMAGED" in checked.stdout and str(backup) in checked.stdout
    report = json.loads(run(*cli, "check", "--json").stdout)
    assert report["ok"] is False
    assert report["pages"] == [f"HMAC verification failed for page {page}"]
    assert report["integrity"] and report["newest_backup"]["path"] == str(backup)

    # The advice works: restore the backup over the damaged workspace, which is set aside.
    restored = run(*cli, "restore", backup, "--replace", "--no-keyring")
    assert restored.returncode == 0, restored.stderr
    assert run(*cli, "check").returncode == 0
    assert list(folder.glob("replaced-*/workspace.db"))


def test_a_damaged_first_page_is_refused_on_open_and_still_checked(workspace):
    folder, _, cli = workspace
    _damage(folder, None)
    with pytest.raises(DatabaseDamaged, match="damaged or truncated") as caught:
        Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False)
    assert str(folder.absolute() / "workspace.db") in str(caught.value)
    assert "liaison check" in str(caught.value)
    info = run(*cli, "info")
    assert info.returncode == 1 and "Traceback" not in info.stderr
    assert len(info.stderr.strip().splitlines()) == 1
    checked = run(*cli, "check")
    assert checked.returncode == 1
    assert "HMAC verification failed for page 1" in checked.stdout
    assert "The database is DAMAGED" in checked.stdout
