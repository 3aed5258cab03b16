"""The Share wizard's side-by-side preview: each text as stored and exactly as it will leave.

Both sides come from the plan's own preview (the run its exports and packages are built
from), so what the right-hand side shows is what the partner gets; it is refreshed
whenever the review changes a redaction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from liaison.ui.badges import badge_text
from liaison.ui.share.review import kind_label, unit_label

if TYPE_CHECKING:
    from liaison.analysis.redaction import SharePlan


class PreviewPage(QWizardPage):
    """Original on the left, what leaves on the right, record by record."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharePreviewPage")
        self.plan: SharePlan | None = None
        self.original = QPlainTextEdit(self)
        self.original.setObjectName("sharePreviewOriginal")
        self.leaving = QPlainTextEdit(self)
        self.leaving.setObjectName("sharePreviewLeaving")
        for view in (self.original, self.leaving):
            view.setReadOnly(True)
            view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Scrolling one side scrolls the other: the same record stays face to face.
        self.original.verticalScrollBar().valueChanged.connect(
            self.leaving.verticalScrollBar().setValue)
        self.leaving.verticalScrollBar().valueChanged.connect(
            self.original.verticalScrollBar().setValue)
        self.original_label, self.leaving_label = QLabel(self), QLabel(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("sharePreviewSummary")
        self.summary.setWordWrap(True)
        left, right = QWidget(self), QWidget(self)
        for side, label, view in ((left, self.original_label, self.original),
                                  (right, self.leaving_label, self.leaving)):
            box = QVBoxLayout(side)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(label)
            box.addWidget(view, 1)
            label.setBuddy(view)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("On the left each text as stored; on the right exactly what "
                                 "will leave."))
        self.original_label.setText(self.tr("&Original"))
        self.leaving_label.setText(self.tr("&What will leave"))
        self.original.setAccessibleName(self.tr("Original texts"))
        self.leaving.setAccessibleName(self.tr("Texts as they will leave"))

    def set_plan(self, plan: SharePlan | None) -> None:
        self.plan = plan
        self.refresh()

    def initializePage(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Rebuild both sides from the plan's current preview."""
        plan = self.plan
        if plan is None:
            self.original.clear()
            self.leaving.clear()
            self.summary.clear()
            return
        left: list[str] = []
        right: list[str] = []
        for record in plan.source.records:
            previews = plan.preview_record(record.id)
            marks = " ".join(t for t in (badge_text("tlp", record.tlp or "AMBER"),
                                         badge_text("handling", record.handling)) if t)
            head = f"■ {record.reference or record.id}  {marks}"
            left.append(head)
            right.append(head)
            for preview in previews:
                unit = next(u for u in plan.units if u.id == preview.unit_id)
                before, after = preview.original, preview.redacted
                after = self.tr("(removed)") if after is None else after
                # Pad the shorter side so each text starts on the same line on both sides.
                lines = max(before.count("\n"), after.count("\n"))
                label = unit_label(unit, with_text=False)
                left.append(f"{label}: {before}" + "\n" * (lines - before.count("\n")))
                right.append(f"{label}: {after}" + "\n" * (lines - after.count("\n")))
            left.append("")
            right.append("")
        self.original.setPlainText("\n".join(left))
        self.leaving.setPlainText("\n".join(right))
        counts = plan.build().redactions
        self.summary.setText(self.tr("{records} record(s) will leave. Redacted: {counts}").format(
            records=len(plan.source.records),
            counts=", ".join(f"{kind_label(k)} {n}" for k, n in counts.items())
            or self.tr("nothing")))

    def leaving_text(self) -> str:
        return self.leaving.toPlainText()
