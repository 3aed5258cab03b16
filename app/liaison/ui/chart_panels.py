"""The link chart and timeline docks, their shared selection, and the action that charts
the current record list; installed into the main window by one call."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from liaison.ui.link_chart import LinkChart
from liaison.ui.selection import Selection
from liaison.ui.timeline_view import TimelineView

if TYPE_CHECKING:
    from liaison.ui.main_window import MainWindow

CHART_LIMIT = 5000  # records a chart of the record list is built from


class ChartPanels(QObject):
    """Owns the selection; builds both views from the records table on request."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.selection = Selection(self)
        self.chart = LinkChart(window.executor, self.selection)
        self.timeline = TimelineView(window.executor, self.selection)
        window.add_panel("chart", lambda: self.tr("Link chart"), self.chart,
                         Qt.DockWidgetArea.RightDockWidgetArea)
        window.add_panel("timeline", lambda: self.tr("Timeline"), self.timeline,
                         Qt.DockWidgetArea.BottomDockWidgetArea)
        self.chart_action = QAction(window)
        self.chart_action.setObjectName("chartRecordsAction")
        self.chart_action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        self.chart_action.triggered.connect(self.chart_record_list)
        window.addAction(self.chart_action)
        if hasattr(window, "view_menu"):
            window.view_menu.insertAction(window.reset_layout_action, self.chart_action)
        table = window.records.view
        table.selectionModel().selectionChanged.connect(lambda *_: self._table_selected())
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.chart_action.setText(self.tr("&Chart the record list"))
        self.chart_action.setStatusTip(self.tr("Build the link chart and timeline of the "
                                               "records listed"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def listed_record_ids(self) -> list[int]:
        model = self.window.records.model
        rows = min(model.rowCount(), CHART_LIMIT)
        return [rid for rid in (model.rid_at(i) for i in range(rows)) if rid is not None]

    def chart_record_list(self) -> None:
        """Open the chart and the timeline of the records the table lists."""
        if self.window.workspace is None:
            return
        rids = self.listed_record_ids()
        self.chart.open_records(rids)
        self.timeline.open_records(rids)
        for name in ("chart", "timeline"):
            self.window.dock(name).show()
            self.window.dock(name).raise_()

    def _table_selected(self) -> None:
        """Rows selected in the records table select their records everywhere."""
        model = self.window.records.model
        rows = {index.row() for index in self.window.records.view.selectionModel().selectedRows()}
        records = [row.id for row in (model.record_at(r) for r in rows) if row is not None]
        self.selection.select(record_ids=records, source=self.window.records)


def install_chart_panels(window: MainWindow) -> ChartPanels:
    return ChartPanels(window)
