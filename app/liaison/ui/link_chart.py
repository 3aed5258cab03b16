"""The link chart panel: a toolbar over the canvas (``ui/chart/canvas.py``), bound to a workspace.

Building, expanding, path finding, layouts and graph exports run as cancellable
operations on the workspace worker; the chart only ever draws a finished graph.
Nodes an analyst drags are pinned: layouts keep them where they were put until
they are unpinned (context menu). Expanding a node remembers what it added, so
collapsing it takes that away again. Moves, hides, hand-drawn links and merges are
undoable (``chart/edits.py``); a chart can be saved under a name and reopened as it was
left (``chart/saved.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, QPointF, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from liaison.model.graph import LinkGraph
from liaison.ui.chart import (
    COLOUR_BY,
    ChartEdits,
    ChartLegend,
    ChartMenus,
    LinkChartCanvas,
    SavedCharts,
    kind_name,
)
from liaison.ui.empty_hint import EmptyHint
from liaison.ui.operations import Executor, Operation, run_operation
from liaison.ui.selection import Selection
from liaison.workspace import Workspace
from liaison.workspace.graph import DEFAULT_QUERY_LIMIT

__all__ = ["LinkChart", "LinkChartCanvas"]

# What undo puts back: the graph, its positions, the pinned nodes, the hidden ones.
Snapshot = tuple[LinkGraph, dict[str, tuple[float, float]], dict[str, tuple[float, float]],
                 set[str]]


class LinkChart(QWidget):
    """The link chart panel: a toolbar over the canvas, bound to a workspace and selection."""

    graph_changed = Signal(object)  # the LinkGraph now shown
    records_opened = Signal(list)   # row ids of the records a new chart was built from
    entity_requested = Signal(str)  # open this entity (a node double-clicked, or Open)
    record_requested = Signal(str)  # open this record (an identifier's or event's first)

    def __init__(self, executor: Executor, selection: Selection | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkChart")
        self.executor = executor
        self.selection = selection or Selection(self)
        self.workspace: Workspace | None = None
        self.graph = LinkGraph()
        self.operation: Operation | None = None
        self.pinned: dict[str, tuple[float, float]] = {}   # node key -> where it was put
        self.expansions: dict[str, set[str]] = {}          # node key -> nodes expanding added
        self.record_limit = DEFAULT_QUERY_LIMIT  # records a chart is built from, at most
        # (records charted, records asked for) when the limit left some out, else None
        self.capped: tuple[int, int] | None = None
        self.capped_kind = ""                              # "search" or "list"
        self.built_from: list[int] = []  # row ids of the records the chart was built from
        self.hidden: set[str] = set()    # node keys the analyst hid
        self.canvas = LinkChartCanvas(self)
        self.hint = EmptyHint(self.canvas)
        self.canvas.node_moved.connect(self._node_moved)
        self.canvas.box.context_requested.connect(self._context_requested)
        self.canvas.node_clicked.connect(self._node_clicked)
        self.canvas.band_selected.connect(self._band_selected)
        self.canvas.detail_changed.connect(lambda _d, _t: self._show_counts())
        self.canvas.node_activated.connect(self.open_node)
        self.canvas.tooltip_for = self.node_tooltip
        self.legend = ChartLegend(self.canvas)
        self.canvas.installEventFilter(self)
        self.selection.changed.connect(self._selection_changed)

        self.colour_box = QComboBox()
        self.colour_box.setObjectName("chartColourBy")
        self.colour_box.currentIndexChanged.connect(lambda _i: self.redraw(auto_range=False))
        self.layout_box = QComboBox()
        self.layout_box.setObjectName("chartLayout")
        self.layout_button = self._button("chartLayoutButton", lambda: self.relayout())
        self.expand_button = self._button("chartExpandButton", self.expand_selected)
        self.collapse_button = self._button("chartCollapseButton", self.collapse_selected)
        self.hide_button = self._button("chartHideButton", self.hide_selected)
        self.path_button = self._button("chartPathButton", self.find_path)
        self.select_button = self._button("chartSelectMode", self._toggle_select_mode)
        self.select_button.setCheckable(True)
        self.legend_button = self._button("chartLegendButton", self._show_legend)
        self.legend_button.setCheckable(True)
        self.legend_button.setChecked(True)
        self.menus = ChartMenus(self)
        self.edits = ChartEdits(self)
        self.saved = SavedCharts(self)
        self.undo_action, self.redo_action = self.edits.undo_action, self.edits.redo_action
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.export_button = self.menus.export_button
        self.status = QLabel()
        self.status.setObjectName("chartStatus")
        # Said where the analyst looks, not in a status line: a chart of part of the
        # records must never pass for the chart of all of them (issue 18).
        self.cap_notice = QLabel()
        self.cap_notice.setObjectName("chartCapNotice")
        self.cap_notice.setWordWrap(True)
        self.cap_notice.setStyleSheet("QLabel { background: #fff3cd; color: #533f03; "
                                      "border: 1px solid #e0c46c; padding: 3px 6px; }")
        self.cap_notice.hide()
        # A tool bar, not a row: on a narrow dock what does not fit goes behind its »
        # button instead of forcing the whole window wider than a laptop screen.
        tools = QToolBar(self)
        tools.setObjectName("chartTools")
        tools.setMovable(False)
        tools.addWidget(self.saved.chooser)
        tools.addWidget(self.saved.button)
        tools.addAction(self.undo_action)
        tools.addAction(self.redo_action)
        for w in (self.colour_box, self.layout_box, self.layout_button, self.expand_button,
                  self.collapse_button, self.hide_button, self.path_button,
                  self.select_button, self.legend_button, self.export_button):
            tools.addWidget(w)
        self.status.setMinimumWidth(0)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(tools, 3)
        bar.addWidget(self.status, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addLayout(bar)
        lay.addWidget(self.cap_notice)
        lay.addWidget(self.canvas, 1)
        self.retranslate()

    def _button(self, name: str, slot) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def retranslate(self) -> None:
        self.hint.setText(self.tr(
            "Nothing charted yet. From the View menu, chart the record list (Ctrl+Shift+G), "
            "the search results or the open record."))
        colour = self.colour_box.currentIndex()
        self.colour_box.blockSignals(True)
        self.colour_box.clear()
        self.colour_box.addItems([self.tr("Colour by type"), self.tr("Colour by community"),
                                  self.tr("Colour by agency")])
        self.colour_box.setCurrentIndex(max(colour, 0))
        self.colour_box.blockSignals(False)
        method = self.layout_box.currentIndex()
        self.layout_box.clear()
        self.layout_box.addItems([self.tr("Force-directed"), self.tr("Circular"),
                                  self.tr("Radial"), self.tr("Hierarchical"),
                                  self.tr("Communities apart"),
                                  self.tr("Grouped by agency"),
                                  self.tr("Grouped by country")])
        self.layout_box.setCurrentIndex(max(method, 0))
        self.layout_button.setText(self.tr("Layout"))
        self.expand_button.setText(self.tr("Expand"))
        self.expand_button.setToolTip(self.tr("Add the neighbours of the selected nodes"))
        self.collapse_button.setText(self.tr("Collapse"))
        self.collapse_button.setToolTip(self.tr("Remove the neighbours expanding the selected "
                                                "nodes added, unless linked to other nodes"))
        self.hide_button.setText(self.tr("Hide"))
        self.path_button.setText(self.tr("Find path"))
        self.path_button.setToolTip(self.tr("Shortest path between the two selected nodes"))
        self.legend_button.setText(self.tr("Legend"))
        self.legend_button.setToolTip(self.tr("Show or hide the legend of node and link types"))
        self.select_button.setText(self.tr("Select"))
        self.select_button.setToolTip(self.tr("Drag to select (or hold Shift while dragging)"))
        self.colour_box.setAccessibleName(self.tr("Colour the nodes by"))
        self.layout_box.setAccessibleName(self.tr("Layout method"))
        for button in (self.layout_button, self.expand_button, self.collapse_button,
                       self.hide_button, self.path_button, self.select_button,
                       self.legend_button):
            button.setAccessibleName(button.text())
        self.menus.retranslate()
        self.saved.retranslate()
        self.edits.retranslate()
        self._show_counts()
        self.show_cap()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._update_legend()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.canvas and event.type() == QEvent.Type.Resize:
            self.legend.place()
        return False

    def _update_legend(self) -> None:
        self.legend.set_graph(self.graph, COLOUR_BY[max(self.colour_box.currentIndex(), 0)])
        self._show_legend()

    def _show_legend(self) -> None:
        self.legend.setVisible(self.legend_button.isChecked() and bool(self.graph.nodes))
        self.legend.place()
        self.legend.raise_()

    def _toggle_select_mode(self) -> None:
        self.canvas.box.select_mode = self.select_button.isChecked()

    def _show_counts(self) -> None:
        counts = self.graph.counts()
        text = self.tr("{nodes} nodes, {edges} links").format(nodes=counts["nodes"],
                                                             edges=counts["edges"])
        if self.graph.truncated:
            text += " " + self.tr("(truncated)")
        drawn = self.canvas.edges_drawn
        if 0 <= drawn < self.canvas.edges_total:
            text += " · " + self.tr("{drawn} links drawn at this zoom").format(drawn=drawn)
        self.status.setText(text)

    def show_cap(self) -> None:
        if self.capped is None:
            self.cap_notice.hide()
            return
        locale = QLocale()
        charted, total = (locale.toString(n) for n in self.capped)
        if self.capped_kind == "search":
            text = self.tr("Charted the {charted} best matches of the {total} records the "
                           "search finds. Narrow the search to chart the rest.")
        else:
            text = self.tr("Charted the first {charted} of the {total} records listed. "
                           "Narrow the list to chart the rest.")
        self.cap_notice.setText(text.format(charted=charted, total=total))
        self.cap_notice.show()

    # --- workspace -----------------------------------------------------------------------

    def attach(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.saved.refresh()

    def clear(self) -> None:
        if self.operation is not None and not self.operation.done:
            self.operation.cancel()
        self.workspace = None
        self.capped = None
        self.show_cap()
        self.saved.reset()
        self.edits.clear()
        self.built_from, self.hidden = [], set()
        self.show_graph(LinkGraph())

    def _run(self, fn, title: str, on_success) -> Operation | None:
        if self.operation is not None and not self.operation.done:
            self.operation.cancel()
        self.operation = run_operation(self, fn, title=title, on_success=on_success,
                                       executor=self.executor)
        return self.operation

    # --- building and showing ------------------------------------------------------------

    def open_records(self, record_ids: Iterable[int | str],
                     total: int | None = None) -> Operation | None:
        """Build the chart of these records (with centrality and a layout) in the background;
        ``total``: how many records they were taken from (the first :attr:`record_limit`
        of a longer list), which the chart then says."""
        ws = self.workspace
        if ws is None:
            return None
        rids = list(record_ids)[:self.record_limit]
        total = max(total or 0, len(rids))

        def work(progress):
            graph = ws.graph_for_records(rids, progress=progress)
            return _laid_out(ws, graph, progress), rids, total, "list"

        return self._run(work, self.tr("Building the link chart"), self._show_new)

    def open_query(self, query: str) -> Operation | None:
        """Build the chart of the records a search finds (as ``Workspace.graph_for_query``
        does, keeping their row ids so the timeline can show the same records)."""
        ws = self.workspace
        if ws is None:
            return None

        limit = self.record_limit

        def work(progress):
            rids, total = ws.query_records(query, limit)
            graph = ws.graph_for_records(rids, progress=progress)
            return _laid_out(ws, graph, progress), rids, total, "search"

        return self._run(work, self.tr("Charting the search results"), self._show_new)

    def _show_new(self, result: tuple[LinkGraph, list[int], int, str]) -> None:
        """A chart built afresh: no pins or expansions carry over from the last one."""
        graph, rids, total, kind = result
        self.capped = (len(rids), total) if total > len(rids) else None
        self.capped_kind = kind
        self.show_cap()
        self.pinned, self.expansions = {}, {}
        self.built_from, self.hidden = list(rids), set()
        self.edits.clear()
        self.saved.detach()
        self.show_graph(graph)
        self.records_opened.emit(rids)

    # --- saving and undoing ----------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        return (self.graph, dict(self.graph.positions), dict(self.pinned), set(self.hidden))

    def restore(self, snapshot: Snapshot) -> None:
        """Show a snapshot (undo, redo) without moving the view."""
        graph, positions, pinned, hidden = snapshot
        graph.positions = dict(positions)
        self.graph, self.pinned, self.hidden = graph, dict(pinned), set(hidden)
        self.hint.set_empty(not graph.nodes)
        self.expansions = {k: v for k, v in self.expansions.items() if k in graph.nodes}
        selected = self.canvas.selected & set(graph.nodes)
        self.redraw(auto_range=False)
        self.canvas.set_pinned(self.pinned)
        self.canvas.set_selected(selected)
        self.graph_changed.emit(graph)

    def show_graph(self, graph: LinkGraph) -> None:
        self.graph = graph
        self.hint.set_empty(not graph.nodes)
        self.pinned = {k: xy for k, xy in self.pinned.items() if k in graph.nodes}
        graph.positions.update(self.pinned)
        self.expansions = {k: v for k, v in self.expansions.items() if k in graph.nodes}
        self.redraw()
        self.canvas.set_pinned(self.pinned)
        self.graph_changed.emit(graph)
        self._selection_changed(None)

    def redraw(self, auto_range: bool = True) -> None:
        colour_by = COLOUR_BY[max(self.colour_box.currentIndex(), 0)]
        self.canvas.draw(self.graph, colour_by, auto_range=auto_range)
        self._update_legend()
        self._show_counts()

    def relayout(self, method: str | None = None) -> Operation | None:
        """Lay the chart out again (cancellable), around the selected node if there is one."""
        from liaison.analysis.graph import LAYOUTS

        method = method or LAYOUTS[max(self.layout_box.currentIndex(), 0)]
        graph = self.graph.copy()
        centre = next(iter(sorted(self.canvas.selected)), None)
        pinned = dict(self.pinned)

        def work(progress):
            from liaison.analysis.graph import layout

            graph.positions = {}
            layout(graph, method, centre=centre, progress=progress, pinned=pinned)
            return graph

        return self._run(work, self.tr("Laying out the chart"),
                         lambda laid: self._show_edited("layout", laid))

    def _show_edited(self, kind: str, graph: LinkGraph) -> None:
        """Show ``graph`` as an undoable change of the chart (a layout, an expansion...)."""
        before = self.snapshot()
        self.show_graph(graph)
        self.edits.changed(kind, before)

    def expand_selected(self) -> Operation | None:
        """Add the neighbours of the selected nodes, keeping the chart's shape."""
        ws = self.workspace
        keys = sorted(self.canvas.selected)
        if ws is None or not keys:
            return None
        graph = self.graph.copy()
        kept = set(graph.positions)

        def work(progress):
            from liaison.analysis.graph import annotate, force_layout

            grown = graph
            for key in keys:
                grown = ws.graph_expand(grown, key, progress=progress)
            ws.with_analyst_marks(grown)
            annotate(grown, progress=progress)
            force_layout(grown, progress=progress, keep=True, pinned=kept)
            added = set(grown.nodes) - set(graph.nodes)
            return grown, {key: added & grown.neighbours(key) for key in keys}

        return self._run(work, self.tr("Expanding the chart"), self._show_expanded)

    def _show_expanded(self, result: tuple[LinkGraph, dict[str, set[str]]]) -> None:
        graph, added = result
        for key, keys in added.items():
            self.expansions.setdefault(key, set()).update(keys)
        self._show_edited("expand", graph)

    def collapse_selected(self) -> None:
        """Take away what expanding the selected nodes added (or, for a node never expanded,
        the neighbours hanging off it alone), keeping whatever is linked to the rest."""
        from liaison.analysis.graph import collapsible

        before = self.snapshot()
        removed: set[str] = set()
        for key in sorted(self.canvas.selected):
            added = self.expansions.pop(key, None)
            if added is not None:
                todo = list(added)
                while todo:  # what expanding an added node added goes with it
                    more = self.expansions.pop(todo.pop(), set())
                    todo += list(more - added)
                    added |= more
            removed |= collapsible(self.graph, key, added)
        if removed:
            self._remove(removed)
            self.edits.changed("collapse", before)

    def _remove(self, keys: set[str]) -> None:
        graph = self.graph.subgraph([k for k in self.graph.nodes if k not in keys])
        graph.truncated = self.graph.truncated
        self.canvas.set_selected(self.canvas.selected - keys)
        self.show_graph(graph)

    def hide_selected(self) -> None:
        if not self.canvas.selected:
            return
        before = self.snapshot()
        self.hidden |= self.canvas.selected
        keep = [k for k in self.graph.nodes if k not in self.canvas.selected]
        graph = self.graph.subgraph(keep)
        graph.truncated = self.graph.truncated
        self.selection.select(entity_ids=(), record_ids=(), source=self)
        self.graph = graph
        self.pinned = {k: xy for k, xy in self.pinned.items() if k in graph.nodes}
        self.redraw(auto_range=False)
        self.canvas.set_pinned(self.pinned)
        self.graph_changed.emit(graph)
        self.edits.hidden(before)

    # --- pinning -------------------------------------------------------------------------

    def _node_moved(self, key: str, x: float, y: float) -> None:
        """A dragged node stays where it was put: pinned, and so kept by later layouts."""
        before = self.snapshot()
        self.graph.positions[key] = (x, y)
        self.pin([key])
        self.edits.moved(before)

    def pin(self, keys: Iterable[str]) -> None:
        for key in keys:
            if key in self.graph.positions:
                self.pinned[key] = self.graph.positions[key]
        self.canvas.set_pinned(self.pinned)

    def unpin(self, keys: Iterable[str] | None = None) -> None:
        """Let these nodes (all when None) move again on the next layout."""
        for key in list(self.pinned) if keys is None else keys:
            self.pinned.pop(key, None)
        self.canvas.set_pinned(self.pinned)

    def _context_requested(self, pos: QPointF, screen: QPoint) -> None:
        row = self.canvas.node_at(pos)
        key = self.canvas.keys[row] if row is not None else None
        if key is not None and key not in self.canvas.selected:
            self._select_keys([key], additive=False)
        menu = self.menus.context_menu(key)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(screen)

    def find_path(self) -> Operation | None:
        """The shortest path through the store between the two selected nodes."""
        ws = self.workspace
        keys = sorted(self.canvas.selected)
        if ws is None or len(keys) != 2:
            self.status.setText(self.tr("Select exactly two nodes to find a path."))
            return None
        graph = self.graph.copy()
        kept = set(graph.positions)

        def work(progress):
            from liaison.analysis.graph import force_layout

            path, found = ws.graph_path(keys[0], keys[1], progress=progress)
            if path is None:
                return None, graph
            graph.merge(found)
            ws.with_analyst_marks(graph)
            force_layout(graph, progress=progress, keep=True, pinned=kept)
            return path, graph

        def done(result) -> None:
            path, graph = result
            if path is None:
                self.status.setText(self.tr("No path within six links."))
                return
            self._show_edited("path", graph)
            self._select_keys(path, additive=False)

        return self._run(work, self.tr("Finding a path"), done)

    # --- opening and reading nodes ---------------------------------------------------------

    def open_node(self, key: str) -> None:
        """Open what a node stands for: its entity, else the first record naming it (an
        identifier, an event); a group opens into its members."""
        node = self.graph.nodes.get(key)
        if node is None:
            return
        if node.kind == "group":
            self.edits.expand_group(key)
        elif node.kind == "entity":
            self.entity_requested.emit(node.key)
        elif node.record_ids:
            self.record_requested.emit(node.record_ids[0])
        else:
            self.status.setText(self.tr("{name} is not in this workspace: nothing to open.")
                                .format(name=node.label))

    def node_tooltip(self, row: int) -> str:
        """What a node is, in a few lines (escaped: names come from partners' files)."""
        if not 0 <= row < len(self.canvas.keys):
            return ""
        node = self.graph.nodes.get(self.canvas.keys[row])
        if node is None:
            return ""
        lines = [f"<b>{escape(node.label)}</b>", escape(kind_name(node.kind, node.schema))]
        if node.agencies:
            lines.append(escape(self.tr("Agencies: {names}").format(
                names=", ".join(node.agencies[:4]) + (" …" if len(node.agencies) > 4 else ""))))
        if node.countries:
            lines.append(escape(self.tr("Countries: {codes}").format(
                codes=", ".join(node.countries[:6]))))
        for kind, values in list(node.identifiers.items())[:3]:
            lines.append(escape(f"{kind_name('identifier', kind)}: {', '.join(values[:3])}"))
        if node.start is not None:
            lines.append(escape(self.tr("Date: {date}").format(date=str(node.start))))
        lines.append(escape(self.tr("Records naming it: {n}").format(
            n=QLocale().toString(len(node.record_ids)))))
        for _id, text, who, when in node.notes[-3:]:
            lines.append("<i>" + escape(self.tr("Note by {who}, {date}: {text}").format(
                who=who, date=when[:10], text=text[:200])) + "</i>")
        if node.key in self.pinned:
            lines.append(escape(self.tr("Pinned")))
        hint = self.tr("Double-click to open")
        lines.append(f"<i>{escape(hint)}</i>")
        return "<br>".join(lines)

    def select_neighbours(self) -> None:
        """Add the neighbours of the selected nodes to the selection."""
        selected = set(self.canvas.selected)
        if selected:
            self._select_keys(selected | self.canvas.neighbours(selected), additive=False)

    # --- selection -----------------------------------------------------------------------

    def _node_clicked(self, key: str, additive: bool) -> None:
        self._select_keys([key], additive)

    def select_keys(self, keys: Iterable[str]) -> None:
        """Select these nodes (and their entities and records everywhere)."""
        self._select_keys(keys, additive=False)

    def _band_selected(self, keys: list[str], additive: bool) -> None:
        self._select_keys(keys, additive)

    def _select_keys(self, keys: Iterable[str], additive: bool) -> None:
        chosen = set(keys)
        if additive:
            chosen ^= self.canvas.selected
        self.canvas.set_selected(chosen)
        entities: set[str] = set()
        records: set[str] = set()
        for key in self.canvas.selected:
            node = self.graph.nodes[key]
            entities.update(node.entity_ids or (key,))
            records.update(node.record_ids)
        self.selection.select(entity_ids=entities, record_ids=records, source=self)

    def _selection_changed(self, source: object) -> None:
        if source is self:
            return
        # A node is selected when one of its entities or records is (the records table,
        # a brushed time range on the timeline).
        wanted, records = self.selection.entity_ids, self.selection.record_ids
        keys = [k for k, node in self.graph.nodes.items()
                if k in wanted or wanted.intersection(node.entity_ids)
                or records.intersection(node.record_ids)]
        self.canvas.set_selected(keys)

    # --- export --------------------------------------------------------------------------

    def export_png(self, path: Path) -> Operation | None:
        self.canvas.export_png(path)
        return self._audit_picture("png", path)

    def export_svg(self, path: Path) -> Operation | None:
        self.canvas.export_svg(path)
        return self._audit_picture("svg", path)

    def _audit_picture(self, fmt: str, path: Path) -> Operation | None:
        """A picture of the chart names entities too: it leaves a trace in the audit log,
        as the graph files do (drawing itself must happen here, on the GUI thread)."""
        ws = self.workspace
        if ws is None:
            return None
        counts = self.graph.counts()
        self.status.setText(self.tr("Exported the chart to {name}").format(
            name=Path(path).name))
        return run_operation(self, lambda _p: ws.record("chart.export", Path(path).name, {
            "format": fmt, "nodes": counts["nodes"], "edges": counts["edges"]}),
            title=self.tr("Exporting the chart"), cancellable=False, show_progress=False,
            executor=self.executor)

    def export_graph(self, fmt: str, path: Path) -> Operation | None:
        """Write the chart's graph as GraphML, GEXF or i2 ANX through the workspace (audited),
        on the worker."""
        ws = self.workspace
        if ws is None:
            return None
        graph = self.graph.copy()

        def done(counts: dict[str, int]) -> None:
            self.status.setText(self.tr("Exported {nodes} nodes and {edges} links to {name}")
                                .format(nodes=counts["nodes"], edges=counts["edges"],
                                        name=Path(path).name))

        return run_operation(self, lambda p: ws.graph_export(graph, fmt, Path(path), p),
                             title=self.tr("Exporting the chart"), on_success=done,
                             executor=self.executor)


def _laid_out(ws: Workspace, graph: LinkGraph, progress) -> LinkGraph:
    """``graph`` with the analyst's links, centrality, communities and a force layout (on
    the worker)."""
    from liaison.analysis.graph import annotate, force_layout

    ws.with_analyst_marks(graph)
    annotate(graph, progress=progress)
    force_layout(graph, progress=progress)
    return graph

