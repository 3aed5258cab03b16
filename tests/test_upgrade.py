"""Every released on-disk format still opens and is upgraded in place."""

from __future__ import annotations

import shutil

import pytest

from liaison.store.migrations import latest_version
from liaison.workspace import Workspace

from .conftest import TEST_DATA

SAMPLES = {"schema-v1": "liaison-sample-v1"}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_old_workspace_upgrades(name, tmp_path):
    folder = tmp_path / name
    shutil.copytree(TEST_DATA / "workspaces" / name, folder)
    with Workspace.open(folder, passphrase=SAMPLES[name], use_keyring=False) as ws:
        info = ws.info()
        assert info.schema_version == latest_version()
        assert ws.audit_verify().ok
        assert any(e.action == "sample.marker" for e in ws.audit_entries())
        assert ws.stats()["records"] == 0
    # Opening again is a no-op for the schema.
    with Workspace.open(folder, passphrase=SAMPLES[name], use_keyring=False) as ws:
        assert ws.info().schema_version == latest_version()
