"""File ▸ Import…: choose files, import each (format detected), show what happened.

A stop-gap until the import wizard (format choice, CSV mapping preview) arrives;
it uses the same Workspace.import_file, so each file is imported all-or-nothing
and a cancel leaves the store unchanged.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from liaison.model.progress import Progress
from liaison.ui.operations import Executor, Operation, run_operation
from liaison.workspace import Workspace

if TYPE_CHECKING:
    from liaison.store.ingest import ImportReport

translate = QCoreApplication.translate


def choose_files(parent: QWidget) -> list[Path]:
    files, _ = QFileDialog.getOpenFileNames(
        parent, translate("ImportAction", "Import intelligence files"), "",
        translate("ImportAction", "Intelligence files (*.csv *.tsv *.json *.ijson *.jsonl "
                                  "*.ndjson);;All files (*)"))
    return [Path(f) for f in files]


def report_text(reports: list[ImportReport]) -> tuple[str, str]:
    """(summary, details) of one or more import reports, for a message box."""
    locale = QLocale()
    lines, details = [], []
    for report in reports:
        records = report.counts["records"]
        entities = report.counts["entities"]
        lines.append(translate(
            "ImportAction", "{file}: {new} new records, {merged} updated, {same} unchanged; "
            "{entities} new entities; {flagged} flagged, {skipped} skipped.").format(
            file=report.file, new=locale.toString(records.imported),
            merged=locale.toString(records.merged), same=locale.toString(records.unchanged),
            entities=locale.toString(entities.imported),
            flagged=locale.toString(report.flagged_total),
            skipped=locale.toString(report.skipped_total)))
        for issue in report.skipped + report.flagged:
            kind = (translate("ImportAction", "skipped") if issue.skipped
                    else translate("ImportAction", "flagged"))
            details.append(f"{report.file}: {kind}: {issue.where}: {issue.message}")
    return "\n".join(lines), "\n".join(details)


def import_files(parent: QWidget, workspace: Workspace, files: list[Path], *,
                 executor: Executor | None = None) -> Operation:
    """Import ``files`` one after the other on the worker; a report box follows."""

    def work(progress: Progress) -> list[ImportReport]:
        reports = []
        for path in files:
            reports.append(workspace.import_file(path, progress=progress))
        return reports

    def done(reports: list[ImportReport]) -> None:
        summary, details = report_text(reports)
        box = QMessageBox(QMessageBox.Icon.Information,
                          translate("ImportAction", "Import finished"), summary,
                          QMessageBox.StandardButton.Close, parent)
        box.setObjectName("importReport")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if details:
            box.setDetailedText(details)
        box.open()

    return run_operation(parent, work, title=translate("ImportAction", "Importing"),
                         on_success=done, changes=True, executor=executor)
