"""The SFTP transport (paramiko): key authentication and a pinned host key.

The server's host key must match the SHA-256 fingerprint given when the transport
was added (as ``ssh-keygen -l`` prints it); an unknown or changed key ends the
connection before authentication, with a message saying so. The SSH private key is
kept in the encrypted workspace database, not in a file.

Every failure leaves as a TransportError naming the transport and what failed; a
dropped connection (paramiko's SSHException, EOFError, a closed socket) as
TransportLost, so the sync stops using this transport and goes on with the others.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import os
import posixpath
import re
import socket
import stat
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import paramiko

from liaison.exchange.errors import TransportError, TransportLost
from liaison.exchange.transports import (
    FILE_NAME,
    STALE_SECONDS,
    Collected,
    Waiting,
    part_name,
)
from liaison.store.atomic import fsync_dir

TIMEOUT = 20
STALL_SECONDS = 120
CHUNK = 1 << 20
# Read requests kept in flight while downloading: enough to fill a long link, few
# enough that a fast server cannot queue a whole package in memory ahead of the disk.
PREFETCH_REQUESTS = 128

# Called as (file name, bytes moved so far) while a file is uploaded or downloaded. Set
# only by tests, to cut a real connection at a known point mid-transfer.
transfer_hook: Callable[[str, int], None] | None = None
_FP = re.compile(r"(?:SHA256:)?([A-Za-z0-9+/]{43})=?")


def _prefetch_dropped(args: threading.ExceptHookArgs) -> bool:
    """An exception in paramiko's prefetch thread because the connection dropped."""
    if not issubclass(args.exc_type, paramiko.SSHException | EOFError | OSError):
        return False
    tb = args.exc_traceback
    while tb is not None:
        frame = tb.tb_frame
        if (frame.f_code.co_name == "_prefetch_thread"
                and frame.f_globals.get("__name__") == "paramiko.sftp_file"):
            return True
        tb = tb.tb_next
    return False


def _quiet_prefetch_threads() -> None:
    """paramiko's prefetch thread raises when the connection drops under it (paramiko
    issue 2379) and Python prints its traceback. The download itself fails in the
    sync's thread with its own error, reported as a lost transport; only that thread's
    duplicate is kept off the user's terminal. Every other thread's error still shows."""
    current = threading.excepthook
    if getattr(current, "liaison_quiet_prefetch", False):
        return

    def hook(args: threading.ExceptHookArgs) -> None:
        if not _prefetch_dropped(args):
            current(args)

    hook.liaison_quiet_prefetch = True  # type: ignore[attr-defined]
    threading.excepthook = hook


def host_key_fingerprint(key: paramiko.PKey) -> str:
    """'SHA256:...' as OpenSSH prints it (unpadded base64 of the SHA-256 of the key blob)."""
    digest = hashlib.sha256(key.asbytes()).digest()
    return "SHA256:" + base64.b64encode(digest).decode().rstrip("=")


def parse_host_fingerprint(text: str) -> str:
    match = _FP.fullmatch(text.strip())
    if not match:
        raise TransportError(f"'{text[:80]}' is not an SSH host key fingerprint; give it as "
                             "'ssh-keygen -lf' prints it: SHA256:<43 characters>.")
    return "SHA256:" + match.group(1)


def load_private_key(text: str, passphrase: str | None = None) -> paramiko.PKey:
    """An SSH private key (Ed25519, ECDSA or RSA; OpenSSH or PEM form) from its text."""
    problems = []
    for kind in (paramiko.Ed25519Key, paramiko.ECDSAKey, paramiko.RSAKey):
        try:
            return kind.from_private_key(io.StringIO(text), password=passphrase)
        except paramiko.PasswordRequiredException as exc:
            raise TransportError("The SSH key is protected by a passphrase; give it with "
                                 "--key-passphrase-file.") from exc
        except (paramiko.SSHException, ValueError, TypeError) as exc:
            problems.append(str(exc))
    raise TransportError("The SSH key file is not an Ed25519, ECDSA or RSA private key "
                         f"paramiko can read ({problems[-1][:100]}).")


def secret_for(key_text: str, passphrase: str | None) -> bytes:
    load_private_key(key_text, passphrase)  # refuse an unusable key when it is added
    return json.dumps({"key": key_text, "passphrase": passphrase}).encode()


class SftpTransport:
    """Mailboxes below ``base`` on an SFTP server."""

    def __init__(self, name: str, settings: dict[str, Any], secret: bytes | None) -> None:
        self.name = name
        self.host, self.port = settings["host"], int(settings["port"])
        self.user, self.base = settings["user"], settings.get("base", "liaison")
        self.pinned = settings["host_key"]
        self._secret = json.loads(secret or b"{}")
        self._transport: paramiko.Transport | None = None
        self._sftp: paramiko.SFTPClient | None = None

    def describe(self) -> str:
        return f"sftp {self.user}@{self.host}:{self.port}/{self.base}"

    def open(self) -> None:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=TIMEOUT)
        except OSError as exc:
            raise TransportError(f"Transport {self.name}: cannot reach {self.host}:{self.port} "
                                 f"({exc.strerror or exc}).") from exc
        _quiet_prefetch_threads()
        transport = paramiko.Transport(sock)
        try:
            transport.start_client(timeout=TIMEOUT)
            offered = host_key_fingerprint(transport.get_remote_server_key())
            if offered != self.pinned:
                raise TransportError(
                    f"Transport {self.name}: the server {self.host} presented host key "
                    f"{offered}, not the pinned {self.pinned}. Refusing to connect: the server "
                    "was replaced or someone is intercepting the connection. If its key really "
                    "changed, confirm the new fingerprint with its administrator and add the "
                    "transport again.")
            key = load_private_key(self._secret.get("key", ""), self._secret.get("passphrase"))
            transport.auth_publickey(self.user, key)
            self._sftp = paramiko.SFTPClient.from_transport(transport)
            # A server that stops answering (a cable cut, no FIN) must not hang the sync.
            self._sftp.get_channel().settimeout(STALL_SECONDS)
        except paramiko.AuthenticationException as exc:
            transport.close()
            raise TransportError(f"Transport {self.name}: {self.host} refused our key for user "
                                 f"{self.user}.") from exc
        except (paramiko.SSHException, OSError, EOFError) as exc:
            transport.close()
            raise TransportError(f"Transport {self.name}: the SSH connection to {self.host} "
                                 f"failed ({exc}).") from exc
        except BaseException:
            transport.close()
            raise
        self._transport = transport

    def close(self) -> None:
        if self._sftp is not None:
            with contextlib.suppress(Exception):
                self._sftp.close()
        if self._transport is not None:
            with contextlib.suppress(Exception):
                self._transport.close()
        self._sftp = self._transport = None

    @property
    def sftp(self) -> paramiko.SFTPClient:
        if self._sftp is None:
            raise TransportError(f"Transport {self.name} is not connected.")
        return self._sftp

    @contextlib.contextmanager
    def _guard(self, doing: str) -> Iterator[None]:
        """Turn whatever paramiko or the socket raise into a TransportError saying what
        failed; TransportLost once the connection is gone."""
        try:
            yield
        except TransportError:
            raise
        except (paramiko.SSHException, EOFError, OSError) as exc:
            detail = str(exc) or type(exc).__name__
            if self._lost(exc):
                raise TransportLost(f"Transport {self.name}: the connection to {self.host} was "
                                    f"lost while {doing} ({detail}).") from exc
            raise TransportError(f"Transport {self.name}: {doing} failed "
                                 f"({detail}).") from exc

    def _lost(self, exc: BaseException) -> bool:
        """The connection is gone (or hangs), as opposed to one file refused by the server."""
        if isinstance(exc, paramiko.SSHException | EOFError | ConnectionError | TimeoutError):
            return True
        if self._transport is None or not self._transport.is_active():
            return True
        channel = self._sftp.get_channel() if self._sftp is not None else None
        return channel is None or channel.closed

    @staticmethod
    def _moved(name: str, done: int) -> None:
        if transfer_hook is not None:
            transfer_hook(name, done)

    def _makedirs(self, path: str) -> None:
        current = "/" if path.startswith("/") else ""
        for part in filter(None, path.split("/")):
            current = posixpath.join(current, part) if current else part
            try:
                self.sftp.stat(current)
            except OSError:
                self.sftp.mkdir(current, mode=0o700)

    def _remove_quietly(self, path: str) -> None:
        with contextlib.suppress(OSError, paramiko.SSHException, EOFError):
            self.sftp.remove(path)

    def deliver(self, local: Path, mailbox: str, name: str) -> bool:
        inbox = posixpath.join(self.base, mailbox, "inbox")
        final = posixpath.join(inbox, name)
        tmp = posixpath.join(inbox, part_name(name))
        with self._guard(f"uploading {name} to {inbox}"):
            try:
                self._makedirs(inbox)
                with contextlib.suppress(OSError):
                    if self.sftp.stat(final).st_size == local.stat().st_size:
                        self._remove_quietly(tmp)  # an earlier attempt's leftover
                        return False
                # Written under the .part name (truncating an earlier attempt's), so the
                # partner never collects half a package.
                with local.open("rb") as fh:
                    self.sftp.putfo(fh, tmp, file_size=local.stat().st_size, confirm=True,
                                    callback=lambda done, _total: self._moved(name, done))
                # posix-rename@openssh.com replaces atomically; plain SFTP rename would not.
                self.sftp.posix_rename(tmp, final)
            except BaseException:
                self._remove_quietly(tmp)  # the connection may be gone: then the retry does it
                raise
        return True

    def waiting(self, mailboxes: list[str]) -> list[Waiting]:
        out = []
        for mailbox in mailboxes:
            inbox = posixpath.join(self.base, mailbox, "inbox")
            with self._guard(f"listing {inbox}"):
                try:
                    entries = self.sftp.listdir_attr(inbox)
                except FileNotFoundError:
                    continue
                for entry in sorted(entries, key=lambda e: e.filename):
                    if entry.filename.startswith("."):
                        self._clear_stale(posixpath.join(inbox, entry.filename), entry)
                    elif FILE_NAME.fullmatch(entry.filename) and stat.S_ISREG(
                            entry.st_mode or 0):
                        out.append(Waiting(mailbox, entry.filename))
        return out

    def _clear_stale(self, path: str, entry: paramiko.SFTPAttributes) -> None:
        # An upload nobody finished (its sender's connection dropped) and nobody retried.
        if path.endswith(".part") and time.time() - (entry.st_mtime or 0) > STALE_SECONDS:
            self._remove_quietly(path)

    def fetch(self, item: Waiting, incoming: Path) -> Collected:
        remote = posixpath.join(self.base, item.mailbox, "inbox", item.name)
        with self._guard(f"downloading {item.name}"):
            digest = self._download(remote, incoming / item.name)
        return Collected(item.name, incoming / item.name, digest)

    def remove(self, item: Waiting) -> None:
        remote = posixpath.join(self.base, item.mailbox, "inbox", item.name)
        with self._guard(f"removing {item.name} from the server"), contextlib.suppress(
                FileNotFoundError):
            self.sftp.remove(remote)

    def _download(self, remote: str, target: Path) -> str:
        tmp = target.with_name(part_name(target.name))
        digest = hashlib.sha256()
        done = 0
        try:
            with self.sftp.open(remote, "rb") as fin, tmp.open("wb") as fout:
                fin.prefetch(max_concurrent_requests=PREFETCH_REQUESTS)
                if os.name == "posix":
                    os.fchmod(fout.fileno(), 0o600)
                for chunk in iter(lambda: fin.read(CHUNK), b""):
                    digest.update(chunk)
                    fout.write(chunk)
                    done += len(chunk)
                    self._moved(target.name, done)
                fout.flush()
                os.fsync(fout.fileno())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        fsync_dir(target.parent)
        return digest.hexdigest()
