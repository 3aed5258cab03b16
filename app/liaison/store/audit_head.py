"""The audit head: the chain's length and last hash kept outside the database.

A hash chain shows an edit in the middle, but not entries deleted from its end, nor
a chain rewritten and re-hashed from the edit onwards: the result is again a valid
chain. ``audit-head.json`` in the workspace folder records how long the chain was
and how its last entry hashed, MACed (HMAC-SHA256) with a key derived by HKDF from
the workspace key under its own label, so the file cannot be edited or swapped
for another workspace's without the MAC failing.

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


class HeadDamaged(Exception):
    """The head file exists but is not one this workspace wrote."""


def mac_key(workspace_key: bytes) -> bytes:
    """The head's MAC key: never the database key itself, derived under its own label."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"liaison audit head mac v1").derive(bytes(workspace_key))


class AuditHead:
    """Reads, checks and follows one workspace's head file."""

    def __init__(self, folder: Path, workspace_id: str, key: bytes,
                 older_keys: Iterable[bytes] = ()) -> None:
        self.path = Path(folder) / HEAD_NAME
        self.workspace_id = workspace_id
        self._key = mac_key(key)
        # Keys the head may still be MACed with: an interrupted rekey's old key.
        self._older = [mac_key(k) for k in older_keys]
        self.frozen = False      # a check failed: never rewrite the head this session
        self.expect_new = False  # no head yet and none was ever made: the next commit makes it

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
        except (ValueError, TypeError, KeyError) as exc:
            raise HeadDamaged(f"The audit head file {HEAD_NAME} is damaged: it is not a "
                              "Liaison audit head.") from exc
        if not any(hmac.compare_digest(mac, self._mac(k, body))
                   for k in (self._key, *self._older)):
            raise HeadDamaged(
                f"The audit head file {HEAD_NAME} has been altered or belongs to another "
                "workspace: its MAC does not verify, so the log's length cannot be trusted.")
        return int(body["count"]), str(body["hash"])  # type: ignore[call-overload]

    def write(self, count: int, digest: str) -> None:
        body = self._body(count, digest)
        text = json.dumps({**body, "mac": self._mac(self._key, body)}, indent=1) + "\n"
        write_atomic(self.path, text.encode())

    # --- checks -----------------------------------------------------------------------

    def check(self, conn: Connection) -> list[audit.Problem]:
        """Compare the database with the head; an old workspace without one is no problem
        (the next commit writes it)."""
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
        if self.frozen:
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

    def rekey(self, conn: Connection, new_key: bytes) -> None:
        """Re-MAC the head under a new workspace key, keeping what it records."""
        old = self._key
        self._older.append(old)
        self._key = mac_key(new_key)
        if self.frozen:
            return  # leave the evidence as it is; it fails under the new key too
        try:
            head = self.read()
        except HeadDamaged:
            self.frozen = True
            return
        if head is not None:
            self.write(*head)
