"""The column view of a CSV mapping: which entity property or record field each column
feeds, and the edit that points a column somewhere else.

The functions work on the mapping's JSON form (a dict), so the JSON text in the editor
stays the one truth; templates that combine columns (``"{first} {last}"``) are left as
they are and shown as such.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

# (target, entity id, schema, property) for entity targets; "record.<field>" for records.
ENTITY_TARGETS = [
    ("person", "Person", p) for p in ("name", "firstName", "lastName", "birthDate",
                                      "nationality", "phone", "email", "address", "idNumber",
                                      "passportNumber")
] + [("company", "Company", p) for p in ("name", "registrationNumber", "country", "address")
     ] + [("account", "BankAccount", "iban")]
RECORD_TARGETS = ("title", "reference", "narrative", "reported", "language", "handling", "tlp")
UNUSED, TEMPLATE = "", "template"


def _values(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def column_use(mapping: dict[str, Any], column: str) -> str:
    """``record.<field>``, ``<entity id>.<property>``, ``template`` or ``""`` for ``column``."""
    for field, text in (mapping.get("record") or {}).items():
        if text == f"{{{column}}}":
            return f"record.{field}"
    templated = any(isinstance(t, str) and f"{{{column}}}" in t
                    for t in (mapping.get("record") or {}).values())
    for ent in mapping.get("entities") or []:
        for prop, value in (ent.get("properties") or {}).items():
            if column in _values(value):
                return f"{ent['id']}.{prop}"
            templated |= any(isinstance(v, str) and f"{{{column}}}" in v for v in _values(value))
    return TEMPLATE if templated else UNUSED


def assign_column(mapping: dict[str, Any], column: str, target: str) -> dict[str, Any]:
    """A copy of ``mapping`` where ``column`` feeds ``target`` only (``""``: nothing)."""
    m = copy.deepcopy(mapping)
    record = m.setdefault("record", {"per": "file"})
    for field in [f for f, t in record.items() if t == f"{{{column}}}"]:
        del record[field]
    for ent in m.get("entities") or []:
        props = ent.get("properties") or {}
        for prop in list(props):
            kept = [v for v in _values(props[prop]) if v != column]
            if not kept:
                del props[prop]
            elif kept != _values(props[prop]):
                props[prop] = kept if len(kept) > 1 else kept[0]
    if target.startswith("record."):
        record[target.split(".", 1)[1]] = f"{{{column}}}"
        record["per"] = "row"  # a record field taken from a column needs a record per row
    elif target:
        ent_id, prop = target.split(".", 1)
        schema = next(s for e, s, p in ENTITY_TARGETS if e == ent_id and p == prop)
        entities = m.setdefault("entities", [])
        ent = next((e for e in entities if e.get("id") == ent_id), None)
        if ent is None:
            ent = {"id": ent_id, "schema": schema, "key": [column], "properties": {}}
            entities.append(ent)
        props = ent.setdefault("properties", {})
        props[prop] = column if prop not in props else [*_values(props[prop]), column]
    return m


class ColumnsTable(QTableWidget):
    """One row per CSV column, with a choice of what it feeds."""

    assigned = Signal(str, str)  # column, target

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setObjectName("mappingColumns")
        self.setAccessibleName(self.tr("Columns and what they become"))
        self.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Becomes")])
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

    def show_mapping(self, header: list[str], mapping: dict[str, Any]) -> None:
        self.setRowCount(len(header))
        for row, column in enumerate(header):
            self.setItem(row, 0, QTableWidgetItem(column))
            combo = QComboBox()
            combo.addItem(self.tr("(not used)"), UNUSED)
            for field in RECORD_TARGETS:
                combo.addItem(self.tr("record: {field}").format(field=field), f"record.{field}")
            for ent_id, schema, prop in ENTITY_TARGETS:
                combo.addItem(f"{schema} ({ent_id}): {prop}", f"{ent_id}.{prop}")
            use = column_use(mapping, column)
            if combo.findData(use) < 0:
                combo.addItem(self.tr("(in a template: edit the JSON)") if use == TEMPLATE
                              else use, use)
            combo.setCurrentIndex(combo.findData(use))
            combo.currentIndexChanged.connect(
                lambda _i, c=column, b=combo: self.assigned.emit(c, b.currentData()))
            self.setCellWidget(row, 1, combo)
        self.resizeColumnToContents(0)

    def target(self, column: str) -> str:
        for row in range(self.rowCount()):
            if self.item(row, 0).text() == column:
                return self.cellWidget(row, 1).currentData()
        raise KeyError(column)

    def choose(self, column: str, target: str) -> None:
        """Pick ``target`` for ``column`` as the person would in its list."""
        for row in range(self.rowCount()):
            if self.item(row, 0).text() == column:
                combo = self.cellWidget(row, 1)
                combo.setCurrentIndex(combo.findData(target))
                return
        raise KeyError(column)
