"""The Share wizard's redaction review: every detection highlighted by kind, accepted or
rejected one by one (mouse or Space), spans marked by hand, and the text as it will leave.

The page works on the :class:`~liaison.analysis.redaction.SharePlan` the policy page
prepared on the worker; reviewing only changes the plan in memory (no store work), so it
runs on the GUI thread. Rejecting a detection lets that value go everywhere in the share
(the plan's rule: redacting it in one place and not another would reveal it anyway), so
every item of the same value follows the one the analyst clicked. Under a profile that
requires review the page is complete only once the analyst confirms having reviewed every
value (the plan then counts what is still checked as confirmed); the workspace refuses
to export or send an unreviewed plan anyway.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from liaison.analysis.redaction import KINDS
from liaison.ui.badges import BadgeLabel

if TYPE_CHECKING:
    from liaison.analysis.redaction import Detection, SharePlan, TextUnit

# lupdate finds strings only in calls named ``translate``/``tr``, not in wrappers.
translate = QCoreApplication.translate
DETECTION_ROLE = Qt.ItemDataRole.UserRole + 1
# One colour per kind, pale enough to read black text on.
KIND_COLOURS = {
    "person": "#FFB3BA", "organization": "#FFD8A8", "phone": "#A8D8FF", "email": "#B9F6CA",
    "iban": "#D9C2FF", "national_id": "#FFF59D", "passport": "#F8BBD0", "ip": "#B2DFDB",
    "crypto": "#C5CAE9", "dob": "#FFE0B2", "account": "#E1BEE7", "address": "#DCEDC8",
    "plate": "#FFCCBC", "manual": "#CFD8DC",
}


def _width(text: str, i: int) -> int:
    """How many Qt document positions ``text[i]`` takes: a "\r\n" pair is one paragraph
    break, a character outside the BMP two UTF-16 units."""
    c = text[i]
    if c == "\r" and text[i + 1:i + 2] == "\n":
        return 0
    return 2 if ord(c) > 0xFFFF else 1


def qt_offset(text: str, index: int) -> int:
    """A Python index into ``text`` as a Qt document position."""
    return sum(_width(text, i) for i in range(min(index, len(text))))


def py_offset(text: str, position: int) -> int:
    """A Qt document position as a Python index into ``text``."""
    units = 0
    for i in range(len(text)):
        if units >= position:
            return i
        units += _width(text, i)
    return len(text)


def kind_label(kind: str) -> str:
    labels = {
        "person": translate("ShareReview", "Person"),
        "organization": translate("ShareReview", "Organisation"),
        "phone": translate("ShareReview", "Phone"),
        "email": translate("ShareReview", "E-mail"),
        "iban": translate("ShareReview", "IBAN"),
        "national_id": translate("ShareReview", "National ID"),
        "passport": translate("ShareReview", "Passport"),
        "ip": translate("ShareReview", "IP address"),
        "crypto": translate("ShareReview", "Wallet"),
        "dob": translate("ShareReview", "Date of birth"),
        "account": translate("ShareReview", "Bank account"),
        "address": translate("ShareReview", "Address"),
        "plate": translate("ShareReview", "Number plate"),
        "manual": translate("ShareReview", "Marked by hand"),
    }
    return labels.get(kind, kind)


def unit_label(unit: TextUnit, with_text: bool = True) -> str:
    """A record's own field by name; an entity's, link's or event's with the start of its
    text (``with_text`` False where the text must not show: the leaving side)."""
    if unit.owner == "record":
        return {"title": translate("ShareReview", "Title"),
                "narrative": translate("ShareReview", "Narrative"),
                "handling_conditions": translate("ShareReview", "Handling conditions"),
                }.get(unit.field, unit.field)
    owner = {"entity": translate("ShareReview", "Entity"),
             "link": translate("ShareReview", "Link"),
             "event": translate("ShareReview", "Event")}.get(unit.owner, unit.owner)
    if not with_text:
        return translate("ShareReview", "{owner} {field}").format(owner=owner, field=unit.field)
    return translate("ShareReview", "{owner} {field}: {text}").format(
        owner=owner, field=unit.field, text=unit.text[:40])


class ReviewPage(QWizardPage):
    """Detections per record: highlighted in the text, listed with accept checkboxes."""

    changed = Signal()  # the plan's redactions changed (a toggle or a manual span)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareReviewPage")
        self.plan: SharePlan | None = None
        self.record = QComboBox(self)
        self.record.setObjectName("shareReviewRecord")
        self.record.currentIndexChanged.connect(lambda _i: self._show_record())
        self.tlp, self.handling = BadgeLabel("tlp", self), BadgeLabel("handling", self)
        self.field = QComboBox(self)
        self.field.setObjectName("shareReviewField")
        self.field.currentIndexChanged.connect(lambda _i: self._show_unit())
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("shareReviewText")
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.selectionChanged.connect(self._selection_changed)
        self.leaves = QPlainTextEdit(self)
        self.leaves.setObjectName("shareReviewLeaves")
        self.leaves.setReadOnly(True)
        self.detections = QListWidget(self)
        self.detections.setObjectName("shareDetections")
        self.detections.itemChanged.connect(self._item_changed)
        self.detections.currentItemChanged.connect(lambda item, _p: self._jump_to(item))
        self.manual_kind = QComboBox(self)
        self.manual_kind.setObjectName("shareManualKind")
        for kind in KINDS:
            self.manual_kind.addItem(kind_label(kind), kind)
        self.manual_kind.setCurrentIndex(KINDS.index("manual"))
        self.mark_button = QPushButton(self)
        self.mark_button.setObjectName("shareMarkButton")
        self.mark_button.setShortcut(QKeySequence("Ctrl+M"))
        self.mark_button.setEnabled(False)
        self.mark_button.clicked.connect(self.mark_selection)
        self.error = QLabel(self)
        self.error.setObjectName("shareReviewError")
        self.error.setStyleSheet("QLabel { color: #B00020; }")
        self.error.setWordWrap(True)
        self.reviewed = QCheckBox(self)  # shown under a profile that requires review
        self.reviewed.setObjectName("shareReviewed")
        self.reviewed.setVisible(False)
        self.reviewed.toggled.connect(self._reviewed_toggled)
        self.legend = QLabel(self)
        self.legend.setObjectName("shareLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.field_label, self.record_label = QLabel(self), QLabel(self)
        self.leaves_label, self.list_label = QLabel(self), QLabel(self)
        self.record_label.setBuddy(self.record)
        self.field_label.setBuddy(self.field)
        self.list_label.setBuddy(self.detections)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.record_label)
        top.addWidget(self.record, 1)
        top.addWidget(self.tlp)
        top.addWidget(self.handling)
        fields = QHBoxLayout()
        fields.addWidget(self.field_label)
        fields.addWidget(self.field, 1)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(fields)
        lv.addWidget(self.text, 2)
        lv.addWidget(self.leaves_label)
        lv.addWidget(self.leaves, 1)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.list_label)
        rv.addWidget(self.detections, 1)
        mark = QHBoxLayout()
        mark.addWidget(self.manual_kind)
        mark.addWidget(self.mark_button)
        rv.addLayout(mark)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.reviewed)
        layout.addWidget(self.error)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Review the redactions"))
        self.setSubTitle(self.tr("Every value found is highlighted by kind. Uncheck a value "
                                 "to let it go (everywhere in this share); select text and "
                                 "press Redact selection to remove it by hand."))
        self.record_label.setText(self.tr("&Record:"))
        self.field_label.setText(self.tr("&Field:"))
        self.list_label.setText(self.tr("&Detections (checked: redacted)"))
        self.leaves_label.setText(self.tr("As it will leave:"))
        self.mark_button.setText(self.tr("Redact &selection"))
        self.mark_button.setToolTip(self.tr("Redact the selected text by hand (Ctrl+M)"))
        self.reviewed.setText(self.tr("&I have reviewed every value found, in every record "
                                      "(this profile requires it)"))
        self.record.setAccessibleName(self.tr("Record to review"))
        self.field.setAccessibleName(self.tr("Field to review"))
        self.text.setAccessibleName(self.tr("Text with detections highlighted"))
        self.leaves.setAccessibleName(self.tr("Text as it will leave"))
        self.detections.setAccessibleName(self.tr("Detections"))
        self.manual_kind.setAccessibleName(self.tr("Kind of the span marked by hand"))
        self.legend.setText(" ".join(
            f'<span style="background:{colour}">&nbsp;{kind_label(kind)}&nbsp;</span>'
            for kind, colour in KIND_COLOURS.items()))

    # --- showing ---------------------------------------------------------------------------

    def set_plan(self, plan: SharePlan | None) -> None:
        self.plan = plan
        with QSignalBlocker(self.reviewed):
            self.reviewed.setChecked(False)
        self.reviewed.setVisible(self.review_required())
        self.completeChanged.emit()
        with QSignalBlocker(self.record):
            self.record.clear()
            for record in plan.source.records if plan else []:
                self.record.addItem(record.title or record.reference or record.id, record.id)
        self._show_record()

    def initializePage(self) -> None:
        self.error.clear()
        self._show_unit()

    def review_required(self) -> bool:
        return bool(self.plan and self.plan.profile.review_required)

    def isComplete(self) -> bool:
        return not self.review_required() or self.reviewed.isChecked()

    def _reviewed_toggled(self, checked: bool) -> None:
        if checked and self.plan is not None:
            self.plan.confirm_all()
            self.changed.emit()
        self.completeChanged.emit()

    def current_record_id(self) -> str | None:
        return self.record.currentData()

    def current_unit(self) -> TextUnit | None:
        unit_id = self.field.currentData()
        if self.plan is None or unit_id is None:
            return None
        return next((u for u in self.plan.units if u.id == unit_id), None)

    def select_unit(self, record_id: str, unit_id: str) -> None:
        self.record.setCurrentIndex(self.record.findData(record_id))
        self.field.setCurrentIndex(self.field.findData(unit_id))

    def _show_record(self) -> None:
        record_id = self.current_record_id()
        record = next((r for r in self.plan.source.records if r.id == record_id), None) \
            if self.plan else None
        self.tlp.set_code(record.tlp if record else None)
        self.handling.set_code(record.handling if record else None)
        with QSignalBlocker(self.field):
            self.field.clear()
            for unit in self.plan.units_of(record_id) if self.plan and record_id else []:
                if not unit.structured:  # whole values are reviewed in the list
                    self.field.addItem(unit_label(unit), unit.id)
            narrative = self.field.findData(f"record:{record_id}:narrative")
            self.field.setCurrentIndex(max(narrative, 0))
        self._fill_list()
        self._show_unit()

    def _fill_list(self) -> None:
        with QSignalBlocker(self.detections):
            self.detections.clear()
            record_id = self.current_record_id()
            if self.plan is None or record_id is None:
                return
            units = {u.id: u for u in self.plan.units_of(record_id)}
            for d in self.plan.detections_of(record_id):
                item = QListWidgetItem(self.tr("{kind}: {text} ({field})").format(
                    kind=kind_label(d.kind), text=d.text, field=unit_label(units[d.unit_id])))
                item.setData(DETECTION_ROLE, d.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if d.accepted
                                   else Qt.CheckState.Unchecked)
                item.setBackground(QColor(KIND_COLOURS.get(d.kind, "#EEEEEE")))
                item.setForeground(QColor("#000000"))
                self.detections.addItem(item)

    def _show_unit(self) -> None:
        unit = self.current_unit()
        self.text.setPlainText(unit.text if unit else "")
        self._highlight(unit)
        self._show_leaving(unit)
        self.mark_button.setEnabled(False)

    def _highlight(self, unit: TextUnit | None) -> None:
        selections = []
        if unit is not None and self.plan is not None:
            for d in self.plan.detections:
                if d.unit_id != unit.id:
                    continue
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.text.document())
                cursor.setPosition(qt_offset(unit.text, d.start))
                cursor.setPosition(qt_offset(unit.text, d.end), QTextCursor.MoveMode.KeepAnchor)
                fmt = QTextCharFormat()
                if d.accepted:
                    fmt.setBackground(QColor(KIND_COLOURS.get(d.kind, "#EEEEEE")))
                    fmt.setForeground(QColor("#000000"))
                else:  # let go: only a dotted underline says it was found
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                    fmt.setUnderlineColor(QColor(KIND_COLOURS.get(d.kind, "#999999")).darker(160))
                fmt.setToolTip(kind_label(d.kind))
                sel.cursor, sel.format = cursor, fmt
                selections.append(sel)
        self.text.setExtraSelections(selections)

    def _show_leaving(self, unit: TextUnit | None) -> None:
        if unit is None or self.plan is None:
            self.leaves.setPlainText("")
            return
        preview = self.plan.preview().get(unit.id)
        leaving = preview.redacted if preview is not None else unit.text
        self.leaves.setPlainText(self.tr("(removed)") if leaving is None else leaving)

    # --- reviewing -------------------------------------------------------------------------

    def _item_changed(self, item: QListWidgetItem) -> None:
        if self.plan is None:
            return
        detection_id = item.data(DETECTION_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self.plan.accept(detection_id)
        else:
            self.plan.reject(detection_id)
        self._after_change(detection_id)

    def set_accepted(self, detection: Detection, accepted: bool) -> None:
        """Accept or reject through the list, as a click or Space would."""
        for row in range(self.detections.count()):
            item = self.detections.item(row)
            if item.data(DETECTION_ROLE) == detection.id:
                item.setCheckState(Qt.CheckState.Checked if accepted
                                   else Qt.CheckState.Unchecked)
                return
        raise LookupError(detection.id)

    def _after_change(self, current: str | None = None) -> None:
        row = self.detections.currentRow()
        self._fill_list()  # the whole value follows: every item of it changes state
        if current is not None:
            for r in range(self.detections.count()):
                if self.detections.item(r).data(DETECTION_ROLE) == current:
                    row = r
        with QSignalBlocker(self.detections):
            self.detections.setCurrentRow(min(row, self.detections.count() - 1))
        unit = self.current_unit()
        self._highlight(unit)
        self._show_leaving(unit)
        self.changed.emit()

    def _jump_to(self, item: QListWidgetItem | None) -> None:
        if item is None or self.plan is None:
            return
        detection = self.plan.detection(item.data(DETECTION_ROLE))
        if detection.unit_id != self.field.currentData():
            index = self.field.findData(detection.unit_id)
            if index < 0:
                return  # a whole value (an entity's phone...): nothing to show in the text
            self.field.setCurrentIndex(index)
        unit = self.current_unit()
        if unit is not None:
            cursor = self.text.textCursor()
            cursor.setPosition(qt_offset(unit.text, detection.start))
            self.text.setTextCursor(cursor)
            self.text.ensureCursorVisible()

    def _selection_changed(self) -> None:
        self.mark_button.setEnabled(self.text.textCursor().hasSelection())

    def mark_selection(self) -> None:
        """Redact the text selected in the field by hand (the same text everywhere)."""
        from liaison.model.errors import LiaisonError

        unit = self.current_unit()
        cursor = self.text.textCursor()
        if unit is None or self.plan is None or not cursor.hasSelection():
            return
        start = py_offset(unit.text, cursor.selectionStart())
        end = py_offset(unit.text, cursor.selectionEnd())
        while start < end and unit.text[start].isspace():
            start += 1
        while end > start and unit.text[end - 1].isspace():
            end -= 1
        try:
            detection = self.plan.add_manual(unit.id, start, end,
                                             self.manual_kind.currentData())
        except LiaisonError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self._after_change(detection.id)
