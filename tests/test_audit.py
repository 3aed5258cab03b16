"""The audit chain: every workspace action is logged and tampering is named."""

from __future__ import annotations

import json

import pytest

from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "Policía Nacional", "ES", use_keyring=False,
                          passphrase=PASSPHRASE, actor="analyst1")
    for i in range(5):
        ws.record("test.action", f"object-{i}", {"i": i, "text": "señal"})
    yield ws
    ws.close()


def _tamper(ws, sql, *params):
    # An attacker with the key drops the append-only triggers first.
    ws.conn.execute("DROP TRIGGER IF EXISTS audit_no_update")
    ws.conn.execute("DROP TRIGGER IF EXISTS audit_no_delete")
    ws.conn.execute(sql, params)


def test_chain_verifies_and_records_actions(ws):
    result = ws.audit_verify()
    assert result.ok and result.entries == 7
    entries = ws.audit_entries()
    assert [e.action for e in entries[:2]] == ["workspace.create", "audit.head_created"]
    assert all(e.actor == "analyst1" for e in entries)
    assert entries[1].prev_hash == entries[0].hash


def test_audit_is_append_only_through_sql(ws):
    with pytest.raises(Exception, match="append-only"):
        ws.conn.execute("UPDATE audit SET details = '{}' WHERE seq = 2")
    with pytest.raises(Exception, match="append-only"):
        ws.conn.execute("DELETE FROM audit WHERE seq = 2")


def test_tampered_details_named(ws):
    _tamper(ws, "UPDATE audit SET details = ? WHERE seq = 3", '{"i":99}')
    result = ws.audit_verify()
    assert not result.ok
    assert result.broken_seq == 3
    assert "altered" in result.reason


def test_deleted_entry_named(ws):
    _tamper(ws, "DELETE FROM audit WHERE seq = 4")
    result = ws.audit_verify()
    assert (result.ok, result.broken_seq) == (False, 4)
    assert "missing" in result.reason


def test_rehashed_entry_breaks_the_link(ws):
    from liaison.store.audit import entry_hash

    row = ws.conn.execute("SELECT * FROM audit WHERE seq = 2").fetchone()
    new_details = '{"i":42}'
    forged = entry_hash(2, row[1], row[2], row[3], row[4], new_details, row[6])
    _tamper(ws, "UPDATE audit SET details = ?, hash = ? WHERE seq = 2", new_details, forged)
    result = ws.audit_verify()
    assert (result.ok, result.broken_seq) == (False, 3)


def test_export_json_lines(ws, tmp_path):
    out = tmp_path / "audit.jsonl"
    count = ws.audit_export(out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == count
    assert lines[2]["details"]["text"] == "señal"  # after create and head_created
    assert [entry["seq"] for entry in lines] == list(range(1, count + 1))


def test_open_and_failures_are_audited(tmp_path):
    folder = tmp_path / "w"
    Workspace.create(folder, "A", "FR", use_keyring=False, passphrase=PASSPHRASE).close()
    with Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False,
                        failed_attempts=2) as ws:
        actions = [(e.action, e.details) for e in ws.audit_entries()]
    assert ("workspace.unlock_failed", {"attempts": 2}) in actions
    assert actions[-1][0] == "workspace.open"
