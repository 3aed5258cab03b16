"""The timeline: dated events, links and records on lanes, on a pyqtgraph date axis.

Items keep their date precision: an item covering a day or more (a year-only
date, a month, a start and end) is drawn as a bar over its span, an instant as a
point. Points are one ScatterPlotItem, bars one PlotCurveItem (``connect='pairs'``),
so a redraw stays cheap; past :data:`MAX_DRAWN` items the lanes give way to the
density strip alone. Lanes keep at least :data:`LANE_PX` pixels each, so their labels
never overlap: what does not fit scrolls (the scroll bar beside them). Hovering an item
shows its tooltip (found with numpy). Brushing a time range on the strip (a
LinearRegionItem) emits the range, puts it in the shared selection and filters the
items.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from html import escape
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from liaison.model.timeline import LANES, TimelineItem
from liaison.ui.empty_hint import EmptyHint
from liaison.ui.operations import Executor, Operation, run_operation
from liaison.ui.selection import Selection
from liaison.workspace import Workspace

MAX_DRAWN = 20_000   # more items than this: the density strip only
MAX_LANES = 5000     # lanes named on the axis (the rest are in the density strip only)
LANE_PX = 22         # pixels a lane keeps at least: its label's height and some air
SPAN_MIN_S = 3600.0  # an item covering at least an hour is a bar, not a point
KIND_COLOURS = {"event": "#d62728", "link": "#1f77b4", "record": "#2ca02c"}


def _ts(dt: datetime) -> float:
    return dt.replace(tzinfo=UTC).timestamp()


def timeline_arrays(items: Sequence[TimelineItem]) -> dict[str, np.ndarray | list[str]]:
    """Start and end (UTC seconds), lane row and kind of each item, and the lane names.

    Pure computation (no Qt): run it on the worker for large timelines. Items whose
    date cannot be read get NaN and are not drawn.
    """
    lanes: dict[str, int] = {}
    lane_labels: list[str] = []
    n = len(items)
    start, end = np.full(n, np.nan), np.full(n, np.nan)
    row = np.zeros(n)
    kinds = np.zeros(n, dtype=np.int8)
    kind_index = {"event": 0, "link": 1, "record": 2}
    for i, item in enumerate(items):
        if item.lane not in lanes:
            lanes[item.lane] = len(lanes)
            lane_labels.append(item.lane_label or item.lane)
        row[i] = lanes[item.lane]
        kinds[i] = kind_index.get(item.kind, 0)
        try:
            first, last = item.span
        except ValueError:
            continue
        start[i], end[i] = _ts(first), _ts(last)
    return {"start": start, "end": end, "row": row, "kind": kinds, "lanes": lane_labels}


class TimelineView(QWidget):
    """The timeline panel: lanes over a density strip, with a brushable time range."""

    range_selected = Signal(object, object)   # start, end (UTC datetimes); None, None cleared
    items_filtered = Signal(list)             # the items overlapping the brushed range

    def __init__(self, executor: Executor, selection: Selection | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.executor = executor
        self.selection = selection or Selection(self)
        self.workspace: Workspace | None = None
        self.items: list[TimelineItem] = []
        self.arrays = timeline_arrays([])
        self.record_ids: list[int | str] = []
        self.operation: Operation | None = None
        self.filtered: list[TimelineItem] = []

        self.lane_box = QComboBox()
        self.lane_box.setObjectName("timelineLanes")
        self.lane_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.status = QLabel()
        self.status.setObjectName("timelineStatus")
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.lane_box)
        bar.addStretch(1)
        bar.addWidget(self.status)

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground("w")
        self.lanes_plot = self.graphics.addPlot(
            row=0, col=0, axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.graphics.ci.layout.setRowStretchFactor(0, 5)
        self.density_plot = self.graphics.addPlot(
            row=1, col=0, axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.graphics.ci.layout.setRowStretchFactor(1, 1)
        self.density_plot.setMaximumHeight(110)
        self.density_plot.setXLink(self.lanes_plot)
        self.density_plot.hideAxis("left")
        self.density_plot.setMouseEnabled(y=False)
        # Lanes scroll (the scroll bar), never squeeze: no vertical zoom.
        self.lanes_plot.setMouseEnabled(y=False)
        self.lanes_plot.getViewBox().invertY(True)
        for plot in (self.lanes_plot, self.density_plot):
            plot.setMenuEnabled(False)
            plot.showGrid(x=True, alpha=0.15)
        self.bars = pg.PlotCurveItem(connect="pairs", skipFiniteCheck=True,
                                     pen=pg.mkPen("#1f77b4", width=5))
        self.points = pg.ScatterPlotItem(size=7, pen=None)
        self.lanes_plot.addItem(self.bars)
        self.lanes_plot.addItem(self.points)
        self.density = pg.PlotCurveItem(fillLevel=0,
                                        brush=pg.mkBrush("#7f7f7f80"), pen=pg.mkPen("#555555"))
        self.density_plot.addItem(self.density)
        self.region = pg.LinearRegionItem(brush=pg.mkBrush("#ffbf0040"))
        self.region.setZValue(20)
        self.region.hide()
        self.density_plot.addItem(self.region)
        self.region.sigRegionChangeFinished.connect(self._region_changed)
        self.density_plot.scene().sigMouseClicked.connect(self._strip_clicked)

        self.lane_scroll = QScrollBar(Qt.Orientation.Vertical)
        self.lane_scroll.setObjectName("timelineLaneScroll")
        self.lane_scroll.valueChanged.connect(lambda _v: self._show_lanes())
        self.graphics.installEventFilter(self)
        self._hover_pos: QPointF | None = None
        self.hovered: int | None = None      # the item under the mouse, by index
        self._hover_timer = QTimer(self)
        self._hover_timer.setSingleShot(True)
        self._hover_timer.setInterval(40)
        self._hover_timer.timeout.connect(self._hover)
        self.graphics.scene().sigMouseMoved.connect(self._mouse_moved)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.graphics, 1)
        body.addWidget(self.lane_scroll)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addLayout(bar)
        lay.addLayout(body, 1)
        self.hint = EmptyHint(self.graphics)
        self._set_empty(True)
        self.retranslate()

    def _set_empty(self, empty: bool) -> None:
        """The hint instead of bare axis numbers while there is nothing to show."""
        self.hint.set_empty(empty)
        for plot in (self.lanes_plot, self.density_plot):
            for side in ("bottom", "left"):
                plot.getAxis(side).setStyle(showValues=not empty)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("No events yet. The timeline shows the records you chart "
                                  "in the link chart, by their dates."))
        index = self.lane_box.currentIndex()
        self.lane_box.blockSignals(True)
        self.lane_box.clear()
        self.lane_box.addItems([self.tr("Lanes by entity"), self.tr("Lanes by agency"),
                                self.tr("Lanes by record")])
        self.lane_box.setCurrentIndex(max(index, 0))
        self.lane_box.blockSignals(False)
        self.lane_scroll.setAccessibleName(self.tr("Scroll the lanes"))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_status(self) -> None:
        text = self.tr("{n} items").format(n=len(self.items))
        if self.region.isVisible():
            text += " · " + self.tr("{n} in the brushed range").format(n=len(self.filtered))
        if len(self.items) > MAX_DRAWN:
            text += " · " + self.tr("density only (zoom or filter to see items)")
        self.status.setText(text)

    # --- workspace -----------------------------------------------------------------------

    def attach(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def clear(self) -> None:
        if self.operation is not None and not self.operation.done:
            self.operation.cancel()
        self.workspace = None
        self.record_ids = []
        self.show_items([])

    @property
    def lane_by(self) -> str:
        return LANES[max(self.lane_box.currentIndex(), 0)]

    def open_records(self, record_ids: Iterable[int | str]) -> Operation | None:
        """Load the timeline of these records (in the background) and show it."""
        self.record_ids = list(record_ids)
        return self.reload()

    def reload(self) -> Operation | None:
        ws = self.workspace
        if ws is None or not self.record_ids:
            return None
        rids, lane_by = list(self.record_ids), self.lane_by

        def work(_progress):
            items = ws.timeline_items(rids, lane_by=lane_by)
            return items, timeline_arrays(items)

        if self.operation is not None and not self.operation.done:
            self.operation.cancel()
        self.operation = run_operation(self, work, title=self.tr("Building the timeline"),
                                       on_success=lambda r: self.show_items(*r),
                                       executor=self.executor)
        return self.operation

    # --- drawing -------------------------------------------------------------------------

    def show_items(self, items: Sequence[TimelineItem], arrays: dict | None = None) -> None:
        self._set_empty(not items)
        if self.region.isVisible():  # the brushed range was of the items now replaced
            self.clear_brush()
        self.items = list(items)
        self.arrays = arrays if arrays is not None else timeline_arrays(self.items)
        self.region.hide()
        self.filtered = list(self.items)
        self.redraw()

    def redraw(self) -> None:
        a = self.arrays
        start, end, row = a["start"], a["end"], a["row"]
        ok = ~np.isnan(start)
        spans = ok & (end - start >= SPAN_MIN_S)
        instants = ok & ~spans
        draw_lanes = len(self.items) <= MAX_DRAWN
        if draw_lanes and spans.any():
            xs = np.column_stack([start[spans], end[spans]]).reshape(-1)
            ys = np.repeat(row[spans], 2)
            self.bars.setData(xs, ys, connect="pairs", skipFiniteCheck=True)
        else:
            self.bars.setData([], [])
        if draw_lanes and instants.any():
            colours = [pg.mkBrush(c) for c in KIND_COLOURS.values()]
            self.points.setData(x=start[instants], y=row[instants],
                                brush=[colours[k] for k in a["kind"][instants]])
        else:
            self.points.setData([], [])
        self.lanes_plot.setVisible(draw_lanes)
        lanes = a["lanes"]
        ticks = [(float(i), str(label)[:28]) for i, label in enumerate(lanes[:MAX_LANES])]
        self.lanes_plot.getAxis("left").setTicks([ticks, []])
        if ok.any():
            mids = (start[ok] + end[ok]) / 2
            bins = int(min(400, max(10, np.sqrt(ok.sum()) * 2)))
            counts, edges = np.histogram(mids, bins=bins)
            self.density.setData(edges, counts.astype(float), stepMode="center")
            self.lanes_plot.setXRange(float(start[ok].min()), float(end[ok].max()), padding=0.02)
        else:
            self.density.setData([0.0, 1.0], [0.0], stepMode="center")
        self.lane_scroll.setValue(0)
        self._show_lanes()
        self._show_status()

    # --- lanes ---------------------------------------------------------------------------

    def lanes_in_view(self) -> int:
        """How many lanes fit, each :data:`LANE_PX` high, in the lanes' plot now."""
        height = self.lanes_plot.getViewBox().sceneBoundingRect().height()
        return max(1, int(height // LANE_PX))

    def _show_lanes(self) -> None:
        """Show the lanes from the scroll bar's value down, as many as fit."""
        lanes = len(self.arrays["lanes"])
        fit = self.lanes_in_view()
        self.lane_scroll.blockSignals(True)
        self.lane_scroll.setRange(0, max(0, lanes - fit))
        self.lane_scroll.setPageStep(fit)
        self.lane_scroll.blockSignals(False)
        self.lane_scroll.setVisible(lanes > fit and self.lanes_plot.isVisible())
        top = self.lane_scroll.value()
        self.lanes_plot.setYRange(top - 0.5, top + fit - 0.5, padding=0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.graphics and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._show_lanes)  # once the plots have their new size
        return False

    # --- tooltips ------------------------------------------------------------------------

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        self._hover_pos = QPointF(scene_pos)
        if not self._hover_timer.isActive():
            self._hover_timer.start()

    def item_at(self, scene_pos: QPointF) -> int | None:
        """The index of the item drawn under ``scene_pos`` on the lanes, or None."""
        box = self.lanes_plot.getViewBox()
        if not self.items or not box.sceneBoundingRect().contains(scene_pos):
            return None
        at = box.mapSceneToView(scene_pos)
        a = self.arrays
        px = box.viewPixelSize()[0] * 5  # five pixels either side
        lane = round(at.y())
        with np.errstate(invalid="ignore"):
            near = ((a["row"] == lane) & (a["start"] - px <= at.x())
                    & (a["end"] + px >= at.x()))
        found = np.flatnonzero(near)
        if not len(found):
            return None
        middle = (a["start"][found] + a["end"][found]) / 2
        return int(found[np.argmin(np.abs(middle - at.x()))])

    def _hover(self) -> None:
        if self._hover_pos is None:
            return
        index = self.item_at(self._hover_pos)
        if index == self.hovered:
            return
        self.hovered = index
        if index is None:
            QToolTip.hideText()
            return
        where = self.graphics.mapToGlobal(self.graphics.mapFromScene(self._hover_pos))
        QToolTip.showText(where, self.item_tooltip(index), self.graphics)

    def item_tooltip(self, index: int) -> str:
        """What an item is and when (escaped: labels come from partners' files)."""
        item = self.items[index]
        kinds = {"event": self.tr("Event"), "link": self.tr("Link"),
                 "record": self.tr("Record")}
        when = str(item.start) if item.end is None else self.tr("{start} to {end}").format(
            start=str(item.start), end=str(item.end))
        lines = [f"<b>{escape(item.label)}</b>",
                 escape(f"{kinds.get(item.kind, item.kind)} · {when}"),
                 escape(self.tr("Lane: {lane}").format(lane=item.lane_label or item.lane))]
        if item.agency:
            lines.append(escape(self.tr("Agency: {name}").format(name=item.agency)))
        return "<br>".join(lines)

    # --- brushing ------------------------------------------------------------------------

    def _strip_clicked(self, ev) -> None:
        """A double click on the density strip starts a brush over the visible middle."""
        if ev.double() and not self.region.isVisible():
            x0, x1 = self.density_plot.getViewBox().viewRange()[0]
            third = (x1 - x0) / 3
            self.brush(x0 + third, x1 - third)

    def brush(self, start: float | datetime, end: float | datetime) -> None:
        """Brush the range ``start``..``end`` (UTC seconds or datetimes)."""
        if isinstance(start, datetime):
            start = _ts(start)
        if isinstance(end, datetime):
            end = _ts(end)
        self.region.setRegion((float(start), float(end)))
        self.region.show()
        self._region_changed()

    def clear_brush(self) -> None:
        self.region.hide()
        self.filtered = list(self.items)
        self.selection.set_time_range(None, source=self)
        self.items_filtered.emit(self.filtered)
        self.range_selected.emit(None, None)
        self._show_status()

    def _region_changed(self) -> None:
        if not self.region.isVisible():
            return
        lo, hi = self.region.getRegion()
        a = self.arrays
        with np.errstate(invalid="ignore"):
            mask = (a["start"] <= hi) & (a["end"] >= lo)
        self.filtered = [self.items[i] for i in np.flatnonzero(mask)]
        first = datetime.fromtimestamp(lo, UTC).replace(tzinfo=None)
        last = datetime.fromtimestamp(hi, UTC).replace(tzinfo=None)
        self.selection.set_time_range((first, last), source=self)
        records = {r for item in self.filtered for r in item.record_ids}
        self.selection.select(record_ids=records, source=self)
        self.range_selected.emit(first, last)
        self.items_filtered.emit(self.filtered)
        self._show_status()

    # --- export --------------------------------------------------------------------------

    def export_png(self, path: Path, width: int = 1600) -> None:
        exporter = pg.exporters.ImageExporter(self.graphics.scene())
        exporter.parameters()["width"] = int(width)
        exporter.export(str(path))

    def export_csv(self, path: Path) -> Operation | None:
        """Write the shown (brushed) items as CSV through the workspace (audited)."""
        ws = self.workspace
        if ws is None:
            return None
        items = list(self.filtered if self.region.isVisible() else self.items)
        return run_operation(self, lambda p: ws.timeline_export(items, Path(path), progress=p),
                             title=self.tr("Exporting the timeline"), executor=self.executor)


__all__ = ["TimelineView", "timeline_arrays"]
