"""The main window's perspectives ("Records", "Chart") and their default layouts.

A perspective is a named arrangement of the same docks: Records puts the facets, the
records table and the open record side by side; Chart gives the link chart, with the
timeline under it, most of the window and keeps the results and the open record in
one column of tabs beside it. Switching keeps each perspective as the analyst left it;
View ▸ Restore the default layout puts the current one back exactly as defined here.

Default layouts are proportions of the window, and the window is fitted to the screen
it is on: never larger than the available geometry (issue 18 found a restored layout
1,303 pixels high on a 1,000-pixel screen) and every panel at least
:data:`MIN_USEFUL` (tests check 1366×768, 1600×1000 and 1920×1080).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QToolBar

if TYPE_CHECKING:
    from liaison.ui.main_window import MainWindow

RECORDS, CHART = "records", "chart"
PERSPECTIVES = (RECORDS, CHART)
LARGEST = QSize(1800, 1100)       # the default window: the screen, up to this size
# Saved dock states of older layouts are not restored (3: the Findings dock came in).
STATE_VERSION = 3

# The smallest size (width, height) at which each panel is still of use; the default
# layouts keep every shown panel at least this big on a 1366×768 screen.
MIN_USEFUL: dict[str, tuple[int, int]] = {
    "records": (360, 220), "search": (360, 220), "audit": (360, 220),
    "exchange": (360, 220), "facets": (170, 220), "record": (300, 260),
    "entity": (300, 260), "xref": (300, 260), "findings": (300, 260), "chart": (520, 300),
    "timeline": (520, 150),
}


@dataclass(frozen=True)
class Arrangement:
    """Columns left to right; each column rows top to bottom; each row a tab group whose
    first dock is raised. ``hidden`` docks are tabbed behind another (name -> that dock's
    name) and hidden, so that View ▸ shows them in a sensible place."""

    columns: tuple[tuple[tuple[str, ...], ...], ...]
    widths: tuple[float, ...]
    heights: tuple[tuple[float, ...], ...]
    hidden: tuple[tuple[str, str], ...] = ()


ARRANGEMENTS: dict[str, Arrangement] = {
    RECORDS: Arrangement(
        columns=((("facets",),), (("records", "search", "audit", "exchange"),),
                 (("record", "entity", "xref", "findings"),)),
        widths=(0.16, 0.46, 0.38), heights=((1.0,), (1.0,), (1.0,)),
        hidden=(("chart", "record"), ("timeline", "records"))),
    CHART: Arrangement(
        columns=((("search", "records", "record", "entity"),), (("chart",), ("timeline",))),
        widths=(0.28, 0.72), heights=((1.0,), (0.66, 0.34)),
        hidden=(("facets", "search"), ("audit", "search"), ("exchange", "search"),
                ("xref", "entity"), ("findings", "entity"))),
}


class WindowLayout(QObject):
    """The perspective actions (View menu and a tool bar) and the layouts they switch."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.current = RECORDS
        self.states: dict[str, QByteArray] = {}   # perspective -> dock state left in it
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for number, name in enumerate(PERSPECTIVES, start=1):
            action = QAction(window)
            action.setObjectName(f"{name}PerspectiveAction")
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, n=name: self.switch(n))
            self.group.addAction(action)
            window.addAction(action)
            self.actions[name] = action
        self.actions[RECORDS].setChecked(True)
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("perspectiveToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in self.actions.values():
            self.toolbar.addAction(action)
        first_bar = next((b for b in window.findChildren(QToolBar) if b.parent() is window
                          and b is not self.toolbar), None)
        if first_bar is not None:  # at the left, before the search bar
            window.insertToolBar(first_bar, self.toolbar)
        else:
            window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        menu = window.view_menu
        first = menu.actions()[0] if menu.actions() else None
        for action in self.actions.values():
            menu.insertAction(first, action)
        menu.insertSeparator(first)
        self.arrange(RECORDS)
        self.retranslate()

    def retranslate(self) -> None:
        self.toolbar.setWindowTitle(self.tr("Perspectives"))
        texts = {RECORDS: (self.tr("Recor&ds"), self.tr("Records, search results and the "
                                                        "open record side by side")),
                 CHART: (self.tr("C&hart"), self.tr("The link chart and the timeline in most "
                                                    "of the window"))}
        for name, (text, tip) in texts.items():
            self.actions[name].setText(text)
            self.actions[name].setToolTip(tip)
            self.actions[name].setStatusTip(tip)

    # --- perspectives --------------------------------------------------------------------

    def switch(self, name: str) -> None:
        """Show perspective ``name`` as it was left (its default the first time)."""
        if name not in ARRANGEMENTS:
            raise ValueError(f"no perspective {name!r}")
        self.actions[name].setChecked(True)
        if name == self.current:
            return
        self.states[self.current] = self.window.saveState(STATE_VERSION)
        self.current = name
        state = self.states.get(name)
        if state is None or not self.window.restoreState(state, STATE_VERSION):
            self.arrange(name)
            self.size_docks()

    def adopt(self, name: str, states: dict[str, QByteArray]) -> None:
        """Take over a saved perspective and the states left in the others (start-up;
        the window then restores the current one's state itself)."""
        self.current = name if name in ARRANGEMENTS else RECORDS
        self.actions[self.current].setChecked(True)
        self.states = {k: v for k, v in states.items() if k in ARRANGEMENTS and k != self.current}
        self.arrange(self.current)

    def restore_default(self, available: QRect | None = None) -> None:
        """The window fitted to the screen and the current perspective as defined here;
        the other perspective forgets how it was left too."""
        self.states.clear()
        self.fit(available)
        self.arrange(self.current)
        self.size_docks()

    # --- geometry ------------------------------------------------------------------------

    def available(self) -> QRect:
        screen = self.window.screen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)

    def fit(self, available: QRect | None = None) -> None:
        """Size the window, frame included, to the screen's available area (up to
        :data:`LARGEST`), and centre it there."""
        area = available if available is not None else self.available()
        window = self.window
        frame = window.frameGeometry().size() - window.geometry().size()
        fw, fh = max(frame.width(), 0), max(frame.height(), 0)
        width = min(LARGEST.width(), area.width() - fw)
        height = min(LARGEST.height(), area.height() - fh)
        window.resize(width, height)
        window.move(area.x() + (area.width() - width - fw) // 2,
                    area.y() + (area.height() - height - fh) // 2)

    def clamp(self, available: QRect | None = None) -> None:
        """A restored window larger than the screen, or off it, is fitted again."""
        area = available if available is not None else self.available()
        if not area.contains(self.window.frameGeometry()):
            self.fit(area)

    # --- docks ---------------------------------------------------------------------------

    def _docks(self, names) -> list:
        return [self.window.dock(n) for n in names if n in self.window.panels]

    def arrange(self, name: str) -> None:
        """Place every dock as perspective ``name`` defines (sizes: :meth:`size_docks`)."""
        window, arrangement = self.window, ARRANGEMENTS[name]
        for dock, _ in window.panels.values():
            dock.setFloating(False)
            window.removeDockWidget(dock)
        previous = None
        for column in arrangement.columns:
            heads = [group[0] for group in (self._docks(g) for g in column) if group]
            if not heads:
                continue
            if previous is None:
                window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, heads[0])
            else:
                window.splitDockWidget(previous, heads[0], Qt.Orientation.Horizontal)
            for above, below in pairwise(heads):
                window.splitDockWidget(above, below, Qt.Orientation.Vertical)
            previous = heads[0]
        for column in arrangement.columns:
            for group in column:
                docks = self._docks(group)
                for dock in docks[1:]:
                    window.tabifyDockWidget(docks[0], dock)
                for dock in docks:
                    dock.show()
        placed = {n for column in arrangement.columns for group in column for n in group}
        for hidden, beside in arrangement.hidden:
            if hidden in window.panels and beside in window.panels:
                window.tabifyDockWidget(window.dock(beside), window.dock(hidden))
                window.dock(hidden).hide()
        for other, (dock, _) in window.panels.items():  # a panel no arrangement names
            if other not in placed and other not in dict(arrangement.hidden):
                window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
                dock.hide()
        for column in arrangement.columns:
            for group in column:
                docks = self._docks(group)
                if docks:
                    docks[0].raise_()

    def size_docks(self) -> None:
        """Proportion the docks of the current perspective to the window (sizes set before
        the window is shown and laid out are lost, so this runs once more after that)."""
        self._size_docks()
        QTimer.singleShot(0, self._size_docks)

    def _size_docks(self) -> None:
        window, arrangement = self.window, ARRANGEMENTS[self.current]
        window.layout().activate()
        width, height = self.dock_area()
        heads, shares = [], []
        for column, share, rows in zip(arrangement.columns, arrangement.widths,
                                       arrangement.heights, strict=True):
            row_heads = [g[0] for g in (self._docks(group) for group in column) if g]
            if not row_heads:
                continue
            heads.append(row_heads[0])
            shares.append(share)
            if len(row_heads) > 1:
                window.resizeDocks(row_heads, [int(height * s) for s in rows[:len(row_heads)]],
                                   Qt.Orientation.Vertical)
        window.resizeDocks(heads, [int(width * s) for s in shares], Qt.Orientation.Horizontal)

    def dock_area(self) -> tuple[int, int]:
        """The window's size less its menu, tool and status bars."""
        window = self.window
        height = window.height() - window.menuBar().height() - window.statusBar().height()
        toolbars = {bar.y(): bar.height() for bar in window.findChildren(QToolBar)
                    if bar.parent() is window and bar.isVisible()}
        return window.width(), height - sum(toolbars.values())
