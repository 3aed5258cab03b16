"""Operations: workspace work off the GUI thread, on one worker, with progress and cancel.

Like Anki's ``CollectionOp``: ``run_operation(parent, fn, title=..., on_success=...)``
runs ``fn(progress)`` on the single workspace worker and calls back on the GUI
thread. ``fn`` never touches widgets; callbacks never touch the database. There is
one worker for the application, so all writes to the workspace go through one
thread (SQLCipher connections are not shared between concurrent threads; see
ARCHITECTURE.md, Layers). A progress window appears only if the work takes longer than
half a second, and its Cancel button reaches the work through ``Progress.cancel``.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QWidget

from liaison.model.errors import OperationCancelled
from liaison.model.progress import Progress
from liaison.ui.error_dialog import show_error
from liaison.ui.progress_dialog import ProgressDialog

PROGRESS_DELAY_MS = 500
_PROGRESS_INTERVAL_S = 0.05  # at most 20 progress signals a second cross threads

Work = Callable[[Progress], Any]


class _Relay(QObject):
    """Carries the worker's news to the GUI thread (it lives there; emits are queued)."""

    progressed = Signal(int, object, str)  # done, total (None when unknown), message
    succeeded = Signal(object)             # the result
    failed = Signal(object, str)           # the exception, its traceback text


class Operation(QObject):
    """One submitted piece of work: its progress handle, callbacks and progress window."""

    def __init__(self, executor: Executor, parent: QWidget | None, fn: Work, *, title: str,
                 on_success: Callable[[Any], None] | None,
                 on_failure: Callable[[BaseException], None] | None,
                 cancellable: bool, show_progress: bool, changes: bool) -> None:
        super().__init__(executor)
        self.executor, self.parent_widget, self.fn, self.title = executor, parent, fn, title
        self.on_success, self.on_failure = on_success, on_failure
        self.cancellable, self.show_progress, self.changes = cancellable, show_progress, changes
        self.epoch = executor.epoch
        self.done = False
        self.ok = False
        self.error: BaseException | None = None
        self._dialog: ProgressDialog | None = None
        self._last = (0, None, "")
        self._relay = _Relay()
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.progressed.connect(self._on_progress, queued)
        self._relay.succeeded.connect(self._on_succeeded, queued)
        self._relay.failed.connect(self._on_failed, queued)
        self._sent = 0.0
        self._lock = threading.Lock()
        self.progress = Progress(self._listen)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)

    # --- worker thread -------------------------------------------------------------------

    def _listen(self, done: int, total: int | None, message: str) -> None:
        now = time.monotonic()
        with self._lock:
            if now - self._sent < _PROGRESS_INTERVAL_S and (total is None or done < total):
                return
            self._sent = now
        self._relay.progressed.emit(done, total, message)

    def run(self) -> None:
        """Called on the worker thread."""
        try:
            if self.progress.cancelled:  # cancelled while it waited in the queue
                raise OperationCancelled("Cancelled; nothing was changed.")
            result = self.fn(self.progress)
        except BaseException as exc:  # everything is reported; nothing escapes the thread
            self._relay.failed.emit(exc, traceback.format_exc())
        else:
            self._relay.succeeded.emit(result)

    # --- GUI thread ----------------------------------------------------------------------

    def cancel(self) -> None:
        self.progress.cancel()

    def _parent_alive(self) -> bool:
        return self.parent_widget is None or shiboken6.isValid(self.parent_widget)

    def _show_dialog(self) -> None:
        if self.done or not self.show_progress or not self._parent_alive():
            return
        window = self.parent_widget.window() if self.parent_widget is not None else None
        self._dialog = ProgressDialog(self.title, self.cancellable, window)
        self._dialog.cancel_requested.connect(self.cancel)
        self._dialog.set_progress(*self._last)
        self._dialog.show()

    def close_dialog(self) -> None:
        self._timer.stop()
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.hide()
            self._dialog.deleteLater()
        self._dialog = None

    @Slot(int, object, str)
    def _on_progress(self, done: int, total: int | None, message: str) -> None:
        self._last = (done, total, message)
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.set_progress(done, total, message)

    def _live(self) -> bool:
        """False once the workspace was locked meanwhile or the asking window is gone."""
        return self.epoch == self.executor.epoch and self._parent_alive()

    @Slot(object)
    def _on_succeeded(self, result: Any) -> None:
        self.done = self.ok = True
        self.close_dialog()
        try:
            if self._live() and self.on_success is not None:
                self.on_success(result)
        except Exception as exc:  # a bug in a callback must not vanish silently
            show_error(self._window(), self.title, exc, traceback.format_exc())
        finally:
            self.executor._finished(self)

    @Slot(object, str)
    def _on_failed(self, exc: BaseException, details: str) -> None:
        self.done, self.error = True, exc
        self.close_dialog()
        try:
            if not self._live():
                return
            if self.on_failure is not None:
                self.on_failure(exc)
            elif isinstance(exc, OperationCancelled):
                window = self._window()
                if isinstance(window, QMainWindow):
                    window.statusBar().showMessage(
                        QCoreApplication.translate("Operations",
                                                   "Cancelled; nothing was changed."), 8000)
            else:
                show_error(self._window(), self.title, exc, details)
        finally:
            self.executor._finished(self)

    def _window(self) -> QWidget | None:
        if self.parent_widget is not None and shiboken6.isValid(self.parent_widget):
            return self.parent_widget.window()
        return None


class Executor(QObject):
    """The application's single workspace worker (a one-thread pool) and its operations."""

    busy_changed = Signal(bool)
    # Emitted after an operation's callbacks ran; views refresh when ``op.changes``.
    operation_finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the one thread: no churn between operations
        self.epoch = 0
        self.active: list[Operation] = []

    @property
    def busy(self) -> bool:
        return bool(self.active)

    def submit(self, op: Operation) -> Operation:
        self.active.append(op)
        if len(self.active) == 1:
            self.busy_changed.emit(True)
        op._timer.start(PROGRESS_DELAY_MS)
        self._pool.start(op.run)
        return op

    def _finished(self, op: Operation) -> None:
        if op in self.active:
            self.active.remove(op)
            if not self.active:
                self.busy_changed.emit(False)
        if op.epoch == self.epoch:
            self.operation_finished.emit(op)
        op.deleteLater()

    def cancel_all(self) -> None:
        for op in list(self.active):
            op.cancel()

    def invalidate(self) -> None:
        """Cancel everything and drop results still on their way (used when locking)."""
        self.epoch += 1
        for op in list(self.active):
            op.cancel()
            op.close_dialog()

    def wait_idle(self, msecs: int = 10_000) -> bool:
        """Block until the worker has nothing left to run; True if it got there in time."""
        return self._pool.waitForDone(msecs)


_shared: Executor | None = None


def default_executor() -> Executor:
    """The application's executor, created on first use as a child of the QApplication."""
    global _shared
    if _shared is None or not shiboken6.isValid(_shared):
        _shared = Executor(QCoreApplication.instance())
    return _shared


def run_operation(parent: QWidget | None, fn: Work, *, title: str,
                  on_success: Callable[[Any], None] | None = None,
                  on_failure: Callable[[BaseException], None] | None = None,
                  cancellable: bool = True, show_progress: bool = True, changes: bool = False,
                  executor: Executor | None = None) -> Operation:
    """Run ``fn(progress)`` on the workspace worker; call back on the GUI thread.

    ``on_failure`` replaces the default handling (a readable message box; a
    cancel only notes "nothing was changed" in the status bar). ``changes`` tells
    the views that the work may have changed what they show.
    """
    executor = executor or default_executor()
    op = Operation(executor, parent, fn, title=title, on_success=on_success,
                   on_failure=on_failure, cancellable=cancellable,
                   show_progress=show_progress, changes=changes)
    return executor.submit(op)
