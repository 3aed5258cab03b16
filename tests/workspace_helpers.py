"""Helpers for tests that create workspaces and compare folders byte for byte."""

from __future__ import annotations

import hashlib
from pathlib import Path

PASSPHRASE = "correct horse battery staple"


def folder_state(folder: Path, *, with_shm: bool = True) -> dict[str, str]:
    """SHA-256 of every file below ``folder``, by relative path.

    ``with_shm=False`` leaves out SQLite's ``-shm`` WAL index: it is rebuilt on every
    open, holds no data, and changes whenever a connection merely reads.
    """
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(Path(folder).rglob("*"))
        if p.is_file() and (with_shm or not p.name.endswith("-shm"))
    }


def all_bytes(folder: Path) -> list[tuple[str, bytes]]:
    return [(str(p), p.read_bytes()) for p in sorted(Path(folder).rglob("*")) if p.is_file()]
