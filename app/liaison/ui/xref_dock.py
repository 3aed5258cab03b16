"""Cross-reference hits: candidate pairs across agencies, evidence side by side, and the
analyst's verdict (same / not the same / unsure) with undo.

Comparing (``xref_run``), listing and judging all run as operations on the workspace
worker. A judged pair leaves the list ('unsure' ones stay, marked); Undo withdraws
the last verdict given here and the pair comes back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from liaison.analysis.xref import POSSIBLE
from liaison.ui.bidi import isolate
from liaison.ui.operations import Executor, run_operation
from liaison.workspace import Workspace

if TYPE_CHECKING:
    from liaison.analysis.xref import Judgement

PAIR_ROLE = Qt.ItemDataRole.UserRole + 1
CANDIDATE_LIMIT = 500


class XrefDock(QWidget):
    """Candidate pairs and the verdict buttons; ``entity_requested(id)`` on a double click."""

    entity_requested = Signal(str)

    def __init__(self, executor: Executor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("xrefDock")
        self.executor = executor
        self.workspace: Workspace | None = None
        self.judged: list[tuple[str, str]] = []  # what Undo withdraws, last first
        self.pairs = QTreeWidget(self)
        self.pairs.setObjectName("xrefPairs")
        self.pairs.setColumnCount(4)
        self.pairs.setRootIsDecorated(False)
        self.pairs.setUniformRowHeights(True)
        self.pairs.currentItemChanged.connect(lambda _c, _p: self._show_current())
        self.caption = QLabel(self)
        self.caption.setObjectName("xrefCaption")
        # Shown after a verdict that leaves 'not the same' pairs inside one cluster.
        self.warning = QLabel(self)
        self.warning.setObjectName("xrefContradiction")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("QLabel { background: #FFF4CE; color: #5C4400; "
                                   "padding: 4px; border: 1px solid #E0B000; }")
        self.warning.hide()
        # "Likely the same" pairs are listed; "possible" ones (a common name alone, a
        # name against a conflicting fact) on request.
        self.possible = QCheckBox(self)
        self.possible.setObjectName("xrefPossible")
        self.possible.toggled.connect(lambda _on: self.refresh())
        self.run_button = QPushButton(self)
        self.run_button.setObjectName("xrefRunButton")
        self.run_button.clicked.connect(self.run)
        self.sides: list[QLabel] = []
        for name in ("xrefSideA", "xrefSideB"):
            label = QLabel(self)
            label.setObjectName(name)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
            label.setFrameShape(QLabel.Shape.StyledPanel)
            self.sides.append(label)
        self.evidence = QListWidget(self)
        self.evidence.setObjectName("xrefEvidence")
        self.same_button = QPushButton(self)
        self.same_button.setObjectName("xrefSameButton")
        self.different_button = QPushButton(self)
        self.different_button.setObjectName("xrefDifferentButton")
        self.unsure_button = QPushButton(self)
        self.unsure_button.setObjectName("xrefUnsureButton")
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("xrefUndoButton")
        self.same_button.clicked.connect(lambda: self.judge("same"))
        self.different_button.clicked.connect(lambda: self.judge("different"))
        self.unsure_button.clicked.connect(lambda: self.judge("unsure"))
        self.undo_button.clicked.connect(self.undo)
        self.pairs.itemDoubleClicked.connect(lambda _i, col: self._open_side(col))

        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.possible)
        top.addWidget(self.run_button)
        detail = QWidget(self)
        grid = QGridLayout(detail)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.sides[0], 0, 0)
        grid.addWidget(self.sides[1], 0, 1)
        grid.addWidget(self.evidence, 1, 0, 1, 2)
        buttons = QHBoxLayout()
        for b in (self.same_button, self.different_button, self.unsure_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        grid.addLayout(buttons, 2, 0, 1, 2)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.pairs)
        splitter.addWidget(detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.warning)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.pairs.setHeaderLabels([self.tr("Score"), self.tr("Entity A"),
                                    self.tr("Entity B"), self.tr("Verdict")])
        self.pairs.setAccessibleName(self.tr("Candidate pairs"))
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.run_button.setText(self.tr("&Compare new entities"))
        self.possible.setText(self.tr("Also &possible matches"))
        self.possible.setToolTip(self.tr(
            "Also list pairs that are only possibly the same person or thing: a common "
            "name with nothing else agreeing, or a name against a conflicting fact."))
        self.same_button.setText(self.tr("&Same"))
        self.different_button.setText(self.tr("&Not the same"))
        self.unsure_button.setText(self.tr("Uns&ure"))
        self.undo_button.setText(self.tr("&Undo"))
        self._show_count()
        self._show_current()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _level_text(self, pair: dict[str, Any]) -> str:
        return {"likely": self.tr("likely"), "possible": self.tr("possible")}.get(
            str(pair.get("level")), "")

    def _verdict_text(self, verdict: str | None) -> str:
        return {"same": self.tr("same"), "different": self.tr("not the same"),
                "unsure": self.tr("unsure")}.get(verdict or "", "")

    def _show_count(self) -> None:
        if self.workspace is None:
            self.caption.clear()
        else:
            self.caption.setText(self.tr("Candidate pairs: {count}").format(
                count=QLocale().toString(self.pairs.topLevelItemCount())))

    # --- life cycle --------------------------------------------------------------------------

    def attach(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.judged = []
        self.warning.hide()
        self.refresh()

    def clear(self) -> None:
        """Forget every pair (used when locking)."""
        self.workspace = None
        self.judged = []
        self.warning.clear()
        self.warning.hide()
        self.pairs.clear()
        self._show_current()
        self._show_count()
        self._update_buttons()

    # --- operations --------------------------------------------------------------------------

    def run(self) -> None:
        """Compare the entities imported since the last run, then list the pairs."""
        ws = self.workspace
        if ws is None:
            return
        run_operation(self, lambda p: ws.xref_run(progress=p),
                      title=self.tr("Comparing entities"),
                      on_success=lambda _s: self.refresh(), executor=self.executor)

    def refresh(self) -> None:
        """Re-read the candidate pairs, keeping the current pair selected if it remains."""
        ws = self.workspace
        if ws is None:
            return
        current = self.current_pair()

        def show(pairs: list[dict[str, Any]]) -> None:
            if self.workspace is ws:
                self._fill(pairs, current)

        floor = POSSIBLE if self.possible.isChecked() else None
        run_operation(self, lambda _p: ws.xref_candidates(min_score=floor,
                                                         limit=CANDIDATE_LIMIT),
                      title=self.tr("Reading candidate pairs"), on_success=show,
                      cancellable=False, executor=self.executor)

    def judge(self, verdict: str) -> None:
        ws, pair = self.workspace, self.current_pair()
        if ws is None or pair is None:
            return
        a, b = pair

        def done(judgement: Judgement) -> None:
            self.judged.append((a, b))
            self._show_contradictions(judgement)
            self.refresh()

        run_operation(self, lambda _p: ws.xref_judge(a, b, verdict),
                      title=self.tr("Recording the verdict"), on_success=done,
                      cancellable=False, executor=self.executor)

    def undo(self) -> None:
        ws = self.workspace
        if ws is None or not self.judged:
            return
        a, b = self.judged[-1]

        def done(judgement: Judgement) -> None:
            if self.judged and self.judged[-1] == (a, b):
                self.judged.pop()
            self._show_contradictions(judgement)
            self.refresh()

        run_operation(self, lambda _p: ws.xref_undo(a, b),
                      title=self.tr("Withdrawing the verdict"), on_success=done,
                      cancellable=False, executor=self.executor)

    # --- display -----------------------------------------------------------------------------

    def _show_contradictions(self, judgement: Judgement) -> None:
        """Say so when 'same' verdicts join entities also judged 'not the same'."""
        pairs = judgement.contradictions
        if not pairs:
            self.warning.clear()
            self.warning.hide()
            return
        self.warning.setText(self.tr(
            "Contradiction: {count} pair(s) in this cluster are judged 'not the same', yet "
            "'same' verdicts join them through other entities. Undo one of the verdicts.")
            .format(count=QLocale().toString(len(pairs))))
        self.warning.show()

    def _fill(self, pairs: list[dict[str, Any]], current: tuple[str, str] | None) -> None:
        self.pairs.clear()
        select = None
        for pair in pairs:
            a, b = pair["a"], pair["b"]
            score = f"{QLocale().toString(pair['score'], 'f', 2)} {self._level_text(pair)}"
            item = QTreeWidgetItem(self.pairs, [score, isolate(a["caption"]),
                                                isolate(b["caption"]),
                                                self._verdict_text(pair.get("verdict"))])
            item.setData(0, PAIR_ROLE, pair)
            if current == (a["id"], b["id"]):
                select = item
        for col in range(3):
            self.pairs.resizeColumnToContents(col)
        first = self.pairs.topLevelItem(0)
        self.pairs.setCurrentItem(select or first)
        self._show_current()
        self._show_count()
        self._update_buttons()

    def pair_data(self, item: QTreeWidgetItem | None = None) -> dict[str, Any] | None:
        item = item or self.pairs.currentItem()
        return item.data(0, PAIR_ROLE) if item is not None else None

    def current_pair(self) -> tuple[str, str] | None:
        data = self.pair_data()
        return (data["a"]["id"], data["b"]["id"]) if data else None

    def captions(self) -> list[tuple[str, str]]:
        """The pairs listed, as (caption A, caption B)."""
        out = []
        for i in range(self.pairs.topLevelItemCount()):
            data = self.pair_data(self.pairs.topLevelItem(i))
            if data:
                out.append((data["a"]["caption"], data["b"]["caption"]))
        return out

    def _side_html(self, side: dict[str, Any]) -> str:
        from html import escape

        agencies = ", ".join(side.get("agencies") or [])
        return (f"<b>{escape(side.get('caption', ''))}</b><br>"
                f"{escape(side.get('schema', ''))}<br>"
                + self.tr("Agency: {agencies}").format(agencies=escape(agencies)))

    def _show_current(self) -> None:
        data = self.pair_data()
        self.evidence.clear()
        if data is None:
            for label in self.sides:
                label.clear()
        else:
            self.sides[0].setText(self._side_html(data["a"]))
            self.sides[1].setText(self._side_html(data["b"]))
            for fact in data.get("evidence") or []:
                self.evidence.addItem(str(fact.get("fact", "")))
                self.evidence.item(self.evidence.count() - 1).setToolTip(
                    self.tr("Weight: {weight}").format(
                        weight=QLocale().toString(float(fact.get("weight", 0)), "f", 2)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.pair_data() is not None
        for b in (self.same_button, self.different_button, self.unsure_button):
            b.setEnabled(has)
        self.undo_button.setEnabled(bool(self.judged))

    def _open_side(self, column: int) -> None:
        data = self.pair_data()
        if data is not None and column in (1, 2):
            self.entity_requested.emit(data["a" if column == 1 else "b"]["id"])


def install_xref(window: Any) -> XrefDock:
    """Add the cross-reference hits panel to the main window."""
    dock = XrefDock(window.executor)
    window.add_panel("xref",
                     lambda: QCoreApplication.translate("MainWindow", "Cross-reference hits"),
                     dock, Qt.DockWidgetArea.RightDockWidgetArea)
    dock.setEnabled(window.workspace is not None)
    dock.entity_requested.connect(window.open_entity)
    window.executor.operation_finished.connect(
        lambda op: dock.refresh() if op.changes and op.ok else None)
    return dock
