"""Commands to run the pattern detectors, list their findings and judge them."""

from __future__ import annotations

import argparse
from typing import Any

from liaison.cli.context import EXIT_OK, Context, command_adder
from liaison.model.errors import LiaisonError

HELP = ("find patterns (money flows, bridges, bursts, co-presence, similar cases) and list "
        "the findings, each with its numbers and records; confirm or dismiss them")

# The detectors' names, repeated here so that --help does not import numpy and networkx;
# tests/test_patterns.py checks them against analysis.patterns.DETECTORS.
DETECTOR_NAMES = ("fan", "pass-through", "structuring", "circular", "bridge", "burst",
                  "co-presence", "similar")


def _settings(pairs: list[str]) -> dict[str, dict[str, str]]:
    """``--set fan.min_payers=4`` as ``{"fan": {"min_payers": "4"}}``."""
    out: dict[str, dict[str, str]] = {}
    for pair in pairs:
        name, eq, value = pair.partition("=")
        detector, dot, param = name.partition(".")
        if not eq or not dot or not detector or not param or not value:
            raise LiaisonError(f"--set takes DETECTOR.PARAMETER=VALUE, not {pair!r} "
                               "(for example --set fan.min_payers=4).")
        out.setdefault(detector, {})[param] = value
    return out


def _finding_lines(f: dict[str, Any]) -> list[str]:
    status = "" if f["status"] == "new" else f"  [{f['status']}]"
    stale = "" if f["active"] else "  [not seen by the last run]"
    lines = [f"{f['id']}  {f['score']:.2f} {f['detector']}{status}{stale}",
             f"      {f['explanation']}"]
    if f["record_ids"]:
        shown = ", ".join(f["record_ids"][:5])
        more = len(f["record_ids"]) - 5
        lines.append(f"      records: {shown}" + (f" and {more} more" if more > 0 else ""))
    return lines


def cmd_patterns(ctx: Context) -> int:
    args = ctx.args
    if args.action in ("confirm", "dismiss"):
        return cmd_judge(ctx)
    if args.action == "on-import":
        return cmd_on_import(ctx)
    settings = _settings(args.set or [])
    if args.no_run and (settings or args.new):
        raise LiaisonError("--set and --new tune a run; with --no-run nothing runs.")
    detectors = [args.detector] if args.detector else None
    with ctx.open() as ws:
        summary = None if args.no_run else ws.patterns_run(detectors, settings,
                                                           new_only=args.new)
        findings = ws.patterns_findings(args.detector, include_dismissed=args.all)
    if getattr(args, "json", False):
        ctx.emit({"run": summary.as_dict() if summary else None, "findings": findings}, [])
        return EXIT_OK
    if summary is None:
        print(f"Stored findings from earlier runs: {len(findings)}.")
    else:
        found = sum(summary.found.values())
        ran = len(summary.detectors)
        since = " on what arrived since the last run" if summary.new_only else ""
        print(f"Ran {ran} detector{'s' if ran != 1 else ''}{since}: {found} "
              f"finding{'s' if found != 1 else ''}, {len(summary.new)} new, "
              f"{len(summary.reopened)} dismissed before and opened again as their "
              "evidence changed.")
    if not findings:
        print("Nothing to review" + ("." if args.all else
                                     " (dismissed findings are listed with --all)."))
    for f in findings:
        for line in _finding_lines(f):
            print(line)
    return EXIT_OK


def cmd_judge(ctx: Context) -> int:
    args = ctx.args
    with ctx.open() as ws:
        result = ws.patterns_judge(args.id, args.action, args.note or "")
    word = {"confirm": "Confirmed", "dismiss": "Dismissed"}[args.action]
    again = (" It is not listed again unless its evidence changes."
             if args.action == "dismiss" else "")
    ctx.emit(result, [f"{word} finding {result['id']} ({result['detector']}; was "
                      f"{result['previous']}).{again}"])
    return EXIT_OK


def cmd_on_import(ctx: Context) -> int:
    """``patterns on-import [on|off]``: say, or set, whether imports and receipts run
    the detectors on what they bring."""
    args = ctx.args
    with ctx.open() as ws:
        if args.state is not None:
            ws.set_patterns_on_import(args.state == "on")
        on = ws.patterns_on_import()
    text = ("The pattern detectors run on what each import and receipt brings."
            if on else "The pattern detectors do not run on imports and receipts; run "
            "'liaison patterns --new' to look at what arrived.")
    ctx.emit({"on_import": on}, [text])
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``patterns`` (run, then list) with its ``confirm`` and ``dismiss`` actions."""
    add = command_adder(sub)
    p = add("patterns", cmd_patterns, HELP, json_out=True)
    p.add_argument("--detector", choices=DETECTOR_NAMES, metavar="D",
                   help="run and list only this detector: " + ", ".join(DETECTOR_NAMES))
    p.add_argument("--set", action="append", metavar="D.PARAM=VALUE",
                   help="tune a detector's threshold for this run (repeatable), e.g. "
                   "--set structuring.threshold=15000")
    p.add_argument("--all", action="store_true", help="also list dismissed findings")
    p.add_argument("--new", action="store_true",
                   help="look only at what was imported or received since the last run "
                   "(faster; findings about the rest are left as they were)")
    p.add_argument("--no-run", action="store_true",
                   help="list the findings stored by earlier runs without running the "
                   "detectors")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    for name, text in (("confirm", "confirm a finding (it stays listed, marked)"),
                       ("dismiss", "dismiss a finding; it is not listed again unless its "
                        "evidence changes")):
        a = actions.add_parser(name, help=text, description=text)
        a.add_argument("id", metavar="ID", help="the finding's id, as listed")
        a.add_argument("--note", help="why, kept with the verdict and in the audit log")
        a.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                       help="print JSON")
    text = "say, or set, whether imports and receipts run the detectors on what they bring"
    a = actions.add_parser("on-import", help=text, description=text)
    a.add_argument("state", nargs="?", choices=("on", "off"), help="on (the default) or off")
    a.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                   help="print JSON")
