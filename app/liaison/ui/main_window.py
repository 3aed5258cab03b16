"""The main window: docks, menus, shortcuts, status bar; it wires the views together.

Every panel is a dock with a stable object name, so the layout is saved and
restored (QSettings). Panels added later (search, cross-reference hits, link
chart, timeline, findings) come in through :meth:`MainWindow.add_panel`, and the search bar
through :meth:`MainWindow.install_search_bar`; each panel offers ``clear()``,
which locking calls so that no record text stays in any widget.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QDockWidget, QLabel, QMainWindow, QToolBar, QWidget

from liaison.ui.about_dialog import AboutDialog
from liaison.ui.audit_view import AuditView
from liaison.ui.chart import install_chart_panels
from liaison.ui.entity_view import EntityView
from liaison.ui.exchange import install_exchange
from liaison.ui.findings_dock import install_findings
from liaison.ui.icons import app_icon
from liaison.ui.import_action import open_import_wizard
from liaison.ui.operations import Executor, Operation, run_operation
from liaison.ui.preferences import Preferences
from liaison.ui.records import RecordsBrowser, RecordView
from liaison.ui.review_dialog import ReviewDialog
from liaison.ui.search_results import install_search
from liaison.ui.settings_dialog import SettingsDialog
from liaison.ui.share import install_share
from liaison.ui.window_layout import STATE_VERSION, WindowLayout
from liaison.ui.xref_dock import install_xref
from liaison.workspace import Workspace
from liaison.workspace.records import EntityDetail, RecordDetail


class MainWindow(QMainWindow):
    """The analyst's desktop over one unlocked workspace."""

    lock_requested = Signal()
    settings_changed = Signal()
    closing = Signal()

    def __init__(self, executor: Executor, preferences: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.executor = executor
        self.preferences = preferences
        self.workspace: Workspace | None = None
        self.demo = False
        self.search_bar: QWidget | None = None
        self.panels: dict[str, tuple[QDockWidget, Callable[[], str]]] = {}
        self._areas: dict[str, Qt.DockWidgetArea] = {}
        self._counts: dict[str, int] | None = None
        self.setWindowIcon(app_icon())
        self.setDockNestingEnabled(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                            | QMainWindow.DockOption.AllowTabbedDocks
                            | QMainWindow.DockOption.AllowNestedDocks)

        self.records = RecordsBrowser(executor)
        self.record_view = RecordView(executor)
        self.entity_view = EntityView()
        self.audit_view = AuditView(executor)
        self.records.record_activated.connect(self.open_record)
        self.record_view.entity_requested.connect(self.open_entity)
        self.entity_view.entity_requested.connect(self.open_entity)
        self.entity_view.record_requested.connect(self.open_record)
        self.add_panel("records", lambda: self.tr("Records"), self.records,
                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.add_panel("record", lambda: self.tr("Record"), self.record_view,
                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.add_panel("entity", lambda: self.tr("Entity"), self.entity_view,
                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.add_panel("audit", lambda: self.tr("Audit log"), self.audit_view,
                       Qt.DockWidgetArea.LeftDockWidgetArea)

        self.agency_label = QLabel()
        self.agency_label.setObjectName("statusAgency")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("statusCounts")
        self.demo_label = QLabel()
        self.demo_label.setObjectName("statusDemo")
        self.demo_label.setStyleSheet("QLabel { background: #FFC000; color: #000; "
                                      "font-weight: bold; padding: 0 6px; border-radius: 3px; }")
        self.demo_label.hide()
        self.statusBar().addWidget(self.agency_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.demo_label)
        self._make_actions()
        self._make_menus()
        _bar, self.search_results, self.facets = install_search(self)
        self.xref = install_xref(self)
        self.exchange = install_exchange(self)
        self.charts = install_chart_panels(self)
        self.findings = install_findings(self)
        self.share = install_share(self)
        # Every panel is in: the perspectives arrange them all (ui/window_layout.py).
        self.layouts = WindowLayout(self)
        self.resize(1440, 900)
        self.retranslate()
        self._set_unlocked(False)
        executor.operation_finished.connect(self._operation_finished)

    # --- structure -----------------------------------------------------------------------

    def add_panel(self, name: str, title: Callable[[], str], widget: QWidget,
                  area: Qt.DockWidgetArea) -> QDockWidget:
        """Add a dock (``widget`` should offer ``attach(ws)`` and ``clear()``)."""
        dock = QDockWidget(title(), self)
        dock.setObjectName(f"{name}Dock")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        self.panels[name] = (dock, title)
        self._areas[name] = area
        if hasattr(self, "view_menu"):
            self.view_menu.insertAction(self.reset_layout_action, dock.toggleViewAction())
        return dock

    def install_search_bar(self, widget: QWidget) -> None:
        """Put the search bar in its toolbar; Find (Ctrl+F) then focuses it."""
        bar = QToolBar(self.tr("Search"), self)
        bar.setObjectName("searchToolBar")
        bar.setMovable(False)
        bar.addWidget(widget)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.search_bar = widget
        self.find_action.setEnabled(self.workspace is not None)

    def dock(self, name: str) -> QDockWidget:
        return self.panels[name][0]

    def _make_actions(self) -> None:
        def action(shortcut: QKeySequence | str | None, slot: Callable[[], object],
                   name: str) -> QAction:
            act = QAction(self)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.import_action = action("Ctrl+I", self.import_dialog, "importAction")
        self.review_action = action(None, self.review_dialog, "reviewAction")
        self.lock_action = action("Ctrl+L", self.lock_requested.emit, "lockAction")
        self.find_action = action(QKeySequence.StandardKey.Find, self.focus_search,
                                  "findAction")
        self.settings_action = action("Ctrl+,", self.settings_dialog, "settingsAction")
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action = action(None, self.about_dialog, "aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.quit_action = action("Ctrl+Q", self.close, "quitAction")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.reset_layout_action = action(None, self._reset_layout, "resetLayoutAction")

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.import_action)
        self.file_menu.addAction(self.review_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.find_action)
        self.view_menu = bar.addMenu("")
        for dock, _ in self.panels.values():
            self.view_menu.addAction(dock.toggleViewAction())
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.reset_layout_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    # --- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.import_action.setText(self.tr("&Import…"))
        self.import_action.setStatusTip(self.tr("Import CSV, FollowTheMoney, STIX or MISP "
                                                "files"))
        self.review_action.setText(self.tr("Records due for &review…"))
        self.review_action.setStatusTip(self.tr("Keep or erase the records whose review "
                                                "date has come"))
        self.lock_action.setText(self.tr("&Lock"))
        self.lock_action.setStatusTip(self.tr("Lock the workspace now"))
        self.find_action.setText(self.tr("&Find"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.about_action.setText(self.tr("&About Liaison"))
        self.quit_action.setText(self.tr("&Quit"))
        self.reset_layout_action.setText(self.tr("&Restore the default layout"))
        self.layouts.retranslate()
        for dock, title in self.panels.values():
            dock.setWindowTitle(title())
        self.demo_label.setText(self.tr("DEMO: synthetic data"))
        self._update_title()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_title(self) -> None:
        # Agency and state only: record text never goes in a window title (taskbars,
        # screen sharing and window lists show titles to bystanders).
        if self.workspace is None:
            self.setWindowTitle(self.tr("Liaison — locked"))
            return
        title = self.tr("Liaison — {agency}").format(agency=self.workspace.meta.agency_name)
        self.setWindowTitle(title + (" [DEMO]" if self.demo else ""))

    def _update_status(self, counts: dict[str, int] | None = None) -> None:
        ws = self.workspace
        if ws is None:
            self.agency_label.setText(self.tr("Locked"))
            self.counts_label.clear()
            return
        self.agency_label.setText(f"{ws.meta.agency_name} ({ws.meta.agency_country})")
        if counts is not None:
            self._counts = counts
        counts = self._counts
        if counts:
            locale = QLocale()
            self.counts_label.setText(self.tr("Records: {records}   Entities: {entities}")
                                      .format(records=locale.toString(counts["records"]),
                                              entities=locale.toString(counts["entities"])))

    # --- workspace life cycle --------------------------------------------------------------

    def attach(self, workspace: Workspace, demo: bool = False) -> None:
        """Show ``workspace`` (just unlocked) in every panel."""
        self.workspace, self.demo = workspace, demo
        self.demo_label.setVisible(demo)
        for dock, _ in self.panels.values():
            attach = getattr(dock.widget(), "attach", None)
            if attach is not None:
                attach(workspace)
        self._set_unlocked(True)
        self._update_title()
        self.refresh_counts()

    def clear_views(self) -> None:
        """Empty every panel, close open dialogs, and forget the workspace (locking)."""
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
            else:  # hidden but alive, it may still hold record text: it goes too
                dialog.deleteLater()
        for dock, _ in self.panels.values():
            clear = getattr(dock.widget(), "clear", None)
            if clear is not None:
                clear()
        self.workspace = None
        self._counts = None
        self.statusBar().clearMessage()
        self._set_unlocked(False)
        self._update_title()
        self._update_status()

    def _set_unlocked(self, unlocked: bool) -> None:
        for act in (self.import_action, self.review_action, self.lock_action,
                    self.settings_action, self.about_action):
            act.setEnabled(unlocked)
        self.find_action.setEnabled(unlocked and self.search_bar is not None)
        for dock, _ in self.panels.values():
            dock.widget().setEnabled(unlocked)

    def refresh(self) -> None:
        """Re-read what may have changed (after an import, for instance)."""
        self.records.refresh()
        self.audit_view.refresh()
        self.refresh_counts()

    def refresh_counts(self) -> None:
        ws = self.workspace
        if ws is not None:
            run_operation(self, lambda _p: ws.counts(), title=self.tr("Counting records"),
                          on_success=self._update_status, cancellable=False,
                          executor=self.executor)

    def _operation_finished(self, op: Operation) -> None:
        if op.changes and op.ok and self.workspace is not None:
            self.refresh()

    # --- navigation ----------------------------------------------------------------------

    def open_record(self, record_id: int | str) -> None:
        ws = self.workspace
        if ws is None:
            return

        def show(detail: RecordDetail) -> None:
            if self.workspace is ws:
                self.record_view.show_detail(detail)
                self.dock("record").show()
                self.dock("record").raise_()

        run_operation(self, lambda _p: ws.record_detail(record_id),
                      title=self.tr("Opening the record"), on_success=show,
                      cancellable=False, executor=self.executor)

    def open_entity(self, entity_id: str) -> None:
        ws = self.workspace
        if ws is None:
            return

        def show(detail: EntityDetail) -> None:
            if self.workspace is ws:
                self.entity_view.show_detail(detail)
                self.dock("entity").show()
                self.dock("entity").raise_()

        run_operation(self, lambda _p: ws.entity_detail(entity_id),
                      title=self.tr("Opening the entity"), on_success=show,
                      cancellable=False, executor=self.executor)

    def focus_search(self) -> None:
        if self.search_bar is not None:
            self.search_bar.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- dialogs -------------------------------------------------------------------------

    def import_dialog(self) -> None:
        ws = self.workspace
        if ws is None:
            return
        open_import_wizard(self, ws, executor=self.executor)

    def review_dialog(self) -> ReviewDialog | None:
        ws = self.workspace
        if ws is None:
            return None
        dialog = ReviewDialog(ws, self.executor, self, forget=self._forget_record)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.record_requested.connect(self.open_record)
        dialog.open()
        return dialog

    def _forget_record(self, record_id: str) -> None:
        """A record's content was erased: no view may keep showing it."""
        detail = self.record_view.detail
        if detail is not None and detail.id == record_id:
            self.record_view.clear()
            self.entity_view.clear()

    def settings_dialog(self) -> SettingsDialog:
        dialog = SettingsDialog(self.preferences, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.settings_changed.emit)
        dialog.open()
        return dialog

    def about_dialog(self) -> None:
        ws = self.workspace
        if ws is None:
            return

        def show(info: object) -> None:
            dialog = AboutDialog(getattr(info, "cipher_version", ""),
                                 str(Path(getattr(info, "folder", ""))), self.demo, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

        run_operation(self, lambda _p: ws.info(), title=self.tr("Reading workspace "
                                                                "information"),
                      on_success=show, cancellable=False, executor=self.executor)

    # --- layout --------------------------------------------------------------------------

    def restore_layout(self) -> None:
        """The layout the person left (fitted to this screen if it no longer fits), or
        the default one on first run or after a version with other docks."""
        geometry, state = self.preferences.window_layout()
        perspective, states = self.preferences.perspectives()
        self.layouts.adopt(perspective, states)
        restored = geometry is not None and self.restoreGeometry(geometry)
        if state is None or not self.restoreState(state, STATE_VERSION):
            self.layouts.restore_default()
        elif restored:
            self.layouts.clamp()
        else:
            self.layouts.fit()

    def save_layout(self) -> None:
        self.preferences.save_window_layout(self.saveGeometry(), self.saveState(STATE_VERSION))
        self.preferences.save_perspectives(self.layouts.current, self.layouts.states)

    def _reset_layout(self) -> None:
        self.layouts.restore_default()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.closing.emit()
        super().closeEvent(event)
