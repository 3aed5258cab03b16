"""Key slots in a real Secret Service (gnome-keyring on D-Bus), never a mock.

CI starts a D-Bus session with an unlocked gnome-keyring (see .ci/run); on a
developer machine without one these tests skip, and under CI=true they fail.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import shutil
import subprocess
import sys
import textwrap
import uuid
from dataclasses import replace

import keyring
import pytest

from liaison.model.errors import KeyringUnavailable, PassphraseRequired, WrongPassphrase
from liaison.store import audit
from liaison.store.audit_head import HEAD_NAME, AuditHead, legacy_mac_key
from liaison.store.keyslots import KEYRING_SERVICE
from liaison.store.metadata import canonical_json, read_metadata
from liaison.store.unlock import holds_audit
from liaison.workspace import Workspace

from .conftest import require
from .workspace_helpers import PASSPHRASE, folder_state


@pytest.fixture(scope="module")
def secret_service():
    backend = keyring.get_keyring()
    probe = f"liaison-test-{uuid.uuid4()}"
    ok, why = False, f"no Secret Service (keyring backend {type(backend).__module__})"
    if "SecretService" in type(backend).__module__:
        try:
            keyring.set_password(KEYRING_SERVICE, probe, "ab" * 32)
            ok = keyring.get_password(KEYRING_SERVICE, probe) == "ab" * 32
            keyring.delete_password(KEYRING_SERVICE, probe)
        except Exception as exc:  # locked or broken keyring
            why = f"Secret Service unusable: {exc}"
    require(ok, why)
    return backend


@pytest.fixture
def keyring_ws(tmp_path, secret_service):
    folder = tmp_path / "ws"
    Workspace.create(folder, "Centralne Biuro Śledcze Policji", "PL").close()
    yield folder
    _forget(read_metadata(folder).workspace_id)


def _forget(wsid):
    for account in (wsid, wsid + ":pending", wsid + ":audit", wsid + ":pending:audit",
                    wsid + ":user"):
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(KEYRING_SERVICE, account)


def test_reopen_from_keyring_without_passphrase(keyring_ws):
    meta = read_metadata(keyring_ws)
    assert meta.slot_types() == ["keyring"]
    stored = keyring.get_password(KEYRING_SERVICE, meta.workspace_id)
    assert len(bytes.fromhex(stored)) == 32
    assert stored not in (keyring_ws / "workspace.json").read_text()
    with Workspace.open(keyring_ws) as ws:
        assert ws.info().agency == "Centralne Biuro Śledcze Policji"


def test_removed_keyring_entry_is_explained(keyring_ws):
    keyring.delete_password(KEYRING_SERVICE, read_metadata(keyring_ws).workspace_id)
    before = folder_state(keyring_ws)
    with pytest.raises(KeyringUnavailable, match="has no key for this workspace"):
        Workspace.open(keyring_ws)
    assert folder_state(keyring_ws) == before


def test_foreign_key_in_keyring_is_detected(keyring_ws):
    keyring.set_password(KEYRING_SERVICE, read_metadata(keyring_ws).workspace_id, "cd" * 32)
    with pytest.raises(KeyringUnavailable, match="another workspace"):
        Workspace.open(keyring_ws)


def test_passphrase_fallback_when_keyring_entry_lost(keyring_ws):
    with Workspace.open(keyring_ws) as ws:
        ws.add_passphrase(PASSPHRASE)
    keyring.delete_password(KEYRING_SERVICE, read_metadata(keyring_ws).workspace_id)
    with pytest.raises(PassphraseRequired, match=r"has no key for this workspace.*passphrase"):
        Workspace.open(keyring_ws)
    Workspace.open(keyring_ws, passphrase=PASSPHRASE).close()


def test_require_both(tmp_path, secret_service):
    folder = tmp_path / "field"
    Workspace.create(folder, "Field team", "DE", passphrase=PASSPHRASE,
                     require_both=True).close()
    wsid = read_metadata(folder).workspace_id
    try:
        # The keyring holds a share, not the key: the key alone is nowhere.
        assert read_metadata(folder).slot_types() == ["keyring+passphrase"]
        with pytest.raises(PassphraseRequired):
            Workspace.open(folder)
        with pytest.raises(WrongPassphrase):
            Workspace.open(folder, passphrase="wrong")
        with pytest.raises(KeyringUnavailable):
            Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False)
        with Workspace.open(folder, passphrase=PASSPHRASE) as ws:
            ws.rekey(passphrase=PASSPHRASE)
        Workspace.open(folder, passphrase=PASSPHRASE).close()
        with Workspace.open(folder, passphrase=PASSPHRASE) as ws:
            ws.remove_passphrase()
        assert read_metadata(folder).slot_types() == ["keyring"]
        with Workspace.open(folder) as ws:
            assert ws.audit_verify().ok
    finally:
        _forget(wsid)


def test_slot_changes_and_rekey_with_keyring(keyring_ws):
    with Workspace.open(keyring_ws) as ws:
        ws.add_passphrase(PASSPHRASE)
        ws.rekey(passphrase=PASSPHRASE)
        ws.remove_keyring()
    meta = read_metadata(keyring_ws)
    assert meta.slot_types() == ["passphrase"]
    assert keyring.get_password(KEYRING_SERVICE, meta.workspace_id) is None
    assert keyring.get_password(KEYRING_SERVICE, meta.workspace_id + ":audit") is None
    with Workspace.open(keyring_ws, passphrase=PASSPHRASE) as ws:
        ws.add_keyring()
        actions = [e.action for e in ws.audit_entries()]
    assert actions.count("keyslot.add") == 2 and "workspace.rekey" in actions
    with Workspace.open(keyring_ws) as ws:
        assert ws.audit_verify().ok


def _run_without_session_bus(args, tmp_path):
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=f"unix:path={tmp_path}/no-bus",
               HOME=str(tmp_path))
    env.pop("PYTHON_KEYRING_BACKEND", None)
    return subprocess.run([sys.executable, "-m", "liaison", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def test_missing_keyring_is_explained(keyring_ws, tmp_path):
    before = folder_state(keyring_ws)
    done = _run_without_session_bus(["--workspace", str(keyring_ws), "info"], tmp_path)
    assert done.returncode == 1
    assert "keyring" in done.stderr and "Traceback" not in done.stderr
    assert folder_state(keyring_ws) == before
    done = _run_without_session_bus(
        ["--workspace", str(tmp_path / "new"), "init", "--agency", "A", "--country", "DE"],
        tmp_path)
    assert done.returncode == 1
    assert "No OS keyring is available" in done.stderr
    assert "--no-keyring" in done.stderr
    assert not (tmp_path / "new").exists()


def test_locked_keyring_is_explained(tmp_path):
    """Lock the collection of a private gnome-keyring and open a workspace against it."""
    tools = [shutil.which(t) for t in ("dbus-run-session", "gnome-keyring-daemon")]
    require(all(tools), "dbus-run-session and gnome-keyring-daemon are needed")
    script = textwrap.dedent(f"""
        import secretstorage
        from liaison.workspace import Workspace
        from liaison.model.errors import KeyringUnavailable
        Workspace.create({str(tmp_path / 'ws')!r}, "A", "DE").close()
        conn = secretstorage.dbus_init()
        secretstorage.get_default_collection(conn).lock()
        try:
            Workspace.open({str(tmp_path / 'ws')!r})
        except KeyringUnavailable as exc:
            print("REFUSED:", exc)
    """)
    (tmp_path / "probe.py").write_text(script)
    shell = (f"echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null;"
             f" {sys.executable} {tmp_path / 'probe.py'}")
    done = subprocess.run(["dbus-run-session", "--", "sh", "-c", shell], capture_output=True,
                          text=True, timeout=120, env=dict(os.environ, HOME=str(tmp_path)))
    assert "REFUSED: The OS keyring is locked" in done.stdout, done.stdout + done.stderr


# --- the audit key (issue 16, item 2) ---------------------------------------------------


def test_keyring_slot_keeps_the_audit_key_in_an_entry_of_its_own(keyring_ws):
    meta = read_metadata(keyring_ws)
    assert meta.slots[0]["audit"] == {"keyring": True}
    db_key = bytes.fromhex(keyring.get_password(KEYRING_SERVICE, meta.workspace_id))
    audit_key = bytes.fromhex(keyring.get_password(KEYRING_SERVICE,
                                                   meta.workspace_id + ":audit"))
    assert len(audit_key) == 32 and audit_key not in (db_key, legacy_mac_key(db_key))
    head = json.loads((keyring_ws / HEAD_NAME).read_text())
    body = canonical_json({k: v for k, v in head.items() if k != "mac"})
    assert head["mac"] == hmac.new(audit_key, body, hashlib.sha256).hexdigest()
    with Workspace.open(keyring_ws) as ws:
        ws.rekey()
    assert keyring.get_password(KEYRING_SERVICE, meta.workspace_id + ":audit") != audit_key.hex()
    assert keyring.get_password(KEYRING_SERVICE, meta.workspace_id + ":pending:audit") is None
    with Workspace.open(keyring_ws) as ws:
        assert ws.audit_verify().ok


def _as_before_audit_keys(folder):
    """Turn a keyring + passphrase workspace into one as Liaison left it before audit
    keys: no audit key in any slot or the keyring, the head MACed under a key derived
    from the database key, the head's start not marked as made under an audit key."""
    with Workspace.open(folder, passphrase=PASSPHRASE) as ws:
        db_key, wsid = bytes(ws._key), ws.meta.workspace_id
        ws._save_metadata(replace(ws.meta, slots=[
            {k: v for k, v in slot.items() if k != "audit"} for slot in ws.meta.slots]))
        rows = ws.conn.execute("SELECT seq, ts, actor, action, object, details FROM audit "
                               "ORDER BY seq").fetchall()
        ws.conn.execute("DROP TRIGGER audit_no_update")
        prev = audit.GENESIS
        for seq, ts, actor, action, obj, details in rows:
            parsed = json.loads(details)
            parsed.pop("mac", None)
            details = canonical_json(parsed).decode()
            digest = audit.entry_hash(seq, ts, actor, action, obj, details, prev)
            ws.conn.execute("UPDATE audit SET details = ?, prev_hash = ?, hash = ? "
                            "WHERE seq = ?", (details, prev, digest, seq))
            prev = digest
        ws.conn.execute(audit.TRIGGERS["audit_no_update"])
        count = len(rows)
    keyring.delete_password(KEYRING_SERVICE, wsid + ":audit")
    AuditHead(folder, wsid, legacy_mac_key(db_key)).write(count, prev)


def test_upgrade_reaches_the_slots_it_can_and_the_rest_later(keyring_ws):
    """A workspace from before audit keys, with a keyring and a passphrase slot, opened
    from the keyring alone: the keyring slot gets the audit key at once; the passphrase
    slot cannot (its passphrase was not given). Opened with the passphrase alone, the
    head cannot be checked (said, not taken for tampering); opened with both, the
    passphrase slot gets the key too."""
    with Workspace.open(keyring_ws) as ws:
        ws.add_passphrase(PASSPHRASE)
    _as_before_audit_keys(keyring_ws)
    with Workspace.open(keyring_ws) as ws:
        created = [e for e in ws.audit_entries() if e.action == "audit.key_created"]
        assert created[0].details == {"reason": "upgrade", "slots": ["keyring"],
                                      "without": ["passphrase"]}
        assert ws.audit_verify().ok
    meta = read_metadata(keyring_ws)
    assert [holds_audit(s) for s in meta.slots] == [True, False]
    with Workspace.open(keyring_ws, passphrase=PASSPHRASE, use_keyring=False) as ws:
        assert not ws.integrity_problems
        result = ws.audit_verify()
        assert "audit.tamper_detected" not in [e.action for e in ws.audit_entries()]
    assert not result.ok and [p.kind for p in result.problems] == ["head-key"]
    assert "held by the keyring slot" in result.reason
    with Workspace.open(keyring_ws, passphrase=PASSPHRASE) as ws:
        given = [e for e in ws.audit_entries() if e.action == "keyslot.audit_key"]
        assert given[0].details == {"slots": ["passphrase"], "without": []}
    with Workspace.open(keyring_ws, passphrase=PASSPHRASE, use_keyring=False) as ws:
        assert ws.audit_verify().ok


def test_rekey_refuses_a_wrong_passphrase_even_when_the_keyring_opens(keyring_ws):
    # The keyring slot opens without a passphrase: rekey must prove the one it was given
    # against the passphrase slot, or a typo would become the workspace's passphrase.
    with Workspace.open(keyring_ws) as ws:
        ws.add_passphrase(PASSPHRASE)
        before = folder_state(keyring_ws)
        with pytest.raises(WrongPassphrase):
            ws.rekey(passphrase=PASSPHRASE + " typo")
        assert folder_state(keyring_ws) == before
        assert "workspace.rekey" not in [e.action for e in ws.audit_entries()]
    with Workspace.open(keyring_ws, passphrase=PASSPHRASE, use_keyring=False) as ws:
        assert ws.audit_verify().ok


def test_first_users_keyring_slot_holds_their_key_for_custody(keyring_ws):
    """A second user starts custody; the first user's keyring slot keeps their own key in
    an entry of its own, so opening from the keyring alone can still sign."""
    from liaison.exchange import identity

    with Workspace.open(keyring_ws) as ws:
        ws.identity_create(days=30)
        ws.user_add("ana", "tangerine violin cobalt harbour", ["analyst"])
        (slot,) = ws.meta.slots
        assert slot["user_key"] == {"keyring": True}
    wsid = read_metadata(keyring_ws).workspace_id
    assert keyring.get_password(KEYRING_SERVICE, wsid + ":user")
    with Workspace.open(keyring_ws) as ws:
        assert ws.session_user()["custody"]
        identity.signing_key(ws.conn)
    with Workspace.open(keyring_ws, user="ana", passphrase="tangerine violin cobalt harbour",
                        use_keyring=False) as ws:
        assert not ws.session_user()["custody"]
