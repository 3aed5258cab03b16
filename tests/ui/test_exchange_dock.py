"""The Exchange dock with two real agencies: the desktop one (Politie, NL, unlocked in the
window) and a partner (BKA, DE) driven through its own workspace. Identity, partner and
verification in the dock; a share synced over a folder transport; a partner's package
received and merged; a tampered one quarantined with its reason; locking empties it."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

from liaison.analysis.partners import update_partner
from liaison.exchange.certs import grouped
from liaison.store.database import transaction
from liaison.ui.operations import run_operation
from liaison.ui.unlock_dialog import UnlockDialog
from liaison.workspace import Workspace

from ..exchange_helpers import GENEROUS, add_records, new_workspace, pin, sample
from ..workspace_helpers import PASSPHRASE
from .flows import TIMEOUT, block_worker, start_unlocked, visible_text, wait_visible


@pytest.fixture
def agencies(folder, tmp_path):
    """Our agency (locked, no identity yet, a few records) and the partner BKA."""
    ours = Workspace.create(folder, "Politie NL", "NL", use_keyring=False,
                            passphrase=PASSPHRASE)
    ids = add_records(ours, sample("Politie NL", "NL", n=2, tag="nl"))
    ours.lock()
    bka = new_workspace(tmp_path / "de", "Bundeskriminalamt", "DE")
    yield ids, bka
    bka.close()


def _click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _on_worker(qtbot, session, fn):
    """Run ``fn(ws)`` on the window's workspace worker (the thread that owns it)."""
    box: dict = {}
    ws = session.window.workspace
    run_operation(session.window, lambda _p: fn(ws), title="test",
                  on_success=lambda r: box.setdefault("result", r), changes=True,
                  executor=session.executor)
    qtbot.waitUntil(lambda: "result" in box, timeout=TIMEOUT)
    return box["result"]


def _closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _fingerprint_sheet(folder: Path) -> list[str]:
    """The identity fingerprint lines of an exported fingerprint sheet."""
    lines = next(folder.glob("*-fingerprints.txt")).read_text().splitlines()
    start = lines.index("Identity fingerprint (read this aloud to the partner):") + 1
    return lines[start:start + 4]


def _partner_row(dock, name: str) -> list[str]:
    return next(r for r in dock.partners.rows() if r[0] == name)


def test_identity_partner_sync_receive_quarantine_and_lock(qtbot, make_session, agencies,
                                                           tmp_path):
    ids, bka = agencies
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    dock = window.exchange
    window.dock("exchange").show()
    window.dock("exchange").raise_()
    panel = dock.identity

    # --- our identity: none yet, create it in the dock, export the certificates ---------
    qtbot.waitUntil(lambda: "no agency identity" in panel.state.text(), timeout=TIMEOUT)
    assert not panel.export_button.isEnabled()
    _click(qtbot, panel.create_button)
    qtbot.waitUntil(lambda: panel.fingerprint.text() != "", timeout=60_000)
    assert not panel.create_button.isEnabled()
    assert "Politie NL (NL)" in panel.state.text()
    ours = tmp_path / "nl-certs"
    panel.export_to(ours)
    qtbot.waitUntil(lambda: "Certificates exported" in dock.report_box.toPlainText(),
                    timeout=TIMEOUT)
    read_aloud = _fingerprint_sheet(ours)
    assert panel.fingerprint.text().splitlines() == read_aloud  # what the officer reads
    assert all(len(g) == 4 for line in read_aloud for g in line.split())
    assert panel.signing.text() and "until" in panel.valid.text()

    # The partner pins us and verifies what we read to it.
    bka.partner_certs("Politie", ours / "politie-nl-signing.pem",
                      ours / "politie-nl-encryption.pem", country="NL")
    bka.partner_verify("Politie", " ".join(read_aloud))
    with transaction(bka.conn):
        update_partner(bka.conn, bka.actor, "Politie", agreement=GENEROUS)

    # --- add the partner from its certificate files: marked unverified -------------------
    theirs = tmp_path / "de-certs"
    sign, enc, sheet = bka.identity_export(theirs)
    dialog = dock.add_partner()
    qtbot.keyClicks(dialog.name, "BKA")
    dialog.set_country("DE")
    dialog.signing.setText(str(sign))
    dialog.encryption.setText(str(tmp_path / "missing.pem"))
    _click(qtbot, dialog.ok_button)
    assert "does not exist" in dialog.problem.text() and dialog.isVisible()
    dialog.encryption.setText(str(enc))
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: any(r[0] == "BKA" for r in dock.partners.rows()), timeout=TIMEOUT)
    row = _partner_row(dock, "BKA")
    assert row[1] == "Germany (DE)" and row[2] == "NOT verified — cannot receive"
    assert row[3].startswith(str(bka.identity().not_after.year)) and row[4] == ""
    assert row[5] == grouped(bka.identity().signing_fingerprint)
    assert row[6] == grouped(bka.identity().encryption_fingerprint)
    assert "NOT verified" in dock.report_box.toPlainText()

    # --- verify: a wrong fingerprint is refused in the dialog, nothing changes -----------
    dock.select_partner("BKA")
    assert dock.verify_button.isEnabled()
    dialog = dock.verify_partner()
    assert bka.identity().fingerprint[:4].upper() not in visible_text(dialog)  # not given away
    qtbot.keyClicks(dialog.fingerprint, "12 34")
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: "not a SHA-256 fingerprint" in dialog.problem.text(),
                    timeout=TIMEOUT)
    dialog.fingerprint.setText(grouped("ab" * 32))
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: "does not match" in dialog.problem.text(), timeout=TIMEOUT)
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    partners = _on_worker(qtbot, session, lambda ws: ws.exchange_partners())
    assert [p["can_receive"] for p in partners] == [False]
    assert not any(c["verified"] for c in partners[0]["certificates"])
    refused = _on_worker(qtbot, session, lambda ws: _share_refusal(ws, ids))
    assert "cannot receive" in refused

    lines = sheet.read_text().splitlines()
    spoken = lines[lines.index("Identity fingerprint (read this aloud to the partner):") + 1:][:4]
    dialog.fingerprint.setText(" ".join(spoken).lower())
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: _partner_row(dock, "BKA")[2] == "verified", timeout=TIMEOUT)
    assert "is verified" in dock.report_box.toPlainText()
    assert not dock.verify_button.isEnabled()

    # --- a folder transport (the USB stick), a share, Sync now → delivered --------------
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = dock.add_folder_transport()
    qtbot.keyClicks(dialog.name, "usb")
    dialog.path.setText(str(stick))
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: [r[:2] for r in dock.transports.rows()] == [["usb", "folder"]],
                    timeout=TIMEOUT)
    assert dock.sync_choice.findData("usb") > 0

    def share(ws: Workspace):
        with transaction(ws.conn):
            update_partner(ws.conn, ws.actor, "BKA", agreement=GENEROUS)
        return ws.share(["BKA"], record_ids=ids)

    shared = _on_worker(qtbot, session, share)
    package_id = shared.packages[0].package_id
    qtbot.waitUntil(lambda: [r[0] for r in dock.outbox.rows()] == [package_id],
                    timeout=TIMEOUT)
    assert dock.outbox.rows()[0][3] == "waiting"
    _click(qtbot, dock.sync_button)
    qtbot.waitUntil(lambda: "Sync finished" in dock.report_box.toPlainText(), timeout=TIMEOUT)
    report = dock.report_box.toPlainText()
    assert "1 delivered" in report
    assert f"Sent {package_id} to BKA over usb: delivered." in report
    qtbot.waitUntil(lambda: dock.outbox.rows()[0][3] == "delivered", timeout=TIMEOUT)
    assert "BKA: delivered" in dock.outbox.rows()[0][4]

    bka.transport_add_folder("usb", stick)
    got = bka.sync("usb")
    assert [(f.package_id, f.status) for f in got.fates] == [(package_id, "merged")]

    # --- the partner's package, received from a file → merged into our inbox ------------
    de_ids = add_records(bka, sample("Bundeskriminalamt", "DE", n=2, tag="de"))
    incoming = bka.share(["Politie"], record_ids=de_ids, out=tmp_path / "from-bka.p7m")
    their_id = incoming.packages[0].package_id
    dock.receive_paths([tmp_path / "from-bka.p7m"])
    qtbot.waitUntil(lambda: "Received 1 file(s)" in dock.report_box.toPlainText(),
                    timeout=TIMEOUT)
    report = dock.report_box.toPlainText()
    assert "1 merged, 0 quarantined" in report
    assert f"merged package {their_id} from BKA (2 records new" in report
    qtbot.waitUntil(lambda: [r[0] for r in dock.inbox.rows()] == [their_id], timeout=TIMEOUT)
    inbox = dock.inbox.rows()[0]
    assert inbox[1] == "BKA" and inbox[5] == "merged" and "2 records new" in inbox[6]

    # --- a tampered package → quarantined, its reason in the quarantine list -------------
    more = add_records(bka, sample("Bundeskriminalamt", "DE", n=1, tag="de2"))
    bka.share(["Politie"], record_ids=more, out=tmp_path / "tampered.p7m")
    data = bytearray((tmp_path / "tampered.p7m").read_bytes())
    data[len(data) // 2] ^= 0x01
    (tmp_path / "tampered.p7m").write_bytes(bytes(data))
    dock.receive_paths([tmp_path / "tampered.p7m"])
    qtbot.waitUntil(lambda: "0 merged, 1 quarantined" in dock.report_box.toPlainText(),
                    timeout=TIMEOUT)
    assert "tampered.p7m: quarantined (" in dock.report_box.toPlainText()
    qtbot.waitUntil(lambda: len(dock.quarantine.rows()) == 1, timeout=TIMEOUT)
    _when, _sender, source, code, reason, *_ = dock.quarantine.rows()[0]
    assert source == "file" and code and len(reason) > 20
    assert (tmp_path / "tampered.p7m").read_bytes() == bytes(data)  # the file given: as it was
    assert code in dock.report_box.toPlainText()
    assert [r[0] for r in dock.inbox.rows()] == [their_id]  # nothing more merged

    # --- locking empties the dock --------------------------------------------------------
    window.lock_action.trigger()  # File ▸ Lock (Ctrl+L)
    wait_visible(qtbot, UnlockDialog)
    text = visible_text(dock)
    for gone in (package_id, their_id, "BKA", read_aloud[0], "usb"):
        assert gone not in text
    assert dock.report_box.toPlainText() == "" and not dock.isEnabled()


def _share_refusal(ws: Workspace, ids: list[str]) -> str:
    try:
        ws.share(["BKA"], record_ids=ids)
    except Exception as exc:  # the message is what is checked
        return str(exc)
    return "shared"



def test_bad_inputs_are_explained_and_change_nothing(qtbot, make_session, folder, tmp_path):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from PySide6.QtWidgets import QMessageBox

    new_workspace(folder, "Politie NL", "NL").lock()
    session = make_session()
    start_unlocked(qtbot, session)
    window = session.window
    dock = window.exchange
    qtbot.waitUntil(lambda: "Politie NL (NL)" in dock.identity.state.text(), timeout=TIMEOUT)
    assert not dock.identity.create_button.isEnabled()

    # Sync with no transport: the reason, in the report and in a message.
    _click(qtbot, dock.sync_button)
    qtbot.waitUntil(lambda: "No transport is set up" in dock.report_box.toPlainText(),
                    timeout=TIMEOUT)
    box = window.findChild(QMessageBox, "errorMessage")
    assert box is not None and "No transport is set up" in box.informativeText()
    box.close()

    # A file that is no certificate: said in the dialog, no partner added.
    junk = tmp_path / "not-a-cert.pem"
    junk.write_text("hello")
    dialog = dock.add_partner()
    qtbot.keyClicks(dialog.name, "BKA")
    dialog.set_country("DE")
    dialog.signing.setText(str(junk))
    dialog.encryption.setText(str(junk))
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: "certificate" in dialog.problem.text(), timeout=TIMEOUT)
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    dialog.reject()
    assert _on_worker(qtbot, session, lambda ws: ws.exchange_partners()) == []

    # SFTP: a malformed host key fingerprint is refused; a good one adds the transport.
    key = tmp_path / "id_ed25519"
    key.write_bytes(Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH,
        serialization.NoEncryption()))
    dialog = dock.add_sftp_transport()
    for field, text in ((dialog.name, "hub"), (dialog.host, "127.0.0.1"),
                        (dialog.user, "liaison"), (dialog.host_key, "SHA256:short")):
        qtbot.keyClicks(field, text)
    dialog.port.setValue(2222)
    _click(qtbot, dialog.ok_button)
    assert "SSH key file" in dialog.problem.text()
    dialog.key.setText(str(key))
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: "not an SSH host key fingerprint" in dialog.problem.text(),
                    timeout=TIMEOUT)
    assert dock.transports.rows() == []
    dialog.host_key.setText("SHA256:" + "A" * 43)
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: dock.transports.rows() == [["hub", "sftp",
                                                        "liaison@127.0.0.1:2222"]],
                    timeout=TIMEOUT)
    assert dock.sync_choice.findData("hub") > 0


def test_revoking_a_partner_needs_a_reason_and_is_audited(qtbot, make_session, agencies,
                                                          tmp_path):
    _ids, bka = agencies
    session = make_session()
    start_unlocked(qtbot, session)
    dock = session.window.exchange
    sign, enc, _sheet = bka.identity_export(tmp_path / "de-certs")
    _on_worker(qtbot, session, lambda ws: ws.partner_certs("BKA", sign, enc, country="DE"))
    qtbot.waitUntil(lambda: any(r[0] == "BKA" for r in dock.partners.rows()), timeout=TIMEOUT)
    dock.select_partner("BKA")
    assert dock.revoke_button.isEnabled()
    dialog = dock.revoke_partner()
    _click(qtbot, dialog.ok_button)
    assert "Say why" in dialog.problem.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "Key compromise reported by BKA")
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: _partner_row(dock, "BKA")[4] != "", timeout=TIMEOUT)
    assert "2 certificate(s) of BKA revoked" in dock.report_box.toPlainText()
    dock.select_partner("BKA")
    assert not dock.revoke_button.isEnabled()
    entries = _on_worker(qtbot, session, lambda ws: ws.audit_entries())
    revoked = [e for e in entries if e.action == "partner.revoke"]
    assert revoked and revoked[-1].details["reason"] == "Key compromise reported by BKA"


def test_a_dialog_closed_while_its_work_runs_still_reports_the_change(qtbot, make_session,
                                                                      agencies, tmp_path):
    _ids, bka = agencies
    session = make_session()
    start_unlocked(qtbot, session)
    dock = session.window.exchange
    sign, enc, _sheet = bka.identity_export(tmp_path / "de-certs")
    dialog = dock.add_partner()
    qtbot.keyClicks(dialog.name, "BKA")
    dialog.set_country("DE")
    dialog.signing.setText(str(sign))
    dialog.encryption.setText(str(enc))
    gate = block_worker(session.executor)
    _click(qtbot, dialog.ok_button)
    dialog.reject()  # the officer closes it; the work is already on its way
    gate.set()
    qtbot.waitUntil(lambda: any(r[0] == "BKA" for r in dock.partners.rows()), timeout=TIMEOUT)
    assert "BKA was added, NOT verified" in dock.report_box.toPlainText()


def test_sync_shows_each_transport_that_failed_and_runs_the_others(qtbot, make_session,
                                                                   folder, tmp_path):
    ours = new_workspace(folder, "Politie NL", "NL")
    bka = new_workspace(tmp_path / "de", "Bundeskriminalamt", "DE")
    pin(ours, bka, "BKA", tmp_path / "de-certs")
    ids = add_records(ours, sample("Politie NL", "NL", n=1, tag="nl"))
    package = ours.share(["BKA"], record_ids=ids).packages[0].package_id
    stick = tmp_path / "stick"
    stick.mkdir()
    ours.transport_add_folder("a-unplugged", tmp_path / "not-plugged-in")
    ours.transport_add_folder("usb", stick)
    ours.lock()
    bka.close()
    session = make_session()
    start_unlocked(qtbot, session)
    dock = session.window.exchange
    qtbot.waitUntil(lambda: dock.sync_choice.findData("usb") > 0, timeout=TIMEOUT)
    assert dock.sync_choice.currentData() is None  # all transports
    _click(qtbot, dock.sync_button)
    qtbot.waitUntil(lambda: "Sync finished" in dock.report_box.toPlainText(), timeout=TIMEOUT)
    report = dock.report_box.toPlainText()
    assert "Not finished over a-unplugged. Nothing is lost" in report
    assert "Problem: Transport a-unplugged: the folder" in report
    assert f"Sent {package} to BKA over usb: delivered." in report
    assert "Nothing was waiting" not in report


def test_a_quarantined_package_is_released_or_deleted_in_the_dock(qtbot, make_session,
                                                                  folder, tmp_path):
    """Two packages from a partner not yet verified: both quarantined. Release is refused
    while the reason stands; once the partner is verified, Release receives one; the
    other is deleted after a confirmation. The files given stay as they were."""
    from PySide6.QtWidgets import QMessageBox

    ours = new_workspace(folder, "Politie NL", "NL")
    bka = new_workspace(tmp_path / "de", "Bundeskriminalamt", "DE")
    pin(bka, ours, "Politie", tmp_path / "nl-certs")
    pin(ours, bka, "BKA", tmp_path / "de-certs", verify=False)
    ours.lock()
    files = []
    for n in (1, 2):
        ids = add_records(bka, sample("Bundeskriminalamt", "DE", n=1, tag=f"q{n}"))
        files.append(tmp_path / f"from-bka-{n}.p7m")
        bka.share(["Politie"], record_ids=ids, out=files[-1])
    given = [f.read_bytes() for f in files]
    fingerprint = grouped(bka.identity().fingerprint)
    bka.close()

    session = make_session()
    start_unlocked(qtbot, session)
    dock = session.window.exchange
    page = dock.quarantined
    dock.receive_paths(files)
    qtbot.waitUntil(lambda: "0 merged, 2 quarantined" in dock.report_box.toPlainText(),
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: len(dock.quarantine.rows()) == 2, timeout=TIMEOUT)
    assert [f.read_bytes() for f in files] == given
    assert {r[1] for r in dock.quarantine.rows()} == {"BKA"}  # the sender, though refused
    assert not page.release_button.isEnabled()  # nothing chosen yet

    # Released while the partner is still unverified: refused again, still listed.
    dock.quarantine.setCurrentItem(dock.quarantine.topLevelItem(0))
    _click(qtbot, page.release_button)
    qtbot.waitUntil(lambda: "is still refused (signer)" in dock.report_box.toPlainText(),
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: len(dock.quarantine.rows()) == 2, timeout=TIMEOUT)
    assert all(r[-1] == "" for r in dock.quarantine.rows())

    # The officer verifies the partner; Release now receives the package.
    _on_worker(qtbot, session, lambda ws: ws.partner_verify("BKA", fingerprint))
    qtbot.waitUntil(lambda: dock.quarantine.topLevelItemCount() == 2, timeout=TIMEOUT)
    dock.quarantine.setCurrentItem(dock.quarantine.topLevelItem(0))
    _click(qtbot, page.release_button)
    qtbot.waitUntil(lambda: "Released: " in dock.report_box.toPlainText(), timeout=TIMEOUT)
    assert "merged package" in dock.report_box.toPlainText()
    qtbot.waitUntil(lambda: dock.quarantine.rows()[0][-1] != "", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: len(dock.inbox.rows()) == 1, timeout=TIMEOUT)
    dock.quarantine.setCurrentItem(dock.quarantine.topLevelItem(0))
    assert not page.release_button.isEnabled()  # released already

    # The other: Delete…, Cancel keeps it; Yes deletes it.
    dock.quarantine.setCurrentItem(dock.quarantine.topLevelItem(1))
    box = page.delete()
    assert "Delete quarantine entry" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    box = page.delete()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "were deleted" in dock.report_box.toPlainText(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: len(dock.quarantine.rows()) == 1, timeout=TIMEOUT)
    assert [f.read_bytes() for f in files] == given
    actions = _on_worker(qtbot, session, lambda ws: [e.action for e in ws.audit_entries()])
    assert {"package.release_refused", "package.release",
            "package.quarantine_delete"} <= set(actions)


def test_a_share_awaiting_release_is_released_by_a_second_officer(qtbot, make_session,
                                                                  agencies, folder, tmp_path):
    """Issue 20: a share that needs four eyes waits in the outbox; a second releasing
    officer present releases it from the dock with their own passphrase."""
    ids, bka = agencies
    with Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False) as ours:
        ours.identity_create()
        pin(ours, bka, "BKA", tmp_path / "de-certs")
        ours.release_rule_set("BKA", always=True)
        ours.user_add("rel", "marble otter lantern sixteen", ["releasing-officer"],
                      session_passphrase=PASSPHRASE)
        assert ours.share(["BKA"], record_ids=ids).awaiting
    session = make_session()
    start_unlocked(qtbot, session)
    dock = session.window.exchange
    qtbot.waitUntil(lambda: dock.outbox.topLevelItemCount() == 1, timeout=TIMEOUT)
    dock.outbox.setCurrentItem(dock.outbox.topLevelItem(0))
    assert "awaiting release" in visible_text(dock.outbox)
    dialog = dock.release_share()
    _click(qtbot, dialog.ok_button)  # the one who prepared it cannot release it alone
    qtbot.waitUntil(lambda: "four eyes" in dialog.problem.text(), timeout=TIMEOUT)
    qtbot.keyClicks(dialog.approver, "rel")
    qtbot.keyClicks(dialog.passphrase, "marble otter lantern sixteen")
    _click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: _closed(dialog), timeout=TIMEOUT)
    assert "approved by rel" in dock.report_box.toPlainText()
    qtbot.waitUntil(lambda: "awaiting release" not in visible_text(dock.outbox),
                    timeout=TIMEOUT)
