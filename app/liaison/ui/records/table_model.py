"""The lazy records table: it holds row ids only and reads rows a page at a time.

Anki's browser model does the same. A million records cost a million integers;
the rows themselves are read from a reader connection only when the view asks for
them (what is on screen), and a small LRU cache keeps recent pages. Sorting asks
the owner to re-query the ids in the new order (off the GUI thread); short lists
given whole (:meth:`set_rows`) are sorted in memory.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from liaison.ui.bidi import isolate
from liaison.ui.records import columns
from liaison.workspace.records import RecordRow

Fetch = Callable[[list[int]], list[RecordRow]]
Index = QModelIndex | QPersistentModelIndex

RID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordTableModel(QAbstractTableModel):
    """Records by row id; ``rows_fetched`` counts rows read from the store since the last
    reset, so a test (or a benchmark) can check that only visible rows were read."""

    PAGE = 100
    CACHE_ROWS = 2000

    sort_requested = Signal(str, bool)  # column key, descending

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rids: list[int] = []
        self._fetch: Fetch | None = None
        self._cache: OrderedDict[int, RecordRow] = OrderedDict()
        self._local: dict[int, RecordRow] | None = None
        self.rows_fetched = 0
        self.pages_fetched = 0
        self.sort_key, self.descending = "reported", True
        self._requested: tuple[str, bool] | None = None

    # --- feeding ---------------------------------------------------------------------------

    def set_source(self, fetch: Fetch | None) -> None:
        """Where pages of rows come from (e.g. ``ws.record_rows`` on a reader connection)."""
        self._fetch = fetch
        self._local = None

    def set_rids(self, rids: Sequence[int], sort_key: str | None = None,
                 descending: bool | None = None) -> None:
        self.beginResetModel()
        self._rids = list(rids)
        self._cache.clear()
        self.rows_fetched = self.pages_fetched = 0
        if sort_key is not None:
            self.sort_key = sort_key
        if descending is not None:
            self.descending = descending
        self._requested = None
        self.endResetModel()

    def set_rows(self, rows: Sequence[RecordRow]) -> None:
        """A short list known in full (an entity's records): no store access, sorted here."""
        self._local = {r.rid: r for r in rows}
        self._fetch = None
        self.set_rids(self._sorted_local(self.sort_key, self.descending))

    def clear(self) -> None:
        """Forget every id and row: nothing of the records stays in memory."""
        self._fetch = None
        self._local = None
        self.set_rids([])

    # --- lookup ----------------------------------------------------------------------------

    def rid_at(self, row: int) -> int | None:
        return self._rids[row] if 0 <= row < len(self._rids) else None

    def row_of(self, rid: int) -> int | None:
        try:
            return self._rids.index(rid)
        except ValueError:
            return None

    def record_at(self, row: int) -> RecordRow | None:
        rid = self.rid_at(row)
        if rid is None:
            return None
        if self._local is not None:
            return self._local.get(rid)
        found = self._cache.get(rid)
        if found is not None:
            self._cache.move_to_end(rid)
            return found
        self._load_page(row // self.PAGE)
        return self._cache.get(rid)

    def _load_page(self, page: int) -> None:
        if self._fetch is None:
            return
        wanted = [r for r in self._rids[page * self.PAGE:(page + 1) * self.PAGE]
                  if r not in self._cache]
        if not wanted:
            return
        rows = self._fetch(wanted)
        self.pages_fetched += 1
        self.rows_fetched += len(rows)
        for r in rows:
            self._cache[r.rid] = r
        while len(self._cache) > self.CACHE_ROWS:
            self._cache.popitem(last=False)

    # --- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(columns.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == RID_ROLE:
            return self.rid_at(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.FontRole,
                        Qt.ItemDataRole.ForegroundRole):
            return None
        row = self.record_at(index.row())
        if row is None:
            return None
        key = columns.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = columns.text(row, key)
            return text if key in columns.BADGE_COLUMNS else isolate(text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return columns.tooltip(row, key)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return columns.accessible(row, key)
        if row.status == "active":
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            font.setStrikeOut(row.status == "retracted")
            return font
        palette = QApplication.palette()
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(columns.COLUMNS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return columns.header(columns.COLUMNS[section])
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(columns.COLUMNS) - 1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(columns.COLUMNS):
            return
        key = columns.COLUMNS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if self._local is not None:
            self.sort_key, self.descending = key, descending
            self.set_rids(self._sorted_local(key, descending))
        elif (key, descending) != (self._requested or (self.sort_key, self.descending)):
            # QTableView asks twice for one click (indicator change, then sortByColumn).
            self._requested = (key, descending)
            self.sort_requested.emit(key, descending)

    def _sorted_local(self, key: str, descending: bool) -> list[int]:
        assert self._local is not None
        rows = sorted(self._local.values(), key=lambda r: columns.sort_value(r, key),
                      reverse=descending)
        return [r.rid for r in rows]
