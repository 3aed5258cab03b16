"""The Share wizard's first two pages: what to share with whom and why, and the sharing
policy's answer per record (send / send redacted / withhold, with the rule and reason).

The partners and profiles are read, and the plan prepared (``Workspace.prepare_share``:
the policy check, then every detection), on the workspace worker.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from liaison.model.errors import LiaisonError
from liaison.ui.badges import BadgeDelegate
from liaison.ui.error_dialog import show_error
from liaison.ui.operations import run_operation

if TYPE_CHECKING:
    from liaison.analysis.redaction import SharePlan
    from liaison.ui.share.dialog import ShareDialog
    from liaison.workspace.records import RecordRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
WITHHOLD_COLOUR = "#B00020"

RowSource = Callable[[], list[Any]]


def failure_text(page: QWidget, title: str, exc: BaseException) -> str:
    """What a wizard page says inline about a failure.

    A LiaisonError is written for the analyst and is said as it is. Anything else is a
    bug: it goes to the error dialog (no traceback in the analyst's face, the details kept
    for the administrator) and the page only says that something went wrong.
    """
    if isinstance(exc, LiaisonError):
        return str(exc)
    window = page.window()
    parent = window if window.isVisible() else window.parentWidget()
    show_error(parent, title, exc, "".join(traceback.format_exception(exc)))
    return QCoreApplication.translate("SharePages", "An unexpected error stopped this step; "
                                      "the message says more.")


class SelectPage(QWizardPage):
    """The records (prefilled from the selection), the partner, profile and purpose."""

    def __init__(self, wizard: ShareDialog) -> None:
        super().__init__(wizard)
        self.setObjectName("shareSelectPage")
        self.share = wizard
        self.loaded = False
        self.partners: list[Any] = []
        self.records = QTreeWidget(self)
        self.records.setObjectName("shareRecords")
        self.records.setColumnCount(4)
        self.records.setRootIsDecorated(False)
        self.records.setItemDelegateForColumn(1, BadgeDelegate("tlp", self.records))
        self.records.setItemDelegateForColumn(2, BadgeDelegate("handling", self.records))
        self.records.itemChanged.connect(lambda *_: self.completeChanged.emit())
        self.add_search = QPushButton(self)
        self.add_search.setObjectName("shareAddSearch")
        self.add_search.clicked.connect(lambda: self.add_rows(wizard.search_rows()))
        self.add_listed = QPushButton(self)
        self.add_listed.setObjectName("shareAddListed")
        self.add_listed.clicked.connect(lambda: self.add_rows(wizard.listed_rows()))
        self.partner = QComboBox(self)
        self.partner.setObjectName("sharePartner")
        self.partner.currentIndexChanged.connect(lambda _i: self._partner_changed())
        self.profile = QComboBox(self)
        self.profile.setObjectName("shareProfile")
        self.purpose = QComboBox(self)
        self.purpose.setObjectName("sharePurpose")
        self.purpose.setEditable(True)
        self.purpose.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.agreement = QLabel(self)
        self.agreement.setObjectName("shareAgreement")
        self.agreement.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_search)
        buttons.addWidget(self.add_listed)
        buttons.addStretch(1)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(self.labels, (self.partner, self.profile, self.purpose),
                                strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.records, 1)
        layout.addLayout(buttons)
        layout.addLayout(self.form)
        layout.addWidget(self.agreement)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What to share, with whom, and why"))
        self.setSubTitle(self.tr("Uncheck records you do not mean to share. The policy "
                                 "decides on the next page what may go."))
        self.records.setHeaderLabels([self.tr("Record"), self.tr("TLP"), self.tr("Handling"),
                                      self.tr("Agency")])
        self.records.setAccessibleName(self.tr("Records to share"))
        self.add_search.setText(self.tr("Add the &search results"))
        self.add_listed.setText(self.tr("Add the &listed records"))
        for label, text in zip(self.labels, (self.tr("&Partner:"), self.tr("Redaction "
                               "&profile:"), self.tr("P&urpose:")), strict=True):
            label.setText(text)
        self.partner.setAccessibleName(self.tr("Partner"))
        self.profile.setAccessibleName(self.tr("Redaction profile"))
        self.purpose.setAccessibleName(self.tr("Purpose of the share"))
        self.purpose.lineEdit().setPlaceholderText(self.tr("e.g. the operation or case this "
                                                           "share serves"))

    def add_rows(self, rows: list[RecordRow]) -> None:
        """Add records (RecordRow) not listed yet, checked."""
        have = set(self.record_ids(checked_only=False))
        for row in rows:
            if row is None or row.id in have:
                continue
            have.add(row.id)
            item = QTreeWidgetItem([row.title or row.reference, row.tlp or "", row.handling or "",
                                    row.agency])
            item.setData(0, ID_ROLE, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            self.records.addTopLevelItem(item)
        self.records.resizeColumnToContents(0)
        self.completeChanged.emit()

    def record_ids(self, checked_only: bool = True) -> list[str]:
        items = (self.records.topLevelItem(i) for i in range(self.records.topLevelItemCount()))
        return [item.data(0, ID_ROLE) for item in items
                if not checked_only or item.checkState(0) == Qt.CheckState.Checked]

    def initializePage(self) -> None:
        if self.loaded:
            return
        ws = self.share.workspace

        def load(_p: Any) -> tuple[list[Any], list[Any]]:
            return ws.partners(), ws.redaction_profiles()

        run_operation(self, load, title=self.tr("Reading partners and profiles"),
                      on_success=self._loaded, cancellable=False,
                      executor=self.share.executor)

    def _loaded(self, result: tuple[list[Any], list[Any]]) -> None:
        self.partners, profiles = result
        self.partner.clear()
        self.partner.addItem(self.tr("Nobody in particular (files only, cautious rules)"), None)
        for partner in self.partners:
            self.partner.addItem(f"{partner.name} ({partner.country})", partner.name)
        if self.partners:
            self.partner.setCurrentIndex(1)
        self.profile.clear()
        for profile in profiles:
            self.profile.addItem(profile.name, profile.name)
        self.profile.setCurrentIndex(max(self.profile.findData("partner"), 0))
        self.loaded = True
        self._partner_changed()
        self.completeChanged.emit()

    def partner_name(self) -> str | None:
        return self.partner.currentData()

    def _partner_changed(self) -> None:
        partner = next((p for p in self.partners if p.name == self.partner_name()), None)
        agreement = partner.agreement if partner else None
        typed = self.purpose.currentText()
        self.purpose.clear()
        if agreement is not None:
            self.purpose.addItems(list(agreement.purposes))
        self.purpose.setEditText(typed)
        if partner is None:
            self.agreement.setText(self.tr("Without a partner the cautious default applies: "
                                           "up to TLP:GREEN, H0/H1, no third-party data."))
        elif agreement is None:
            self.agreement.setText(self.tr("There is no agreement with {partner}: nothing "
                                           "may go.").format(partner=partner.name))
        else:
            purposes = "; ".join(agreement.purposes) or self.tr("any")
            self.agreement.setText(self.tr("Agreement: up to TLP:{tlp}, {codes}; purposes: "
                                           "{purposes}.").format(
                tlp=agreement.max_tlp, codes="/".join(agreement.handling_codes),
                purposes=purposes))

    def isComplete(self) -> bool:
        return self.loaded and bool(self.record_ids())


class PolicyPage(QWizardPage):
    """The policy's answer per record: send / send redacted / withhold, rule and reason."""

    def __init__(self, wizard: ShareDialog) -> None:
        super().__init__(wizard)
        self.setObjectName("sharePolicyPage")
        self.share = wizard
        self._generation = 0
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("sharePolicy")
        self.tree.setColumnCount(6)
        self.tree.setItemDelegateForColumn(1, BadgeDelegate("tlp", self.tree))
        self.tree.setItemDelegateForColumn(2, BadgeDelegate("handling", self.tree))
        self.summary = QLabel(self)
        self.summary.setObjectName("sharePolicySummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What the sharing policy allows"))
        self.setSubTitle(self.tr("Each record with the rule that decided it. Withheld "
                                 "records and fields do not leave."))
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("TLP"), self.tr("Handling"),
                                   self.tr("Decision"), self.tr("Rule"), self.tr("Reason")])
        self.tree.setAccessibleName(self.tr("Policy decisions"))

    def initializePage(self) -> None:
        self.share.set_plan(None)
        self.tree.clear()
        self.summary.setText(self.tr("Checking the policy and looking for what to redact…"))
        self._generation += 1
        generation = self._generation
        ws, select = self.share.workspace, self.share.select
        ids, partner = select.record_ids(), select.partner_name()
        profile, purpose = select.profile.currentData(), select.purpose.currentText().strip()

        def done(plan: SharePlan) -> None:
            if generation == self._generation:
                self.show_plan(plan)

        title = self.tr("Checking the sharing policy")

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.summary.setText(failure_text(self, title, exc))

        run_operation(self, lambda _p: ws.prepare_share(ids, partner, profile,
                                                        purpose=purpose or None),
                      title=title, on_success=done,
                      on_failure=failed, executor=self.share.executor)

    def show_plan(self, plan: SharePlan) -> None:
        self.share.set_plan(plan)
        report = plan.policy
        for d in report.decisions if report else []:
            item = QTreeWidgetItem([d.title or d.record_id, d.tlp or "", d.handling or "",
                                    d.action, d.rule, d.reason])
            item.setData(0, ID_ROLE, d.record_id)
            if d.action == "withhold":
                for col in (3, 4, 5):
                    item.setForeground(col, QBrush(QColor(WITHHOLD_COLOUR)))
            for v in d.verdicts[1:]:
                item.addChild(QTreeWidgetItem(["", "", "", v.action, v.rule, v.reason]))
            for f in d.fields:
                if f.action == "withhold":
                    item.addChild(QTreeWidgetItem([
                        self.tr("field {field}").format(field=f.field), "", "", f.action,
                        f.rule, f.reason]))
            for note in d.notes:
                item.addChild(QTreeWidgetItem([self.tr("note"), "", "", "", "", note]))
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        allowed = len(report.allowed()) if report else 0
        withheld = len(report.withheld()) if report else 0
        text = self.tr("{allowed} record(s) may go to {partner}, {withheld} withheld.").format(
            allowed=allowed, partner=plan.partner, withheld=withheld)
        if not allowed:
            text += " " + self.tr("Nothing may go: go back and choose other records, another "
                                  "partner or the agreed purpose.")
        self.summary.setText(text)
        self.completeChanged.emit()

    def decision_items(self) -> dict[str, QTreeWidgetItem]:
        return {self.tree.topLevelItem(i).data(0, ID_ROLE): self.tree.topLevelItem(i)
                for i in range(self.tree.topLevelItemCount())}

    def isComplete(self) -> bool:
        plan = self.share.plan
        return plan is not None and bool(plan.source.records)
