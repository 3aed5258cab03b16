"""File ▸ Import… (Ctrl+I): open the import wizard over the workspace.

The wizard imports through Workspace.import_file, so each file is imported
all-or-nothing and a cancel leaves the store unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from liaison.ui.import_wizard import ImportWizard
from liaison.ui.operations import Executor
from liaison.workspace import Workspace


def open_import_wizard(parent: QWidget, workspace: Workspace, *,
                       executor: Executor | None = None) -> ImportWizard:
    """Open the import wizard over ``workspace`` (window-modal; deleted when closed)."""
    wizard = ImportWizard(workspace, parent, executor=executor)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
