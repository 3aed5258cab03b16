"""Entity hits of a search: people, accounts, phones... ranked, clusters confirmed to be
the same shown as one line, with what matched and how many records they appear in.

The search panel shows this list instead of the record table when the analyst switches
to "Entities"; activating a line (Enter or double click) opens the entity view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from liaison.ui.bidi import isolate

if TYPE_CHECKING:
    from liaison.analysis.entity_search import EntityHit

ENTITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class EntityHitsList(QTreeWidget):
    """One line per entity hit; ``entity_activated(entity id)`` when one is opened."""

    entity_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entityHits")
        self.setColumnCount(4)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Name"), self.tr("Type"), self.tr("Records"),
                              self.tr("Matched")])
        self.setAccessibleName(self.tr("Entity search results"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_hits(self, hits: list[EntityHit]) -> None:
        self.clear()
        locale = QLocale()
        for hit in hits:
            matched = ", ".join(m["value"] for m in hit.matched_identifiers)
            caption = hit.caption
            if len(hit.members) > 1:
                caption = self.tr("{caption} (+{n} confirmed same)").format(
                    caption=caption, n=len(hit.members) - 1)
            item = QTreeWidgetItem(self, [isolate(caption), hit.schema,
                                          locale.toString(hit.records), isolate(matched)])
            item.setData(0, ENTITY_ID_ROLE, hit.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(0))

    def captions(self) -> list[str]:
        return [self.topLevelItem(i).text(0) for i in range(self.topLevelItemCount())]

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        entity_id = item.data(0, ENTITY_ID_ROLE)
        if entity_id:
            self.entity_activated.emit(entity_id)
