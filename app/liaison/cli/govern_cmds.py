"""Commands to govern stored records: what is due for review, keep it, or erase it."""

from __future__ import annotations

import argparse

from liaison.cli.context import EXIT_OK, Context, command_adder
from liaison.model.errors import LiaisonError


def cmd_review(ctx: Context) -> int:
    args = ctx.args
    if args.action == "keep":
        with ctx.open() as ws:
            day = ws.review_keep(args.record_id, args.until, args.reason)
        ctx.emit({"record_id": args.record_id, "review_date": day},
                 [f"Record {args.record_id} is kept under review until {day}."])
        return EXIT_OK
    if args.limit < 1:
        raise LiaisonError("--limit must be at least 1.")
    with ctx.open() as ws:
        items = ws.review_due(args.on, limit=args.limit)
        total = ws.review_due_count(args.on)
    lines = [f"{total:,} record(s) due for review" + (f" on {args.on}" if args.on else "")
             + (f"; showing the first {len(items):,} (--limit N for more)."
                if len(items) < total else ".")]
    lines += [f"  {i.review_date:<10}  {i.agency} ({i.country})  {i.reference}  "
              f"TLP:{i.tlp or '?'} {i.handling or ''}  {i.id}" for i in items]
    if items:
        lines.append("Keep one with 'liaison review keep RECORD --until DATE --reason TEXT', "
                     "or erase it with 'liaison erase RECORD --reason TEXT'.")
    ctx.emit({"due": [i.as_dict() for i in items], "total": total}, lines)
    return EXIT_OK


def cmd_erase(ctx: Context) -> int:
    args = ctx.args
    with ctx.open() as ws:
        entities = ws.erase(args.record_id, args.reason)
    ctx.emit({"record_id": args.record_id, "entities_erased": entities}, [
        f"Erased the content of record {args.record_id}; a tombstone stays so that the "
        "same copy cannot come back.",
        f"{entities} entit{'y' if entities == 1 else 'ies'} named only by it were emptied."])
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``review`` (list due, ``keep``) and ``erase``."""
    add = command_adder(sub)
    p = add("review", cmd_review, "list the records whose review date has come",
            json_out=True)
    p.add_argument("--on", metavar="DATE", help="as of DATE (YYYY-MM-DD; default today)")
    p.add_argument("--limit", type=int, default=1000, metavar="N",
                   help="list at most N records")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    k = actions.add_parser("keep", help="keep a record under review until a later date")
    k.add_argument("record_id", metavar="RECORD")
    k.add_argument("--until", required=True, metavar="DATE", help="the new review date")
    k.add_argument("--reason", required=True, metavar="TEXT",
                   help="why it may be kept (audited)")
    # SUPPRESS keeps 'review --json keep ...' working: a default here would overwrite it.
    k.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                   help="print JSON")
    p = add("erase", cmd_erase, "erase a partner's record here (its content goes, a "
            "tombstone stays); retract our own records instead", json_out=True)
    p.add_argument("record_id", metavar="RECORD")
    p.add_argument("--reason", required=True, metavar="TEXT",
                   help="why it is erased (audited)")
