"""Commands to cross-reference entities across agencies and judge the pairs."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from liaison.analysis.xref import LIKELY, POSSIBLE
from liaison.cli.context import EXIT_OK, Context, command_adder
from liaison.model.errors import LiaisonError


def _side(side: dict[str, Any]) -> str:
    agencies = ", ".join(side["agencies"]) or "no agency"
    return f"{side['caption']} ({side['schema']}; {agencies})"


# How each confidence level reads in a listing.
_LEVELS = {"likely": "likely", "possible": "possible", "unlikely": "unlikely"}


def _pair_lines(pair: dict[str, Any]) -> list[str]:
    marked = "  [judged unsure]" if pair["verdict"] == "unsure" else ""
    lines = [f"{pair['score']:.2f} {_LEVELS[pair['level']]:<9} {_side(pair['a'])}  <->  "
             f"{_side(pair['b'])}{marked}",
             f"      {pair['a']['id']} {pair['b']['id']}"]
    refs = [pair[side].get("source_ref") or "-" for side in ("a", "b")]
    if refs != ["-", "-"]:
        lines.append(f"      in their files: {refs[0]}  <->  {refs[1]}")
    lines.extend(f"      {e['weight']:+.2f}  {e['fact']}" for e in pair["evidence"])
    return lines


def cmd_xref(ctx: Context) -> int:
    args = ctx.args
    if args.action == "judge":
        return cmd_judge(ctx)
    if args.action == "undo":
        return cmd_undo(ctx)
    if args.min_score is not None and not 0 <= args.min_score <= 1:
        raise LiaisonError("--min-score must be between 0 and 1.")
    if args.min_score is not None and args.level:
        raise LiaisonError("Give --level or --min-score, not both.")
    min_score = {"likely": LIKELY, "possible": POSSIBLE, None: args.min_score}[args.level]
    if args.limit < 0:
        raise LiaisonError("--limit must be 0 (all pairs) or more.")
    as_json = getattr(args, "json", False)
    with ctx.open() as ws:
        summary = ws.xref_run(full=args.full)
        hubs = ws.xref_hubs()
        total = ws.xref_count(min_score, include_judged=args.include_judged)
        if as_json:  # one object, its pairs written as they are read
            head = json.dumps({"run": summary.as_dict(), "hubs": hubs, "total": total},
                              ensure_ascii=False)
            print(head[:-1] + ', "pairs": [')
        elif summary.compared == 0:
            print(f"No entities new since the last run ({summary.entities:,} in the store): "
                  "nothing compared; 'xref --full' compares them all again.")
        else:
            print(f"Compared {summary.compared:,} new entities ({summary.entities:,} in the "
                  f"store) in {summary.seconds:.1f} s: {summary.stored:,} pairs kept by this "
                  f"run, {summary.above_threshold:,} of them likely the same.")
        if not as_json:
            if hubs:
                print("Ignored as shared by too many entities: " + "; ".join(
                    f"{h['kind']} {h['value']} ({h['entities']})" for h in hubs[:5]))
            shown = total - args.offset if args.limit == 0 else min(args.limit,
                                                                     total - args.offset)
            print(_listing_head(total, args, max(shown, 0)))
        written = ws.xref_each_candidate(
            _json_sink() if as_json else _text_sink, min_score=min_score,
            limit=args.limit, offset=args.offset, include_judged=args.include_judged)
    if as_json:
        print("]}" if written == 0 else "\n]}")
    elif args.offset + written < total:
        print(f"Listed {args.offset + 1:,}-{args.offset + written:,} of {total:,}: "
              f"'--offset {args.offset + written}' lists the next, '--limit 0' all of them.")
    return EXIT_OK


def _listing_head(total: int, args: Any, shown: int) -> str:
    """How many stored pairs there are at the level asked for, and which are listed."""
    if args.level == "possible":
        what = f"likely or possibly the same (score {POSSIBLE:.2f} or more)"
    elif args.min_score is not None:
        what = f"scoring {args.min_score:.2f} or more"
    else:
        what = f"likely the same (score {LIKELY:.2f} or more)"
    judged = "judged or not" if args.include_judged else "not yet judged"
    noun = "pair" if total == 1 else "pairs"
    if total == 0:
        return f"No pairs {what}, {judged}: nothing to review at this level."
    if shown == 0:
        return f"{total:,} {noun} {what}, {judged}; none from offset {args.offset:,}."
    return (f"{total:,} {noun} {what}, {judged}; showing {args.offset + 1:,}-"
            f"{args.offset + shown:,}:")


def _text_sink(pair: dict[str, Any]) -> None:
    for line in _pair_lines(pair):
        print(line)


def _json_sink() -> Callable[[dict[str, Any]], None]:
    """Writes each pair as one element of the "pairs" array, comma-separated."""
    first = True

    def write(pair: dict[str, Any]) -> None:
        nonlocal first
        print(("\n" if first else ",\n") + json.dumps(pair, ensure_ascii=False), end="")
        first = False

    return write


def cmd_judge(ctx: Context) -> int:
    args = ctx.args
    with ctx.open() as ws:
        result = ws.xref_judge(args.a, args.b, args.verdict)
    was = result.previous or "undecided"
    ctx.emit(result.as_dict(), [
        f"Judged {result.a_id} / {result.b_id}: {result.verdict} (was {was}).",
        f"Its cluster now has {len(result.cluster)} "
        f"entit{'y' if len(result.cluster) == 1 else 'ies'}.",
        *_contradiction_lines(result.contradictions)])
    return EXIT_OK


def _contradiction_lines(pairs: list[tuple[str, str]]) -> list[str]:
    if not pairs:
        return []
    return ["Contradiction: these pairs are judged 'different' but 'same' verdicts put them "
            "in this cluster; undo one of the verdicts:",
            *(f"  {a} / {b}" for a, b in pairs)]


def cmd_undo(ctx: Context) -> int:
    args = ctx.args
    with ctx.open() as ws:
        result = ws.xref_undo(args.a, args.b)
    ctx.emit(result.as_dict(), [
        f"Withdrew the verdict '{result.previous}' on {result.a_id} / {result.b_id}; "
        "the pair is undecided again.",
        f"Its cluster now has {len(result.cluster)} "
        f"entit{'y' if len(result.cluster) == 1 else 'ies'}."])
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``xref`` (compare, then list pairs) with its ``judge`` and ``undo`` actions."""
    add = command_adder(sub)
    p = add("xref", cmd_xref, "cross-reference entities across agencies: compare the new "
            "ones, then list the pairs to review", json_out=True)
    p.add_argument("--level", choices=["likely", "possible"],
                   help="list the pairs likely the same (the default: act on them) or also "
                   "those possibly the same (look at them)")
    p.add_argument("--min-score", type=float, metavar="S",
                   help=f"list pairs scoring at least S (0..1; likely from {LIKELY}, "
                   f"possible from {POSSIBLE})")
    p.add_argument("--full", action="store_true",
                   help="compare every entity again, not only those new since the last run")
    p.add_argument("--limit", type=int, default=50, metavar="N",
                   help="list at most N pairs (0: all of them, written as they are read)")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N pairs")
    p.add_argument("--include-judged", action="store_true",
                   help="also list pairs judged same or different")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    j = actions.add_parser("judge", help="record that two entities are the same, "
                           "different, or that you are unsure")
    j.add_argument("a", metavar="A", help="entity id")
    j.add_argument("b", metavar="B", help="entity id")
    j.add_argument("verdict", choices=["same", "different", "unsure"])
    u = actions.add_parser("undo", help="withdraw the current verdict on a pair")
    u.add_argument("a", metavar="A", help="entity id")
    u.add_argument("b", metavar="B", help="entity id")
    for action in (j, u):
        # SUPPRESS keeps 'xref --json judge ...' working: a default here would overwrite it.
        action.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                            help="print JSON")
