"""The SQLCipher connection: keying, pragmas, and the checks run on every open."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2

from liaison.model.errors import DatabaseDamaged, UnlockError
from liaison.store.permissions import private_database

DatabaseError = dbapi2.DatabaseError
IntegrityError = dbapi2.IntegrityError

PAGE_CACHE_KIB = 256 * 1024


class Connection(dbapi2.Connection):
    """A sqlcipher3 connection that can run work once the current transaction commits.

    The audit head (store/audit_head.py) must follow the chain only after the entries
    it names are durable: written inside the transaction it could run ahead of a
    rollback, and a head ahead of the database looks exactly like truncation.
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._after_commit: list[Callable[[], None]] = []
        # Set by the workspace: called after each commit that appended audit entries.
        self.on_audit_commit: Callable[[], None] | None = None
        # Set by the workspace: (workspace id, the release key or None, the user), so the
        # exchange can open the signing key only in a releasing officer's session.
        self.custody: tuple[str, bytes | None, str] | None = None

    def after_commit(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` after the open transaction commits (now, outside one); dropped on
        rollback. Registering the same function twice runs it once."""
        if not self.in_transaction:
            fn()
        elif fn not in self._after_commit:
            self._after_commit.append(fn)

    def _run_after_commit(self) -> None:
        pending, self._after_commit = self._after_commit, []
        for fn in pending:
            fn()

    def _forget_after_commit(self) -> None:
        self._after_commit = []


def _key_pragma(key: bytes) -> str:
    # A raw 256-bit key in blob-literal form skips SQLCipher's PBKDF2 entirely,
    # which is why opening costs no key derivation (SQLCipher API, "Raw Key Data").
    if len(key) != 32:
        raise ValueError("database key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(
    path: Path, key: bytes, *, create: bool = False, key_verified: bool = True
) -> Connection:
    """Open (or create) ``path`` with ``key`` and apply Liaison's pragmas.

    ``key_verified`` says the key already passed the workspace's key check, so a
    file it cannot decrypt is damaged rather than locked with another key.
    Raises UnlockError or DatabaseDamaged accordingly.
    """
    path = Path(path)
    if not create and not path.is_file():
        raise DatabaseDamaged(f"{path} is missing from the workspace folder.")
    if not create and path.stat().st_size == 0:
        raise DatabaseDamaged(f"{path} is empty: the database file was truncated.")
    # Owner-only, before SQLite creates -wal and -shm (they take the database's mode).
    private_database(path, create=create)
    # Autocommit at the DB-API level: transactions are opened explicitly with
    # BEGIN IMMEDIATE by ``transaction()`` so their extent is always visible.
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False,
                              factory=Connection)
    try:
        _quiet(conn)
        # The key must be the first statement on the connection (SQLCipher docs).
        conn.execute(_key_pragma(key))
        # Memory wiping is off (SQLCipher's default since 4.5): it is process-wide,
        # tripled insert cost in our import benchmark, and protects little in a
        # Python process whose own heap holds the same decrypted text.
        conn.execute("PRAGMA cipher_memory_security = OFF")
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except DatabaseError as exc:
            if key_verified or "malformed" in str(exc):
                raise DatabaseDamaged(
                    f"{path} is damaged or truncated: SQLCipher reports '{exc}'."
                ) from exc
            raise UnlockError(f"{path.name} cannot be decrypted with this key.") from exc
        # Scratch tables, sorts and indexes stay in RAM: nothing unencrypted in /tmp.
        conn.execute("PRAGMA temp_store = MEMORY")
        # Erased rows are overwritten, not left in free pages.
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise DatabaseDamaged(f"{path.name} cannot use write-ahead logging (got {mode}).")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA busy_timeout = 5000")
        # Every page read from disk (or the OS cache) is decrypted again unless SQLite
        # still holds it; the 8 MiB default makes search on a million records re-decrypt
        # the same index pages on each query (issue 4 benchmark: 4x slower). An upper
        # bound, not an allocation: pages are cached only once read.
        conn.execute(f"PRAGMA cache_size = {-PAGE_CACHE_KIB}")
    except BaseException:
        conn.close()
        raise
    return conn


def _quiet(conn: dbapi2.Connection) -> None:
    """Stop SQLCipher writing its own log lines (an HMAC failure per damaged page) to
    stderr: a damaged page surfaces as an exception that Liaison turns into one message
    naming the file, and ``liaison check`` lists the pages. Not a keyed statement, so it
    may precede the key; a build without the pragma ignores it."""
    conn.execute("PRAGMA cipher_log_level = NONE")


# What SQLite and SQLCipher say when pages are unreadable: a page whose HMAC fails
# (SQLCipher reports it as SQLITE_CORRUPT), a broken b-tree, or a first page that does
# not decrypt. With a key that passed the workspace's key check, each means damage.
_DAMAGE = ("database disk image is malformed", "file is not a database",
           "database corruption", "hmac check failed")


def is_damage(exc: BaseException) -> bool:
    """True when ``exc`` is SQLite's or SQLCipher's report of a damaged database file."""
    return isinstance(exc, DatabaseError) and any(
        text in str(exc).lower() for text in _DAMAGE)


def open_for_check(path: Path, key: bytes) -> Connection:
    """A read-only connection for ``liaison check``: keyed, nothing read yet, nothing
    written (no WAL switch, no migration), so even a file whose first page is damaged
    can be examined page by page."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False,
                              factory=Connection)
    try:
        _quiet(conn)
        conn.execute(_key_pragma(key))
        conn.execute("PRAGMA cipher_memory_security = OFF")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA query_only = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _lines(rows: list[tuple]) -> list[str]:
    # integrity_check may answer with one row holding several lines, headed by the
    # schema's name ("*** in database main ***").
    return [line for row in rows for line in str(row[0]).splitlines()
            if line.strip() and not line.startswith("*** in database")]


def integrity_findings(conn: Connection, limit: int = 100) -> tuple[list[str], list[str]]:
    """SQLCipher's page HMAC check and SQLite's full integrity check: each a list of
    problems (empty when sound), at most ``limit`` each; a check that cannot run at all
    is one problem saying why."""
    try:
        cipher = _lines(conn.execute("PRAGMA cipher_integrity_check").fetchall())
    except DatabaseError as exc:
        cipher = [f"the page check could not run: {exc}"]
    try:
        sqlite = _lines(conn.execute(f"PRAGMA integrity_check({int(limit)})").fetchall())
    except DatabaseError as exc:
        sqlite = [f"the integrity check could not run: {exc}"]
    if sqlite == ["ok"]:
        sqlite = []
    return cipher[:limit], sqlite[:limit]


def check_integrity(conn: Connection, name: str) -> None:
    """Run SQLCipher's page HMAC check and SQLite's quick check; raise if either fails."""
    try:
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        quick = [r[0] for r in conn.execute("PRAGMA quick_check")]
    except DatabaseError as exc:
        raise DatabaseDamaged(f"{name} is damaged: {exc}.") from exc
    if quick != ["ok"]:
        problems += quick
    if problems:
        raise DatabaseDamaged(f"{name} is damaged: " + "; ".join(problems[:3]))


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception (cancellation included)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        if isinstance(conn, Connection):
            conn._forget_after_commit()
        raise
    conn.execute("COMMIT")
    if isinstance(conn, Connection):
        conn._run_after_commit()


def cipher_version(conn: Connection) -> str:
    return conn.execute("PRAGMA cipher_version").fetchone()[0]
