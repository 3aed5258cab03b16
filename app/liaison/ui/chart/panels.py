"""The link chart and timeline docks, their shared selection, and the actions that chart
the record list, the search results or the open record; installed into the main window
by one call. A time range brushed on the timeline narrows the records table to the
records in it (clearing the brush lists them all again)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

from liaison.ui.operations import run_operation
from liaison.ui.selection import Selection
from liaison.ui.timeline_view import TimelineView
from liaison.ui.window_layout import CHART

if TYPE_CHECKING:
    from liaison.ui.main_window import MainWindow


class ChartPanels(QObject):
    """Owns the selection; builds both views from the records table on request."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.selection = Selection(self)
        # Imported here: link_chart imports this package, so importing it at the top made
        # ``import liaison.ui.link_chart`` (first) fail on the cycle (the chart benchmark).
        from liaison.ui.link_chart import LinkChart

        self.chart = LinkChart(window.executor, self.selection)
        self.timeline = TimelineView(window.executor, self.selection)
        window.add_panel("chart", lambda: self.tr("Link chart"), self.chart,
                         Qt.DockWidgetArea.RightDockWidgetArea)
        window.add_panel("timeline", lambda: self.tr("Timeline"), self.timeline,
                         Qt.DockWidgetArea.BottomDockWidgetArea)
        self.chart.records_opened.connect(self.timeline.open_records)
        self.chart.entity_requested.connect(window.open_entity)
        self.chart.record_requested.connect(window.open_record)
        self.timeline.range_selected.connect(self._range_brushed)
        self.chart_action = self._action("chartRecordsAction", self.chart_record_list,
                                         "Ctrl+Shift+G")
        self.chart_search_action = self._action("chartSearchAction", self.chart_search_results)
        self.chart_record_action = self._action("chartRecordAction", self.chart_open_record)
        table = window.records.view
        table.selectionModel().selectionChanged.connect(lambda *_: self._table_selected())
        window.installEventFilter(self)
        self.retranslate()

    def _action(self, name: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        if hasattr(self.window, "view_menu"):
            self.window.view_menu.insertAction(self.window.reset_layout_action, action)
        return action

    def retranslate(self) -> None:
        self.chart_action.setText(self.tr("&Chart the record list"))
        self.chart_action.setStatusTip(self.tr("Build the link chart and timeline of the "
                                               "records listed"))
        self.chart_search_action.setText(self.tr("Chart the &search results"))
        self.chart_search_action.setStatusTip(self.tr("Build the link chart and timeline of "
                                                      "the records the search finds"))
        self.chart_record_action.setText(self.tr("Chart the &open record"))
        self.chart_record_action.setStatusTip(self.tr("Build the link chart of the record "
                                                      "shown and its entities"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def listed_record_ids(self) -> list[int]:
        model = self.window.records.model
        rows = min(model.rowCount(), self.chart.record_limit)
        return [rid for rid in (model.rid_at(i) for i in range(rows)) if rid is not None]

    def chart_record_list(self) -> None:
        """Open the chart and the timeline of the records the table lists."""
        if self.window.workspace is None:
            return
        self.chart.open_records(self.listed_record_ids(),
                                total=self.window.records.model.rowCount())
        self._show_docks()

    def search_query(self) -> str:
        """The query of the search results shown, else the one typed in the search bar."""
        results = getattr(self.window, "search_results", None)
        if results is not None and results.total is not None:
            return results.query
        bar = self.window.search_bar
        return bar.text().strip() if bar is not None and hasattr(bar, "text") else ""

    def chart_search_results(self) -> None:
        """Open the chart and the timeline of what the current search finds."""
        if self.window.workspace is None:
            return
        query = self.search_query()
        if not query:
            self.window.statusBar().showMessage(
                self.tr("Search first: there are no search results to chart."), 5000)
            return
        self.chart.open_query(query)
        self._show_docks()

    def chart_open_record(self) -> None:
        """Open the chart (and timeline) of the record shown in the record view."""
        detail = getattr(self.window.record_view, "detail", None)
        if self.window.workspace is None or detail is None:
            self.window.statusBar().showMessage(self.tr("Open a record first."), 5000)
            return
        self.chart.open_records([detail.rid])
        self._show_docks()

    def chart_finding(self, entity_ids: list[str], record_ids: list[str]) -> None:
        """Open the chart (and timeline) of a pattern finding's records, with its entities
        and records selected (ui/findings_dock.py)."""
        ws = self.window.workspace
        if ws is None:
            return

        def show(rids: list[int]) -> None:
            if self.window.workspace is ws:
                # Selected first: the chart selects the nodes once it is built.
                self.selection.select(entity_ids=entity_ids, record_ids=record_ids)
                self.chart.open_records(rids)
                self._show_docks()

        run_operation(self.chart, lambda _p: ws.record_rids(record_ids),
                      title=self.tr("Finding the records"), on_success=show,
                      cancellable=False, executor=self.window.executor)

    def _show_docks(self) -> None:
        """Charting switches to the Chart perspective, where the chart has the room."""
        self.window.layouts.switch(CHART)
        for name in ("chart", "timeline"):
            self.window.dock(name).show()
            self.window.dock(name).raise_()

    def _range_brushed(self, first: object, _last: object) -> None:
        """List only the records in the brushed range in the records table and the search
        hits (all again when the brush is cleared); the UUIDs are looked up on the worker."""
        records = self.window.records
        hits = getattr(self.window, "search_results", None)
        ws = self.window.workspace
        if first is None or ws is None:
            if records.only is not None:
                records.show_only(None)
            if hits is not None and hits.model.only is not None:
                hits.show_only(None)
            return
        uuids = {r for item in self.timeline.filtered for r in item.record_ids}

        def done(rids: list[int]) -> None:
            if self.window.workspace is ws and self.timeline.region.isVisible():
                records.show_only(rids)
                if hits is not None and hits.total is not None:
                    hits.show_only(set(rids))
                else:
                    self.window.dock("records").raise_()

        run_operation(records, lambda _p: ws.record_rids(uuids), title=self.tr(
            "Filtering the records"), on_success=done, cancellable=False,
            executor=self.window.executor)

    def _table_selected(self) -> None:
        """Rows selected in the records table select their records everywhere."""
        model = self.window.records.model
        rows = {index.row() for index in self.window.records.view.selectionModel().selectedRows()}
        records = [row.id for row in (model.record_at(r) for r in rows) if row is not None]
        self.selection.select(record_ids=records, source=self.window.records)


def install_chart_panels(window: MainWindow) -> ChartPanels:
    return ChartPanels(window)
