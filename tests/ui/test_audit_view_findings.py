"""The audit view names what is wrong when the chain links up but the log was cut or
touched: no "Chain BROKEN at entry None" (issue 16, item 2)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from liaison.store.database import connect
from liaison.store.metadata import DATABASE_NAME
from liaison.ui.audit_view import AuditView
from liaison.workspace import Workspace

from ..workspace_helpers import PASSPHRASE
from .conftest import AGENCY
from .flows import TIMEOUT


def test_a_cut_log_with_an_intact_chain_is_named_not_as_entry_none(qtbot, executor, folder):
    with Workspace.create(folder, AGENCY, "FR", use_keyring=False,
                          passphrase=PASSPHRASE) as ws:
        for i in range(5):
            ws.record("test.action", f"object-{i}")
        key = bytes(ws._key)
    conn = connect(folder / DATABASE_NAME, key)  # whoever holds the key cuts the log
    try:
        conn.execute("DROP TRIGGER audit_no_delete")
        conn.execute("DELETE FROM audit WHERE seq > (SELECT max(seq) - 2 FROM audit)")
    finally:
        conn.close()
    ws = Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False)
    view = AuditView(executor)
    qtbot.addWidget(view)
    try:
        view.show()
        view.attach(ws)
        qtbot.mouseClick(view.verify_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.result_label.text() != "", timeout=TIMEOUT)
        text = view.result_label.text()
        assert "None" not in text and "BROKEN" not in text
        assert text.startswith("Audit log TAMPERED WITH (")
        problems = view.result.problems
        assert view.result.broken_seq is None and problems
        assert all(p.message in text for p in problems)
    finally:
        view.clear()
        executor.wait_idle(20_000)
        ws.close()
