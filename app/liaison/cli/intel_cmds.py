"""Commands that bring intelligence in and describe it: import, demo, stats."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from liaison.cli.context import EXIT_OK, Context, command_adder
from liaison.cli.import_report import defaults_lines, kept_lines, patterns_lines
from liaison.formats.base import READER_MODULES, ImportOptions
from liaison.model.countries import country_code_problem
from liaison.model.errors import LiaisonError, RecordNotFound
from liaison.model.progress import Progress
from liaison.store.ingest import ImportReport


def _terminal_progress() -> Progress:
    """Progress on stderr when a person watches; silent in pipes and tests."""
    if not sys.stderr.isatty():
        return Progress()

    def show(done: int, total: int | None, message: str) -> None:
        text = f"{100 * done / total:5.1f}%" if total else f"{done:,}"
        print(f"\r  {text} {message}"[:78].ljust(78), end="", file=sys.stderr, flush=True)

    return Progress(show)


def _print_report(ctx: Context, report: ImportReport, truth: dict | None = None) -> None:
    lines = [f"Imported {report.file} ({report.format}):"]
    for kind, c in report.counts.items():
        lines.append(f"  {kind:<9} {c.imported:>9,} new  {c.merged:>9,} merged  "
                     f"{c.unchanged:>9,} unchanged")
    lines.append(f"  flagged {report.flagged_total:,}, skipped {report.skipped_total:,}"
                 + (f", {report.redacted_total:,} values redacted by the sender"
                    if report.redacted_total else ""))
    for raised in report.markings_raised[:20]:  # the update that matters most (issue 17)
        what = ", ".join(f"{k.upper() if k == 'tlp' else k} {' → '.join(map(str, v))}"
                         for k, v in raised.items() if k in ("tlp", "handling"))
        lines.append(f"  marking raised: {raised['record_id']} (version {raised['version']}): "
                     f"{what}")
    lines += defaults_lines(report.from_defaults, "the file")
    lines += kept_lines(report.kept, report.originals_kept)
    for issue in (report.skipped + report.flagged)[:20]:
        lines.append(f"  - {'skipped' if issue.skipped else 'flagged'}: {issue.where}: "
                     f"{issue.message}")
    if report.flagged_total + report.skipped_total > 20:
        lines.append("  ... (--json lists up to 1,000 of each)")
    if report.watch_hits:
        counts = ", ".join(f"{name} {n:,}" for name, n in report.watch_hit_counts().items())
        lines.append(f"Watchlist hits: {counts}")
        for hit in report.watch_hits[:50]:
            lines.append(f"  - {hit['watch']}: {hit['title']} ({hit['record_id']})")
        if len(report.watch_hits) > 50:
            lines.append(f"  ... {len(report.watch_hits) - 50:,} more (--json lists all)")
    lines += patterns_lines(report.patterns)
    if truth:
        lines.append(f"Wrote the ground truth ({truth['clusters']:,} clusters, JSON Lines) "
                     f"to {truth['file']}.")
    ctx.emit({**report.as_dict(), **({"truth": truth} if truth else {})}, lines)


def cmd_import(ctx: Context) -> int:
    args = ctx.args
    if args.country and (problem := country_code_problem(args.country)) is not None:
        raise LiaisonError(f"--country: {problem}")
    if args.propose_mapping:
        return _propose_mapping(ctx)
    options = ImportOptions(agency=args.source, country=args.country,
                            mapping=Path(args.mapping) if args.mapping else None,
                            handling=args.handling, tlp=args.tlp)
    with ctx.open() as ws:
        report = ws.import_file(Path(args.file), fmt=args.format, options=options,
                                progress=_terminal_progress())
    if sys.stderr.isatty():
        print(file=sys.stderr)
    _print_report(ctx, report)
    return EXIT_OK


PREVIEW_RECORDS = 3


def _propose_mapping(ctx: Context) -> int:
    """``import FILE --format csv --propose-mapping``: the mapping on stdout (to save and
    edit), what each column became and a preview on stderr; the workspace is not opened."""
    from liaison.formats.mapping_proposal import propose_mapping
    from liaison.formats.tabular import preview

    args = ctx.args
    if args.format not in ("auto", "csv"):
        raise LiaisonError("--propose-mapping is for CSV files: give --format csv.")
    if args.mapping:
        raise LiaisonError("Give --propose-mapping (to write a mapping) or --mapping M (to "
                           "import with one), not both.")
    path = Path(args.file)
    if not path.is_file():
        raise LiaisonError(f"{path} does not exist or is not a file.")
    proposal = propose_mapping(path, agency=args.source, country=args.country)
    options = ImportOptions(agency=args.source, country=args.country)
    _, rows = preview(path, proposal.mapping, rows=PREVIEW_RECORDS, options=options)
    if getattr(args, "json", False):
        print(json.dumps({**proposal.as_dict(), "preview": rows}, ensure_ascii=False,
                         indent=2))
        return EXIT_OK
    print(json.dumps(proposal.mapping, ensure_ascii=False, indent=2))
    width = max(len(c) for c in proposal.header)
    notes = [f"Proposed from the header and the first {proposal.sampled:,} rows of "
             f"{path.name}; each column:"]
    notes += [f"  {col:<{width}}  {use or 'not used'}" for col, use in proposal.columns.items()]
    notes.append(f"Preview of the first {len(rows)} rows as this mapping reads them:"
                 if rows else "The file has no data rows to preview.")
    for row in rows:
        notes += _preview_lines(row)
    source = ("" if args.source else " --source AGENCY") + ("" if args.country else
                                                          " --country CC")
    notes += ["Next: save the mapping (add '> mapping.json' to this command), check and edit "
              "it (README, 'CSV mappings'), then import with:",
              f"  liaison import {args.file} --mapping mapping.json{source}"]
    if not args.source:
        notes.append("Without --source the records are filed under agency 'unknown': name "
                     "the agency that sent the file.")
    print("\n".join(notes), file=sys.stderr)
    return EXIT_OK


def _preview_lines(row: dict) -> list[str]:
    if "issue" in row:
        return [f"  {row['line']}: {row['issue']}"]
    rec = row["record"]
    lines = [f"  {row['line']}: record {rec.get('reference') or '(one for the file)'}"
             f" {rec.get('title', '')!r}" + (f", reported {rec['reported']}"
                                             if rec.get("reported") else "")]
    for e in row["entities"]:
        props = "; ".join(f"{p}={', '.join(v)}" for p, v in e["properties"].items())
        lines.append(f"    {e['schema']}: {e['caption']} ({props})")
    lines += [f"    {link['schema']}: {link['source']} -> {link['target']}"
              for link in row["links"]]
    lines += [f"    note: {issue}" for issue in row["issues"]]
    return lines


def cmd_demo(ctx: Context) -> int:
    args = ctx.args
    if args.records < 1:
        raise LiaisonError("--records must be at least 1.")
    with ctx.open() as ws:
        report = ws.import_demo(args.records, seed=args.seed, progress=_terminal_progress())
    truth = None
    if args.truth:
        from liaison.formats import demo

        try:
            clusters = demo.write_truth(Path(args.truth), args.records, seed=args.seed)
        except OSError as exc:
            raise LiaisonError(f"The demo case was imported, but its ground truth cannot be "
                               f"written to {args.truth}: {exc.strerror or exc}.") from exc
        truth = {"file": str(args.truth), "clusters": clusters, "format": "jsonl"}
    _print_report(ctx, report, truth)
    return EXIT_OK


def cmd_stats(ctx: Context) -> int:
    with ctx.open() as ws:
        stats = ws.stats()
    lines = [f"{stats['records']:,} records, {stats['entities']:,} entities, "
             f"{stats['links']:,} links, {stats['events']:,} events "
             f"({stats['invalid_values']:,} values flagged invalid"
             + (f", {stats['redacted_values']:,} values redacted by the sender)"
                if stats["redacted_values"] else ")")]
    if stats["relayed_claims"]:
        lines.append(f"{stats['relayed_claims']:,} relayed claims kept aside (records partners "
                     "relayed for another agency; not verified, not counted above)")
    sections = (("By agency", "by_agency"), ("By entity type", "by_type"),
                ("By TLP", "by_tlp"), ("By handling code", "by_handling"))
    # One column width for every section, from the longest name: an agency's full
    # name ("General Directorate Combating Organised Crime (GDBOP)") must not push
    # its count out of line.
    width = max([24, *(len(name) for _, key in sections for name in stats[key])])
    for title, key in sections:
        lines.append(f"{title}:")
        lines.extend(f"  {name:<{width}} {n:>10,}" for name, n in stats[key].items())
    ctx.emit(stats, lines)
    return EXIT_OK


def _claim_lines(claims: list, with_text: bool) -> list[str]:
    lines = []
    for c in claims:
        lines.append(f"Relayed claim: {c.describe()} (version {c.version}, package "
                     f"{c.package_id or '?'}, received {c.received})")
        if with_text:
            lines += [f"  title: {c.record.title}", f"  text:  {c.record.narrative}"]
    return lines


def cmd_show(ctx: Context) -> int:
    """A record in full, with who vouches for it and any claims relayed under its id."""
    record_id = ctx.args.record_id
    with ctx.open() as ws:
        try:
            detail = ws.record_detail(record_id)
        except RecordNotFound:
            claims = ws.relayed_claims(record_id)
            if not claims:
                raise
            lines = [f"Record {record_id} has not come from its originator; partners relayed "
                     "it for another agency:", *_claim_lines(claims, with_text=True)]
            ctx.emit({"record": None, "claims": [c.as_dict() for c in claims]}, lines)
            return EXIT_OK
        originals = ws.record_originals(record_id) if ctx.args.originals else None
    lines = [f"{detail.id}  {detail.agency} ({detail.country})  version {detail.version}  "
             f"{detail.status}", f"Provenance: {detail.provenance}",
             f"Reference: {detail.reference}", f"Title: {detail.title}", detail.narrative]
    if detail.claims:
        lines.append(f"{len(detail.claims)} relayed claim(s) under this id, not this record:")
        lines += _claim_lines(detail.claims, with_text=False)
    if originals is not None:
        lines.append(f"{len(originals):,} object(s) of the partner's files, as they came:")
        lines += [f"  {o['source_type']} {o['source_id']} → {o['item_kind']} {o['item_id']}: "
                  + json.dumps(o["object"], ensure_ascii=False, sort_keys=True)
                  for o in originals]
    ctx.emit({**({"originals": originals} if originals is not None else {}),
              "record": {"id": detail.id, "agency": detail.agency, "country": detail.country,
                         "reference": detail.reference, "title": detail.title,
                         "narrative": detail.narrative, "version": detail.version,
                         "status": detail.status, "provenance": detail.provenance,
                         "origin": detail.origin, "relayed_by": detail.relayed_by,
                         "relayed_via": detail.relayed_via},
              "claims": [c.as_dict() for c in detail.claims]}, lines)
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    add = command_adder(sub)
    p = add("import", cmd_import, "import a CSV, FollowTheMoney, STIX 2.1, MISP, GraphML or "
            "GEXF file", json_out=True)
    p.add_argument("file", metavar="FILE")
    # Every format detection can find, so a detected format can always be named too.
    p.add_argument("--format", default="auto", choices=["auto", *READER_MODULES])
    p.add_argument("--mapping", metavar="M", help="CSV mapping file (JSON; README, 'CSV "
                   "mappings')")
    p.add_argument("--propose-mapping", action="store_true",
                   help="CSV: print a mapping proposed from the header and a sample of rows "
                        "(JSON, to save and edit), with a preview of the first records; "
                        "imports nothing")
    p.add_argument("--source", metavar="AGENCY", help="the agency that sent the file")
    p.add_argument("--country", metavar="CC", help="that agency's ISO 3166 country code")
    p.add_argument("--handling", choices=["H0", "H1", "H2", "H3"],
                   help="handling code when the file states none")
    p.add_argument("--tlp", help="TLP when the file states none (CLEAR, GREEN, AMBER, ...)")

    p = add("demo", cmd_demo, "generate the synthetic cross-border demo case", json_out=True)
    p.add_argument("--records", type=int, default=2000, metavar="N")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--truth", metavar="OUT.jsonl",
                   help="also write which entities are the same real person or object, as "
                        "JSON Lines: one JSON object per line (cluster, kind, label, "
                        "entity_ids)")

    add("stats", cmd_stats, "counts by agency, entity type, TLP and handling code",
        json_out=True)

    p = add("show", cmd_show, "a record in full, with who vouches for it and any claims "
            "partners relayed under its id", json_out=True)
    p.add_argument("record_id", metavar="RECORD_ID")
    p.add_argument("--originals", action="store_true",
                   help="also the objects of the partner's files (STIX, MISP, FtM) that "
                        "this record's imports kept verbatim, with what each became")
