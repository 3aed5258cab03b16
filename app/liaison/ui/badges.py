"""Handling-code and TLP badges, drawn the same way wherever a record appears.

TLP colours are FIRST's TLP 2.0 colours (RED #FF2B2B, AMBER #FFC000, GREEN
#33FF00, CLEAR white with a border); handling codes H0–H3 run from neutral grey
to a strong dark blue, so the most restricted records stand out without shouting.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)


@dataclass(frozen=True)
class BadgeStyle:
    fill: str
    text: str
    border: str | None = None


TLP_STYLES = {
    "RED": BadgeStyle("#FF2B2B", "#000000"),
    "AMBER+STRICT": BadgeStyle("#FFC000", "#000000"),
    "AMBER": BadgeStyle("#FFC000", "#000000"),
    "GREEN": BadgeStyle("#33FF00", "#000000"),
    "CLEAR": BadgeStyle("#FFFFFF", "#000000", "#7A7A7A"),
}
HANDLING_STYLES = {
    "H0": BadgeStyle("#E4E6EA", "#1F2328", "#C4C8CE"),
    "H1": BadgeStyle("#B9C6DA", "#111827"),
    "H2": BadgeStyle("#4F6286", "#FFFFFF"),
    "H3": BadgeStyle("#1B2A4A", "#FFFFFF"),
}
UNKNOWN = BadgeStyle("#F3F4F6", "#4B5563", "#9CA3AF")
KINDS = ("tlp", "handling")


def badge_style(kind: str, code: str | None) -> BadgeStyle:
    table = TLP_STYLES if kind == "tlp" else HANDLING_STYLES
    return table.get((code or "").upper(), UNKNOWN)


def badge_text(kind: str, code: str | None) -> str:
    """``TLP:AMBER`` is how FIRST writes the label; handling codes stand alone."""
    if not code:
        return ""
    return f"TLP:{code.upper()}" if kind == "tlp" else code.upper()


def paint_badge(painter: QPainter, rect: QRect, kind: str, code: str | None) -> None:
    """Draw one badge left-aligned (right-aligned in right-to-left) and centred in ``rect``."""
    text = badge_text(kind, code)
    if not text:
        return
    style = badge_style(kind, code)
    font = painter.font()
    font.setBold(True)
    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
    metrics = QFontMetrics(font)
    width = metrics.horizontalAdvance(text) + 12
    height = min(rect.height() - 4, metrics.height() + 4)
    left = rect.left() + 4
    if painter.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        left = rect.right() - 4 - width
    box = QRectF(left, rect.center().y() - height / 2 + 0.5, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(style.border), 1) if style.border else Qt.PenStyle.NoPen)
    painter.setBrush(QColor(style.fill))
    painter.drawRoundedRect(box, 3, 3)
    painter.setFont(font)
    painter.setPen(QColor(style.text))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


class BadgeDelegate(QStyledItemDelegate):
    """Paints a column holding a TLP level or a handling code as a badge."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        code = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        painter.setLayoutDirection(opt.direction)
        paint_badge(painter, opt.rect, self.kind, code)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, max(size.height(), 22))


class BadgeLabel(QLabel):
    """A badge as a widget, for the record view's header."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_code(None)

    def set_code(self, code: str | None) -> None:
        text = badge_text(self.kind, code)
        style = badge_style(self.kind, code)
        self.setText(text)
        self.setVisible(bool(text))
        border = style.border or style.fill
        self.setStyleSheet(
            f"QLabel {{ background: {style.fill}; color: {style.text}; "
            f"border: 1px solid {border}; border-radius: 3px; padding: 1px 6px; "
            "font-weight: bold; }")
        self.setAccessibleName(text)

