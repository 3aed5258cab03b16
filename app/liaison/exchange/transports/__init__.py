"""Transports move opaque, already encrypted package files; they never look inside.

Both kinds share one layout below their root: a *mailbox* per agency, named after its
encryption certificate (``NL-3f2a9c01d4e5f678``), with an ``inbox/`` where others drop
packages for it. The name comes from the certificate both sides already pinned, so
two workspaces agree on the layout of a shared drive or USB stick without naming
each other the same way. Files travel as ``<package id>.<first 32 hex of SHA-256>.p7m``;
they are written under a dot-prefixed temporary name and renamed when complete, and
the collector checks the hash in the name before anything is opened.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from liaison.exchange import certs
from liaison.exchange.errors import TransportError
from liaison.store.database import Connection

FILE_NAME = re.compile(r"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
                       r"\.([0-9a-f]{32})\.p7m")
TRANSPORT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}")


def transfer_name(package_id: str, sha256: str) -> str:
    return f"{package_id}.{sha256[:32]}.p7m"


@dataclass
class Collected:
    """A package file brought into the workspace's ``incoming/`` folder."""

    name: str
    path: Path
    complete: bool  # its SHA-256 matched the one in its name


class Transport(Protocol):
    name: str

    def open(self) -> None: ...

    def close(self) -> None: ...

    def deliver(self, local: Path, mailbox: str, name: str) -> bool:
        """Put ``local`` into ``mailbox``; False if it was already there."""
        ...

    def collect(self, mailboxes: list[str], incoming: Path) -> list[Collected]: ...

    def describe(self) -> str: ...


def add(conn: Connection, name: str, kind: str, config: dict[str, Any],
        secret: bytes | None = None) -> None:
    """Store a transport's settings (inside the caller's transaction)."""
    if not TRANSPORT_NAME.fullmatch(name):
        raise TransportError(f"'{name[:64]}' is not a usable transport name (letters, digits, "
                             "'.', '_' and '-').")
    if conn.execute("SELECT 1 FROM transports WHERE name = ?", (name,)).fetchone():
        raise TransportError(f"A transport named '{name}' already exists; remove it first.")
    conn.execute("INSERT INTO transports (name, kind, config, secret, created) "
                 "VALUES (?, ?, ?, ?, ?)",
                 (name, kind, json.dumps(config, sort_keys=True), secret,
                  certs.iso(certs.utcnow())))


def remove(conn: Connection, name: str) -> None:
    if not conn.execute("DELETE FROM transports WHERE name = ?", (name,)).rowcount:
        raise TransportError(f"There is no transport named '{name}'.")


def listing(conn: Connection) -> list[dict[str, Any]]:
    """Every transport with its (non-secret) settings."""
    return [{"name": name, "kind": kind, **json.loads(config), "created": created}
            for name, kind, config, created in conn.execute(
                "SELECT name, kind, config, created FROM transports ORDER BY name")]


def load(conn: Connection, name: str) -> Transport:
    row = conn.execute("SELECT kind, config, secret FROM transports WHERE name = ?",
                       (name,)).fetchone()
    if row is None:
        known = [n for (n,) in conn.execute("SELECT name FROM transports ORDER BY name")]
        raise TransportError(f"There is no transport named '{name}'"
                             + (f"; there is {', '.join(known)}." if known else
                                "; add one with 'liaison transport add'."))
    kind, config, secret = row
    settings = json.loads(config)
    if kind == "folder":
        from liaison.exchange.transports.folder import FolderTransport

        return FolderTransport(name, Path(settings["path"]))
    from liaison.exchange.transports.sftp import SftpTransport

    return SftpTransport(name, settings, secret)


def names(conn: Connection) -> list[str]:
    return [n for (n,) in conn.execute("SELECT name FROM transports ORDER BY name")]
