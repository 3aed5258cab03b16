"""Commands to search the store and keep watchlists: ``search``, ``watch add|list|remove``.

Snippets mark matched words with \\x02 ... \\x03 (analysis.snippets); the text output
shows them as «...» (bold on a terminal), the JSON keeps the control characters and
names them under "marks".
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from liaison.cli.context import EXIT_OK, Context, command_adder
from liaison.model.errors import LiaisonError

MARK_START, MARK_END = "\x02", "\x03"  # as analysis.snippets; repeated to keep CLI start-up light


def _show_marks(text: str) -> str:
    if sys.stdout.isatty():
        return text.replace(MARK_START, "\033[1m").replace(MARK_END, "\033[0m")
    return text.replace(MARK_START, "«").replace(MARK_END, "»")


def _facet_lines(facets: dict[str, dict[str, int]]) -> list[str]:
    lines = []
    for name, counts in facets.items():
        if counts:
            shown = ", ".join(f"{value} {n:,}" for value, n in list(counts.items())[:8])
            more = f", ... ({len(counts) - 8} more)" if len(counts) > 8 else ""
            lines.append(f"  {name:<9} {shown}{more}")
    return lines


def _range(offset: int, shown: int) -> str:
    return f"{offset + 1:,}-{offset + shown:,}" if shown else "none"


def _count(n: int, noun: str) -> str:
    """'1 record', '2 records', '1 entity', '2 entities'."""
    if n == 1:
        return f"1 {noun}"
    return f"{n:,} {noun[:-1] + 'ies' if noun.endswith('y') else noun + 's'}"


def _record_lines(results: Any) -> list[str]:
    lines = [f"{_count(results.total, 'record')} match{'es' if results.total == 1 else ''} "
             f"{results.query!r} "
             f"(showing {_range(results.offset, len(results.hits))}):"]
    for n, hit in enumerate(results.hits, results.offset + 1):
        facts = ", ".join(x for x in (hit.agency, hit.country, hit.reported,
                                      f"TLP:{hit.tlp}" if hit.tlp else None, hit.handling) if x)
        lines.append(f"{n:>4}. {_show_marks(hit.title)}  ({facts})")
        lines.append(f"      {hit.id}" + (f"  relevance {hit.score:.2f}" if hit.score else ""))
        if hit.snippet:
            lines.append(f"      {_show_marks(hit.snippet)}")
    if results.total:
        lines.append("Facets:")
        lines.extend(_facet_lines(results.facets))
    return lines


def _entity_lines(results: Any) -> list[str]:
    lines = [f"{_count(results.total, 'entity')} match{'es' if results.total == 1 else ''} "
             f"{results.query!r} "
             f"(showing {_range(results.offset, len(results.hits))}):"]
    for n, hit in enumerate(results.hits, results.offset + 1):
        lines.append(f"{n:>4}. {hit.caption}  ({hit.schema}, {_count(hit.records, 'record')})"
                     + (f"  relevance {hit.score:.2f}" if hit.score else ""))
        lines.append(f"      {hit.id}" + (f"  (in their file: {hit.source_ref})"
                                           if hit.source_ref else ""))
        if len(hit.members) > 1:
            lines.append("      same as: " + "; ".join(
                f"{m.caption} ({m.id})" for m in hit.members if m.eid != hit.eid))
        for ident in hit.matched_identifiers:
            lines.append(f"      matched {ident['kind']}: {ident['value']}")
    if results.total:
        lines.append("Facets:")
        lines.extend(_facet_lines(results.facets))
    return lines


def cmd_search(ctx: Context) -> int:
    args = ctx.args
    if args.limit < 0 or args.offset < 0:
        raise LiaisonError("--limit and --offset must not be negative.")
    with ctx.open() as ws:
        if args.entities:
            results = ws.search_entities(args.query, limit=args.limit, offset=args.offset,
                                         region=args.region)
            lines = _entity_lines(results)
        else:
            results = ws.search_records(args.query, limit=args.limit, offset=args.offset,
                                        region=args.region)
            lines = _record_lines(results)
    ctx.emit({**results.as_dict(), "marks": {"start": MARK_START, "end": MARK_END}}, lines)
    return EXIT_OK


def _watch_line(w: Any) -> str:
    return f"{w.id:>4}  {w.name:<24} {w.kind:<10} {w.value}"


def cmd_watch_add(ctx: Context) -> int:
    args = ctx.args
    kind, value = next((k, v) for k, v in (("query", args.query),
                                           ("identifier", args.identifier),
                                           ("name", args.name_of)) if v is not None)
    with ctx.open() as ws:
        watch = ws.watch_add(args.name, kind, value, region=args.region)
    ctx.emit(watch.as_dict(), [f"Watching {watch.kind} {watch.value!r} as "
                               f"'{watch.name}' (entry {watch.id})."])
    return EXIT_OK


def cmd_watch_list(ctx: Context) -> int:
    with ctx.open() as ws:
        watches = ws.watch_list()
    lines = [_watch_line(w) for w in watches] or ["No watchlist entries."]
    ctx.emit({"watchlists": [w.as_dict() for w in watches]}, lines)
    return EXIT_OK


def cmd_watch_remove(ctx: Context) -> int:
    with ctx.open() as ws:
        watch = ws.watch_remove(ctx.args.id)
    ctx.emit(watch.as_dict(), [f"Removed watchlist entry {watch.id} ('{watch.name}')."])
    return EXIT_OK


# The example finds records in the demo case of any size (liaison demo, liaison --demo).
SEARCH_EPILOG = """\
query language:
  words, "phrases", prefix*, word~ (typos), AND / OR / NOT, parentheses; fields
  agency: country: type: handling: tlp: grade: lang: status:, dates received:
  reported: event: (2025, 2025-01..2025-06); identifiers as written locally
  (0151 2345 6789, (0157) 2278-7456, an IBAN with spaces).

example (on the demo case):
  liaison search '"vorläufig festgenommen" agency:bundeskriminalamt received:2025-01..2025-06'
"""


def register(sub: argparse._SubParsersAction) -> None:
    add = command_adder(sub)
    p = add("search", cmd_search, "search records (or entities) with the query language",
            json_out=True)
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = SEARCH_EPILOG
    p.add_argument("query", metavar="QUERY", help="words, \"phrases\", fields and identifiers "
                   "(see below)")
    p.add_argument("--entities", action="store_true", help="search entities, not records")
    p.add_argument("--limit", type=int, default=20, metavar="N")
    p.add_argument("--offset", type=int, default=0, metavar="N")
    p.add_argument("--region", metavar="CC",
                   help="country to read national phone numbers in (default: the workspace's)")

    watch = sub.add_parser("watch", help="saved queries and watched identifiers or names",
                           description="Saved queries and watched identifiers or names; "
                                       "every import reports the new records that hit them.")
    actions = watch.add_subparsers(dest="action", metavar="ACTION", required=True)
    wadd = command_adder(actions)
    p = wadd("add", cmd_watch_add, "watch a query, an identifier or a person's name",
             json_out=True)
    p.add_argument("--name", required=True, metavar="N", help="a label for the entry")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--query", metavar="Q", help="a saved query")
    what.add_argument("--identifier", metavar="V", help="a phone, IBAN, e-mail, id number...")
    what.add_argument("--name-of", metavar="PERSON", help="a name, matched across scripts")
    p.add_argument("--region", metavar="CC",
                   help="country to read a national phone number in (default: the workspace's)")
    wadd("list", cmd_watch_list, "list the watchlist entries", json_out=True)
    p = wadd("remove", cmd_watch_remove, "remove a watchlist entry")
    p.add_argument("id", type=int, metavar="ID")
