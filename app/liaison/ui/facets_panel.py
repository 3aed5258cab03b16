"""Facet counts of the last search (agency, country, handling, TLP, year); a click filters.

The counts cover the whole hit set, not just the page shown (analysis.search does
one grouped pass). Clicking a value emits the query filter to add, e.g.
``agency:"Hellenic Police"`` or ``reported:2025``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from liaison.ui.search_bar import quoted

FILTER_ROLE = Qt.ItemDataRole.UserRole + 1
# Facet name -> the query field that filters on it (a year is a reported date range).
FACET_FIELDS = {"agency": "agency", "country": "country", "handling": "handling",
                "tlp": "tlp", "year": "reported"}


class FacetsPanel(QWidget):
    """A tree of facets and their counts; ``filter_requested(filter)`` on a click."""

    filter_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("facetsPanel")
        # Narrower than this, an agency name and its count no longer fit side by side.
        self.setMinimumWidth(190)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("facetsTree")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self._facets: dict[str, dict[str, int]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self.retranslate()

    def _titles(self) -> dict[str, Callable[[], str]]:
        return {"agency": lambda: self.tr("Agency"), "country": lambda: self.tr("Country"),
                "handling": lambda: self.tr("Handling"), "tlp": lambda: self.tr("TLP"),
                "year": lambda: self.tr("Year")}

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Facet"), self.tr("Records")])
        self.tree.setAccessibleName(self.tr("Search facets"))
        self.show_facets(self._facets)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_facets(self, facets: dict[str, dict[str, int]]) -> None:
        """Replace the counts with those of a new result."""
        self._facets = facets
        self.tree.clear()
        locale = QLocale()
        titles = self._titles()
        for name, field in FACET_FIELDS.items():
            counts = facets.get(name) or {}
            if not counts:
                continue
            top = QTreeWidgetItem(self.tree, [titles[name](), ""])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for value, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
                item = QTreeWidgetItem(top, [value, locale.toString(n)])
                item.setData(0, FILTER_ROLE, f"{field}:{quoted(value)}")
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            top.setExpanded(True)
        self.tree.resizeColumnToContents(0)

    def counts(self, name: str) -> dict[str, int]:
        return dict(self._facets.get(name) or {})

    def item_for(self, name: str, value: str) -> QTreeWidgetItem | None:
        """The tree item of one facet value (what a person would click)."""
        wanted = f"{FACET_FIELDS[name]}:{quoted(value)}"
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, FILTER_ROLE) == wanted:
                    return top.child(j)
        return None

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        value = item.data(0, FILTER_ROLE)
        if value:
            self.filter_requested.emit(str(value))

    def clear(self) -> None:
        self.show_facets({})
