"""The folder transport: a USB stick or a shared drive.

A stick pulled out mid-copy leaves at most a dot-prefixed ``.part`` file, which the
collector ignores (and clears once it is stale); a complete-looking file whose
content does not match the hash in its name is brought in flagged incomplete, and
the receiver quarantines it. Nothing half-copied is ever opened as a package. A
folder that disappears mid-sync (the stick pulled out) ends this transport's sync.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from pathlib import Path

from liaison.exchange.errors import TransportError, TransportLost
from liaison.exchange.transports import (
    FILE_NAME,
    STALE_SECONDS,
    Collected,
    Waiting,
    part_name,
)
from liaison.store.atomic import fsync_dir

CHUNK = 1 << 20


def copy_with_hash(src: Path, dst: Path) -> str:
    """Copy ``src`` to ``dst`` via a temporary name beside it, fsynced; the SHA-256."""
    tmp = dst.with_name(part_name(dst.name))
    digest = hashlib.sha256()
    try:
        with src.open("rb") as fin, tmp.open("wb") as fout:
            if os.name == "posix":
                os.fchmod(fout.fileno(), 0o600)
            for chunk in iter(lambda: fin.read(CHUNK), b""):
                digest.update(chunk)
                fout.write(chunk)
            fout.flush()
            os.fsync(fout.fileno())
        os.replace(tmp, dst)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(dst.parent)
    return digest.hexdigest()


class FolderTransport:
    """Mailboxes below a folder: ``<root>/<mailbox>/inbox/<package>.p7m``."""

    def __init__(self, name: str, root: Path) -> None:
        self.name, self.root = name, Path(root)

    def describe(self) -> str:
        return f"folder {self.root}"

    def open(self) -> None:
        if not self.root.is_dir():
            raise TransportError(f"Transport {self.name}: the folder {self.root} is not there "
                                 "(is the USB stick plugged in, the share mounted?).")

    def close(self) -> None:
        pass

    def _failed(self, doing: str, exc: OSError) -> TransportError:
        # The root gone (a stick pulled out, a share unmounted): nothing more can be done.
        kind = TransportError if self.root.is_dir() else TransportLost
        return kind(f"Transport {self.name}: {doing} failed: {exc.strerror or exc}.")

    def deliver(self, local: Path, mailbox: str, name: str) -> bool:
        inbox = self.root / mailbox / "inbox"
        final = inbox / name
        try:
            inbox.mkdir(parents=True, exist_ok=True)
            if final.exists() and final.stat().st_size == local.stat().st_size:
                # An earlier attempt's leftover beside the delivered file is ours to clear.
                (inbox / part_name(name)).unlink(missing_ok=True)
                return False
            copy_with_hash(local, final)
        except OSError as exc:
            raise self._failed(f"writing to {inbox}", exc) from exc
        return True

    def waiting(self, mailboxes: list[str]) -> list[Waiting]:
        out = []
        for mailbox in mailboxes:
            inbox = self.root / mailbox / "inbox"
            try:
                if not inbox.is_dir():
                    continue
                entries = sorted(inbox.iterdir())
            except OSError as exc:
                raise self._failed(f"reading {inbox}", exc) from exc
            for entry in entries:
                if entry.name.startswith("."):
                    clear_stale(entry)
                elif FILE_NAME.fullmatch(entry.name) and entry.is_file():
                    out.append(Waiting(mailbox, entry.name))
        return out

    def fetch(self, item: Waiting, incoming: Path) -> Collected:
        source = self.root / item.mailbox / "inbox" / item.name
        target = incoming / item.name
        try:
            digest = copy_with_hash(source, target)
        except OSError as exc:
            raise self._failed(f"copying {item.name}", exc) from exc
        return Collected(item.name, target, digest)

    def remove(self, item: Waiting) -> None:
        entry = self.root / item.mailbox / "inbox" / item.name
        try:
            entry.unlink(missing_ok=True)
        except OSError as exc:
            raise self._failed(f"removing {item.name} from {item.mailbox}/inbox", exc) from exc


def clear_stale(entry: Path) -> None:
    """Delete a ``.part`` file untouched for a day: a copy nobody will finish."""
    with contextlib.suppress(OSError):
        if entry.name.endswith(".part") and time.time() - entry.stat().st_mtime > (
                STALE_SECONDS):
            entry.unlink()
