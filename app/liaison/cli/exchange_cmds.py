"""Commands of the partner exchange: identity, partner certificates, share, receive, sync,
transports, retract, and the outbox/inbox/quarantine lists.

``partner`` is shared with the policy commands (``partner add/list``): whichever
module registers first creates the group, the other adds its subcommands to it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from liaison.cli.context import EXIT_FAILED, EXIT_OK, Context, command_adder, read_secret
from liaison.cli.import_report import defaults_lines, patterns_lines
from liaison.exchange import certs
from liaison.model.errors import LiaisonError
from liaison.model.input_files import check_input_file


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


def _identity_lines(ident: dict) -> list[str]:
    return [f"{ident['agency']} ({ident['country']})",
            "Identity fingerprint — read this aloud to partners:",
            *(f"  {line}" for line in certs.grouped_lines(ident["fingerprint"].replace(" ", ""))),
            f"Signing certificate:    {ident['signing_fingerprint']}",
            f"Encryption certificate: {ident['encryption_fingerprint']}",
            f"Valid until {ident['not_after']}"]


def cmd_identity_create(ctx: Context) -> int:
    with ctx.open() as ws:
        ident = ws.identity_create(replace=ctx.args.replace, days=ctx.args.days).as_dict()
    ctx.emit(ident, ["Created the agency's signing and encryption keys (RSA-3072).",
                     *_identity_lines(ident)])
    return EXIT_OK


def cmd_identity_show(ctx: Context) -> int:
    with ctx.open() as ws:
        ident = ws.identity().as_dict()
    ctx.emit(ident, _identity_lines(ident))
    return EXIT_OK


def cmd_identity_export(ctx: Context) -> int:
    with ctx.open() as ws:
        paths = ws.identity_export(Path(ctx.args.dir))
    ctx.emit({"files": [str(p) for p in paths]}, [f"Wrote {p}" for p in paths])
    return EXIT_OK


def cmd_identity_csr(ctx: Context) -> int:
    with ctx.open() as ws:
        paths = ws.identity_csr(Path(ctx.args.dir), replace=ctx.args.replace)
    ctx.emit({"files": [str(p) for p in paths]},
             [f"Wrote {p}" for p in paths] + ["Send both requests to the CA, then import "
                                               "the issued certificates (identity import-cert)."])
    return EXIT_OK


def cmd_identity_import(ctx: Context) -> int:
    with ctx.open() as ws:
        result = ws.identity_import_certificate(Path(ctx.args.cert))
    state = "both certificates are in: the identity is active" if result["active"] else \
        "waiting for the other certificate"
    ctx.emit(result, [f"Imported the {result['usage']} certificate; {state}."])
    return EXIT_OK


def cmd_partner_certs(ctx: Context) -> int:
    a = ctx.args
    with ctx.open() as ws:
        result = ws.partner_certs(a.name, Path(a.signing), Path(a.encryption), a.country)
    lines = [f"Pinned {a.name}'s certificates ({result['agency']})"
             + (", verified by the configured CA." if result["verified_by_ca"] else
                ": not yet verified.")]
    if not result["verified_by_ca"]:
        lines += ["Call the partner and compare this fingerprint, group by group:",
                  *(f"  {line}" for line in certs.grouped_lines(result["fingerprint"])),
                  f"then run: liaison partner verify {a.name!r} 'FINGERPRINT'"]
    ctx.emit(result, lines)
    return EXIT_OK


def cmd_partner_verify(ctx: Context) -> int:
    with ctx.open() as ws:
        done = ws.partner_verify(ctx.args.name, ctx.args.fingerprint)
    ctx.emit({"verified": [c.fingerprint for c in done]},
             [f"Verified {ctx.args.name}'s {c.usage} certificate {certs.grouped(c.fingerprint)}"
              for c in done])
    return EXIT_OK


def cmd_partner_revoke(ctx: Context) -> int:
    with ctx.open() as ws:
        done = ws.partner_revoke(ctx.args.name, ctx.args.fingerprint, ctx.args.reason or "")
    ctx.emit({"revoked": [c.fingerprint for c in done]},
             [f"Revoked {ctx.args.name}'s {c.usage} certificate {certs.grouped(c.fingerprint)}"
              for c in done])
    return EXIT_OK


def cmd_partner_ca(ctx: Context) -> int:
    a = ctx.args
    with ctx.open() as ws:
        fp = ws.partner_ca(a.name, Path(a.cafile), a.fingerprint, a.country)
    ctx.emit({"fingerprint": fp}, [f"Pinned CA {certs.grouped(fp)} for {a.name}: its "
                                   "certificates must chain to it."])
    return EXIT_OK


def cmd_partner_status(ctx: Context) -> int:
    with ctx.open() as ws:
        rows = ws.exchange_partners()
    lines = []
    for p in rows:
        why = (p.get("why_not") or "").removeprefix(f"{p['name']} cannot receive packages: ")
        lines.append(f"{p['name']} ({p['country']}): "
                     + ("can receive" if p["can_receive"] else f"cannot receive: {why}"))
        lines += [f"  {c['usage']:<10} {c['status']:<12} {c['fingerprint']}"
                  for c in p["certificates"]]
    ctx.emit({"partners": rows}, lines or ["No partners yet."])
    return EXIT_OK


def _share_reviewed(ctx: Context, ws: Any) -> tuple[Any, list[str], str | None] | int:
    """``--review FILE`` (written: the exit code) or ``--apply-review FILE`` (the review
    file read, the record ids and the profile it is for)."""
    from liaison.cli import share_cmds

    a = ctx.args
    if a.review and a.apply_review:
        raise LiaisonError("Give --review FILE (write a review) or --apply-review FILE "
                           "(share with it), not both.")
    if a.no_redaction:
        raise LiaisonError("A review is of a redacted share; drop --no-redaction.")
    if len([p for p in a.to.split(",") if p.strip()]) != 1:
        raise LiaisonError("A review file is for one partner: share to each partner with "
                           "its own review.")
    review, ids, _, profile, purpose = share_cmds.review_args(ws, a)
    if not a.review:
        return review, ids, profile
    plan = ws.prepare_share(ids, a.to.strip(), profile, purpose=purpose)
    if not plan.source.records:
        withheld = plan.policy.withheld() if plan.policy else []
        ctx.emit({"withheld": [d.as_dict() for d in withheld]},
                 [f"Nothing may go to {plan.partner}; every record is withheld:"]
                 + [f"  {d.record_id}: [{d.rule}] {d.reason}" for d in withheld])
        return EXIT_FAILED
    return share_cmds.write_review(ctx, ws, plan, "share")


def cmd_share(ctx: Context) -> int:
    a = ctx.args
    if not a.query and not a.records and not a.apply_review:
        raise LiaisonError("Choose what to share: --query Q or --records ID,ID.")
    records = [r.strip() for r in (a.records or "").split(",") if r.strip()]
    review, profile = None, a.profile
    with ctx.open() as ws:
        if a.review or a.apply_review:
            reviewed = _share_reviewed(ctx, ws)
            if isinstance(reviewed, int):
                return reviewed
            review, records, profile = reviewed
        result = ws.share([p for p in a.to.split(",")], record_ids=records,
                          query=None if review is not None else a.query,
                          profile=profile, redact=not a.no_redaction,
                          out=Path(a.out) if a.out else None,
                          purpose=a.purpose or (review.header.get("purpose")
                                                if review is not None else None),
                          review=review)
    ctx.emit(result.as_dict(), _share_lines(result, review, a.out))
    return EXIT_OK if result.packages or result.awaiting else EXIT_FAILED


SHOWN_WITHHELD = 20


def _share_lines(result: Any, review: Any, out: str | None) -> list[str]:
    """What a share did, each claim only when it happened: what was packaged (and how),
    what the policy withheld from whom (every record counted, the first listed), the
    files written."""
    lines = []
    if result.packages:
        lines.append("NOT REDACTED: the records leave as stored (the sharing policy still "
                     "applied)." if not result.redacted else
                     f"Checked against the sharing policy and redacted (profile "
                     f"{result.profile}).")
    elif result.awaiting:
        lines.append("Nothing was signed yet: the share waits for a releasing officer.")
    else:
        lines.append("Nothing was sent: no package was made.")
    for w in result.awaiting:
        why = "; ".join(w["four_eyes"]) or "this session cannot sign"
        lines.append(f"  {w['id']}  to {w['partner']}  awaiting release ({why}); "
                     f"liaison release approve {w['id'][:8]}")
    for p in result.packages:
        records, retractions = p.counts["records"], p.counts["retractions"]
        lines.append(f"  {p.package_id}  part {p.part}/{p.parts}  to {', '.join(p.recipients)}"
                     f"  {records} record{'' if records == 1 else 's'}, {retractions} "
                     f"retraction{'' if retractions == 1 else 's'}, {p.size:,} bytes")
    for partner, withheld in result.withheld.items():
        if not withheld:
            continue
        lines.append(f"{partner}: the sharing policy withheld {len(withheld):,} of "
                     f"{result.records:,} records:")
        lines += [f"  withheld from {partner}: {w['record_id']} ({w['reason']})"
                  for w in withheld[:SHOWN_WITHHELD]]
        if len(withheld) > SHOWN_WITHHELD:
            lines.append(f"  ... {len(withheld) - SHOWN_WITHHELD:,} more (--json lists them all)")
    lines += [f"  {p}" for p in result.problems]
    if review is not None and result.packages:
        lines.append(f"Reviewed with {review.name}: what leaves is what it decided.")
    if out and result.files:
        lines += [f"Written to {f} (and recorded as delivered that way)." for f in result.files]
    elif out:
        lines.append(f"Nothing was written to {out}.")
    return lines


def cmd_receive(ctx: Context) -> int:
    files = [Path(f) for f in ctx.args.files]
    for f in files:  # before anything is opened: one clear line, nothing received
        check_input_file(f, what="package file")
    with ctx.open() as ws:
        results = ws.receive(files)
    lines = []
    for r in results:
        if r.status == "merged" and r.merge:
            report = r.merge.report
            c = report.counts["records"]
            lines.append(f"{r.file}: merged package {r.package_id} from {r.partner} "
                         f"({c.imported} new, {c.merged} updated, {c.unchanged} unchanged, "
                         f"{r.merge.retracted} retracted)")
            lines += defaults_lines(report.from_defaults, "the package")
            if report.redacted_total:
                lines.append(f"  {report.redacted_total:,} values redacted by the sender "
                             "(pseudonyms or masks: kept as such, never matched)")
            if report.flagged_total or report.skipped_total:
                lines.append(f"  {report.flagged_total:,} values flagged invalid (kept as "
                             f"written), {report.skipped_total:,} items skipped "
                             "(--json lists them)")
            if r.merge.relayed_total:
                lines.append(f"  {r.merge.relayed_total} relayed claim(s): records {r.partner} "
                             "relayed for another agency, kept aside, not verified:")
                lines += [f"    {c['record_id']} claims to be from {c['claimed_agency']} "
                          f"(version {c['version']}): {c['reason']}" for c in r.merge.relayed]
            if r.merge.relayed_verified:
                lines.append(f"  {len(r.merge.relayed_verified)} record(s) {r.partner} relayed "
                             "with their originator's signature, verified and taken as the "
                             "originator's:")
                lines += [f"    {v['record_id']} from {v['originator']} (partner "
                          f"{v['originator_partner']}, version {v['version']}"
                          + ("" if v["stored"] else ", already held") + ")"
                          for v in r.merge.relayed_verified[:50]]
        else:
            lines.append(f"{r.file}: REFUSED ({r.code}): {r.reason}")
    ran = next((r.merge.report.patterns for r in results
                if r.merge and r.merge.report.patterns is not None), None)
    lines += patterns_lines(ran)  # the detectors looked at what the packages brought
    ctx.emit({"results": [r.as_dict() for r in results],
              **({"patterns": ran} if ran is not None else {})}, lines)
    return EXIT_OK if all(r.status == "merged" for r in results) else EXIT_FAILED


def cmd_sync(ctx: Context) -> int:
    with ctx.open() as ws:
        report = ws.sync(ctx.args.transport)
    lines = [f"{f.direction:<3} {f.transport:<12} {f.status:<13} {f.package_id or '-'} "
             f"{f.partner or ''} {f.reason}".rstrip() for f in report.fates]
    lines += [f"error: {e}" for e in report.errors]
    ctx.emit(report.as_dict(), lines or ["Nothing to deliver or collect."])
    return EXIT_OK if not report.errors else EXIT_FAILED


def cmd_transport_add_folder(ctx: Context) -> int:
    path = Path(ctx.args.path)
    with ctx.open() as ws:
        ws.transport_add_folder(ctx.args.name, path)
    print(f"Added folder transport {ctx.args.name} ({path})."
          + ("" if path.is_dir() else " The folder is not there now (a USB stick not "
             "plugged in?): it must be when you run 'liaison sync'."))
    return EXIT_OK


def cmd_transport_add_sftp(ctx: Context) -> int:
    a = ctx.args
    passphrase = read_secret(a.key_passphrase_file, "SSH key passphrase: ")
    with ctx.open() as ws:
        ws.transport_add_sftp(a.name, host=a.host, port=a.port, user=a.user, key=Path(a.key),
                              host_key_fingerprint=a.host_key_fingerprint, base=a.base,
                              key_passphrase=passphrase)
    print(f"Added SFTP transport {a.name}; the SSH key is now kept inside the workspace.")
    return EXIT_OK


def cmd_transport_list(ctx: Context) -> int:
    with ctx.open() as ws:
        rows = ws.transport_list()
    ctx.emit({"transports": rows}, [f"{t['name']:<16} {t['kind']:<6} "
                                    + (t.get("path") or f"{t.get('user')}@{t.get('host')}:"
                                       f"{t.get('port')} {t.get('host_key')}") for t in rows]
             or ["No transports yet."])
    return EXIT_OK


def cmd_transport_remove(ctx: Context) -> int:
    with ctx.open() as ws:
        ws.transport_remove(ctx.args.name)
    print(f"Removed transport {ctx.args.name}.")
    return EXIT_OK


def cmd_retract(ctx: Context) -> int:
    with ctx.open() as ws:
        result = ws.retract(ctx.args.record_id, ctx.args.reason)
    lines = [f"Retracted {ctx.args.record_id}; its content is erased here."]
    lines += [f"  queued {p.package_id} to {', '.join(p.recipients)}" for p in result.packages]
    lines += [f"  not yet sent: {p}" for p in result.problems]
    ctx.emit(result.as_dict(), lines)
    return EXIT_OK


def cmd_packages(ctx: Context) -> int:
    which = ctx.args.which
    with ctx.open() as ws:
        rows = {"outbox": ws.outbox_entries, "inbox": ws.inbox_entries,
                "quarantine": ws.quarantine_entries}[which]()
    if which == "outbox":
        lines = [f"{r['package_id']} {r['status']:<9} {r['created']} to "
                 + ", ".join(x["partner"] for x in r["recipients"]) for r in rows]
    elif which == "inbox":
        lines = [f"{r['package_id']} from {r['partner']} #{r['sequence']} {r['received']}"
                 for r in rows]
    else:
        lines = [f"{r['ts']} {r['file']} ({r['code']}): {r['reason']}" for r in rows]
    ctx.emit({which: rows}, lines or [f"The {which} is empty."])
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    add = command_adder(sub)
    ident = command_adder(_subgroup(sub, "identity", "the agency's keys and certificates"))
    p = ident("create", cmd_identity_create, "create signing and encryption keys (RSA-3072) "
              "with self-signed certificates", json_out=True)
    p.add_argument("--replace", action="store_true", help="replace an existing identity")
    p.add_argument("--days", type=int, default=3 * 365, help="certificate validity in days")
    ident("show", cmd_identity_show, "show the certificates' fingerprints", json_out=True)
    p = ident("export", cmd_identity_export, "write the public certificates (PEM) to DIR",
              json_out=True)
    p.add_argument("dir", metavar="DIR")
    p = ident("csr", cmd_identity_csr, "create keys and certificate requests for a national CA",
              json_out=True)
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--replace", action="store_true")
    p = ident("import-cert", cmd_identity_import, "import a certificate the CA issued",
              json_out=True)
    p.add_argument("cert", metavar="CERT")

    partner = command_adder(_subgroup(sub, "partner", "partner agencies"))
    p = partner("certs", cmd_partner_certs, "pin a partner's signing and encryption "
                "certificates", json_out=True)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--signing", required=True, metavar="CERT")
    p.add_argument("--encryption", required=True, metavar="CERT")
    p.add_argument("--country", metavar="CC", help="needed when the partner is new")
    p = partner("verify", cmd_partner_verify, "confirm a partner's fingerprint, read out by "
                "phone", json_out=True)
    p.add_argument("name", metavar="NAME")
    p.add_argument("fingerprint", metavar="FINGERPRINT")
    p = partner("revoke", cmd_partner_revoke, "stop trusting a partner's certificate(s)",
                json_out=True)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--fingerprint", metavar="FP", help="one certificate (default: all)")
    p.add_argument("--reason", metavar="TEXT")
    p = partner("ca", cmd_partner_ca, "pin a national CA the partner's certificates chain to",
                json_out=True)
    p.add_argument("name", metavar="NAME")
    p.add_argument("cafile", metavar="CAFILE")
    p.add_argument("--fingerprint", required=True, metavar="FP",
                   help="the CA's published SHA-256 fingerprint")
    p.add_argument("--country", metavar="CC")
    partner("status", cmd_partner_status, "partners' certificates and whether they can "
            "receive", json_out=True)

    name = "share" if "share" not in sub.choices else "share-package"
    p = add(name, cmd_share, "package records for partners (policy-checked, redacted, "
            "signed, encrypted) into the outbox", json_out=True)
    p.add_argument("--to", required=True, metavar="PARTNER[,PARTNER]")
    p.add_argument("--query", metavar="Q", help="share the records this search finds")
    p.add_argument("--records", metavar="ID,ID", help="share these records")
    p.add_argument("--profile", metavar="P", help="redaction profile")
    p.add_argument("--out", metavar="FILE", help="also write the package to FILE")
    p.add_argument("--no-redaction", action="store_true",
                   help="send the records as stored (the sharing policy still applies)")
    p.add_argument("--purpose", metavar="TEXT",
                   help="the purpose of this share (checked against the agreement's purposes)")
    p.add_argument("--review", metavar="FILE",
                   help="write every detection to FILE to review (one partner); nothing "
                        "is shared")
    p.add_argument("--apply-review", metavar="FILE",
                   help="share the reviewed plan: the decisions and hand-marked spans of "
                        "FILE (see 'liaison redact --help' for the file)")
    p = add("receive", cmd_receive, "open package files: merge or quarantine each",
            json_out=True)
    p.add_argument("files", nargs="+", metavar="FILE")
    p = add("sync", cmd_sync, "deliver the outbox and collect packages over the transports",
            json_out=True)
    p.add_argument("--transport", metavar="NAME")
    p = add("retract", cmd_retract, "retract one of our records; its recipients are told",
            json_out=True)
    p.add_argument("record_id", metavar="RECORD_ID")
    p.add_argument("--reason", required=True)
    p = add("packages", cmd_packages, "list the outbox, inbox or quarantine", json_out=True)
    p.add_argument("which", choices=["outbox", "inbox", "quarantine"])

    transport = _subgroup(sub, "transport", "folder and SFTP transports")
    tadd = command_adder(transport)
    add_parser = transport.add_parser("add", help="add a transport")
    kinds = command_adder(add_parser.add_subparsers(dest="transport_kind", metavar="KIND"))
    p = kinds("folder", cmd_transport_add_folder, "a folder: USB stick or shared drive")
    p.add_argument("name", metavar="NAME")
    p.add_argument("path", metavar="PATH")
    p = kinds("sftp", cmd_transport_add_sftp, "an SFTP server (key auth, pinned host key)")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--host", required=True)
    p.add_argument("--port", type=int, default=22)
    p.add_argument("--user", required=True)
    p.add_argument("--key", required=True, metavar="KEYFILE")
    p.add_argument("--key-passphrase-file", metavar="FILE")
    p.add_argument("--host-key-fingerprint", required=True, metavar="SHA256:...")
    p.add_argument("--base", default="liaison", help="folder on the server")
    tadd("list", cmd_transport_list, "list transports", json_out=True)
    p = tadd("remove", cmd_transport_remove, "remove a transport")
    p.add_argument("name", metavar="NAME")
