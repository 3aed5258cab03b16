"""Nothing readable on disk: markers, the key and the passphrase appear in no byte."""

from __future__ import annotations

import pytest

from liaison.store import audit
from liaison.store.database import transaction
from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE, all_bytes

MARKER = "ZEBRA-MARKER-7Q3X"
MARKER_CYRILLIC = "МАРКЕР-ЗЕБРА"


def _needles(ws) -> list[bytes]:
    key = bytes(ws._key)
    return [MARKER.encode(), MARKER_CYRILLIC.encode(), MARKER.encode("utf-16-le"),
            key, key.hex().encode(), key.hex().upper().encode(), PASSPHRASE.encode()]


def _assert_clean(folder, needles, moment):
    files = all_bytes(folder)
    assert files, "nothing to scan"
    for name, data in files:
        for needle in needles:
            assert needle not in data, f"{needle[:12]!r} found in {name} {moment}"


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.create(tmp_path / "ws", "Hellenic Police", "GR", use_keyring=False,
                          passphrase=PASSPHRASE)
    # A small page cache makes SQLite spill uncommitted pages into the WAL, so the
    # mid-transaction scan really sees transaction data on disk.
    ws.conn.execute("PRAGMA cache_size = 10")
    yield ws
    ws.close()


def test_markers_never_on_disk(ws, tmp_path):
    folder = ws.folder
    needles = _needles(ws)
    with transaction(ws.conn):
        for i in range(2000):
            audit.append(ws.conn, "tester", "test.marker", f"{MARKER}-{i}",
                         {"text": f"{MARKER} {MARKER_CYRILLIC} " * 5})
        assert (folder / "workspace.db-wal").stat().st_size > 0
        _assert_clean(folder, needles, "mid-transaction")
    _assert_clean(folder, needles, "after commit")
    ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _assert_clean(folder, needles, "after checkpoint")
    backup = tmp_path / "backup.bin"
    ws.backup(backup, "another passphrase")
    _assert_clean(tmp_path, [*needles, b"another passphrase"], "in the backup")
    # The marker is really stored: it reads back through the key.
    row = ws.conn.execute("SELECT object FROM audit WHERE object = ?", (f"{MARKER}-7",))
    assert row.fetchone() is not None


def test_markers_not_on_disk_after_rekey(ws):
    ws.record("test.marker", MARKER, {"x": MARKER_CYRILLIC})
    old_needles = _needles(ws)
    ws.rekey(passphrase=PASSPHRASE)
    _assert_clean(ws.folder, old_needles + _needles(ws), "after rekey")
