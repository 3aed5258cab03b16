"""Saved link charts and the analyst's hand-drawn links of an unlocked workspace (issue 18;
``store/charts.py``). Each change is audited in its own transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from liaison.store import charts
from liaison.store.database import transaction

if TYPE_CHECKING:
    from liaison.model.graph import LinkGraph
    from liaison.model.progress import Progress
    from liaison.store.charts import AnalystLink, AnalystNote, SavedChart
    from liaison.store.database import Connection


class ChartsMixin:
    """Named charts (save, list, open, rename, delete) and analyst's links (add, delete,
    restore, list between entities)."""

    actor: str

    if TYPE_CHECKING:
        conn: Connection

    def charts_list(self) -> list[SavedChart]:
        """Every saved chart, by name."""
        return charts.list_charts(self.conn)

    def chart_get(self, chart_id: str) -> SavedChart:
        return charts.get_chart(self.conn, chart_id)

    def chart_save(self, name: str, state: dict[str, Any], chart_id: str | None = None
                   ) -> SavedChart:
        """Save a chart under ``name`` (over ``chart_id`` when given); audited."""
        with transaction(self.conn):
            return charts.save_chart(self.conn, self.actor, name, state, chart_id)

    def chart_rename(self, chart_id: str, name: str) -> SavedChart:
        with transaction(self.conn):
            return charts.rename_chart(self.conn, self.actor, chart_id, name)

    def chart_delete(self, chart_id: str) -> None:
        with transaction(self.conn):
            charts.delete_chart(self.conn, self.actor, chart_id)

    def analyst_link_add(self, source_id: str, target_id: str, label: str) -> AnalystLink:
        """Record a link the analyst drew (never a partner's data, never shared)."""
        with transaction(self.conn):
            return charts.add_link(self.conn, self.actor, source_id, target_id, label)

    def analyst_link_delete(self, link_id: str, deleted: bool = True) -> None:
        """Delete an analyst's link (``deleted=False``: restore it, as an undo does)."""
        with transaction(self.conn):
            charts.set_link_deleted(self.conn, self.actor, link_id, deleted)

    def analyst_links_between(self, entity_ids: list[str],
                              conn: Connection | None = None) -> list[AnalystLink]:
        """The analyst's links with both ends among ``entity_ids``."""
        return charts.links_between(conn or self.conn, entity_ids)

    def analyst_note_add(self, entity_id: str, text: str) -> AnalystNote:
        """Record a note of the analyst's on an entity (never shared)."""
        with transaction(self.conn):
            return charts.add_note(self.conn, self.actor, entity_id, text)

    def analyst_note_delete(self, note_id: str, deleted: bool = True) -> None:
        """Delete an analyst's note (``deleted=False``: restore it, as an undo does)."""
        with transaction(self.conn):
            charts.set_note_deleted(self.conn, self.actor, note_id, deleted)

    def analyst_notes_for(self, entity_ids: list[str],
                          conn: Connection | None = None) -> list[AnalystNote]:
        return charts.notes_for(conn or self.conn, entity_ids)

    def with_analyst_marks(self, graph: LinkGraph, conn: Connection | None = None) -> LinkGraph:
        """``graph`` with the analyst's links between its entity nodes added (in place),
        each an edge of kind ``analyst`` keyed ``analyst:<id>`` (ends merged into one
        cluster are not drawn), and the analyst's notes on its entities in their nodes'
        ``notes``."""
        from dataclasses import replace

        from liaison.model.graph import EDGE_ANALYST, NODE_ENTITY, analyst_edge

        node_of = {eid: node.key for node in graph.nodes.values() if node.kind == NODE_ENTITY
                   for eid in (node.entity_ids or (node.key,))}
        for key in [k for k, e in graph.edges.items() if e.kind == EDGE_ANALYST]:
            del graph.edges[key]  # drawn afresh: one may have been deleted meanwhile
        for link in self.analyst_links_between(list(node_of), conn=conn):
            a, b = node_of[link.source_id], node_of[link.target_id]
            if a == b:
                continue
            graph.add_edge(analyst_edge(link.id, a, b, link.label, link.created_by,
                                        link.created))
        notes: dict[str, list[tuple[str, str, str, str]]] = {}
        for note in self.analyst_notes_for(list(node_of), conn=conn):
            notes.setdefault(node_of[note.entity_id], []).append(
                (note.id, note.text, note.created_by, note.created))
        for key, node in graph.nodes.items():
            if node.notes or key in notes:
                graph.nodes[key] = replace(node, notes=tuple(notes.get(key, ())))
        return graph

    def chart_graph(self, state: dict[str, Any], conn: Connection | None = None,
                    progress: Progress | None = None) -> LinkGraph:
        """The graph of a saved chart's state as it was left: built from the same records
        and entities, limited to the nodes it showed, at their saved positions (nodes the
        store no longer holds are left out), with the analyst's links and notes, annotated,
        and its groups collapsed again."""
        from liaison.analysis.graph import annotate, build_graph, collapse, force_layout

        db = conn or self.conn
        graph = build_graph(db, record_ids=state.get("records", []),
                            entity_ids=state.get("entities", []), progress=progress)
        groups = [g for g in state.get("groups", []) if isinstance(g, dict)]
        positions = {k: (float(x), float(y)) for k, (x, y) in
                     state.get("positions", {}).items()}
        for group in groups:  # members of collapsed groups are in the chart too
            for k, (x, y) in group.get("positions", {}).items():
                positions.setdefault(k, (float(x), float(y)))
        if positions:
            graph = graph.subgraph([k for k in graph.nodes if k in positions])
        hidden = set(state.get("hidden", []))
        graph = graph.subgraph([k for k in graph.nodes if k not in hidden])
        graph.positions = {k: xy for k, xy in positions.items() if k in graph.nodes}
        self.with_analyst_marks(graph, conn=db)
        annotate(graph, progress=progress)
        for group in groups:  # inner groups first, as they were collapsed
            members = [k for k in group.get("members", []) if k in graph.nodes]
            if len(members) >= 2:
                graph, key = collapse(graph, members, str(group.get("label", "")))
                if key in positions:
                    graph.positions[key] = positions[key]
        if len(graph.positions) < len(graph.nodes):
            force_layout(graph, progress=progress, keep=True, pinned=set(graph.positions))
        return graph
