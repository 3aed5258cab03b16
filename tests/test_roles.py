"""Users, roles and the custody of the signing key (ARCHITECTURE.md, "Users and roles").

Real SQLCipher files and real key slots (passphrase slots: the keyring slot has its own
tests in test_keyring.py)."""

from __future__ import annotations

import inspect
import re
import shutil

import pytest

from liaison.cli import main as cli_main
from liaison.exchange import identity
from liaison.model.errors import RoleRefused, UnlockError, WrongPassphrase
from liaison.model.roles import PERMISSIONS, READS, ROLE_NAMES, ROLES
from liaison.store import users as store_users
from liaison.store.database import connect
from liaison.store.metadata import DATABASE_NAME
from liaison.store.unlock import key_from_slots
from liaison.workspace import Workspace

from .conftest import REPO, TEST_DATA
from .workspace_helpers import PASSPHRASE, folder_state

# One user per role, each with a passphrase of their own.
PEOPLE = {"analyst": ("ana", "tangerine violin cobalt harbour"),
          "releasing-officer": ("rel", "marble otter lantern sixteen"),
          "auditor": ("aud", "quiet pepper glacier obelisk"),
          "administrator": ("adm", "saffron kettle moonlit arcade")}


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("roles") / "ws"
    with Workspace.create(folder, "Polizei Nord", "DE", use_keyring=False,
                          passphrase=PASSPHRASE, actor="chief") as ws:
        ws.identity_create(days=30)
        for role, (name, secret) in PEOPLE.items():
            ws.user_add(name, secret, [role], session_passphrase=PASSPHRASE)
    return folder


@pytest.fixture(scope="module")
def sessions(folder):
    opened = {role: Workspace.open(folder, passphrase=secret, use_keyring=False, user=name)
              for role, (name, secret) in PEOPLE.items()}
    yield opened
    for ws in opened.values():
        ws.lock()


def _public_methods() -> set[str]:
    return {n for n in dir(Workspace) if not n.startswith("_")
            and inspect.isfunction(inspect.getattr_static(Workspace, n))}


def test_every_facade_method_is_in_the_role_table_or_only_reads():
    unclassified = _public_methods() - set(PERMISSIONS) - set(READS) - {"check"}
    assert not unclassified, f"classify these in model/roles.py: {sorted(unclassified)}"
    assert not set(PERMISSIONS) & set(READS)
    assert set(PERMISSIONS) <= _public_methods()


@pytest.mark.parametrize("action", sorted(PERMISSIONS))
def test_each_role_is_allowed_or_refused_as_the_table_says(sessions, action):
    for role, ws in sessions.items():
        # The facade checks the role before the method runs; an argument no method takes
        # stops an allowed call right there, so nothing is changed by this probe.
        with pytest.raises((RoleRefused, TypeError)) as caught:
            getattr(ws, action)(__role_probe__=True)
        if role in PERMISSIONS[action]:
            assert caught.type is TypeError, f"{role} was refused {action}"
        else:
            assert caught.type is RoleRefused, f"{role} was allowed {action}"
            needed = [ROLE_NAMES[r] for r in PERMISSIONS[action]]
            assert any(n in str(caught.value) for n in needed)


def test_architecture_lists_the_same_table():
    text = (REPO / "ARCHITECTURE.md").read_text(encoding="utf-8")
    section = text.split("## Users and roles", 1)[1].split("\n## ", 1)[0]
    found: dict[str, frozenset[str]] = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 2 or "`" not in cells[1]:
            continue
        roles = frozenset(r for r in ROLES if ROLE_NAMES[r] in cells[0])
        for action in re.findall(r"`([a-z_]+)`", cells[1]):
            found[action] = roles
    assert found == dict(PERMISSIONS)


def test_a_refusal_names_the_role_and_changes_nothing(folder, sessions):
    before = sessions["analyst"].partners()
    with pytest.raises(RoleRefused, match="needs the administrator role"):
        sessions["analyst"].partner_add("Gendarmerie", "FR")
    assert sessions["analyst"].partners() == before


def test_audit_entries_name_the_user_not_the_login(sessions):
    sessions["analyst"].remember_search("smith")
    last = sessions["auditor"].audit_entries()[-1]
    assert last.action != "" and any(e.actor == "ana" for e in
                                     sessions["auditor"].audit_entries())
    actors = {e.actor for e in sessions["auditor"].audit_entries()}
    assert actors <= {"chief", "ana", "rel", "aud", "adm"}


def test_an_analysts_slot_cannot_unwrap_the_signing_key(folder, sessions):
    ws = sessions["analyst"]
    # Through the application: refused, naming who may sign.
    with pytest.raises(RoleRefused, match="releasing officers"):
        identity.signing_key(ws.conn)
    # Around it: the analyst's own private key, from their slot, and the stored blob.
    entry = ws.meta.users["ana"]
    private = key_from_slots(ws.meta.workspace_id, entry["slots"], entry["check"],
                             PEOPLE["analyst"][1], use_keyring=False)
    blob = ws.conn.execute("SELECT private_key FROM identity_keys "
                           "WHERE usage = 'signing'").fetchone()[0]
    assert bytes(blob).startswith(store_users.SEALED_PREFIX)
    assert "release" not in entry
    with pytest.raises(UnlockError):
        store_users.open_signing_key(blob, ws.meta.workspace_id, private, "ana")
    # A releasing officer's session opens it.
    _cert, key = identity.signing_key(sessions["releasing-officer"].conn)
    assert key.key_size >= 2048


def test_wrong_passphrase_for_a_user(folder):
    assert Workspace.check(folder, passphrase=PEOPLE["auditor"][1], use_keyring=False,
                           user="aud").ok  # liaison check --user: their own slots
    with pytest.raises(WrongPassphrase):
        Workspace.open(folder, passphrase=PEOPLE["auditor"][1], use_keyring=False,
                       user="ana")
    with pytest.raises(RoleRefused, match="No user 'nobody'"):
        Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False, user="nobody")


def test_grant_and_revoke(tmp_path, folder):
    copy = tmp_path / "ws"
    shutil.copytree(folder, copy)
    with Workspace.open(copy, passphrase=PASSPHRASE, use_keyring=False) as ws:
        assert ws.role_grant("ana", "releasing officer") == ["analyst", "releasing-officer"]
        assert "release" in ws.meta.users["ana"]
        with pytest.raises(Exception, match="does not hold"):
            ws.role_revoke("aud", "analyst")
    with Workspace.open(copy, passphrase=PEOPLE["analyst"][1], use_keyring=False,
                        user="ana") as ws:
        assert ws.holds_custody()
        identity.signing_key(ws.conn)
        kept = bytes(ws._release_key)  # what ana could take with her
    with Workspace.open(copy, passphrase=PEOPLE["administrator"][1], use_keyring=False,
                        user="adm") as ws:
        with pytest.raises(RoleRefused, match="release key"):
            ws.role_grant("aud", "releasing-officer")  # adm holds no release key
        with pytest.raises(RoleRefused, match="release key is renewed"):
            ws.role_revoke("ana", "releasing-officer")
    with Workspace.open(copy, passphrase=PASSPHRASE, use_keyring=False) as ws:
        ws.role_revoke("ana", "releasing-officer")  # the release key is renewed
        assert "release" not in ws.meta.users["ana"]
        blob = ws.conn.execute("SELECT private_key FROM identity_keys "
                               "WHERE usage = 'signing'").fetchone()[0]
        with pytest.raises(UnlockError):
            store_users.open_signing_key(blob, ws.meta.workspace_id, kept, "ana")
        identity.signing_key(ws.conn)
    with Workspace.open(copy, passphrase=PEOPLE["releasing-officer"][1], use_keyring=False,
                        user="rel") as ws:
        identity.signing_key(ws.conn)  # the other officer got the new key


def test_removing_a_user_removes_their_slots_and_rekeys(tmp_path, folder):
    copy = tmp_path / "ws"
    shutil.copytree(folder, copy)
    with Workspace.open(copy, passphrase=PEOPLE["analyst"][1], use_keyring=False,
                        user="ana") as ws:
        old_key = bytes(ws._key)  # what a departing analyst could have kept
    with Workspace.open(copy, passphrase=PASSPHRASE, use_keyring=False) as ws:
        ws.user_remove("ana", passphrase=PASSPHRASE)
        assert "ana" not in ws.meta.users
        assert [u["name"] for u in ws.users()] == ["adm", "aud", "chief", "rel"]
    with pytest.raises(RoleRefused):
        Workspace.open(copy, passphrase=PEOPLE["analyst"][1], use_keyring=False, user="ana")
    with pytest.raises(UnlockError):
        connect(copy / DATABASE_NAME, old_key, key_verified=False).close()
    for role in ("releasing-officer", "auditor"):  # the others open under the new key
        name, secret = PEOPLE[role]
        with Workspace.open(copy, passphrase=secret, use_keyring=False, user=name) as ws:
            assert ws.stats()["records"] == 0
    with Workspace.open(copy, passphrase=PEOPLE["releasing-officer"][1], use_keyring=False,
                        user="rel") as ws:
        identity.signing_key(ws.conn)


def test_bad_user_changes_leave_the_workspace_as_it_was(tmp_path, folder):
    copy = tmp_path / "ws"
    shutil.copytree(folder, copy)
    with Workspace.open(copy, passphrase=PASSPHRASE, use_keyring=False) as ws:
        before = (folder_state(copy)["workspace.json"], ws.users())
        for bad, says in (
                (lambda: ws.user_add("ANA", "another long passphrase here", ["analyst"]),
                 "already a user"),
                (lambda: ws.user_add("x/y", "another long passphrase here", ["analyst"]),
                 "not a usable user name"),
                (lambda: ws.user_add("eve", "another long passphrase here", ["boss"]),
                 "Unknown role 'boss'"),
                (lambda: ws.user_add("eve", "password", ["analyst"]), "passphrase"),
                (lambda: ws.user_remove("chief"), "first user"),
                (lambda: ws.user_remove("nobody"), "No user 'nobody'"),
                (lambda: ws.role_grant("chief", "analyst"), "already holds"),
                (lambda: ws.role_revoke("aud", "analyst"), "does not hold")):
            with pytest.raises(Exception, match=says):
                bad()
        assert (folder_state(copy)["workspace.json"], ws.users()) == before


def test_an_old_workspace_has_one_administrator_holding_every_role(tmp_path):
    folder = tmp_path / "old"
    shutil.copytree(TEST_DATA / "workspaces" / "schema-v1", folder)
    with Workspace.open(folder, passphrase="liaison-sample-v1", use_keyring=False) as ws:
        (only,) = ws.users()
        assert only["name"] == "admin" and only["roles"] == list(ROLES)
        assert ws.audit_entries()[-1].actor == "admin"


@pytest.mark.slow  # whole command-line sessions, each unlocking with Argon2id
def test_cli_users(tmp_path, folder, capsys):
    copy = tmp_path / "ws"
    shutil.copytree(folder, copy)
    chief, bea = tmp_path / "chief.txt", tmp_path / "bea.txt"
    chief.write_text(PASSPHRASE + "\n")
    bea.write_text("pumpkin cathedral nineteen walrus\n")
    base = ["--workspace", str(copy), "--passphrase-file", str(chief)]
    assert cli_main([*base, "users", "add", "bea", "--role", "analyst", "--role",
                     "auditor", "--new-passphrase-file", str(bea)]) == 0
    assert "Added user bea (analyst, auditor)" in capsys.readouterr().out
    as_bea = ["--workspace", str(copy), "--passphrase-file", str(bea), "--user", "bea"]
    assert cli_main([*as_bea, "users", "list"]) == 0
    assert "* bea" in capsys.readouterr().out
    assert cli_main([*as_bea, "partner", "add", "--name", "Gendarmerie", "--country", "FR"]) == 1
    assert "needs the administrator role" in capsys.readouterr().err
    assert cli_main([*base, "users", "revoke", "bea", "auditor"]) == 0
    assert "bea now holds: analyst." in capsys.readouterr().out
    assert cli_main([*base, "users", "remove", "bea"]) == 0
    assert "rekeyed" in capsys.readouterr().out


def test_a_renewal_cut_short_still_signs_with_the_previous_release_key(tmp_path, folder):
    """A crash after the officers got the new release key but before the signing keys
    were sealed to it: the next open uses the previous key, which still opens them."""
    from dataclasses import replace as with_

    copy = tmp_path / "ws"
    shutil.copytree(folder, copy)
    with Workspace.open(copy, passphrase=PASSPHRASE, use_keyring=False) as ws:
        users = ws._seal_release(dict(ws.meta.users), store_users.new_private(),
                                 keep_previous=True)
        ws._save_metadata(with_(ws.meta, users=users))  # ... and the crash comes here
    name, secret = PEOPLE["releasing-officer"]
    with Workspace.open(copy, passphrase=secret, use_keyring=False, user=name) as ws:
        identity.signing_key(ws.conn)


@pytest.mark.slow  # two backups and two restores, each through Argon2id
def test_a_backup_by_a_releasing_officer_restores_with_custody(tmp_path, folder):
    with Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False) as ws:
        ws.backup(tmp_path / "by-chief.lbk", PASSPHRASE)
    name, secret = PEOPLE["administrator"]
    with Workspace.open(folder, passphrase=secret, use_keyring=False, user=name) as ws:
        ws.backup(tmp_path / "by-adm.lbk", secret)  # adm cannot sign: no release key in it
    with Workspace.restore(tmp_path / "by-chief.lbk", tmp_path / "a", PASSPHRASE,
                           use_keyring=False, passphrase=PASSPHRASE) as ws:
        identity.signing_key(ws.conn)
    with Workspace.open(tmp_path / "a", passphrase=PASSPHRASE, use_keyring=False) as ws:
        assert ws.session_user()["name"] == "chief" and ws.holds_custody()
        identity.signing_key(ws.conn)
    with Workspace.restore(tmp_path / "by-adm.lbk", tmp_path / "b", secret,
                           use_keyring=False, passphrase=PASSPHRASE) as ws:
        assert [e.action for e in ws.audit_entries()][-3] == "custody.lost"
        ws.identity_create(replace=True, days=30)  # custody starts again with a new key
        identity.signing_key(ws.conn)
