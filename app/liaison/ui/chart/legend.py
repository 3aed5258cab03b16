"""The link chart's legend: the node types and link types in the chart, with their icon or
line and how many there are, over the canvas's top corner; and the translated names of
node and link kinds that the legend and the node tooltips share."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from liaison.model.graph import LinkGraph
from liaison.ui.chart.bundles import is_directed
from liaison.ui.chart.items import edge_group, edge_pen, node_style

ICON_PX = 16


def kind_name(kind: str, schema: str) -> str:
    """What a node is, for a person: the entity's schema, else its kind in words."""
    if kind == "entity":
        return schema or QCoreApplication.translate("ChartLegend", "Entity")
    if kind == "identifier":
        names = {"phone": QCoreApplication.translate("ChartLegend", "Phone number"),
                 "email": QCoreApplication.translate("ChartLegend", "E-mail address"),
                 "iban": QCoreApplication.translate("ChartLegend", "IBAN"),
                 "crypto": QCoreApplication.translate("ChartLegend", "Crypto wallet"),
                 "vin": QCoreApplication.translate("ChartLegend", "Vehicle identification number"),
                 "registration": QCoreApplication.translate("ChartLegend", "Registration plate")}
        return names.get(schema, schema or QCoreApplication.translate("ChartLegend", "Identifier"))
    if kind == "event":
        return QCoreApplication.translate("ChartLegend", "Event")
    if kind == "missing":
        return QCoreApplication.translate("ChartLegend", "Not in this workspace")
    if kind == "group":
        return QCoreApplication.translate("ChartLegend", "Group of nodes")
    return kind


def link_name(group: str) -> str:
    """A link style group in words: the link's schema, or what joins an identifier or an
    event to an entity."""
    if group == "identifier":
        return QCoreApplication.translate("ChartLegend", "Holds the identifier")
    if group == "event":
        return QCoreApplication.translate("ChartLegend", "Takes part in the event")
    if group == "analyst":
        return QCoreApplication.translate("ChartLegend", "Drawn by the analyst")
    return group


def _symbol_path(symbol: str | QPainterPath) -> QPainterPath:
    if isinstance(symbol, QPainterPath):
        return symbol
    from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols

    return Symbols.get(symbol, Symbols["o"])


def node_pixmap(symbol: str | QPainterPath, colour: str) -> QPixmap:
    pixmap = QPixmap(ICON_PX, ICON_PX)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(ICON_PX / 2, ICON_PX / 2)
    painter.scale(ICON_PX - 2, ICON_PX - 2)
    painter.setPen(QPen(QColor("#333333"), 0))
    painter.setBrush(QColor(colour))
    painter.drawPath(_symbol_path(symbol))
    painter.end()
    return pixmap


def link_pixmap(group: str, directed: bool) -> QPixmap:
    pixmap = QPixmap(ICON_PX * 2, ICON_PX)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = edge_pen(group, width=1.6)
    painter.setPen(pen)
    y = ICON_PX / 2
    painter.drawLine(QPointF(1, y), QPointF(ICON_PX * 2 - 2, y))
    if directed:
        painter.setBrush(pen.color())
        head = QPainterPath()
        head.moveTo(ICON_PX * 2 - 1, y)
        head.lineTo(ICON_PX * 2 - 8, y - 4)
        head.lineTo(ICON_PX * 2 - 8, y + 4)
        head.closeSubpath()
        painter.fillPath(head, pen.color())
    painter.end()
    return pixmap


class ChartLegend(QFrame):
    """Node and link types of the chart shown, each with its count; the mouse goes through
    it to the chart."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("chartLegend")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("#chartLegend { background: rgba(255, 255, 255, 225); "
                           "border: 1px solid #c8c8c8; border-radius: 3px; }"
                           "#chartLegend QLabel { color: #202020; }")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(6, 4, 6, 4)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(1)
        self.entries: list[tuple[str, int]] = []   # (name, count) of every row, as shown
        self.hide()

    def set_graph(self, graph: LinkGraph, colour_by: str) -> None:
        """Rows for the node types, then the link types, of ``graph``."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.entries = []
        nodes = Counter((n.kind, n.schema) for n in graph.nodes.values())
        links = Counter(edge_group(e.kind, e.schema) for e in graph.edges.values())
        directed = {edge_group(e.kind, e.schema) for e in graph.edges.values()
                    if is_directed(e.kind, e.schema)}
        row = 0
        for (kind, schema), count in sorted(nodes.items(), key=lambda kv: -kv[1]):
            symbol, colour = node_style(kind, schema)
            if colour_by != "type":
                colour = "#b0b0b0"  # the colours mean something else now (said below)
            self._row(row, node_pixmap(symbol, colour), kind_name(kind, schema), count)
            row += 1
        for group, count in sorted(links.items(), key=lambda kv: -kv[1]):
            self._row(row, link_pixmap(group, group in directed), link_name(group), count)
            row += 1
        if colour_by != "type" and nodes:
            note = QLabel(self.tr("Colours: communities") if colour_by == "community"
                          else self.tr("Colours: agencies"))
            note.setObjectName("chartLegendNote")
            self.grid.addWidget(note, row, 0, 1, 3)
        self.adjustSize()

    def _row(self, row: int, pixmap: QPixmap, name: str, count: int) -> None:
        icon = QLabel()
        icon.setPixmap(pixmap)
        text = QLabel(name)
        number = QLabel(QLocale().toString(count))
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.grid.addWidget(icon, row, 0)
        self.grid.addWidget(text, row, 1)
        self.grid.addWidget(number, row, 2)
        self.entries.append((name, count))

    def place(self) -> None:
        """Top left of the chart (top right in a right-to-left language)."""
        parent = self.parentWidget()
        self.adjustSize()
        margin = 8
        x = margin if not self.isRightToLeft() else parent.width() - self.width() - margin
        self.move(QPoint(x, margin))
