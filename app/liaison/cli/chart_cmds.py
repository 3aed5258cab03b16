"""Commands for the analyst's own work on the link chart: saved charts (list, rename,
delete) and hand-drawn links and notes (add, list, delete), as the desktop keeps them."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from liaison.cli.context import EXIT_OK, Context, command_adder


def cmd_charts(ctx: Context) -> int:
    args = ctx.args
    with ctx.open() as ws:
        if args.action == "rename":
            saved = ws.chart_rename(args.id, args.name)
            ctx.emit(asdict(saved), [f"Renamed the chart {saved.id} to {saved.name!r}."])
            return EXIT_OK
        if args.action == "delete":
            name = ws.chart_get(args.id).name
            ws.chart_delete(args.id)
            ctx.emit({"deleted": args.id, "name": name},
                     [f"Deleted the saved chart {name!r} ({args.id}); no record changed."])
            return EXIT_OK
        charts = ws.charts_list()
    lines = [f"{c.id}  {c.name}  ({len(c.state.get('positions', {})):,} nodes; saved "
             f"{c.updated[:16].replace('T', ' ')} by {c.updated_by})" for c in charts]
    ctx.emit({"charts": [asdict(c) for c in charts]},
             lines or ["No saved charts: save one from the link chart's Charts menu."])
    return EXIT_OK


def cmd_analyst(ctx: Context) -> int:
    args = ctx.args
    with ctx.open() as ws:
        if args.action == "link":
            link = ws.analyst_link_add(args.a, args.b, args.label)
            ctx.emit(asdict(link), [f"Drew the link {link.id}: {link.source_id} -- "
                                    f"{link.label!r} -- {link.target_id}."])
        elif args.action == "note":
            note = ws.analyst_note_add(args.entity, args.text)
            ctx.emit(asdict(note), [f"Wrote the note {note.id} on {note.entity_id}."])
        elif args.action == "delete-link":
            ws.analyst_link_delete(args.id)
            ctx.emit({"deleted": args.id}, [f"Deleted the link {args.id}."])
        elif args.action == "delete-note":
            ws.analyst_note_delete(args.id)
            ctx.emit({"deleted": args.id}, [f"Deleted the note {args.id}."])
        else:
            links = ws.analyst_links_between(args.entities)
            notes = ws.analyst_notes_for(args.entities)
            lines = [f"link {k.id}: {k.source_id} -- {k.label!r} -- {k.target_id} "
                     f"({k.created_by}, {k.created[:10]})" for k in links]
            lines += [f"note {n.id} on {n.entity_id} ({n.created_by}, {n.created[:10]}): "
                      f"{n.text}" for n in notes]
            ctx.emit({"links": [asdict(k) for k in links], "notes": [asdict(n) for n in notes]},
                     lines or ["No links or notes of yours among these entities."])
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``charts`` (list, rename, delete) and ``analyst`` (links and notes)."""
    add = command_adder(sub)
    p = add("charts", cmd_charts, "the link charts saved in the workspace: list, rename, "
            "delete", json_out=True)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    r = actions.add_parser("rename", help="give a saved chart another name")
    r.add_argument("id", metavar="ID", help="the saved chart's id")
    r.add_argument("name", metavar="NAME", help="its new name")
    d = actions.add_parser("delete", help="delete a saved chart (no record changes)")
    d.add_argument("id", metavar="ID", help="the saved chart's id")
    q = add("analyst", cmd_analyst, "your own links and notes on entities (never shared): "
            "add, list, delete", json_out=True)
    acts = q.add_subparsers(dest="action", metavar="ACTION", required=True)
    link = acts.add_parser("link", help="draw a link between two entities, with a label")
    link.add_argument("a", metavar="A", help="entity id")
    link.add_argument("b", metavar="B", help="entity id")
    link.add_argument("label", metavar="LABEL", help="what joins them")
    note = acts.add_parser("note", help="write a note on an entity")
    note.add_argument("entity", metavar="ENTITY", help="entity id")
    note.add_argument("text", metavar="TEXT", help="the note")
    show = acts.add_parser("list", help="your links among these entities, your notes on them")
    show.add_argument("entities", metavar="ENTITY", nargs="+", help="entity ids")
    for name, what in (("delete-link", "link"), ("delete-note", "note")):
        x = acts.add_parser(name, help=f"delete one of your {what}s (kept in the history)")
        x.add_argument("id", metavar="ID", help=f"the {what}'s id")
    for action in (r, d, link, note, show, *acts.choices.values()):
        # SUPPRESS keeps 'charts --json rename ...' working: a default would overwrite it.
        if "--json" not in action._option_string_actions:
            action.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                                help="print JSON")
