"""The analyst's edits of a link chart, undoable (a QUndoStack): moving and hiding nodes,
drawing a link by hand and deleting it, writing a note on an entity and deleting it,
collapsing a group of nodes into one and expanding it, and merging two entities ("these
are the same").

Each edit is pushed once it is done (a workspace change only once the worker did it),
holding a snapshot of the chart before and after it: undo and redo put a snapshot back
and, for a workspace change, undo or redo it there first (the analyst's link deleted or
restored, the xref judgement withdrawn or made again), so the chart never shows what the
workspace does not hold.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QInputDialog, QLineEdit

from liaison.model.graph import EDGE_ANALYST, NODE_ENTITY, GraphEdge, analyst_edge
from liaison.ui.chart.canvas import COLOUR_BY
from liaison.ui.chart.legend import kind_name
from liaison.ui.operations import Operation, run_operation

if TYPE_CHECKING:
    from liaison.store.charts import AnalystLink, AnalystNote
    from liaison.ui.link_chart import LinkChart, Snapshot


class ChartEdit(QUndoCommand):
    """One edit, already done when pushed: the stack's first redo does nothing."""

    def __init__(self, text: str, undo: Callable[[], None], redo: Callable[[], None]) -> None:
        super().__init__(text)
        self._undo, self._redo, self._done = undo, redo, True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()


class ChartEdits(QObject):
    """The undo stack of one chart and the edits that go on it."""

    def __init__(self, chart: LinkChart) -> None:
        super().__init__(chart)
        self.chart = chart
        self.stack = QUndoStack(self)
        # Short words on the tool bar (QUndoStack's own actions put the whole "Undo Add a
        # note" there and push the other tools behind the overflow button); the edit is
        # named in the tooltip.
        self.undo_action = self._action("chartUndoAction", QKeySequence.StandardKey.Undo,
                                        self.stack.undo, self.stack.canUndoChanged)
        self.redo_action = self._action("chartRedoAction", QKeySequence.StandardKey.Redo,
                                        self.stack.redo, self.stack.canRedoChanged)
        self._texts = ["", ""]  # what undo and redo would do now (the stack's own words)
        self.stack.undoTextChanged.connect(self._undo_text)
        self.stack.redoTextChanged.connect(self._redo_text)
        self.retranslate()

    # The texts come with the signals: the stack is not asked, as it may be going away.
    def _undo_text(self, text: str) -> None:
        self._texts[0] = text
        self.retranslate()

    def _redo_text(self, text: str) -> None:
        self._texts[1] = text
        self.retranslate()

    def _action(self, name: str, key, slot, enabled_changed) -> QAction:
        action = QAction(self.chart)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setEnabled(False)
        action.triggered.connect(lambda _checked=False: slot())
        enabled_changed.connect(action.setEnabled)
        return action

    def retranslate(self) -> None:
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        undo, redo = self._texts
        self.undo_action.setToolTip(self.tr("Undo: {edit}").format(edit=undo) if undo
                                    else self.tr("Undo the last change to the chart"))
        self.redo_action.setToolTip(self.tr("Redo: {edit}").format(edit=redo) if redo
                                    else self.tr("Redo the change to the chart undone last"))

    def clear(self) -> None:
        """A new chart: the edits of the last one cannot be undone on it."""
        self.stack.clear()

    def _push(self, text: str, before: Snapshot, after: Snapshot,
              undo_work: Callable[[], object] | None = None,
              redo_work: Callable[[], object] | None = None) -> None:
        chart = self.chart

        def step(work: Callable[[], object] | None, snapshot: Snapshot) -> Callable[[], None]:
            if work is None:
                return lambda: chart.restore(snapshot)
            return lambda: self._run(lambda _p: work(), lambda _r: chart.restore(snapshot))

        self.stack.push(ChartEdit(text, step(undo_work, before), step(redo_work, after)))

    def _run(self, fn, done) -> Operation | None:
        return run_operation(self.chart, fn, title=self.tr("Changing the chart"),
                             on_success=done, cancellable=False,
                             executor=self.chart.executor)

    # --- chart-only edits ----------------------------------------------------------------

    def moved(self, before: Snapshot) -> None:
        """A node was dragged (the chart already shows it moved and pinned)."""
        self._push(self.tr("Move"), before, self.chart.snapshot())

    def hidden(self, before: Snapshot) -> None:
        self._push(self.tr("Hide"), before, self.chart.snapshot())

    def changed(self, kind: str, before: Snapshot) -> None:
        """The chart was laid out, expanded, collapsed, grown by a path, or a group
        collapsed or expanded (``kind``: layout, expand, collapse, path, group, ungroup)."""
        text = {"layout": self.tr("Lay out"), "expand": self.tr("Expand"),
                "collapse": self.tr("Collapse"), "path": self.tr("Find path"),
                "group": self.tr("Collapse the group"),
                "ungroup": self.tr("Expand the group")}[kind]
        self._push(text, before, self.chart.snapshot())

    # --- the analyst's links -------------------------------------------------------------

    def _two_entities(self) -> tuple[str, str] | None:
        """The two selected nodes, when both are entities (else a word in the status)."""
        chart = self.chart
        keys = sorted(chart.canvas.selected)
        nodes = [chart.graph.nodes.get(k) for k in keys]
        if len(keys) != 2 or any(n is None or n.kind != NODE_ENTITY for n in nodes):
            chart.status.setText(self.tr("Select exactly two entities first."))
            return None
        return keys[0], keys[1]

    def analyst_link_between(self) -> GraphEdge | None:
        """The analyst's link between the two selected nodes, if there is one."""
        keys = set(self.chart.canvas.selected)
        if len(keys) != 2:
            return None
        return next((e for e in self.chart.graph.edges.values() if e.kind == EDGE_ANALYST
                     and {e.source, e.target} == keys), None)

    def ask_label(self) -> str | None:
        label, ok = QInputDialog.getText(
            self.chart, self.tr("Draw a link"),
            self.tr("What joins the two (it is kept as your own assertion, with your name "
                    "and the time):"), QLineEdit.EchoMode.Normal, "")
        return label if ok else None

    def draw_link(self, label: str | None = None) -> Operation | None:
        """Draw a link by hand between the two selected entities, with a label."""
        ws, pair = self.chart.workspace, self._two_entities()
        if ws is None or pair is None:
            return None
        label = self.ask_label() if label is None else label
        if label is None:
            return None
        a, b = pair

        def done(link: AnalystLink) -> None:
            before = self.chart.snapshot()
            graph = self.chart.graph.copy()
            graph.add_edge(analyst_edge(link.id, a, b, link.label, link.created_by,
                                        link.created))
            self.chart.restore((graph, *before[1:]))
            self._push(self.tr("Draw a link"), before, self.chart.snapshot(),
                       lambda: ws.analyst_link_delete(link.id),
                       lambda: ws.analyst_link_delete(link.id, deleted=False))

        return self._run(lambda _p: ws.analyst_link_add(a, b, label), done)

    def delete_link(self) -> Operation | None:
        """Delete the analyst's link between the two selected nodes."""
        ws, edge = self.chart.workspace, self.analyst_link_between()
        if ws is None or edge is None:
            return None
        link_id = edge.key.removeprefix("analyst:")

        def done(_r: object) -> None:
            before = self.chart.snapshot()
            graph = self.chart.graph.copy()
            del graph.edges[edge.key]
            self.chart.restore((graph, *before[1:]))
            self._push(self.tr("Delete the link"), before, self.chart.snapshot(),
                       lambda: ws.analyst_link_delete(link_id, deleted=False),
                       lambda: ws.analyst_link_delete(link_id))

        return self._run(lambda _p: ws.analyst_link_delete(link_id), done)

    # --- the analyst's notes -------------------------------------------------------------

    def _one_entity(self) -> str | None:
        chart = self.chart
        keys = list(chart.canvas.selected)
        node = chart.graph.nodes.get(keys[0]) if len(keys) == 1 else None
        if node is None or node.kind != NODE_ENTITY:
            chart.status.setText(self.tr("Select one entity first."))
            return None
        return node.key

    def ask_note(self) -> str | None:
        text, ok = QInputDialog.getMultiLineText(
            self.chart, self.tr("Add a note"),
            self.tr("Your note on this entity (kept with your name and the time, never "
                    "shared):"), "")
        return text if ok else None

    def _with_notes(self, key: str, notes: tuple) -> None:
        graph = self.chart.graph.copy()
        graph.nodes[key] = replace(graph.nodes[key], notes=notes)
        before = self.chart.snapshot()
        self.chart.restore((graph, *before[1:]))

    def add_note(self, text: str | None = None) -> Operation | None:
        """Write a note on the selected entity."""
        ws, key = self.chart.workspace, self._one_entity()
        if ws is None or key is None:
            return None
        text = self.ask_note() if text is None else text
        if text is None:
            return None

        def done(note: AnalystNote) -> None:
            before = self.chart.snapshot()
            old = self.chart.graph.nodes[key].notes
            self._with_notes(key, (*old, (note.id, note.text, note.created_by, note.created)))
            self._push(self.tr("Add a note"), before, self.chart.snapshot(),
                       lambda: ws.analyst_note_delete(note.id),
                       lambda: ws.analyst_note_delete(note.id, deleted=False))

        return self._run(lambda _p: ws.analyst_note_add(key, text), done)

    def delete_note(self) -> Operation | None:
        """Delete the latest note on the selected entity."""
        ws, key = self.chart.workspace, self._one_entity()
        if ws is None or key is None or not self.chart.graph.nodes[key].notes:
            return None
        note_id = self.chart.graph.nodes[key].notes[-1][0]

        def done(_r: object) -> None:
            before = self.chart.snapshot()
            self._with_notes(key, self.chart.graph.nodes[key].notes[:-1])
            self._push(self.tr("Delete the note"), before, self.chart.snapshot(),
                       lambda: ws.analyst_note_delete(note_id, deleted=False),
                       lambda: ws.analyst_note_delete(note_id))

        return self._run(lambda _p: ws.analyst_note_delete(note_id), done)

    # --- groups --------------------------------------------------------------------------

    def group_of(self, key: str) -> tuple[list[str], str]:
        """The nodes sharing ``key``'s colour (its type, community or agency, as the chart
        is coloured) and the name of that group, for collapsing them into one node."""
        colour_by = COLOUR_BY[max(self.chart.colour_box.currentIndex(), 0)]
        nodes = self.chart.graph.nodes
        node = nodes[key]

        def value(n):
            if colour_by == "community":
                return n.metrics.get("community")
            if colour_by == "agency":
                return n.agencies[0] if n.agencies else ""
            return (n.kind, n.schema)

        mine = value(node)
        members = [k for k, n in nodes.items() if n.kind != "group" and value(n) == mine]
        if colour_by == "community":
            name = self.tr("Community {number}").format(number=int(mine or 0) + 1)
        elif colour_by == "agency":
            name = mine or self.tr("No agency")
        else:
            name = kind_name(node.kind, node.schema)
        return members, self.tr("{name} ({count})").format(name=name, count=len(members))

    def collapse_group(self, key: str) -> None:
        """Draw the nodes of ``key``'s group (by the chart's colouring) as one node."""
        from liaison.analysis.graph import collapse

        if key not in self.chart.graph.nodes or self.chart.graph.nodes[key].kind == "group":
            return
        members, label = self.group_of(key)
        if len(members) < 2:
            self.chart.status.setText(self.tr("Nothing to group: no other node is coloured "
                                        "like this one."))
            return
        before = self.chart.snapshot()
        graph, group = collapse(self.chart.graph, members, label)
        self.chart.canvas.set_selected(set())
        self.chart.restore((graph, graph.positions, {k: xy for k, xy in self.chart.pinned.items()
                                               if k in graph.nodes}, self.chart.hidden))
        self.chart.select_keys([group])
        self.changed("group", before)

    def expand_group(self, key: str) -> None:
        """Draw a group node's members again where they were."""
        from liaison.analysis.graph import expand

        if key not in self.chart.graph.groups:
            return
        before = self.chart.snapshot()
        graph = expand(self.chart.graph, key)
        self.chart.restore((graph, graph.positions, before[2], self.chart.hidden))
        self.chart.select_keys(list(before[0].groups[key].nodes))
        self.changed("ungroup", before)

    # --- merging -------------------------------------------------------------------------

    def merge(self) -> Operation | None:
        """Record that the two selected entities are the same (an xref judgement, as the
        cross-reference dock records it) and draw them as one node."""
        ws, pair = self.chart.workspace, self._two_entities()
        if ws is None or pair is None:
            return None
        a, b = pair
        state = self.chart.saved.state()

        def work(progress):
            judgement = ws.xref_judge(a, b, "same")
            return ws.chart_graph(state, progress=progress), judgement.previous

        def done(result) -> None:
            graph, previous = result
            before = self.chart.snapshot()
            pinned = {k: xy for k, xy in before[2].items() if k in graph.nodes}
            self.chart.restore((graph, dict(graph.positions), pinned, before[3]))
            self.chart.select_keys([k for k in pair if k in graph.nodes])
            self._push(self.tr("Merge"), before, self.chart.snapshot(),
                       # Undo puts back the verdict the pair had ('different' stays so).
                       (lambda: ws.xref_judge(a, b, previous)) if previous
                       else (lambda: ws.xref_undo(a, b)),
                       lambda: ws.xref_judge(a, b, "same"))

        return run_operation(self.chart, work, title=self.tr("Merging the two entities"),
                             on_success=done, cancellable=False, executor=self.chart.executor)

