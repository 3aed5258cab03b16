"""Locking the workspace after a spell without keyboard or mouse activity.

An application-wide event filter notes the time of the last input; a coarse timer
compares. While an operation runs the clock is held: the person is waiting for it,
and locking would cancel their import.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from liaison.ui.operations import Executor

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.InputMethod,
})


class IdleLock(QObject):
    """Emits ``idle`` once after ``timeout_ms`` without input; re-armed by :meth:`start`."""

    idle = Signal()

    def __init__(self, executor: Executor, timeout_ms: int, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self.executor = executor
        self.timeout_ms = timeout_ms
        self._last = time.monotonic()
        self._armed = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        executor.busy_changed.connect(self._busy_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_timeout(self, msecs: int) -> None:
        """Change the idle time (the Settings dialog gives minutes; tests may give 1 s)."""
        self.timeout_ms = max(100, int(msecs))
        if self._armed:
            self._timer.start(self._tick_ms())

    def _tick_ms(self) -> int:
        return max(50, min(1000, self.timeout_ms // 10))

    def start(self) -> None:
        self._armed = True
        self.touch()
        self._timer.start(self._tick_ms())

    def stop(self) -> None:
        self._armed = False
        self._timer.stop()

    def detach(self) -> None:
        """Stop for good and leave the application's event stream (at shutdown): a filter
        that outlives its Python half would otherwise be called half torn down."""
        self.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    @property
    def active(self) -> bool:
        return self._armed

    def touch(self) -> None:
        self._last = time.monotonic()

    def _busy_changed(self, _busy: bool) -> None:
        self.touch()  # the end of a long operation counts as activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if getattr(self, "_armed", False) and event.type() in _ACTIVITY:
            self._last = time.monotonic()
        return False

    def _check(self) -> None:
        if not self._armed:
            return
        if self.executor.busy:
            self.touch()
            return
        if (time.monotonic() - self._last) * 1000 >= self.timeout_ms:
            self.stop()
            self.idle.emit()
