"""Four-eyes release (ARCHITECTURE.md, "Release").

A share that must not leave on one person's word waits as a **release**: its content
(the redacted copy, its redactions applied), recipient and profile are kept with their
**plan hash**. A releasing officer other than the one who prepared it approves it, here
(authenticating with their own passphrase on this workstation) or by a signed approval
file made on another copy of the workspace; the package is then signed with the release
key of an officer present. Partners' four-eyes rules say which shares need it (every
share, from a TLP, or by handling code). A share by someone who cannot sign (an analyst)
waits too, for any releasing officer.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from liaison.model.errors import LiaisonError, RoleRefused, WorkspaceError, WrongPassphrase
from liaison.model.roles import RELEASER
from liaison.model.values import HANDLING_CODES, TLP_LEVELS
from liaison.store import user_slots
from liaison.store import users as store_users
from liaison.store.database import Connection, transaction
from liaison.store.metadata import Metadata, canonical_json
from liaison.store.unlock import key_from_slots

if TYPE_CHECKING:
    from liaison.exchange.outbox import Queued
    from liaison.exchange.package import PackageContent

REQUEST_FORMAT = "liaison-release-request"
APPROVAL_FORMAT = "liaison-release-approval"


class ReleaseError(LiaisonError):
    """A release cannot be approved or an approval file is not acceptable."""


def four_eyes_reasons(conn: Connection, partner: str, records: list[Any]) -> list[str]:
    """Why a share of ``records`` to ``partner`` needs a second releasing officer (its
    agreement's rules); empty when it does not."""
    row = conn.execute("SELECT always, tlp_from, handling FROM release_rules r JOIN partners "
                       "p ON p.pid = r.pid WHERE p.name = ?", (partner,)).fetchone()
    if row is None:
        return []
    always, tlp_from, handling = bool(row[0]), row[1], set(json.loads(row[2]))
    reasons = [f"every share to {partner} needs four eyes"] if always else []
    floor = TLP_LEVELS.index(tlp_from) if tlp_from in TLP_LEVELS else None
    for r in records:
        if floor is not None and r.tlp in TLP_LEVELS and TLP_LEVELS.index(r.tlp) >= floor:
            reasons.append(f"{r.id} is TLP:{r.tlp} (four eyes from TLP:{tlp_from})")
        if r.handling in handling:
            reasons.append(f"{r.id} has handling code {r.handling}")
    return reasons


def plan_hash(partner: str, profile: str, lines: bytes, attachments: dict[str, bytes]
              ) -> str:
    return "sha256:" + hashlib.sha256(canonical_json({
        "partner": partner, "profile": profile,
        "content": hashlib.sha256(lines).hexdigest(),
        "attachments": sorted(hashlib.sha256(d).hexdigest() for d in attachments.values()),
    })).hexdigest()


def _approval_body(doc: dict[str, Any]) -> bytes:
    return canonical_json({k: v for k, v in doc.items() if k != "signature"})


class ReleaseMixin:
    """Shares awaiting release, four-eyes rules, approvals here or by file."""

    meta: Metadata
    folder: Path
    user: str
    _roles: frozenset[str]
    _user_key: bytearray | None
    _release_key: bytearray | None

    if TYPE_CHECKING:
        conn: Connection
        actor: str
        package_cap: int

        def _audit(self, action: str, obj: str = "", details: dict[str, Any] | None = None
                   ) -> Any: ...
        def holds_custody(self) -> bool: ...

    # --- rules -----------------------------------------------------------------------

    def release_rule_set(self, partner: str, *, always: bool = False,
                         tlp_from: str | None = None, handling: list[str] | None = None
                         ) -> dict[str, Any]:
        """Which shares to ``partner`` need four eyes: all (``always``), those holding a
        record at or above ``tlp_from``, or one with a handling code in ``handling``.
        Nothing set: none does."""
        from liaison.exchange.partners import partner_id

        pid = partner_id(self.conn, partner)
        if tlp_from is not None:
            tlp_from = tlp_from.upper().removeprefix("TLP:")
            if tlp_from not in TLP_LEVELS:
                raise WorkspaceError(f"'{tlp_from}' is not a TLP level: "
                                     f"{', '.join(TLP_LEVELS)}.")
        codes = sorted({h.strip().upper() for h in handling or [] if h.strip()})
        wrong = [c for c in codes if c not in HANDLING_CODES]
        if wrong:
            raise WorkspaceError(f"Unknown handling code {', '.join(wrong)}: "
                                 f"{', '.join(HANDLING_CODES)}.")
        rule = {"partner": partner, "always": always, "tlp_from": tlp_from,
                "handling": codes}
        with transaction(self.conn):
            self.conn.execute(
                "INSERT INTO release_rules (pid, always, tlp_from, handling) VALUES "
                "(?, ?, ?, ?) ON CONFLICT (pid) DO UPDATE SET always = excluded.always, "
                "tlp_from = excluded.tlp_from, handling = excluded.handling",
                (pid, int(always), tlp_from, json.dumps(codes)))
            self._audit("release.rule", partner, rule)
        return rule

    def release_rules(self) -> list[dict[str, Any]]:
        return [{"partner": n, "always": bool(a), "tlp_from": t, "handling": json.loads(h)}
                for n, a, t, h in self.conn.execute(
                    "SELECT p.name, r.always, r.tlp_from, r.handling FROM release_rules r "
                    "JOIN partners p ON p.pid = r.pid ORDER BY p.name")]

    # --- holding a share -----------------------------------------------------------------

    def _queue_or_hold(self, partner: str, content: PackageContent, *, profile: str,
                       review: dict[str, int] | None) -> list[Queued]:
        """Queue ``content`` now, or keep it as a release awaiting approval when it needs
        four eyes or this session cannot sign; held ones go to ``_held``."""
        from liaison.exchange import outbox

        reasons = four_eyes_reasons(self.conn, partner, content.records)
        if not reasons and self.holds_custody():
            return outbox.queue(self.conn, self.folder, content, [partner], actor=self.actor,
                                cap=self.package_cap, workspace_id=self.meta.workspace_id,
                                profile=profile, review=review)
        self._held.append(self._hold(partner, content, profile, review, reasons))
        return []

    def _hold(self, partner: str, content: PackageContent, profile: str,
              review: dict[str, int] | None, reasons: list[str]) -> dict[str, Any]:
        from liaison.exchange.package import check_content, content_lines

        check_content(content)  # what a receiver would refuse is refused now, not later
        lines = content_lines(content)
        attachments = {a.sha256: a.data for r in content.records for a in r.attachments
                       if a.data}
        digest = plan_hash(partner, profile, lines, attachments)
        rid = str(uuid.uuid4())
        plan = {"profile": profile, "review": review or {},
                "lines": lines.decode("utf-8"),
                "attachments": {k: base64.b64encode(v).decode("ascii")
                                for k, v in attachments.items()},
                "records": [r.id for r in content.records]}
        with transaction(self.conn):
            self.conn.execute(
                "INSERT INTO releases (id, partner, plan, plan_hash, four_eyes, prepared_by, "
                "prepared) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (rid, partner, json.dumps(plan), digest, json.dumps(reasons), self.user,
                 store_users.now()))
            self._audit("release.prepared", rid, {
                "partner": partner, "plan_hash": digest, "records": plan["records"],
                "four_eyes": reasons, "prepared_by": self.user})
        return {"id": rid, "partner": partner, "plan_hash": digest, "four_eyes": reasons,
                "status": "awaiting release"}

    # --- listing -----------------------------------------------------------------------

    def releases(self, include_done: bool = False) -> list[dict[str, Any]]:
        """Releases awaiting approval (and, with ``include_done``, those sent or
        withdrawn), newest first."""
        where = "" if include_done else "WHERE status IN ('awaiting', 'approved')"
        out = []
        for (rid, partner, plan, digest, eyes, by, when, status, approved_by, approved,
             packages) in self.conn.execute(
                "SELECT id, partner, plan, plan_hash, four_eyes, prepared_by, prepared, "
                f"status, approved_by, approved, packages FROM releases {where} "
                "ORDER BY prepared DESC, id"):
            out.append({"id": rid, "partner": partner, "plan_hash": digest,
                        "records": json.loads(plan)["records"],
                        "four_eyes": json.loads(eyes), "prepared_by": by, "prepared": when,
                        "status": {"awaiting": "awaiting release",
                                   "approved": "approved, awaiting signature"}.get(
                                       status, status),
                        "approved_by": approved_by, "approved": approved,
                        "packages": json.loads(packages)})
        return out

    def _release_row(self, release_id: str) -> dict[str, Any]:
        found = [r for r in self.releases(include_done=True)
                 if r["id"] == release_id or r["id"].startswith(release_id)]
        if len(found) != 1:
            raise ReleaseError(f"No release '{release_id}' here" + (
                " (the prefix names several)." if found else
                "; 'liaison release list' shows those awaiting."))
        row = found[0]
        if row["status"] not in ("awaiting release", "approved, awaiting signature"):
            raise ReleaseError(f"Release {row['id']} was {row['status']} already.")
        return row

    # --- approving -----------------------------------------------------------------------

    def _authenticate(self, name: str, passphrase: str) -> bytes:
        """A second person's private key, proving they are present (their passphrase on
        this workstation)."""
        info = store_users.get_user(self.conn, name)
        if RELEASER not in info["roles"]:
            raise RoleRefused(f"{name} is not a releasing officer and cannot approve.")
        entry = (self.meta.users or {}).get(name, {})
        if info["first"]:
            private = user_slots.take(self.meta.workspace_id, self.meta.slots, passphrase)
            if private is None:
                raise WrongPassphrase(f"Wrong passphrase: it does not open {name}'s key.")
            return private
        return key_from_slots(self.meta.workspace_id, entry.get("slots", []),
                              entry.get("check", ""), passphrase, use_keyring=False)

    def _release_key_of(self, name: str, private: bytes) -> bytes:
        sealed = (self.meta.users or {}).get(name, {}).get("release")
        if sealed is None:
            raise RoleRefused(f"{name} holds no release key here; an administrator who "
                              "releases must grant the role again.")
        return store_users.unseal(private, sealed, {"workspace": self.meta.workspace_id,
                                                    "user": name, "secret": "release key"})

    def release_approve(self, release_id: str, *, approver: str | None = None,
                        approver_passphrase: str | None = None) -> dict[str, Any]:
        """Approve and sign a release. The approver is ``approver`` (a second releasing
        officer present, giving their passphrase here) or this session's user; with four
        eyes the approver must not be who prepared it, unless a signed approval file from
        another officer was accepted already."""
        row = self._release_row(release_id)
        if approver is not None:
            if not approver_passphrase:
                raise ReleaseError(f"{approver} must give their passphrase to approve.")
            private = self._authenticate(approver, approver_passphrase)
            release_key = self._release_key_of(approver, private)
            who = approver
        else:
            if RELEASER not in self._roles:
                raise RoleRefused(f"{self.user} is not a releasing officer.")
            release_key = bytes(self._release_key) if self._release_key is not None else None
            who = self.user
        prior = self.conn.execute("SELECT approval FROM releases WHERE id = ?",
                                  (row["id"],)).fetchone()[0]
        approved_by = json.loads(prior)["by"] if prior else who
        if row["four_eyes"] and approved_by == row["prepared_by"]:
            raise ReleaseError(
                f"This share needs four eyes ({'; '.join(row['four_eyes'])}): "
                f"{row['prepared_by']} prepared it, so another releasing officer must "
                "approve it (--approver NAME, or a signed approval file).")
        if release_key is None and store_users.release_public(self.conn) is not None:
            raise RoleRefused(f"{who} holds no release key in this session; open the "
                              "workspace with their passphrase.")
        return self._sign_release(row, approved_by, who, "here" if not prior else "file",
                                  release_key)

    def _sign_release(self, row: dict[str, Any], approved_by: str, signer: str, how: str,
                      release_key: bytes | None) -> dict[str, Any]:
        from liaison.exchange import outbox
        from liaison.exchange.package import content_from_lines

        plan = json.loads(self.conn.execute("SELECT plan FROM releases WHERE id = ?",
                                            (row["id"],)).fetchone()[0])
        lines = plan["lines"].encode("utf-8")
        attachments = {k: base64.b64decode(v) for k, v in plan["attachments"].items()}
        if plan_hash(row["partner"], plan["profile"], lines, attachments) != row["plan_hash"]:
            raise ReleaseError(f"Release {row['id']} was changed after it was prepared: its "
                               "content no longer matches its plan hash. Nothing was sent.")
        content = content_from_lines(lines, attachments)
        saved = self.conn.custody
        self.conn.custody = (self.meta.workspace_id, release_key, signer)
        try:
            queued = outbox.queue(self.conn, self.folder, content, [row["partner"]],
                                  actor=self.actor, cap=self.package_cap,
                                  workspace_id=self.meta.workspace_id,
                                  profile=plan["profile"], review=plan["review"])
        finally:
            self.conn.custody = saved
        packages = [q.package_id for q in queued]
        with transaction(self.conn):
            self.conn.execute("UPDATE releases SET status = 'sent', approved_by = ?, "
                              "approved = coalesce(approved, ?), packages = ? WHERE id = ?",
                              (approved_by, store_users.now(), json.dumps(packages),
                               row["id"]))
            self._audit("share.release", row["id"], {
                "partner": row["partner"], "plan_hash": row["plan_hash"],
                "prepared_by": row["prepared_by"], "approved_by": approved_by,
                "signed_by": signer, "how": how, "four_eyes": row["four_eyes"],
                "packages": packages})
        return {**row, "status": "sent", "approved_by": approved_by, "packages": packages}

    def release_withdraw(self, release_id: str) -> dict[str, Any]:
        row = self._release_row(release_id)
        if row["prepared_by"] != self.user and RELEASER not in self._roles:
            raise RoleRefused(f"Only {row['prepared_by']} or a releasing officer may "
                              "withdraw this release.")
        with transaction(self.conn):
            self.conn.execute("UPDATE releases SET status = 'withdrawn' WHERE id = ?",
                              (row["id"],))
            self._audit("release.withdraw", row["id"], {"plan_hash": row["plan_hash"]})
        return {**row, "status": "withdrawn"}

    # --- approval files ------------------------------------------------------------------

    def release_request_write(self, release_id: str, out: Path) -> dict[str, Any]:
        """Write what an officer elsewhere needs to approve the release (no content)."""
        row = self._release_row(release_id)
        doc = {"format": REQUEST_FORMAT, "workspace": self.meta.workspace_id,
               "release": row["id"], "partner": row["partner"],
               "plan_hash": row["plan_hash"], "prepared_by": row["prepared_by"],
               "prepared": row["prepared"], "records": row["records"],
               "four_eyes": row["four_eyes"]}
        out = Path(out)
        if out.exists():
            raise ReleaseError(f"{out} already exists; choose a new file name.")
        out.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        self._record_file("release.request", row["id"], out)
        return doc

    def _record_file(self, action: str, rid: str, out: Path) -> None:
        with transaction(self.conn):
            self._audit(action, rid, {"file": str(out)})

    def release_approval_write(self, request: Path, out: Path) -> dict[str, Any]:
        """Sign an approval of the request file ``request`` as this session's user (a
        releasing officer of a copy of the same workspace) into ``out``."""
        doc = _read_json(Path(request), REQUEST_FORMAT, "release request")
        if doc.get("workspace") != self.meta.workspace_id:
            raise ReleaseError("The request is from another workspace; approve it in a copy "
                               "of the workspace it names.")
        if self._user_key is None:
            raise ReleaseError(f"{self.user} has no key of their own in this workspace "
                               "(it has one user): approval files need users.")
        if doc.get("prepared_by") == self.user and doc.get("four_eyes"):
            raise ReleaseError("You prepared this release; four eyes means someone else "
                               "approves it.")
        approval = {"format": APPROVAL_FORMAT, "workspace": doc["workspace"],
                    "release": doc["release"], "plan_hash": doc["plan_hash"],
                    "partner": doc["partner"], "approver": self.user,
                    "approved": store_users.now()}
        key = store_users.approval_private(bytes(self._user_key))
        approval["signature"] = base64.b64encode(key.sign(_approval_body(approval))).decode()
        out = Path(out)
        if out.exists():
            raise ReleaseError(f"{out} already exists; choose a new file name.")
        out.write_text(json.dumps(approval, indent=2, ensure_ascii=False) + "\n",
                       encoding="utf-8")
        with transaction(self.conn):
            self._audit("release.approval_written", doc["release"], {
                "plan_hash": doc["plan_hash"], "partner": doc["partner"],
                "prepared_by": doc.get("prepared_by"), "file": str(out)})
        return approval

    def release_approval_read(self, path: Path) -> dict[str, Any]:
        """Accept a signed approval file for a release waiting here; the release is signed
        now if this session can sign, else it waits for a releasing officer's session."""
        doc = _read_json(Path(path), APPROVAL_FORMAT, "release approval")
        if doc.get("workspace") != self.meta.workspace_id:
            raise ReleaseError("The approval is for another workspace.")
        row = self._release_row(str(doc.get("release", "")))
        if row["id"] != doc.get("release") or row["plan_hash"] != doc.get("plan_hash"):
            raise ReleaseError("The approval is for another version of this release (its "
                               "plan hash differs): nothing was approved.")
        approver = str(doc.get("approver", ""))
        info = store_users.get_user(self.conn, approver)
        if RELEASER not in info["roles"] or not info["approval_key"]:
            raise ReleaseError(f"{approver} is not a releasing officer with an approval key "
                               "here.")
        try:
            signature = base64.b64decode(str(doc.get("signature", "")), validate=True)
        except ValueError:
            signature = b""
        if not store_users.verify_approval(bytes(info["approval_key"]), signature,
                                           _approval_body(doc)):
            raise ReleaseError(f"The approval's signature is not {approver}'s: the file was "
                               "changed or made by someone else.")
        if row["four_eyes"] and approver == row["prepared_by"]:
            raise ReleaseError(f"{approver} prepared this release; four eyes needs another "
                               "releasing officer.")
        record = {"by": approver, "how": "file", "at": doc.get("approved"),
                  "signature": doc.get("signature")}
        with transaction(self.conn):
            self.conn.execute("UPDATE releases SET status = 'approved', approved_by = ?, "
                              "approved = ?, approval = ? WHERE id = ?",
                              (approver, doc.get("approved"), json.dumps(record), row["id"]))
            self._audit("release.approved", row["id"], {
                "approved_by": approver, "how": "file", "plan_hash": row["plan_hash"],
                "prepared_by": row["prepared_by"]})
        if self.holds_custody() and RELEASER in self._roles:
            return self._sign_release(row, approver, self.user, "file",
                                      bytes(self._release_key) if self._release_key else None)
        return {**row, "status": "approved, awaiting signature", "approved_by": approver}


def _read_json(path: Path, fmt: str, what: str) -> dict[str, Any]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReleaseError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if len(data) > 1_000_000:
        raise ReleaseError(f"{path} is too large to be a {what}.")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReleaseError(f"{path} is not a {what} (not JSON).") from exc
    if not isinstance(doc, dict) or doc.get("format") != fmt:
        raise ReleaseError(f"{path} is not a {what}.")
    return doc
