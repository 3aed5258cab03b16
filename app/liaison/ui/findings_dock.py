"""Pattern findings (issue 22): what the detectors found, each with its rule and numbers,
filtered by detector and status; confirm or dismiss it, chart it, open its records and
entities.

Listing, running and judging are operations on the workspace worker, through the same
facade calls as ``liaison patterns`` (so verdicts are remembered and audited the same
way). Charting a finding builds the link chart of its records and selects its entities
there (the shared selection, ``ui/selection.py``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison.ui.bidi import isolate
from liaison.ui.operations import Executor, run_operation
from liaison.workspace import Workspace

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

# The detectors' names as analysis.patterns.DETECTORS has them (repeated, as the command
# line does, so that building the window does not import numpy and networkx).
DETECTORS = ("fan", "pass-through", "structuring", "circular", "bridge", "burst",
             "co-presence", "similar")
# Status filter -> the statuses it lists; "open" is what still asks for a verdict or
# stands confirmed (the command line's default listing).
STATUS_FILTERS = {"open": ("new", "confirmed"), "new": ("new",),
                  "confirmed": ("confirmed",), "dismissed": ("dismissed",),
                  "all": ("new", "confirmed", "dismissed")}


class FindingsDock(QWidget):
    """The findings list, its filters and verdict buttons. ``chart_requested(entity ids,
    record ids)``, ``record_requested(id)`` and ``entity_requested(id)`` ask the window
    to show them."""

    chart_requested = Signal(list, list)
    record_requested = Signal(str)
    entity_requested = Signal(str)

    def __init__(self, executor: Executor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsDock")
        self.executor = executor
        self.workspace: Workspace | None = None
        self._all: list[dict[str, Any]] = []
        self._involved_for: str | None = None
        self.caption = QLabel(self)
        self.caption.setObjectName("findingsCaption")
        self.detector = QComboBox(self)
        self.detector.setObjectName("findingsDetector")
        self.status = QComboBox(self)
        self.status.setObjectName("findingsStatus")
        for _ in range(len(DETECTORS) + 1):
            self.detector.addItem("")
        for _ in STATUS_FILTERS:
            self.status.addItem("")
        self.detector.currentIndexChanged.connect(lambda _i: self._fill())
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.run_button = QPushButton(self)
        self.run_button.setObjectName("findingsRunButton")
        self.run_button.clicked.connect(self.run)
        self.on_import = QCheckBox(self)
        self.on_import.setObjectName("findingsOnImport")
        self.on_import.clicked.connect(self._set_on_import)

        self.findings = QTreeWidget(self)
        self.findings.setObjectName("findingsList")
        self.findings.setColumnCount(6)
        self.findings.setRootIsDecorated(False)
        self.findings.setUniformRowHeights(True)
        self.findings.currentItemChanged.connect(lambda _c, _p: self._show_current())
        self.findings.itemDoubleClicked.connect(lambda _i, _c: self.chart())
        self.explanation = QLabel(self)
        self.explanation.setObjectName("findingsExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.entities = QListWidget(self)
        self.entities.setObjectName("findingsEntities")
        self.entities.itemActivated.connect(
            lambda item: self.entity_requested.emit(item.data(ID_ROLE)))
        self.records = QListWidget(self)
        self.records.setObjectName("findingsRecords")
        self.records.itemActivated.connect(
            lambda item: self.record_requested.emit(item.data(ID_ROLE)))
        self.entities_label = QLabel(self)
        self.records_label = QLabel(self)
        self.confirm_button = QPushButton(self)
        self.confirm_button.setObjectName("findingsConfirmButton")
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.setObjectName("findingsDismissButton")
        self.reopen_button = QPushButton(self)
        self.reopen_button.setObjectName("findingsReopenButton")
        self.chart_button = QPushButton(self)
        self.chart_button.setObjectName("findingsChartButton")
        self.confirm_button.clicked.connect(lambda: self.judge("confirm"))
        self.dismiss_button.clicked.connect(lambda: self.judge("dismiss"))
        self.reopen_button.clicked.connect(lambda: self.judge("reopen"))
        self.chart_button.clicked.connect(self.chart)

        filters = QHBoxLayout()
        filters.addWidget(self.detector, 1)
        filters.addWidget(self.status, 1)
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.on_import)
        top.addWidget(self.run_button)
        detail = QWidget(self)
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.explanation)
        lists = QHBoxLayout()
        for label, view in ((self.entities_label, self.entities),
                            (self.records_label, self.records)):
            box = QVBoxLayout()
            box.addWidget(label)
            box.addWidget(view, 1)
            lists.addLayout(box, 1)
        column.addLayout(lists, 1)
        buttons = QHBoxLayout()
        for b in (self.confirm_button, self.dismiss_button, self.reopen_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.chart_button)
        column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.findings)
        splitter.addWidget(detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self._update_buttons()

    # --- texts -------------------------------------------------------------------------------

    def detector_names(self) -> dict[str, str]:
        return {"fan": self.tr("Fan-in, fan-out"), "pass-through": self.tr("Pass-through"),
                "structuring": self.tr("Structuring"), "circular": self.tr("Circular flow"),
                "bridge": self.tr("Bridge between networks"), "burst": self.tr("Burst"),
                "co-presence": self.tr("Co-presence"), "similar": self.tr("Similar cases")}

    def status_names(self) -> dict[str, str]:
        return {"new": self.tr("new"), "confirmed": self.tr("confirmed"),
                "dismissed": self.tr("dismissed")}

    def retranslate(self) -> None:
        self.findings.setHeaderLabels([self.tr("Score"), self.tr("Detector"),
                                       self.tr("Finding"), self.tr("Entities"),
                                       self.tr("Records"), self.tr("Status")])
        self.findings.setAccessibleName(self.tr("Pattern findings"))
        names = self.detector_names()
        self.detector.setItemText(0, self.tr("All detectors"))
        for i, name in enumerate(DETECTORS, start=1):
            self.detector.setItemText(i, names[name])
        self.detector.setAccessibleName(self.tr("Detector"))
        texts = {"open": self.tr("To review and confirmed"), "new": self.tr("New"),
                 "confirmed": self.tr("Confirmed"), "dismissed": self.tr("Dismissed"),
                 "all": self.tr("All, dismissed too")}
        for i, key in enumerate(STATUS_FILTERS):
            self.status.setItemText(i, texts[key])
        self.status.setAccessibleName(self.tr("Status"))
        self.run_button.setText(self.tr("&Run the detectors"))
        self.run_button.setToolTip(self.tr("Look for every pattern in all the records"))
        self.on_import.setText(self.tr("Run on &arrival"))
        self.on_import.setToolTip(self.tr(
            "Run the detectors on what each import and received package brings (for "
            "everyone using this workspace)"))
        self.entities_label.setText(self.tr("Entities (double-click to open)"))
        self.records_label.setText(self.tr("Records (double-click to open)"))
        self.confirm_button.setText(self.tr("C&onfirm"))
        self.dismiss_button.setText(self.tr("&Dismiss"))
        self.dismiss_button.setToolTip(self.tr(
            "Not listed again unless its evidence changes"))
        self.reopen_button.setText(self.tr("Reo&pen"))
        self.chart_button.setText(self.tr("Chart &it"))
        self.chart_button.setToolTip(self.tr(
            "The link chart of the finding's records, its entities selected"))
        if self.workspace is not None:
            self._fill()
        else:
            self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_count(self) -> None:
        if self.workspace is None:
            self.caption.clear()
        else:
            self.caption.setText(self.tr("Findings: {count}").format(
                count=QLocale().toString(self.findings.topLevelItemCount())))

    # --- life cycle --------------------------------------------------------------------------

    def attach(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.refresh()

    def clear(self) -> None:
        """Forget every finding (used when locking)."""
        self.workspace = None
        self._all = []
        self._involved_for = None
        self.findings.clear()
        self._show_current()
        self._show_count()

    # --- operations --------------------------------------------------------------------------

    def run(self) -> None:
        """Run every detector over all the records, then list what they found."""
        ws = self.workspace
        if ws is None:
            return
        run_operation(self, lambda _p: ws.patterns_run(),
                      title=self.tr("Looking for patterns"),
                      on_success=lambda _r: self.refresh(), cancellable=False,
                      executor=self.executor)

    def refresh(self) -> None:
        """Re-read the findings (and the run-on-arrival setting), keeping the current one
        selected if it is still listed."""
        ws = self.workspace
        if ws is None:
            return
        dismissed = self.status_filter() in ("dismissed", "all")

        def show(result: tuple[list[dict[str, Any]], bool]) -> None:
            if self.workspace is ws:
                self._all, on = result
                self.on_import.setChecked(on)
                self._fill()

        run_operation(self, lambda _p: (ws.patterns_findings(include_dismissed=dismissed),
                                        ws.patterns_on_import()),
                      title=self.tr("Reading the findings"), on_success=show,
                      cancellable=False, executor=self.executor)

    def judge(self, verdict: str) -> None:
        ws, finding = self.workspace, self.finding()
        if ws is None or finding is None:
            return
        run_operation(self, lambda _p: ws.patterns_judge(finding["id"], verdict),
                      title=self.tr("Recording the verdict"),
                      on_success=lambda _r: self.refresh(), cancellable=False,
                      changes=True, executor=self.executor)

    def chart(self) -> None:
        finding = self.finding()
        if finding is not None and finding["record_ids"]:
            self.chart_requested.emit(list(finding["entity_ids"]), list(finding["record_ids"]))

    def _set_on_import(self, on: bool) -> None:
        ws = self.workspace
        if ws is None:
            return
        run_operation(self, lambda _p: ws.set_patterns_on_import(on),
                      title=self.tr("Saving the setting"), cancellable=False,
                      on_success=lambda _r: self.refresh(), executor=self.executor)

    # --- display -----------------------------------------------------------------------------

    def status_filter(self) -> str:
        return list(STATUS_FILTERS)[max(self.status.currentIndex(), 0)]

    def detector_filter(self) -> str | None:
        index = self.detector.currentIndex()
        return DETECTORS[index - 1] if index > 0 else None

    def set_filters(self, detector: str | None = None, status: str = "open") -> None:
        """Choose the filters as the person would in the two lists."""
        self.detector.setCurrentIndex(0 if detector is None else DETECTORS.index(detector) + 1)
        self.status.setCurrentIndex(list(STATUS_FILTERS).index(status))

    def _fill(self) -> None:
        current = self.finding()
        statuses = STATUS_FILTERS[self.status_filter()]
        detector = self.detector_filter()
        names, words = self.detector_names(), self.status_names()
        locale = QLocale()
        self.findings.clear()
        select = None
        for f in self._all:
            if f["status"] not in statuses or (detector and f["detector"] != detector):
                continue
            summary = f["explanation"].split(";")[0]
            item = QTreeWidgetItem(self.findings, [
                locale.toString(float(f["score"]), "f", 2),
                names.get(f["detector"], f["detector"]), isolate(summary),
                locale.toString(len(f["entity_ids"])), locale.toString(len(f["record_ids"])),
                words.get(f["status"], f["status"])])
            item.setToolTip(2, f["explanation"])
            item.setData(0, FINDING_ROLE, f)
            if current is not None and current["id"] == f["id"]:
                select = item
        for col in (0, 1, 3, 4):
            self.findings.resizeColumnToContents(col)
        self.findings.setCurrentItem(select or self.findings.topLevelItem(0))
        self._show_current()
        self._show_count()

    def finding(self, item: QTreeWidgetItem | None = None) -> dict[str, Any] | None:
        item = item or self.findings.currentItem()
        return item.data(0, FINDING_ROLE) if item is not None else None

    def listed(self) -> list[dict[str, Any]]:
        """The findings listed, in order."""
        return [self.finding(self.findings.topLevelItem(i))
                for i in range(self.findings.topLevelItemCount())]

    def _show_current(self) -> None:
        finding = self.finding()
        self._update_buttons()
        if finding is None:
            self.explanation.clear()
            self.entities.clear()
            self.records.clear()
            self._involved_for = None
            return
        self.explanation.setText(finding["explanation"])
        if self._involved_for == finding["id"]:
            return
        self._involved_for = finding["id"]
        self.entities.clear()
        self.records.clear()
        ws = self.workspace
        if ws is None:
            return

        def show(involved: dict[str, list[dict[str, str]]]) -> None:
            if self.workspace is ws and self._involved_for == finding["id"]:
                self._show_involved(involved)

        run_operation(self, lambda _p: ws.patterns_involved(finding),
                      title=self.tr("Reading the finding's records"), on_success=show,
                      cancellable=False, executor=self.executor)

    def _show_involved(self, involved: dict[str, list[dict[str, str]]]) -> None:
        self.entities.clear()
        self.records.clear()
        for entity in involved["entities"]:
            item = QListWidgetItem(isolate(entity["caption"]), self.entities)
            item.setData(ID_ROLE, entity["id"])
        for record in involved["records"]:
            text = self.tr("{agency} {reference}: {title}").format(
                agency=isolate(record["agency"]), reference=isolate(record["reference"]),
                title=isolate(record["title"]))
            item = QListWidgetItem(text, self.records)
            item.setData(ID_ROLE, record["id"])

    def _update_buttons(self) -> None:
        finding = self.finding()
        status = finding["status"] if finding else None
        self.confirm_button.setEnabled(status in ("new", "dismissed"))
        self.dismiss_button.setEnabled(status in ("new", "confirmed"))
        self.reopen_button.setEnabled(status in ("confirmed", "dismissed"))
        self.chart_button.setEnabled(bool(finding and finding["record_ids"]))


def install_findings(window: Any) -> FindingsDock:
    """Add the findings panel to the main window; Chart it builds the link chart."""
    dock = FindingsDock(window.executor)
    window.add_panel("findings",
                     lambda: QCoreApplication.translate("MainWindow", "Findings"),
                     dock, Qt.DockWidgetArea.RightDockWidgetArea)
    dock.setEnabled(window.workspace is not None)
    dock.entity_requested.connect(window.open_entity)
    dock.record_requested.connect(window.open_record)
    dock.chart_requested.connect(window.charts.chart_finding)
    # An import or a received package may have brought findings (they run on arrival).
    window.executor.operation_finished.connect(
        lambda op: dock.refresh() if op.changes and op.ok and op.parent_widget is not dock
        else None)
    return dock
