"""Key slots in a real Secret Service (gnome-keyring on D-Bus), never a mock.

CI starts a D-Bus session with an unlocked gnome-keyring (see .ci/run); on a
developer machine without one these tests skip, and under CI=true they fail.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import textwrap
import uuid

import keyring
import pytest

from liaison.model.errors import KeyringUnavailable, PassphraseRequired, WrongPassphrase
from liaison.store.keyslots import KEYRING_SERVICE
from liaison.store.metadata import read_metadata
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
    wsid = read_metadata(folder).workspace_id
    for account in (wsid, wsid + ":pending"):
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
        Workspace.open(folder).close()
    finally:
        keyring.delete_password(KEYRING_SERVICE, wsid)


def test_slot_changes_and_rekey_with_keyring(keyring_ws):
    with Workspace.open(keyring_ws) as ws:
        ws.add_passphrase(PASSPHRASE)
        ws.rekey(passphrase=PASSPHRASE)
        ws.remove_keyring()
    meta = read_metadata(keyring_ws)
    assert meta.slot_types() == ["passphrase"]
    assert keyring.get_password(KEYRING_SERVICE, meta.workspace_id) is None
    with Workspace.open(keyring_ws, passphrase=PASSPHRASE) as ws:
        ws.add_keyring()
        actions = [e.action for e in ws.audit_entries()]
    assert actions.count("keyslot.add") == 2 and "workspace.rekey" in actions
    Workspace.open(keyring_ws).close()


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
