"""The record view's lower tabs: linked entities, links and events, attachments, history."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison.model.identifiers import REDACTED
from liaison.ui import vocabulary
from liaison.ui.bidi import isolate, isolate_all
from liaison.workspace.records import AttachmentInfo, EntitySummary, RecordDetail

ID_ROLE = Qt.ItemDataRole.UserRole
INVALID = QColor("#B42318")


def _tree(columns: int, parent: QWidget | None = None) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setColumnCount(columns)
    tree.setRootIsDecorated(True)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return tree


class EntitiesTab(QTreeWidget):
    """The entities the record names, each with its identifiers; activating one opens it."""

    entity_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(3)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setColumnWidth(0, 220)
        self.setColumnWidth(1, 220)
        self.itemActivated.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Entity or property"), self.tr("As written"),
                              self.tr("Normalised")])
        self.setAccessibleName(self.tr("Linked entities"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_entities(self, entities: list[EntitySummary]) -> None:
        self.clear()
        for e in entities:
            top = QTreeWidgetItem(self, isolate_all([e.caption, e.schema, ""]))
            top.setData(0, ID_ROLE, e.id)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setToolTip(0, self.tr("Open this entity"))
            for v in e.values:
                child = QTreeWidgetItem(top, isolate_all([v.prop, v.raw,
                                                          v.value if v.value != v.raw else ""]))
                child.setData(0, ID_ROLE, e.id)
                if v.kind == REDACTED:  # the sender's pseudonym or mask: not an error
                    child.setText(2, self.tr("redacted by the sender"))
                elif not v.valid:
                    for col in range(3):
                        child.setForeground(col, QBrush(INVALID))
                    child.setText(2, self.tr("⚠ invalid: {note}").format(note=v.note or v.value))
        if len(entities) <= 4:
            self.expandToDepth(0)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        entity_id = item.data(0, ID_ROLE)
        if entity_id:
            self.entity_requested.emit(str(entity_id))


class LinksEventsTab(QTreeWidget):
    """Relations between entities and events the record reports."""

    entity_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(4)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setColumnWidth(0, 160)
        self.setColumnWidth(1, 200)
        self.setColumnWidth(2, 200)
        self.itemActivated.connect(self._activated)
        self._detail: RecordDetail | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Type"), self.tr("From / involved"), self.tr("To / place"),
                              self.tr("Date")])
        self.setAccessibleName(self.tr("Links and events"))
        if self._detail is not None:
            self.show_detail(self._detail)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_detail(self, detail: RecordDetail | None) -> None:
        self.clear()
        self._detail = detail
        if detail is None:
            return
        links = QTreeWidgetItem(self, [self.tr("Links ({n})").format(n=len(detail.links))])
        for lk in detail.links:
            item = QTreeWidgetItem(links, isolate_all([
                lk.schema, lk.source_caption, lk.target_caption,
                vocabulary.date_text(str(lk.start or ""))]))
            item.setData(1, ID_ROLE, lk.source_id)
            item.setData(2, ID_ROLE, lk.target_id)
        events = QTreeWidgetItem(self, [self.tr("Events ({n})").format(n=len(detail.events))])
        for ev in detail.events:
            involved = ", ".join(f"{caption} ({role})" if role else caption
                                 for _, caption, role in ev.involved)
            item = QTreeWidgetItem(events, isolate_all([
                ev.name, involved, ev.place, vocabulary.date_text(str(ev.start or ""))]))
            if ev.involved:
                item.setData(1, ID_ROLE, ev.involved[0][0])
        self.expandAll()

    def _activated(self, item: QTreeWidgetItem, column: int) -> None:
        entity_id = item.data(column, ID_ROLE) or item.data(1, ID_ROLE)
        if entity_id:
            self.entity_requested.emit(str(entity_id))


class AttachmentsTab(QWidget):
    """Attachments listed with size and SHA-256; PNG and JPEG previewed below the list."""

    preview_requested = Signal(object)  # AttachmentInfo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = _tree(4, self)
        self.list.setRootIsDecorated(False)
        self.list.setColumnWidth(0, 220)
        self.list.setColumnWidth(1, 110)
        self.list.setColumnWidth(2, 90)
        self.list.currentItemChanged.connect(self._current_changed)
        self.preview = QLabel()
        self.preview.setObjectName("attachmentPreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(scroll)
        splitter.setSizes([120, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._items: list[AttachmentInfo] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Type"), self.tr("Size"),
                                   self.tr("SHA-256")])
        self.list.setAccessibleName(self.tr("Attachments"))
        self.preview.setAccessibleName(self.tr("Attachment preview"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_attachments(self, items: list[AttachmentInfo]) -> None:
        self.list.clear()
        self.preview.clear()
        self._items = list(items)
        locale = QLocale()
        for i, a in enumerate(items):
            item = QTreeWidgetItem(self.list, isolate_all([
                a.name, a.media_type, locale.formattedDataSize(a.size), a.sha256]))
            item.setData(0, ID_ROLE, i)
            item.setToolTip(3, a.sha256)

    def show_image(self, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image)
        width = max(200, self.width() - 40)
        if pixmap.width() > width:
            pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(pixmap)

    def show_message(self, text: str) -> None:
        self.preview.setText(text)

    def _current_changed(self, current: QTreeWidgetItem | None, _prev: object) -> None:
        self.preview.clear()
        if current is not None:
            index = current.data(0, ID_ROLE)
            if index is not None and 0 <= int(index) < len(self._items):
                self.preview_requested.emit(self._items[int(index)])


class HistoryTab(QTreeWidget):
    """Every version the originator sent, newest first, with the fields each one changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(5)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setColumnWidth(0, 70)
        self.setColumnWidth(1, 110)
        self.setColumnWidth(2, 260)
        self.setColumnWidth(3, 100)
        self._detail: RecordDetail | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Version"), self.tr("Status"), self.tr("Title"),
                              self.tr("Reported"), self.tr("Changed")])
        self.setAccessibleName(self.tr("Version history"))
        if self._detail is not None:
            self.show_detail(self._detail)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_detail(self, detail: RecordDetail | None) -> None:
        self.clear()
        self._detail = detail
        if detail is None:
            return
        for v in detail.versions:
            version = (self.tr("{n} (current)").format(n=v.version) if v.current
                       else str(v.version))
            changed = ", ".join(v.changed) if v.changed else self.tr("first version")
            QTreeWidgetItem(self, [version, vocabulary.status_name(v.status), isolate(v.title),
                                   isolate(vocabulary.date_text(v.reported)), isolate(changed)])
