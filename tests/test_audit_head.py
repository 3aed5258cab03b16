"""The audit head: a MACed copy of the chain's length and last hash outside the database,
so shortening the log, or rewriting and re-hashing it, is named (issue 16, item 2)."""

from __future__ import annotations

import json

import pytest

from liaison.store import audit
from liaison.store.audit_head import HEAD_NAME
from liaison.store.database import connect, transaction
from liaison.store.metadata import DATABASE_NAME
from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE


def _open(folder):
    return Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False, actor="analyst1")


@pytest.fixture
def folder(tmp_path):
    """A closed workspace with 60 entries, one of them a package receipt near the end."""
    folder = tmp_path / "ws"
    with Workspace.create(folder, "Politie", "NL", use_keyring=False, passphrase=PASSPHRASE,
                          actor="analyst1") as ws:
        for i in range(50):
            ws.record("test.action", f"object-{i}", {"i": i})
        ws.record("package.receive", "pkg-1", {"from": "BE"})
        for i in range(5):
            ws.record("test.action", f"late-{i}", {"i": i})
    return folder


def _key(folder):
    with _open(folder) as ws:
        return bytes(ws._key)


def _attack(folder, key, *statements):
    """Whoever holds the database key: drop the triggers, edit, put the triggers back."""
    conn = connect(folder / DATABASE_NAME, key)
    try:
        create = [sql for (sql,) in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'")]
        conn.execute("DROP TRIGGER audit_no_update")
        conn.execute("DROP TRIGGER audit_no_delete")
        for sql, *params in statements:
            conn.execute(sql, params)
        for sql in create:
            conn.execute(sql)
    finally:
        conn.close()


def _count(folder, key):
    conn = connect(folder / DATABASE_NAME, key)
    try:
        return conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    finally:
        conn.close()


def _verify(folder):
    with _open(folder) as ws:
        return ws.audit_verify(), [e.action for e in ws.audit_entries()]


def _kinds(result):
    return {p.kind for p in result.problems}


def test_intact_workspace_verifies_and_head_follows_every_commit(folder):
    with _open(folder) as ws:
        result = ws.audit_verify()
        assert result.ok and not result.problems, result
        last = ws.record("test.more", "x")
        head = json.loads((folder / HEAD_NAME).read_text())
        assert (head["count"], head["hash"]) == (last.seq, last.hash)


def test_rolled_back_append_leaves_head_untouched(folder):
    with _open(folder) as ws:
        before = (folder / HEAD_NAME).read_bytes()
        with pytest.raises(RuntimeError), transaction(ws.conn):
            ws._audit("test.doomed", "x")
            raise RuntimeError("cancelled")
        assert (folder / HEAD_NAME).read_bytes() == before
        assert ws.audit_verify().ok


@pytest.mark.parametrize("removed", [1, 40])
def test_deleting_the_last_entries_is_named(folder, removed):
    key = _key(folder)
    last = _count(folder, key)
    _attack(folder, key, ("DELETE FROM audit WHERE seq > ?", last - removed))
    result, actions = _verify(folder)
    assert not result.ok
    assert "truncated" in _kinds(result)
    message = next(p.message for p in result.problems if p.kind == "truncated")
    assert f"head file records {last} entries" in message
    assert f"only {last - removed}" in message
    assert "audit.tamper_detected" in actions


def test_rewritten_and_rehashed_chain_is_named(folder):
    key = _key(folder)
    conn = connect(folder / DATABASE_NAME, key)
    rows = conn.execute("SELECT seq, ts, actor, action, object, details FROM audit "
                        "ORDER BY seq").fetchall()
    conn.close()
    statements, prev = [], audit.GENESIS
    for seq, ts, actor, action, obj, details in rows:
        if seq == 3:
            details = '{"i":999}'
        digest = audit.entry_hash(seq, ts, actor, action, obj, details, prev)
        statements.append(("UPDATE audit SET details = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                           details, prev, digest, seq))
        prev = digest
    _attack(folder, key, *statements)
    result, _ = _verify(folder)
    assert not result.ok and result.broken_seq is None  # the chain itself is consistent
    assert "rewritten" in _kinds(result)
    assert "re-hashed" in result.reason


def test_dropped_triggers_are_restored_and_audited(folder):
    key = _key(folder)
    conn = connect(folder / DATABASE_NAME, key)
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.close()
    with _open(folder) as ws:
        names = {n for (n,) in ws.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit'")}
        assert names == {"audit_no_update", "audit_no_delete"}
        with pytest.raises(Exception, match="append-only"):
            ws.conn.execute("DELETE FROM audit WHERE seq = 2")
        restored = [e for e in ws.audit_entries() if e.action == "audit.triggers_restored"]
        assert restored and restored[0].details["missing"] == ["audit_no_delete"]
        result = ws.audit_verify()
    assert not result.ok
    assert "triggers" in _kinds(result)
    assert "audit_no_delete" in result.reason and "restored" in result.reason
    # Once restored the log is whole again, and the finding stays on record.
    later, _ = _verify(folder)
    assert later.ok
    assert any("audit_no_delete" in line for line in later.earlier)


def test_defanged_trigger_is_replaced(folder):
    key = _key(folder)
    conn = connect(folder / DATABASE_NAME, key)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT 1; END")
    conn.close()
    with _open(folder) as ws:
        with pytest.raises(Exception, match="append-only"):
            ws.conn.execute("UPDATE audit SET object = 'x' WHERE seq = 2")
        assert "triggers" in _kinds(ws.audit_verify())


def test_altered_head_file_is_named(folder):
    head = json.loads((folder / HEAD_NAME).read_text())
    head["count"] -= 40
    (folder / HEAD_NAME).write_text(json.dumps(head))
    result, _ = _verify(folder)
    assert not result.ok and "head" in _kinds(result)
    assert "MAC" in result.reason


def test_head_file_of_another_workspace_is_named(folder, tmp_path):
    with Workspace.create(tmp_path / "other", "Politie", "NL", use_keyring=False,
                          passphrase=PASSPHRASE):
        pass
    (folder / HEAD_NAME).write_bytes((tmp_path / "other" / HEAD_NAME).read_bytes())
    result, _ = _verify(folder)
    assert not result.ok and "head" in _kinds(result)


def test_missing_head_file_is_named(folder):
    (folder / HEAD_NAME).unlink()
    result, _ = _verify(folder)
    assert not result.ok and "head" in _kinds(result)
    assert "missing" in result.reason
    # The evidence is kept: no new head is written over it.
    assert not (folder / HEAD_NAME).exists()


def test_detection_survives_later_sessions(folder):
    key = _key(folder)
    _attack(folder, key, ("DELETE FROM audit WHERE seq > ?", _count(folder, key) - 1))
    for _ in range(3):
        result, _ = _verify(folder)
        assert not result.ok and _kinds(result) & {"truncated", "rewritten"}


def test_workspace_without_head_gets_one(folder):
    """A workspace made before the head existed: no head file, no marker in the chain."""
    key = _key(folder)
    # Drop the marker and re-hash, so the chain is intact as an old workspace's would be.
    conn = connect(folder / DATABASE_NAME, key)
    rows = conn.execute("SELECT seq, ts, actor, action, object, details FROM audit "
                        "WHERE action != 'audit.head_created' ORDER BY seq").fetchall()
    conn.close()
    statements, prev = [("DELETE FROM audit",)], audit.GENESIS
    for new_seq, (_, ts, actor, action, obj, details) in enumerate(rows, 1):
        digest = audit.entry_hash(new_seq, ts, actor, action, obj, details, prev)
        statements.append(("INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           new_seq, ts, actor, action, obj, details, prev, digest))
        prev = digest
    _attack(folder, key, *statements)
    (folder / HEAD_NAME).unlink()
    with _open(folder) as ws:
        actions = [e.action for e in ws.audit_entries()]
        assert "audit.head_created" in actions
        assert "audit.tamper_detected" not in actions
        assert ws.audit_verify().ok
    assert (folder / HEAD_NAME).exists()
    result, _ = _verify(folder)
    assert result.ok


def test_rekey_keeps_the_head_verifiable(folder):
    with _open(folder) as ws:
        old = bytes(ws._key)
        ws.rekey(PASSPHRASE)
        assert bytes(ws._key) != old
        assert ws.audit_verify().ok
    result, _ = _verify(folder)
    assert result.ok, result
