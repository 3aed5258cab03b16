"""A real OpenSSH server on 127.0.0.1 for the SFTP tests: key authentication only,
stoppable mid-session (every sshd process killed, the connection really dropped) and
restartable on the same port with the same host key."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

from .conftest import require

SSHD = shutil.which("sshd") or ("/usr/sbin/sshd" if Path("/usr/sbin/sshd").exists() else None)
SSH_KEYGEN = shutil.which("ssh-keygen")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> list[int]:
    """Every process below ``pid`` (the per-connection sshd processes)."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        parents.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


class OpenSsh:
    """One sshd for one test; ``info`` is what a transport needs to reach it."""

    def __init__(self, tmp_path: Path) -> None:
        require(SSHD is not None and SSH_KEYGEN is not None,
                "OpenSSH server (sshd) not installed")
        require(os.geteuid() == 0, "sshd needs root to run its privilege-separated server here")
        root = tmp_path / "sshd"
        root.mkdir()
        host_key, self.client_key = root / "host_ed25519", root / "client_ed25519"
        for key in (host_key, self.client_key):
            subprocess.run([SSH_KEYGEN, "-q", "-t", "ed25519", "-N", "", "-f", str(key)],
                           check=True)
        (root / "authorized_keys").write_text(self.client_key.with_suffix(".pub").read_text())
        Path("/run/sshd").mkdir(exist_ok=True)
        self.port = _free_port()
        self.config = root / "sshd_config"
        self.config.write_text(f"""Port {self.port}
ListenAddress 127.0.0.1
HostKey {host_key}
PidFile {root}/sshd.pid
AuthorizedKeysFile {root}/authorized_keys
StrictModes no
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
PermitRootLogin prohibit-password
UsePAM no
Subsystem sftp internal-sftp
""")
        self.fingerprint = subprocess.run(
            [SSH_KEYGEN, "-lf", str(host_key.with_suffix(".pub"))], capture_output=True,
            text=True, check=True).stdout.split()[1]
        self.base = tmp_path / "drop"
        self.info = {"port": self.port, "key": self.client_key,
                     "fingerprint": self.fingerprint,
                     "user": os.environ.get("USER") or "root", "base": str(self.base)}
        self.proc: subprocess.Popen | None = None
        self.start()

    def start(self) -> None:
        self.proc = subprocess.Popen([SSHD, "-D", "-e", "-f", str(self.config)],
                                     stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                if self.proc.poll() is not None:
                    pytest.fail(f"sshd did not start: {self.proc.stderr.read().decode()[-500:]}")
                time.sleep(0.05)
        pytest.fail("sshd did not accept connections within 10 s")

    def kill(self) -> None:
        """SIGKILL the server and every session it runs: connections drop at once."""
        assert self.proc is not None
        for pid in [*_children(self.proc.pid), self.proc.pid]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.proc.wait(timeout=10)
        self.proc.stderr.close()
        self.proc = None

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc.stderr.close()
        self.proc = None
