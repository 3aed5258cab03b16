"""Encrypted backups: one self-contained file that a passphrase restores anywhere.

Layout: ``LIAISON-BACKUP\\n``, a 4-byte big-endian header length, the header as
canonical JSON, then a SQLCipher copy of the database made with
``sqlcipher_export`` under a fresh random key. The header carries that key
wrapped by the backup passphrase (Argon2id + AES-256-GCM, as a passphrase slot)
and the SHA-256 of the database bytes, so truncation is caught before restore.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import struct
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from liaison.model.errors import BackupError, DatabaseDamaged, SchemaTooNew, UnlockError
from liaison.store import keyslots
from liaison.store.atomic import fsync_dir, write_atomic
from liaison.store.database import Connection, DatabaseError, check_integrity, connect
from liaison.store.metadata import canonical_json
from liaison.store.migrations import check_not_newer

MAGIC = b"LIAISON-BACKUP\n"
FORMAT_VERSION = 1
MAX_HEADER = 64 * 1024
CHUNK = 1 << 20


@dataclass
class BackupHeader:
    backup_id: str
    created: str
    workspace: dict[str, Any]
    schema_version: int
    slot: dict[str, Any]
    key_check: str
    db_size: int
    db_sha256: str

    def to_json(self) -> dict[str, Any]:
        return {"format": "liaison-backup", "version": FORMAT_VERSION, **self.__dict__}


def _slot_owner(backup_id: str) -> str:
    # The wrapped key is bound to this backup, not to a workspace.
    return "backup:" + backup_id


def write_backup(conn: Connection, out: Path, passphrase: str, workspace: dict[str, Any],
                 schema_version: int, created: str) -> BackupHeader:
    """Export the open database into a new encrypted backup file at ``out``."""
    out = Path(out)
    if not out.parent.is_dir():
        raise BackupError(f"Cannot write the backup: folder {out.parent} does not exist.")
    key = keyslots.new_key()
    backup_id = str(uuid.uuid4())
    fd, tmp_name = tempfile.mkstemp(prefix=".liaison-backup-", suffix=".db", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()  # ATTACH must create the file itself, keyed
        conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(tmp), f"x'{key.hex()}'"))
        try:
            conn.execute("SELECT sqlcipher_export('backup')")
            conn.execute(f"PRAGMA backup.user_version = {int(schema_version)}")
        finally:
            conn.execute("DETACH DATABASE backup")
        digest = hashlib.sha256()
        with tmp.open("rb") as fh:
            for chunk in iter(lambda: fh.read(CHUNK), b""):
                digest.update(chunk)
        header = BackupHeader(
            backup_id=backup_id, created=created, workspace=workspace,
            schema_version=schema_version,
            slot=keyslots.wrap_key(_slot_owner(backup_id), key, passphrase),
            key_check=keyslots.key_check(key), db_size=tmp.stat().st_size,
            db_sha256=digest.hexdigest(),
        )
        head = canonical_json(header.to_json())

        def chunks() -> Iterator[bytes]:
            yield MAGIC + struct.pack(">I", len(head)) + head
            with tmp.open("rb") as fh:
                yield from iter(lambda: fh.read(CHUNK), b"")

        write_atomic(out, chunks())
        return header
    except OSError as exc:
        raise BackupError(f"Cannot write the backup to {out}: {exc.strerror or exc}.") from exc
    except DatabaseError as exc:
        raise BackupError(f"The database could not be exported: {exc}.") from exc
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def read_header(path: Path) -> tuple[BackupHeader, int]:
    """Parse a backup's header; returns it and the offset where the database starts."""
    try:
        with Path(path).open("rb") as fh:
            magic = fh.read(len(MAGIC))
            if magic != MAGIC:
                raise BackupError(f"{path} is not a Liaison backup file.")
            raw_len = fh.read(4)
            if len(raw_len) != 4:
                raise BackupError(f"{path} is truncated: the header is incomplete.")
            (length,) = struct.unpack(">I", raw_len)
            if length > MAX_HEADER:
                raise BackupError(f"{path} is damaged: its header claims {length} bytes.")
            raw = fh.read(length)
    except OSError as exc:
        raise BackupError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if len(raw) != length:
        raise BackupError(f"{path} is truncated: the header is incomplete.")
    try:
        doc = json.loads(raw)
        if doc.get("format") != "liaison-backup":
            raise ValueError("not a backup header")
        if int(doc["version"]) > FORMAT_VERSION:
            raise SchemaTooNew(f"{path} was written by a newer Liaison (backup format "
                               f"{doc['version']}); install a newer Liaison to restore it.")
        header = BackupHeader(**{k: doc[k] for k in BackupHeader.__dataclass_fields__})
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupError(f"{path} is damaged: its header cannot be read ({exc}).") from exc
    return header, len(MAGIC) + 4 + length


def extract_database(path: Path, passphrase: str, target: Path) -> tuple[BackupHeader, bytes]:
    """Check and unwrap a backup, writing its database to ``target``; returns the key.

    The database is verified (size, SHA-256, SQLCipher page HMACs, schema version)
    before this returns; on any failure ``target`` does not exist afterwards.
    """
    header, offset = read_header(path)
    try:
        key = keyslots.unwrap_key(_slot_owner(header.backup_id), header.slot, passphrase)
    except UnlockError as exc:
        raise type(exc)("Wrong backup passphrase: it does not open this backup.") from exc
    digest, size = hashlib.sha256(), 0
    try:
        with Path(path).open("rb") as src, target.open("xb") as dst:
            if os.name == "posix":
                os.fchmod(dst.fileno(), 0o600)
            src.seek(offset)
            for chunk in iter(lambda: src.read(CHUNK), b""):
                digest.update(chunk)
                size += len(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        if size != header.db_size or digest.hexdigest() != header.db_sha256:
            raise BackupError(f"{path} is truncated or damaged: the database part does "
                              "not match the checksum in its header.")
        conn = connect(target, key, key_verified=True)
        try:
            check_not_newer(conn, path.name)
            check_integrity(conn, path.name)
        finally:
            conn.close()
        fsync_dir(target.parent)
    except (BackupError, DatabaseDamaged, SchemaTooNew):
        remove_database_files(target)
        raise
    except OSError as exc:
        remove_database_files(target)
        raise BackupError(f"Cannot restore from {path}: {exc.strerror or exc}.") from exc
    except BaseException:
        remove_database_files(target)
        raise
    return header, key


def remove_database_files(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(db) + suffix).unlink()
