"""The CSV mapping editor of the import wizard: the mapping as JSON, and the first rows of the
file as that mapping would import them.

The mapping starts as ``detect_mapping``'s guess from the header (or a mapping file the
person loads); every edit refreshes the preview. The preview reads only the first 64 KiB
of the file (``formats.tabular.preview``), which stays well under the 50 ms budget for a
GUI-thread read.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison.formats.base import ImportOptions
from liaison.formats.tabular import preview
from liaison.formats.tabular_mapping import detect_mapping, load_mapping
from liaison.model.errors import LiaisonError
from liaison.ui.mapping_columns import ColumnsTable, assign_column

PREVIEW_ROWS = 20
_REFRESH_MS = 300


def guess_mapping(path: Path) -> dict[str, Any]:
    """``detect_mapping`` over the file's header (read with an empty mapping)."""
    header, _ = preview(path, {}, rows=0)
    return detect_mapping(header)


def _entity_text(entity: dict[str, Any]) -> str:
    props = "; ".join(f"{p}={', '.join(vs)}" for p, vs in entity["properties"].items())
    return f"{entity['schema']}: {entity['caption']} ({props})"


class MappingEditor(QWidget):
    """Edit one CSV file's mapping and see its first rows mapped."""

    valid_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.options: ImportOptions | None = None  # the source the import will name
        self.valid = False
        self.file_label = QLabel()
        self.text = QPlainTextEdit()
        self.text.setObjectName("mappingText")
        self.text.setAccessibleName(self.tr("Mapping (JSON)"))
        self.guess_button = QPushButton(self.tr("&Guess from header"))
        self.load_button = QPushButton(self.tr("&Load mapping…"))
        self.save_button = QPushButton(self.tr("&Save mapping…"))
        self.status = QLabel()
        self.status.setObjectName("mappingStatus")
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("mappingPreview")
        self.table.setAccessibleName(self.tr("Preview of the first rows"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Line"), self.tr("Record"), self.tr("Entities"), self.tr("Links"),
            self.tr("Issues")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.columns = ColumnsTable()
        self.columns.assigned.connect(self.assign)
        self.header: list[str] = []
        buttons = QHBoxLayout()
        for b in (self.guess_button, self.load_button, self.save_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.columns)
        split.addWidget(self.text)
        layout.addWidget(split, 2)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 3)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)
        self.text.textChanged.connect(lambda: self._timer.start(_REFRESH_MS))
        self.guess_button.clicked.connect(self.guess)
        self.load_button.clicked.connect(self._choose_mapping)
        self.save_button.clicked.connect(self._save_as)

    # --- what the wizard uses ----------------------------------------------------------

    def set_file(self, path: Path, mapping: dict[str, Any] | None = None,
                 options: ImportOptions | None = None) -> None:
        """Show ``path`` with ``mapping``, or the guess from its header; the preview names
        the source agency and country of ``options``."""
        self.path = Path(path)
        self.options = options
        self.file_label.setText(self.tr("Mapping for {file}").format(file=self.path.name))
        if mapping is None:
            self.guess()
        else:
            self.set_mapping(mapping)

    def set_mapping(self, mapping: dict[str, Any]) -> None:
        self.text.setPlainText(json.dumps(mapping, indent=2, ensure_ascii=False))
        self.refresh()

    def mapping(self) -> dict[str, Any] | None:
        """The edited mapping if it is valid JSON and a valid mapping, else None."""
        try:
            raw = json.loads(self.text.toPlainText())
            load_mapping(raw)
        except (ValueError, LiaisonError):
            return None
        return raw

    def assign(self, column: str, target: str) -> None:
        """Make ``column`` feed ``target`` (a record field or entity property) only."""
        try:
            raw = json.loads(self.text.toPlainText())
        except ValueError:
            return  # the status line already says the JSON is broken
        if isinstance(raw, dict):
            self.set_mapping(assign_column(raw, column, target))

    def guess(self) -> None:
        if self.path is None:
            return
        try:
            self.set_mapping(guess_mapping(self.path))
        except LiaisonError as exc:
            self._invalid(str(exc))

    def load(self, source: Path) -> None:
        """Replace the mapping with a JSON mapping file's content."""
        try:
            load_mapping(source)
            raw = json.loads(Path(source).read_text(encoding="utf-8-sig"))
        except (OSError, ValueError, LiaisonError) as exc:
            self._invalid(str(exc))
            return
        self.set_mapping(raw)

    def save(self, target: Path) -> None:
        """Write the mapping as JSON (atomically: a temporary file, then a rename)."""
        mapping = self.mapping()
        if mapping is None:
            return
        target = Path(target)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_text(json.dumps(mapping, indent=2, ensure_ascii=False) + "\n",
                       encoding="utf-8")
        tmp.replace(target)
        self.status.setText(self.tr("Mapping saved to {file}.").format(file=target.name))

    # --- inside --------------------------------------------------------------------------

    def _choose_mapping(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Load a CSV mapping"), "",
                                              self.tr("Mappings (*.json);;All files (*)"))
        if name:
            self.load(Path(name))

    def _save_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the CSV mapping"), "",
                                              self.tr("Mappings (*.json)"))
        if name:
            self.save(Path(name))

    def _invalid(self, message: str) -> None:
        self.status.setText(message)
        self.table.setRowCount(0)
        self._set_valid(False)

    def _set_valid(self, valid: bool) -> None:
        self.save_button.setEnabled(valid)
        if valid != self.valid:
            self.valid = valid
            self.valid_changed.emit(valid)

    def refresh(self) -> None:
        """Re-read the first rows through the current mapping."""
        self._timer.stop()
        if self.path is None:
            return
        try:
            raw = json.loads(self.text.toPlainText())
        except ValueError as exc:
            self._invalid(self.tr("The mapping is not valid JSON: {error}").format(error=exc))
            return
        try:
            self.header, rows = preview(self.path, raw, rows=PREVIEW_ROWS,
                                        options=self.options)
        except LiaisonError as exc:
            self._invalid(str(exc))
            return
        except OSError as exc:
            self._invalid(self.tr("{file} cannot be read: {error}").format(
                file=self.path.name, error=exc.strerror or exc))
            return
        self.columns.show_mapping(self.header, raw)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            record = row.get("record", {})
            cells = [
                str(row["line"]),
                " · ".join(f"{k}: {v}" for k, v in record.items()),
                "\n".join(_entity_text(e) for e in row.get("entities", [])),
                "\n".join(f"{link['schema']}: {link['source']} → {link['target']}"
                          for link in row.get("links", [])),
                "\n".join(row.get("issues", [])) or row.get("issue", ""),
            ]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.status.setText(self.tr("The first {n} rows as they would be imported.")
                            .format(n=len(rows)))
        self._set_valid(True)
