"""Search results: the hits of a query in the records table (badges and all), with the
snippet of the current hit, and the facets of the whole hit set.

The search runs as an operation on the workspace worker; the table holds row ids and
reads rows on its own reader connection like the records browser. Hits come a page of
1,000 at a time: scrolling to the end of those loaded fetches the next page on the worker
(Qt's ``canFetchMore``/``fetchMore``), so a query with a million hits lists them all
without reading them up front. The "Entities" tab runs the same query as an entity
search instead (one line per entity or confirmed cluster, opening the entity view).
A malformed query goes back to the search bar with its position. :func:`install_search`
puts the bar, this panel and the facets panel in the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabBar, QVBoxLayout, QWidget

from liaison.analysis.snippets import MARK_END, MARK_START
from liaison.model.errors import QueryError
from liaison.ui.entity_results import EntityHitsList
from liaison.ui.facets_panel import FacetsPanel
from liaison.ui.operations import Executor, Operation, run_operation
from liaison.ui.records import OPEN_DELAY_MS, Index, RecordTableModel, make_record_table
from liaison.ui.search_bar import SearchBar
from liaison.workspace import Workspace

if TYPE_CHECKING:
    from liaison.analysis.entity_search import EntityResults
    from liaison.analysis.search import RecordResults
    from liaison.ui.main_window import MainWindow
    from liaison.workspace.search import Agency

RECORDS, ENTITIES = 0, 1  # what the panel searches: its tabs
RESULT_LIMIT = 1000  # hits per page: the most one search returns (analysis.search.MAX_LIMIT)


class SearchHitsModel(RecordTableModel):
    """The record table of a search: ranked ids, a page at a time. When the view scrolls
    to the end of what is loaded, Qt asks :meth:`fetchMore`, which hands the wish to
    ``more_wanted`` (the panel fetches the next page on the worker and appends it)."""

    more_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = 0
        self.fetching = False
        self.hits: list[int] = []  # every hit loaded so far, in rank order
        self.only: set[int] | None = None  # a brushed time range: list only these

    @property
    def loaded(self) -> int:
        """How many hits are loaded (the offset of the next page), listed or not."""
        return len(self.hits)

    def _listed(self, rids: list[int]) -> list[int]:
        return rids if self.only is None else [r for r in rids if r in self.only]

    def set_hits(self, rids: list[int], total: int) -> None:
        self.fetching = False
        self.total = total
        self.hits = list(rids)
        self.set_rids(self._listed(self.hits))

    def set_only(self, rids: set[int] | None) -> None:
        """List only the loaded hits among ``rids`` (None: all of them again)."""
        self.only = rids
        self.set_rids(self._listed(self.hits))

    def append_rids(self, rids: list[int]) -> None:
        """The next page of hits, after those loaded (ids already loaded are skipped)."""
        self.fetching = False
        known = set(self.hits)
        new = [r for r in rids if r not in known]
        if not new:
            self.total = self.loaded  # the hit set shrank meanwhile: stop asking
            return
        self.hits.extend(new)
        listed = self._listed(new)
        if not listed:
            return
        first = len(self._rids)
        self.beginInsertRows(QModelIndex(), first, first + len(listed) - 1)
        self._rids.extend(listed)
        self.endInsertRows()

    def clear(self) -> None:
        self.total, self.fetching, self.hits, self.only = 0, False, [], None
        super().clear()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt's)
        return not parent.isValid() and not self.fetching and self.loaded < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self.fetching = True
            self.more_wanted.emit()


def snippet_html(snippet: str) -> str:
    """A snippet with its matched words in bold, everything else escaped."""
    from html import escape

    return (escape(snippet).replace(MARK_START, "<b>").replace(MARK_END, "</b>"))


class SearchResults(QWidget):
    """The hits of the last query, records or entities (the tabs above the list);
    ``record_activated(rid)`` / ``entity_activated(id)`` on opening a hit and
    ``facets_changed(facets)`` / ``failed(message, position)`` after each search."""

    record_activated = Signal(int)
    entity_activated = Signal(str)
    facets_changed = Signal(dict)
    failed = Signal(str, int)
    attached = Signal()  # a workspace was unlocked and shown

    def __init__(self, executor: Executor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.executor = executor
        self.workspace: Workspace | None = None
        self.query = ""  # the query whose hits are shown
        self.requested = ""  # the newest query asked for (its hits may not be back yet)
        self.total: int | None = None
        self.snippets: dict[int, str] = {}
        self.bar: SearchBar | None = None
        self.caption = QLabel(self)
        self.caption.setObjectName("searchCaption")
        self.target = QTabBar(self)
        self.target.setObjectName("searchTarget")
        self.target.addTab("")
        self.target.addTab("")
        self.target.setDrawBase(False)
        self.target.currentChanged.connect(self._target_changed)
        self.entities = EntityHitsList(self)
        self.entities.entity_activated.connect(self.entity_activated)
        self.entity_total: int | None = None
        self.view, plain = make_record_table(self, compact=True)
        self.view.setObjectName("searchTable")
        self.view.setSortingEnabled(False)  # hits come ranked
        self.model = SearchHitsModel(self.view)
        self.view.setModel(self.model)
        plain.deleteLater()
        self.model.more_wanted.connect(self._fetch_more)
        self._generation = 0  # bumped by every search and clear: late pages are dropped
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
        layout.addWidget(self.target)
        layout.addWidget(self.caption)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.entities)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.snippet)
        self.retranslate()

    def retranslate(self) -> None:
        self.target.setTabText(RECORDS, self.tr("Records"))
        self.target.setTabText(ENTITIES, self.tr("Entities"))
        self.target.setAccessibleName(self.tr("Search records or entities"))
        self.view.setAccessibleName(self.tr("Search results"))
        self.snippet.setAccessibleName(self.tr("Snippet of the selected hit"))
        self.model.retranslate()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_count(self) -> None:
        if self.target.currentIndex() == ENTITIES:
            self._show_entity_count()
            return
        if self.total is None:
            self.caption.setText(self.tr("Type a query and press Enter"))
            return
        locale = QLocale()
        if self.model.only is not None:
            self.caption.setText(self.tr("Hits: {total} ({shown} in the brushed time range)")
                                 .format(total=locale.toString(self.total),
                                         shown=locale.toString(self.model.rowCount())))
        elif self.total > self.model.rowCount():
            self.caption.setText(self.tr("Hits: {total} (first {shown} shown)").format(
                total=locale.toString(self.total), shown=locale.toString(self.model.rowCount())))
        else:
            self.caption.setText(self.tr("Hits: {total}").format(total=locale.toString(self.total)))

    def _show_entity_count(self) -> None:
        locale, shown = QLocale(), self.entities.topLevelItemCount()
        if self.entity_total is None:
            self.caption.setText(self.tr("Type a query and press Enter"))
        elif self.entity_total > shown:
            self.caption.setText(self.tr("Entities: {total} (first {shown} shown)").format(
                total=locale.toString(self.entity_total), shown=locale.toString(shown)))
        else:
            self.caption.setText(self.tr("Entities: {total}").format(
                total=locale.toString(self.entity_total)))

    # --- life cycle --------------------------------------------------------------------------

    def attach(self, workspace: Workspace) -> None:
        self.workspace = workspace
        reader = workspace.open_reader()
        self.model.set_source(lambda rids: workspace.record_rows(rids, conn=reader))
        self.attached.emit()

    def clear(self) -> None:
        """Drop every hit, snippet and facet (used when locking)."""
        self._open_timer.stop()
        self._generation += 1
        self.workspace = None
        self.query, self.requested, self.total = "", "", None
        self.snippets = {}
        self.model.clear()
        self.entities.clear()
        self.entity_total = None
        self.snippet.clear()
        self.facets_changed.emit({})
        if self.bar is not None:
            self.bar.clear()
        self._show_count()

    def show_only(self, rids: set[int] | None) -> None:
        """Narrow the record hits to these (a range brushed on the timeline); None: all."""
        self.model.set_only(None if rids is None else set(rids))
        self._show_count()

    # --- searching ---------------------------------------------------------------------------

    def search(self, query: str) -> None:
        """Run ``query`` on the worker; show its hits, or hand its fault to the bar."""
        ws = self.workspace
        if ws is None:
            return
        self.requested = query
        if self.target.currentIndex() == ENTITIES:
            self._search_entities(ws, query)
            return
        self._generation += 1
        generation = self._generation

        def done(results: RecordResults) -> None:
            if self.workspace is not ws or self._generation != generation:
                return
            self.query, self.total = query, results.total
            self.snippets = {h.rid: h.snippet for h in results.hits}
            self.model.set_hits([h.rid for h in results.hits], results.total)
            self.snippet.clear()
            self._show_count()
            self.facets_changed.emit(results.facets)

        run_operation(self, lambda _p: ws.search_records(query, limit=RESULT_LIMIT),
                      title=self.tr("Searching"), on_success=done, on_failure=self._failed,
                      cancellable=False, executor=self.executor)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, QueryError):
            self.failed.emit(str(exc), exc.position)
        else:
            from liaison.ui.error_dialog import show_error

            show_error(self.window(), self.tr("Searching"), exc, "")

    def _search_entities(self, ws: Workspace, query: str) -> None:
        self._generation += 1
        generation = self._generation

        def done(results: EntityResults) -> None:
            if self.workspace is not ws or self._generation != generation:
                return
            self.query, self.entity_total = query, results.total
            self.entities.show_hits(results.hits)
            self._show_count()
            self.facets_changed.emit(results.facets)

        run_operation(self, lambda _p: ws.search_entities(query, limit=RESULT_LIMIT),
                      title=self.tr("Searching"), on_success=done, on_failure=self._failed,
                      cancellable=False, executor=self.executor)

    def _target_changed(self, index: int) -> None:
        """Switch between record and entity hits; the current query runs again there."""
        self.stack.setCurrentIndex(index)
        self.snippet.setVisible(index == RECORDS)
        self._show_count()
        if self.workspace is not None and (self.requested or self.total is not None
                                           or self.entity_total is not None):
            self.search(self.requested)  # the newest asked for, even if still running

    def _fetch_more(self) -> None:
        """The next page of the current query (no facets: they cover every hit already)."""
        ws, query, generation = self.workspace, self.query, self._generation
        offset = self.model.loaded
        if ws is None or self.total is None:
            self.model.fetching = False
            return

        def done(results: RecordResults) -> None:
            if self.workspace is not ws or self._generation != generation:
                return
            self.snippets.update({h.rid: h.snippet for h in results.hits})
            self.model.append_rids([h.rid for h in results.hits])
            self._show_count()

        def failed(_exc: BaseException) -> None:
            if self._generation == generation:  # stop asking; a new search starts afresh
                self.model.total = self.model.rowCount()
                self.model.fetching = False

        run_operation(self, lambda _p: ws.search_records(query, limit=RESULT_LIMIT,
                                                         offset=offset, facets=False),
                      title=self.tr("Searching"), on_success=done, on_failure=failed,
                      cancellable=False, show_progress=False, executor=self.executor)

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
    bar = SearchBar(window)
    # Older versions kept the history in QSettings, in clear: move it into the first
    # workspace unlocked, and out of the settings file now.
    legacy = window.preferences.take_search_history()
    results = SearchResults(window.executor)
    facets = FacetsPanel()
    window.install_search_bar(bar)
    window.add_panel("search",
                     lambda: QCoreApplication.translate("MainWindow", "Search results"),
                     results, Qt.DockWidgetArea.LeftDockWidgetArea)
    window.add_panel("facets", lambda: QCoreApplication.translate("MainWindow", "Facets"),
                     facets, Qt.DockWidgetArea.LeftDockWidgetArea)
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
        # The agencies and countries of the workspace, read once when the field is first
        # used; a listing of sources, not a search, so nothing is audited.
        ws = window.workspace
        if ws is None or bar.loading_agencies:
            return
        bar.loading_agencies = True

        def done(found: list[Agency]) -> None:
            bar.loading_agencies = False
            if window.workspace is ws:
                bar.set_agencies([a.name for a in found], [a.country for a in found])

        def failed(_exc: BaseException) -> None:
            bar.loading_agencies = False

        run_operation(results, lambda _p: ws.agencies(),
                      title=results.tr("Searching"), on_success=done, on_failure=failed,
                      cancellable=False, show_progress=False, executor=window.executor)

    def facets_changed(values: dict) -> None:
        facets.show_facets(values)
        if values.get("agency"):
            bar.add_agencies(list(values["agency"]))

    def store_changed(op: Operation) -> None:
        if op.changes and op.ok and (results.total is not None
                                     or results.entity_total is not None):
            results.search(results.query)  # an import may add hits: show them

    def keep(work: Callable[[Workspace], object]) -> None:
        ws = window.workspace
        if ws is not None:
            run_operation(results, lambda _p: work(ws), title=results.tr("Searching"),
                          cancellable=False, show_progress=False, executor=window.executor)

    def load_history() -> None:
        ws = window.workspace
        if ws is None:
            return

        def read(_p: object) -> list[str]:
            for query in reversed(legacy):
                ws.remember_search(query)
            legacy.clear()
            return ws.search_history()

        def done(items: list[str]) -> None:
            if window.workspace is ws:
                bar.set_history(items)

        run_operation(results, read, title=results.tr("Searching"), on_success=done,
                      cancellable=False, show_progress=False, executor=window.executor)

    bar.remembered.connect(lambda query: keep(lambda ws: ws.remember_search(query)))
    bar.forgotten.connect(lambda: keep(lambda ws: ws.forget_searches()))
    results.attached.connect(load_history)
    bar.search_requested.connect(run)
    window.executor.operation_finished.connect(store_changed)
    bar.agencies_wanted.connect(load_agencies)
    results.failed.connect(bar.show_error)
    results.facets_changed.connect(facets_changed)
    results.record_activated.connect(window.open_record)
    results.entity_activated.connect(window.open_entity)
    facets.filter_requested.connect(narrow)
    results.bar = bar  # locking empties the query too
    return bar, results, facets
