"""The progress/cancel handle every long operation receives (no Qt here)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from liaison.model.errors import OperationCancelled

Listener = Callable[[int, int | None, str], None]


class Progress:
    """Counts work done and carries the person's cancel request back to the work.

    Thread-safe: the UI thread calls :meth:`cancel`, the worker calls
    :meth:`update` and :meth:`check`.
    """

    def __init__(self, listener: Listener | None = None) -> None:
        self._listener = listener
        self._cancel = threading.Event()
        self.done = 0
        self.total: int | None = None
        self.message = ""

    def update(self, done: int, total: int | None = None, message: str = "") -> None:
        self.done, self.message = done, message or self.message
        if total is not None:
            self.total = total
        if self._listener:
            self._listener(self.done, self.total, self.message)
        self.check()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise OperationCancelled if the person asked to stop."""
        if self._cancel.is_set():
            raise OperationCancelled("Cancelled; nothing was changed.")

