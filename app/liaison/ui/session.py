"""The desktop session: start (create, unlock or demo), lock, unlock again, and quit.

It owns the one workspace at a time, the main window and the idle lock, and
passes the single workspace worker (operations.Executor) to every dialog and
view, so that all work on the workspace runs on that one thread.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from liaison.model.errors import LiaisonError
from liaison.ui.card_watch import CardWatch
from liaison.ui.create_wizard import CreateWizard
from liaison.ui.error_dialog import show_error
from liaison.ui.idle_lock import IdleLock
from liaison.ui.main_window import MainWindow
from liaison.ui.operations import Executor, default_executor, run_operation
from liaison.ui.preferences import Preferences
from liaison.ui.translations import Translations
from liaison.ui.unlock_dialog import UnlockDialog
from liaison.workspace import Workspace
from liaison.workspace.location import (
    DEMO_PASSPHRASE,
    DEMO_RECORDS,
    default_workspace,
    demo_workspace,
    open_demo,
    peek,
    workspace_exists,
)

# Closing a connection under a running query crashes SQLite's Python module, so locking
# waits for the worker: cancellable work stops within a fraction of a second, the rest
# (re-reading ids for a sort) takes about a second at a million records.
LOCK_WAIT_MS = -1


class Session(QObject):
    """One run of the desktop application; ``finished`` asks the application to quit."""

    finished = Signal()
    unlocked = Signal()
    locked = Signal()

    def __init__(self, preferences: Preferences, translations: Translations | None = None, *,
                 folder: Path | None = None, demo: bool = False,
                 executor: Executor | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.translations = translations
        self.demo = demo
        self.demo_records = DEMO_RECORDS
        self.folder = self._start_folder(folder)
        self.executor = executor or default_executor()
        self.workspace: Workspace | None = None
        self.window = MainWindow(self.executor, preferences)
        self.window.lock_requested.connect(self.lock)
        self.window.settings_changed.connect(self.apply_preferences)
        self.window.closing.connect(self.shutdown)
        self.idle_lock = IdleLock(self.executor, preferences.idle_minutes * 60_000, self)
        self.idle_lock.idle.connect(self.lock)
        self.card_watch = CardWatch(self)  # a session a smart card opened locks without it
        self.card_watch.gone.connect(self._card_gone)
        self.dialog: QWidget | None = None
        self._shut = False
        self.tamper_box: QMessageBox | None = None  # shown when the audit log was altered

    # --- start ---------------------------------------------------------------------------

    def _start_folder(self, folder: Path | None) -> Path:
        """--workspace, else the demo folder, else $LIAISON_WORKSPACE, else the folder the
        wizard created last time, else the default one."""
        if folder is not None:
            return Path(folder)
        if self.demo:
            return demo_workspace()
        remembered = self.preferences.workspace_folder
        if "LIAISON_WORKSPACE" not in os.environ and remembered is not None:
            return remembered
        return default_workspace()

    def start(self) -> None:
        """Create, unlock or generate the workspace, then show the main window."""
        if self.demo:
            run_operation(None, lambda p: open_demo(self.folder, self.demo_records, progress=p),
                          title=self.tr("Preparing the demo workspace"),
                          on_success=self._opened, on_failure=self._start_failed,
                          executor=self.executor)
            return
        if not workspace_exists(self.folder):
            wizard = CreateWizard(self.folder, self.executor)
            wizard.accepted.connect(lambda: self._created(wizard))
            wizard.rejected.connect(self._give_up)
            self.dialog = wizard
            wizard.show()
            return
        try:
            location = peek(self.folder)
        except LiaisonError as exc:
            self._start_failed(exc)
            return
        if "keyring" in location.slot_types:  # the key alone is there: try it silently
            run_operation(None, lambda _p: Workspace.open(self.folder),
                          title=self.tr("Unlocking the workspace"), on_success=self._opened,
                          on_failure=lambda exc: self._ask_unlock(exc), cancellable=False,
                          show_progress=False, executor=self.executor)
        else:
            self._ask_unlock(None)

    def _created(self, wizard: CreateWizard) -> None:
        if wizard.workspace is not None:
            if wizard.folder is not None and wizard.folder != self.folder:
                self.folder = wizard.folder
                self.preferences.workspace_folder = wizard.folder
            self._opened(wizard.workspace)

    def _ask_unlock(self, reason: BaseException | None) -> None:
        if reason is not None and not isinstance(reason, LiaisonError):
            self._start_failed(reason)
            return
        try:
            location = peek(self.folder)
        except LiaisonError as exc:
            self._start_failed(exc)
            return
        parent = self.window if self.window.isVisible() else None
        dialog = UnlockDialog(location, self.executor, reason=reason, parent=parent)
        if self.demo:
            dialog.explanation.setText(self.tr("The demo workspace's passphrase is “{pw}”.")
                                       .format(pw=DEMO_PASSPHRASE))
        dialog.accepted.connect(lambda: self._unlocked_by(dialog))
        dialog.rejected.connect(self._give_up)
        self.dialog = dialog
        if parent is not None:
            dialog.open()
        else:
            dialog.show()

    def _unlocked_by(self, dialog: UnlockDialog) -> None:
        if dialog.workspace is not None:
            self._opened(dialog.workspace)

    def _opened(self, ws: Workspace) -> None:
        self.dialog = None
        self.workspace = ws
        if not self.window.isVisible():
            self.window.restore_layout()
            self.window.show()
        self.window.attach(ws, demo=self.demo)
        self.window.activateWindow()
        self.idle_lock.set_timeout(self.preferences.idle_minutes * 60_000)
        self.idle_lock.start()
        self.card_watch.watch(ws)
        if ws.integrity_problems:
            self._warn_tampering(ws)
        self.unlocked.emit()

    def _warn_tampering(self, ws: Workspace) -> None:
        """Say on opening that the audit log was found altered (and what); it stays
        recorded in the log, and ``liaison audit verify`` reports it too."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The audit log was tampered with"),
                          self.tr("This workspace's audit log is not as it was left. The "
                                  "finding is recorded in the log; restore the workspace from "
                                  "a backup made before it, or report it to your security "
                                  "officer."), QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("tamperWarning")
        box.setDetailedText("\n".join(p.message for p in ws.integrity_problems))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.tamper_box = box

    def _start_failed(self, exc: BaseException) -> None:
        box = show_error(None, self.tr("Liaison cannot start"), exc)
        box.finished.connect(lambda _r: self._give_up())

    def _give_up(self) -> None:
        self.dialog = None
        self.shutdown()

    # --- lock ----------------------------------------------------------------------------

    def lock(self) -> None:
        """Lock now: stop the work, empty every view, forget the key, ask to unlock."""
        ws = self.workspace
        if ws is None:
            return
        self.idle_lock.stop()
        self.card_watch.stop()
        self.executor.invalidate()
        self.executor.wait_idle(LOCK_WAIT_MS)  # cancelled work rolls back, then stops
        self.window.clear_views()
        self.workspace = None
        ws.lock()
        self.locked.emit()
        self._ask_unlock(None)

    def _card_gone(self, reason: str) -> None:
        """The smart card that opened the session went: lock, and say why."""
        self.lock()
        if isinstance(self.dialog, UnlockDialog):
            self.dialog.error.setText(self.tr("The smart card was removed, so the workspace "
                                              "was locked. {reason}").format(reason=reason))

    # --- settings and quitting ---------------------------------------------------------------

    def apply_preferences(self) -> None:
        if self.translations is not None:
            self.translations.apply(self.preferences.language, self.preferences.pseudo_locale)
        self.idle_lock.set_timeout(self.preferences.idle_minutes * 60_000)

    def shutdown(self) -> None:
        """Stop the work, lock the workspace, and let the application quit."""
        if self._shut:
            return
        self._shut = True
        self.idle_lock.detach()
        self.card_watch.stop()
        self.executor.invalidate()
        self.executor.wait_idle(LOCK_WAIT_MS)
        if self.workspace is not None:
            self.window.clear_views()
            self.workspace.lock()
            self.workspace = None
        if self.window.isVisible():
            self.window.hide()
        self.finished.emit()
