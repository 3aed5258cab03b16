"""Saved, named link charts: a chooser on the chart's tool bar and a Charts menu (save,
save as, rename, delete), kept in the workspace (``Workspace.chart_save`` and friends).

Choosing another saved chart saves the one being left first, so each reopens as it was
left. The work runs on the workspace worker; the chart gives and takes its state
(:meth:`SavedCharts.state`, :meth:`SavedCharts.show`), its collapsed groups too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
)

from liaison.model.graph import LinkGraph
from liaison.ui.chart.canvas import COLOUR_BY
from liaison.ui.operations import Operation, run_operation

if TYPE_CHECKING:
    from liaison.store.charts import SavedChart
    from liaison.ui.link_chart import LinkChart


class SavedCharts(QObject):
    """The chooser and the Charts menu of one link chart panel."""

    listed = Signal(list)   # the saved charts now in the chooser

    def __init__(self, chart: LinkChart) -> None:
        super().__init__(chart)
        self.chart = chart
        self.current: SavedChart | None = None
        self.charts: list[SavedChart] = []
        self.chooser = QComboBox(chart)
        self.chooser.setObjectName("chartChooser")
        self.chooser.setMinimumContentsLength(14)
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.activated.connect(self._chosen)
        self.button = QToolButton(chart)
        self.button.setObjectName("chartChartsButton")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.button)
        self.save_action = self.menu.addAction("")
        self.save_action.setObjectName("chartSaveAction")
        self.save_action.triggered.connect(lambda _c=False: self.save())
        self.save_as_action = self.menu.addAction("")
        self.save_as_action.setObjectName("chartSaveAsAction")
        self.save_as_action.triggered.connect(lambda _c=False: self.save_as())
        self.rename_action = self.menu.addAction("")
        self.rename_action.setObjectName("chartRenameAction")
        self.rename_action.triggered.connect(lambda _c=False: self.rename())
        self.delete_action = self.menu.addAction("")
        self.delete_action.setObjectName("chartDeleteAction")
        self.delete_action.triggered.connect(lambda _c=False: self.delete())
        self.button.setMenu(self.menu)
        self._fill()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Charts"))
        self.button.setToolTip(self.tr("Save this chart under a name, rename or delete it"))
        self.button.setAccessibleName(self.tr("Saved charts"))
        self.chooser.setToolTip(self.tr("Open a saved chart"))
        self.chooser.setAccessibleName(self.tr("Saved charts"))
        self.save_action.setText(self.tr("&Save chart"))
        self.save_as_action.setText(self.tr("Save chart &as…"))
        self.rename_action.setText(self.tr("&Rename chart…"))
        self.delete_action.setText(self.tr("&Delete chart"))
        self._fill()

    def _fill(self) -> None:
        self.chooser.blockSignals(True)
        self.chooser.clear()
        self.chooser.addItem(self.tr("(unsaved chart)"), None)
        for saved in self.charts:
            self.chooser.addItem(saved.name, saved.id)
        index = self.chooser.findData(self.current.id) if self.current else 0
        self.chooser.setCurrentIndex(max(index, 0))
        self.chooser.blockSignals(False)
        named = self.current is not None
        self.rename_action.setEnabled(named)
        self.delete_action.setEnabled(named)

    def _run(self, fn, title: str, done) -> Operation | None:
        if self.chart.workspace is None:
            return None
        return run_operation(self.chart, fn, title=title, on_success=done,
                             cancellable=False, executor=self.chart.executor)

    def refresh(self) -> Operation | None:
        """Read the list of saved charts (on attaching a workspace and after a change)."""
        ws = self.chart.workspace

        def done(charts: list[SavedChart]) -> None:
            self.charts = charts
            if self.current is not None:
                self.current = next((c for c in charts if c.id == self.current.id), None)
            self._fill()
            self.listed.emit(charts)

        return self._run(lambda _p: ws.charts_list(), self.tr("Reading the saved charts"),
                         done)

    def reset(self) -> None:
        """Forget the list (the workspace was locked: names of charts name suspects)."""
        self.current, self.charts = None, []
        self._fill()

    def detach(self) -> None:
        """A new chart was built: it is not (yet) a saved one."""
        self.current = None
        self._fill()

    def ask_name(self, title: str, text: str) -> str | None:
        name, ok = QInputDialog.getText(self.chart, title, self.tr("Name of the chart:"),
                                        QLineEdit.EchoMode.Normal, text)
        return name if ok else None

    def _saved(self, saved: SavedChart) -> None:
        self.current = saved
        self.chart.status.setText(self.tr("Saved the chart as “{name}”").format(
            name=saved.name))
        self.refresh()

    def save(self) -> Operation | None:
        """Save over the chart shown (or, if it was never saved, ask for a name)."""
        if self.current is None:
            return self.save_as()
        ws, state, current = self.chart.workspace, self.state(), self.current
        return self._run(lambda _p: ws.chart_save(current.name, state, current.id),
                         self.tr("Saving the chart"), self._saved)

    def save_as(self) -> Operation | None:
        ws = self.chart.workspace
        if ws is None:
            return None
        name = self.ask_name(self.tr("Save the chart"),
                             self.current.name if self.current else "")
        if name is None:
            return None
        state = self.state()
        return self._run(lambda _p: ws.chart_save(name, state), self.tr("Saving the chart"),
                         self._saved)

    def rename(self) -> Operation | None:
        ws, current = self.chart.workspace, self.current
        if ws is None or current is None:
            return None
        name = self.ask_name(self.tr("Rename the chart"), current.name)
        if name is None:
            return None
        return self._run(lambda _p: ws.chart_rename(current.id, name),
                         self.tr("Renaming the chart"), self._saved)

    def confirm_delete(self, name: str) -> bool:
        answer = QMessageBox.question(
            self.chart, self.tr("Delete the chart"),
            self.tr("Delete the saved chart “{name}”? The records are not touched.")
            .format(name=name))
        return answer == QMessageBox.StandardButton.Yes

    def delete(self) -> Operation | None:
        ws, current = self.chart.workspace, self.current
        if ws is None or current is None or not self.confirm_delete(current.name):
            return None

        def done(_result: object) -> None:
            self.current = None
            self.chart.status.setText(self.tr("Deleted the chart “{name}”").format(
                name=current.name))
            self.refresh()

        return self._run(lambda _p: ws.chart_delete(current.id),
                         self.tr("Deleting the chart"), done)

    def open(self, chart_id: str) -> Operation | None:
        """Open a saved chart, saving the named chart being left first."""
        ws = self.chart.workspace
        if ws is None:
            return None
        leaving = self.current
        state = self.state() if leaving is not None else None

        def work(_p):
            if leaving is not None and leaving.id != chart_id:
                ws.chart_save(leaving.name, state, leaving.id)
            return ws.chart_get(chart_id)

        def done(saved: SavedChart) -> None:
            self.current = saved
            self._fill()
            self.show(saved.state)

        return self._run(work, self.tr("Opening the chart"), done)

    def state(self) -> dict[str, Any]:
        """What a saved chart keeps to be drawn again as it was left."""
        graph = self.chart.graph
        entities = sorted({e for node in graph.nodes.values() if node.kind in ("entity", "group")
                           for e in (node.entity_ids or (node.key,))})
        return {"records": list(self.chart.built_from), "entities": entities,
                "positions": {k: [float(x), float(y)] for k, (x, y) in graph.positions.items()
                              if k in graph.nodes},
                "pinned": sorted(self.chart.pinned), "hidden": sorted(self.chart.hidden),
                "colour_by": COLOUR_BY[max(self.chart.colour_box.currentIndex(), 0)],
                "groups": _groups_state(graph)}

    def show(self, state: dict[str, Any]) -> Operation | None:
        """Draw a saved chart's state (built on the worker from the same records)."""
        ws = self.chart.workspace
        if ws is None:
            return None

        def done(graph: LinkGraph) -> None:
            self.chart.capped = None
            self.chart.show_cap()
            self.chart.built_from = [int(r) for r in state.get("records", [])]
            self.chart.hidden = set(state.get("hidden", []))
            self.chart.expansions = {}
            self.chart.pinned = {k: graph.positions[k] for k in state.get("pinned", [])
                                 if k in graph.positions}
            colour = state.get("colour_by", "type")
            self.chart.colour_box.blockSignals(True)
            self.chart.colour_box.setCurrentIndex(
                COLOUR_BY.index(colour) if colour in COLOUR_BY else 0)
            self.chart.colour_box.blockSignals(False)
            self.chart.edits.clear()
            self.chart.show_graph(graph)
            self.chart.records_opened.emit(self.chart.built_from)

        return run_operation(self.chart, lambda p: ws.chart_graph(state, progress=p),
                             title=self.tr("Opening the chart"), on_success=done,
                             executor=self.chart.executor)

    def _chosen(self, index: int) -> None:
        chart_id = self.chooser.itemData(index)
        if chart_id is None:
            self.detach()
        elif self.current is None or chart_id != self.current.id:
            self.open(chart_id)


def _groups_state(graph: LinkGraph) -> list[dict[str, Any]]:
    """The collapsed groups of ``graph`` as a saved chart keeps them, inner groups first:
    each one's label, members and their positions."""
    out: list[dict[str, Any]] = []

    def walk(container: LinkGraph) -> None:
        for key, kept in container.groups.items():
            walk(kept)
            out.append({"label": container.nodes[key].label if key in container.nodes
                        else "", "members": list(kept.nodes),
                        "positions": {k: [float(x), float(y)]
                                      for k, (x, y) in kept.positions.items()}})

    walk(graph)
    return out
