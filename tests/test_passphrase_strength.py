"""Passphrase strength (issue 16): weak ones refused with the reasons, in the core, the
command line and (tests/ui/test_start_and_lock.py) the create wizard; the minimum is a
workspace setting an agency can raise."""

from __future__ import annotations

import pytest

from liaison.model.errors import WeakPassphrase, WorkspaceError
from liaison.model.passphrase import DEFAULT_MIN_SCORE, assess, check
from liaison.workspace import Workspace

from .test_cli import run
from .workspace_helpers import PASSPHRASE


@pytest.mark.parametrize(("passphrase", "reason"), [
    ("a", "too-short"),
    ("password1", "common-password"),
    ("qwertyuiop", "common-password"),
    ("aaaaaaaaaaaa", "repeat"),
    ("19840101", "date"),
    ("johnsmith", "name"),
])
def test_weak_passphrases_and_why(passphrase, reason):
    strength = assess(passphrase)
    assert not strength.acceptable() and reason in strength.reasons
    with pytest.raises(WeakPassphrase) as caught:
        check(passphrase)
    assert reason in caught.value.reasons and "too weak" in str(caught.value)


def test_the_agency_name_counts_against_a_passphrase():
    assert "own-details" in assess("bundeskriminalamt", ["Bundeskriminalamt", "DE"]).reasons
    assert not assess("bundeskriminalamt1", ["Bundeskriminalamt"]).acceptable()


def test_the_tests_passphrase_is_strong():
    assert assess(PASSPHRASE).score >= DEFAULT_MIN_SCORE + 1


def test_create_refuses_a_weak_passphrase_and_leaves_nothing(tmp_path):
    folder = tmp_path / "ws"
    with pytest.raises(WeakPassphrase, match="too short"):
        Workspace.create(folder, "Politie NL", "NL", use_keyring=False, passphrase="x")
    assert not folder.exists()
    with pytest.raises(WorkspaceError, match="from 3"):
        Workspace.create(folder, "Politie NL", "NL", use_keyring=False,
                         passphrase=PASSPHRASE, min_passphrase_score=1)


def test_an_agency_raises_the_minimum_and_it_is_kept(tmp_path):
    folder = tmp_path / "ws"
    with Workspace.create(folder, "Politie NL", "NL", use_keyring=False,
                          passphrase=PASSPHRASE) as ws:
        assert ws.passphrase_min_score() == DEFAULT_MIN_SCORE
        with pytest.raises(WeakPassphrase, match="commonly used password"):
            ws.change_passphrase("password123")
        ws.change_passphrase("a new one")  # strength 3: enough by default
        ws.set_passphrase_min_score(4)
        assert ws.audit_entries()[-1].action == "policy.passphrase"
    with Workspace.open(folder, passphrase="a new one", use_keyring=False) as ws:
        assert ws.passphrase_min_score() == 4  # stored with the workspace
        with pytest.raises(WeakPassphrase, match="needs at least 4"):
            ws.change_passphrase("a new two")
        with pytest.raises(WeakPassphrase):
            ws.backup(tmp_path / "b.bak", "a new two")
        ws.change_passphrase(PASSPHRASE)


def test_cli_says_why(tmp_path):
    weak = tmp_path / "weak.txt"
    weak.write_text("Hellenic1\n")
    folder = tmp_path / "ws"
    done = run("--workspace", folder, "--passphrase-file", weak, "init", "--agency",
               "Hellenic Police", "--country", "GR", "--no-keyring")
    assert done.returncode != 0
    assert "too weak" in done.stderr and "agency's name" in done.stderr, done.stderr
    assert not folder.exists()
    strong = tmp_path / "strong.txt"
    strong.write_text(PASSPHRASE + "\n")
    done = run("--workspace", folder, "--passphrase-file", strong, "init", "--agency",
               "Hellenic Police", "--country", "GR", "--no-keyring",
               "--min-passphrase-score", "4")
    assert done.returncode == 0, done.stderr
    done = run("--workspace", folder, "--passphrase-file", strong, "passphrase", "policy")
    assert done.returncode == 0 and "at least 4" in done.stdout, done.stderr
    done = run("--workspace", folder, "--passphrase-file", strong, "passphrase", "change",
               "--new-passphrase-file", weak)
    assert done.returncode != 0 and "too weak" in done.stderr
