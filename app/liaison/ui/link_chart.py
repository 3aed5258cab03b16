"""The link chart: a pyqtgraph view of a LinkGraph that stays fluid at tens of thousands.

Nodes are one ScatterPlotItem (shape and colour by entity type, size by
centrality, colour by community or agency); edges are one PlotCurveItem per link
type drawn with ``connect='pairs'``; labels are a few TextItems, only for the
most central nodes or, zoomed in, for the nodes in view. Building, expanding,
path finding and layouts run as cancellable operations on the workspace worker;
the chart only ever draws a finished graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from liaison.model.graph import LinkGraph
from liaison.ui.chart_items import (
    ChartViewBox,
    brush,
    edge_group,
    edge_pen,
    node_style,
    palette_colour,
    sizes_for,
)
from liaison.ui.operations import Executor, Operation, run_operation
from liaison.ui.selection import Selection
from liaison.workspace import Workspace

TOP_LABELS = 30        # labels always shown: the most central nodes
VIEW_LABELS = 80       # zoomed in so that at most this many nodes are in view: label them
COLOUR_BY = ("type", "community", "agency")
EDGE_BUDGET = 40_000   # edges drawn at most; past it, those in view, thinned evenly


class LinkChartCanvas(pg.PlotWidget):
    """The drawing: nodes, edges, labels and the selection ring; no workspace here."""

    node_clicked = Signal(str, bool)     # node key, additive (Ctrl held)
    band_selected = Signal(list, bool)   # node keys inside the rubber band, additive
    detail_changed = Signal(int, int)    # edges drawn, edges in the chart

    def __init__(self, parent: QWidget | None = None) -> None:
        self.box = ChartViewBox()
        super().__init__(parent, viewBox=self.box, background="w")
        self.setObjectName("linkChartCanvas")
        plot = self.getPlotItem()
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        plot.setMenuEnabled(False)
        self.box.setAspectLocked(True)
        self.box.rubber_band.connect(self._band)
        self.keys: list[str] = []
        self.xy = np.zeros((0, 2))
        self.degree = np.zeros(0)
        self.edge_items: dict[str, pg.PlotCurveItem] = {}
        self.edge_ends: dict[str, np.ndarray] = {}  # style group -> (m, 2) node rows
        self.edges_total = 0
        self.edges_drawn = 0
        self.nodes = pg.ScatterPlotItem(pxMode=True, hoverable=False)
        self.nodes.setZValue(10)
        self.nodes.sigClicked.connect(self._clicked)
        self.ring = pg.ScatterPlotItem(pxMode=True, brush=None,
                                       pen=pg.mkPen("#e00000", width=2.5), symbol="o")
        self.ring.setZValue(11)
        self.addItem(self.nodes)
        self.addItem(self.ring)
        self.labels: list[pg.TextItem] = []
        self.label_texts: list[str] = []
        self.selected: set[str] = set()
        self._sizes = np.zeros(0)
        self._label_timer = QTimer(self)
        self._label_timer.setSingleShot(True)
        self._label_timer.setInterval(60)
        self._label_timer.timeout.connect(self.update_labels)
        self.box.sigRangeChanged.connect(lambda *_: self._label_timer.start())

    # --- data ----------------------------------------------------------------------------

    def draw(self, graph: LinkGraph, colour_by: str = "type", auto_range: bool = True) -> None:
        """Draw ``graph`` at its positions (nodes without one sit at the origin)."""
        self.keys = list(graph.nodes)
        index = {k: i for i, k in enumerate(self.keys)}
        n = len(self.keys)
        pos = graph.positions
        self.xy = np.array([pos.get(k, (0.0, 0.0)) for k in self.keys], dtype=float
                           ).reshape(n, 2)
        nodes = list(graph.nodes.values())
        metric = "betweenness" if any("betweenness" in nd.metrics for nd in nodes) else "degree"
        self.degree = np.array([nd.metrics.get("degree", 0.0) for nd in nodes], dtype=float)
        self._sizes = sizes_for(np.array([nd.metrics.get(metric, 0.0) for nd in nodes],
                                         dtype=float))
        symbols, brushes, order = [], [], {}
        for nd in nodes:
            symbol, colour = node_style(nd.kind, nd.schema)
            if colour_by == "community" and "community" in nd.metrics:
                colour = palette_colour(int(nd.metrics["community"]), order)
            elif colour_by == "agency":
                colour = palette_colour(nd.agencies[0] if nd.agencies else "", order)
            symbols.append(symbol)
            brushes.append(brush(colour))
        self.nodes.setData(pos=self.xy, size=self._sizes, symbol=symbols, brush=brushes,
                           pen=pg.mkPen("#333333", width=0.6), data=np.arange(n))
        groups: dict[str, list[tuple[int, int]]] = {}
        for edge in graph.edges.values():
            groups.setdefault(edge_group(edge.kind, edge.schema), []).append(
                (index[edge.source], index[edge.target]))
        for name in list(self.edge_items):
            if name not in groups:
                self.removeItem(self.edge_items.pop(name))
                self.edge_ends.pop(name, None)
        for name, pairs in groups.items():
            ends = np.asarray(pairs, dtype=np.int64).reshape(-1)
            item = self.edge_items.get(name)
            if item is None:
                pen = edge_pen(name)
                # Solid pens: QPainter.drawLines on the segments, much faster than a path.
                segmented = "on" if pen.style() == Qt.PenStyle.SolidLine else "auto"
                item = self.edge_items[name] = pg.PlotCurveItem(pen=pen, connect="pairs",
                                                                skipFiniteCheck=True)
                item.setSegmentedLineMode(segmented)
                item.setZValue(0)
                self.addItem(item)
            self.edge_ends[name] = ends.reshape(-1, 2)
        self.edges_total = sum(len(e) for e in self.edge_ends.values())
        self.edges_drawn = -1
        self._update_edges()
        self.label_texts = [nd.label for nd in nodes]
        self.selected &= set(self.keys)
        self._draw_ring()
        if auto_range and n:
            self.box.autoRange(padding=0.05)
        self.update_labels()

    def edge_count(self) -> int:
        """Edges in the chart (drawn or, past the budget, left out at this zoom)."""
        return self.edges_total

    def _update_edges(self) -> None:
        """Draw every edge, or past :data:`EDGE_BUDGET` those touching the view, thinned
        evenly to the budget (zooming in shows them all)."""
        if self.edges_total <= EDGE_BUDGET:
            if self.edges_drawn == self.edges_total:
                return
            masks = {name: slice(None) for name in self.edge_ends}
        else:
            (x0, x1), (y0, y1) = self.box.viewRange()
            inside = ((self.xy[:, 0] >= x0) & (self.xy[:, 0] <= x1)
                      & (self.xy[:, 1] >= y0) & (self.xy[:, 1] <= y1))
            visible = {name: np.flatnonzero(inside[e[:, 0]] | inside[e[:, 1]])
                       for name, e in self.edge_ends.items()}
            shown = sum(len(v) for v in visible.values())
            stride = max(1, -(-shown // EDGE_BUDGET))
            masks = {name: v[::stride] for name, v in visible.items()}
        drawn = 0
        for name, ends in self.edge_ends.items():
            seg = self.xy[ends[masks[name]].reshape(-1)]
            drawn += len(seg) // 2
            self.edge_items[name].setData(seg[:, 0], seg[:, 1], connect="pairs",
                                          skipFiniteCheck=True)
        if drawn != self.edges_drawn:
            self.edges_drawn = drawn
            self.detail_changed.emit(drawn, self.edges_total)

    # --- labels by level of detail -------------------------------------------------------

    def update_labels(self) -> None:
        """Label the most central nodes; zoomed in, every node in view (and, in a chart
        past the edge budget, redraw the edges for this view)."""
        self._update_edges()
        n = len(self.keys)
        chosen: np.ndarray = np.zeros(0, dtype=int)
        if n:
            (x0, x1), (y0, y1) = self.box.viewRange()
            inside = np.flatnonzero((self.xy[:, 0] >= x0) & (self.xy[:, 0] <= x1)
                                    & (self.xy[:, 1] >= y0) & (self.xy[:, 1] <= y1))
            if len(inside) <= VIEW_LABELS:
                chosen = inside
            else:
                top = inside[np.argsort(-self.degree[inside], kind="stable")[:TOP_LABELS]]
                chosen = top
        while len(self.labels) < len(chosen):
            label = pg.TextItem(color="#202020", anchor=(0.5, -0.3))
            label.setZValue(12)
            self.addItem(label)
            self.labels.append(label)
        for label, i in zip(self.labels, chosen, strict=False):
            label.setText(self.label_texts[i][:40])
            label.setPos(float(self.xy[i, 0]), float(self.xy[i, 1]))
            label.show()
        for label in self.labels[len(chosen):]:
            label.hide()

    def visible_labels(self) -> list[str]:
        return [label.toPlainText() for label in self.labels if label.isVisible()]

    # --- selection -----------------------------------------------------------------------

    def set_selected(self, keys: Iterable[str]) -> None:
        self.selected = set(keys) & set(self.keys)
        self._draw_ring()

    def _draw_ring(self) -> None:
        if not self.selected:
            self.ring.setData(pos=np.zeros((0, 2)))
            return
        rows = [i for i, k in enumerate(self.keys) if k in self.selected]
        self.ring.setData(pos=self.xy[rows], size=self._sizes[rows] + 8)

    def _clicked(self, _item, points, ev) -> None:
        if len(points):
            additive = bool(ev.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self.node_clicked.emit(self.keys[int(points[0].index())], additive)

    def keys_in(self, rect: QRectF) -> list[str]:
        if not self.keys:
            return []
        x, y = self.xy[:, 0], self.xy[:, 1]
        mask = (x >= rect.left()) & (x <= rect.right()) & (y >= rect.top()) & (y <= rect.bottom())
        return [self.keys[i] for i in np.flatnonzero(mask)]

    def _band(self, rect: QRectF, additive: bool) -> None:
        self.band_selected.emit(self.keys_in(rect), additive)

    # --- export --------------------------------------------------------------------------

    def export_png(self, path: Path, width: int = 1600) -> None:
        exporter = pg.exporters.ImageExporter(self.getPlotItem())
        exporter.parameters()["width"] = int(width)
        exporter.export(str(path))

    def export_svg(self, path: Path) -> None:
        """An SVG of the chart as shown (pyqtgraph's exporter first; Qt's SVG painter when
        that exporter cannot parse this Qt's paths)."""
        try:
            pg.exporters.SVGExporter(self.getPlotItem()).export(str(path))
            return
        except ValueError:
            pass
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        source = self.getPlotItem().sceneBoundingRect()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(source.size().toSize())
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle("Liaison link chart")
        painter = QPainter(generator)
        try:
            self.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
        finally:
            painter.end()


class LinkChart(QWidget):
    """The link chart panel: a toolbar over the canvas, bound to a workspace and selection."""

    graph_changed = Signal(object)  # the LinkGraph now shown

    def __init__(self, executor: Executor, selection: Selection | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkChart")
        self.executor = executor
        self.selection = selection or Selection(self)
        self.workspace: Workspace | None = None
        self.graph = LinkGraph()
        self.operation: Operation | None = None
        self.canvas = LinkChartCanvas(self)
        self.canvas.node_clicked.connect(self._node_clicked)
        self.canvas.band_selected.connect(self._band_selected)
        self.canvas.detail_changed.connect(lambda _d, _t: self._show_counts())
        self.selection.changed.connect(self._selection_changed)

        self.colour_box = QComboBox()
        self.colour_box.setObjectName("chartColourBy")
        self.colour_box.currentIndexChanged.connect(lambda _i: self.redraw(auto_range=False))
        self.layout_box = QComboBox()
        self.layout_box.setObjectName("chartLayout")
        self.layout_button = self._button("chartLayoutButton", lambda: self.relayout())
        self.expand_button = self._button("chartExpandButton", self.expand_selected)
        self.hide_button = self._button("chartHideButton", self.hide_selected)
        self.path_button = self._button("chartPathButton", self.find_path)
        self.select_button = self._button("chartSelectMode", self._toggle_select_mode)
        self.select_button.setCheckable(True)
        self.status = QLabel()
        self.status.setObjectName("chartStatus")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        for w in (self.colour_box, self.layout_box, self.layout_button, self.expand_button,
                  self.hide_button, self.path_button, self.select_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.status)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addLayout(bar)
        lay.addWidget(self.canvas, 1)
        self.retranslate()

    def _button(self, name: str, slot) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def retranslate(self) -> None:
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
                                  self.tr("Radial"), self.tr("Hierarchical")])
        self.layout_box.setCurrentIndex(max(method, 0))
        self.layout_button.setText(self.tr("Layout"))
        self.expand_button.setText(self.tr("Expand"))
        self.expand_button.setToolTip(self.tr("Add the neighbours of the selected nodes"))
        self.hide_button.setText(self.tr("Hide"))
        self.path_button.setText(self.tr("Find path"))
        self.path_button.setToolTip(self.tr("Shortest path between the two selected nodes"))
        self.select_button.setText(self.tr("Select"))
        self.select_button.setToolTip(self.tr("Drag to select (or hold Shift while dragging)"))
        self._show_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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

    # --- workspace -----------------------------------------------------------------------

    def attach(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def clear(self) -> None:
        if self.operation is not None and not self.operation.done:
            self.operation.cancel()
        self.workspace = None
        self.show_graph(LinkGraph())

    def _run(self, fn, title: str, on_success) -> Operation | None:
        if self.operation is not None and not self.operation.done:
            self.operation.cancel()
        self.operation = run_operation(self, fn, title=title, on_success=on_success,
                                       executor=self.executor)
        return self.operation

    # --- building and showing ------------------------------------------------------------

    def open_records(self, record_ids: Iterable[int | str]) -> Operation | None:
        """Build the chart of these records (with centrality and a layout) in the background."""
        ws = self.workspace
        if ws is None:
            return None
        rids = list(record_ids)

        def work(progress):
            from liaison.analysis.graph import annotate, force_layout

            graph = ws.graph_for_records(rids, progress=progress)
            annotate(graph, progress=progress)
            force_layout(graph, progress=progress)
            return graph

        return self._run(work, self.tr("Building the link chart"), self.show_graph)

    def show_graph(self, graph: LinkGraph) -> None:
        self.graph = graph
        self.redraw()
        self.graph_changed.emit(graph)
        self._selection_changed(None)

    def redraw(self, auto_range: bool = True) -> None:
        colour_by = COLOUR_BY[max(self.colour_box.currentIndex(), 0)]
        self.canvas.draw(self.graph, colour_by, auto_range=auto_range)
        self._show_counts()

    def relayout(self, method: str | None = None) -> Operation | None:
        """Lay the chart out again (cancellable), around the selected node if there is one."""
        from liaison.analysis.graph import LAYOUTS

        method = method or LAYOUTS[max(self.layout_box.currentIndex(), 0)]
        graph = self.graph.copy()
        centre = next(iter(sorted(self.canvas.selected)), None)

        def work(progress):
            from liaison.analysis.graph import layout

            graph.positions = {}
            layout(graph, method, centre=centre, progress=progress)
            return graph

        return self._run(work, self.tr("Laying out the chart"), self.show_graph)

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
            annotate(grown, progress=progress)
            force_layout(grown, progress=progress, keep=True, pinned=kept)
            return grown

        return self._run(work, self.tr("Expanding the chart"), self._show_expanded)

    def _show_expanded(self, graph: LinkGraph) -> None:
        self.show_graph(graph)

    def hide_selected(self) -> None:
        if not self.canvas.selected:
            return
        keep = [k for k in self.graph.nodes if k not in self.canvas.selected]
        graph = self.graph.subgraph(keep)
        graph.truncated = self.graph.truncated
        self.selection.select(entity_ids=(), record_ids=(), source=self)
        self.graph = graph
        self.redraw(auto_range=False)
        self.graph_changed.emit(graph)

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
            force_layout(graph, progress=progress, keep=True, pinned=kept)
            return path, graph

        def done(result) -> None:
            path, graph = result
            if path is None:
                self.status.setText(self.tr("No path within six links."))
                return
            self.show_graph(graph)
            self._select_keys(path, additive=False)

        return self._run(work, self.tr("Finding a path"), done)

    # --- selection -----------------------------------------------------------------------

    def _node_clicked(self, key: str, additive: bool) -> None:
        self._select_keys([key], additive)

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

    def export_png(self, path: Path) -> None:
        self.canvas.export_png(path)

    def export_svg(self, path: Path) -> None:
        self.canvas.export_svg(path)

