"""Sharing from an unlocked workspace: partners and agreements, consents, redaction
profiles, the policy check, redaction plans and exports, all audited.

The flow the Share preview and ``liaison redact`` both follow: :meth:`ShareMixin.policy_check`
says what may go; :meth:`ShareMixin.prepare_share` loads the allowed records into a
:class:`~liaison.analysis.redaction.SharePlan` (detections to accept or reject, manual
spans, a preview); :meth:`ShareMixin.export_share` writes the plan's redacted copy in
each format and logs every file in the disclosure log; :meth:`ShareMixin.send_share`
queues that same reviewed copy as a package to the partner, so what the analyst
accepted and rejected in the preview is exactly what leaves. A share states its
purpose; where the agreement lists purposes, the policy holds it to them.

On the command line the review is a file: :meth:`ShareMixin.write_share_review` writes
every detection for the analyst to decide, :meth:`ShareMixin.apply_share_review` reads
the decisions and hand-marked spans back into the plan (refusing a file made for other
texts). Under a profile that requires review, nothing is exported or sent while a
detection has no decision. The disclosure log and the audit count the spans detected,
confirmed, un-redacted and added by hand.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from anyascii import anyascii

from liaison.store.database import transaction

if TYPE_CHECKING:
    from liaison.analysis.partners import Agreement, Consent, Partner, SourceDefaults
    from liaison.analysis.policy import PolicyReport
    from liaison.analysis.redaction import (
        RedactionProfile,
        ReviewFile,
        ReviewOutcome,
        SharePlan,
    )
    from liaison.exchange.outbox import Queued
    from liaison.formats.export import ExportSet
    from liaison.store import audit
    from liaison.store.database import Connection
    from liaison.store.disclosures import Disclosure
    from liaison.store.metadata import Metadata

UNADDRESSED = "(unaddressed)"


@dataclass
class ShareResult:
    """What an export wrote and logged."""

    files: list[Path]
    disclosures: list[Disclosure]
    counts: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"files": [str(p) for p in self.files], "counts": self.counts,
                "disclosures": [d.id for d in self.disclosures]}


def review_counts(plan: SharePlan) -> dict[str, int]:
    """The review's counts as the disclosure log keeps them: ``spans_auto_detected``,
    ``spans_confirmed``, ``spans_unredacted``, ``spans_by_hand``."""
    return {f"spans_{k}": v for k, v in plan.review_counts().items()}


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", anyascii(text)).strip("-").lower()[:40] or "partner"


class ShareMixin:
    """Partners, consents, profiles, policy, redaction and exports over the store."""

    actor: str

    if TYPE_CHECKING:
        conn: Connection
        meta: Metadata
        folder: Path
        package_cap: int
        _held: list[dict[str, Any]]

        def _audit(self, action: str, obj: str = "", details: dict[str, Any] | None = None
                   ) -> audit.AuditEntry: ...
        def _queue_or_hold(self, partner: str, content: Any, *, profile: str,
                           review: dict[str, int] | None) -> list[Queued]: ...

    # --- partners and consents -------------------------------------------------------------

    def partner_add(self, name: str, country: str, agreement: Agreement | None = None,
                    notes: str = "") -> Partner:
        """Add a partner agency with its agreement; audited."""
        from liaison.analysis.partners import add_partner

        with transaction(self.conn):
            return add_partner(self.conn, self.actor, name, country, agreement, notes)

    def partner_update(self, partner: str | int, *, country: str | None = None,
                       notes: str | None = None, agreement: Agreement | None = None) -> Partner:
        """Change a partner's country, notes or agreement; audited with before and after."""
        from liaison.analysis.partners import update_partner

        with transaction(self.conn):
            return update_partner(self.conn, self.actor, partner, country=country, notes=notes,
                                  agreement=agreement)

    def partner_defaults(self, partner: str | int, *, handling: str | None = None,
                         tlp: str | None = None, grading: str | None = None
                         ) -> tuple[Partner, SourceDefaults]:
        """A partner's defaults for what it sends, changed first when any field is given
        (``none`` clears one); a change is audited ``partner.defaults``."""
        from liaison.analysis.partners import (
            checked_defaults,
            partner_defaults,
            set_partner_defaults,
        )

        if handling is None and tlp is None and grading is None:
            return partner_defaults(self.conn, partner)
        with transaction(self.conn):
            _, current = partner_defaults(self.conn, partner)
            wanted = checked_defaults(handling, tlp, grading, base=current)
            return set_partner_defaults(self.conn, self.actor, partner, wanted)

    def partners(self) -> list[Partner]:
        from liaison.analysis.partners import list_partners

        return list_partners(self.conn)

    def partner(self, partner: str | int) -> Partner:
        from liaison.analysis.partners import get_partner

        return get_partner(self.conn, partner)

    def consent_add(self, record_id: str, partner: str | int | None, reference: str,
                    expires: str | None = None) -> Consent:
        """File an originator's consent for an H2 record (``partner`` None: any partner)."""
        from liaison.analysis.partners import add_consent

        with transaction(self.conn):
            return add_consent(self.conn, self.actor, record_id, partner, reference, expires)

    def consents(self, record_id: str | None = None) -> list[Consent]:
        from liaison.analysis.partners import list_consents

        return list_consents(self.conn, record_id)

    # --- redaction profiles ----------------------------------------------------------------

    def redaction_profiles(self) -> list[RedactionProfile]:
        from liaison.analysis.redaction import list_profiles

        return list_profiles(self.conn)

    def redaction_profile(self, name: str | None = None) -> RedactionProfile:
        from liaison.analysis.redaction import load_profile

        return load_profile(self.conn, name)

    def save_redaction_profile(self, profile: RedactionProfile) -> RedactionProfile:
        from liaison.analysis.redaction import save_profile

        with transaction(self.conn):
            return save_profile(self.conn, self.actor, profile)

    # --- policy ----------------------------------------------------------------------------

    def _partner_or_unaddressed(self, partner: str | int | Partner | None) -> Partner:
        from liaison.analysis.partners import Agreement, Partner, get_partner

        if partner is None:
            # Unaddressed exports get the cautious default agreement: TLP up to GREEN,
            # H0/H1, no third-party data, and only consents given for any partner.
            return Partner(0, UNADDRESSED, "", "", agreement=Agreement())
        return partner if isinstance(partner, Partner) else get_partner(self.conn, partner)

    def policy_check(self, record_ids: list[str], partner: str | int | Partner | None,
                     today: date | None = None, purpose: str | None = None) -> PolicyReport:
        """Send / send redacted / withhold, with the rule, for each record, for the share's
        stated ``purpose``; audited."""
        from liaison.analysis.policy import check_policy

        target = self._partner_or_unaddressed(partner)
        report = check_policy(self.conn, target, record_ids, self.meta.agency_name, today,
                              purpose=purpose)
        with transaction(self.conn):
            self._audit("policy.check", target.name, {
                "records": len(report.decisions), "allowed": len(report.allowed()),
                "purpose": report.purpose,
                "withheld": {d.record_id: d.rule for d in report.withheld()}})
        return report

    # --- redaction and export --------------------------------------------------------------

    def prepare_share(self, record_ids: list[str], partner: str | int | Partner | None,
                      profile: str | RedactionProfile | None = None,
                      purpose: str | None = None) -> SharePlan:
        """A redaction plan for the records the policy lets go to ``partner``.

        The plan's ``policy`` attribute holds the policy report; withheld records are
        not in the plan at all. Audited as ``share.prepare`` (the records were read).
        """
        from liaison.analysis.redaction import NameIndex, RedactionProfile, SharePlan, load_profile
        from liaison.analysis.share_data import load_share_source

        target = self._partner_or_unaddressed(partner)
        chosen = profile if isinstance(profile, RedactionProfile) \
            else load_profile(self.conn, profile)
        report = self.policy_check(record_ids, target, purpose=purpose)
        allowed = [d.record_id for d in report.allowed()]
        withheld = {d.record_id: d.withheld_fields() for d in report.allowed()}
        source = load_share_source(self.conn, allowed, attachment_data=chosen.keep_images)
        plan = SharePlan(source, chosen, NameIndex.from_store(self.conn),
                         sender=self.meta.agency_name, sender_country=self.meta.agency_country,
                         partner=target.name, partner_country=target.country,
                         withheld=withheld, policy=report)
        with transaction(self.conn):
            self._audit("share.prepare", target.name, {
                "profile": chosen.name, "records": allowed, "purpose": report.purpose,
                "detections": len(plan.detections)})
        return plan

    def export_share(self, plan: SharePlan, folder: Path, formats: list[str],
                     stem: str | None = None) -> ShareResult:
        """Write the plan's redacted copy in each format (atomically) into ``folder`` and log
        each file as a disclosure; the review decisions are audited with it."""
        from liaison.analysis.partners import PolicyError
        from liaison.formats.export import ExportError, writer
        from liaison.store.disclosures import log_disclosure

        self._check_plan_current(plan)
        self._check_reviewed(plan)
        export = plan.build()
        if not export.records:
            raise PolicyError(f"Nothing may go to {plan.partner}: the policy withholds every "
                              "record chosen (see 'liaison policy check').")
        folder = Path(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise ExportError(f"Cannot create {folder}: {exc.strerror or exc}.") from exc
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        stem = stem or f"disclosure-{_slug(plan.partner)}-{stamp}"
        written: list[tuple[str, Path, str]] = []
        try:
            for fmt in dict.fromkeys(formats):
                written += [(fmt, path, digest) for path, digest in writer(fmt)(export, folder,
                                                                                 stem)]
        except BaseException:
            for _, path, _ in written:  # a half-written share must not be mistaken for one
                path.unlink(missing_ok=True)
            raise
        partner_row = self.conn.execute("SELECT pid FROM partners WHERE name = ?",
                                        (plan.partner,)).fetchone()
        counts = {**export.counts(), **{f"redacted_{k}": v for k, v in export.redactions.items()},
                  **review_counts(plan)}
        record_ids = [r.id for r in export.records]
        with transaction(self.conn):
            self._audit_review(plan, export, "export")
            logged = [log_disclosure(self.conn, actor=self.actor, partner=plan.partner,
                                     pid=partner_row[0] if partner_row else None,
                                     record_ids=record_ids, profile=plan.profile.name, fmt=fmt,
                                     file_name=path.name, sha256=digest, counts=counts)
                      for fmt, path, digest in written]
        return ShareResult([p for _, p, _ in written], logged, counts)

    def _audit_review(self, plan: SharePlan, export: ExportSet, channel: str) -> None:
        """Audit the analyst's review (what was redacted, rejected, added by hand)."""
        rejected = [d for d in plan.detections if not d.accepted]
        self._audit("share.redactions", plan.partner, {
            "channel": channel, "profile": plan.profile.name,
            "purpose": plan.policy.purpose if plan.policy else None,
            "records": [r.id for r in export.records], "redacted": export.redactions,
            "detections": len(plan.detections),
            "rejected": [{"unit": d.unit_id, "span": [d.start, d.end], "kind": d.kind}
                         for d in rejected],
            "manual": sum(d.detector == "manual" for d in plan.detections),
            "review": plan.review_counts()})

    def _check_reviewed(self, plan: SharePlan) -> None:
        """Under a profile that requires review, refuse while a detection has no decision."""
        from liaison.analysis.partners import PolicyError

        if not plan.profile.review_required:
            return
        open_ = len(plan.unreviewed())
        if open_:
            raise PolicyError(
                f"The profile {plan.profile.name} requires every detection to be reviewed; "
                f"{open_} of {len(plan.detections)} have no decision yet. Review them in "
                "the Share dialog, or write a review file with 'liaison redact --review "
                "FILE', decide each line, and apply it with '--apply-review FILE'.")

    # --- review files ----------------------------------------------------------------------

    def write_share_review(self, plan: SharePlan, path: Path, query: str | None = None) -> int:
        """Write every detection of ``plan`` to ``path`` for the analyst to decide (readable
        by the owner only: it holds the values in clear); audited. Returns how many."""
        from liaison.analysis.redaction import review_text
        from liaison.formats.export import ExportError
        from liaison.store.atomic import write_atomic

        path = Path(path)
        data = review_text(plan, query=query).encode("utf-8")
        try:
            write_atomic(path, data, mode=0o600)
        except OSError as exc:
            raise ExportError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
        with transaction(self.conn):
            self._audit("share.review.write", plan.partner, {
                "profile": plan.profile.name, "file": path.name,
                "sha256": hashlib.sha256(data).hexdigest(),
                "records": [r.id for r in plan.source.records],
                "detections": len(plan.detections)})
        return len(plan.detections)

    def read_share_review(self, path: Path) -> ReviewFile:
        """A review file as written by :meth:`write_share_review` and edited (not yet
        checked against a share); ReviewError if it cannot be read as one."""
        from liaison.analysis.redaction import ReviewError, read_review

        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ReviewError(f"Cannot read the review {path}: {exc.strerror or exc}.") from exc
        return read_review(data, path.name)

    def apply_share_review(self, plan: SharePlan, review: ReviewFile | Path) -> ReviewOutcome:
        """Apply a review file's decisions and hand-marked spans to ``plan``; audited.

        Refused (ReviewError, the plan unchanged) when the file was made for another
        partner, profile, set of records or other texts, when any line is invalid, or,
        under a profile that requires review, when a detection has no line.
        """
        from liaison.analysis.redaction import ReviewFile, apply_review

        if not isinstance(review, ReviewFile):
            review = self.read_share_review(Path(review))
        outcome = apply_review(plan, review, require_all=plan.profile.review_required)
        with transaction(self.conn):
            self._audit("share.review.apply", plan.partner, {
                "profile": plan.profile.name, "file": review.name, "sha256": review.sha256,
                "records": [r.id for r in plan.source.records], **outcome.as_dict()})
        return outcome

    def share_recipient_problem(self, partner: str | None) -> str | None:
        """Why ``partner`` cannot receive packages (None: it can), in the exchange's words."""
        from liaison.exchange import partners
        from liaison.model.errors import LiaisonError

        if not partner or partner == UNADDRESSED:
            return None
        try:
            partners.recipient_cert(self.conn, partner)
        except LiaisonError as exc:
            return str(exc)
        return None

    def send_share(self, plan: SharePlan) -> list[Queued]:
        """Queue the plan's reviewed, redacted copy as a package to its partner.

        Unlike :meth:`share` (which redacts afresh), this sends exactly what the analyst
        reviewed: the accepted and rejected detections and the manual spans. The partner
        must be able to receive (verified, unrevoked certificates: PartnerError says why
        not). The review and the sending are audited (``share.redactions``, ``share.send``).
        """
        from liaison.analysis.partners import PolicyError
        from liaison.exchange import partners
        from liaison.exchange.package import PackageContent

        if plan.partner == UNADDRESSED:
            raise PolicyError("Choose a partner to send to: an unaddressed share can only be "
                              "exported to files.")
        partners.recipient_cert(self.conn, plan.partner)  # refuse before building anything
        self._held = []
        self._check_plan_current(plan)
        self._check_reviewed(plan)
        export = plan.build()
        if not export.records:
            raise PolicyError(f"Nothing may go to {plan.partner}: the policy withholds every "
                              "record chosen (see 'liaison policy check').")
        content = PackageContent(export.records, export.entities, export.links, export.events)
        # Four eyes, or no one here can sign: kept awaiting release (release.py).
        queued = self._queue_or_hold(plan.partner, content, profile=plan.profile.name,
                                     review=review_counts(plan))
        with transaction(self.conn):
            self._audit_review(plan, export, "package")
            self._audit("share.send", plan.partner, {
                "profile": plan.profile.name,
                "purpose": plan.policy.purpose if plan.policy else None,
                "records": [r.id for r in export.records],
                "packages": [q.package_id for q in queued],
                "awaiting_release": [h["id"] for h in self._held]})
        return queued

    def _check_plan_current(self, plan: SharePlan) -> None:
        """Refuse a reviewed plan the store has moved past: a record retracted, erased or
        corrected since, or withheld (or with more fields withheld) under the agreement as
        it is now. The review was of the records as they were; what leaves must be too."""
        from liaison.analysis.partners import PolicyError
        from liaison.analysis.policy import check_policy

        ids = [r.id for r in plan.source.records]
        if not ids:
            return
        target = self._partner_or_unaddressed(None if plan.partner == UNADDRESSED
                                              else plan.partner)
        report = check_policy(self.conn, target, ids, self.meta.agency_name,
                              purpose=plan.policy.purpose if plan.policy else None)
        problems = [f"{d.record_id}: {d.reason}" for d in report.withheld()]
        problems += [f"{d.record_id}: more fields are withheld now"
                     for d in report.allowed()
                     if d.withheld_fields() - set(plan.withheld.get(d.record_id, ()))]
        stored = dict(self.conn.execute(
            "SELECT id, version FROM records WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),)))
        problems += [f"{r.id}: changed since the review (version {stored.get(r.id)}, "
                     f"reviewed {r.version})" for r in plan.source.records
                     if stored.get(r.id) != r.version]
        if problems:
            raise PolicyError("The records changed since they were reviewed; prepare the "
                              "share again. " + "; ".join(dict.fromkeys(problems)))

    def disclosures(self, partner: str | None = None) -> list[Disclosure]:
        from liaison.store.disclosures import list_disclosures

        return list_disclosures(self.conn, partner)
