"""Drawing pieces of the link chart: node icons and styles, palettes, and the view box
(rubber band, node dragging, context menu requests).

Everything here is batched: one scatter item for all nodes (the icons are custom
QPainterPath symbols, rendered once per icon, size and colour into pyqtgraph's
symbol atlas), one curve per edge style for all edges, so that a chart of 10k
nodes and 30k edges stays fluid.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen, QPolygonF

# --- icons: simple vector glyphs drawn for Liaison (no third-party artwork) -------------
# Each is a QPainterPath in the unit box (-0.5..0.5, y down) that pyqtgraph scales to the
# spot size; holes are sub-paths (odd-even fill). Module-level objects, so the scatter's
# symbol atlas renders each (glyph, size, colour) once, whatever the number of nodes.

def _polygon(path: QPainterPath, points: Sequence[tuple[float, float]]) -> None:
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    path.closeSubpath()


def _person() -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(0.0, -0.24), 0.2, 0.2)
    path.moveTo(-0.42, 0.48)
    path.cubicTo(-0.42, 0.1, -0.25, 0.0, 0.0, 0.0)
    path.cubicTo(0.25, 0.0, 0.42, 0.1, 0.42, 0.48)
    path.closeSubpath()
    return path


def _building() -> QPainterPath:
    path = QPainterPath()
    path.addRect(QRectF(-0.36, -0.48, 0.72, 0.96))
    for col in (-0.22, 0.06):
        for row in (-0.36, -0.12, 0.12):
            path.addRect(QRectF(col, row, 0.16, 0.14))
    return path


def _vehicle() -> QPainterPath:
    path = QPainterPath()
    _polygon(path, [(-0.5, 0.16), (-0.5, -0.06), (-0.3, -0.1), (-0.17, -0.34), (0.2, -0.34),
                    (0.34, -0.1), (0.5, -0.04), (0.5, 0.16)])
    path.addEllipse(QPointF(-0.27, 0.3), 0.13, 0.13)
    path.addEllipse(QPointF(0.27, 0.3), 0.13, 0.13)
    return path


def _phone() -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(-0.27, -0.48, 0.54, 0.96), 0.1, 0.1)
    path.addRect(QRectF(-0.18, -0.36, 0.36, 0.58))
    path.addEllipse(QPointF(0.0, 0.34), 0.06, 0.06)
    return path


def _bank() -> QPainterPath:
    path = QPainterPath()
    _polygon(path, [(-0.5, -0.18), (0.0, -0.48), (0.5, -0.18)])
    for x in (-0.4, -0.1, 0.2):
        path.addRect(QRectF(x, -0.12, 0.2, 0.46))
    path.addRect(QRectF(-0.5, 0.38, 1.0, 0.12))
    return path


def _house() -> QPainterPath:
    path = QPainterPath()
    _polygon(path, [(-0.42, 0.46), (-0.42, -0.04), (0.0, -0.46), (0.42, -0.04), (0.42, 0.46)])
    path.addRect(QRectF(-0.1, 0.12, 0.2, 0.26))
    return path


def _envelope() -> QPainterPath:
    path = QPainterPath()
    path.addRect(QRectF(-0.5, -0.32, 1.0, 0.64))
    _polygon(path, [(-0.4, -0.26), (0.0, 0.06), (0.4, -0.26)])
    return path


def _pin() -> QPainterPath:
    """A drawing pin at the top right of a spot (drawn over a pinned node, a bit larger)."""
    path = QPainterPath()
    path.addEllipse(QPointF(0.36, -0.36), 0.12, 0.12)
    _polygon(path, [(0.3, -0.27), (0.2, -0.17), (0.24, -0.14), (0.33, -0.24)])
    return path


ICONS: dict[str, QPainterPath] = {
    "person": _person(), "organisation": _building(), "vehicle": _vehicle(),
    "phone": _phone(), "account": _bank(), "address": _house(), "email": _envelope(),
}
PIN = _pin()

# Icon and colour by what a node stands for (entity schema, or its kind).
SCHEMA_STYLE: dict[str, tuple[str | QPainterPath, str]] = {
    "Person": (ICONS["person"], "#1f77b4"),
    "Company": (ICONS["organisation"], "#ff7f0e"),
    "Organization": (ICONS["organisation"], "#d62728"),
    "PublicBody": (ICONS["organisation"], "#d62728"),
    "LegalEntity": (ICONS["organisation"], "#e377c2"),
    "Vehicle": (ICONS["vehicle"], "#2ca02c"),
    "BankAccount": (ICONS["account"], "#9467bd"),
    "CryptoWallet": (ICONS["account"], "#9467bd"),
    "Address": (ICONS["address"], "#8c564b"),
    "Phone": (ICONS["phone"], "#7f7f7f"),
}
# Identifier nodes by their kind (analysis.graph.store.DEFAULT_IDENTIFIER_KINDS).
IDENTIFIER_STYLE: dict[str, tuple[str | QPainterPath, str]] = {
    "phone": (ICONS["phone"], "#7f7f7f"),
    "email": (ICONS["email"], "#7f7f7f"),
    "iban": (ICONS["account"], "#7f7f7f"),
    "crypto": (ICONS["account"], "#7f7f7f"),
    "vin": (ICONS["vehicle"], "#7f7f7f"),
    "registration": (ICONS["vehicle"], "#7f7f7f"),
}
KIND_STYLE: dict[str, tuple[str | QPainterPath, str]] = {
    "identifier": ("d", "#7f7f7f"),
    "event": ("star", "#bcbd22"),
    "missing": ("x", "#c7c7c7"),
    "group": ("h", "#6b6ecf"),  # nodes the analyst collapsed into one
}
DEFAULT_STYLE: tuple[str | QPainterPath, str] = ("o", "#17becf")

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
    "analyst": ("#e6550d", Qt.PenStyle.DashDotLine),  # drawn by the analyst, not received
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


def node_style(kind: str, schema: str) -> tuple[str | QPainterPath, str]:
    """The symbol (an icon path, or a pyqtgraph shape name) and colour of a node."""
    if kind == "entity":
        return SCHEMA_STYLE.get(schema, DEFAULT_STYLE)
    if kind == "identifier" and schema in IDENTIFIER_STYLE:
        return IDENTIFIER_STYLE[schema]
    return KIND_STYLE.get(kind, DEFAULT_STYLE)


def edge_group(kind: str, schema: str) -> str:
    """The style group an edge is drawn in: its link schema, or its kind."""
    return schema if kind == "link" else kind


def edge_pen(group: str, width: float = 1.0) -> QPen:
    colour, style = EDGE_STYLE.get(group, DEFAULT_EDGE)
    pen = QPen(QColor(colour))
    pen.setStyle(style)
    pen.setCosmetic(True)
    pen.setWidthF(width)
    return pen


def edge_colour(group: str) -> str:
    return EDGE_STYLE.get(group, DEFAULT_EDGE)[0]


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
    """A view box where a left drag with Shift (or in select mode) draws a selection band,
    a left drag that starts on a node moves that node, and a right click asks for the
    chart's context menu."""

    rubber_band = Signal(object, bool)  # the band in view coordinates, additive (Ctrl)
    node_dragged = Signal(int, object, bool)  # node row, view position, drag finished
    context_requested = Signal(object, object)  # view position, global screen position

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.select_mode = False
        self.node_at: Callable[[QPointF], int | None] = lambda _pos: None
        self._dragging: int | None = None

    def cancel_drag(self) -> None:
        """Forget a node drag in progress (the graph under it was replaced)."""
        self._dragging = None

    def mouseDragEvent(self, ev, axis=None) -> None:
        selecting = self.select_mode or bool(ev.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if ev.button() == Qt.MouseButton.LeftButton and not selecting:
            if ev.isStart():
                self._dragging = self.node_at(self.mapToView(ev.buttonDownPos(ev.button())))
            if self._dragging is not None:
                ev.accept()
                row = self._dragging
                if ev.isFinish():
                    self._dragging = None
                self.node_dragged.emit(row, self.mapToView(ev.pos()), ev.isFinish())
                return
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

    def mouseClickEvent(self, ev) -> None:
        if ev.button() == Qt.MouseButton.RightButton:
            ev.accept()
            self.context_requested.emit(self.mapToView(ev.pos()), ev.screenPos().toPoint())
            return
        super().mouseClickEvent(ev)
