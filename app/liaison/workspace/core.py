"""The one facade the GUI and the CLI use: create, open, lock, and every workspace action.

A workspace is a folder holding ``workspace.db`` (SQLCipher 4) and
``workspace.json`` (non-secret metadata and key slots). See ARCHITECTURE.md, "The
workspace folder" and "Key slots".
"""

from __future__ import annotations

import contextlib
import functools
import getpass
import inspect
import json
import os
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from liaison import __version__
from liaison.exchange import checkpoint as checkpoints
from liaison.model.countries import country_code_problem
from liaison.model.errors import (
    BackupError,
    DatabaseDamaged,
    LiaisonError,
    MetadataDamaged,
    RoleRefused,
    UnlockError,
    WorkspaceError,
    WorkspaceExists,
)
from liaison.model.passphrase import DEFAULT_MIN_SCORE
from liaison.model.passphrase import check as check_strength
from liaison.model.roles import ROLES
from liaison.store import audit, keyslots, user_slots
from liaison.store import backup as backup_file
from liaison.store import users as store_users
from liaison.store.audit_head import AUDIT_KEY_MAC, HEAD_CREATED, HEAD_NAME, AuditHead
from liaison.store.database import (
    Connection,
    DatabaseError,
    cipher_version,
    connect,
    is_damage,
    transaction,
)
from liaison.store.metadata import (
    DATABASE_NAME,
    METADATA_NAME,
    Metadata,
    read_metadata,
    write_metadata,
)
from liaison.store.migrations import check_not_newer, migrate, schema_version
from liaison.store.permissions import private_file, private_folder
from liaison.store.unlock import (
    SlotPlan,
    Unlocked,
    account,
    audit_account,
    build_slots,
    unlock,
)
from liaison.workspace.charts import ChartsMixin
from liaison.workspace.exchange import ExchangeMixin
from liaison.workspace.govern import GovernMixin
from liaison.workspace.graph import GraphMixin
from liaison.workspace.health import CheckReport, advise, check_workspace, damaged
from liaison.workspace.hits import HitsMixin
from liaison.workspace.intel import IntelMixin
from liaison.workspace.patterns import PatternsMixin
from liaison.workspace.quarantine import QuarantineMixin
from liaison.workspace.records import RecordsMixin
from liaison.workspace.release import ReleaseMixin
from liaison.workspace.search import SearchMixin
from liaison.workspace.share import ShareMixin
from liaison.workspace.slots import KeySlotsMixin, store_min_score, validate_min_score
from liaison.workspace.token_slots import TokenSlotsMixin
from liaison.workspace.users import UsersMixin, envelope_unlock
from liaison.workspace.xref import XrefMixin

AuditListener = Callable[[audit.AuditEntry], None]


def _older(current: Unlocked | None, finished_rekey: bool
           ) -> tuple[tuple[bytes, ...], tuple[bytes, ...]]:
    """After an interrupted rekey the head may still be MACed under the old keys: the
    old database key (a head from before audit keys) and the old audit key."""
    if not finished_rekey or current is None:
        return (), ()
    return (current.key,), ((current.audit_key,) if current.audit_key else ())


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some containers, services)
        return "unknown"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass
class WorkspaceInfo:
    folder: str
    workspace_id: str
    agency: str
    country: str
    created: str
    slots: list[str]
    schema_version: int
    cipher_version: str
    audit_entries: int
    database_bytes: int

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class CallGuard:
    """Counts the facade calls running on each thread, so :meth:`Workspace.lock` can wait
    for them: closing a connection under a running query crashes sqlcipher3.

    Calls from any number of threads run side by side (a worker writing, the GUI reading
    rows on its reader connection); only locking waits, and once it has begun new calls
    from other threads are refused with the "locked" message instead of starting.
    """

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._active: dict[int, int] = {}
        self.closing = False

    @contextlib.contextmanager
    def call(self) -> Iterator[None]:
        me = threading.get_ident()
        with self._changed:
            if self.closing and me not in self._active:
                raise WorkspaceError("The workspace is locked.")
            self._active[me] = self._active.get(me, 0) + 1
        try:
            yield
        finally:
            with self._changed:
                self._active[me] -= 1
                if not self._active[me]:
                    del self._active[me]
                self._changed.notify_all()

    def drain(self, timeout: float | None = None) -> bool:
        """Refuse new calls and wait until other threads' calls have returned (a call on
        this thread, e.g. locking from inside a callback, cannot be waited for)."""
        me = threading.get_ident()
        with self._changed:
            self.closing = True
            return self._changed.wait_for(lambda: not self._active.keys() - {me}, timeout)


class Workspace(UsersMixin, ReleaseMixin, KeySlotsMixin, IntelMixin, RecordsMixin,
                SearchMixin, XrefMixin, GraphMixin, ExchangeMixin, QuarantineMixin,
                ShareMixin, GovernMixin, HitsMixin, PatternsMixin, TokenSlotsMixin, ChartsMixin):
    """An unlocked workspace. Obtain one with :meth:`create`, :meth:`open` or :meth:`restore`."""

    def __init__(self, folder: Path, meta: Metadata, conn: Connection, key: bytes,
                 actor: str, older_keys: tuple[bytes, ...] = (), *,
                 audit_key: bytes | None = None, older_audit: tuple[bytes, ...] = ()
                 ) -> None:
        self.folder = Path(folder)
        self.meta = meta
        self._conn: Connection | None = conn
        self._key = bytearray(key)
        # The audit head's MAC key, kept by the key slots beside the database key.
        self._audit_key = bytearray(audit_key) if audit_key is not None else None
        self._readers: list[Connection] = []
        self._calls = CallGuard()
        # The session's user names every audit entry (workspace/users.py sets both).
        self.actor = self.user = actor
        self._roles: frozenset[str] = frozenset(ROLES)
        self._user_key: bytearray | None = None
        self._release_key: bytearray | None = None
        self._held: list[dict[str, Any]] = []  # releases the last share left waiting
        self._older_keys = older_keys  # an interrupted rekey's: the head may use them
        self._head = AuditHead(self.folder, meta.workspace_id, audit_key, older_audit)
        conn.on_audit_commit = self._follow_head
        # Tampering found when this session began (ARCHITECTURE.md, "Audit head").
        self.integrity_problems: list[audit.Problem] = []

    # --- life cycle ------------------------------------------------------------------

    @classmethod
    def create(cls, folder: Path, agency: str, country: str, *, use_keyring: bool = True,
               passphrase: str | None = None, require_both: bool = False,
               actor: str | None = None,
               min_passphrase_score: int = DEFAULT_MIN_SCORE) -> Workspace:
        """Create a new, empty workspace in ``folder`` (absent or empty).

        ``min_passphrase_score`` (zxcvbn's 0-4, at least the default) is what this and
        every later passphrase of the workspace must reach; it is kept in the database."""
        folder = Path(folder)
        agency, country = agency.strip(), country.strip().upper()
        if not agency:
            raise WorkspaceError("The agency name must not be empty.")
        if (problem := country_code_problem(country)) is not None:
            raise WorkspaceError(problem)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise WorkspaceExists(f"{folder} is not empty; a new workspace needs an empty "
                                  "or new folder.")
        plan = SlotPlan(use_keyring, passphrase, require_both)
        plan.validate()
        validate_min_score(min_passphrase_score)
        if passphrase is not None:
            check_strength(passphrase, min_passphrase_score, (agency, country))
        if use_keyring:
            keyslots.keyring_probe()
        made_folder = not folder.exists()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        private_folder(folder)  # an existing, empty folder too (mkdir leaves its mode)
        workspace_id, key, audit_key = str(uuid.uuid4()), keyslots.new_key(), keyslots.new_key()
        conn = None
        try:
            slots = build_slots(workspace_id, key, plan, audit_key=audit_key)
            meta = Metadata(workspace_id, _now(), agency, country, keyslots.key_check(key),
                            slots)
            conn = connect(folder / DATABASE_NAME, key, create=True)
            migrate(conn)
            first = (actor or "admin").strip()
            ws = cls(folder, meta, conn, key, first, audit_key=audit_key)
            with transaction(conn):
                conn.execute("UPDATE users SET name = ? WHERE first = 1", (first,))
            ws._set_session_user(first, None)
            with transaction(conn):
                ws._accept_metadata([meta.checksum()])
                store_min_score(conn, min_passphrase_score)
                ws._audit("workspace.create", workspace_id, {
                    "agency": agency, "country": country, "slots": meta.slot_types(),
                    "version": __version__, "min_passphrase_score": min_passphrase_score})
                ws._start_head()
            write_metadata(folder, meta)
            return ws
        except BaseException:
            if conn is not None:
                conn.close()
            for acct in (account(workspace_id), audit_account(workspace_id)):
                with contextlib.suppress(LiaisonError):
                    keyslots.keyring_delete(acct)
            for name in (DATABASE_NAME, DATABASE_NAME + "-wal", DATABASE_NAME + "-shm",
                         METADATA_NAME, HEAD_NAME):
                with contextlib.suppress(FileNotFoundError):
                    (folder / name).unlink()
            if made_folder:
                with contextlib.suppress(OSError):
                    folder.rmdir()
            raise

    @classmethod
    def open(cls, folder: Path, *, passphrase: str | None = None, use_keyring: bool = True,
             actor: str | None = None, failed_attempts: int = 0,
             pin: str | None = None, user: str | None = None) -> Workspace:
        """Unlock and open the workspace in ``folder``; ``pin`` is a smart card's
        (tried only on the workspace's smart-card slots).

        ``failed_attempts`` counts unlock failures the caller saw before this
        success (e.g. wrong passphrases typed in the unlock dialog); they are
        audited now, since nothing can be written while the workspace is locked.
        ``user`` (``actor`` is its older name) chooses whose slots open it: by default
        the first user's, the workspace's own slots (ARCHITECTURE.md, "Users and roles").
        """
        folder = Path(folder)
        meta = read_metadata(folder)
        # Folders and files made by older versions (or copied in) become owner-only.
        private_folder(folder)
        private_file(folder / METADATA_NAME)
        name = (user or actor or "").strip() or None
        entry = (meta.users or {}).get(name or "")
        if name is not None and meta.users and entry is None:
            raise RoleRefused(f"No user '{name}' in this workspace (users: "
                              f"{', '.join(sorted(meta.users))}).")
        user_key: bytes | None = None
        if entry is not None and entry.get("slots"):
            current, user_key = envelope_unlock(meta, name or "", passphrase)
            pending = None
        else:
            current, pending = unlock(meta, passphrase, use_keyring, pin=pin)
        db = folder.absolute() / DATABASE_NAME  # named in full if found damaged
        conn, keys, finished_rekey = None, None, False
        try:
            if current is not None:
                try:
                    conn = connect(db, current.key, key_verified=pending is None)
                    keys = current
                except UnlockError:
                    if pending is None:
                        raise
            if conn is None and pending is not None:
                conn, keys, finished_rekey = connect(db, pending.key), pending, True
        except DatabaseDamaged as exc:
            raise advise(exc) from exc
        if conn is None or keys is None:
            raise advise(DatabaseDamaged(f"{db} cannot be decrypted with any key slot."))
        try:
            check_not_newer(conn, db.name)
            older_keys, older_audit = _older(current, finished_rekey)
            ws = cls(folder, meta, conn, keys.key, actor or default_actor(), older_keys,
                     audit_key=keys.audit_key, older_audit=older_audit)
            ws._check_metadata_binding()
            ws._watch_token(keys.slot)
            migrate(conn)
            first = store_users.first_user(conn)
            if user_key is None:
                if name is not None and name != first:
                    store_users.get_user(conn, name)  # names the users when unknown
                    raise UnlockError(f"{name} has no key slots of their own here; open "
                                      f"as {first} or ask an administrator.")
                if meta.users:
                    user_key = user_slots.take(meta.workspace_id, meta.slots, passphrase,
                                               use_keyring)
            ws._set_session_user(name if entry is not None and entry.get("slots")
                                 else first, user_key)
            if meta.pending:
                ws._finish_rekey(finished_rekey)
            # Slots made before audit keys get one now (those this unlock can reach).
            key_problems, key_entries, new_slots = ws._settle_audit_key(passphrase,
                                                                        use_keyring)
            # Checked before anything is appended, so the head is compared with the
            # database as it was found.
            head_problems = key_problems or [p for p in ws._head.check(conn)
                                             if p.kind != "head-key"]
            if not head_problems:
                ws._head.refresh()  # MACed under an older key: now under the audit key
            if new_slots is not None:  # only once the head verifies under the audit key
                ws._save_metadata(replace(ws.meta, slots=new_slots))
                ws._head.transition = None
            ws._heal_envelopes()
            # The checkpoints given to partners, against the chain as found too.
            findings = [*head_problems, *checkpoints.check_given(conn)[0]]
            with transaction(conn):
                ws.integrity_problems = [*ws._guard_triggers(), *findings]
                for action, details in key_entries:
                    ws._audit(action, meta.workspace_id, details)
                if findings:
                    ws._audit("audit.tamper_detected", meta.workspace_id, {
                        "problems": [p.message for p in findings],
                        "kinds": [p.kind for p in findings]})
                if head_problems:
                    ws._head.frozen = True
                elif ws._head.expect_new:
                    ws._start_head()
                if failed_attempts:
                    ws._audit("workspace.unlock_failed", meta.workspace_id,
                              {"attempts": failed_attempts})
                ws._audit("workspace.open", meta.workspace_id, {"version": __version__})
        except DatabaseError as exc:
            problem = damaged(db, f"SQLCipher reports '{exc}'", conn) if is_damage(exc) else None
            conn.close()
            if problem is None:
                raise
            raise problem from exc
        except BaseException:
            conn.close()
            raise
        return ws

    @staticmethod
    def check(folder: Path, *, passphrase: str | None = None,
              use_keyring: bool = True, pin: str | None = None,
              user: str | None = None) -> CheckReport:
        """Check the workspace in ``folder`` read-only, even one too damaged to open:
        every page's HMAC (SQLCipher), the b-trees (SQLite) and the audit chain."""
        return check_workspace(Path(folder), passphrase=passphrase, use_keyring=use_keyring,
                               pin=pin, user=user)

    def lock(self) -> None:
        """Close every connection and forget the key; the object is unusable afterwards.

        Calls running on other threads finish first (see :class:`CallGuard`); calls
        made meanwhile are refused as on a locked workspace."""
        self._calls.drain()
        self._close_readers()
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None
        for secret in (self._key, self._audit_key or bytearray(),
                       self._user_key or bytearray(), self._release_key or bytearray()):
            for i in range(len(secret)):
                secret[i] = 0

    def _close_readers(self) -> None:
        for reader in self._readers:
            with contextlib.suppress(Exception):
                reader.close()
        self._readers.clear()

    def open_reader(self) -> Connection:
        """A second connection for reading on another thread (WAL lets readers run
        beside the one writer). It is closed by :meth:`lock`; callers must not write."""
        if self._conn is None:
            raise WorkspaceError("The workspace is locked.")
        reader = connect(self.folder / DATABASE_NAME, bytes(self._key))
        reader.execute("PRAGMA query_only = ON")
        self._readers.append(reader)
        return reader

    close = lock

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise WorkspaceError("The workspace is locked.")
        return self._conn

    @property
    def is_locked(self) -> bool:
        return self._conn is None

    # --- metadata binding ------------------------------------------------------------

    def _accepted_checksums(self) -> list[str]:
        row = self.conn.execute(
            "SELECT value FROM meta WHERE key = 'metadata_checksums'").fetchone()
        return json.loads(row[0]) if row else []

    def _accept_metadata(self, checksums: list[str]) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES ('metadata_checksums', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (json.dumps(checksums),))

    def _check_metadata_binding(self) -> None:
        accepted = self._accepted_checksums()
        if self.meta.checksum() not in accepted:
            raise MetadataDamaged(
                f"{METADATA_NAME} does not match the database: it was replaced or edited "
                "outside Liaison. Restore the original file or the workspace from a backup.")
        if accepted != [self.meta.checksum()]:
            with transaction(self.conn):
                self._accept_metadata([self.meta.checksum()])

    def _save_metadata(self, meta: Metadata) -> None:
        """Write workspace.json so that a crash at any point leaves an openable workspace."""
        old, new = self.meta.checksum(), meta.checksum()
        with transaction(self.conn):
            self._accept_metadata([old, new])
        write_metadata(self.folder, meta)
        with transaction(self.conn):
            self._accept_metadata([new])
        self.meta = meta

    # --- audit -----------------------------------------------------------------------

    def _audit(self, action: str, obj: str = "", details: dict[str, Any] | None = None
               ) -> audit.AuditEntry:
        return audit.append(self.conn, self.actor, action, obj, details)

    def record(self, action: str, obj: str = "", details: dict[str, Any] | None = None
               ) -> audit.AuditEntry:
        """Append an audit entry in its own transaction."""
        with transaction(self.conn):
            return self._audit(action, obj, details)

    def _start_head(self) -> None:
        """Begin a head for this chain (new, restored, or made before heads existed);
        call inside a transaction: the head is written once it commits."""
        self._head.expect_new = True
        details: dict[str, Any] = {"file": HEAD_NAME, "entries_before": audit.last(self.conn)[0]}
        if self._audit_key is not None:
            details["mac"] = AUDIT_KEY_MAC  # the head starts under an audit key of its own
        self._audit(HEAD_CREATED, self.meta.workspace_id, details)

    def _follow_head(self) -> None:
        self._head.follow(self.conn)

    def _rekey_head(self, new_audit_key: bytes) -> None:
        self._head.rekey(new_audit_key)
        self._audit_key = bytearray(new_audit_key)

    def _guard_triggers(self) -> list[audit.Problem]:
        """Put back missing or altered append-only triggers and audit it (inside the
        caller's transaction)."""
        missing = audit.trigger_problems(self.conn)
        if not missing:
            return []
        audit.restore_triggers(self.conn, missing)
        self._audit("audit.triggers_restored", self.meta.workspace_id, {"missing": missing})
        return [audit.Problem("triggers", (
            f"The audit log's append-only triggers were missing or altered "
            f"({', '.join(missing)}): entries could be changed or deleted until they were "
            "restored now."))]

    def audit_verify(self, checkpoint: Path | None = None) -> audit.VerifyResult:
        """Walk the chain, compare it with the head file and with every checkpoint given to
        partners (and with ``checkpoint``, a checkpoint file a partner holds), check the
        triggers; problems found when the session began are reported too. A file that is
        no checkpoint at all raises CheckpointError and changes nothing."""
        from_file: tuple[list[audit.Problem], list[str]] = ([], [])
        if checkpoint is not None:  # bad input is refused before anything is written
            from_file = checkpoints.check_file(self.conn, self.meta.workspace_id,
                                               Path(checkpoint))
        result = audit.verify(self.conn)
        problems = list(self.integrity_problems)
        head_kinds = {"head", "truncated", "rewritten"}
        if not any(p.kind in head_kinds for p in problems):
            problems += self._head.check(self.conn)
        with transaction(self.conn):
            problems += self._guard_triggers()
        given, notes = [], []  # found when the session began: reported above
        if not any(p.kind == "checkpoint" for p in problems):
            given, notes = checkpoints.check_given(self.conn)
        problems += [*given, *from_file[0]]
        result = result.with_problems(problems, audit.earlier_findings(self.conn),
                                      [*notes, *from_file[1]])
        details: dict[str, Any] = {"ok": result.ok, "entries": result.entries,
                                   "broken": result.broken_seq,
                                   "problems": [p.kind for p in result.problems]}
        if checkpoint is not None:
            details["checkpoint_file"] = Path(checkpoint).name
        findings = [p.message for p in result.problems if p.kind == "checkpoint"]
        if findings:
            details["findings"] = findings
        self.record("audit.verify", self.meta.workspace_id, details)
        return result

    def audit_checkpoints(self) -> dict[str, Any]:
        """Checkpoints held: the latest from each partner workspace, and how many of ours
        were given (the latest named)."""
        row = self.conn.execute("SELECT count(*), max(made) FROM checkpoints_given").fetchone()
        return {"received": checkpoints.held(self.conn),
                "given": {"count": row[0], "latest": row[1]}}

    def audit_checkpoint_export(self, partner: str, out: Path) -> dict[str, Any]:
        """Write the newest checkpoint held from ``partner`` to ``out`` (DER SignedData),
        for that partner's auditor: ``liaison audit verify --checkpoint FILE`` there."""
        found = checkpoints.latest_from(self.conn, partner)
        checkpoints.write_file(found, Path(out))
        facts = {**found.facts(), "partner": partner, "file": str(out)}
        self.record("audit.checkpoint_export", str(out), facts)
        return facts

    def audit_export(self, out: Path) -> int:
        count = audit.export_jsonl(self.conn, out)
        self.record("audit.export", str(out), {"entries": count})
        return count

    def audit_entries(self, since: int = 0) -> list[audit.AuditEntry]:
        return list(audit.entries(self.conn, since))

    # --- information -----------------------------------------------------------------

    def info(self) -> WorkspaceInfo:
        count = self.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
        return WorkspaceInfo(
            folder=str(self.folder), workspace_id=self.meta.workspace_id,
            agency=self.meta.agency_name, country=self.meta.agency_country,
            created=self.meta.created, slots=self.meta.slot_types(),
            schema_version=schema_version(self.conn), cipher_version=cipher_version(self.conn),
            audit_entries=count, database_bytes=(self.folder / DATABASE_NAME).stat().st_size,
        )

    # --- backup and restore ----------------------------------------------------------

    def backup(self, out: Path, passphrase: str) -> backup_file.BackupHeader:
        """Write an encrypted, self-contained backup protected by ``passphrase``."""
        if not passphrase:
            raise BackupError("A backup needs a passphrase to protect it.")
        self.check_new_passphrase(passphrase)
        out = Path(out)
        if out.exists():
            raise BackupError(f"{out} already exists; choose a new file name.")
        workspace: dict[str, Any] = {
            "id": self.meta.workspace_id, "agency": self.meta.agency_name,
            "country": self.meta.agency_country, "created": self.meta.created}
        if self._release_key is not None:
            # Made by a releasing officer: the release key travels, wrapped by the backup
            # passphrase, so the restored workspace can sign (ARCHITECTURE.md, "Key custody").
            workspace["release_key"] = keyslots.wrap_key(
                self.meta.workspace_id, bytes(self._release_key), passphrase)
        header = backup_file.write_backup(
            self.conn, out, passphrase, workspace=workspace,
            schema_version=schema_version(self.conn), created=_now())
        # The full path: named again if the database is ever found damaged (health.py).
        self.record("workspace.backup", str(out.absolute()), {"backup_id": header.backup_id,
                                                   "bytes": header.db_size})
        return header

    @classmethod
    def restore(cls, source: Path, folder: Path, backup_passphrase: str, *,
                use_keyring: bool = True, passphrase: str | None = None,
                replace: bool = False, actor: str | None = None) -> Workspace:
        """Restore a backup into ``folder``.

        A non-empty ``folder`` is refused unless ``replace``; then its current
        files are moved (still encrypted) into ``replaced-<time>/`` inside it, never
        deleted. The restored workspace keeps its id only when it replaces that same
        workspace, so two copies never fight over one keyring entry.
        """
        source, folder = Path(source), Path(folder)
        plan = SlotPlan(use_keyring, passphrase)
        plan.validate()
        if passphrase is not None and passphrase != backup_passphrase:
            # The backup's own passphrase was judged when the backup was made.
            check_strength(passphrase, DEFAULT_MIN_SCORE)
        if use_keyring:
            keyslots.keyring_probe()
        header, _ = backup_file.read_header(source)
        existing = [p for p in folder.iterdir()] if folder.is_dir() else []
        if existing and not replace:
            raise WorkspaceExists(f"{folder} is not empty; restore into a new folder, or "
                                  "pass --replace to set the current workspace aside.")
        same_id = False
        if existing:
            with contextlib.suppress(LiaisonError):
                same_id = read_metadata(folder).workspace_id == header.workspace["id"]
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        private_folder(folder)
        staging = folder / (DATABASE_NAME + ".restoring")
        backup_file.remove_database_files(staging)
        _, key = backup_file.extract_database(source, backup_passphrase, staging)
        workspace_id = header.workspace["id"] if same_id else str(uuid.uuid4())
        audit_key = keyslots.new_key()  # a new head starts: its own new audit key
        conn = None
        try:
            slots = build_slots(workspace_id, key, plan, audit_key=audit_key)
            meta = Metadata(workspace_id, _now(), header.workspace["agency"],
                            header.workspace["country"], keyslots.key_check(key), slots)
            if existing:
                aside = folder / ("replaced-" + datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"))
                aside.mkdir(mode=0o700)
                for path in existing:
                    shutil.move(str(path), aside / path.name)
            os.replace(staging, folder / DATABASE_NAME)
            conn = connect(folder / DATABASE_NAME, key)
            migrate(conn)
            ws = cls(folder, meta, conn, key, actor or default_actor(), audit_key=audit_key)
            ws._set_session_user(store_users.first_user(conn), None)
            meta = ws._restore_custody(header.workspace, backup_passphrase, passphrase,
                                       use_keyring)
            with transaction(conn):
                ws._accept_metadata([meta.checksum()])
                ws._audit("workspace.restore", workspace_id, {
                    "from": str(source), "backup_id": header.backup_id,
                    "original_id": header.workspace["id"], "replaced": bool(existing)})
                ws._start_head()
            write_metadata(folder, meta)
            return ws
        except BaseException:
            if conn is not None:
                conn.close()
            backup_file.remove_database_files(staging)
            raise


# Methods that do not run queries, or that manage the guard themselves.
_UNGUARDED = {"lock", "close", "conn", "is_locked", "check"}


def _guarded(method: Callable[..., Any]) -> Callable[..., Any]:
    name = method.__name__

    @functools.wraps(method)
    def call(self: Workspace, *args: Any, **kwargs: Any) -> Any:
        with self._calls.call():
            self._allowed(name)  # the role table (model/roles.py)
            try:
                return method(self, *args, **kwargs)
            except DatabaseError as exc:
                if not is_damage(exc):
                    raise
                # A damaged page met by any action: one message naming the file, the
                # check to run and the backup to restore, not SQLite's bare words.
                raise damaged(self.folder / DATABASE_NAME, f"SQLCipher reports '{exc}'",
                              self._conn) from exc

    return call


def _guard_public_methods(cls: type) -> None:
    """Wrap every public instance method (those of the mixins too) in the call guard, so
    no facade call can be forgotten; class methods and properties build or only read."""
    for name in dir(cls):
        if name.startswith("_") or name in _UNGUARDED:
            continue
        attr = inspect.getattr_static(cls, name)
        if inspect.isfunction(attr):
            setattr(cls, name, _guarded(attr))


_guard_public_methods(Workspace)
