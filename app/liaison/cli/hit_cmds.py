"""``liaison hit-query``, ``hit-results`` and ``hit-request``: hit/no-hit across agencies
(issue 21).

``hit-query`` prepares a query package for one partner (delivered by the next sync or
copied by hand); partners' queries are answered on receipt within the agreement's caps;
``hit-results`` lists the answers as hits per identifier, and the partners' queries by
their counts; ``hit-request`` writes the request for the records behind an answer's
hits (a file the officer sends the way requests already go).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from liaison.cli.context import EXIT_OK, Context, command_adder


def cmd_hit_query(ctx: Context) -> int:
    a = ctx.args
    with ctx.open() as ws:
        sent = ws.hit_query(a.partner, values=Path(a.values) if a.values else None,
                            query=a.query)
    package = sent.package
    ctx.emit(sent.as_dict(), [
        f"Queued a hit/no-hit query to {sent.partner} about {sent.asked:,} identifiers "
        f"(query {sent.query_id}).",
        f"  Package {package.package_id}: {package.file} ({package.size:,} bytes); "
        "'liaison sync' delivers it, or copy the file to the partner.",
        "  The partner learns how many identifiers were asked, not which."])
    return EXIT_OK


def _lines(q: dict[str, Any], all_results: bool) -> list[str]:
    when = q["created"][:16].replace("T", " ")
    if q["direction"] == "in":
        what = {"pending": "not answered yet", "answered": f"answered over {q['held']:,} "
                "of our identifiers" if q["held"] is not None else "answered",
                "refused": f"refused: {q['reason']}"}.get(q["status"], q["status"])
        return [f"{when}  from {q['partner']}: {q['asked']:,} identifiers asked, {what}"]
    if q["status"] == "sent":
        return [f"{when}  to {q['partner']}: {q['asked']:,} identifiers, awaiting the answer"]
    if q["status"] == "refused":
        return [f"{when}  to {q['partner']}: {q['asked']:,} identifiers, refused: "
                f"{q['reason']}"]
    lines = [f"{when}  to {q['partner']}: {q['hits']:,} of {q['asked']:,} identifiers held "
             f"(query {q['query_id']})"]
    shown = [r for r in q["results"] if r["hit"] or all_results]
    lines += [f"    {'HIT   ' if r['hit'] else 'no hit'}  {r['identifier']}" for r in shown]
    return lines


def cmd_hit_results(ctx: Context) -> int:
    with ctx.open() as ws:
        found = ws.hit_queries()
    lines = [line for q in found for line in _lines(q, ctx.args.all)] or [
        "No hit/no-hit queries yet: ask one with 'liaison hit-query'."]
    ctx.emit({"queries": found}, lines)
    return EXIT_OK


def cmd_hit_request(ctx: Context) -> int:
    a = ctx.args
    with ctx.open() as ws:
        request = ws.hit_request(a.query_id, Path(a.folder))
    ctx.emit(request.as_dict(), [
        f"Wrote the request to {request.partner} for the records behind "
        f"{len(request.identifiers):,} hit(s): {request.file}",
        f"  Send it to {request.partner} the way your requests usually go; it names the "
        "hit identifiers, the query and the agreement."])
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    add = command_adder(sub)
    p = add("hit-query", cmd_hit_query, "ask a partner whether it holds identifiers, "
            "without either side showing its list", json_out=True)
    p.add_argument("--partner", required=True, metavar="P", help="the partner to ask")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--values", metavar="FILE", help="identifiers, one a line: "
                      "kind,value[,country or birth date] (kinds: phone, email, iban, "
                      "passport, national_id, plate, wallet, ip, person)")
    what.add_argument("--query", metavar="Q", help="the identifiers of the records this "
                      "search finds")
    p = add("hit-results", cmd_hit_results, "hit/no-hit queries: our answers as hits per "
            "identifier, partners' queries by their counts", json_out=True)
    p.add_argument("--all", action="store_true", help="list the identifiers without a hit "
                   "too")
    p = add("hit-request", cmd_hit_request, "write the request for the records behind "
            "an answered hit/no-hit query's hits", json_out=True)
    p.add_argument("query_id", metavar="QUERY", help="the query's id (liaison hit-results)")
    p.add_argument("--folder", required=True, metavar="DIR", help="where to write the "
                   "request file")
