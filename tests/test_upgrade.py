"""Every released on-disk format still opens and is upgraded in place."""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil

import pytest

from liaison.store import audit
from liaison.store.audit_head import HEAD_NAME, legacy_mac_key
from liaison.store.database import connect
from liaison.store.metadata import DATABASE_NAME, canonical_json
from liaison.store.migrations import latest_version
from liaison.store.unlock import holds_audit
from liaison.workspace import Workspace

from .conftest import TEST_DATA

SAMPLES = {"schema-v1": "liaison-sample-v1", "head-v1": "liaison-sample-head-v1"}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_old_workspace_upgrades(name, tmp_path):
    folder = tmp_path / name
    shutil.copytree(TEST_DATA / "workspaces" / name, folder)
    with Workspace.open(folder, passphrase=SAMPLES[name], use_keyring=False) as ws:
        info = ws.info()
        assert info.schema_version == latest_version()
        assert ws.audit_verify().ok
        assert any(e.action == "sample.marker" for e in ws.audit_entries())
        # Made before audit keys: the slot was given one now.
        assert all(holds_audit(s) for s in ws.meta.slots)
        assert ws.stats()["records"] == 0
    # Opening again is a no-op for the schema.
    with Workspace.open(folder, passphrase=SAMPLES[name], use_keyring=False) as ws:
        assert ws.info().schema_version == latest_version()


def _head_mac(folder, key):
    head = json.loads((folder / HEAD_NAME).read_text())
    body = canonical_json({k: v for k, v in head.items() if k != "mac"})
    return head["mac"], hmac.new(key, body, hashlib.sha256).hexdigest()


def test_head_from_before_audit_keys_moves_to_an_audit_key(tmp_path):
    """audit-head.json as Liaison wrote it before audit keys (MACed under a key derived
    from the database key) is checked once under that key, then MACed under the new
    audit key; from then on the derived key is refused."""
    folder = tmp_path / "head-v1"
    shutil.copytree(TEST_DATA / "workspaces" / "head-v1", folder)
    with Workspace.open(folder, passphrase=SAMPLES["head-v1"], use_keyring=False) as ws:
        db_key = bytes(ws._key)
        entries = ws.audit_entries()
        created = [e for e in entries if e.action == "audit.key_created"]
        assert len(created) == 1
        assert created[0].details == {"reason": "upgrade", "slots": ["passphrase"],
                                      "without": []}
        assert "audit.tamper_detected" not in [e.action for e in entries]
        assert ws.audit_verify().ok
    mac, legacy = _head_mac(folder, legacy_mac_key(db_key))
    assert mac != legacy
    # Someone holding the database key truncates the log and MACs a head the old way.
    conn = connect(folder / DATABASE_NAME, db_key)
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute("DELETE FROM audit WHERE seq > (SELECT max(seq) - 3 FROM audit)")
    conn.execute(audit.TRIGGERS["audit_no_delete"])
    count, digest = audit.last(conn)
    conn.close()
    head = json.loads((folder / HEAD_NAME).read_text())
    head.update(count=count, hash=digest)
    head["mac"] = hmac.new(legacy_mac_key(db_key),
                           canonical_json({k: v for k, v in head.items() if k != "mac"}),
                           hashlib.sha256).hexdigest()
    (folder / HEAD_NAME).write_text(json.dumps(head))
    with Workspace.open(folder, passphrase=SAMPLES["head-v1"], use_keyring=False) as ws:
        result = ws.audit_verify()
    assert not result.ok and "MAC does not verify" in result.reason
