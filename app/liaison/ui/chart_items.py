"""Drawing pieces of the link chart: node styles, palettes, and the rubber-band view box.

Everything here is batched: one scatter item for all nodes, one curve per edge
style for all edges, so that a chart of 10k nodes and 30k edges stays fluid.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPen

# Shape and colour by what a node stands for (entity schema, or its kind).
SCHEMA_STYLE: dict[str, tuple[str, str]] = {
    "Person": ("o", "#1f77b4"),
    "Company": ("s", "#ff7f0e"),
    "Organization": ("s", "#d62728"),
    "LegalEntity": ("s", "#e377c2"),
    "Vehicle": ("t", "#2ca02c"),
    "BankAccount": ("h", "#9467bd"),
    "Address": ("p", "#8c564b"),
}
KIND_STYLE: dict[str, tuple[str, str]] = {
    "identifier": ("d", "#7f7f7f"),
    "event": ("star", "#bcbd22"),
    "missing": ("x", "#c7c7c7"),
}
DEFAULT_STYLE = ("o", "#17becf")

# Edge pen by link type (schema for stored links, kind otherwise).
EDGE_STYLE: dict[str, tuple[str, Qt.PenStyle]] = {
    "Call": ("#5b8bd0", Qt.PenStyle.SolidLine),
    "Payment": ("#9467bd", Qt.PenStyle.SolidLine),
    "Ownership": ("#ff9f4a", Qt.PenStyle.SolidLine),
    "Family": ("#d62728", Qt.PenStyle.SolidLine),
    "Associate": ("#888888", Qt.PenStyle.SolidLine),
    "Directorship": ("#e377c2", Qt.PenStyle.SolidLine),
    "identifier": ("#aaaaaa", Qt.PenStyle.DashLine),
    "event": ("#bcbd22", Qt.PenStyle.DotLine),
}
DEFAULT_EDGE = ("#999999", Qt.PenStyle.SolidLine)

PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39",
           "#7b4173", "#3182bd", "#e6550d", "#31a354", "#756bb1", "#636363"]

_brushes: dict[str, QBrush] = {}


def brush(colour: str) -> QBrush:
    """A shared brush per colour (thousands of spots share a handful of brushes)."""
    b = _brushes.get(colour)
    if b is None:
        b = _brushes[colour] = QBrush(QColor(colour))
    return b


def node_style(kind: str, schema: str) -> tuple[str, str]:
    if kind == "entity":
        return SCHEMA_STYLE.get(schema, DEFAULT_STYLE)
    return KIND_STYLE.get(kind, DEFAULT_STYLE)


def edge_group(kind: str, schema: str) -> str:
    """The style group an edge is drawn in: its link schema, or its kind."""
    return schema if kind == "link" else kind


def edge_pen(group: str) -> QPen:
    colour, style = EDGE_STYLE.get(group, DEFAULT_EDGE)
    pen = QPen(QColor(colour))
    pen.setStyle(style)
    pen.setCosmetic(True)
    pen.setWidthF(1.0)
    return pen


def palette_colour(value: object, order: dict[object, int]) -> str:
    """A palette colour for a category value, stable in the order values were first met."""
    if value not in order:
        order[value] = len(order)
    return PALETTE[order[value] % len(PALETTE)]


def sizes_for(values: np.ndarray, smallest: float = 7.0, largest: float = 26.0) -> np.ndarray:
    """Spot sizes in pixels from a centrality (square root, so area grows with it)."""
    if values.size == 0:
        return values
    top = float(values.max())
    if top <= 0:
        return np.full(values.shape, smallest)
    return smallest + (largest - smallest) * np.sqrt(np.clip(values / top, 0.0, 1.0))


class ChartViewBox(pg.ViewBox):
    """A view box where a left drag with Shift (or in select mode) draws a selection band."""

    rubber_band = Signal(object, bool)  # the band in view coordinates, additive (Ctrl)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.select_mode = False

    def mouseDragEvent(self, ev, axis=None) -> None:
        selecting = self.select_mode or bool(ev.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if ev.button() != Qt.MouseButton.LeftButton or not selecting:
            super().mouseDragEvent(ev, axis)
            return
        ev.accept()
        start, end = ev.buttonDownPos(ev.button()), ev.pos()
        if ev.isFinish():
            self.rbScaleBox.hide()
            rect = self.childGroup.mapRectFromParent(QRectF(start, end).normalized())
            additive = bool(ev.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self.rubber_band.emit(rect.normalized(), additive)
        else:
            self.updateScaleBox(start, end)
