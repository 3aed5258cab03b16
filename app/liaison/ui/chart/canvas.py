"""The drawing half of the link chart: a pyqtgraph canvas that stays fluid at tens of thousands.

Nodes are one ScatterPlotItem (an icon and colour by entity type, size by
centrality, colour by community or agency); links are bundled (parallel links of
one type are one line, thicker, with their count in its label) and drawn as one
PlotCurveItem per link type and thickness with ``connect='pairs'``; arrowheads of
directed links are one more ScatterPlotItem (``bundles.py``); labels are a few
TextItems, only for the most central nodes or, zoomed in, for the nodes in view and
(by their link type) the links touching them; a node label that would cover another,
more central one's is left out until zooming in makes room. Hovering a node shows its tooltip;
double-clicking it asks the panel to open it. Dragging a node moves it; the panel
then pins it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QToolTip, QWidget

from liaison.model.graph import GraphEdge, LinkGraph
from liaison.ui.chart.bundles import Bundles, arrowheads, bundle, is_directed
from liaison.ui.chart.items import (
    PIN,
    ChartViewBox,
    brush,
    edge_colour,
    edge_group,
    edge_pen,
    node_style,
    palette_colour,
    sizes_for,
)

TOP_LABELS = 30        # labels always shown: the most central nodes
VIEW_LABELS = 80       # zoomed in so that at most this many nodes are in view: label them
COLOUR_BY = ("type", "community", "agency")
EDGE_BUDGET = 40_000   # edges drawn at most; past it, those in view, thinned evenly
EDGE_LABELS = 60       # zoomed in to VIEW_LABELS nodes: label at most this many links
ARROW_BUDGET = 10_000  # arrowheads drawn at most (past it, none until zoomed in)
ARROW_VIEW_BUDGET = 1_500  # the same past EDGE_BUDGET, where arrows follow the view

class PassiveScatter(pg.ScatterPlotItem):
    """Spots drawn over or under the nodes (selection ring, pins, arrowheads) that leave
    clicks to the nodes: a ring drawn over a selected node must not swallow the second
    click of a double-click on it."""

    def mouseClickEvent(self, ev) -> None:
        ev.ignore()


class LinkChartCanvas(pg.PlotWidget):
    """The drawing: nodes, edges, labels and the selection ring; no workspace here."""

    node_clicked = Signal(str, bool)     # node key, additive (Ctrl held)
    band_selected = Signal(list, bool)   # node keys inside the rubber band, additive
    detail_changed = Signal(int, int)    # edges drawn, edges in the chart
    node_moved = Signal(str, float, float)  # a node dragged to a new place: key, x, y
    node_activated = Signal(str)         # a node double-clicked: open it

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
        self.box.node_at = self.node_at
        self.box.node_dragged.connect(self._dragged)
        self.keys: list[str] = []
        self.row_of: dict[str, int] = {}
        self.xy = np.zeros((0, 2))
        self.degree = np.zeros(0)
        # (style group, bundled) -> its curve, and the bundles it draws
        self.edge_items: dict[tuple[str, bool], pg.PlotCurveItem] = {}
        self.edge_ends: dict[tuple[str, bool], np.ndarray] = {}   # bundle numbers
        self.edge_rows: dict[tuple[str, bool], np.ndarray] = {}   # their (m, 2) node rows
        self.bundles: Bundles = bundle(np.zeros(0), np.zeros(0), np.zeros(0), np.zeros(0), 0)
        self.group_names: list[str] = []
        self.edges_total = 0   # links in the chart
        self.edges_drawn = 0   # links drawn at this zoom (a bundle draws all of its links)
        self.lines_drawn = 0   # lines drawn (one per bundle)
        self.arrows = PassiveScatter(pxMode=True, pen=None)
        self.arrows.setZValue(9)
        self.nodes = pg.ScatterPlotItem(pxMode=True, hoverable=False)
        self.nodes.setZValue(10)
        self.nodes.sigClicked.connect(self._clicked)
        self.ring = PassiveScatter(pxMode=True, brush=None,
                                       pen=pg.mkPen("#e00000", width=2.5), symbol="o")
        self.ring.setZValue(11)
        self.pins = PassiveScatter(pxMode=True, brush=brush("#202020"), pen=None,
                                       symbol=PIN)
        self.pins.setZValue(11)
        # A yellow halo behind a node the analyst wrote a note on.
        self.notes = PassiveScatter(pxMode=True, brush=brush("#ffd23f"), pen=None, symbol="o")
        self.notes.setZValue(9.5)
        self.noted = np.zeros(0, dtype=int)
        self.addItem(self.notes)
        self.addItem(self.arrows)
        self.addItem(self.nodes)
        self.addItem(self.ring)
        self.addItem(self.pins)
        self.labels: list[pg.TextItem] = []
        self.label_texts: list[str] = []
        self.edge_labels: list[pg.TextItem] = []
        self.edge_list: list[GraphEdge] = []
        self._incident: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self.selected: set[str] = set()
        self.pinned: set[str] = set()
        self._sizes = np.zeros(0)
        self._label_timer = QTimer(self)
        self._label_timer.setSingleShot(True)
        self._label_timer.setInterval(60)
        self._label_timer.timeout.connect(self.update_labels)
        self.box.sigRangeChanged.connect(lambda *_: self._label_timer.start())
        # Tooltips: the panel says what to show for a node row (it holds the graph).
        self.tooltip_for: Callable[[int], str] = lambda _row: ""
        self.hovered: int | None = None
        self._hover_pos: QPointF | None = None
        self._hover_timer = QTimer(self)
        self._hover_timer.setSingleShot(True)
        self._hover_timer.setInterval(40)  # at most 25 look-ups a second, however fast
        self._hover_timer.timeout.connect(self._hover)
        self.scene().sigMouseMoved.connect(self._mouse_moved)

    # --- data ----------------------------------------------------------------------------

    def draw(self, graph: LinkGraph, colour_by: str = "type", auto_range: bool = True) -> None:
        """Draw ``graph`` at its positions (nodes without one sit at the origin)."""
        self.box.cancel_drag()  # a row dragged in the old graph is another node, or none
        self.keys = list(graph.nodes)
        self.row_of = index = {k: i for i, k in enumerate(self.keys)}
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
        src, dst, gid, directed = [], [], [], []
        group_ids: dict[str, int] = {}
        for edge in graph.edges.values():
            src.append(index[edge.source])
            dst.append(index[edge.target])
            gid.append(group_ids.setdefault(edge_group(edge.kind, edge.schema),
                                            len(group_ids)))
            directed.append(is_directed(edge.kind, edge.schema))
        self.bundles = bundles = bundle(np.array(src), np.array(dst), np.array(gid),
                                        np.array(directed), n)
        self.group_names = list(group_ids)
        wanted: dict[tuple[str, bool], np.ndarray] = {}
        for g, name in enumerate(self.group_names):
            in_group = bundles.group == g
            for thick in (False, True):
                rows_of = np.flatnonzero(in_group & ((bundles.count > 1) == thick))
                if len(rows_of):
                    wanted[(name, thick)] = rows_of
        for key in list(self.edge_items):
            if key not in wanted:
                self.removeItem(self.edge_items.pop(key))
                self.edge_ends.pop(key, None)
                self.edge_rows.pop(key, None)
        for key, rows_of in wanted.items():
            item = self.edge_items.get(key)
            if item is None:
                pen = edge_pen(key[0], width=2.6 if key[1] else 1.0)
                # Solid pens: QPainter.drawLines on the segments, much faster than a path.
                segmented = "on" if pen.style() == Qt.PenStyle.SolidLine else "auto"
                item = self.edge_items[key] = pg.PlotCurveItem(pen=pen, connect="pairs",
                                                               skipFiniteCheck=True)
                item.setSegmentedLineMode(segmented)
                item.setZValue(0)
                self.addItem(item)
            self.edge_ends[key] = rows_of
            self.edge_rows[key] = bundles.ends[rows_of]
        self._arrow_brushes = np.array([brush(edge_colour(name)) for name in self.group_names]
                                       + [brush("#555555")], dtype=object)
        self.edges_total = bundles.links
        self.edges_drawn = -1
        self.edge_list, self._incident = list(graph.edges.values()), None
        self._update_edges()
        self.label_texts = [nd.label for nd in nodes]
        self.noted = np.array([i for i, nd in enumerate(nodes) if nd.notes], dtype=int)
        self._draw_notes()
        self.selected &= set(self.keys)
        self.pinned &= set(self.keys)
        self._draw_ring()
        self._draw_pins()
        if auto_range and n:
            self.box.autoRange(padding=0.05)
        self.update_labels()

    def _incident_edges(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Every bundle's rows, and for each node the bundles touching it (CSR: starts,
        bundle numbers), so that labelling the links of the few nodes in view costs nothing per
        frame. Built the first time a zoom needs it, not on every draw."""
        if self._incident is None:
            rows = self.bundles.ends
            ends = rows.T.reshape(-1)
            order = np.argsort(ends)
            starts = np.searchsorted(ends[order], np.arange(len(self.keys) + 1))
            self._incident = (rows, starts, order % max(len(rows), 1))
        return self._incident

    def neighbours(self, keys: Iterable[str]) -> set[str]:
        """The nodes sharing a link with any of ``keys`` (from the bundles' index, not a
        walk over every link)."""
        rows = [self.row_of[k] for k in keys if k in self.row_of]
        if not rows or not len(self.bundles.count):
            return set()
        pairs, starts, edge_of = self._incident_edges()
        found = np.concatenate([edge_of[starts[r]:starts[r + 1]] for r in rows])
        return {self.keys[i] for i in np.unique(pairs[found].reshape(-1))} - set(keys)

    def edge_count(self) -> int:
        """Edges in the chart (drawn or, past the budget, left out at this zoom)."""
        return self.edges_total

    def _update_edges(self) -> None:
        """Draw every line, or past :data:`EDGE_BUDGET` lines those touching the view,
        thinned evenly to the budget (zooming in shows them all); then the arrowheads."""
        b = self.bundles
        if len(b.count) <= EDGE_BUDGET:
            if self.edges_drawn == self.edges_total:
                return
            masks = {key: slice(None) for key in self.edge_ends}
            inside = None
        else:
            (x0, x1), (y0, y1) = self.box.viewRange()
            inside = ((self.xy[:, 0] >= x0) & (self.xy[:, 0] <= x1)
                      & (self.xy[:, 1] >= y0) & (self.xy[:, 1] <= y1))
            visible = {key: np.flatnonzero(inside[e[:, 0]] | inside[e[:, 1]])
                       for key, e in self.edge_rows.items()}
            shown = sum(len(v) for v in visible.values())
            stride = max(1, -(-shown // EDGE_BUDGET))
            masks = {key: v[::stride] for key, v in visible.items()}
        drawn = lines = 0
        chosen_all = []
        for key, idx in self.edge_ends.items():
            chosen = idx[masks[key]]
            chosen_all.append(chosen)
            seg = self.xy[self.edge_rows[key][masks[key]].reshape(-1)]
            lines += len(chosen)
            drawn += int(b.count[chosen].sum())
            self.edge_items[key].setData(seg[:, 0], seg[:, 1], connect="pairs",
                                         skipFiniteCheck=True)
        self._draw_arrows(np.concatenate(chosen_all) if chosen_all else np.zeros(0, int),
                          inside)
        self.lines_drawn = lines
        if drawn != self.edges_drawn:
            self.edges_drawn = drawn
            self.detail_changed.emit(drawn, self.edges_total)

    def _draw_arrows(self, chosen: np.ndarray, inside: np.ndarray | None = None) -> None:
        """Arrowheads for the directed links among the bundles drawn (none past
        :data:`ARROW_BUDGET`: at that density they would hide the links). In a chart
        drawn view by view (``inside``: the nodes in view), only heads in view, and at
        most :data:`ARROW_VIEW_BUDGET` of them: they are redrawn at every pan and zoom,
        and pyqtgraph styles scatter spots one by one."""
        b = self.bundles
        forward, backward = b.forward[chosen], b.backward[chosen]
        budget = ARROW_BUDGET
        if inside is not None:
            ends = b.ends[chosen]
            forward, backward = forward & inside[ends[:, 1]], backward & inside[ends[:, 0]]
            budget = ARROW_VIEW_BUDGET
        if int(forward.sum() + backward.sum()) > budget or not len(chosen):
            if len(self.arrows.data):
                self.arrows.setData(pos=np.zeros((0, 2)))
            return
        pos, symbols, sizes = arrowheads(self.xy, self._sizes, b.ends[chosen], forward,
                                         backward)
        groups = np.concatenate([b.group[chosen][forward], b.group[chosen][backward]])
        self.arrows.setData(pos=pos, symbol=symbols, size=sizes,
                            brush=self._arrow_brushes[groups.astype(int)])

    def arrow_count(self) -> int:
        """Arrowheads drawn now."""
        return len(self.arrows.data)

    # --- labels by level of detail -------------------------------------------------------

    def update_labels(self) -> None:
        """Label the most central nodes; zoomed in, every node in view (and, in a chart
        past the edge budget, redraw the edges for this view)."""
        self._update_edges()
        n = len(self.keys)
        chosen: np.ndarray = np.zeros(0, dtype=int)
        zoomed_in = chosen  # every node in view is labelled: their links may be too
        if n:
            (x0, x1), (y0, y1) = self.box.viewRange()
            inside = np.flatnonzero((self.xy[:, 0] >= x0) & (self.xy[:, 0] <= x1)
                                    & (self.xy[:, 1] >= y0) & (self.xy[:, 1] <= y1))
            if len(inside) <= VIEW_LABELS:
                chosen = zoomed_in = inside
            else:
                top = inside[np.argsort(-self.degree[inside], kind="stable")[:TOP_LABELS]]
                chosen = top
            chosen = self._without_overlap(chosen)
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
        self._label_edges(zoomed_in)

    def _without_overlap(self, rows: np.ndarray) -> np.ndarray:
        """The labels of ``rows`` that do not cover one another on screen, the most
        central nodes first: a label that would overlap one already placed is left out
        (zooming in brings it back). At most a few dozen labels, so a plain loop."""
        if len(rows) < 2:
            return rows
        (x0, _x1), (_y0, y1) = self.box.viewRange()
        px, py = self.box.viewPixelSize()
        metrics = QFontMetrics(self.font())
        height = metrics.height() + 8  # the text item's document margins, above and below
        placed: list[tuple[float, float, float, float]] = []
        kept = []
        for i in rows[np.argsort(-self.degree[rows], kind="stable")].tolist():
            width = metrics.horizontalAdvance(self.label_texts[i][:40]) + 8
            sx = (self.xy[i, 0] - x0) / (px or 1.0)
            sy = (y1 - self.xy[i, 1]) / (py or 1.0)
            # anchor (0.5, -0.3): centred under the node, its top 0.3 of a line below it
            box = (sx - width / 2, sy + 0.3 * height, sx + width / 2, sy + 1.3 * height)
            if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3]
                   for b in placed):
                continue
            placed.append(box)
            kept.append(i)
        return np.array(kept, dtype=int)

    def _label_edges(self, rows: np.ndarray) -> None:
        """Zoomed in (every node in view labelled): label the lines touching those nodes by
        their link type, and a bundle with its count, up to :data:`EDGE_LABELS`; otherwise
        none, they would only be clutter."""
        chosen = np.zeros(0, dtype=np.int64)
        if len(rows) and len(self.bundles.count):
            _pairs, starts, edge_of = self._incident_edges()
            chosen = np.unique(np.concatenate([edge_of[starts[r]:starts[r + 1]] for r in rows]))
        if len(chosen) > EDGE_LABELS:
            chosen = np.zeros(0, dtype=np.int64)
        while len(self.edge_labels) < len(chosen):
            label = pg.TextItem(color="#606060", anchor=(0.5, 0.5),
                                fill=pg.mkBrush(255, 255, 255, 190))
            font = QFont()
            font.setPointSizeF(7.5)
            label.setFont(font)
            label.setZValue(5)
            self.addItem(label)
            self.edge_labels.append(label)
        b = self.bundles
        stacked: dict[tuple[int, int], int] = {}  # links of several types on one pair
        for label, e in zip(self.edge_labels, chosen, strict=False):
            a, c = b.ends[e]
            mid = (self.xy[a] + self.xy[c]) / 2
            level = stacked[(a, c)] = stacked.get((a, c), -1) + 1
            label.setAnchor((0.5, 0.5 + 1.1 * level))
            edge = self.edge_list[int(b.first[e])]
            text = (edge.label or edge.schema)[:30]
            count = int(b.count[e])
            if count > 1:
                text = self.tr("{link} ×{count}").format(link=text, count=count)
            label.setText(text)
            label.setPos(float(mid[0]), float(mid[1]))
            label.show()
        for label in self.edge_labels[len(chosen):]:
            label.hide()

    def visible_edge_labels(self) -> list[str]:
        return [label.toPlainText() for label in self.edge_labels if label.isVisible()]

    def visible_labels(self) -> list[str]:
        return [label.toPlainText() for label in self.labels if label.isVisible()]

    # --- selection -----------------------------------------------------------------------

    # --- moving and pinning --------------------------------------------------------------

    def node_at(self, pos: QPointF) -> int | None:
        """The row of the node drawn under ``pos`` (view coordinates), or None."""
        if not self.keys:
            return None
        px, py = self.box.viewPixelSize()
        dx = (self.xy[:, 0] - pos.x()) / (px or 1.0)
        dy = (self.xy[:, 1] - pos.y()) / (py or 1.0)
        d2 = dx * dx + dy * dy
        i = int(np.argmin(d2))
        radius = self._sizes[i] / 2 + 3 if len(self._sizes) else 6
        return i if d2[i] <= radius * radius else None

    def move_node(self, row: int, x: float, y: float) -> None:
        """Put node ``row`` at (x, y) and redraw what depends on it (one spot, its edges)."""
        self.xy[row] = (x, y)
        data = self.nodes.data
        data["x"][row], data["y"][row] = x, y
        self.nodes.prepareGeometryChange()
        self.nodes.informViewBoundsChanged()
        self.nodes.bounds = [None, None]
        self.nodes.invalidate()
        self.edges_drawn = -1
        self._update_edges()
        self._draw_ring()
        self._draw_pins()
        self._draw_notes()
        self.update_labels()

    def _dragged(self, row: int, pos: QPointF, finished: bool) -> None:
        if not 0 <= row < len(self.keys):
            return
        self.move_node(row, pos.x(), pos.y())
        if finished:
            self.node_moved.emit(self.keys[row], pos.x(), pos.y())

    def set_pinned(self, keys: Iterable[str]) -> None:
        self.pinned = set(keys) & set(self.keys)
        self._draw_pins()

    def _draw_pins(self) -> None:
        rows = [i for i, k in enumerate(self.keys) if k in self.pinned] if self.pinned else []
        if not rows:
            self.pins.setData(pos=np.zeros((0, 2)))
            return
        self.pins.setData(pos=self.xy[rows], size=self._sizes[rows] + 10)

    def _draw_notes(self) -> None:
        if not len(self.noted):
            self.notes.setData(pos=np.zeros((0, 2)))
            return
        self.notes.setData(pos=self.xy[self.noted], size=self._sizes[self.noted] + 12)

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
            key = self.keys[int(points[0].index())]
            if ev.double():
                self.node_activated.emit(key)
                return
            additive = bool(ev.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self.node_clicked.emit(key, additive)

    # --- tooltips ------------------------------------------------------------------------

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        self._hover_pos = QPointF(scene_pos)
        if not self._hover_timer.isActive():
            self._hover_timer.start()

    def _hover(self) -> None:
        """The tooltip of the node under the mouse (found with numpy, not item by item)."""
        if self._hover_pos is None:
            return
        row = self.node_at(self.box.mapSceneToView(self._hover_pos))
        if row == self.hovered:
            return
        self.hovered = row
        if row is None:
            QToolTip.hideText()
            return
        where = self.mapToGlobal(self.mapFromScene(self._hover_pos))
        QToolTip.showText(where, self.tooltip_for(row), self)

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
        """A PNG of the chart as shown; OSError when the file cannot be written."""
        exporter = pg.exporters.ImageExporter(self.getPlotItem())
        exporter.parameters()["width"] = int(width)
        image = exporter.export(toBytes=True)  # pyqtgraph would drop save()'s failure
        if image is None or not image.save(str(path), "PNG"):
            raise OSError(f"{Path(path).name} could not be written.")

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
        if not Path(path).is_file():  # QSvgGenerator says nothing when it cannot write
            raise OSError(f"{Path(path).name} could not be written.")
