"""Helpers for tests that create workspaces and compare folders byte for byte."""

from __future__ import annotations

import hashlib
from pathlib import Path

PASSPHRASE = "correct horse battery staple"


def folder_state(folder: Path) -> dict[str, str]:
    """SHA-256 of every file below ``folder``, by relative path."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(Path(folder).rglob("*")) if p.is_file()
    }


def all_bytes(folder: Path) -> list[tuple[str, bytes]]:
    return [(str(p), p.read_bytes()) for p in sorted(Path(folder).rglob("*")) if p.is_file()]
