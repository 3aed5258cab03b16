"""The entity detail: every property value as written and normalised, and where it appears."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison.model.identifiers import REDACTED
from liaison.ui import vocabulary
from liaison.ui.bidi import isolate, isolate_all
from liaison.ui.records import ID_ROLE, INVALID, RID_ROLE, make_record_table
from liaison.workspace.records import EntityDetail


class EntityView(QWidget):
    """One entity; ``record_requested(rid)`` and ``entity_requested(id)`` to navigate."""

    record_requested = Signal(int)
    entity_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entityView")
        self.detail: EntityDetail | None = None
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel()
        self.caption.setObjectName("entityCaption")
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.caption.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.caption.setFont(font)
        self.schema = QLabel()
        self.schema.setObjectName("entitySchema")
        self.schema.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.properties = QTreeWidget()
        self.properties.setObjectName("entityProperties")
        self.properties.setColumnCount(4)
        self.properties.setRootIsDecorated(False)
        self.properties.setAlternatingRowColors(True)
        self.properties.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for col, width in enumerate((130, 210, 190)):
            self.properties.setColumnWidth(col, width)
        self.records_label = QLabel()
        self.records, self.records_model = make_record_table(compact=True)
        self.records.setObjectName("entityRecords")
        self.records.activated.connect(self._record_activated)
        self.records.clicked.connect(self._record_activated)
        self.links = QTreeWidget()
        self.links.setObjectName("entityLinks")
        self.links.setColumnCount(3)
        self.links.setRootIsDecorated(False)
        self.links.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.links.setColumnWidth(0, 140)
        self.links.setColumnWidth(1, 240)
        self.links.itemActivated.connect(self._link_activated)
        self.xref = QTreeWidget()
        self.xref.setObjectName("entityXref")
        self.xref.setColumnCount(3)
        self.xref.setRootIsDecorated(False)
        self.xref.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.xref.setColumnWidth(0, 70)
        self.xref.setColumnWidth(1, 300)
        self.xref.itemActivated.connect(self._link_activated)

        head = QWidget()
        hl = QVBoxLayout(head)
        hl.setContentsMargins(10, 8, 10, 0)
        hl.addWidget(self.caption)
        hl.addWidget(self.schema)
        records_box = QWidget()
        rl = QVBoxLayout(records_box)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.records_label)
        rl.addWidget(self.records)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.properties)
        splitter.addWidget(records_box)
        splitter.addWidget(self.links)
        splitter.addWidget(self.xref)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setStretchFactor(3, 1)
        content = QWidget()
        cl = QVBoxLayout(content)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(head)
        cl.addWidget(splitter, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate()

    def retranslate(self) -> None:
        self.placeholder.setText(self.tr("Open an entity from a record to see it here."))
        self.properties.setHeaderLabels([self.tr("Property"), self.tr("As written"),
                                         self.tr("Normalised"), self.tr("Note")])
        self.properties.setAccessibleName(self.tr("Properties"))
        self.links.setHeaderLabels([self.tr("Link"), self.tr("Other entity"), self.tr("Date")])
        self.links.setAccessibleName(self.tr("Links"))
        self.xref.setHeaderLabels([self.tr("Score"), self.tr("Possibly the same as"),
                                   self.tr("Verdict")])
        self.xref.setAccessibleName(self.tr("Cross-reference candidates of this entity"))
        self.records.setAccessibleName(self.tr("Records naming this entity"))
        self.records_model.retranslate()
        if self.detail is not None:
            self.show_detail(self.detail)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_detail(self, detail: EntityDetail) -> None:
        self.detail = detail
        self.caption.setText(detail.caption)
        # The id in the partner's own file, to find the entity there again.
        self.schema.setText(self.tr("{schema} · id in the partner's file: {ref}").format(
            schema=detail.schema, ref=isolate(detail.source_ref))
            if detail.source_ref else detail.schema)
        self.properties.clear()
        for v in detail.values:
            item = QTreeWidgetItem(self.properties, isolate_all([v.prop, v.raw, v.value, v.note]))
            if v.kind == REDACTED:  # the sender's pseudonym or mask: not an error
                item.setText(3, self.tr("redacted by the sender"))
                item.setToolTip(1, self.tr("The sender redacted this value before it was "
                                           "shared; it is never compared or matched."))
            elif not v.valid:
                for col in range(4):
                    item.setForeground(col, QBrush(INVALID))
                item.setText(3, self.tr("⚠ invalid: {note}").format(note=v.note or "—"))
                item.setToolTip(1, self.tr("This value failed validation; it is kept as "
                                           "the source wrote it."))
        locale = QLocale()
        shown, total = len(detail.records), detail.record_count
        if shown < total:
            self.records_label.setText(self.tr("Appears in {total} records (newest {shown} "
                                               "listed)").format(
                total=locale.toString(total), shown=locale.toString(shown)))
        else:
            self.records_label.setText(self.tr("Appears in records: {total}").format(
                total=locale.toString(total)))
        self.records_model.set_rows(detail.records)
        self.links.clear()
        for lk in detail.links:
            outgoing = lk.source_id == detail.id
            other_id = lk.target_id if outgoing else lk.source_id
            other = lk.target_caption if outgoing else lk.source_caption
            arrow = "→" if outgoing else "←"
            item = QTreeWidgetItem(self.links, [f"{arrow} {lk.schema}", isolate(other),
                                                isolate(vocabulary.date_text(str(lk.start or "")))])
            item.setData(0, ID_ROLE, other_id)
        self._show_xref(detail)
        self.stack.setCurrentIndex(1)

    def _show_xref(self, detail: EntityDetail) -> None:
        """Entities confirmed the same first, then the candidate pairs, best first."""
        self.xref.clear()
        for other_id, caption in detail.same_as:
            item = QTreeWidgetItem(self.xref, ["", isolate(caption),
                                               self.tr("confirmed the same")])
            item.setData(0, ID_ROLE, other_id)
        verdicts = {"same": self.tr("same"), "different": self.tr("not the same"),
                    "unsure": self.tr("unsure")}
        for pair in detail.candidates:
            other = pair["b"] if pair["a"]["id"] == detail.id else pair["a"]
            agencies = ", ".join(other["agencies"])
            text = f"{other['caption']} ({other['schema']}; {agencies})" if agencies \
                else f"{other['caption']} ({other['schema']})"
            item = QTreeWidgetItem(self.xref, [f"{pair['score']:.2f}", isolate(text),
                                               verdicts.get(pair["verdict"] or "", "")])
            item.setData(0, ID_ROLE, other["id"])
            item.setToolTip(1, "\n".join(f"{e['weight']:+.2f}  {e['fact']}"
                                          for e in pair["evidence"]))

    def clear(self) -> None:
        """Forget the entity entirely (used when locking)."""
        self.detail = None
        self.caption.clear()
        self.schema.clear()
        self.properties.clear()
        self.records_label.clear()
        self.records_model.clear()
        self.links.clear()
        self.xref.clear()
        self.stack.setCurrentIndex(0)

    def _record_activated(self, index: object) -> None:
        rid = index.data(RID_ROLE) if hasattr(index, "data") else None
        if rid is not None:
            self.record_requested.emit(int(rid))

    def _link_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        other = item.data(0, ID_ROLE)
        if other:
            self.entity_requested.emit(str(other))
