"""``liaison graph``: the link chart of a search or of records, exported for other tools."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from liaison.cli.context import EXIT_OK, Context, command_adder
from liaison.model.errors import LiaisonError
from liaison.model.progress import Progress

FORMATS = ("graphml", "gexf", "anx", "timeline-csv")


def _progress() -> Progress:
    """Progress on stderr when a person watches; silent in pipes and tests."""
    if not sys.stderr.isatty():
        return Progress()

    def show(done: int, total: int | None, message: str) -> None:
        text = f"{100 * done / total:5.1f}%" if total else f"{done:,}"
        print(f"\r  {text} {message}"[:78].ljust(78), end="", file=sys.stderr, flush=True)

    return Progress(show)


def cmd_graph(ctx: Context) -> int:
    args = ctx.args
    if bool(args.query) == bool(args.records):
        raise LiaisonError("Give either --query or --records.")
    if args.limit < 1:
        raise LiaisonError("--limit must be at least 1.")
    # Imported here: numpy and networkx are not needed for the other commands.
    from liaison.analysis.graph import annotate, layout

    out = Path(args.out)
    progress = _progress()
    with ctx.open() as ws:
        if args.query:
            found, matched = ws.query_records(args.query, args.limit)
            if not found:
                raise LiaisonError(f"The search {args.query!r} matches no records: there is "
                                   "nothing to chart.")
            rids: list[int | str] = list(found)
        else:
            rids = [int(r) if r.isdigit() else r for r in
                    (x.strip() for x in args.records.split(",")) if r]
            matched = len(rids)
        capped = len(rids) < matched
        source = (f"{len(rids):,} of the {matched:,} records the search matches (the first "
                  f"{args.limit:,} by relevance: raise --limit to chart more)" if capped
                  else f"{len(rids):,} records")
        value: dict[str, object] = {"file": str(out), "format": args.format,
                                    "records": len(rids), "matched": matched,
                                    "capped": capped}
        if args.format == "timeline-csv":
            items = ws.timeline_items(rids, lane_by=args.lanes)
            rows = ws.timeline_export(items, out, progress)
            value["rows"] = rows
            lines = [f"Wrote {rows:,} timeline rows from {source} to {out}."]
        else:
            graph = ws.graph_for_records(rids, args.identifiers_as_nodes, progress=progress)
            if not graph.nodes:
                raise LiaisonError(
                    "The records the search finds name no entities: there is nothing to "
                    "chart." if args.query else "The records named name no entities, or are "
                    "not in this workspace: there is nothing to chart.")
            annotate(graph, seed=args.seed)
            if args.layout != "none":
                layout(graph, args.layout, seed=args.seed, progress=progress)
            counts = ws.graph_export(graph, args.format, out, progress)
            value.update(counts)
            lines = [f"Wrote {counts['nodes']:,} nodes and {counts['edges']:,} edges from "
                     f"{source} to {out} ({args.format})."]
    if sys.stderr.isatty():
        print(file=sys.stderr)
    ctx.emit(value, lines)
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``graph`` (export the chart of a search or of records)."""
    add = command_adder(sub)
    p = add("graph", cmd_graph, "export the link chart of a search or of records as GraphML, "
            "GEXF or i2 ANX (or its timeline as CSV)", json_out=True)
    source = p.add_mutually_exclusive_group()
    source.add_argument("--query", metavar="Q", help="chart the records this search finds")
    source.add_argument("--records", metavar="ID,...",
                        help="chart these records (UUIDs or row ids, comma-separated)")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("--out", required=True, metavar="FILE", help="file to write (replaced "
                   "atomically if it exists)")
    p.add_argument("--identifiers-as-nodes", action="store_true",
                   help="shared phones, accounts, e-mails, vehicles as nodes of their own")
    p.add_argument("--layout", default="force",
                   choices=["force", "circular", "radial", "hierarchical", "communities",
                            "agencies", "countries", "none"],
                   help="positions written with the graph (default: force)")
    p.add_argument("--lanes", default="entity", choices=["entity", "agency", "record"],
                   help="timeline lanes for timeline-csv (default: entity)")
    p.add_argument("--limit", type=int, default=5000, metavar="N",
                   help="chart at most N records of a search (default 5000)")
    p.add_argument("--seed", type=int, default=1, help="seed for layout and communities")
