"""The audit head: the chain's length and last hash kept outside the database.

A hash chain shows an edit in the middle, but not entries deleted from its end, nor
a chain rewritten and re-hashed from the edit onwards: the result is again a valid
chain. ``audit-head.json`` in the workspace folder records how long the chain was
and how its last entry hashed, MACed (HMAC-SHA256) with the **audit key**: a random
key of its own that the key slots hold beside the database key (store/keyslots.py),
so the file cannot be edited or swapped for another workspace's without the MAC
failing, and holding the database key alone does not let anyone rewrite it.

Heads written before audit keys existed were MACed with a key derived from the
database key (:func:`legacy_mac_key`). That key is accepted only while no key slot
holds an audit key. The open that gives the slots one first rewrites the head with
both MACs (``mac`` under the audit key, ``legacy_mac`` under the old one), then saves
the slots: a crash between the two leaves a head that verifies either way.

The head is written only after a commit (``Connection.after_commit``), never inside
the transaction, so a rollback cannot leave it ahead of the database; a crash
between commit and write leaves it behind, which is accepted: the database may
hold more entries than the head, never fewer, and the entry at the head's count
must still have the head's hash. Once a check fails the head is frozen for the
session: it is never rewritten from a database that no longer matches it, so the
finding stays until someone looks. See ARCHITECTURE.md, "Audit head".
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
from collections.abc import Iterable
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from liaison.store import audit
from liaison.store.atomic import write_atomic
from liaison.store.database import Connection
from liaison.store.metadata import canonical_json

HEAD_NAME = "audit-head.json"
FORMAT = "liaison-audit-head"
# Entries that say a head was written for this chain: once one exists, a missing
# head file is tampering, not an old workspace.
HEAD_CREATED = "audit.head_created"
# The entry that says the head is MACed with an audit key of its own from here on (an
# upgraded workspace); a head begun under one says so in its HEAD_CREATED entry.
KEY_CREATED = "audit.key_created"
AUDIT_KEY_MAC = "audit key"


class HeadDamaged(Exception):
    """The head file exists but is not one this workspace wrote."""


def legacy_mac_key(workspace_key: bytes) -> bytes:
    """The MAC key of heads written before audit keys: derived from the database key."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"liaison audit head mac v1").derive(bytes(workspace_key))


def key_created(conn: Connection) -> int | None:
    """The entry that started MACing the head with an audit key, if any."""
    row = conn.execute(
        "SELECT min(seq) FROM audit WHERE action = ? OR (action = ? AND "
        "json_valid(details) AND json_extract(details, '$.mac') = ?)",
        (KEY_CREATED, HEAD_CREATED, AUDIT_KEY_MAC)).fetchone()
    return row[0]


class AuditHead:
    """Reads, checks and follows one workspace's head file.

    ``key`` is the audit key (None when this session could not get it: then the head is
    neither checked nor moved, and ``missing_key`` says why); ``older`` are audit keys
    the head may still be MACed with (an interrupted rekey's); ``legacy`` are database
    keys whose derived MAC key is accepted (given only while no slot holds an audit
    key)."""

    def __init__(self, folder: Path, workspace_id: str, key: bytes | None,
                 older: Iterable[bytes] = (), legacy: Iterable[bytes] = (),
                 missing_key: str = "") -> None:
        self.path = Path(folder) / HEAD_NAME
        self.workspace_id = workspace_id
        self._key = bytes(key) if key is not None else None
        self._older = [bytes(k) for k in older]
        self._legacy = [legacy_mac_key(k) for k in legacy]
        # While the slots are being given the audit key: also MAC under this old key.
        self.transition: bytes | None = None
        self.missing_key = missing_key
        self.frozen = False      # a check failed: never rewrite the head this session
        self.expect_new = False  # no head yet and none was ever made: the next commit makes it
        self.stale = False       # read under an older or legacy key: rewrite it under ours

    @property
    def has_key(self) -> bool:
        return self._key is not None

    def use_key(self, key: bytes) -> None:
        """Take the audit key made or found after this head was set up."""
        self._key = bytes(key)

    def accept_legacy(self, database_keys: Iterable[bytes]) -> None:
        """A workspace from before audit keys: its head is MACed under these database
        keys' derived key (call only while no slot holds an audit key)."""
        self._legacy = [legacy_mac_key(k) for k in database_keys]

    # --- the file ---------------------------------------------------------------------

    def _body(self, count: int, digest: str) -> dict[str, object]:
        return {"format": FORMAT, "version": 1, "workspace": self.workspace_id,
                "count": count, "hash": digest}

    def _mac(self, key: bytes, body: dict[str, object]) -> str:
        return hmac.new(key, canonical_json(body), hashlib.sha256).hexdigest()

    def read(self) -> tuple[int, str] | None:
        """``(count, hash)``, or None when there is no file; raises HeadDamaged."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        try:
            data = json.loads(raw)
            body = self._body(int(data["count"]), str(data["hash"]))
            mac = str(data["mac"])
            macs = [mac, str(data.get("legacy_mac", ""))]
        except (ValueError, TypeError, KeyError) as exc:
            raise HeadDamaged(f"The audit head file {HEAD_NAME} is damaged: it is not a "
                              "Liaison audit head.") from exc
        keys = [k for k in (self._key, *self._older) if k is not None]
        matched = next((k for k in keys if hmac.compare_digest(mac, self._mac(k, body))),
                       None)
        if matched is None:
            matched = next((k for k in self._legacy for m in macs
                            if hmac.compare_digest(m, self._mac(k, body))), None)
        if matched is None:
            raise HeadDamaged(
                f"The audit head file {HEAD_NAME} has been altered or belongs to another "
                "workspace: its MAC does not verify, so the log's length cannot be trusted.")
        self.stale = matched != self._key
        return int(body["count"]), str(body["hash"])  # type: ignore[call-overload]

    def write(self, count: int, digest: str) -> None:
        if self._key is None:
            return
        body = self._body(count, digest)
        macs = {"mac": self._mac(self._key, body)}
        if self.transition is not None:
            macs["legacy_mac"] = self._mac(self.transition, body)
        text = json.dumps({**body, **macs}, indent=1) + "\n"
        write_atomic(self.path, text.encode())
        self.stale = False

    def _unchecked(self) -> audit.Problem:
        return audit.Problem("head-key", self.missing_key or (
            f"The audit head file {HEAD_NAME} cannot be checked in this session: the key "
            "slot used holds no audit key."))

    # --- checks -----------------------------------------------------------------------

    def check(self, conn: Connection) -> list[audit.Problem]:
        """Compare the database with the head; an old workspace without one is no problem
        (the next commit writes it)."""
        if self._key is None:
            return [self._unchecked()]
        try:
            head = self.read()
        except HeadDamaged as exc:
            return [audit.Problem("head", str(exc))]
        if head is None:
            row = conn.execute("SELECT min(seq) FROM audit WHERE action = ?",
                               (HEAD_CREATED,)).fetchone()
            if row[0] is not None:
                return [audit.Problem("head", (
                    f"The audit head file {HEAD_NAME} is missing, but the log shows one was "
                    f"made (entry {row[0]}): it was deleted, so entries removed from the end "
                    "of the log could go unnoticed."))]
            self.expect_new = True
            return []
        count, digest = head
        db_count, _ = audit.last(conn)
        if db_count < count:
            return [audit.Problem("truncated", (
                f"The audit log has been truncated: the head file records {count} entries, "
                f"the database has only {db_count}: entries were deleted from its end."))]
        if audit.hash_at(conn, count) != digest:
            return [audit.Problem("rewritten", (
                f"Audit entry {count} is not the one the head file recorded: the log was "
                "rewritten and re-hashed up to it, or its last entries were deleted and "
                "replaced by others."))]
        return []

    def follow(self, conn: Connection) -> None:
        """After a commit: move the head to the chain's last entry, unless the head no
        longer matches the database (then freeze it, keeping the evidence)."""
        if self.frozen or self._key is None:
            return
        if not (self.expect_new and not self.path.exists()) and self.check(conn):
            self.frozen = True
            return
        count, digest = audit.last(conn)
        # A failed write leaves the head behind the database, which reads as intact; the
        # next commit tries again. Failing the committed action instead would mislead.
        with contextlib.suppress(OSError):
            self.write(count, digest)
            self.expect_new = False

    def refresh(self) -> None:
        """Rewrite a head that verified under an older or legacy key under ours, keeping
        what it records (call after a clean :meth:`check`)."""
        if self.frozen or self._key is None or not self.stale:
            return
        try:
            head = self.read()
        except HeadDamaged:
            self.frozen = True
            return
        if head is not None:
            self.write(*head)

    def rekey(self, new_key: bytes) -> None:
        """Re-MAC the head under a new audit key, keeping what it records."""
        if self._key is not None:
            self._older.append(self._key)
        self._key = bytes(new_key)
        if self.frozen:
            return  # leave the evidence as it is; it fails under the new key too
        try:
            head = self.read()
        except HeadDamaged:
            self.frozen = True
            return
        if head is not None:
            self.write(*head)
