"""Locking the workspace when the smart card that opened it is pulled out.

A coarse timer asks the workspace whether the card is still there
(``Workspace.token_check``: no PIN, nothing written). It runs on the GUI thread, not
the worker: a long import must not hide a card removed meanwhile, and the probe only
lists the tokens and reads one public key, a few milliseconds.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from liaison.model.errors import LiaisonError
from liaison.workspace import Workspace

POLL_MS = 2000


class CardWatch(QObject):
    """Emits ``gone(reason)`` once when the watched session's card goes; re-armed by
    :meth:`watch`. A session not opened by a card is not polled."""

    gone = Signal(str)

    def __init__(self, parent: QObject | None = None, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._workspace: Workspace | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._check)

    def watch(self, workspace: Workspace) -> None:
        self.stop()
        if workspace.opened_by_card():
            self._workspace = workspace
            self._timer.start()

    def set_interval(self, msecs: int) -> None:
        """How often to look (tests look more often than the default)."""
        self._timer.setInterval(max(50, int(msecs)))

    def stop(self) -> None:
        self._timer.stop()
        self._workspace = None

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def _check(self) -> None:
        ws = self._workspace
        if ws is None or ws.is_locked:
            self.stop()
            return
        try:
            reason = ws.token_check(lock=False)  # the session locks: views empty first
        except LiaisonError as exc:
            reason = str(exc)
        if reason is not None:
            self.stop()
            self.gone.emit(reason)
