"""Four-eyes release and shares awaiting release (ARCHITECTURE.md, "Release").

Two real workspaces with RSA identities, pinned both ways; the sender has an analyst and
a releasing officer besides its first user (an administrator and releasing officer)."""

from __future__ import annotations

import json
import shutil

import pytest

from liaison.cli import main as cli_main
from liaison.model.errors import RoleRefused
from liaison.store import audit
from liaison.workspace import Workspace
from liaison.workspace.release import ReleaseError

from .exchange_helpers import add_records, new_workspace, pin, sample
from .workspace_helpers import PASSPHRASE

ANA, REL = "tangerine violin cobalt harbour", "marble otter lantern sixteen"


@pytest.fixture(scope="module")
def agencies(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("release")
    nl = new_workspace(tmp / "nl", "Politie NL", "NL")
    de = new_workspace(tmp / "de", "Bundeskriminalamt", "DE")
    pin(de, nl, "Politie", tmp / "nl-certs")
    pin(nl, de, "BKA", tmp / "de-certs")
    ids = add_records(nl, sample("Politie NL", "NL", n=2))
    nl.user_add("ana", ANA, ["analyst"], session_passphrase=PASSPHRASE)
    nl.user_add("rel", REL, ["releasing-officer"], session_passphrase=PASSPHRASE)
    folder = nl.folder
    nl.lock()
    yield folder, de, ids, tmp
    de.lock()


@pytest.fixture
def nl(agencies, tmp_path):
    """A fresh copy of the sender's workspace for each test."""
    folder = tmp_path / "nl"
    shutil.copytree(agencies[0], folder)
    return folder


def _open(folder, user=None, secret=PASSPHRASE):
    return Workspace.open(folder, passphrase=secret, use_keyring=False, user=user)


def _last(ws, action):
    """The newest entry of ``action``, read from the store (not every role may list the
    log through the facade)."""
    return next(e for e in reversed(list(audit.entries(ws.conn, 0))) if e.action == action)


def test_an_analysts_share_waits_for_a_releasing_officer(agencies, nl):
    _, de, ids, _ = agencies
    with _open(nl, "ana", ANA) as ws:
        result = ws.share(["BKA"], record_ids=ids)
        assert result.packages == [] and len(result.awaiting) == 1
        (waiting,) = [e for e in ws.outbox_entries() if e["status"] == "awaiting release"]
        assert waiting["prepared_by"] == "ana" and waiting["four_eyes"] == []
        with pytest.raises(RoleRefused, match="releasing officer"):
            ws.release_approve(waiting["release_id"])
    with _open(nl, "rel", REL) as ws:
        done = ws.release_approve(result.awaiting[0]["id"][:8])
        assert done["status"] == "sent" and ws.releases() == []
        package = ws.folder / next(e for e in ws.outbox_entries()
                                   if e["package_id"] == done["packages"][0])["file"]
        entry = _last(ws, "share.release")
        assert entry.actor == "rel"
    details = json.loads(entry.details) if isinstance(entry.details, str) else entry.details
    assert details["prepared_by"] == "ana" and details["approved_by"] == "rel"
    assert details["plan_hash"] == result.awaiting[0]["plan_hash"]
    received = de.receive([package])
    assert received[0].status == "merged"


def test_an_officer_releases_at_the_analysts_desk(nl, agencies):
    """The same workstation: the officer types their own passphrase in ana's session;
    the package is signed with the officer's release key, not anything ana holds."""
    with _open(nl, "ana", ANA) as ws:
        (held,) = ws.share(["BKA"], record_ids=agencies[2]).awaiting
        with pytest.raises(RoleRefused, match="not a releasing officer"):
            ws.release_approve(held["id"])
        done = ws.release_approve(held["id"], approver="rel", approver_passphrase=REL)
        assert done["approved_by"] == "rel" and done["packages"]
        assert not ws.holds_custody()  # nothing stays behind in ana's session
        details = _last(ws, "share.release").details
    details = json.loads(details) if isinstance(details, str) else details
    assert (details["prepared_by"], details["approved_by"], details["signed_by"]) == (
        "ana", "rel", "rel")


def test_four_eyes_needs_a_second_officer_here(nl, agencies):
    ids = agencies[2]
    with _open(nl) as ws:
        ws.release_rule_set("BKA", tlp_from="GREEN")
    with _open(nl, "rel", REL) as ws:
        result = ws.share(["BKA"], record_ids=ids)  # rel can sign, but not alone
        (held,) = result.awaiting
        assert any("TLP:GREEN" in r for r in held["four_eyes"])
        with pytest.raises(ReleaseError, match="four eyes"):
            ws.release_approve(held["id"])
        with pytest.raises(Exception, match="Wrong passphrase"):
            ws.release_approve(held["id"], approver="admin", approver_passphrase=REL)
        assert ws.releases()[0]["status"] == "awaiting release"
        done = ws.release_approve(held["id"], approver="admin",
                                  approver_passphrase=PASSPHRASE)
        assert done["approved_by"] == "admin" and done["packages"]
        details = _last(ws, "share.release").details
    details = json.loads(details) if isinstance(details, str) else details
    assert (details["prepared_by"], details["approved_by"]) == ("rel", "admin")


def test_approval_file_from_another_copy(nl, agencies, tmp_path):
    ids = agencies[2]
    with _open(nl) as ws:
        ws.release_rule_set("BKA", always=True)
    field = tmp_path / "field"
    shutil.copytree(nl, field)  # the field laptop's copy of the workspace
    with _open(field, "ana", ANA) as ws:
        (held,) = ws.share(["BKA"], record_ids=ids).awaiting
        assert "every share to BKA" in held["four_eyes"][0]
        ws.release_request_write(held["id"], tmp_path / "request.json")
    with _open(nl, "rel", REL) as ws:  # at headquarters
        ws.release_approval_write(tmp_path / "request.json", tmp_path / "approval.json")
    approval = json.loads((tmp_path / "approval.json").read_text())
    forged = {**approval, "approver": "admin"}
    (tmp_path / "forged.json").write_text(json.dumps(forged))
    with _open(field, "ana", ANA) as ws:
        with pytest.raises(ReleaseError, match="signature is not admin's"):
            ws.release_approval_read(tmp_path / "forged.json")
        with pytest.raises(ReleaseError, match="not a release approval"):
            ws.release_approval_read(tmp_path / "request.json")
        got = ws.release_approval_read(tmp_path / "approval.json")
        assert got["status"] == "approved, awaiting signature"  # ana cannot sign
    with _open(field, "rel", REL) as ws:  # back at base: an officer signs
        done = ws.release_approve(held["id"])
        assert done["approved_by"] == "rel" and done["packages"]


def test_a_changed_release_is_refused(nl, agencies):
    ids = agencies[2]
    with _open(nl, "ana", ANA) as ws:
        (held,) = ws.share(["BKA"], record_ids=ids).awaiting
        plan = json.loads(ws.conn.execute("SELECT plan FROM releases").fetchone()[0])
        plan["lines"] = plan["lines"].replace("quay", "pier")
        ws.conn.execute("UPDATE releases SET plan = ?", (json.dumps(plan),))
        ws.conn.commit()
    with _open(nl, "rel", REL) as ws:
        with pytest.raises(ReleaseError, match="plan hash"):
            ws.release_approve(held["id"])
        assert ws.releases()[0]["status"] == "awaiting release"


@pytest.mark.slow  # whole command-line sessions, each unlocking with Argon2id
def test_cli_release(nl, agencies, tmp_path, capsys):
    ids = agencies[2]
    (tmp_path / "ana.txt").write_text(ANA + "\n")
    (tmp_path / "rel.txt").write_text(REL + "\n")
    as_ana = ["--workspace", str(nl), "--passphrase-file", str(tmp_path / "ana.txt"),
              "--user", "ana"]
    as_rel = ["--workspace", str(nl), "--passphrase-file", str(tmp_path / "rel.txt"),
              "--user", "rel"]
    assert cli_main([*as_ana, "share", "--to", "BKA", "--records", ",".join(ids)]) == 0
    assert "awaiting release" in capsys.readouterr().out
    assert cli_main([*as_rel, "release", "list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)["releases"]
    assert cli_main([*as_rel, "release", "approve", row["id"]]) == 0
    assert "Released" in capsys.readouterr().out
    assert cli_main([*as_rel, "release", "list"]) == 0
    assert "No share is awaiting release." in capsys.readouterr().out
