"""The link chart's menus: the Export button (PNG, SVG, GraphML, GEXF, i2 ANX) and the
context menu of a node (open, select neighbours, pin, unpin, expand, collapse, hide, draw
or delete a link by hand, add or delete a note, merge two entities: "these are the same").

Kept apart from ``link_chart.py`` so the panel stays about building and showing;
every action here calls a method of the panel, which is what tests call too.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton

from liaison.model.errors import LiaisonError
from liaison.ui.error_dialog import show_error

if TYPE_CHECKING:
    from liaison.ui.link_chart import LinkChart

# Export format -> (file suffix, whether it is a picture drawn here or a graph file
# written by the workspace on the worker).
EXPORTS = {"png": (".png", True), "svg": (".svg", True), "graphml": (".graphml", False),
           "gexf": (".gexf", False), "anx": (".anx", False)}


class ChartMenus(QObject):
    """The Export button's menu and the node context menu of one link chart."""

    def __init__(self, chart: LinkChart) -> None:
        super().__init__(chart)
        self.chart = chart
        self.export_button = QToolButton(chart)
        self.export_button.setObjectName("chartExportButton")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        self.export_actions: dict[str, QAction] = {}
        for fmt in EXPORTS:
            action = self.export_menu.addAction("")
            action.setObjectName(f"chartExport_{fmt}")
            action.triggered.connect(lambda _checked=False, f=fmt: self.export(f))
            self.export_actions[fmt] = action
        self.export_button.setMenu(self.export_menu)

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Save the chart as a picture or as a graph file"))
        self.export_button.setAccessibleName(self.tr("Export the chart"))
        for fmt, text in self._format_names().items():
            self.export_actions[fmt].setText(text)

    def _format_names(self) -> dict[str, str]:
        return {"png": self.tr("Picture (PNG)…"), "svg": self.tr("Drawing (SVG)…"),
                "graphml": self.tr("GraphML…"), "gexf": self.tr("GEXF (Gephi)…"),
                "anx": self.tr("i2 Analyst's Notebook (ANX)…")}

    # --- export --------------------------------------------------------------------------

    def ask_path(self, fmt: str) -> Path | None:
        """The file to write, from a save dialog (None when the analyst cancels)."""
        suffix = EXPORTS[fmt][0]
        name, _ = QFileDialog.getSaveFileName(
            self.chart, self.tr("Export the chart"), f"link-chart{suffix}",
            self.tr("{kind} (*{suffix})").format(kind=fmt.upper(), suffix=suffix))
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(suffix)

    def export(self, fmt: str) -> object:
        """Ask where, then draw the picture (GUI thread) or write the graph (worker)."""
        path = self.ask_path(fmt)
        if path is None:
            return None
        try:
            if fmt == "png":
                return self.chart.export_png(path)
            if fmt == "svg":
                return self.chart.export_svg(path)
        except OSError as exc:
            show_error(self.chart.window(), self.tr("Exporting the chart"),
                       LiaisonError(str(exc)))
            return None
        return self.chart.export_graph(fmt, path)

    # --- context menu --------------------------------------------------------------------

    def context_menu(self, key: str | None) -> QMenu:
        """The menu for a right click on node ``key`` (None: on the background)."""
        chart = self.chart
        menu = QMenu(chart)
        menu.setObjectName("chartContextMenu")
        selected = set(chart.canvas.selected)
        pinned = selected & set(chart.pinned)

        def add(name: str, text: str, slot, enabled: bool = True) -> QAction:
            action = menu.addAction(text)
            action.setObjectName(name)
            action.setEnabled(enabled)
            action.triggered.connect(lambda _checked=False: slot())
            return action

        if key is not None:
            open_action = add("chartOpenAction", self.tr("Open"), lambda: chart.open_node(key))
            menu.setDefaultAction(open_action)
            add("chartNeighboursAction", self.tr("Select neighbours"), chart.select_neighbours)
            menu.addSeparator()
            add("chartPinAction", self.tr("Pin"), lambda: chart.pin(selected),
                bool(selected - pinned))
            add("chartUnpinAction", self.tr("Unpin"), lambda: chart.unpin(selected),
                bool(pinned))
            menu.addSeparator()
            add("chartExpandAction", self.tr("Expand"), chart.expand_selected)
            add("chartCollapseAction", self.tr("Collapse"), chart.collapse_selected)
            add("chartHideAction", self.tr("Hide"), chart.hide_selected)
            if chart.graph.nodes.get(key) is not None and chart.graph.nodes[key].kind == "group":
                add("chartExpandGroupAction", self.tr("Expand the group"),
                    lambda: chart.edits.expand_group(key))
            else:
                add("chartCollapseGroupAction", self.tr("Collapse its group into one node"),
                    lambda: chart.edits.collapse_group(key))
            menu.addSeparator()
            pair = len(selected) == 2 and all(
                chart.graph.nodes[k].kind == "entity" for k in selected if k in chart.graph.nodes)
            add("chartDrawLinkAction", self.tr("Draw a link between the two…"),
                chart.edits.draw_link, pair)
            add("chartDeleteLinkAction", self.tr("Delete the link drawn between the two"),
                chart.edits.delete_link, chart.edits.analyst_link_between() is not None)
            add("chartMergeAction", self.tr("These are the same"), chart.edits.merge, pair)
            node = chart.graph.nodes.get(key)
            one = len(selected) == 1 and node is not None and node.kind == "entity"
            add("chartAddNoteAction", self.tr("Add a note…"), chart.edits.add_note, one)
            add("chartDeleteNoteAction", self.tr("Delete the latest note"),
                chart.edits.delete_note, one and bool(node.notes))
            menu.addSeparator()
        add("chartUnpinAllAction", self.tr("Unpin all"), lambda: chart.unpin(None),
            bool(chart.pinned))
        return menu
