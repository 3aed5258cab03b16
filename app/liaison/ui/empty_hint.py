"""A line of guidance laid over an empty view (a chart with nothing charted yet).

It sits on top of the view rather than replacing it, so the view keeps its size and
its axes while hidden behind the text, and it lets the mouse through.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget


class EmptyHint(QLabel):
    """Centred grey text over ``view``, shown with :meth:`set_empty`."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self.setObjectName("emptyHint")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("QLabel { color: #6B7280; background: transparent; "
                           "padding: 24px; font-size: 11pt; }")
        view.installEventFilter(self)
        self.setGeometry(view.rect())

    def set_empty(self, empty: bool) -> None:
        self.setVisible(empty)
        if empty:
            self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False
