"""The Exchange dock: our identity, partners, the outbox / inbox / quarantine, transports,
our hit/no-hit queries with their hits, "Receive file(s)…" and "Sync now"; a quarantined
package can be released (received through every check again, once its reason is
resolved) or deleted.

Every read and write runs on the workspace worker (``run_operation``); receive and
sync report each package's fate in plain sentences in the report box, and refresh
the lists. Unverified partners are marked in the partner list: the exchange layer
refuses to encrypt to them, so they cannot receive until the officer has compared
the fingerprint the partner reads out (Verify…).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from liaison.model.errors import LiaisonError, OperationCancelled
from liaison.ui.error_dialog import show_error
from liaison.ui.exchange.dialogs import (
    AddPartnerDialog,
    FolderTransportDialog,
    RevokeDialog,
    SftpTransportDialog,
    VerifyDialog,
)
from liaison.ui.exchange.hits import HitsPage
from liaison.ui.exchange.identity import IdentityPanel
from liaison.ui.exchange.quarantine import QuarantinePage
from liaison.ui.exchange.release import ReleaseDialog
from liaison.ui.exchange.tables import (
    ROW_ROLE,
    ExchangeTable,
    fill_inbox,
    fill_outbox,
    fill_partners,
    fill_quarantine,
    fill_transports,
    received_text,
    sync_text,
)
from liaison.ui.operations import Executor, run_operation
from liaison.workspace import Workspace


class ExchangeDock(QWidget):
    """Identity, partners, package queues and transports of the unlocked workspace."""

    def __init__(self, executor: Executor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exchangeDock")
        self.executor = executor
        self.workspace: Workspace | None = None
        self.dialog: Any = None
        self.identity = IdentityPanel(executor, self)
        self.identity.reported.connect(self.report)
        self.partners = ExchangeTable("exchangePartners", self)
        self.partners.currentItemChanged.connect(lambda _c, _p: self._update_buttons())
        self.outbox = ExchangeTable("exchangeOutbox", self)
        self.outbox.currentItemChanged.connect(lambda _c, _p: self._update_buttons())
        self.inbox = ExchangeTable("exchangeInbox", self)
        self.quarantined = QuarantinePage(executor, self)
        self.quarantined.reported.connect(self.report)
        self.quarantined.changed.connect(self.refresh)
        self.quarantine = self.quarantined.table
        self.transports = ExchangeTable("exchangeTransports", self)
        self.hits = HitsPage(executor, self)
        self.hits.reported.connect(self.report)
        self.hits.changed.connect(self.refresh)
        self.add_partner_button = self._button("exchangeAddPartner", self.add_partner)
        self.verify_button = self._button("exchangeVerifyPartner", self.verify_partner)
        self.revoke_button = self._button("exchangeRevokePartner", self.revoke_partner)
        self.receive_button = self._button("exchangeReceive", self._pick_packages)
        self.sync_button = self._button("exchangeSync", self.sync_now)
        self.add_folder_button = self._button("exchangeAddFolder", self.add_folder_transport)
        self.add_sftp_button = self._button("exchangeAddSftp", self.add_sftp_transport)
        self.release_button = self._button("exchangeRelease", self.release_share)
        self.sync_choice = QComboBox(self)
        self.sync_choice.setObjectName("exchangeSyncTransport")
        self.report_box = QPlainTextEdit(self)
        self.report_box.setObjectName("exchangeReport")
        self.report_box.setReadOnly(True)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("exchangeTabs")
        self.tabs.addTab(self.identity, "")
        self.tabs.addTab(self._page(self.partners, self.add_partner_button,
                                    self.verify_button, self.revoke_button), "")
        self.queues = QTabWidget(self)
        self.queues.setObjectName("exchangeQueues")
        for page in (self._page(self.outbox, self.release_button), self.inbox,
                     self.quarantined):
            self.queues.addTab(page, "")
        self.tabs.addTab(self.queues, "")
        self.tabs.addTab(self._page(self.transports, self.add_folder_button,
                                    self.add_sftp_button), "")
        self.tabs.addTab(self.hits, "")
        top = QHBoxLayout()
        top.addWidget(self.receive_button)
        top.addStretch(1)
        top.addWidget(self.sync_choice)
        top.addWidget(self.sync_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.report_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self._update_buttons()

    def _button(self, name: str, slot: Any) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _page(self, table: ExchangeTable, *buttons: QPushButton) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        layout.addLayout(row)
        return page

    def retranslate(self) -> None:
        for i, text in enumerate((self.tr("Identity"), self.tr("Partners"),
                                  self.tr("Packages"), self.tr("Transports"),
                                  self.tr("Hit/no-hit"))):
            self.tabs.setTabText(i, text)
        for i, text in enumerate((self.tr("Outbox"), self.tr("Inbox"),
                                  self.tr("Quarantine"))):
            self.queues.setTabText(i, text)
        self.partners.setHeaderLabels([
            self.tr("Partner"), self.tr("Country"), self.tr("Verified"), self.tr("Expires"),
            self.tr("Revoked"), self.tr("Signing fingerprint"),
            self.tr("Encryption fingerprint")])
        self.outbox.setHeaderLabels([self.tr("Package"), self.tr("Created"),
                                     self.tr("To"), self.tr("Status"),
                                     self.tr("Delivery"), self.tr("Part")])
        self.inbox.setHeaderLabels([self.tr("Package"), self.tr("From"), self.tr("Sequence"),
                                    self.tr("Received"), self.tr("Source"), self.tr("Status"),
                                    self.tr("Result")])
        self.quarantine.setHeaderLabels([self.tr("When"), self.tr("From"), self.tr("Source"),
                                         self.tr("Check"), self.tr("Reason"),
                                         self.tr("Package"), self.tr("File"),
                                         self.tr("Released")])
        self.transports.setHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Where")])
        for table, name in ((self.partners, self.tr("Partners")),
                            (self.outbox, self.tr("Outbox")), (self.inbox, self.tr("Inbox")),
                            (self.quarantine, self.tr("Quarantine")),
                            (self.transports, self.tr("Transports"))):
            table.setAccessibleName(name)
        self.add_partner_button.setText(self.tr("&Add partner…"))
        self.verify_button.setText(self.tr("&Verify…"))
        self.verify_button.setAccessibleName(self.tr("Verify the partner's fingerprint"))
        self.revoke_button.setText(self.tr("Re&voke…"))
        self.revoke_button.setAccessibleName(self.tr("Revoke the partner's certificates"))
        self.receive_button.setText(self.tr("&Receive file(s)…"))
        self.receive_button.setAccessibleName(self.tr("Receive package files"))
        self.sync_button.setText(self.tr("S&ync now"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_choice.setAccessibleName(self.tr("Transport to sync"))
        self.add_folder_button.setText(self.tr("Add &folder transport…"))
        self.add_sftp_button.setText(self.tr("Add &SFTP transport…"))
        self.release_button.setText(self.tr("Re&lease…"))
        self.release_button.setAccessibleName(self.tr("Release the share awaiting release"))
        self.report_box.setAccessibleName(self.tr("What the last receive or sync did"))
        self._fill_sync_choice(self._transport_names())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- life cycle ----------------------------------------------------------------------

    def attach(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.identity.attach(workspace)
        self.quarantined.attach(workspace)
        self.hits.attach(workspace)
        self.refresh()

    def clear(self) -> None:
        """Forget everything shown (locking)."""
        self.workspace = None
        self.identity.clear()
        self.quarantined.clear()
        self.hits.clear()
        for table in (self.partners, self.outbox, self.inbox, self.quarantine,
                      self.transports):
            table.clear()
        self.report_box.clear()
        self._fill_sync_choice([])
        self._update_buttons()

    def refresh(self) -> None:
        """Re-read partners, queues and transports."""
        ws = self.workspace
        if ws is None:
            return

        def read(_p: Any) -> tuple:
            return (ws.exchange_partners(), ws.outbox_entries(), ws.inbox_entries(),
                    ws.quarantine_entries(), ws.transport_list(), ws.hit_queries())

        def show(lists: tuple) -> None:
            if self.workspace is not ws:
                return
            partners, outbox, inbox, quarantine, transports, queries = lists
            current = self.partners.current_data()
            fill_partners(self.partners, partners)
            self._select_partner(current["name"] if current else None)
            fill_outbox(self.outbox, outbox)
            fill_inbox(self.inbox, inbox)
            fill_quarantine(self.quarantine, quarantine)
            self.quarantined.update_buttons()
            fill_transports(self.transports, transports)
            self._fill_sync_choice([t["name"] for t in transports])
            self.hits.fill(queries)
            self._update_buttons()

        run_operation(self, read, title=self.tr("Reading partners and packages"),
                      on_success=show, cancellable=False, executor=self.executor)

    def report(self, text: str) -> None:
        self.report_box.setPlainText(text)

    # --- partners ------------------------------------------------------------------------

    def _select_partner(self, name: str | None) -> None:
        for i in range(self.partners.topLevelItemCount()):
            item = self.partners.topLevelItem(i)
            data = item.data(0, ROW_ROLE)
            if name is None or (data and data["name"] == name):
                self.partners.setCurrentItem(item)
                return

    def select_partner(self, name: str) -> None:
        self._select_partner(name)

    def _open(self, dialog: Any, work: Any, title: str, done: Any) -> Any:
        """Open ``dialog``; its values go to ``work`` on the worker; a refusal is shown
        inside the dialog (nothing changed), success closes it and refreshes."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def submitted(values: dict[str, Any]) -> None:
            ws = self.workspace
            if ws is None:
                dialog.reject()
                return

            # The operation belongs to the dock: a dialog closed while the work runs must
            # not hide a change that was made anyway, nor its refusal.
            def ok(result: Any) -> None:
                if shiboken6.isValid(dialog):
                    dialog.accept()
                self.report(done(values, result))
                self.refresh()

            def failed(exc: BaseException) -> None:
                if not shiboken6.isValid(dialog) or not dialog.isVisible():
                    self.report(str(exc) if isinstance(exc, LiaisonError) else title)
                    show_error(self.window(), title, exc)
                elif isinstance(exc, LiaisonError):
                    dialog.show_problem(str(exc))
                else:
                    dialog.set_busy(False)
                    show_error(dialog, title, exc)

            run_operation(self, lambda _p: work(ws, values), title=title, on_success=ok,
                          on_failure=failed, cancellable=False, executor=self.executor)

        dialog.submitted.connect(submitted)
        dialog.open()
        return dialog

    def add_partner(self) -> AddPartnerDialog:
        return self._open(
            AddPartnerDialog(self),
            lambda ws, v: ws.partner_certs(v["name"], Path(v["signing"]),
                                           Path(v["encryption"]), country=v["country"]),
            self.tr("Adding the partner"),
            lambda v, _r: self.tr("{name} was added, NOT verified: it cannot receive until "
                                  "you compare its fingerprint with it by telephone "
                                  "(Verify…).").format(name=v["name"]))

    def verify_partner(self) -> VerifyDialog | None:
        data = self.partners.current_data()
        if data is None:
            return None
        return self._open(
            VerifyDialog(data["name"], self),
            lambda ws, v: ws.partner_verify(v["name"], v["fingerprint"]),
            self.tr("Verifying the partner"),
            lambda v, _r: self.tr("The fingerprint matches: {name} is verified and can "
                                  "receive packages.").format(name=v["name"]))

    def revoke_partner(self) -> RevokeDialog | None:
        data = self.partners.current_data()
        if data is None:
            return None
        return self._open(
            RevokeDialog(data["name"], self),
            lambda ws, v: ws.partner_revoke(v["name"], reason=v["reason"]),
            self.tr("Revoking the partner's certificates"),
            lambda v, done: self.tr("{count} certificate(s) of {name} revoked: nothing more "
                                    "goes to them or is accepted from them.").format(
                count=len(done), name=v["name"]))

    # --- transports ----------------------------------------------------------------------

    def add_folder_transport(self) -> FolderTransportDialog:
        return self._open(
            FolderTransportDialog(self),
            lambda ws, v: ws.transport_add_folder(v["name"], Path(v["path"])),
            self.tr("Adding the transport"),
            lambda v, _r: self.tr("Transport {name} added: Sync now delivers and collects "
                                  "through {path}.").format(name=v["name"], path=v["path"]))

    def add_sftp_transport(self) -> SftpTransportDialog:
        return self._open(
            SftpTransportDialog(self),
            lambda ws, v: ws.transport_add_sftp(
                v["name"], host=v["host"], port=v["port"], user=v["user"], key=Path(v["key"]),
                host_key_fingerprint=v["host_key_fingerprint"],
                key_passphrase=v["key_passphrase"]),
            self.tr("Adding the transport"),
            lambda v, _r: self.tr("Transport {name} added ({user}@{host}).").format(
                name=v["name"], user=v["user"], host=v["host"]))

    def _transport_names(self) -> list[str]:
        return [str(self.sync_choice.itemData(i)) for i in range(1, self.sync_choice.count())]

    def _fill_sync_choice(self, names: list[str]) -> None:
        current = self.sync_choice.currentData()
        self.sync_choice.clear()
        self.sync_choice.addItem(self.tr("All transports"), None)
        for name in names:
            self.sync_choice.addItem(name, name)
        index = self.sync_choice.findData(current) if current else 0
        self.sync_choice.setCurrentIndex(max(index, 0))

    # --- receive and sync ----------------------------------------------------------------

    def _pick_packages(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Receive package files"), "",
            self.tr("Liaison packages (*.p7m);;All files (*)"))
        if names:
            self.receive_paths([Path(n) for n in names])

    def receive_paths(self, paths: list[Path]) -> None:
        """Receive package files: each merged or quarantined, with the reason."""
        ws = self.workspace
        if ws is None or not paths:
            return

        def done(results: list[Any]) -> None:
            merged = sum(1 for r in results if r.status == "merged")
            lines = [self.tr("Received {n} file(s): {merged} merged, {quarantined} "
                             "quarantined.").format(n=len(results), merged=merged,
                                                    quarantined=len(results) - merged)]
            self.report("\n".join(lines + [received_text(r) for r in results]))
            self.refresh()

        run_operation(self, lambda _p: ws.receive(paths), title=self.tr("Receiving packages"),
                      on_success=done, cancellable=False, changes=True,
                      executor=self.executor)

    def sync_now(self) -> None:
        """Deliver the outbox and collect our packages, with progress and cancel."""
        ws = self.workspace
        if ws is None:
            return
        name = self.sync_choice.currentData()

        def done(report: Any) -> None:
            self.report(sync_text(report))
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.refresh()  # deliveries and receipts made before a cancel are kept
            if isinstance(exc, OperationCancelled):
                self.report(self.tr("Sync cancelled. Packages already delivered or received "
                                    "stay so; the rest waits for the next sync."))
                return
            if isinstance(exc, LiaisonError):
                self.report(str(exc))
            show_error(self.window(), self.tr("Syncing"), exc)

        run_operation(self, lambda p: ws.sync(name, progress=p), title=self.tr("Syncing"),
                      on_success=done, on_failure=failed, cancellable=True, changes=True,
                      executor=self.executor)

    def _update_buttons(self) -> None:
        ready = self.workspace is not None
        data = self.partners.current_data()
        pending = bool(data) and any(c["status"] == "pending" for c in data["certificates"])
        self.verify_button.setEnabled(ready and pending)
        live = bool(data) and any(c["status"] != "revoked" for c in data["certificates"])
        self.revoke_button.setEnabled(ready and live)
        for b in (self.add_partner_button, self.receive_button, self.sync_button,
                  self.add_folder_button, self.add_sftp_button):
            b.setEnabled(ready)
        row = self.outbox.current_data()
        self.release_button.setEnabled(ready and bool(row) and bool(row.get("release_id")))

    # --- releases ------------------------------------------------------------------------

    def release_share(self) -> ReleaseDialog | None:
        """Release the share selected in the outbox (issue 20): signed and queued."""
        data = self.outbox.current_data()
        if data is None or not data.get("release_id"):
            return None
        return self._open(
            ReleaseDialog(data, self),
            lambda ws, v: ws.release_approve(v["id"], approver=v["approver"],
                                             approver_passphrase=v["passphrase"]),
            self.tr("Releasing the share"),
            lambda _v, done: self.tr("Released to {partner} (approved by {who}): "
                                     "package(s) {packages} in the outbox.").format(
                partner=done["partner"], who=done["approved_by"],
                packages=", ".join(done["packages"])))


def install_exchange(window: Any) -> ExchangeDock:
    """Add the Exchange dock to the main window (beside the audit log)."""
    dock = ExchangeDock(window.executor)
    window.add_panel("exchange", lambda: QCoreApplication.translate("MainWindow", "Exchange"),
                     dock, Qt.DockWidgetArea.LeftDockWidgetArea)
    dock.setEnabled(window.workspace is not None)

    def finished(op: Any) -> None:
        # Its own operations refresh it when they end; those of other views, here.
        parent = op.parent_widget
        own = parent is dock or (parent is not None and shiboken6.isValid(parent)
                                 and dock.isAncestorOf(parent))
        if op.changes and op.ok and not own:
            dock.refresh()

    window.executor.operation_finished.connect(finished)
    return dock
