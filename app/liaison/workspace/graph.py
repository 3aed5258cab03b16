"""Link chart and timeline operations of an unlocked workspace: build, expand, path, export.

Building reads only, so it may run on a reader connection (``open_reader``) on a
worker thread; the computations on a built graph (layouts, centrality, communities)
are in :mod:`liaison.analysis.graph` and need no workspace. Exports write a file
atomically and are audited as ``graph.export`` / ``timeline.export``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from liaison.model.errors import LiaisonError
from liaison.model.progress import Progress

if TYPE_CHECKING:
    from liaison.analysis.graph import GraphOptions
    from liaison.model.graph import LinkGraph
    from liaison.model.timeline import TimelineItem
    from liaison.store.database import Connection

GRAPH_FORMATS = ("graphml", "gexf", "anx")
QUERY_PAGE = 1000            # the search engine's largest page
DEFAULT_QUERY_LIMIT = 5000   # records a chart of a search is built from, by default


class GraphMixin:
    """Graphs and timelines from records, entities or a search (analysis.graph.build)."""

    if TYPE_CHECKING:
        conn: Connection

        def record(self, action: str, obj: str = "", details: dict[str, Any] | None = None
                   ) -> Any: ...

    def _graph_options(self, identifiers_as_nodes: bool, options: GraphOptions | None
                       ) -> GraphOptions:
        from dataclasses import replace

        from liaison.analysis.graph import GraphOptions

        opts = options or GraphOptions()
        return replace(opts, identifiers_as_nodes=identifiers_as_nodes or
                       opts.identifiers_as_nodes)

    def graph_for_records(self, record_ids: Iterable[int | str],
                          identifiers_as_nodes: bool = False, *,
                          options: GraphOptions | None = None, conn: Connection | None = None,
                          progress: Progress | None = None) -> LinkGraph:
        """The chart of some records (row ids or UUIDs): their entities and links."""
        from liaison.analysis.graph import build_graph

        return build_graph(conn or self.conn, record_ids=record_ids,
                           options=self._graph_options(identifiers_as_nodes, options),
                           progress=progress)

    def graph_for_entities(self, entity_ids: Iterable[str], identifiers_as_nodes: bool = False,
                           *, options: GraphOptions | None = None,
                           conn: Connection | None = None,
                           progress: Progress | None = None) -> LinkGraph:
        """The chart of some entities and the links between them."""
        from liaison.analysis.graph import build_graph

        return build_graph(conn or self.conn, entity_ids=entity_ids,
                           options=self._graph_options(identifiers_as_nodes, options),
                           progress=progress)

    def query_record_ids(self, query: str, limit: int = DEFAULT_QUERY_LIMIT) -> list[int]:
        """Row ids of up to ``limit`` records a search matches, best first."""
        return self.query_records(query, limit)[0]

    def query_records(self, query: str, limit: int = DEFAULT_QUERY_LIMIT
                      ) -> tuple[list[int], int]:
        """Row ids of up to ``limit`` records a search matches, best first, and how many
        it matches in all (more than were taken when the limit cut them)."""
        search = getattr(self, "search_records", None)
        if search is None:
            raise LiaisonError("Search is not available in this version of Liaison.")
        rids: list[int] = []
        total = 0
        while len(rids) < limit:
            page = search(query, min(QUERY_PAGE, limit - len(rids)), len(rids), facets=False)
            hits = page.hits if hasattr(page, "hits") else page
            total = max(total, getattr(page, "total", len(rids) + len(hits)))
            rids += [hit.rid for hit in hits]
            if len(hits) < QUERY_PAGE or len(rids) >= total:
                break
        return rids[:limit], max(total, len(rids[:limit]))

    def graph_for_query(self, query: str, identifiers_as_nodes: bool = False, *,
                        limit: int = DEFAULT_QUERY_LIMIT, options: GraphOptions | None = None,
                        progress: Progress | None = None) -> LinkGraph:
        """The chart of the records a search finds (at most ``limit`` of them)."""
        return self.graph_for_records(self.query_record_ids(query, limit), identifiers_as_nodes,
                                      options=options, progress=progress)

    def graph_expand(self, graph: LinkGraph, key: str, depth: int = 1, *,
                     limit: int = 2000, options: GraphOptions | None = None,
                     conn: Connection | None = None, progress: Progress | None = None
                     ) -> LinkGraph:
        """A copy of ``graph`` with the neighbours of node ``key`` up to ``depth`` links away.

        At most ``limit`` nodes are added (``truncated`` is set when some were left
        out). New nodes have no position; ``force_layout(graph, keep=True)`` places
        them beside their neighbours.
        """
        from liaison.analysis.graph import build_graph, neighbourhood

        opts = self._graph_options(False, options)
        kinds = opts.identifier_kinds if opts.identifiers_as_nodes else ()
        db = conn or self.conn
        keys, truncated = neighbourhood(db, [key], depth, identifier_kinds=kinds,
                                        limit=limit, progress=progress)
        existing = [k for k, n in graph.nodes.items() if n.kind == "entity"]
        grown = build_graph(db, entity_ids=existing + keys, options=opts, progress=progress)
        out = graph.copy()
        out.merge(grown)
        out.truncated = out.truncated or truncated
        return out

    def graph_path(self, a: str, b: str, *, max_depth: int = 6,
                   identifiers_as_nodes: bool = False, conn: Connection | None = None,
                   progress: Progress | None = None) -> tuple[list[str] | None, LinkGraph]:
        """A shortest path from entity ``a`` to entity ``b`` through the store.

        Returns the path's node keys (None when there is none within ``max_depth``
        links) and the graph of its nodes, ready to merge into a chart.
        """
        from liaison.analysis.graph import GraphOptions, build_graph, store_path
        from liaison.model.graph import LinkGraph

        opts = GraphOptions(identifiers_as_nodes=identifiers_as_nodes)
        kinds = opts.identifier_kinds if identifiers_as_nodes else ()
        db = conn or self.conn
        path, truncated = store_path(db, a, b, max_depth=max_depth, identifier_kinds=kinds,
                                     progress=progress)
        if path is None:
            graph = LinkGraph()
            graph.truncated = truncated
            return None, graph
        return path, build_graph(db, entity_ids=path, options=opts, progress=progress)

    def graph_export(self, graph: LinkGraph, fmt: str, out: Path,
                     progress: Progress | None = None) -> dict[str, int]:
        """Write ``graph`` as GraphML, GEXF or i2 ANX to ``out``; audited with its counts."""
        import importlib

        if fmt not in GRAPH_FORMATS:
            raise LiaisonError(f"Unknown graph format '{fmt}'; choose one of "
                               f"{', '.join(GRAPH_FORMATS)}.")
        out = Path(out)
        if not out.parent.is_dir():
            raise LiaisonError(f"{out.parent} is not a folder; cannot write {out.name}.")
        importlib.import_module(f"liaison.formats.{fmt}").write(graph, out, progress)
        counts = graph.counts()
        self.record("graph.export", str(out), {"format": fmt, **counts})
        return counts

    def record_rids(self, record_ids: Iterable[str], *, conn: Connection | None = None
                    ) -> list[int]:
        """Row ids of the records with these UUIDs (the ids a chart or timeline selects),
        ascending; UUIDs the store does not hold are left out."""
        ids = sorted({str(r) for r in record_ids})
        db = conn or self.conn
        found: list[int] = []
        for i in range(0, len(ids), 500):  # well under SQLite's bound-parameter limit
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            found += [row[0] for row in db.execute(
                f"SELECT rid FROM records WHERE id IN ({marks})", chunk)]
        return sorted(found)

    def timeline_items(self, record_ids: Iterable[int | str] = (),
                       entity_ids: Iterable[str] = (), *, lane_by: str = "entity",
                       conn: Connection | None = None) -> list[TimelineItem]:
        """Dated events, links and records of some records or entities, on lanes."""
        from liaison.analysis.timeline import timeline_items

        try:
            return timeline_items(conn or self.conn, record_ids, entity_ids, lane_by=lane_by)
        except ValueError as exc:
            raise LiaisonError(str(exc)) from exc

    def timeline_export(self, items: Iterable[TimelineItem], out: Path,
                        progress: Progress | None = None) -> int:
        """Write timeline items to a CSV file; audited as ``timeline.export``."""
        from liaison.formats import timeline_csv

        out = Path(out)
        if not out.parent.is_dir():
            raise LiaisonError(f"{out.parent} is not a folder; cannot write {out.name}.")
        rows = timeline_csv.write(items, out, progress)
        self.record("timeline.export", str(out), {"format": "csv", "rows": rows})
        return rows
