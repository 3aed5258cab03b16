"""Commands of the sharing policy and redaction: ``partner add|list|update|defaults``,
``consent add|list``, ``profile list|save``, ``policy check`` and ``redact`` (with its
review file: ``--review FILE`` writes it, ``--apply-review FILE`` exports with it;
``share`` takes the same file through :func:`write_review` and :func:`review_args`).

``partner`` is shared with the exchange commands (``partner certs|verify|...``):
whichever module registers first creates the group, the other joins it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from liaison.cli.context import EXIT_FAILED, EXIT_OK, Context, command_adder
from liaison.model.errors import LiaisonError

MAX_QUERY_RECORDS = 10_000


def _subgroup(sub: argparse._SubParsersAction, name: str, help_: str
              ) -> argparse._SubParsersAction:
    """The subcommand group ``name``, created or joined (another module may own it)."""
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, help=help_, description=help_)
        parser.set_defaults(handler=None)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest=f"{name}_command", metavar="COMMAND")


def _codes(text: str | None) -> tuple[str, ...] | None:
    return None if text is None else tuple(c.strip() for c in text.split(",") if c.strip())


def _record_ids(ws: Any, args: argparse.Namespace, fallback: list[str] | None = None
               ) -> list[str]:
    """Record ids from ``--records`` and/or ``--query`` (the search engine), in order;
    ``fallback`` (a review file's records) when neither is given."""
    if fallback and not args.records and not args.query:
        return list(fallback)
    ids = [i.strip() for i in (args.records or "").split(",") if i.strip()]
    if args.query:
        search = getattr(ws, "search_records", None)
        if search is None:
            raise LiaisonError("Search is not available in this build; name the records "
                               "with --records ID,ID.")
        found: list[str] = []
        while True:
            page = search(args.query, limit=1000, offset=len(found))
            if page.total > MAX_QUERY_RECORDS:  # refused, never cut short without a word
                raise LiaisonError(f"The search matches {page.total:,} records; this command "
                                   f"takes at most {MAX_QUERY_RECORDS:,}: narrow the query.")
            found += [hit.id for hit in page.hits]
            if not page.hits or len(found) >= page.total:
                break
        ids += found
    if not ids:
        raise LiaisonError("No records: give --query Q or --records ID,ID (or the query "
                           "matched nothing).")
    return list(dict.fromkeys(ids))


# --- partners and consents -------------------------------------------------------------------


def _partner_lines(partner: Any) -> list[str]:
    a = partner.agreement
    terms = "no agreement (nothing may be sent)" if a is None else (
        f"up to TLP:{a.max_tlp}, {'/'.join(a.handling_codes) or 'no handling codes'}, "
        f"{'third-party data allowed' if a.third_party else 'no third-party data'}"
        + (f", until {a.valid_until}" if a.valid_until else "")
        + (f", purposes: {'; '.join(a.purposes)}" if a.purposes else "")
        + f", hit/no-hit up to {a.hit_max_values:,} values, {a.hit_max_per_day}/day")
    return [f"{partner.name} ({partner.country}): {terms}"]


def _agreement(args: argparse.Namespace, base: Any = None) -> Any:
    from liaison.analysis.partners import Agreement

    base = base or Agreement()
    return Agreement(
        max_tlp=args.max_tlp or base.max_tlp,
        handling_codes=_codes(args.handling) or base.handling_codes,
        third_party=base.third_party if args.third_party is None else args.third_party,
        purposes=tuple(args.purpose) if args.purpose else base.purposes,
        valid_until=args.valid_until if args.valid_until is not None else base.valid_until,
        hit_max_values=base.hit_max_values if args.hit_max_values is None
        else args.hit_max_values,
        hit_max_per_day=base.hit_max_per_day if args.hit_max_per_day is None
        else args.hit_max_per_day)


def cmd_partner_add(ctx: Context) -> int:
    a = ctx.args
    with ctx.open() as ws:
        partner = ws.partner_add(a.name, a.country, _agreement(a), a.notes or "")
    ctx.emit(partner.as_dict(), ["Added partner " + _partner_lines(partner)[0]])
    return EXIT_OK


def cmd_partner_update(ctx: Context) -> int:
    a = ctx.args
    with ctx.open() as ws:
        current = ws.partner(a.name)
        partner = ws.partner_update(current.pid, country=a.country, notes=a.notes,
                                    agreement=_agreement(a, current.agreement))
    ctx.emit(partner.as_dict(), ["Updated partner " + _partner_lines(partner)[0]])
    return EXIT_OK


def cmd_partner_list(ctx: Context) -> int:
    with ctx.open() as ws:
        partners = ws.partners()
    lines = [line for p in partners for line in _partner_lines(p)]
    ctx.emit({"partners": [p.as_dict() for p in partners]}, lines or ["No partners yet."])
    return EXIT_OK


def _defaults_line(name: str, defaults: Any) -> str:
    said = [f"handling {defaults.handling}" if defaults.handling else "",
            f"TLP:{defaults.tlp}" if defaults.tlp else "",
            f"grading {defaults.grading}" if defaults.grading else ""]
    said = [s for s in said if s]
    return (f"{name}: what it sends without markings is imported as {', '.join(said)}."
            if said else f"{name}: no defaults; what it sends without markings stays "
                         "without them.")


def cmd_partner_defaults(ctx: Context) -> int:
    a = ctx.args
    with ctx.open() as ws:
        partner, defaults = ws.partner_defaults(a.name, handling=a.handling, tlp=a.tlp,
                                                grading=a.grading)
    ctx.emit({"partner": partner.name, **defaults.as_dict()},
             [_defaults_line(partner.name, defaults)])
    return EXIT_OK


def cmd_consent_add(ctx: Context) -> int:
    a = ctx.args
    with ctx.open() as ws:
        consent = ws.consent_add(a.record_id, a.partner, a.reference, a.expires)
    ctx.emit(consent.__dict__, [f"Consent {consent.reference} on file for record "
                                f"{consent.record_id} (to {consent.partner or 'any partner'}"
                                f"{', until ' + consent.expires if consent.expires else ''})."])
    return EXIT_OK


def cmd_consent_list(ctx: Context) -> int:
    with ctx.open() as ws:
        consents = ws.consents(ctx.args.record)
    ctx.emit({"consents": [c.__dict__ for c in consents]},
             [f"{c.record_id}  {c.reference}  to {c.partner or 'any partner'}  granted "
              f"{c.granted}{'  expires ' + c.expires if c.expires else ''}" for c in consents]
             or ["No consents on file."])
    return EXIT_OK


# --- profiles ---------------------------------------------------------------------------------


def cmd_profile_list(ctx: Context) -> int:
    with ctx.open() as ws:
        profiles = ws.redaction_profiles()
    ctx.emit({"profiles": [{"name": p.name, **p.spec()} for p in profiles]},
             [f"{p.name}: {p.description or ', '.join(f'{k}={v}' for k, v in p.operators.items())}"
              + (" (review required)" if p.review_required else "") for p in profiles])
    return EXIT_OK


def cmd_profile_save(ctx: Context) -> int:
    from liaison.analysis.redaction import BUILTIN, RedactionProfile

    a = ctx.args
    base = BUILTIN.get(a.base, BUILTIN["pseudonymise"])
    operators = dict(base.operators)
    for item in a.operator or []:
        kind, _, operator = item.partition("=")
        operators[kind.strip()] = operator.strip()
    review = base.review_required if a.review_required is None else a.review_required
    with ctx.open() as ws:
        profile = ws.save_redaction_profile(RedactionProfile(
            a.name, operators, a.mask or base.mask, a.keep_images, a.description or "",
            review_required=review))
    ctx.emit({"name": profile.name, **profile.spec()}, [f"Saved redaction profile {profile.name}."])
    return EXIT_OK


# --- policy and redaction ---------------------------------------------------------------------


def cmd_policy_check(ctx: Context) -> int:
    with ctx.open() as ws:
        report = ws.policy_check(_record_ids(ws, ctx.args), ctx.args.to,
                                 purpose=ctx.args.purpose)
    lines = [f"Policy for {report.partner.name}"
             + (f" (purpose: {report.purpose})" if report.purpose else "")
             + f": {len(report.allowed())} may go, {len(report.withheld())} withheld."]
    for d in report.decisions:
        lines.append(f"  {d.action.upper():<13} {d.record_id}  {d.title[:60]}")
        lines.append(f"      [{d.rule}] {d.reason}")
        lines += [f"      [{v.rule}] {v.reason}" for v in d.verdicts[1:]]
        lines += [f"      field {f.field}: {f.action} [{f.rule}]" for f in d.fields
                  if f.action == "withhold"]
        lines += [f"      note: {n}" for n in d.notes]
    ctx.emit(report.as_dict(), lines)
    return EXIT_OK


# --- review files -----------------------------------------------------------------------------

UNADDRESSED = "(unaddressed)"

REVIEW_EPILOG = """\
review files:
  --review FILE writes every detection of the share to FILE (UTF-8 JSON Lines, readable
  by you only: it holds the values in clear) and exports nothing. Lines starting with #
  are comments. The first JSON line is the header: partner, profile, purpose, query, and
  each record's id, version and a SHA-256 of its texts; do not edit it. Then one line
  per detection:
    {"decision": "redact", "value": 3, "kind": "person", "text": "Jana Novak",
     "record": "ID", "unit": "record:ID:narrative", "start": 9, "end": 19,
     "rule": "names", "context": "... «Jana Novak» ..."}
  Set "decision" to "redact" or "keep" (keep lets the value go). Lines with the same
  "value" number are one value, redacted or kept everywhere: they must agree. To redact
  a span by hand add a line with "rule": "manual", "decision": "redact", "record", "unit"
  (a unit id or title, narrative, handling_conditions) and "start"/"end" or the exact
  "text"; "kind" is optional (default manual).

  --apply-review FILE exports (or sends) with those decisions; records, partner, profile
  and purpose default to the file's. It is refused, and nothing is written, when the
  records or their texts changed since, the partner or profile differ, or any line is
  invalid (unknown record or unit, span out of range, text not matching the span,
  unknown decision): the message names the line. Under a profile that requires review
  nothing leaves without a review file that decides every detection.
"""


def review_args(ws: Any, a: argparse.Namespace) -> tuple[Any, list[str], str | None,
                                                          str | None, str | None]:
    """The review file read (``--apply-review``; None without) and the share's record ids,
    partner, profile and purpose: as given, else the review file's."""
    review = ws.read_share_review(Path(a.apply_review)) if a.apply_review else None
    head = review.header if review is not None else {}
    partner = a.to or head.get("partner")
    partner = None if partner == UNADDRESSED else partner
    return (review, _record_ids(ws, a, review.record_ids if review else None), partner,
            a.profile or head.get("profile"), a.purpose or head.get("purpose"))


def require_review(profile: Any, a: argparse.Namespace, command: str) -> None:
    """Under a profile that requires review, refuse a share without a review file."""
    if profile.review_required and not a.apply_review and not a.review:
        raise LiaisonError(f"The profile {profile.name} requires review: run 'liaison "
                           f"{command} ... --review FILE' first, set each line's decision "
                           f"(redact or keep), then '{command} --apply-review FILE'.")


def write_review(ctx: Context, ws: Any, plan: Any, command: str) -> int:
    """``--review FILE``: write the plan's detections for the analyst; nothing is shared."""
    a = ctx.args
    count = ws.write_share_review(plan, Path(a.review), query=a.query)
    ctx.emit({"review": str(a.review), "detections": count,
              "records": [r.id for r in plan.source.records]},
             [f"Wrote {count} detection(s) in {len(plan.source.records)} record(s) for "
              f"{plan.partner} (profile {plan.profile.name}) to {a.review}.",
              "Set each line's decision (redact or keep), add spans to redact by hand, "
              f"then run 'liaison {command} --apply-review {a.review} ...'. The file holds "
              "the values in clear: delete it when the share is done."])
    return EXIT_OK


def review_lines(counts: dict[str, Any], reviewed: bool = True) -> list[str]:
    if "spans_auto_detected" not in counts:
        return []
    if not reviewed:  # no review file: every detection was applied as found
        return [f"Redacted {counts['spans_auto_detected']:,} span(s) found automatically "
                "(not reviewed: every detection applied; --review FILE to decide each)."]
    return [f"Review: {counts['spans_auto_detected']} span(s) found automatically, "
            f"{counts['spans_confirmed']} confirmed, {counts['spans_unredacted']} "
            f"un-redacted, {counts['spans_by_hand']} added by hand."]


def cmd_redact(ctx: Context) -> int:
    a = ctx.args
    if a.review and a.apply_review:
        raise LiaisonError("Give --review FILE (write a review) or --apply-review FILE "
                           "(export with it), not both.")
    if not a.review and not (a.out and a.format):
        raise LiaisonError("Give --out DIR and --format FMT to export (or --review FILE to "
                           "write a review first).")
    formats = [f.strip() for f in (a.format or "").split(",") if f.strip()]
    with ctx.open() as ws:
        review, ids, partner, profile_name, purpose = review_args(ws, a)
        profile = ws.redaction_profile(profile_name)
        require_review(profile, a, "redact")
        plan = ws.prepare_share(ids, partner, profile, purpose=purpose)
        withheld = plan.policy.withheld() if plan.policy else []
        if not plan.source.records:
            ctx.emit({"withheld": [d.as_dict() for d in withheld], "files": []},
                     [f"Nothing may go to {plan.partner}; every record is withheld:"]
                     + [f"  {d.record_id}: [{d.rule}] {d.reason}" for d in withheld])
            return EXIT_FAILED
        if a.review:
            return write_review(ctx, ws, plan, "redact")
        outcome = ws.apply_share_review(plan, review) if review is not None else None
        result = ws.export_share(plan, Path(a.out), formats)
    lines = [f"Wrote {len(result.files)} file(s) for {plan.partner} "
             f"({result.counts.get('records', 0)} records, profile {plan.profile.name}):"]
    lines += [f"  {p}" for p in result.files]
    lines += review_lines(result.counts, reviewed=outcome is not None)
    lines += outcome.notes if outcome is not None else []
    if withheld:
        lines.append(f"The sharing policy withheld {len(withheld):,} of {len(ids):,} "
                     "records:")
    lines += [f"  Withheld {d.record_id}: [{d.rule}] {d.reason}" for d in withheld]
    ctx.emit({**result.as_dict(), "withheld": [d.as_dict() for d in withheld],
              "review": outcome.as_dict() if outcome is not None else None}, lines)
    return EXIT_OK


def add_review_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--review", metavar="FILE",
                   help="write every detection to FILE to review; nothing is shared")
    p.add_argument("--apply-review", metavar="FILE",
                   help="share with the decisions and hand-marked spans of a review FILE")


PURPOSE_HELP = ("the purpose of this share; where the agreement lists purposes it must be "
                "one of them")


def register(sub: argparse._SubParsersAction) -> None:
    add = command_adder(sub)
    partner = command_adder(_subgroup(sub, "partner", "partner agencies"))
    for name, handler, help_ in (("add", cmd_partner_add, "add a partner agency and its "
                                  "sharing agreement"),
                                 ("update", cmd_partner_update, "change a partner's country, "
                                  "notes or agreement")):
        p = partner(name, handler, help_, json_out=True)
        if name == "add":
            p.add_argument("--name", required=True, metavar="N", help="the partner's name")
        else:
            p.add_argument("name", metavar="NAME")
        p.add_argument("--country", required=name == "add", metavar="CC")
        p.add_argument("--max-tlp", metavar="TLP", help="highest TLP it may receive "
                       "(default GREEN)")
        p.add_argument("--handling", metavar="H0,H1", help="handling codes it may receive "
                       "(default H0,H1)")
        p.add_argument("--third-party", action="store_true", default=None,
                       help="data received from other agencies may be passed on to it")
        p.add_argument("--no-third-party", dest="third_party", action="store_false")
        p.add_argument("--purpose", action="append", metavar="TEXT")
        p.add_argument("--valid-until", metavar="YYYY-MM-DD")
        p.add_argument("--hit-max-values", type=int, metavar="N",
                       help="values one hit/no-hit query from it may ask (default 10000; "
                            "0 answers none)")
        p.add_argument("--hit-max-per-day", type=int, metavar="N",
                       help="hit/no-hit queries from it answered per 24 hours (default 5)")
        p.add_argument("--notes", metavar="TEXT")
    partner("list", cmd_partner_list, "partner agencies and their agreements", json_out=True)
    p = partner("defaults", cmd_partner_defaults, "show or set the markings given to what a "
                "partner sends when its files or packages state none", json_out=True)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--handling", metavar="H", help="handling code (H0-H3; none clears it)")
    p.add_argument("--tlp", metavar="TLP", help="TLP (CLEAR, GREEN, AMBER, AMBER+STRICT, "
                   "RED; none clears it)")
    p.add_argument("--grading", metavar="B2", help="Europol grading: source reliability "
                   "A/B/C/X and/or information assessment 1-4 (none clears it)")

    consent = command_adder(_subgroup(sub, "consent", "originators' consents for H2 records"))
    p = consent("add", cmd_consent_add, "file an originator's consent to pass a record on",
                json_out=True)
    p.add_argument("record_id", metavar="RECORD_ID")
    p.add_argument("--partner", metavar="N", help="to this partner (default: to any)")
    p.add_argument("--reference", required=True, metavar="REF",
                   help="the originator's letter or message reference")
    p.add_argument("--expires", metavar="YYYY-MM-DD")
    p = consent("list", cmd_consent_list, "consents on file", json_out=True)
    p.add_argument("--record", metavar="RECORD_ID")

    profile = command_adder(_subgroup(sub, "profile", "redaction profiles"))
    profile("list", cmd_profile_list, "built-in and saved redaction profiles", json_out=True)
    p = profile("save", cmd_profile_save, "save a redaction profile", json_out=True)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--base", default="pseudonymise", help="built-in profile to start from")
    p.add_argument("--operator", action="append", metavar="KIND=OP",
                   help="e.g. person=mask, ip=keep (operators: pseudonym, mask, remove, keep)")
    p.add_argument("--mask", metavar="TEXT", help="mask text (default █████)")
    p.add_argument("--keep-images", action="store_true",
                   help="keep image attachments, re-encoded without metadata")
    p.add_argument("--description", metavar="TEXT")
    p.add_argument("--review-required", action="store_true", default=None,
                   help="nothing leaves until every detection is reviewed (Share dialog, "
                        "or redact/share --review FILE and --apply-review FILE)")
    p.add_argument("--no-review-required", dest="review_required", action="store_false")

    policy = command_adder(_subgroup(sub, "policy", "the sharing policy"))
    p = policy("check", cmd_policy_check, "what may go to a partner, record by record, and why",
               json_out=True)
    p.add_argument("--to", required=True, metavar="PARTNER")
    p.add_argument("--query", metavar="Q")
    p.add_argument("--records", metavar="ID,ID")
    p.add_argument("--purpose", metavar="TEXT", help=PURPOSE_HELP)

    p = add("redact", cmd_redact, "write a policy-checked, redacted export of records",
            json_out=True)
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = REVIEW_EPILOG
    p.add_argument("--query", metavar="Q")
    p.add_argument("--records", metavar="ID,ID")
    p.add_argument("--profile", metavar="P",
                   help="redaction profile (default partner: pseudonyms, unsure names masked)")
    p.add_argument("--out", metavar="DIR", help="the folder to export to")
    p.add_argument("--format", metavar="FMT", help="pdf, csv, ftm or stix (several: pdf,csv)")
    add_review_options(p)
    p.add_argument("--to", metavar="PARTNER",
                   help="the partner (default: unaddressed, under the cautious default "
                        "agreement)")
    p.add_argument("--purpose", metavar="TEXT", help=PURPOSE_HELP)
