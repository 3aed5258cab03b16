"""The audit key: the head's MAC key is a random key of its own in the key slots, not the
database key nor derived from it (issue 16, item 2). Keyring cases: test_keyring.py."""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import replace

import pytest

from liaison.store import audit, keyslots
from liaison.store.audit_head import HEAD_NAME, legacy_mac_key
from liaison.store.database import connect
from liaison.store.metadata import DATABASE_NAME, canonical_json, read_metadata
from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE


def _open(folder, passphrase=PASSPHRASE):
    return Workspace.open(folder, passphrase=passphrase, use_keyring=False, actor="analyst1")


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "ws"
    with Workspace.create(folder, "Politie", "NL", use_keyring=False, passphrase=PASSPHRASE,
                          actor="analyst1") as ws:
        for i in range(50):
            ws.record("test.action", f"object-{i}", {"i": i})
    return folder


def _keys(folder):
    meta = read_metadata(folder)
    return keyslots.unwrap_keys(meta.workspace_id, meta.slots[0], PASSPHRASE)


def _mac(key, head):
    body = {k: v for k, v in head.items() if k != "mac"}
    return hmac.new(key, canonical_json(body), hashlib.sha256).hexdigest()


def test_head_is_maced_with_a_key_of_its_own(folder):
    db_key, audit_key = _keys(folder)
    assert audit_key is not None and len(audit_key) == 32
    assert audit_key not in (db_key, legacy_mac_key(db_key))
    head = json.loads((folder / HEAD_NAME).read_text())
    assert head["mac"] == _mac(audit_key, head)
    # Neither the database key nor anything derived from it alone MACs it.
    assert head["mac"] not in (_mac(db_key, head), _mac(legacy_mac_key(db_key), head))
    with _open(folder) as ws:
        assert ws.audit_verify().ok


def _truncate_and_forge_head(folder, db_key, removed, mac_key):
    """What someone holding only the database key does: drop the triggers, delete the
    log's last entries, put the triggers back, and write a head that fits."""
    conn = connect(folder / DATABASE_NAME, db_key)
    try:
        last = conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
        conn.execute("DROP TRIGGER audit_no_delete")
        conn.execute("DELETE FROM audit WHERE seq > ?", (last - removed,))
        conn.execute(audit.TRIGGERS["audit_no_delete"])
        count, digest = audit.last(conn)
    finally:
        conn.close()
    head = json.loads((folder / HEAD_NAME).read_text())
    head.update(count=count, hash=digest)
    head["mac"] = _mac(mac_key, head)
    (folder / HEAD_NAME).write_text(json.dumps(head))
    return last, count


@pytest.mark.parametrize("scheme", ["derived", "raw"])
def test_database_key_alone_cannot_rewrite_the_head(folder, scheme):
    db_key, _ = _keys(folder)
    mac_key = legacy_mac_key(db_key) if scheme == "derived" else db_key
    _truncate_and_forge_head(folder, db_key, 40, mac_key)
    with _open(folder) as ws:
        result = ws.audit_verify()
        actions = [e.action for e in ws.audit_entries()]
    assert not result.ok
    assert [p.kind for p in result.problems] == ["head"]
    assert "MAC does not verify" in result.reason
    assert "audit.tamper_detected" in actions


def test_new_passphrase_slots_hold_the_audit_key(folder):
    _, audit_key = _keys(folder)
    new = "a different and long passphrase for this"
    with _open(folder) as ws:
        ws.change_passphrase(new)
    meta = read_metadata(folder)
    assert keyslots.unwrap_keys(meta.workspace_id, meta.slots[0], new)[1] == audit_key
    with _open(folder, new) as ws:
        assert ws.audit_verify().ok


def test_rekey_changes_both_keys(folder):
    db_key, audit_key = _keys(folder)
    with _open(folder) as ws:
        ws.rekey(PASSPHRASE)
    new_db, new_audit = _keys(folder)
    assert new_db != db_key and new_audit not in (audit_key, None)
    head = json.loads((folder / HEAD_NAME).read_text())
    assert head["mac"] == _mac(new_audit, head)
    with _open(folder) as ws:
        assert ws.audit_verify().ok


def test_audit_key_swapped_in_from_another_slot_is_refused(folder, tmp_path):
    """The audit key's wrapping is bound to its slot: one copied over from another
    workspace's slot does not decrypt, and the workspace says workspace.json is damaged
    rather than guessing."""
    other = tmp_path / "other"
    Workspace.create(other, "Politie", "NL", use_keyring=False, passphrase=PASSPHRASE).close()
    doc = json.loads((folder / "workspace.json").read_text())
    doc["slots"][0]["audit"] = json.loads((other / "workspace.json").read_text()
                                          )["slots"][0]["audit"]
    meta = read_metadata(folder)
    with pytest.raises(Exception, match="audit key does not decrypt"):
        keyslots.unwrap_keys(meta.workspace_id, doc["slots"][0], PASSPHRASE)


def test_backup_restore_gives_the_restored_workspace_a_new_audit_key(folder, tmp_path):
    out = tmp_path / "ws.backup"
    with _open(folder) as ws:
        ws.backup(out, PASSPHRASE)
    _, audit_key = _keys(folder)
    target = tmp_path / "restored"
    Workspace.restore(out, target, PASSPHRASE, use_keyring=False, passphrase=PASSPHRASE).close()
    meta = read_metadata(target)
    _, restored_key = keyslots.unwrap_keys(meta.workspace_id, meta.slots[0], PASSPHRASE)
    assert restored_key not in (None, audit_key)
    with _open(target) as ws:
        assert ws.audit_verify().ok


def test_audit_key_stripped_from_every_slot_is_named(folder):
    """Someone holding the database key rewrites workspace.json (and the checksum the
    database keeps) without the audit key, hoping the head is then taken as one from
    before audit keys: the log says a key was made, so it is tampering."""
    with _open(folder) as ws:
        ws._save_metadata(replace(ws.meta, slots=[
            {k: v for k, v in slot.items() if k != "audit"} for slot in ws.meta.slots]))
    with _open(folder) as ws:
        assert [p.kind for p in ws.integrity_problems] == ["head"]
        result = ws.audit_verify()
        actions = [e.action for e in ws.audit_entries()]
    assert not result.ok
    assert "No key slot holds the audit key any more" in result.reason
    assert "audit.tamper_detected" in actions
