"""The folder transport: a USB stick or a shared drive.

A stick pulled out mid-copy leaves at most a dot-prefixed ``.part`` file, which the
collector ignores (and clears once it is stale); a complete-looking file whose
content does not match the hash in its name is brought in flagged incomplete, and
the receiver quarantines it. Nothing half-copied is ever opened as a package.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from pathlib import Path

from liaison.exchange.errors import TransportError
from liaison.exchange.transports import FILE_NAME, Collected
from liaison.store.atomic import fsync_dir

CHUNK = 1 << 20
STALE_SECONDS = 24 * 3600


def copy_with_hash(src: Path, dst: Path) -> str:
    """Copy ``src`` to ``dst`` via a temporary name beside it, fsynced; the SHA-256."""
    tmp = dst.with_name(f".{dst.name}.part")
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

    def deliver(self, local: Path, mailbox: str, name: str) -> bool:
        inbox = self.root / mailbox / "inbox"
        final = inbox / name
        try:
            inbox.mkdir(parents=True, exist_ok=True)
            if final.exists() and final.stat().st_size == local.stat().st_size:
                return False
            copy_with_hash(local, final)
        except OSError as exc:
            raise TransportError(f"Transport {self.name}: cannot write to {inbox}: "
                                 f"{exc.strerror or exc}.") from exc
        return True

    def collect(self, mailboxes: list[str], incoming: Path) -> list[Collected]:
        out = []
        incoming.mkdir(mode=0o700, exist_ok=True)
        for mailbox in mailboxes:
            inbox = self.root / mailbox / "inbox"
            if not inbox.is_dir():
                continue
            for entry in sorted(inbox.iterdir()):
                if entry.name.startswith("."):
                    self._clear_stale(entry)
                    continue
                match = FILE_NAME.fullmatch(entry.name)
                if not match or not entry.is_file():
                    continue
                target = incoming / entry.name
                try:
                    digest = copy_with_hash(entry, target)
                    entry.unlink()
                except OSError as exc:
                    raise TransportError(f"Transport {self.name}: cannot collect "
                                         f"{entry.name}: {exc.strerror or exc}.") from exc
                out.append(Collected(entry.name, target, digest[:32] == match.group(2)))
        return out

    @staticmethod
    def _clear_stale(entry: Path) -> None:
        # A copy the sender never finished (a stick pulled out): nobody will complete it.
        with contextlib.suppress(OSError):
            if entry.name.endswith(".part") and time.time() - entry.stat().st_mtime > (
                    STALE_SECONDS):
                entry.unlink()

