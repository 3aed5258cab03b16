"""Workspace files are owner-only (issue 16): the folder 0700 and workspace.db, its
-wal and -shm, and workspace.json 0600, after create and again after open, even for a
folder that existed (or files an older version left) with wider permissions."""

from __future__ import annotations

import os
import stat

import pytest

from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes (Windows: ACLs)")
FILES = ("workspace.db", "workspace.db-wal", "workspace.db-shm", "workspace.json")


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _check(folder) -> None:
    assert _mode(folder) == 0o700
    for name in FILES:
        assert (folder / name).exists(), name
        assert _mode(folder / name) == 0o600, (name, oct(_mode(folder / name)))


def test_create_in_an_existing_open_folder_makes_it_private(tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)  # noqa: S103 (the wide mode the fix must undo)
    old = os.umask(0o022)
    try:
        with Workspace.create(folder, "Politie NL", "NL", use_keyring=False,
                              passphrase=PASSPHRASE) as ws:
            ws.remember_search("a query")  # a write: the WAL is in use
            _check(folder)
    finally:
        os.umask(old)


def test_open_repairs_modes_left_wide(tmp_path):
    folder = tmp_path / "ws"
    Workspace.create(folder, "Politie NL", "NL", use_keyring=False,
                     passphrase=PASSPHRASE).close()
    os.chmod(folder, 0o755)  # noqa: S103 (the wide mode the fix must undo)
    for path in folder.iterdir():
        os.chmod(path, 0o644)
    with Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False) as ws:
        ws.remember_search("another query")
        reader = ws.open_reader()
        reader.execute("SELECT count(*) FROM records").fetchone()
        _check(folder)
        assert ws.search_history() == ["another query"]
