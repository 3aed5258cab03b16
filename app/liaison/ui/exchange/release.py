"""Releasing a share that waits in the outbox (issue 20; ARCHITECTURE.md, "Release").

A releasing officer releases it; with four eyes, a second releasing officer present (not
the one who prepared it) types their name and their own passphrase here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from liaison.ui.exchange.dialogs import _FormDialog


class ReleaseDialog(_FormDialog):
    """Approve and sign one release; ``values()`` go to ``Workspace.release_approve``."""

    def __init__(self, entry: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("releaseDialog")
        self.entry = entry
        self.approver = QLineEdit(self)
        self.approver.setObjectName("releaseApprover")
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("releasePassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.approver_label = QLabel(self)
        self.approver_label.setBuddy(self.approver)
        self.passphrase_label = QLabel(self)
        self.passphrase_label.setBuddy(self.passphrase)
        self.form.addRow(self.approver_label, self.approver)
        self.form.addRow(self.passphrase_label, self.passphrase)
        self.setMinimumWidth(520)
        self.retranslate()

    def retranslate(self) -> None:
        e = self.entry
        self.setWindowTitle(self.tr("Release a share"))
        partner = ", ".join(r["partner"] for r in e["recipients"])
        text = self.tr("Release the share to {partner} ({count} record(s)), prepared by "
                       "{who}? It is signed and put in the outbox. Plan {plan}.").format(
            partner=partner, count=e["counts"].get("records", 0), who=e["prepared_by"],
            plan=e["plan_hash"])
        if e["four_eyes"]:
            text += "\n\n" + self.tr(
                "It needs four eyes ({reasons}): a second releasing officer, not {who}, "
                "types their name and their own passphrase below.").format(
                reasons="; ".join(e["four_eyes"]), who=e["prepared_by"])
        self.intro.setText(text)
        self.approver_label.setText(self.tr("Second &officer:"))
        self.approver.setAccessibleName(self.tr("Name of the second releasing officer"))
        self.passphrase_label.setText(self.tr("Their &passphrase:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase of the second releasing officer"))

    def values(self) -> dict[str, Any]:
        return {"id": self.entry["release_id"], "approver": self.approver.text().strip() or None,
                "passphrase": self.passphrase.text() or None}

    def check(self, values: dict[str, Any]) -> str | None:
        if values["approver"] and not values["passphrase"]:
            return self.tr("The second officer types their own passphrase.")
        return None
