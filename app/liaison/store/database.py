"""The SQLCipher connection: keying, pragmas, and the checks run on every open."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2

from liaison.model.errors import DatabaseDamaged, UnlockError
from liaison.store.permissions import private_database

Connection = dbapi2.Connection
DatabaseError = dbapi2.DatabaseError
IntegrityError = dbapi2.IntegrityError

PAGE_CACHE_KIB = 256 * 1024


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
        raise DatabaseDamaged(f"{path.name} is missing from the workspace folder.")
    if not create and path.stat().st_size == 0:
        raise DatabaseDamaged(f"{path.name} is empty: the database file was truncated.")
    # Owner-only, before SQLite creates -wal and -shm (they take the database's mode).
    private_database(path, create=create)
    # Autocommit at the DB-API level: transactions are opened explicitly with
    # BEGIN IMMEDIATE by ``transaction()`` so their extent is always visible.
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
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
                    f"{path.name} is damaged or truncated: SQLCipher reports '{exc}'. "
                    "Restore the workspace from a backup."
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
        raise
    conn.execute("COMMIT")


def cipher_version(conn: Connection) -> str:
    return conn.execute("PRAGMA cipher_version").fetchone()[0]
