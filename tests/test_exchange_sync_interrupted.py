"""Sync never loses a package (issue 16): a real OpenSSH server killed mid-download,
mid-upload and between a merge and the remote delete; a sync process killed mid-transfer;
packages stranded in incoming/; a failing transport reported, audited, and the next one
still run. After the server comes back, every package arrives exactly once: counted in
the inbox, the records and the audit log; nothing is left in incoming/ or on the server."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from liaison.exchange.errors import ExchangeError
from liaison.exchange.transports import sftp
from liaison.workspace import Workspace

from .exchange_helpers import add_records, sample, two_agencies
from .sshd_server import OpenSsh
from .workspace_helpers import PASSPHRASE

BIG = 12 << 20  # incompressible attachment bytes: the transfer takes many 1 MiB chunks
KILL_AT = 2 << 20

# Real sshd processes killed mid-transfer: run once per CI pass, not in the shuffled one.
pytestmark = pytest.mark.slow


@pytest.fixture
def pair(tmp_path):
    agencies = two_agencies(tmp_path)
    yield agencies
    agencies.close()


@pytest.fixture
def server(tmp_path):
    server = OpenSsh(tmp_path)
    yield server
    server.stop()


def _add_sftp(ws: Workspace, server: OpenSsh, name: str = "drop", **changes) -> None:
    info = {**server.info, **changes}
    ws.transport_add_sftp(name, host="127.0.0.1", port=info["port"], user=info["user"],
                          key=info["key"], host_key_fingerprint=info["fingerprint"],
                          base=info["base"])


def _share(ws: Workspace, tag: str, n: int = 1, big: bool = False) -> str:
    """One package from NL to BKA; ``big`` carries BIG random bytes (kept: no redaction)."""
    items = sample("Politie NL", "NL", n, tag=tag,
                   attachment=os.urandom(BIG) if big else None)
    ids = add_records(ws, items)
    return ws.share(["BKA"], record_ids=ids, redact=False).packages[0].package_id


def _kill_when(monkeypatch, server: OpenSsh, at: int = KILL_AT) -> dict:
    """Kill every sshd process once ``at`` bytes of a file have moved (a real drop)."""
    seen: dict = {}

    def hook(name: str, done: int) -> None:
        if "name" in seen:
            seen["last"] = done
        elif done >= at:
            seen.update(name=name, done=done, last=done)
            server.kill()

    monkeypatch.setattr(sftp, "transfer_hook", hook)
    return seen


def _on_server(server: OpenSsh) -> list[str]:
    """Every file on the server's disk below the transports' base, by name."""
    return sorted(p.name for p in server.base.rglob("*") if p.is_file())


def _incoming(ws: Workspace) -> list[str]:
    return sorted(p.name for p in (ws.folder / "incoming").iterdir() if p.name != ".sync.lock")


def _audited(ws: Workspace, action: str) -> list:
    return [e for e in ws.audit_entries() if e.action == action]


def _received_once(ws: Workspace, package_ids: list[str]) -> None:
    """Each package merged exactly once: one inbox row, one receive audit entry, nothing
    quarantined, nothing left over in incoming/."""
    inbox = sorted(r["package_id"] for r in ws.inbox_entries())
    assert inbox == sorted(package_ids)
    assert sorted(e.object for e in _audited(ws, "package.receive")) == sorted(package_ids)
    assert ws.quarantine_entries() == [] and _audited(ws, "package.quarantine") == []
    assert _incoming(ws) == []


def test_sshd_killed_mid_download_loses_nothing(pair, server, monkeypatch, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    for ws in (pair.nl, pair.de):
        _add_sftp(ws, server)
        ws.transport_add_folder("usb", stick)
    by_stick = _share(pair.nl, "s")
    assert [f.status for f in pair.nl.sync("usb").fates] == ["delivered"]
    small, big = _share(pair.nl, "a", n=2), _share(pair.nl, "b", big=True)
    assert [f.status for f in pair.nl.sync("drop").fates] == ["delivered"] * 2
    size = next(p.stat().st_size for p in server.base.rglob(f"{big}.*"))
    assert size > BIG

    killed = _kill_when(monkeypatch, server)
    report = pair.de.sync()  # drop, then usb
    # The kill landed mid-download and the rest never arrived.
    assert killed["name"].startswith(big) and killed["last"] < size
    [failure] = report.failures
    assert (failure.transport, failure.stage) == ("drop", "collect")
    assert "Transport drop: the connection to 127.0.0.1 was lost while downloading" in (
        failure.error) and report.errors == [failure.error]
    [audited] = _audited(pair.de, "transport.fail")
    assert audited.object == "drop" and audited.details == {"stage": "collect",
                                                            "error": failure.error}
    assert _audited(pair.de, "exchange.sync")[-1].details["failed_transports"] == ["drop"]
    # The next transport still ran; the cut package is still on the server, whole.
    assert ("usb", "merged", by_stick) in {(f.transport, f.status, f.package_id)
                                           for f in report.fates}
    assert big not in {f.package_id for f in report.fates}
    assert any(n.startswith(big) for n in _on_server(server))
    assert not any(n.endswith(".part") for n in _on_server(server))
    assert _incoming(pair.de) == []  # the partial download was removed

    monkeypatch.setattr(sftp, "transfer_hook", None)
    server.start()
    again = pair.de.sync("drop")
    assert again.errors == [] and big in {f.package_id for f in again.fates
                                          if f.status == "merged"}
    _received_once(pair.de, [by_stick, small, big])
    assert pair.de.stats()["by_agency"] == {"Politie NL": 4}
    assert _on_server(server) == []
    assert pair.de.sync("drop").fates == []


def test_sshd_killed_mid_upload_partner_never_sees_half(pair, server, monkeypatch):
    for ws in (pair.nl, pair.de):
        _add_sftp(ws, server)
    big = _share(pair.nl, "b", big=True)
    killed = _kill_when(monkeypatch, server)
    report = pair.nl.sync("drop")
    assert killed["name"].startswith(big)
    assert killed["last"] < pair.nl.outbox_entries()[0]["size"]  # cut mid-upload
    [fate] = report.fates
    assert (fate.direction, fate.status, fate.package_id) == ("out", "failed", big)
    [failure] = report.failures
    assert (failure.transport, failure.stage) == ("drop", "deliver")
    assert f"Transport drop: the connection to 127.0.0.1 was lost while uploading {big}" in (
        failure.error)
    assert [e.object for e in _audited(pair.nl, "transport.fail")] == ["drop"]
    assert pair.nl.outbox_entries()[0]["status"] != "delivered"
    # Only the temporary name is on the server: the partner's sync ignores it.
    [left] = _on_server(server)
    assert left.startswith(f".{big}.") and left.endswith(".part")

    monkeypatch.setattr(sftp, "transfer_hook", None)
    server.start()
    assert pair.de.sync("drop").fates == []  # half a package is never collected
    retry = pair.nl.sync("drop")
    assert [(f.status, f.package_id) for f in retry.fates] == [("delivered", big)]
    assert [n for n in _on_server(server) if n.endswith(".part")] == []
    got = pair.de.sync("drop")
    assert [(f.status, f.package_id) for f in got.fates] == [("merged", big)]
    _received_once(pair.de, [big])
    assert _on_server(server) == []


def test_sshd_killed_after_the_merge_before_the_remote_delete(pair, server, monkeypatch):
    for ws in (pair.nl, pair.de):
        _add_sftp(ws, server)
    package = _share(pair.nl, "a", n=2)
    pair.nl.sync("drop")
    original = Workspace.receive

    def receive_then_drop(self, paths, source="file"):
        got = original(self, paths, source)
        server.kill()  # merged and committed; the remote copy not yet deleted
        return got

    monkeypatch.setattr(Workspace, "receive", receive_then_drop)
    report = pair.de.sync("drop")
    assert [(f.status, f.package_id) for f in report.fates] == [("merged", package)]
    [failure] = report.failures
    assert failure.stage == "collect" and "lost while removing" in failure.error
    assert any(n.startswith(package) for n in _on_server(server))

    monkeypatch.setattr(Workspace, "receive", original)
    server.start()
    again = pair.de.sync("drop")
    assert again.errors == []
    assert [(f.status, f.package_id, f.partner) for f in again.fates] == [
        ("already received", package, "Politie")]
    _received_once(pair.de, [package])  # no second merge, no replay quarantined
    assert pair.de.stats()["records"] == 2
    assert _on_server(server) == []


def test_sshd_killed_after_a_refusal_before_the_remote_delete(pair, server, monkeypatch):
    for ws in (pair.nl, pair.de):
        _add_sftp(ws, server)
    package = _share(pair.nl, "a")
    pair.nl.sync("drop")
    pair.de.partner_revoke("Politie", reason="key compromise reported")
    original = Workspace.receive

    def receive_then_drop(self, paths, source="file"):
        got = original(self, paths, source)
        server.kill()  # quarantined and committed; the remote copy not yet deleted
        return got

    monkeypatch.setattr(Workspace, "receive", receive_then_drop)
    report = pair.de.sync("drop")
    assert [f.status for f in report.fates] == ["quarantined"]
    assert "lost while removing" in report.failures[0].error

    monkeypatch.setattr(Workspace, "receive", original)
    server.start()
    again = pair.de.sync("drop")
    assert again.errors == []
    assert [(f.status, f.package_id) for f in again.fates] == [
        ("already quarantined", package)]
    # Refused once: one quarantine entry, one audit entry, nothing merged, nothing left.
    assert len(pair.de.quarantine_entries()) == 1
    assert len(_audited(pair.de, "package.quarantine")) == 1
    assert pair.de.inbox_entries() == [] and _incoming(pair.de) == []
    assert _on_server(server) == []


def _sync_process(ws: Workspace, tmp_path) -> subprocess.Popen:
    """``liaison sync`` of ``ws`` in its own process (to be killed like a crash)."""
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE)
    return subprocess.Popen([sys.executable, "-m", "liaison", "--workspace", str(ws.folder),
                             "--passphrase-file", str(pp), "sync", "--transport", "drop"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _kill_process_when(proc: subprocess.Popen, ready) -> None:
    deadline = time.monotonic() + 120
    while not ready():
        assert proc.poll() is None, "the sync finished before the crash point"
        assert time.monotonic() < deadline
        time.sleep(0.002)
    proc.send_signal(signal.SIGKILL)
    proc.wait()


@pytest.mark.parametrize("crash_point", ["mid-download", "before the merge committed"])
def test_sync_process_killed_resumes_on_the_next_sync(pair, server, tmp_path, crash_point):
    for ws in (pair.nl, pair.de):
        _add_sftp(ws, server)
    big = _share(pair.nl, "b", big=True)
    pair.nl.sync("drop")
    incoming = pair.de.folder / "incoming"
    proc = _sync_process(pair.de, tmp_path)
    if crash_point == "mid-download":
        _kill_process_when(proc, lambda: any(incoming.glob("*.part")))
    else:  # downloaded whole into incoming/, not yet merged (the merge is one transaction)
        _kill_process_when(proc, lambda: any(incoming.glob("*.p7m")))
    assert pair.de.inbox_entries() == []
    assert any(n.startswith(big) for n in _on_server(server))  # not deleted before taken

    report = pair.de.sync("drop")
    assert report.errors == []
    statuses = [(f.transport, f.status) for f in report.fates]
    if crash_point == "mid-download":
        assert statuses == [("drop", "merged")]
    else:  # the stranded file is received first; the remote copy is then recognised
        assert statuses == [("incoming", "merged"), ("drop", "already received")]
    _received_once(pair.de, [big])
    assert _on_server(server) == []


def test_a_copy_left_in_incoming_is_received_once(pair, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    for ws in (pair.nl, pair.de):
        ws.transport_add_folder("usb", stick)
    first = _share(pair.nl, "a")
    pair.nl.sync("usb")
    dropped = next(stick.rglob("*.p7m"))
    stranded = pair.de.folder / "incoming" / dropped.name
    shutil.copy(dropped, pair.de.folder / "keep.p7m")
    # A crash after the copy into incoming/ and before the receipt: received next time.
    stranded.parent.mkdir(exist_ok=True)
    shutil.copy(dropped, stranded)
    dropped.unlink()
    (stranded.parent / f".{dropped.name}.part").write_bytes(b"half")
    report = pair.de.sync("usb")
    assert [(f.transport, f.status, f.package_id) for f in report.fates] == [
        ("incoming", "merged", first)]
    _received_once(pair.de, [first])
    # A crash after the merge, before the file left incoming/: recognised, not refused.
    shutil.copy(pair.de.folder / "keep.p7m", stranded)
    report = pair.de.sync("usb")
    assert [(f.status, f.package_id, f.partner) for f in report.fates] == [
        ("already received", first, "Politie")]
    _received_once(pair.de, [first])


def test_stale_part_files_are_cleared(pair, server, tmp_path):
    stick = tmp_path / "stick"
    _add_sftp(pair.de, server)
    pair.de.transport_add_folder("usb", stick)
    mailbox = _mailbox(pair.de)
    day_ago = time.time() - 25 * 3600
    for root in (server.base, stick):
        inbox = root / mailbox / "inbox"
        inbox.mkdir(parents=True)
        for name in (".abandoned.p7m.part", ".uploading.p7m.part"):
            (inbox / name).write_bytes(b"x")
        os.utime(inbox / ".abandoned.p7m.part", (day_ago, day_ago))
    report = pair.de.sync()
    assert report.errors == [] and report.fates == []
    for root in (server.base, stick):
        # An upload abandoned a day ago is deleted; one that may still be running is not.
        assert sorted(p.name for p in (root / mailbox / "inbox").iterdir()) == [
            ".uploading.p7m.part"]


def test_a_package_that_cannot_be_written_is_reported_and_the_rest_still_moves(pair, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    for ws in (pair.nl, pair.de):
        ws.transport_add_folder("usb", stick)
    theirs = add_records(pair.de, sample("Bundeskriminalamt", "DE", 1, tag="de"))
    their_package = pair.de.share(["Politie"], record_ids=theirs).packages[0].package_id
    pair.de.sync("usb")
    blocker = stick / _mailbox(pair.de)
    blocker.write_bytes(b"a file where BKA's mailbox folder should be")
    package = _share(pair.nl, "a")
    report = pair.nl.sync("usb")
    assert [(f.direction, f.status, f.package_id) for f in report.fates] == [
        ("out", "failed", package), ("in", "merged", their_package)]
    [failure] = report.failures
    assert (failure.transport, failure.stage) == ("usb", "deliver")
    assert failure.error.startswith("Transport usb: writing to ")
    assert [e.object for e in _audited(pair.nl, "transport.fail")] == ["usb"]
    blocker.unlink()
    again = pair.nl.sync("usb")
    assert [(f.status, f.package_id) for f in again.fates] == [("delivered", package)]
    assert again.errors == []


def _mailbox(ws: Workspace) -> str:
    from liaison.exchange import identity
    from liaison.exchange.outbox import mailbox

    return mailbox(identity.decryption_keys(ws.conn)[0][0])


def test_an_ssh_failure_is_reported_per_transport_and_the_others_still_run(
        pair, server, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    other_key = tmp_path / "other_ed25519"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(other_key)],
                   check=True)
    _add_sftp(pair.nl, server, "a-wrong-key", key=other_key)
    _add_sftp(pair.nl, server, "b-wrong-host", fingerprint="SHA256:" + "A" * 43)
    pair.nl.transport_add_folder("c-usb", stick)
    package = _share(pair.nl, "a")
    report = pair.nl.sync()
    assert [(f.transport, f.stage) for f in report.failures] == [
        ("a-wrong-key", "connect"), ("b-wrong-host", "connect")]
    assert "Transport a-wrong-key: 127.0.0.1 refused our key" in report.errors[0]
    assert "Transport b-wrong-host: the server 127.0.0.1 presented host key" in (
        report.errors[1])
    assert [(f.transport, f.status, f.package_id) for f in report.fates] == [
        ("c-usb", "delivered", package)]
    assert [(e.object, e.details["stage"]) for e in _audited(pair.nl, "transport.fail")] == [
        ("a-wrong-key", "connect"), ("b-wrong-host", "connect")]
    summary = _audited(pair.nl, "exchange.sync")[-1].details
    assert summary["failed_transports"] == ["a-wrong-key", "b-wrong-host"]
    assert summary["errors"] == 2 and summary["delivered"] == 1


def test_two_syncs_of_one_workspace_do_not_run_at_once(pair, tmp_path):
    import fcntl

    stick = tmp_path / "stick"
    stick.mkdir()
    pair.de.transport_add_folder("usb", stick)
    lock = pair.de.folder / "incoming" / ".sync.lock"
    lock.parent.mkdir(exist_ok=True)
    with lock.open("a") as other:
        fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as another process's sync would
        with pytest.raises(ExchangeError, match="Another sync of this workspace is running"):
            pair.de.sync("usb")
    assert pair.de.sync("usb").errors == []
