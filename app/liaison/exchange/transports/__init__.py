"""Transports move opaque, already encrypted package files; they never look inside.

Both kinds share one layout below their root: a *mailbox* per agency, named after its
encryption certificate (``NL-3f2a9c01d4e5f678``), with an ``inbox/`` where others drop
packages for it. The name comes from the certificate both sides already pinned, so
two workspaces agree on the layout of a shared drive or USB stick without naming
each other the same way. Files travel as ``<package id>.<first 32 hex of SHA-256>.p7m``;
they are written under a dot-prefixed ``.part`` name and renamed when complete, and
the collector checks the hash in the name before anything is opened.

Collecting is three steps the sync orders (ARCHITECTURE.md, Sync): list what waits
(``waiting``), copy one file into ``incoming/`` (``fetch``), and only once the
workspace has taken it, delete the remote copy (``remove``). A ``.part`` file nobody
has touched for a day is an abandoned copy and is deleted when listing.
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


# A temporary ``.part`` file untouched this long belongs to a copy nobody will finish.
STALE_SECONDS = 24 * 3600


def transfer_name(package_id: str, sha256: str) -> str:
    return f"{package_id}.{sha256[:32]}.p7m"


def part_name(name: str) -> str:
    """The temporary name a file is written under until it is complete."""
    return f".{name}.part"


@dataclass(frozen=True)
class Waiting:
    """A package file waiting for us in one of our mailboxes."""

    mailbox: str
    name: str

    @property
    def package_id(self) -> str:
        return self.name.split(".")[0]

    @property
    def short_hash(self) -> str:
        """The first 32 hex digits of its SHA-256, as its name gives them."""
        return self.name.split(".")[1]


@dataclass
class Collected:
    """A package file copied into the workspace's ``incoming/`` folder (fsynced)."""

    name: str
    path: Path
    sha256: str  # of the bytes copied

    @property
    def complete(self) -> bool:
        """The content matches the hash in the name (not cut short on the way)."""
        return self.sha256[:32] == self.name.split(".")[1]


class Transport(Protocol):
    name: str

    def open(self) -> None: ...

    def close(self) -> None: ...

    def deliver(self, local: Path, mailbox: str, name: str) -> bool:
        """Put ``local`` into ``mailbox`` (under a ``.part`` name, then renamed);
        False if it was already there."""
        ...

    def waiting(self, mailboxes: list[str]) -> list[Waiting]:
        """Package files in our mailboxes, in name order; clears stale ``.part`` files."""
        ...

    def fetch(self, item: Waiting, incoming: Path) -> Collected:
        """Copy ``item`` into ``incoming/`` under its own name, via a ``.part`` file."""
        ...

    def remove(self, item: Waiting) -> None:
        """Delete the remote copy (only once the workspace has taken the file)."""
        ...

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
