"""Partner exchange of an unlocked workspace: identity, partners, share, receive, sync.

Every operation is audited. The share flow runs the sharing policy and redaction
(analysis.policy, analysis.redaction) per partner before anything is packaged; the
package layer (exchange/) never sees an unredacted record unless the caller asks
for ``redact=False``, which the result then says plainly. A share may carry the
analyst's review file (one partner): then exactly the reviewed plan is sent, as the
Share dialog sends it; under a profile that requires review, it must.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from liaison.exchange.errors import ExchangeError, PackageError, PartnerError
from liaison.store.database import transaction

# The exchange modules (certificates, CMS, packages, merge) are imported by the methods
# that use them: opening a workspace, and every command that does not exchange, need none
# of them (ARCHITECTURE.md, "Command line start-up").
if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from liaison.analysis.policy import PolicyReport
    from liaison.analysis.redaction import ReviewFile, ReviewOutcome, SharePlan
    from liaison.exchange import identity as agency
    from liaison.exchange import inbox, outbox, partners
    from liaison.exchange.package import PackageContent
    from liaison.exchange.sync import SyncReport
    from liaison.model.progress import Progress
    from liaison.model.records import Record
    from liaison.store import audit
    from liaison.store.database import Connection
    from liaison.store.metadata import Metadata

MAX_SHARE = 100_000


@dataclass
class ShareResult:
    """What a share put in the outbox, per partner, and what the policy held back."""

    packages: list[outbox.Queued] = field(default_factory=list)
    redacted: bool = True
    withheld: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    records: int = 0        # the records asked for (named, or found by the query)
    profile: str = ""       # the redaction profile applied ("none" without redaction)
    files: list[str] = field(default_factory=list)  # package files written (``out``)
    # Shares kept awaiting release (four eyes, or no one here can sign): release.py.
    awaiting: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"packages": [p.as_dict() for p in self.packages], "redacted": self.redacted,
                "withheld": self.withheld, "problems": self.problems,
                "records": self.records, "profile": self.profile, "files": self.files,
                "awaiting": self.awaiting}


class ExchangeMixin:
    """Identity, partner certificates, packages, retractions and transports (exchange/)."""

    actor: str
    folder: Path
    _package_cap: int | None = None

    @property
    def package_cap(self) -> int:
        """The largest package file received or built (the package layer's cap unless set)."""
        if self._package_cap is not None:
            return self._package_cap
        from liaison.exchange.package import DEFAULT_CAP

        return DEFAULT_CAP

    @package_cap.setter
    def package_cap(self, value: int) -> None:
        self._package_cap = value

    if TYPE_CHECKING:
        conn: Connection
        meta: Metadata

        def _audit(self, action: str, obj: str = "", details: dict[str, Any] | None = None
                   ) -> audit.AuditEntry: ...

        def search_records(self, query: str, limit: int = 50, offset: int = 0,
                           region: str | None = None) -> Any: ...

        def prepare_share(self, record_ids: list[str], partner: Any, profile: Any = None,
                          purpose: str | None = None) -> SharePlan: ...

        def apply_share_review(self, plan: SharePlan, review: ReviewFile | Path
                               ) -> ReviewOutcome: ...

        def send_share(self, plan: SharePlan) -> list[outbox.Queued]: ...

        def _check_reviewed(self, plan: SharePlan) -> None: ...

        def quarantine_release(self, qid: int) -> inbox.Received: ...

        def _answer_hits(self) -> list[dict[str, Any]]: ...
        def _queue_or_hold(self, partner: str, content: PackageContent, *, profile: str,
                           review: dict[str, int] | None) -> list[outbox.Queued]: ...

        def _arrivals(self) -> AbstractContextManager[list[Any]]: ...

        def _patterns_arrived(self, merged: bool) -> None: ...

    # --- identity ------------------------------------------------------------------------

    def identity(self) -> agency.Identity:
        """Our agency's certificates and fingerprints (IdentityError if none yet)."""
        from liaison.exchange import identity as agency

        return agency.current_identity(self.conn)

    def identity_create(self, replace: bool = False, days: int | None = None,
                        key_size: int | None = None) -> agency.Identity:
        """New signing and encryption keys with self-signed certificates (valid ``days``,
        RSA ``key_size``: the identity module's defaults when not given); audited."""
        from liaison.exchange import identity as agency

        days = agency.DEFAULT_DAYS if days is None else days
        key_size = agency.KEY_SIZE if key_size is None else key_size
        with transaction(self.conn):
            ident = agency.create_identity(self.conn, self.meta.agency_name,
                                             self.meta.agency_country, days=days,
                                             key_size=key_size, replace=replace)
            self._audit("identity.create", ident.fingerprint, ident.as_dict())
        return ident

    def identity_csr(self, folder: Path, replace: bool = False) -> list[Path]:
        """New keys and CSRs for a national CA, written (PEM) into ``folder``; audited."""
        from liaison.exchange import identity as agency
        from liaison.store.atomic import write_atomic

        with transaction(self.conn):
            csrs = agency.create_csrs(self.conn, self.meta.agency_name,
                                        self.meta.agency_country, replace=replace)
            self._audit("identity.csr", str(folder), {"usages": sorted(csrs)})
        Path(folder).mkdir(parents=True, exist_ok=True)
        paths = []
        for usage, pem in sorted(csrs.items()):
            path = Path(folder) / f"{agency.slug(self.meta.agency_name)}-{usage}.csr"
            write_atomic(path, pem, mode=0o644)
            paths.append(path)
        return paths

    def identity_import_certificate(self, path: Path) -> dict[str, Any]:
        """Attach a CA-issued certificate to our waiting key; audited."""
        from liaison.exchange import certs
        from liaison.exchange import identity as agency

        cert = certs.load_certificate(Path(path))
        with transaction(self.conn):
            usage, active = agency.import_certificate(self.conn, cert)
            self._audit("identity.import", certs.fingerprint(cert),
                        {"usage": usage, "active": active})
        return {"usage": usage, "active": active, "fingerprint": certs.fingerprint(cert)}

    def identity_export(self, folder: Path) -> list[Path]:
        from liaison.exchange import identity as agency

        paths = agency.export_certificates(self.identity(), Path(folder))
        with transaction(self.conn):
            self._audit("identity.export", str(folder), {"files": [p.name for p in paths]})
        return paths

    # --- partners ------------------------------------------------------------------------

    def partner_certs(self, name: str, signing: Path, encryption: Path,
                      country: str | None = None) -> dict[str, Any]:
        """Pin a partner's certificates (pending until verified); audited."""
        from liaison.exchange import certs, partners

        sign = certs.load_certificate(Path(signing), "signing certificate")
        enc = certs.load_certificate(Path(encryption), "encryption certificate")
        with transaction(self.conn):
            result = partners.add_certificates(self.conn, name, sign, enc, country=country)
            self._audit("partner.certs", name, {k: v for k, v in result.items()
                                                if k != "pending"})
        return result

    def partner_verify(self, name: str, fingerprint: str, overlap_days: int | None = None
                       ) -> list[partners.PinnedCert]:
        """Confirm the fingerprint the partner read out; audited (also a refusal).
        ``overlap_days``: the partners module's default when not given."""
        from liaison.exchange import partners

        if overlap_days is None:
            overlap_days = partners.DEFAULT_OVERLAP_DAYS
        try:
            with transaction(self.conn):
                done = partners.verify(self.conn, name, fingerprint, actor=self.actor,
                                       overlap_days=overlap_days)
                self._audit("partner.verify", name,
                            {"fingerprints": [c.fingerprint for c in done]})
        except PartnerError as exc:
            with transaction(self.conn):
                self._audit("partner.verify_failed", name, {"reason": str(exc)})
            raise
        return done

    def partner_revoke(self, name: str, fingerprint: str | None = None,
                       reason: str = "") -> list[partners.PinnedCert]:
        from liaison.exchange import partners

        with transaction(self.conn):
            done = partners.revoke(self.conn, name, fingerprint, reason)
            self._audit("partner.revoke", name, {"fingerprints": [c.fingerprint for c in done],
                                                 "reason": reason})
        return done

    def partner_ca(self, name: str, path: Path, fingerprint: str,
                   country: str | None = None) -> str:
        from liaison.exchange import certs, partners

        cert = certs.load_certificate(Path(path), "CA certificate")
        with transaction(self.conn):
            fp = partners.add_ca(self.conn, name, cert, fingerprint, country=country)
            self._audit("partner.ca", name, {"fingerprint": fp})
        return fp

    def exchange_partners(self) -> list[dict[str, Any]]:
        from liaison.exchange import partners

        return partners.summaries(self.conn)

    # --- share ---------------------------------------------------------------------------

    def _query_ids(self, query: str) -> list[str]:
        """Every record the search finds; a search beyond what one share takes is refused,
        never cut short without a word."""
        ids: list[str] = []
        while True:
            page = self.search_records(query, limit=1000, offset=len(ids))
            if page.total > MAX_SHARE:
                raise PackageError(f"The search matches {page.total:,} records; one share "
                                   f"takes at most {MAX_SHARE:,}: narrow the query.")
            ids.extend(h.id for h in page.hits)
            if not page.hits or len(ids) >= page.total:
                return ids

    def _redacted(self, partner: str, ids: list[str], profile: str | None,
                  purpose: str | None = None, correction: bool = False
                  ) -> tuple[PackageContent, PolicyReport, str, dict[str, int]]:
        """The redacted content for ``partner``, the policy report, the profile's name and
        the span counts for the disclosure log (detected; nothing reviewed)."""
        from liaison.analysis.policy import check_policy
        from liaison.analysis.redaction import NameIndex, SharePlan, load_profile
        from liaison.analysis.share_data import load_share_source
        from liaison.exchange.package import PackageContent
        from liaison.workspace.share import review_counts

        report = check_policy(self.conn, partner, ids, self.meta.agency_name, purpose=purpose,
                              correction=correction)
        allowed = report.allowed()
        chosen = load_profile(self.conn, profile)
        source = load_share_source(self.conn, [d.record_id for d in allowed],
                                   attachment_data=chosen.keep_images)
        plan = SharePlan(source, chosen, NameIndex.from_store(self.conn),
                         sender=self.meta.agency_name, sender_country=self.meta.agency_country,
                         partner=report.partner.name, partner_country=report.partner.country,
                         withheld={d.record_id: d.withheld_fields() for d in allowed})
        export = plan.build()
        return (PackageContent(export.records, export.entities, export.links, export.events),
                report, chosen.name, review_counts(plan))

    def share(self, to: list[str], record_ids: list[str] | None = None,
              query: str | None = None, profile: str | None = None,
              redact: bool = True, out: Path | None = None,
              purpose: str | None = None, review: ReviewFile | Path | None = None
              ) -> ShareResult:
        """Package records for partners into the outbox: per partner, through the sharing
        policy and then redaction (``redact=False`` skips the redaction, never the policy).

        With ``review`` (a review file, for one partner) the share is the reviewed plan,
        sent as :meth:`send_share` sends it; a profile that requires review needs one.
        """
        from liaison.analysis.partners import PolicyError
        from liaison.analysis.redaction import load_profile
        from liaison.exchange import partners
        from liaison.exchange.collect import collect_records

        self._held = []
        ids = list(record_ids or []) + (self._query_ids(query) if query else [])
        ids = list(dict.fromkeys(ids))
        if not ids:
            raise PackageError("No records to share: the query matched nothing.")
        result = ShareResult(redacted=redact, records=len(ids))
        names = [n.strip() for n in to if n.strip()]
        if review is not None and (not redact or len(names) != 1):
            raise PolicyError("A review file is for one redacted share to one partner: name "
                              "one partner, without --no-redaction.")
        chosen = load_profile(self.conn, profile) if redact else None
        if chosen is not None and chosen.review_required and review is None:
            raise PolicyError(f"The profile {chosen.name} requires review before anything "
                              "leaves: write a review file with 'liaison share --review "
                              "FILE' (one partner), decide each line, then share with "
                              "'--apply-review FILE'.")
        for name in names:
            partners.recipient_cert(self.conn, name)  # refuse early: unverified, revoked...
        plan = None
        if review is not None:  # refuse a wrong or incomplete review before anything queues
            plan = self.prepare_share(ids, names[0], profile, purpose)
            self.apply_share_review(plan, review)
            self._check_reviewed(plan)
            result.profile = plan.profile.name
        for name in names:
            self._send_updates_to(name, result)
            if plan is not None:
                withheld = plan.policy.withheld() if plan.policy else []
                result.withheld[name] = [{"record_id": d.record_id, "rule": d.rule,
                                          "reason": d.reason} for d in withheld]
                if not plan.source.records:
                    result.problems.append(f"Nothing may go to {name}: the policy withheld "
                                           "every record.")
                    continue
                result.packages += self.send_share(plan)
                continue
            if redact:
                content, report, profile_name, spans = self._redacted(name, ids, profile,
                                                                      purpose)
                result.profile = profile_name
                result.withheld[name] = [{"record_id": d.record_id, "rule": d.rule,
                                          "reason": d.reason} for d in report.withheld()]
                if content.is_empty():
                    result.problems.append(f"Nothing may go to {name}: the policy withheld "
                                           "every record.")
                    continue
            else:
                from liaison.analysis.policy import check_policy

                report = check_policy(self.conn, name, ids, self.meta.agency_name,
                                      purpose=purpose)
                result.withheld[name] = [{"record_id": d.record_id, "rule": d.rule,
                                          "reason": d.reason} for d in report.withheld()]
                allowed = [d.record_id for d in report.allowed()]
                if not allowed:
                    result.problems.append(f"Nothing may go to {name}: the policy withheld "
                                           "every record.")
                    continue
                content, profile_name, spans = collect_records(self.conn, allowed), "none", {}
                result.profile = profile_name
            result.packages += self._queue_or_hold(name, content, profile=profile_name,
                                                   review=spans)
        result.awaiting, self._held = self._held, []
        if out is not None:
            result.files = self._copy_out(result.packages, Path(out))
        return result

    def _copy_out(self, packages: list[outbox.Queued], out: Path) -> list[str]:
        """Hand packages over as files (``--out``); they count as delivered that way.
        Returns the files written (none when nothing was packaged)."""
        from liaison.exchange import outbox
        from liaison.exchange.transports.folder import copy_with_hash

        files = []
        for n, queued in enumerate(packages, 1):
            target = out if len(packages) == 1 else out.with_name(
                f"{out.stem}-{n}of{len(packages)}{out.suffix or '.p7m'}")
            copy_with_hash(queued.file, target)
            with transaction(self.conn):
                outbox.mark_delivered(self.conn, queued.package_id, None, f"file {target}")
                self._audit("package.deliver", queued.package_id, {"file": str(target)})
            files.append(str(target))
        return files

    def _send_updates_to(self, name: str, result: ShareResult) -> None:
        from liaison.exchange import outbox, partners

        pid = partners.partner_id(self.conn, name)
        content = outbox.updates_content(self.conn, pid, self.meta.agency_name)
        if content.is_empty():
            return
        if not self.holds_custody():  # type: ignore[attr-defined]
            # An analyst's share waits for release; the updates wait for an officer's.
            result.problems.append(f"Corrections or retractions are due to {name}; they "
                                   "go with a releasing officer's next share to it.")
            return
        if content.records and _policy_available():
            # Corrections go through the policy and redaction again, like the share did.
            retractions = content.retractions
            content = self._redacted(name, [r.id for r in content.records], None,
                                     correction=True)[0]
            content.retractions = retractions
            if content.is_empty():
                result.problems.append(f"The correction(s) due to {name} are withheld by the "
                                       "sharing policy now; nothing was queued.")
                return
        result.packages += outbox.queue(self.conn, self.folder, content, [name],
                                        actor=self.actor, cap=self.package_cap,
                                        workspace_id=self.meta.workspace_id,
                                        profile="updates")

    def send_updates(self) -> ShareResult:
        """Queue every correction and retraction still due to a partner (Flow 5)."""
        from liaison.exchange import outbox

        result = ShareResult()
        for _, name in outbox.partners_with_updates(self.conn, self.meta.agency_name):
            try:
                self._send_updates_to(name, result)
            except ExchangeError as exc:
                result.problems.append(f"{name}: {exc}")
        return result

    def retract(self, record_id: str, reason: str) -> ShareResult:
        """Retract one of our records and queue the retraction to everyone who got it."""
        from liaison.exchange import certs, retraction

        with transaction(self.conn):
            retraction.retract(self.conn, record_id, reason, our_agency=self.meta.agency_name,
                               actor=self.actor, when=certs.iso(certs.utcnow()))
        return self.send_updates()

    def correct(self, record: Record) -> ShareResult:
        """Store a corrected version of one of our records and queue it to its recipients."""
        from liaison.exchange import certs, retraction

        with transaction(self.conn):
            retraction.correct(self.conn, record, our_agency=self.meta.agency_name,
                               actor=self.actor, when=certs.iso(certs.utcnow()))
        return self.send_updates()

    # --- receive, queues -----------------------------------------------------------------

    def receive(self, paths: list[Path], source: str = "file") -> list[inbox.Received]:
        """Receive package files: each merged or quarantined (with the reason); the files
        given are never moved or changed. Every path is checked first, so one that is
        missing, a folder or unreadable receives none. A file of our own quarantine is
        released (received through the same checks)."""
        from liaison.exchange import inbox
        from liaison.exchange.quarantine import entry_for_file
        from liaison.model.input_files import check_input_file

        paths = [Path(p) for p in paths]
        for path in paths:
            check_input_file(path, ExchangeError, "package file")
        results = []
        with self._arrivals() as ran:  # the pattern detectors run once, after every file
            for path in paths:
                qid = entry_for_file(self.conn, self.folder, path)
                results.append(self.quarantine_release(qid) if qid is not None else
                               inbox.receive_file(self.conn, self.folder, path,
                                                  our_agency=self.meta.agency_name,
                                                  actor=self.actor, source=source,
                                                  max_bytes=self.package_cap,
                                                  watch=_watch_check()))
            if any(_asks_hits(r) for r in results):
                self._answer_hits()
            self._patterns_arrived(any(r.status == "merged" for r in results))
        last = next((r.merge for r in reversed(results) if r.merge is not None), None)
        if ran and last is not None:  # said once, with the last package merged
            from liaison.workspace.patterns import run_counts

            last.report.patterns = run_counts(ran[0])
        return results

    def outbox_entries(self) -> list[dict[str, Any]]:
        """Packages built, and shares awaiting release (status "awaiting release": no
        package yet, nothing a transport sends)."""
        from liaison.exchange import outbox

        waiting = [{"package_id": r["id"], "release_id": r["id"], "share_id": None,
                    "part": 1, "parts": 1, "file": None, "size": 0,
                    "created": r["prepared"],
                    "counts": {"records": len(r["records"])}, "status": r["status"],
                    "recipients": [{"partner": r["partner"], "sequence": None,
                                    "delivered": None, "transport": None, "error": ""}],
                    "prepared_by": r["prepared_by"], "four_eyes": r["four_eyes"],
                    "plan_hash": r["plan_hash"]}
                   for r in self.releases()]  # type: ignore[attr-defined]
        return [*waiting, *outbox.outbox_list(self.conn)]

    def inbox_entries(self) -> list[dict[str, Any]]:
        from liaison.exchange import inbox

        return inbox.inbox_list(self.conn)

    def quarantine_entries(self) -> list[dict[str, Any]]:
        from liaison.exchange import inbox

        return inbox.quarantine_list(self.conn)

    # --- transports and sync -------------------------------------------------------------

    def transport_add_folder(self, name: str, path: Path) -> None:
        from liaison.exchange import transports

        with transaction(self.conn):
            transports.add(self.conn, name, "folder", {"path": str(Path(path).resolve())})
            self._audit("transport.add", name, {"kind": "folder", "path": str(path)})

    def transport_add_sftp(self, name: str, *, host: str, port: int, user: str, key: Path,
                           host_key_fingerprint: str, base: str = "liaison",
                           key_passphrase: str | None = None) -> None:
        """An SFTP transport; the SSH key is read now and kept in the encrypted database."""
        from liaison.exchange import transports
        from liaison.exchange.transports.sftp import parse_host_fingerprint, secret_for

        try:
            key_text = Path(key).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ExchangeError(f"Cannot read the SSH key {key}: {exc}.") from exc
        config = {"host": host, "port": int(port), "user": user, "base": base,
                  "host_key": parse_host_fingerprint(host_key_fingerprint)}
        with transaction(self.conn):
            transports.add(self.conn, name, "sftp", config, secret_for(key_text, key_passphrase))
            self._audit("transport.add", name, {"kind": "sftp", **config})

    def transport_remove(self, name: str) -> None:
        from liaison.exchange import transports

        with transaction(self.conn):
            transports.remove(self.conn, name)
            self._audit("transport.remove", name)

    def transport_list(self) -> list[dict[str, Any]]:
        from liaison.exchange import transports

        return transports.listing(self.conn)

    def sync(self, transport: str | None = None, progress: Progress | None = None
             ) -> SyncReport:
        """Queue due updates, deliver the outbox and collect our packages over the
        transport named (or every transport); the fate of each package."""
        from liaison.exchange import transports
        from liaison.exchange.sync import sync

        names = [transport] if transport else transports.names(self.conn)
        if not names:
            raise ExchangeError("No transport is set up: add one with 'liaison transport add'.")
        chosen = [transports.load(self.conn, n) for n in names]
        updates = self.send_updates()
        # The pattern detectors run once, on every package the sync merged, not per package.
        with self._arrivals():
            report = sync(self.conn, self.folder, chosen, actor=self.actor, progress=progress,
                          receive=lambda path, source: self.receive([path], source)[0])
        report.errors = updates.problems + report.errors
        return report


def _asks_hits(received: inbox.Received) -> bool:
    """True when ``received`` merged a partner's hit/no-hit query (answered after it)."""
    hit = received.merge.hits if received.merge else None
    return bool(hit) and hit.get("type") == "psi-query"


def _policy_available() -> bool:
    try:
        import liaison.analysis.redaction  # noqa: F401
    except ImportError:
        return False
    return True


def _watch_check() -> Any:
    """The watchlist check imports use, so received packages raise the same alerts."""
    try:
        from liaison.analysis.watch import watch_hits_for_import
    except ImportError:
        return None
    return watch_hits_for_import
