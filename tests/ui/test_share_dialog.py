"""The Share wizard on a real workspace: the selection → the policy's answer (TLP:RED
withheld, with its rule) → the review (reject shows a value in the preview, accept hides
it, a span marked by hand disappears) → export files and a package to a verified partner,
whose contents are what the analyst reviewed; the audit log has it all."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from liaison.analysis.partners import Agreement
from liaison.formats.importer import ingest_items
from liaison.store.database import transaction
from liaison.ui.operations import run_operation
from liaison.ui.share.dialog import ShareDialog

from ..exchange_helpers import new_workspace, pin
from ..share_fixtures import BKA, OURS, PETROV, make_workspace, record, rid
from ..test_redaction_guarantee import _leaks, _outputs
from .conftest import visible
from .flows import TIMEOUT, block_worker, start_unlocked

PHONE = "0151 23456789"
OWN_PHONE = "+49 151 23456789"  # the same number as PHONE, written internationally
IP = "192.0.2.45"
BY_HAND = "the old mill"
OWN_NARRATIVE = f"{PETROV} called {OWN_PHONE} from {IP} and was seen at {BY_HAND}."


@pytest.fixture
def share_workspace(folder, tmp_path):
    """Our desk (the share fixtures) and the BKA, each pinning and verifying the other."""
    ws = make_workspace(folder)
    # One of our own records: it goes to the BKA as third-party data would not.
    ingest_items(ws.conn, [record("ours_mill", narrative=OWN_NARRATIVE)],
                 source_name="share-ui", fmt="test", sha256="2" * 64, actor=ws.actor)
    ws.identity_create()
    bka = new_workspace(tmp_path / "bka", BKA, "DE")
    pin(ws, bka, BKA, tmp_path / "bka-certs")
    pin(bka, ws, OURS, tmp_path / "our-certs")
    ws.partner_add("Hellenic Police", "GR", Agreement("GREEN", ("H0", "H1"),
                                                      purposes=("Operation Nordwind",)))
    ws.lock()
    yield bka
    bka.close()


def _open_with(qtbot, window, record_id: str):
    records = window.records
    qtbot.waitUntil(lambda: records.model.rowCount() > 5, timeout=TIMEOUT)
    row = next(r for r in range(records.model.rowCount())
               if records.model.record_at(r).id == record_id)
    assert not window.share.action.isEnabled()  # nothing selected yet
    records.view.selectRow(row)
    assert window.share.action.isEnabled()
    window.share.action.trigger()
    dialog = window.share.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.select.loaded, timeout=TIMEOUT)
    return dialog


def _choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _to_policy(qtbot, dialog) -> None:
    dialog.next()
    assert dialog.currentPage() is dialog.policy
    qtbot.waitUntil(lambda: dialog.plan is not None
                    or "record(s)" in dialog.policy.summary.text(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: dialog.policy.tree.topLevelItemCount() > 0, timeout=TIMEOUT)


def _item_for(review, detection):
    for row in range(review.detections.count()):
        item = review.detections.item(row)
        if item.data(Qt.ItemDataRole.UserRole + 1) == detection.id:
            return row, item
    raise AssertionError(detection)


def test_share_review_export_and_send(qtbot, make_session, share_workspace, tmp_path):
    bka = share_workspace
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    dialog = _open_with(qtbot, window, rid("red"))
    assert dialog.windowTitle() == "Share records"  # no record text in the title
    select = dialog.select
    assert select.record_ids() == [rid("red")]  # prefilled from the selection
    qtbot.mouseClick(select.add_listed, Qt.MouseButton.LeftButton)
    assert {rid("narrative_de"), rid("ours_mill"), rid("red")} <= set(select.record_ids())
    _choose(select.partner, BKA)
    _choose(select.profile, "pseudonymise")

    # The policy: TLP:RED is withheld, with its rule and reason.
    _to_policy(qtbot, dialog)
    items = dialog.policy.decision_items()
    red = items[rid("red")]
    assert (red.text(3), red.text(4)) == ("withhold", "tlp.red")
    assert "never leaves" in red.text(5)
    assert items[rid("narrative_de")].text(3) != "withhold"
    assert dialog.button(QWizard.WizardButton.NextButton).isEnabled()
    plan = dialog.plan
    assert rid("red") not in {r.id for r in plan.source.records}

    # The review: the narrative with its detections; Space rejects one, a click accepts.
    dialog.next()
    review = dialog.review
    narrative = f"record:{rid('narrative_de')}:narrative"
    review.select_unit(rid("narrative_de"), narrative)
    assert review.current_unit().id == narrative
    assert review.text.extraSelections()  # detections highlighted
    phone = next(d for d in plan.detections_of(rid("narrative_de"))
                 if d.unit_id == narrative and d.text == PHONE)
    assert PHONE not in review.leaves.toPlainText()
    row, item = _item_for(review, phone)
    assert item.checkState() == Qt.CheckState.Checked
    review.detections.setFocus()
    review.detections.setCurrentRow(row)
    qtbot.keyClick(review.detections, Qt.Key.Key_Space)
    assert not phone.accepted
    assert PHONE in review.leaves.toPlainText()
    assert PHONE in dialog.preview.leaving_text()  # the preview follows the review
    review.set_accepted(phone, True)
    assert phone.accepted and PHONE not in review.leaves.toPlainText()
    assert PHONE not in dialog.preview.leaving_text()

    # A value let go here leaves: the IP in our own record.
    own = f"record:{rid('ours_mill')}:narrative"
    review.select_unit(rid("ours_mill"), own)
    ip = next(d for d in plan.detections_of(rid("ours_mill")) if d.text == IP)
    review.set_accepted(ip, False)
    assert IP in review.leaves.toPlainText()

    # A span marked by hand: select it in the text and press the button.
    text = review.current_unit().text
    start = text.index(BY_HAND)
    cursor = review.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(BY_HAND), QTextCursor.MoveMode.KeepAnchor)
    review.text.setTextCursor(cursor)
    assert review.mark_button.isEnabled()
    qtbot.mouseClick(review.mark_button, Qt.MouseButton.LeftButton)
    assert any(d.detector == "manual" and d.text == BY_HAND for d in plan.detections)
    assert BY_HAND not in review.leaves.toPlainText()

    # The side-by-side preview: original on the left, exactly what leaves on the right.
    dialog.next()
    assert dialog.currentPage() is dialog.preview
    leaving = dialog.preview.leaving_text()
    original = dialog.preview.original.toPlainText()
    assert PHONE in original and BY_HAND in original
    assert PHONE not in leaving and BY_HAND not in leaving and IP in leaving
    assert "Aleksandr Petrov" not in leaving and "Александр Петров" not in leaving

    # Export pdf and csv, and send to the BKA (verified certificates).
    dialog.next()
    confirm = dialog.confirm
    qtbot.waitUntil(lambda: confirm.send.isEnabled(), timeout=TIMEOUT)
    out = tmp_path / "out"
    confirm.folder.setText(str(out))
    confirm.send.setChecked(True)
    finish = dialog.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.share.dialog is None, timeout=TIMEOUT * 2)
    queued, exported = window.share.last_outcome
    assert {p.suffix for p in exported.files} == {".pdf", ".csv"}
    qtbot.waitUntil(lambda: not window.executor.busy, timeout=TIMEOUT)
    assert "package(s) queued for Bundeskriminalamt" in window.statusBar().currentMessage()

    # Nothing redacted leaves, in any spelling; what was let go does.
    outputs = _outputs(exported.files)
    values = plan.redacted_values()
    assert {"person", "phone", "manual"} <= {v.kind for v in values}
    assert not _leaks(values, outputs)
    csv_bytes = b"".join(p.read_bytes() for p in exported.files if p.suffix == ".csv")
    for secret in (PHONE, OWN_PHONE, BY_HAND, PETROV, "DE89 3704 0044 0532 0130 00"):
        assert secret.encode() not in csv_bytes, secret
    assert IP.encode() in csv_bytes

    ws = window.workspace
    entries = ws.audit_entries()
    reviews = [e for e in entries if e.action == "share.redactions"]
    assert {e.details["channel"] for e in reviews} == {"export", "package"}
    assert all(e.details["manual"] == 1 and e.details["rejected"] for e in reviews)
    sent = [e for e in entries if e.action == "share.send"][-1]
    assert sent.object == BKA and sent.details["packages"] == [q.package_id for q in queued]
    assert any(e.action == "share.prepare" for e in entries)
    outbox = ws.outbox_entries()
    assert len(outbox) == len(queued) >= 1

    # The package holds the reviewed copy: the BKA receives what the preview showed.
    bka.receive([queued[0].file])
    (narrative_there,) = bka.conn.execute("SELECT narrative FROM records WHERE id = ?",
                                          (rid("ours_mill"),)).fetchone()
    assert IP in narrative_there
    for secret in (OWN_PHONE, BY_HAND, PETROV):
        assert secret not in narrative_there, secret


def test_purpose_and_unverified_partner(qtbot, make_session, share_workspace, tmp_path):
    session = make_session()
    start_unlocked(qtbot, session)
    dialog = _open_with(qtbot, session.window, rid("ours_green"))
    select = dialog.select
    _choose(select.partner, "Hellenic Police")
    assert "Operation Nordwind" in select.agreement.text()
    select.purpose.setEditText("Tax audit")
    _to_policy(qtbot, dialog)
    decision = dialog.policy.decision_items()[rid("ours_green")]
    assert (decision.text(3), decision.text(4)) == ("withhold", "purpose.not_agreed")
    assert not dialog.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "Nothing may go" in dialog.policy.summary.text()

    dialog.back()
    assert select.purpose.findText("Operation Nordwind") >= 0  # the agreed ones are offered
    select.purpose.setEditText("Operation Nordwind")
    _to_policy(qtbot, dialog)
    assert dialog.policy.decision_items()[rid("ours_green")].text(3) != "withhold"
    for _ in range(3):
        dialog.next()
    confirm = dialog.confirm
    assert dialog.currentPage() is confirm
    qtbot.waitUntil(lambda: "cannot receive packages" in confirm.send_note.text(),
                    timeout=TIMEOUT)
    assert not confirm.send.isEnabled()
    confirm.export.setChecked(False)
    assert not dialog.button(QWizard.WizardButton.FinishButton).isEnabled()
    dialog.reject()


def test_text_positions_follow_qt_documents(qapp):
    """Manual spans and highlights map Qt positions (UTF-16, one break for CRLF) exactly."""
    from PySide6.QtWidgets import QPlainTextEdit

    from liaison.ui.share.review import py_offset, qt_offset

    edit = QPlainTextEdit()
    text = "Zeuge 😀 sah\r\nPetrov 😀😀 am Hafen"
    edit.setPlainText(text)
    for word in ("sah", "Petrov", "Hafen"):
        start = text.index(word)
        cursor = edit.textCursor()
        cursor.setPosition(qt_offset(text, start))
        cursor.setPosition(qt_offset(text, start + len(word)), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == word
        assert py_offset(text, cursor.selectionStart()) == start
        assert py_offset(text, cursor.selectionEnd()) == start + len(word)


# --- what happens when a share fails, runs long, or is left open -------------------------------


def _to_confirm(qtbot, window):
    """The wizard on its last page, narrative_de for the BKA (which can receive packages)."""
    dialog = _open_with(qtbot, window, rid("narrative_de"))
    _choose(dialog.select.partner, BKA)
    _to_policy(qtbot, dialog)
    for _ in range(3):
        dialog.next()
    confirm = dialog.confirm
    assert dialog.currentPage() is confirm
    qtbot.waitUntil(lambda: confirm.send.isEnabled(), timeout=TIMEOUT)
    return dialog, confirm


def _audited(ws, action: str) -> list:
    return [e for e in ws.audit_entries() if e.action == action]


def test_failed_export_after_send_is_not_sent_again(qtbot, make_session, share_workspace,
                                                    tmp_path):
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    dialog, confirm = _to_confirm(qtbot, window)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    confirm.folder.setText(str(blocker / "out"))  # cannot be created: the export fails
    confirm.send.setChecked(True)
    finish = dialog.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not confirm.running and confirm.error.text() != "",
                    timeout=TIMEOUT * 2)
    ws = window.workspace
    queued = ws.outbox_entries()
    assert len(queued) >= 1 and len(_audited(ws, "share.send")) == 1
    # The page says the package DID go, and that only the export failed.
    error = confirm.error.text()
    assert f"package(s) queued for {BKA}" in error
    assert "Exporting the files failed" in error and "Cannot create" in error
    assert "Nothing was" not in error and "not done again" in error
    # What left was the reviewed plan: the review cannot be changed any more.
    assert dialog.isVisible() and not dialog.button(QWizard.WizardButton.BackButton).isEnabled()
    assert confirm.send.isChecked() and not confirm.send.isEnabled()

    out = tmp_path / "ok"
    confirm.folder.setText(str(out))
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)  # the retry only exports
    qtbot.waitUntil(lambda: window.share.dialog is None, timeout=TIMEOUT * 2)
    qtbot.waitUntil(lambda: not window.executor.busy, timeout=TIMEOUT)
    assert len(ws.outbox_entries()) == len(queued)
    assert len(_audited(ws, "share.send")) == 1
    assert [e.details["channel"] for e in _audited(ws, "share.redactions")] == \
        ["package", "export"]
    sent, exported = window.share.last_outcome
    assert len(sent) == len(queued)
    assert {p.suffix for p in exported.files} == {".pdf", ".csv"}
    assert all(p.parent == out for p in exported.files)
    message = window.statusBar().currentMessage()
    assert f"package(s) queued for {BKA}" in message and "file(s) written" in message


def test_share_wizard_opens_once(qtbot, make_session, share_workspace):
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    dialog = _open_with(qtbot, window, rid("red"))
    window.share.action.trigger()  # Ctrl+Shift+S again: the main window is still usable
    assert window.share.dialog is dialog and dialog.isVisible()
    assert len(window.findChildren(ShareDialog)) == 1
    dialog.reject()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=TIMEOUT)  # deleted
    assert window.share.dialog is None
    window.share.action.trigger()
    again = window.share.dialog
    assert again is not None and again.isVisible()
    again.reject()


def test_lock_deletes_a_hidden_share_wizard(qtbot, make_session, share_workspace):
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    dialog = _open_with(qtbot, window, rid("narrative_de"))
    _choose(dialog.select.partner, BKA)
    _to_policy(qtbot, dialog)
    dialog.next()
    assert dialog.review.text.toPlainText().strip()  # record text in the wizard
    dialog.hide()  # hidden, not finished: it still holds that text
    session.lock()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=TIMEOUT)
    assert not [w for w in QApplication.allWidgets() if isinstance(w, ShareDialog)]


def test_running_share_fixes_the_review_and_close_cancels(qtbot, make_session,
                                                          share_workspace, tmp_path):
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    dialog, confirm = _to_confirm(qtbot, window)
    out = tmp_path / "ok"
    confirm.folder.setText(str(out))
    confirm.send.setChecked(True)
    gate = block_worker(window.executor)  # the share waits behind other work
    qtbot.mouseClick(dialog.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert confirm.running
    for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton,
                   QWizard.WizardButton.FinishButton):
        assert not dialog.button(button).isEnabled(), button
    dialog.reject()  # closed anyway (the window's close button, Escape)
    assert not dialog.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=TIMEOUT * 2)
    qtbot.waitUntil(lambda: not window.executor.busy, timeout=TIMEOUT)
    ws = window.workspace
    assert not ws.outbox_entries() and not _audited(ws, "share.send") and not out.exists()
    assert "Nothing was exported or sent" in window.statusBar().currentMessage()
    assert window.share.dialog is None and window.share.last_outcome is None


def test_closing_while_sending_stops_before_the_export(qtbot, make_session, share_workspace,
                                                       tmp_path, monkeypatch):
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    ws = window.workspace
    dialog, confirm = _to_confirm(qtbot, window)
    started, gate = threading.Event(), threading.Event()
    real_send = ws.send_share

    def slow_send(plan):  # the real sending, held until the wizard has been closed
        started.set()
        gate.wait(30)
        return real_send(plan)

    monkeypatch.setattr(ws, "send_share", slow_send)
    out = tmp_path / "ok"
    confirm.folder.setText(str(out))
    confirm.send.setChecked(True)
    qtbot.mouseClick(dialog.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(started.is_set, timeout=TIMEOUT)
    dialog.reject()
    gate.set()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=TIMEOUT * 2)
    qtbot.waitUntil(lambda: not window.executor.busy, timeout=TIMEOUT)
    queued = ws.outbox_entries()
    assert len(queued) >= 1 and len(_audited(ws, "share.send")) == 1
    assert not out.exists()  # the export had not started: it does not
    message = window.statusBar().currentMessage()
    assert f"package(s) queued for {BKA}" in message and "export was cancelled" in message
    sent, exported = window.share.last_outcome
    assert len(sent) == len(queued) and exported is None


def test_policy_failures(qtbot, make_session, share_workspace):
    """The analyst's own mistake stays on the page; a fault goes to the error dialog."""
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    dialog = _open_with(qtbot, window, rid("narrative_de"))
    select, policy = dialog.select, dialog.policy
    select.profile.addItem("gone", "gone")  # e.g. deleted from another window meanwhile
    _choose(select.profile, "gone")
    dialog.next()
    qtbot.waitUntil(lambda: "no redaction profile 'gone'" in policy.summary.text(),
                    timeout=TIMEOUT)
    assert visible(QMessageBox) is None

    # A damaged saved profile: not the analyst's doing, a fault for the administrator.
    ws = window.workspace

    def damage(_p) -> None:
        with transaction(ws.conn):
            ws.conn.execute("INSERT INTO redaction_profiles VALUES ('pseudonymise', '[]', "
                            "'2026-01-01', 'test')")

    run_operation(None, damage, title="damage", executor=window.executor)
    qtbot.waitUntil(lambda: not window.executor.busy, timeout=TIMEOUT)
    dialog.back()
    _choose(select.profile, "pseudonymise")
    dialog.next()
    qtbot.waitUntil(lambda: visible(QMessageBox) is not None, timeout=TIMEOUT)
    box = visible(QMessageBox)
    assert "unexpected error" in box.text() and "AttributeError" in box.detailedText()
    assert "AttributeError" not in policy.summary.text()
    assert "unexpected error" in policy.summary.text()
    box.close()


def test_lock_while_sharing_deletes_the_wizard(qtbot, make_session, share_workspace, tmp_path):
    """A wizard closed by the lock while its share runs does not outlive the lock."""
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    dialog, confirm = _to_confirm(qtbot, window)
    confirm.folder.setText(str(tmp_path / "ok"))
    confirm.send.setChecked(True)
    gate = block_worker(window.executor)
    qtbot.mouseClick(dialog.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert confirm.running
    gate.set()
    session.lock()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=TIMEOUT)
    assert not [w for w in QApplication.allWidgets() if isinstance(w, ShareDialog)]
