"""File ▸ Import…: the import wizard (issue 5, item 3).

Files → format per file and source defaults → CSV mapping with a preview → the import,
run as an operation with progress and Cancel → the report. Each file is imported
all-or-nothing by ``Workspace.import_file``, so a cancel leaves the file being imported
out of the store entirely (files finished before it stay, and the wizard says so).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from liaison.formats.base import ImportOptions
from liaison.formats.importer import READERS, detect_format
from liaison.model.errors import LiaisonError, OperationCancelled
from liaison.model.progress import Progress
from liaison.model.values import HANDLING_CODES, TLP_LEVELS
from liaison.ui.mapping_editor import MappingEditor
from liaison.ui.operations import Executor, Operation, run_operation
from liaison.workspace import Workspace

if TYPE_CHECKING:
    from liaison.store.ingest import ImportReport

FILE_FILTER = "*.csv *.tsv *.txt *.json *.ijson *.jsonl *.ndjson *.graphml *.gexf"
PAGE_FILES, PAGE_OPTIONS, PAGE_MAPPING, PAGE_RUN, PAGE_REPORT = range(5)


class FilesPage(QWizardPage):
    """Choose one or more files."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Files to import"))
        self.setSubTitle(self.tr("CSV, FollowTheMoney, STIX 2.1, MISP, GraphML or GEXF files."))
        self.list = QListWidget()
        self.list.setObjectName("importFiles")
        self.list.setAccessibleName(self.tr("Files to import"))
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._choose)
        self.remove_button.clicked.connect(self._remove)
        self._wizard = wizard

    def _choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import intelligence files"), "",
            self.tr("Intelligence files ({patterns});;All files (*)").format(
                patterns=FILE_FILTER))
        self.add_files([Path(n) for n in names])

    def _remove(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.completeChanged.emit()

    def add_files(self, paths: list[Path]) -> None:
        present = set(self.files())
        for path in paths:
            if Path(path) not in present:
                self.list.addItem(str(path))
        self.completeChanged.emit()

    def files(self) -> list[Path]:
        return [Path(self.list.item(i).text()) for i in range(self.list.count())]

    def isComplete(self) -> bool:
        return self.list.count() > 0


class OptionsPage(QWizardPage):
    """The detected format of each file (editable) and what to assume about the source."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Formats and source"))
        self.setSubTitle(self.tr("Check each file's format, and say who sent the files. "
                                 "Handling and TLP apply where a file says nothing."))
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("importFormats")
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Format")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.agency = QLineEdit()
        self.agency.setObjectName("importAgency")
        self.agency.setPlaceholderText(self.tr("as the file says"))
        self.country = QLineEdit()
        self.country.setObjectName("importCountry")
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(self.tr("ISO code, e.g. ES"))
        self.handling = QComboBox()
        self.handling.setObjectName("importHandling")
        self.tlp = QComboBox()
        self.tlp.setObjectName("importTlp")
        self.handling.addItem(self.tr("as the file says"), None)
        for code in HANDLING_CODES:
            self.handling.addItem(code, code)
        self.tlp.addItem(self.tr("as the file says"), None)
        for level in TLP_LEVELS:
            self.tlp.addItem(f"TLP:{level}", level)
        form = QFormLayout()
        form.addRow(self.tr("Source &agency:"), self.agency)
        form.addRow(self.tr("Agency's &country:"), self.country)
        form.addRow(self.tr("&Handling code:"), self.handling)
        form.addRow(self.tr("&TLP:"), self.tlp)
        self.message = QLabel()
        self.message.setObjectName("formatMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(form)

    def initializePage(self) -> None:
        files = self._wizard.files_page.files()
        self.table.setRowCount(len(files))
        unknown = []
        for row, path in enumerate(files):
            self.table.setItem(row, 0, QTableWidgetItem(path.name))
            combo = QComboBox()
            combo.addItem(self.tr("choose a format"), None)
            for fmt in READERS:
                combo.addItem(fmt, fmt)
            try:
                combo.setCurrentIndex(combo.findData(detect_format(path)))
            except LiaisonError as exc:
                unknown.append(str(exc))
            combo.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
            self.table.setCellWidget(row, 1, combo)
        self.table.resizeColumnsToContents()
        self.message.setText("\n".join(unknown))
        self.completeChanged.emit()

    def formats(self) -> list[str | None]:
        return [self.table.cellWidget(r, 1).currentData() for r in range(self.table.rowCount())]

    def set_format(self, row: int, fmt: str) -> None:
        combo = self.table.cellWidget(row, 1)
        combo.setCurrentIndex(combo.findData(fmt))

    def options(self) -> ImportOptions:
        return ImportOptions(agency=self.agency.text().strip() or None,
                             country=self.country.text().strip().upper() or None,
                             handling=self.handling.currentData(), tlp=self.tlp.currentData())

    def isComplete(self) -> bool:
        return self.table.rowCount() > 0 and all(self.formats())

    def nextId(self) -> int:
        return PAGE_MAPPING if "csv" in self.formats() else PAGE_RUN


class MappingPage(QWizardPage):
    """The mapping of each CSV file, with the first rows as they would be imported."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("CSV mapping"))
        self.setSubTitle(self.tr("Which columns become which entity properties and record "
                                 "fields. Start from the guess, edit, load or save a mapping."))
        self.mappings: dict[Path, dict[str, Any]] = {}
        self.file = QComboBox()
        self.file.setObjectName("mappingFile")
        self.editor = MappingEditor()
        self.editor.valid_changed.connect(lambda _v: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.file)
        layout.addWidget(self.editor)
        self._current: Path | None = None
        self.file.currentIndexChanged.connect(self._switch)

    def csv_files(self) -> list[Path]:
        files = self._wizard.files_page.files()
        return [p for p, f in zip(files, self._wizard.options_page.formats(), strict=True)
                if f == "csv"]

    def initializePage(self) -> None:
        self._current = None
        self.file.blockSignals(True)
        self.file.clear()
        for path in self.csv_files():
            self.file.addItem(path.name, str(path))
        self.file.blockSignals(False)
        self.file.setVisible(self.file.count() > 1)
        self._switch()

    def _keep(self) -> None:
        if self._current is not None:
            mapping = self.editor.mapping()
            if mapping is not None:
                self.mappings[self._current] = mapping

    def _switch(self) -> None:
        self._keep()
        if self.file.count() == 0:
            return
        self._current = Path(self.file.currentData())
        self.editor.set_file(self._current, self.mappings.get(self._current),
                             self._wizard.options_page.options())
        self.completeChanged.emit()

    def validatePage(self) -> bool:
        self._keep()
        return all(p in self.mappings for p in self.csv_files())

    def isComplete(self) -> bool:
        return self.editor.valid


class RunPage(QWizardPage):
    """Runs the import on the workspace worker; Cancel stops it with nothing changed."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Importing"))
        # A commit page: once the report shows, Back must not run the import again.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Show the &report"))
        self.label = QLabel()
        self.label.setObjectName("importStatus")
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.cancel_button = QPushButton(self.tr("&Cancel the import"))
        self.cancel_button.setObjectName("cancelImport")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        layout.addStretch(1)
        self.cancel_button.clicked.connect(self.cancel)
        self.operation: Operation | None = None
        self.reports: list[ImportReport] = []
        self.finished = False

    def initializePage(self) -> None:
        self.finished = False
        self.reports = []
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.label.setText(self.tr("Importing…"))
        self.operation = self._wizard.start_import(self)

    def cleanupPage(self) -> None:
        self.cancel()

    def cancel(self) -> None:
        if self.operation is not None and not self.finished:
            self.operation.cancel()

    def progressed(self, done: int, total: int | None, message: str) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if message:
            self.label.setText(message)

    def succeeded(self, reports: list[ImportReport]) -> None:
        self.finished = True
        self.operation = None
        self.reports = reports
        self.completeChanged.emit()
        self._wizard.next()

    def failed(self, exc: BaseException, done: list[ImportReport], current: Path | None) -> None:
        self.finished = True
        self.operation = None
        self.reports = done
        self.cancel_button.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        kept = ""
        if done:
            kept = " " + self.tr("The files imported before it are kept: {files}.").format(
                files=", ".join(r.file for r in done))
        name = current.name if current is not None else ""
        if isinstance(exc, OperationCancelled):
            text = self.tr("Cancelled; nothing of {file} was changed.").format(file=name)
        elif isinstance(exc, LiaisonError):
            text = self.tr("{file} could not be imported; nothing of it was changed.\n{error}"
                           ).format(file=name, error=exc)
        else:
            text = self.tr("An unexpected error stopped the import of {file}; nothing of it "
                           "was changed ({kind}).").format(file=name, kind=type(exc).__name__)
        self.label.setText(text + kept)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.finished and bool(self.reports)  # after a cancel: the files done before

    def nextId(self) -> int:
        return PAGE_REPORT


class ReportPage(QWizardPage):
    """What the import did: counts per kind, flagged and skipped issues, watchlist hits."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Import report"))
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("importReport")
        self.tree.setAccessibleName(self.tr("Import report"))
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Imported"), self.tr("Merged"),
                                   self.tr("Unchanged")])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)

    def initializePage(self) -> None:
        reports = self._wizard.run_page.reports
        self.tree.clear()
        locale = QLocale()
        n = locale.toString
        kinds = {"records": self.tr("Records"), "entities": self.tr("Entities"),
                 "links": self.tr("Links"), "events": self.tr("Events")}
        for report in reports:
            top = QTreeWidgetItem([self.tr("{file} ({format})").format(
                file=report.file, format=report.format)])
            self.tree.addTopLevelItem(top)
            for kind, label in kinds.items():
                c = report.counts[kind]
                top.addChild(QTreeWidgetItem([label, n(c.imported), n(c.merged),
                                              n(c.unchanged)]))
            for title, issues, total in (
                    (self.tr("Flagged: {n}"), report.flagged, report.flagged_total),
                    (self.tr("Skipped: {n}"), report.skipped, report.skipped_total)):
                group = QTreeWidgetItem([title.format(n=n(total))])
                top.addChild(group)
                for issue in issues:
                    group.addChild(QTreeWidgetItem([f"{issue.where}: {issue.message}"]))
                if total > len(issues):
                    group.addChild(QTreeWidgetItem([self.tr("… and {n} more").format(
                        n=n(total - len(issues)))]))
            self._add_defaults(top, report, n)
            self._add_kept(top, report, n)
            hits = QTreeWidgetItem([self.tr("Watchlist hits: {n}").format(
                n=n(len(report.watch_hits)))])
            top.addChild(hits)
            for hit in report.watch_hits:
                hits.addChild(QTreeWidgetItem([self.tr("{watch}: {title}").format(
                    watch=hit.get("watch", ""), title=hit.get("title", ""))]))
            if report.patterns is not None:  # the detectors ran on what it brought
                top.addChild(QTreeWidgetItem([self.tr(
                    "New pattern findings: {n} (see the Findings panel)").format(
                    n=n(report.patterns["new"]))]))
            top.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        records = sum(r.counts["records"].imported for r in reports)
        merged = sum(r.counts["records"].merged for r in reports)
        entities = sum(r.counts["entities"].imported for r in reports)
        self.summary.setText(self.tr(
            "Files imported: {files}; new records: {records}, updated: {merged}; new "
            "entities: {entities}; flagged: {flagged}, skipped: {skipped}; watchlist hits: "
            "{hits}.").format(
            files=n(len(reports)), records=n(records), merged=n(merged), entities=n(entities),
            flagged=n(sum(r.flagged_total for r in reports)),
            skipped=n(sum(r.skipped_total for r in reports)),
            hits=n(sum(len(r.watch_hits) for r in reports))))


    def _add_defaults(self, top: QTreeWidgetItem, report: Any, n: Any) -> None:
        """Which markings came from the sending partner's defaults, on how many records."""
        fields = {"handling": self.tr("Handling code"), "tlp": self.tr("TLP"),
                  "reliability": self.tr("Source reliability"),
                  "assessment": self.tr("Information assessment")}
        for partner, found in report.from_defaults.items():
            group = QTreeWidgetItem([self.tr("From {partner}'s defaults (the file stated "
                                             "none)").format(partner=partner)])
            top.addChild(group)
            for name, (value, count) in found.items():
                group.addChild(QTreeWidgetItem([self.tr("{field} {value}: {n} records").format(
                    field=fields.get(name, name), value=value, n=n(count))]))

    def _add_kept(self, top: QTreeWidgetItem, report: Any, n: Any) -> None:
        """What each type of the file's objects became (issue 17: nothing dropped)."""
        if not report.kept:
            return
        group = QTreeWidgetItem([self.tr("What the file held became ({n} objects kept "
                                         "verbatim)").format(n=n(report.originals_kept))])
        top.addChild(group)
        for source_type, targets in sorted(report.kept.items()):
            went = ", ".join(f"{n(count)} {target}" for target, count in sorted(targets.items()))
            group.addChild(QTreeWidgetItem([f"{source_type}: {went}"]))


class ImportWizard(QWizard):
    """The import wizard over one workspace; its work runs on ``executor``."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *,
                 executor: Executor | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import"))
        self.workspace, self.executor = workspace, executor
        self.files_page = FilesPage(self)
        self.options_page = OptionsPage(self)
        self.mapping_page = MappingPage(self)
        self.run_page = RunPage(self)
        self.report_page = ReportPage(self)
        for pid, page in ((PAGE_FILES, self.files_page), (PAGE_OPTIONS, self.options_page),
                          (PAGE_MAPPING, self.mapping_page), (PAGE_RUN, self.run_page),
                          (PAGE_REPORT, self.report_page)):
            self.setPage(pid, page)
        self.resize(820, 600)

    def add_files(self, paths: list[Path]) -> None:
        self.files_page.add_files(paths)

    def reject(self) -> None:
        """Closing the wizard during an import cancels it (nothing of that file changes)."""
        self.run_page.cancel()
        super().reject()

    def jobs(self) -> list[tuple[Path, str, ImportOptions]]:
        """(file, format, options) for each file, mappings included, as the pages hold them."""
        base = self.options_page.options()
        out = []
        for path, fmt in zip(self.files_page.files(), self.options_page.formats(), strict=True):
            options = ImportOptions(agency=base.agency, country=base.country,
                                    handling=base.handling, tlp=base.tlp)
            if fmt == "csv":
                options.extra["mapping"] = self.mapping_page.mappings[path]
            out.append((path, str(fmt), options))
        return out

    def start_import(self, page: RunPage) -> Operation:
        ws, jobs = self.workspace, self.jobs()
        done: list[ImportReport] = []
        current: list[Path | None] = [None]

        def work(progress: Progress) -> list[ImportReport]:
            for path, fmt, options in jobs:
                current[0] = path
                done.append(ws.import_file(path, fmt, options, progress))
            current[0] = None
            return list(done)

        op = run_operation(self, work, title=self.tr("Importing"),
                           on_success=page.succeeded,
                           on_failure=lambda exc: page.failed(exc, list(done), current[0]),
                           changes=True, executor=self.executor)
        # The page shows progress too (the operation's own window appears only after 0.5 s).
        op._relay.progressed.connect(page.progressed)
        return op
