"""The quarantine, through the real receive path of real workspaces.

The file a person hands to ``receive`` is never moved or changed (quarantine keeps a
copy); a quarantined package is listed, shown, released once its reason is resolved or
still refused while it stands, and deleted, each audited; a missing, folder or
unreadable input is one clear sentence and changes nothing.
"""

from __future__ import annotations

import os
import stat
import uuid
from datetime import timedelta
from pathlib import Path

import pytest

from liaison.exchange import certs, inbox
from liaison.exchange.errors import ExchangeError
from liaison.exchange.package import Recipient
from liaison.exchange.package.manifest import Manifest
from liaison.exchange.package.records import dumps, record_json
from liaison.model.errors import FormatError
from liaison.workspace import Workspace

from .exchange_helpers import (
    add_records,
    archive,
    intel_digest,
    new_workspace,
    pin,
    sample,
    seal,
    two_agencies,
)
from .test_cli import run
from .workspace_helpers import PASSPHRASE


@pytest.fixture
def pair(tmp_path):
    agencies = two_agencies(tmp_path)
    yield agencies
    agencies.close()


def _share(sender: Workspace, to: str, out: Path, tag: str | None = None) -> str:
    agency, country = sender.meta.agency_name, sender.meta.agency_country
    ids = add_records(sender, sample(agency, country, 1, tag=tag or uuid.uuid4().hex))
    out.parent.mkdir(parents=True, exist_ok=True)
    return sender.share([to], record_ids=ids, out=out).packages[0].package_id


def _crafted(sender: Workspace, recipient: Workspace, sequence: int,
             created: str | None = None) -> bytes:
    """A package ``sender`` signs for ``recipient`` with the sequence number and creation
    time chosen here (what a sender restored from a backup, or with a wrong clock, sends)."""
    ident = sender.identity()
    enc = recipient.identity().encryption_cert
    rec = next(i for i in sample(ident.agency, ident.country, 1, tag=uuid.uuid4().hex)
               if hasattr(i, "title"))
    manifest = Manifest(str(uuid.uuid4()), created or certs.iso(certs.utcnow()),
                        {"agency": ident.agency, "country": ident.country,
                         "signing_fingerprint": ident.signing_fingerprint,
                         "encryption_fingerprint": ident.encryption_fingerprint},
                        [Recipient("x", enc, sequence).manifest_entry()], str(uuid.uuid4()),
                        1, 1, {"records": 1, "entities": 0, "links": 0, "events": 0,
                               "retractions": 0, "attachments": 0})
    return seal(sender, archive(dumps(record_json(rec)) + b"\n", manifest), [enc])


def _actions(ws: Workspace) -> list[str]:
    return [e.action for e in ws.audit_entries()]


def _unreadable(tmp_path: Path) -> Path:
    """A regular file this process cannot open: mode 000, or for root (who reads any
    mode) a write-only kernel setting."""
    if os.geteuid() == 0:
        return Path("/proc/sys/vm/drop_caches")
    path = tmp_path / "secret.p7m"
    path.write_bytes(b"x")
    path.chmod(0)
    return path


# --- the person's file --------------------------------------------------------------------

def test_a_refused_file_stays_where_it_was_byte_for_byte(pair, tmp_path):
    stick = tmp_path / "usb-stick"
    _share(pair.nl, "BKA", stick / "to-bka.p7m")
    given = stick / "to-bka.p7m"
    assert pair.de.receive([given])[0].status == "merged"
    data, before = given.read_bytes(), given.stat()

    again = pair.de.receive([given])[0]  # the same package: a replay

    assert (again.status, again.code) == ("quarantined", "replay")
    assert "the file you gave was not changed" in again.reason
    assert f"(quarantine entry {again.quarantine_id})" in again.reason
    after = given.stat()
    assert given.read_bytes() == data
    assert (after.st_mtime_ns, after.st_mode, after.st_ino) == (before.st_mtime_ns,
                                                               before.st_mode, before.st_ino)
    kept = pair.de.folder / pair.de.quarantine_list()[0]["file"]
    assert kept.read_bytes() == data and kept.parent.name == "quarantine"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(kept.parent.stat().st_mode) == 0o700
    assert [p.name for p in kept.parent.iterdir()] == [kept.name]  # no temporary left over
    entry = pair.de.audit_entries()[-1]
    assert entry.action == "package.quarantine" and entry.details["kept"] == "copy"


def test_a_file_collected_into_incoming_is_moved_not_copied(pair, tmp_path):
    """incoming/ is the workspace's own (a transport put it there): no second copy."""
    _share(pair.nl, "BKA", tmp_path / "p.p7m")
    pair.de.receive([tmp_path / "p.p7m"])
    incoming = pair.de.folder / "incoming"
    incoming.mkdir(mode=0o700)
    collected = incoming / "p.p7m"
    collected.write_bytes((tmp_path / "p.p7m").read_bytes())

    got = inbox.receive_file(pair.de.conn, pair.de.folder, collected,
                             our_agency=pair.de.meta.agency_name, actor=pair.de.actor)

    assert got.status == "quarantined" and "was moved to quarantine/" in got.reason
    assert not collected.exists()
    kept = pair.de.folder / pair.de.quarantine_list()[0]["file"]
    assert kept.read_bytes() == (tmp_path / "p.p7m").read_bytes()
    assert pair.de.audit_entries()[-1].details["kept"] == "moved"


# --- release ------------------------------------------------------------------------------

def test_released_once_the_partner_is_verified_and_refused_before(pair, tmp_path):
    fr = new_workspace(tmp_path / "fr", "Police nationale", "FR")
    try:
        pin(pair.de, fr, "Police", tmp_path / "fr-certs", verify=False)
        pin(fr, pair.de, "BKA", tmp_path / "de-certs-2")
        _share(fr, "BKA", tmp_path / "from-fr.p7m")
        fingerprint = fr.identity().fingerprint
    finally:
        fr.close()
    got = pair.de.receive([tmp_path / "from-fr.p7m"])[0]
    assert (got.status, got.code) == ("quarantined", "signer")
    qid = got.quarantine_id
    [entry] = pair.de.quarantine_list()
    # The signature verified against the pinned (still pending) certificate: known sender.
    assert (entry["qid"], entry["partner"], entry["code"]) == (qid, "Police", "signer")
    shown = pair.de.quarantine_show(qid)
    assert shown["package"] is None  # nothing read from a package that is not accepted
    assert shown["now"]["accepted"] is False and shown["now"]["code"] == "signer"

    # The reason persists: refused again, still quarantined, the refusal audited.
    before = intel_digest(pair.de)
    again = pair.de.quarantine_release(qid)
    assert (again.status, again.code) == ("quarantined", "signer")
    assert "not been verified" in again.reason and f"stays in quarantine (entry {qid})" \
        in again.reason
    assert intel_digest(pair.de) == before
    assert (pair.de.folder / entry["file"]).is_file()
    assert pair.de.quarantine_list()[0]["released"] is None
    assert _actions(pair.de)[-1] == "package.release_refused"

    # Resolved: the officer verifies the partner; show says it would pass, release takes it.
    pair.de.partner_verify("Police", fingerprint)
    shown = pair.de.quarantine_show(qid)
    assert shown["now"]["accepted"] is True
    assert shown["package"]["sequence"] == 1
    assert shown["package"]["sender"]["agency"] == "Police nationale"
    assert shown["package"]["counts"]["records"] == 1
    released = pair.de.quarantine_release(qid)
    assert released.status == "merged" and released.partner == "Police"
    assert pair.de.stats()["by_agency"] == {"Police nationale": 1}
    assert pair.de.quarantine_list() == []
    [entry] = pair.de.quarantine_list(include_released=True)
    assert entry["released"] and not (pair.de.folder / entry["file"]).exists()
    # Merged and released in one commit: the two entries follow each other.
    # then the pattern detectors look at what it brought (issue 22)
    assert _actions(pair.de)[-3:] == ["package.receive", "package.release", "patterns.run"]
    assert pair.de.audit_verify().ok
    with pytest.raises(ExchangeError, match="already released"):
        pair.de.quarantine_release(qid)


def test_released_once_our_clock_is_right(pair, tmp_path):
    """A package 'from the future' (our clock was behind by more than the skew allowed)
    passes once time has caught up."""
    created = certs.utcnow() + timedelta(days=1)
    path = tmp_path / "ahead.p7m"
    path.write_bytes(_crafted(pair.nl, pair.de, 1, certs.iso(created)))
    got = pair.de.receive([path])[0]
    assert (got.status, got.code) == ("quarantined", "manifest") and "future" in got.reason
    kwargs = {"our_agency": pair.de.meta.agency_name, "actor": pair.de.actor}
    assert inbox.release(pair.de.conn, pair.de.folder, got.quarantine_id,
                         **kwargs).code == "manifest"
    later = inbox.release(pair.de.conn, pair.de.folder, got.quarantine_id,
                          now=created + timedelta(minutes=1), **kwargs)
    assert later.status == "merged"


def test_a_package_ahead_of_a_gap_is_merged_and_the_gap_reported(pair, tmp_path):
    """Sequence gaps hold nothing back (parts and USB sticks arrive in any order): 3
    before 2 is merged with 2 reported missing, and 2 fills the gap; nothing waits in
    quarantine for it."""
    for n in (1, 2, 3):
        _share(pair.nl, "BKA", tmp_path / f"p{n}.p7m")
    first, third = pair.de.receive([tmp_path / "p1.p7m", tmp_path / "p3.p7m"])
    assert (first.status, third.status) == ("merged", "merged")
    assert third.merge.summary()["missing_sequences"] == [2]
    second = pair.de.receive([tmp_path / "p2.p7m"])[0]
    assert second.status == "merged" and second.merge.summary()["missing_sequences"] == []
    assert pair.de.quarantine_list(include_released=True) == []


def test_a_reused_sequence_number_stays_refused(pair, tmp_path):
    """The reason persists (the sender's numbering is inconsistent): release says so."""
    _share(pair.nl, "BKA", tmp_path / "p1.p7m")
    assert pair.de.receive([tmp_path / "p1.p7m"])[0].status == "merged"
    reused = tmp_path / "reused.p7m"
    reused.write_bytes(_crafted(pair.nl, pair.de, 1))
    got = pair.de.receive([reused])[0]
    assert (got.status, got.code) == ("quarantined", "sequence")
    shown = pair.de.quarantine_show(got.quarantine_id)
    assert shown["package"]["sequence"] == 1 and shown["package"]["sender"]["partner"] == \
        "Politie"
    assert shown["now"] == {"accepted": False, "code": "sequence",
                            "reason": shown["now"]["reason"]}
    assert "already used" in shown["now"]["reason"]
    again = pair.de.quarantine_release(got.quarantine_id)
    assert (again.status, again.code) == ("quarantined", "sequence")
    assert pair.de.quarantine_list()[0]["qid"] == got.quarantine_id


def test_a_quarantined_file_changed_in_the_folder_is_not_released(pair, tmp_path):
    _share(pair.nl, "BKA", tmp_path / "p.p7m")
    pair.de.receive([tmp_path / "p.p7m"])
    qid = pair.de.receive([tmp_path / "p.p7m"])[0].quarantine_id
    kept = pair.de.folder / pair.de.quarantine_list()[0]["file"]
    kept.write_bytes(kept.read_bytes() + b"\0")
    with pytest.raises(ExchangeError, match="SHA-256 differs"):
        pair.de.quarantine_release(qid)
    assert pair.de.quarantine_list()[0]["released"] is None


def test_delete_removes_the_entry_and_its_file_and_audits_it(pair, tmp_path):
    _share(pair.nl, "BKA", tmp_path / "p.p7m")
    pair.de.receive([tmp_path / "p.p7m"])
    qid = pair.de.receive([tmp_path / "p.p7m"])[0].quarantine_id
    kept = pair.de.folder / pair.de.quarantine_list()[0]["file"]
    deleted = pair.de.quarantine_delete(qid)
    assert deleted["code"] == "replay" and not kept.exists()
    assert pair.de.quarantine_list(include_released=True) == []
    entry = pair.de.audit_entries()[-1]
    assert entry.action == "package.quarantine_delete"
    assert entry.details["quarantine_id"] == qid and entry.details["code"] == "replay"
    assert (tmp_path / "p.p7m").is_file()  # the person's file, still there
    for call in (pair.de.quarantine_delete, pair.de.quarantine_show,
                 pair.de.quarantine_release):
        with pytest.raises(ExchangeError, match=f"no quarantine entry {qid}"):
            call(qid)


# --- inputs that are no package file ---------------------------------------------------------

def test_missing_folder_or_unreadable_inputs_change_nothing(pair, tmp_path):
    good = tmp_path / "good.p7m"
    _share(pair.nl, "BKA", good)
    (tmp_path / "a-folder").mkdir()
    before, entries = intel_digest(pair.de), len(pair.de.audit_entries())
    for bad, message in ((tmp_path / "nope.p7m", "does not exist"),
                         (tmp_path / "a-folder", "is a folder, not a package file"),
                         (_unreadable(tmp_path), "Cannot read")):
        with pytest.raises(ExchangeError, match=message):
            pair.de.receive([good, bad])  # checked first: the good one is not received
        with pytest.raises(FormatError, match=message.replace("package file",
                                                             "file to import")):
            pair.de.import_file(bad)
    assert intel_digest(pair.de) == before
    assert len(pair.de.audit_entries()) == entries
    assert pair.de.quarantine_list(include_released=True) == []


# --- the command line ---------------------------------------------------------------------------

def _cli(folder: Path, tmp_path: Path) -> list:
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE)
    return ["--workspace", folder, "--passphrase-file", pp]


def _one_clean_line(result) -> str:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("liaison: "), result.stderr
    return lines[0]


@pytest.mark.slow
def test_quarantine_on_the_command_line(tmp_path):
    agencies = two_agencies(tmp_path)
    fr = new_workspace(tmp_path / "fr", "Police nationale", "FR")
    pin(agencies.de, fr, "Police", tmp_path / "fr-certs", verify=False)
    pin(fr, agencies.de, "BKA", tmp_path / "de-certs-2")
    given = tmp_path / "stick" / "from-fr.p7m"
    _share(fr, "BKA", given)
    fingerprint = fr.identity().fingerprint
    fr.close()
    agencies.close()
    de = _cli(tmp_path / "de", tmp_path)
    data = given.read_bytes()

    refused = run(*de, "receive", given)
    assert refused.returncode == 1 and "REFUSED (signer)" in refused.stdout
    assert "the file you gave was not changed" in refused.stdout
    assert given.read_bytes() == data
    listed = run(*de, "quarantine", "list")
    assert listed.returncode == 0
    assert "Police" in listed.stdout and "(signer)" in listed.stdout
    shown = run(*de, "quarantine", "show", "1")
    assert shown.returncode == 0, shown.stderr
    assert "Sender      Police" in shown.stdout
    assert "Now: still refused (signer)" in shown.stdout
    still = run(*de, "quarantine", "release", "1")
    assert still.returncode == 1 and "still REFUSED (signer)" in still.stdout

    assert run(*de, "partner", "verify", "Police", fingerprint).returncode == 0
    shown = run(*de, "quarantine", "show", "1")
    assert "Sequence    1 (part 1 of 1)" in shown.stdout
    assert "Holds       1 records, 0 retractions, " in shown.stdout
    assert "Now: It passes every check now" in shown.stdout
    released = run(*de, "quarantine", "release", "1")
    assert released.returncode == 0, released.stderr
    assert "Released quarantine entry 1: merged package" in released.stdout
    assert run(*de, "quarantine", "list").stdout.strip() == "Nothing is in quarantine."
    assert "released" in run(*de, "quarantine", "list", "--all").stdout

    replay = run(*de, "receive", given, "--json")
    assert replay.returncode == 1
    assert run(*de, "quarantine", "release", "2").returncode == 1
    deleted = run(*de, "quarantine", "delete", "2")
    assert deleted.returncode == 0 and "Deleted quarantine entry 2" in deleted.stdout
    gone = _one_clean_line(run(*de, "quarantine", "show", "2"))
    assert "There is no quarantine entry 2" in gone
    assert given.read_bytes() == data

    (tmp_path / "a-folder").mkdir()
    for command in ("receive", "import"):
        for bad, message in ((tmp_path / "nope.p7m", "does not exist"),
                             (tmp_path / "a-folder", "is a folder"),
                             (_unreadable(tmp_path), "Cannot read")):
            assert message in _one_clean_line(run(*de, command, bad))
