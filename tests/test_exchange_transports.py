"""Two agencies exchanging both ways over a shared folder (USB stick) and over SFTP to a
real OpenSSH server on loopback, including a correction and a retraction."""

from __future__ import annotations

import pytest

from liaison.exchange.errors import TransportError
from liaison.model.records import Record

from .exchange_helpers import add_records, sample, two_agencies
from .sshd_server import OpenSsh


@pytest.fixture
def pair(tmp_path):
    agencies = two_agencies(tmp_path)
    yield agencies
    agencies.close()


@pytest.fixture
def sshd(tmp_path):
    """A real OpenSSH server on 127.0.0.1, key auth only, for this test."""
    server = OpenSsh(tmp_path)
    yield server.info
    server.stop()


def _exchange_both_ways(pair, transport: str) -> None:
    nl_ids = add_records(pair.nl, sample("Politie NL", "NL", 2, tag="nl"))
    de_ids = add_records(pair.de, sample("Bundeskriminalamt", "DE", 1, tag="de"))
    pair.nl.share(["BKA"], record_ids=nl_ids)
    pair.de.share(["Politie"], record_ids=de_ids)
    out = pair.nl.sync(transport)
    assert [f.status for f in out.fates] == ["delivered"], out.as_dict()
    both = pair.de.sync(transport)
    statuses = sorted(f.status for f in both.fates)
    assert statuses == ["delivered", "merged"], both.as_dict()
    back = pair.nl.sync(transport)
    assert [f.status for f in back.fates] == ["merged"], back.as_dict()
    assert pair.de.stats()["by_agency"] == {"Bundeskriminalamt": 1, "Politie NL": 2}
    assert pair.nl.stats()["by_agency"] == {"Politie NL": 2, "Bundeskriminalamt": 1}
    # A correction by NL, a retraction by DE: each reaches the other on the next sync.
    row = pair.nl.conn.execute("SELECT id, agency, country, reference FROM records "
                               "WHERE id = ?", (nl_ids[0],)).fetchone()
    pair.nl.correct(Record(*row, title="Corrected: harbour logistics", handling="H1",
                           tlp="GREEN"))
    pair.de.retract(de_ids[0], "the source recanted")
    pair.nl.sync(transport)
    pair.de.sync(transport)
    pair.nl.sync(transport)
    assert pair.de.conn.execute("SELECT version FROM records WHERE id = ?",
                                (nl_ids[0],)).fetchone()[0] == 2
    assert pair.nl.conn.execute("SELECT status, title FROM records WHERE id = ?",
                                (de_ids[0],)).fetchone() == ("retracted", "")
    for ws in (pair.nl, pair.de):
        assert all(e["status"] == "delivered" for e in ws.outbox_entries())
        assert ws.quarantine_entries() == []
        assert not list((ws.folder / "incoming").glob("*.p7m"))


def test_folder_transport_both_ways(pair, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    pair.nl.transport_add_folder("usb", stick)
    pair.de.transport_add_folder("usb", stick)
    _exchange_both_ways(pair, "usb")


def test_stick_pulled_out_mid_copy_imports_nothing_partial(pair, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    pair.nl.transport_add_folder("usb", stick)
    pair.de.transport_add_folder("usb", stick)
    ids = add_records(pair.nl, sample("Politie NL", "NL", 1))
    package = pair.nl.share(["BKA"], record_ids=ids).packages[0]
    pair.nl.sync("usb")
    dropped = next(stick.rglob("*.p7m"))
    # A copy interrupted before its rename: only the temporary name exists.
    partial = dropped.with_name(f".{dropped.name}.part")
    partial.write_bytes(dropped.read_bytes()[:1000])
    data = dropped.read_bytes()
    dropped.unlink()
    report = pair.de.sync("usb")
    assert report.fates == [] and pair.de.stats()["records"] == 0
    # A complete-looking name with half the bytes (no fsync on a FAT stick): quarantined.
    dropped.write_bytes(data[: len(data) // 2])
    report = pair.de.sync("usb")
    assert [f.status for f in report.fates] == ["quarantined"]
    assert "incomplete" in report.fates[0].reason
    assert pair.de.stats()["records"] == 0
    # The whole file arrives later: merged.
    dropped.write_bytes(data)
    report = pair.de.sync("usb")
    assert [(f.status, f.package_id) for f in report.fates] == [("merged", package.package_id)]


def test_missing_stick_is_reported(pair, tmp_path):
    pair.nl.transport_add_folder("usb", tmp_path / "not-plugged-in")
    report = pair.nl.sync("usb")
    assert report.fates == [] and "plugged in" in report.errors[0]


def test_sftp_both_ways_with_a_real_openssh_server(pair, sshd):
    for ws in (pair.nl, pair.de):
        ws.transport_add_sftp("drop", host="127.0.0.1", port=sshd["port"], user=sshd["user"],
                              key=sshd["key"], host_key_fingerprint=sshd["fingerprint"],
                              base=sshd["base"])
    listed = pair.nl.transport_list()
    assert listed[0]["host_key"] == sshd["fingerprint"] and "key" not in listed[0]
    _exchange_both_ways(pair, "drop")


def test_sftp_refuses_an_unknown_host_key(pair, sshd):
    wrong = "SHA256:" + "A" * 43
    pair.nl.transport_add_sftp("drop", host="127.0.0.1", port=sshd["port"], user=sshd["user"],
                               key=sshd["key"], host_key_fingerprint=wrong, base=sshd["base"])
    report = pair.nl.sync("drop")
    assert "not the pinned" in report.errors[0] and sshd["fingerprint"] in report.errors[0]
    with pytest.raises(TransportError, match="not an SSH host key fingerprint"):
        pair.de.transport_add_sftp("x", host="h", port=22, user="u", key=sshd["key"],
                                   host_key_fingerprint="md5:aa:bb")
