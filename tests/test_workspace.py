"""Workspace life cycle with the passphrase slot: create, open, refuse, rekey, backup."""

from __future__ import annotations

import json
import sqlite3

import pytest

from liaison.model.errors import (
    BackupError,
    DatabaseDamaged,
    MetadataDamaged,
    PassphraseRequired,
    SchemaTooNew,
    SlotError,
    WorkspaceExists,
    WrongPassphrase,
)
from liaison.store import keyslots
from liaison.store.metadata import read_metadata, write_metadata
from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE, folder_state

RESTORED = "restored under new words"  # a new passphrase strong enough to set


@pytest.fixture
def ws_folder(tmp_path):
    folder = tmp_path / "ws"
    Workspace.create(folder, "Bundeskriminalamt", "de", use_keyring=False,
                     passphrase=PASSPHRASE).close()
    return folder


def test_create_and_reopen(ws_folder):
    with Workspace.open(ws_folder, passphrase=PASSPHRASE, use_keyring=False) as ws:
        info = ws.info()
    assert info.agency == "Bundeskriminalamt"
    assert info.country == "DE"
    assert info.slots == ["passphrase"]
    assert info.schema_version >= 1
    assert info.cipher_version.startswith("4.")


def test_database_is_not_plain_sqlite(ws_folder):
    db = ws_folder / "workspace.db"
    assert not db.read_bytes().startswith(b"SQLite format 3")
    conn = sqlite3.connect(db)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_metadata_holds_no_secret_and_private_permissions(ws_folder):
    doc = json.loads((ws_folder / "workspace.json").read_text())
    # The database key and, wrapped beside it, the audit key (ARCHITECTURE.md, Key slots).
    assert set(doc["slots"][0]) == {"type", "kdf", "nonce", "wrapped", "audit"}
    assert set(doc["slots"][0]["audit"]) == {"nonce", "wrapped"}
    assert PASSPHRASE not in (ws_folder / "workspace.json").read_text()
    assert (ws_folder / "workspace.json").stat().st_mode & 0o077 == 0


def test_create_refuses_non_empty_folder(tmp_path):
    (tmp_path / "x").write_text("something")
    with pytest.raises(WorkspaceExists):
        Workspace.create(tmp_path, "A", "DE", use_keyring=False, passphrase=PASSPHRASE)
    assert (tmp_path / "x").read_text() == "something"


def test_create_refuses_bad_country(tmp_path):
    with pytest.raises(Exception, match="country code"):
        Workspace.create(tmp_path / "w", "A", "Germany", use_keyring=False,
                         passphrase=PASSPHRASE)
    assert not (tmp_path / "w").exists()


def test_wrong_passphrase_changes_nothing(ws_folder):
    before = folder_state(ws_folder)
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        Workspace.open(ws_folder, passphrase="not it", use_keyring=False)
    assert folder_state(ws_folder) == before


def test_missing_passphrase_is_asked_for(ws_folder):
    with pytest.raises(PassphraseRequired, match="--passphrase-file"):
        Workspace.open(ws_folder, use_keyring=False)


def test_truncated_database_refused_unchanged(ws_folder):
    with Workspace.open(ws_folder, passphrase=PASSPHRASE, use_keyring=False) as ws:
        for i in range(300):
            ws.record("test.fill", str(i), {"pad": "x" * 200})
    db = ws_folder / "workspace.db"
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    before = folder_state(ws_folder)
    with pytest.raises(DatabaseDamaged, match="damaged or truncated"):
        Workspace.open(ws_folder, passphrase=PASSPHRASE, use_keyring=False)
    assert folder_state(ws_folder) == before


def test_empty_database_refused(ws_folder):
    (ws_folder / "workspace.db").write_bytes(b"")
    with pytest.raises(DatabaseDamaged, match="empty"):
        Workspace.open(ws_folder, passphrase=PASSPHRASE, use_keyring=False)


def test_edited_metadata_refused_unchanged(ws_folder):
    path = ws_folder / "workspace.json"
    path.write_text(path.read_text().replace("Bundeskriminalamt", "Someone Else"))
    before = folder_state(ws_folder)
    with pytest.raises(MetadataDamaged, match="edited or damaged"):
        Workspace.open(ws_folder, passphrase=PASSPHRASE, use_keyring=False)
    assert folder_state(ws_folder) == before


def test_metadata_edit_with_recomputed_checksum_caught_by_database(ws_folder):
    meta = read_metadata(ws_folder)
    meta.agency_name = "Forged Agency"
    write_metadata(ws_folder, meta)  # a valid checksum, but not one the database accepted
    before = folder_state(ws_folder)
    with pytest.raises(MetadataDamaged, match="does not match the database"):
        Workspace.open(ws_folder, passphrase=PASSPHRASE, use_keyring=False)
    assert folder_state(ws_folder) == before


@pytest.mark.parametrize("content", [b"", b"{not json", b"\xff\xfe", b"[]", b'{"format": 1}'])
def test_damaged_metadata_refused(ws_folder, content):
    (ws_folder / "workspace.json").write_bytes(content)
    with pytest.raises(MetadataDamaged):
        Workspace.open(ws_folder, passphrase=PASSPHRASE, use_keyring=False)


def test_newer_schema_refused_unchanged(ws_folder):
    with Workspace.open(ws_folder, passphrase=PASSPHRASE, use_keyring=False) as ws:
        ws.conn.execute("PRAGMA user_version = 999")
    before = folder_state(ws_folder)
    with pytest.raises(SchemaTooNew, match="schema version 999"):
        Workspace.open(ws_folder, passphrase=PASSPHRASE, use_keyring=False)
    assert folder_state(ws_folder) == before


def test_change_passphrase(ws_folder):
    with Workspace.open(ws_folder, passphrase=PASSPHRASE, use_keyring=False) as ws:
        ws.change_passphrase("a new one")
    with pytest.raises(WrongPassphrase):
        Workspace.open(ws_folder, passphrase=PASSPHRASE, use_keyring=False)
    Workspace.open(ws_folder, passphrase="a new one", use_keyring=False).close()


def test_last_slot_cannot_be_removed(ws_folder):
    with Workspace.open(ws_folder, passphrase=PASSPHRASE, use_keyring=False) as ws, \
            pytest.raises(SlotError, match="only key slot"):
        ws.remove_passphrase()


def test_rekey_changes_the_key(ws_folder):
    old_check = read_metadata(ws_folder).key_check
    with Workspace.open(ws_folder, passphrase=PASSPHRASE, use_keyring=False) as ws:
        ws.record("test.marker", "before-rekey")
        ws.rekey(passphrase=PASSPHRASE)
    meta = read_metadata(ws_folder)
    assert meta.key_check != old_check
    assert meta.pending is None
    with Workspace.open(ws_folder, passphrase=PASSPHRASE, use_keyring=False) as ws:
        actions = [e.action for e in ws.audit_entries()]
        assert "workspace.rekey" in actions
        assert ws.audit_verify().ok


def test_rekey_refuses_wrong_passphrase(ws_folder):
    with Workspace.open(ws_folder, passphrase=PASSPHRASE, use_keyring=False) as ws:
        with pytest.raises(WrongPassphrase):
            ws.rekey(passphrase="wrong")
        assert read_metadata(ws_folder).pending is None


def _interrupted_rekey(folder, *, database_rekeyed: bool):
    """Reproduce a crash after the pending slots were written, before promotion."""
    ws = Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False)
    new_key = keyslots.new_key()
    # As rekey writes them: the new database key and a new audit key.
    slot = keyslots.wrap_key(ws.meta.workspace_id, new_key, PASSPHRASE,
                             audit_key=keyslots.new_key())
    from dataclasses import replace

    ws._save_metadata(replace(ws.meta, pending={
        "slots": [slot], "key_check": keyslots.key_check(new_key)}))
    if database_rekeyed:
        ws.conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    ws.conn.close()  # the crash: no promotion
    return new_key


@pytest.mark.parametrize("database_rekeyed", [False, True])
def test_interrupted_rekey_recovers_on_open(ws_folder, database_rekeyed):
    new_key = _interrupted_rekey(ws_folder, database_rekeyed=database_rekeyed)
    with Workspace.open(ws_folder, passphrase=PASSPHRASE, use_keyring=False) as ws:
        assert ws.audit_verify().ok
    meta = read_metadata(ws_folder)
    assert meta.pending is None
    assert (meta.key_check == keyslots.key_check(new_key)) is database_rekeyed


def test_backup_and_restore_round_trip(ws_folder, tmp_path):
    out = tmp_path / "ws.liaison-backup"
    with Workspace.open(ws_folder, passphrase=PASSPHRASE, use_keyring=False) as ws:
        ws.record("test.marker", "in-backup", {"n": 1})
        ws.backup(out, "backup pass")
        original_id = ws.meta.workspace_id
    assert not out.read_bytes()[100:].startswith(b"SQLite format 3")
    target = tmp_path / "restored"
    with Workspace.restore(out, target, "backup pass", use_keyring=False,
                           passphrase=RESTORED) as ws:
        objects = [e.object for e in ws.audit_entries()]
        assert "in-backup" in objects
        assert ws.meta.workspace_id != original_id  # a copy never shares a keyring entry
        assert ws.audit_verify().ok
    Workspace.open(target, passphrase=RESTORED, use_keyring=False).close()


def test_restore_wrong_passphrase_and_truncation(ws_folder, tmp_path):
    out = tmp_path / "b.bak"
    with Workspace.open(ws_folder, passphrase=PASSPHRASE, use_keyring=False) as ws:
        ws.backup(out, "backup pass")
    with pytest.raises(WrongPassphrase, match="backup passphrase"):
        Workspace.restore(out, tmp_path / "r1", "nope", use_keyring=False, passphrase=RESTORED)
    assert not (tmp_path / "r1").exists() or not any((tmp_path / "r1").iterdir())
    cut = tmp_path / "cut.bak"
    cut.write_bytes(out.read_bytes()[:-4096])
    with pytest.raises(BackupError, match="truncated or damaged"):
        Workspace.restore(cut, tmp_path / "r2", "backup pass", use_keyring=False,
                          passphrase=RESTORED)
    assert not any((tmp_path / "r2").iterdir())
    with pytest.raises(BackupError, match="not a Liaison backup"):
        Workspace.restore(ws_folder / "workspace.json", tmp_path / "r3", "backup pass",
                          use_keyring=False, passphrase=RESTORED)


def test_restore_over_existing_keeps_old_files(ws_folder, tmp_path):
    out = tmp_path / "b.bak"
    with Workspace.open(ws_folder, passphrase=PASSPHRASE, use_keyring=False) as ws:
        ws.backup(out, "backup pass")
        wsid = ws.meta.workspace_id
    before = folder_state(ws_folder)
    with pytest.raises(WorkspaceExists):
        Workspace.restore(out, ws_folder, "backup pass", use_keyring=False, passphrase=RESTORED)
    assert folder_state(ws_folder) == before
    with Workspace.restore(out, ws_folder, "backup pass", use_keyring=False, passphrase=RESTORED,
                           replace=True) as ws:
        assert ws.meta.workspace_id == wsid  # replacing itself keeps its identity
    aside = [p for p in ws_folder.iterdir() if p.name.startswith("replaced-")]
    assert len(aside) == 1
    assert {p.name for p in aside[0].iterdir()} >= {"workspace.db", "workspace.json"}


def test_lock_waits_for_a_query_running_on_another_thread(ws_folder):
    """Locking under a running query used to close the connection beneath it (sqlcipher3
    crashes the process); now lock() waits for the call, and later calls are refused."""
    import threading

    from liaison.model.errors import WorkspaceError

    ws = Workspace.open(ws_folder, passphrase=PASSPHRASE, use_keyring=False)
    ws.import_demo(400)
    reader = ws.open_reader()
    started, outcomes = threading.Event(), []

    def search_until_locked() -> None:
        calls = 0
        try:
            while True:
                ws.search_records("police OR Berlin OR tlp:amber", limit=200)
                ws.record_rows(list(range(1, 200)), conn=reader)
                calls += 1
                started.set()
        except BaseException as exc:  # anything but "locked" is a failure of the guard
            outcomes.append((calls, exc))
        finally:
            started.set()

    worker = threading.Thread(target=search_until_locked)
    worker.start()
    assert started.wait(30)
    ws.lock()                                  # returns once the running call has finished
    worker.join(30)
    assert not worker.is_alive()
    calls, exc = outcomes[0]
    assert calls >= 1
    assert isinstance(exc, WorkspaceError) and "locked" in str(exc)
    assert ws.is_locked
    with pytest.raises(WorkspaceError, match="locked"):
        ws.search_records("police")
    # The workspace is intact and opens again.
    with Workspace.open(ws_folder, passphrase=PASSPHRASE, use_keyring=False) as again:
        assert again.stats()["records"] == 400
