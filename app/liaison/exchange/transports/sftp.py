"""The SFTP transport (paramiko): key authentication and a pinned host key.

The server's host key must match the SHA-256 fingerprint given when the transport
was added (as ``ssh-keygen -l`` prints it); an unknown or changed key ends the
connection before authentication, with a message saying so. The SSH private key is
kept in the encrypted workspace database, not in a file.
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
from pathlib import Path
from typing import Any

import paramiko

from liaison.exchange.errors import TransportError
from liaison.exchange.transports import FILE_NAME, Collected
from liaison.store.atomic import fsync_dir

TIMEOUT = 20
_FP = re.compile(r"(?:SHA256:)?([A-Za-z0-9+/]{43})=?")


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

    def _makedirs(self, path: str) -> None:
        current = "/" if path.startswith("/") else ""
        for part in filter(None, path.split("/")):
            current = posixpath.join(current, part) if current else part
            try:
                self.sftp.stat(current)
            except OSError:
                self.sftp.mkdir(current, mode=0o700)

    def deliver(self, local: Path, mailbox: str, name: str) -> bool:
        inbox = posixpath.join(self.base, mailbox, "inbox")
        final = posixpath.join(inbox, name)
        tmp = posixpath.join(inbox, f".{name}.part")
        try:
            self._makedirs(inbox)
            with contextlib.suppress(OSError):
                if self.sftp.stat(final).st_size == local.stat().st_size:
                    return False
            with local.open("rb") as fh:
                self.sftp.putfo(fh, tmp, file_size=local.stat().st_size, confirm=True)
            # posix-rename@openssh.com replaces atomically; plain SFTP rename would not.
            self.sftp.posix_rename(tmp, final)
        except OSError as exc:
            with contextlib.suppress(OSError):
                self.sftp.remove(tmp)
            raise TransportError(f"Transport {self.name}: cannot upload to {inbox} "
                                 f"({exc}).") from exc
        return True

    def collect(self, mailboxes: list[str], incoming: Path) -> list[Collected]:
        out = []
        incoming.mkdir(mode=0o700, exist_ok=True)
        for mailbox in mailboxes:
            inbox = posixpath.join(self.base, mailbox, "inbox")
            try:
                entries = self.sftp.listdir_attr(inbox)
            except OSError:
                continue
            for entry in sorted(entries, key=lambda e: e.filename):
                match = FILE_NAME.fullmatch(entry.filename)
                if not match or not stat.S_ISREG(entry.st_mode or 0):
                    continue
                remote = posixpath.join(inbox, entry.filename)
                target = incoming / entry.filename
                try:
                    digest = self._download(remote, target)
                    self.sftp.remove(remote)
                except OSError as exc:
                    raise TransportError(f"Transport {self.name}: cannot collect "
                                         f"{entry.filename} ({exc}).") from exc
                out.append(Collected(entry.filename, target, digest[:32] == match.group(2)))
        return out

    def _download(self, remote: str, target: Path) -> str:
        tmp = target.with_name(f".{target.name}.part")
        digest = hashlib.sha256()
        try:
            with self.sftp.open(remote, "rb") as fin, tmp.open("wb") as fout:
                fin.prefetch()
                if os.name == "posix":
                    os.fchmod(fout.fileno(), 0o600)
                for chunk in iter(lambda: fin.read(1 << 20), b""):
                    digest.update(chunk)
                    fout.write(chunk)
                fout.flush()
                os.fsync(fout.fileno())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        fsync_dir(target.parent)
        return digest.hexdigest()
