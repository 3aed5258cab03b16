"""The record detail: provenance, handling, TLP, grading, narrative, and what it names.

The narrative is shown as escaped text with the record's own entity names and
identifiers turned into links (spans found by Workspace.record_detail); a click
opens the entity. Nothing in the narrative is ever interpreted as markup.
"""

from __future__ import annotations

import html
import unicodedata
from urllib.parse import quote, unquote

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QTextOption
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from liaison.ui import vocabulary
from liaison.ui.badges import BadgeLabel
from liaison.ui.countries import country_name
from liaison.ui.image_preview import MAX_PREVIEW_BYTES, decode_preview, previewable
from liaison.ui.operations import Executor, run_operation
from liaison.ui.records.tabs import AttachmentsTab, EntitiesTab, HistoryTab, LinksEventsTab
from liaison.workspace import Workspace
from liaison.workspace.records import AttachmentInfo, Mention, RecordDetail

MENTION_STYLE = "background-color:#FFF1C2; color:#1D3F7A; text-decoration:none;"
FIELDS = ("agency", "reference", "reported", "received", "handling", "tlp", "grading",
          "legal", "review", "status", "imported")


def is_right_to_left(text: str) -> bool:
    """True when the first strongly directional character is Arabic or Hebrew script."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def narrative_html(text: str, mentions: list[Mention]) -> str:
    """Escaped narrative with mentions as ``entity:`` links; paragraphs keep their breaks."""
    parts, pos = [], 0
    for m in mentions:
        if m.start < pos:
            continue
        parts.append(html.escape(text[pos:m.start]))
        parts.append(f'<a href="entity:{quote(m.entity_id, safe="")}" style="{MENTION_STYLE}">'
                     f"{html.escape(text[m.start:m.end])}</a>")
        pos = m.end
    parts.append(html.escape(text[pos:]))
    direction = "rtl" if is_right_to_left(text) else "ltr"
    body = "".join(parts).replace("\n", "<br>")
    return f'<p dir="{direction}" style="line-height:140%">{body}</p>'


class RecordView(QWidget):
    """One record in full; ``entity_requested(entity_id)`` when a mention or entity is opened."""

    entity_requested = Signal(str)

    def __init__(self, executor: Executor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordView")
        self.executor = executor
        self.workspace: Workspace | None = None
        self.detail: RecordDetail | None = None
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setObjectName("recordPlaceholder")
        self.title = QLabel()
        self.title.setObjectName("recordTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.handling_badge = BadgeLabel("handling")
        self.tlp_badge = BadgeLabel("tlp")
        self.grade_label = QLabel()
        self.grade_label.setObjectName("recordGrade")
        self.status_label = QLabel()
        self.status_label.setObjectName("recordStatus")
        self.status_label.setStyleSheet("color: #B42318; font-weight: bold;")
        # Issue 16: a record a third party relayed, or claims relayed under its id, are
        # said plainly above the fields, never folded into them.
        self.relay_label = QLabel()
        self.relay_label.setObjectName("recordRelayed")
        self.relay_label.setWordWrap(True)
        self.relay_label.setStyleSheet("color: #B42318;")
        self.relay_label.hide()
        badges = QHBoxLayout()
        badges.setSpacing(6)
        for w in (self.handling_badge, self.tlp_badge, self.grade_label, self.status_label):
            badges.addWidget(w)
        badges.addStretch(1)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading)
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in FIELDS:
            label, value = QLabel(), QLabel()
            value.setObjectName(f"record_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setBuddy(value)
            self.labels[key], self.values[key] = label, value
            self.form.addRow(label, value)
        self.narrative = QTextBrowser()
        self.narrative.setObjectName("recordNarrative")
        self.narrative.setOpenLinks(False)
        self.narrative.setOpenExternalLinks(False)
        self.narrative.anchorClicked.connect(self._anchor_clicked)
        option = self.narrative.document().defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.narrative.document().setDefaultTextOption(option)
        self.narrative_label = QLabel()
        self.narrative_label.setBuddy(self.narrative)

        upper = QWidget()
        top = QVBoxLayout(upper)
        top.setContentsMargins(10, 8, 10, 4)
        top.addWidget(self.title)
        top.addLayout(badges)
        top.addWidget(self.relay_label)
        top.addSpacing(4)
        top.addLayout(self.form)
        upper_scroll = QScrollArea()
        upper_scroll.setWidgetResizable(True)
        upper_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        upper_scroll.setWidget(upper)
        narrative_box = QWidget()
        nlayout = QVBoxLayout(narrative_box)
        nlayout.setContentsMargins(10, 0, 10, 0)
        nlayout.addWidget(self.narrative_label)
        nlayout.addWidget(self.narrative)

        self.entities = EntitiesTab()
        self.entities.entity_requested.connect(self.entity_requested)
        self.links = LinksEventsTab()
        self.links.entity_requested.connect(self.entity_requested)
        self.attachments = AttachmentsTab()
        self.attachments.preview_requested.connect(self._preview)
        self.history = HistoryTab()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for w in (self.entities, self.links, self.attachments, self.history):
            self.tabs.addTab(w, "")

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper_scroll)
        splitter.addWidget(narrative_box)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate()

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        names = {
            "agency": self.tr("Agency"), "reference": self.tr("Reference"),
            "reported": self.tr("Reported"), "received": self.tr("Received"),
            "handling": self.tr("Handling"), "tlp": self.tr("TLP"),
            "grading": self.tr("Grading"), "legal": self.tr("Legal basis"),
            "review": self.tr("Review by"), "status": self.tr("Status"),
            "imported": self.tr("Imported"),
        }
        for key, text in names.items():
            self.labels[key].setText(text + ":")
            self.values[key].setAccessibleName(text)
        self.placeholder.setText(self.tr("Select a record to see it here."))
        self.narrative_label.setText(self.tr("Narrative"))
        self.narrative.setAccessibleName(self.tr("Narrative"))
        self.title.setAccessibleName(self.tr("Record title"))
        self.tabs.setAccessibleName(self.tr("Record details"))
        self._retitle_tabs()
        if self.detail is not None:
            self.show_detail(self.detail)  # texts and directions follow the language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _retitle_tabs(self) -> None:
        d = self.detail
        counts = ((len(d.entities), len(d.links) + len(d.events), len(d.attachments),
                   len(d.versions)) if d else (0, 0, 0, 0))
        titles = (self.tr("Entities ({n})"), self.tr("Links and events ({n})"),
                  self.tr("Attachments ({n})"), self.tr("History ({n})"))
        for i, (title, n) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(i, title.format(n=n))

    # --- content -------------------------------------------------------------------------

    def attach(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def show_detail(self, detail: RecordDetail) -> None:
        self.detail = detail
        self.title.setText(detail.title)
        self.handling_badge.set_code(detail.handling)
        self.handling_badge.setToolTip(vocabulary.handling_meaning(detail.handling))
        self.tlp_badge.set_code(detail.tlp)
        self.tlp_badge.setToolTip(vocabulary.tlp_meaning(detail.tlp))
        self.grade_label.setText(detail.grade)
        self.grade_label.setToolTip(vocabulary.grade_meaning(detail.reliability,
                                                             detail.assessment))
        self._fill_fields(detail)
        self.narrative.setHtml(narrative_html(detail.narrative, detail.mentions))
        self.entities.show_entities(detail.entities)
        self.links.show_detail(detail)
        self.attachments.show_attachments(detail.attachments)
        self.history.show_detail(detail)
        self._retitle_tabs()
        self.stack.setCurrentIndex(1)

    def _fill_fields(self, d: RecordDetail) -> None:
        v = self.values
        v["agency"].setText(f"{d.agency} — {country_name(d.country)} ({d.country})")
        v["reference"].setText(d.reference)
        v["reported"].setText(vocabulary.date_text(str(d.reported or "")))
        v["received"].setText(vocabulary.date_text(str(d.received or "")))
        handling = f"{d.handling or '—'}: {vocabulary.handling_meaning(d.handling)}"
        if d.handling_conditions:
            handling += "\n" + d.handling_conditions
        v["handling"].setText(handling)
        v["tlp"].setText(f"{d.tlp or '—'}: {vocabulary.tlp_meaning(d.tlp)}")
        v["grading"].setText(f"{d.grade or '—'}: "
                             f"{vocabulary.grade_meaning(d.reliability, d.assessment)}")
        v["legal"].setText("\n".join(x for x in (d.legal_basis, d.purpose) if x))
        v["review"].setText(vocabulary.date_text(d.review_date))
        v["status"].setText(self.tr("{status}, version {version}").format(
            status=vocabulary.status_name(d.status), version=d.version))
        self.status_label.setText("" if d.status == "active"
                                  else vocabulary.status_name(d.status))
        self._fill_relay(d)
        imported = ""
        if d.imported is not None:
            imported = self.tr("{file} ({format}), {when}, by {actor}").format(
                file=d.imported.file_name, format=d.imported.format,
                when=vocabulary.date_text(d.imported.ts[:16]), actor=d.imported.actor)
        v["imported"].setText(imported)

    def _fill_relay(self, d: RecordDetail) -> None:
        lines = []
        if d.relayed_by:
            lines.append(self.tr("Relayed by {relayer}, claims to be from {agency}, not "
                                 "verified.").format(relayer=d.relayed_by, agency=d.agency))
        for c in d.claims:
            if not c.reason:  # kept before the reason was (schema v16)
                lines.append(self.tr("Also received under this id: version {version} relayed "
                                     "by {relayer}, claims to be from {agency}, not verified "
                                     "(not shown here).").format(
                    version=c.version, relayer=c.relayer, agency=c.claimed_agency))
                continue
            # The reason comes from the core in English, as a quarantine reason does.
            lines.append(self.tr("Also received under this id: version {version} relayed by "
                                 "{relayer}, claims to be from {agency}, not verified: "
                                 "{reason} (not shown here).").format(
                version=c.version, relayer=c.relayer, agency=c.claimed_agency,
                reason=c.reason))
        self.relay_label.setText("\n".join(lines))
        self.relay_label.setVisible(bool(lines))

    def clear(self) -> None:
        """Forget the record entirely: no text of it stays in any widget."""
        self.detail = None
        self.workspace = None
        self.title.clear()
        self.relay_label.clear()
        self.relay_label.hide()
        self.grade_label.clear()
        self.status_label.clear()
        self.handling_badge.set_code(None)
        self.tlp_badge.set_code(None)
        for value in self.values.values():
            value.clear()
        self.narrative.clear()
        self.entities.clear()
        self.links.show_detail(None)
        self.attachments.show_attachments([])
        self.history.show_detail(None)
        self._retitle_tabs()
        self.stack.setCurrentIndex(0)

    # --- actions -------------------------------------------------------------------------

    def _anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "entity":
            self.entity_requested.emit(unquote(url.path()))

    def _preview(self, info: AttachmentInfo) -> None:
        ws = self.workspace
        if ws is None:
            return
        if not previewable(info.media_type):
            self.attachments.show_message(self.tr(
                "Only PNG and JPEG images are previewed. This attachment is listed with its "
                "size and SHA-256 so that it can be checked against the partner's copy."))
            return
        shown = self.detail

        def done(image: QImage) -> None:
            if self.detail is shown:
                self.attachments.show_image(image)

        def failed(exc: BaseException) -> None:
            if self.detail is shown:
                self.attachments.show_message(str(exc))

        run_operation(self, lambda _p: decode_preview(ws.attachment_data(info.sha256,
                                                                         MAX_PREVIEW_BYTES)),
                      title=self.tr("Opening the attachment"), on_success=done,
                      on_failure=failed, executor=self.executor)
