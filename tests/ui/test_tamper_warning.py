"""Opening a workspace whose audit log was shortened says so at once, and names what was
found (issue 16, item 2): the desktop does not leave it to `audit verify`."""

from __future__ import annotations

from liaison.store.database import connect
from liaison.store.metadata import DATABASE_NAME
from liaison.workspace import Workspace

from ..workspace_helpers import PASSPHRASE
from .conftest import AGENCY
from .flows import TIMEOUT, start_unlocked


def test_a_shortened_audit_log_is_named_on_unlock(qtbot, make_session, folder):
    with Workspace.create(folder, AGENCY, "FR", use_keyring=False,
                          passphrase=PASSPHRASE) as ws:
        for i in range(5):
            ws.record("test.action", f"object-{i}")
        key = bytes(ws._key)
    # Whoever holds the database key deletes the last entries.
    conn = connect(folder / DATABASE_NAME, key)
    try:
        conn.execute("DROP TRIGGER audit_no_delete")
        conn.execute("DELETE FROM audit WHERE seq > (SELECT max(seq) - 2 FROM audit)")
    finally:
        conn.close()
    session = make_session()
    start_unlocked(qtbot, session)
    qtbot.waitUntil(lambda: session.tamper_box is not None
                    and session.tamper_box.isVisible(), timeout=TIMEOUT)
    box = session.tamper_box
    assert box.windowTitle() == "The audit log was tampered with"
    assert "truncated" in box.detailedText() and "triggers" in box.detailedText()


def test_an_intact_workspace_opens_without_a_warning(qtbot, make_session, folder):
    Workspace.create(folder, AGENCY, "FR", use_keyring=False, passphrase=PASSPHRASE).close()
    session = make_session()
    start_unlocked(qtbot, session)
    assert session.tamper_box is None
