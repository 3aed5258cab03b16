"""The timeline: dated events, links and records on lanes, on a pyqtgraph date axis.

Items keep their date precision: an item covering a day or more (a year-only
date, a month, a start and end) is drawn as a bar over its span, an instant as a
point. Points are one ScatterPlotItem, bars one PlotCurveItem (``connect='pairs'``),
so a redraw stays cheap; past :data:`MAX_DRAWN` items the lanes give way to the
density strip alone. Brushing a time range on the strip (a LinearRegionItem)
emits the range, puts it in the shared selection and filters the items.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from liaison.model.timeline import LANES, TimelineItem
from liaison.ui.empty_hint import EmptyHint
from liaison.ui.operations import Executor, Operation, run_operation
from liaison.ui.selection import Selection
from liaison.workspace import Workspace

MAX_DRAWN = 20_000   # more items than this: the density strip only
MAX_LANES = 200      # lanes named on the axis
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
        self.lanes_plot.setMouseEnabled(y=True)
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

        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addLayout(bar)
        lay.addWidget(self.graphics, 1)
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
            self.lanes_plot.setYRange(-0.5, min(len(lanes), 30) - 0.5, padding=0)
        else:
            self.density.setData([0.0, 1.0], [0.0], stepMode="center")
        self._show_status()

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
