"""Search results: the hits of a query in the records table (badges and all), with the
snippet of the current hit, and the facets of the whole hit set.

The search runs as an operation on the workspace worker; the table holds row ids and
reads rows on its own reader connection like the records browser. A malformed
query goes back to the search bar with its position. :func:`install_search` puts
the bar, this panel and the facets panel in the main window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from liaison.analysis.snippets import MARK_END, MARK_START
from liaison.model.errors import QueryError
from liaison.ui.facets_panel import FacetsPanel
from liaison.ui.operations import Executor, Operation, run_operation
from liaison.ui.records_browser import OPEN_DELAY_MS, make_record_table
from liaison.ui.search_bar import SearchBar
from liaison.workspace import Workspace

if TYPE_CHECKING:
    from liaison.analysis.search import RecordResults
    from liaison.ui.main_window import MainWindow

RESULT_LIMIT = 1000  # the most a query lists (analysis.search.MAX_LIMIT)


def snippet_html(snippet: str) -> str:
    """A snippet with its matched words in bold, everything else escaped."""
    from html import escape

    return (escape(snippet).replace(MARK_START, "<b>").replace(MARK_END, "</b>"))


class SearchResults(QWidget):
    """The hits of the last query; ``record_activated(rid)`` on the current row and
    ``facets_changed(facets)`` / ``failed(message, position)`` after each search."""

    record_activated = Signal(int)
    facets_changed = Signal(dict)
    failed = Signal(str, int)

    def __init__(self, executor: Executor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.executor = executor
        self.workspace: Workspace | None = None
        self.query = ""
        self.total: int | None = None
        self.snippets: dict[int, str] = {}
        self.bar: SearchBar | None = None
        self.caption = QLabel(self)
        self.caption.setObjectName("searchCaption")
        self.view, self.model = make_record_table(self, compact=True)
        self.view.setObjectName("searchTable")
        self.view.setSortingEnabled(False)  # hits come ranked
        self.snippet = QLabel(self)
        self.snippet.setObjectName("searchSnippet")
        self.snippet.setWordWrap(True)
        self.snippet.setTextFormat(Qt.TextFormat.RichText)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.activated.connect(lambda index: self._open_row(index.row()))
        self._pending_row = -1
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.timeout.connect(lambda: self._open_row(self._pending_row))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.snippet)
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Search results"))
        self.snippet.setAccessibleName(self.tr("Snippet of the selected hit"))
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_count(self) -> None:
        if self.total is None:
            self.caption.setText(self.tr("Type a query and press Enter"))
            return
        locale = QLocale()
        if self.total > self.model.rowCount():
            self.caption.setText(self.tr("Hits: {total} (first {shown} shown)").format(
                total=locale.toString(self.total), shown=locale.toString(self.model.rowCount())))
        else:
            self.caption.setText(self.tr("Hits: {total}").format(total=locale.toString(self.total)))

    # --- life cycle --------------------------------------------------------------------------

    def attach(self, workspace: Workspace) -> None:
        self.workspace = workspace
        reader = workspace.open_reader()
        self.model.set_source(lambda rids: workspace.record_rows(rids, conn=reader))

    def clear(self) -> None:
        """Drop every hit, snippet and facet (used when locking)."""
        self._open_timer.stop()
        self.workspace = None
        self.query, self.total = "", None
        self.snippets = {}
        self.model.clear()
        self.snippet.clear()
        self.facets_changed.emit({})
        if self.bar is not None:
            self.bar.clear()
        self._show_count()

    # --- searching ---------------------------------------------------------------------------

    def search(self, query: str) -> None:
        """Run ``query`` on the worker; show its hits, or hand its fault to the bar."""
        ws = self.workspace
        if ws is None:
            return

        def done(results: RecordResults) -> None:
            if self.workspace is not ws:
                return
            self.query, self.total = query, results.total
            self.snippets = {h.rid: h.snippet for h in results.hits}
            self.model.set_rids([h.rid for h in results.hits])
            self.snippet.clear()
            self._show_count()
            self.facets_changed.emit(results.facets)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, QueryError):
                self.failed.emit(str(exc), exc.position)
            else:
                from liaison.ui.error_dialog import show_error

                show_error(self.window(), self.tr("Searching"), exc, "")

        run_operation(self, lambda _p: ws.search_records(query, limit=RESULT_LIMIT),
                      title=self.tr("Searching"), on_success=done, on_failure=failed,
                      cancellable=False, executor=self.executor)

    # --- opening -----------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.snippet.clear()
            return
        rid = self.model.rid_at(current.row())
        self.snippet.setText(snippet_html(self.snippets.get(rid, "")) if rid else "")
        self._pending_row = current.row()
        self._open_timer.start(OPEN_DELAY_MS)

    def _open_row(self, row: int) -> None:
        self._open_timer.stop()
        rid = self.model.rid_at(row)
        if rid is not None:
            self.record_activated.emit(rid)


def add_filter(query: str, filter_text: str) -> str:
    """``query`` narrowed by a field filter (not added twice)."""
    query = query.strip()
    if filter_text in query.split():
        return query
    if " OR " in f" {query} ":  # keep the user's alternatives together
        query = f"({query})"
    return f"{query} {filter_text}".strip()


def install_search(window: MainWindow) -> tuple[SearchBar, SearchResults, FacetsPanel]:
    """Put the search bar, the results and the facets into ``window`` and wire them."""
    bar = SearchBar(window.preferences.settings, window)
    results = SearchResults(window.executor)
    facets = FacetsPanel()
    window.install_search_bar(bar)
    window.add_panel("search",
                     lambda: QCoreApplication.translate("MainWindow", "Search results"),
                     results, Qt.DockWidgetArea.LeftDockWidgetArea)
    window.add_panel("facets", lambda: QCoreApplication.translate("MainWindow", "Facets"),
                     facets, Qt.DockWidgetArea.LeftDockWidgetArea)
    # Facets as a narrow column beside the records; results share the records' tab.
    window.splitDockWidget(window.dock("records"), window.dock("facets"),
                           Qt.Orientation.Horizontal)
    window.splitDockWidget(window.dock("facets"), window.dock("records"),
                           Qt.Orientation.Horizontal)
    window.tabifyDockWidget(window.dock("records"), window.dock("search"))
    window.tabifyDockWidget(window.dock("records"), window.dock("audit"))
    window.dock("records").raise_()
    window.resizeDocks([window.dock("facets"), window.dock("records")], [200, 700],
                       Qt.Orientation.Horizontal)
    for w in (results, facets):
        w.setEnabled(window.workspace is not None)

    def run(query: str) -> None:
        window.dock("search").show()
        window.dock("search").raise_()
        results.search(query)

    def narrow(filter_text: str) -> None:
        query = add_filter(results.query if results.total is not None else bar.text(),
                           filter_text)
        bar.set_text(query)
        bar.remember(query)
        run(query)

    def load_agencies() -> None:
        # The facets of an empty query list every agency of the workspace (audited as
        # a search, like any consultation); asked once, when the field is first used.
        ws = window.workspace
        if ws is None or bar.loading_agencies:
            return
        bar.loading_agencies = True

        def done(found: RecordResults) -> None:
            bar.loading_agencies = False
            if window.workspace is ws:
                bar.set_agencies(list(found.facets.get("agency") or {}))

        def failed(_exc: BaseException) -> None:
            bar.loading_agencies = False

        run_operation(results, lambda _p: ws.search_records("", limit=1),
                      title=results.tr("Searching"), on_success=done, on_failure=failed,
                      cancellable=False, show_progress=False, executor=window.executor)

    def facets_changed(values: dict) -> None:
        facets.show_facets(values)
        if values.get("agency"):
            bar.add_agencies(list(values["agency"]))

    def store_changed(op: Operation) -> None:
        if op.changes and op.ok and results.total is not None:
            results.search(results.query)  # an import may add hits: show them

    bar.search_requested.connect(run)
    window.executor.operation_finished.connect(store_changed)
    bar.agencies_wanted.connect(load_agencies)
    results.failed.connect(bar.show_error)
    results.facets_changed.connect(facets_changed)
    results.record_activated.connect(window.open_record)
    facets.filter_requested.connect(narrow)
    results.bar = bar  # locking empties the query too
    return bar, results, facets
