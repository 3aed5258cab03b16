"""Packages between two real workspaces: share, receive, correct, retract, parts, replays.

Real parts: two SQLCipher workspaces with their own RSA-3072 identities, pinned and
verified both ways; the sharing policy and redaction of analysis/ run on every share.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from dataclasses import replace

import pytest

from liaison.exchange import cms, identity
from liaison.exchange.errors import ExchangeError, PackageError, PackageRefused, PartnerError
from liaison.exchange.package import PackageContent
from liaison.exchange.package.parts import budget, split
from liaison.model.records import Attachment, Record

from .exchange_helpers import add_records, intel_digest, sample, two_agencies


@pytest.fixture
def pair(tmp_path):
    agencies = two_agencies(tmp_path)
    yield agencies
    agencies.close()


def _pending_files(ws):
    return [ws.folder / e["file"] for e in ws.outbox_entries() if e["status"] == "pending"]


def test_share_receive_redacted_and_logged(pair):
    ids = add_records(pair.nl, sample("Politie NL", "NL", 3))
    result = pair.nl.share(["BKA"], record_ids=ids)
    assert result.redacted and len(result.packages) == 1
    package = result.packages[0]
    assert package.counts["records"] == 3
    # The package on disk is CMS EnvelopedData: the record text is not in its bytes.
    data = package.file.read_bytes()
    assert b"harbour" not in data and b"Courier" not in data
    received = pair.de.receive([package.file])
    assert received[0].status == "merged", received[0].reason
    rows = pair.de.conn.execute("SELECT id, agency, version FROM records ORDER BY id").fetchall()
    assert sorted(r[0] for r in rows) == sorted(ids)
    assert {r[1] for r in rows} == {"Politie NL"}
    # Redaction ran: the person's name was pseudonymised before it left.
    names = [r[0] for r in pair.de.conn.execute("SELECT raw FROM entity_values")]
    assert names and not any("Number1" in n for n in names)
    actions = [e.action for e in pair.de.audit_entries()]
    assert "package.receive" in actions
    nl_actions = [e.action for e in pair.nl.audit_entries()]
    assert "package.build" in nl_actions and "share.disclose" in nl_actions
    assert pair.de.inbox_entries()[0]["sequence"] == 1


def test_unverified_or_unknown_partner_cannot_receive(pair, tmp_path):
    ids = add_records(pair.nl, sample("Politie NL", "NL", 1))
    with pytest.raises(PartnerError, match="no partner named"):
        pair.nl.share(["Nobody"], record_ids=ids)
    pair.nl.partner_revoke("BKA", reason="test")
    with pytest.raises(PartnerError, match="revoked"):
        pair.nl.share(["BKA"], record_ids=ids)


def test_correction_and_retraction_reach_the_recipient(pair):
    ids = add_records(pair.nl, sample("Politie NL", "NL", 2))
    pair.de.receive([pair.nl.share(["BKA"], record_ids=ids).packages[0].file])
    stored = pair.nl.conn.execute("SELECT * FROM records WHERE id = ?", (ids[0],))
    names = [d[0] for d in stored.description]
    row = dict(zip(names, stored.fetchone(), strict=True))
    corrected = Record(row["id"], row["agency"], row["country"], row["reference"],
                       "Corrected report on harbour logistics", "Shipment was on the 4th.",
                       handling="H1", tlp="GREEN")
    update = pair.nl.correct(corrected)
    assert len(update.packages) == 1 and update.packages[0].recipients == ["BKA"]
    assert pair.de.receive(_pending_files(pair.nl))[0].status == "merged"
    title, version = pair.de.conn.execute("SELECT title, version FROM records WHERE id = ?",
                                          (ids[0],)).fetchone()
    assert version == 2 and title.startswith("Corrected")
    done = pair.nl.retract(ids[0], "source withdrew the report")
    assert done.packages[0].counts["retractions"] == 1
    # Nothing more is due once the retraction is queued.
    assert pair.nl.send_updates().packages == []
    assert pair.de.receive(_pending_files(pair.nl)[:1])[0].status == "merged"
    row = pair.de.conn.execute("SELECT title, narrative, status, version, rid FROM records "
                               "WHERE id = ?", (ids[0],)).fetchone()
    assert row[:4] == ("", "", "retracted", 3)
    assert pair.de.conn.execute("SELECT count(*) FROM record_versions WHERE rid = ?",
                                (row[4],)).fetchone()[0] == 0
    hits = pair.de.search_records("Corrected")
    assert all(h.id != ids[0] for h in hits.hits)
    # The other record is untouched.
    assert pair.de.conn.execute("SELECT status FROM records WHERE id = ?",
                                (ids[1],)).fetchone()[0] == "active"


def test_only_the_originator_may_retract_or_correct(pair):
    ids = add_records(pair.de, sample("Bundeskriminalamt", "DE", 1))
    with pytest.raises(ExchangeError, match="not in this workspace"):
        pair.de.retract("no-such-record", "x")
    pair.nl.receive([pair.de.share(["Politie"], record_ids=ids).packages[0].file])
    with pytest.raises(ExchangeError, match="only the originator"):
        pair.nl.retract(ids[0], "not ours")
    with pytest.raises(ExchangeError, match="needs a reason"):
        pair.de.retract(ids[0], "  ")


def test_merging_the_same_content_twice_changes_nothing(pair):
    ids = add_records(pair.nl, sample("Politie NL", "NL", 2))
    first = pair.nl.share(["BKA"], record_ids=ids, redact=False)
    second = pair.nl.share(["BKA"], record_ids=ids, redact=False)
    assert pair.de.receive([first.packages[0].file])[0].status == "merged"
    before = intel_digest(pair.de)
    again = pair.de.receive([second.packages[0].file])[0]
    assert again.status == "merged"
    counts = again.merge.report.counts
    assert counts["records"].unchanged == 2 and counts["records"].imported == 0
    assert counts["entities"].imported == 0
    # Only the inbox row of the second package is new.
    pair.de.conn.execute("SELECT 1")
    assert intel_digest(pair.de) != before
    assert pair.de.stats()["records"] == 2


def test_large_share_splits_into_self_contained_parts(pair):
    items = sample("Politie NL", "NL", 6)
    for item in items:
        if isinstance(item, Record):
            blob = os.urandom(50_000)
            item.attachments = [Attachment(hashlib.sha256(blob).hexdigest(), "scan.bin",
                                           "application/octet-stream", blob)]
    ids = add_records(pair.nl, items)
    pair.nl.package_cap = pair.de.package_cap = 200_000
    result = pair.nl.share(["BKA"], record_ids=ids, redact=False)
    assert len(result.packages) == 3
    assert all(p.size <= 200_000 for p in result.packages)
    assert {p.parts for p in result.packages} == {3}
    # Parts open in any order, each on its own.
    for package in reversed(result.packages):
        assert pair.de.receive([package.file])[0].status == "merged"
    assert pair.de.stats()["records"] == 6
    assert pair.de.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 6


def test_a_record_larger_than_the_cap_is_refused_clearly(pair):
    items = sample("Politie NL", "NL", 1, attachment=os.urandom(300_000))
    content = PackageContent(records=[i for i in items if isinstance(i, Record)])
    with pytest.raises(PackageError, match="more than one package may carry"):
        split(content, budget(200_000, 1))


def test_zip_inside_is_what_was_built(pair):
    ids = add_records(pair.nl, sample("Politie NL", "NL", 1))
    package = pair.nl.share(["BKA"], record_ids=ids, redact=False).packages[0]
    plain, _ = cms.decrypt(package.file.read_bytes(), identity.decryption_keys(pair.de.conn))
    content = cms.verify(plain, lambda *a: pair.nl.identity().signing_cert).content
    import io

    names = zipfile.ZipFile(io.BytesIO(content)).namelist()
    assert set(names) == {"manifest.json", "records.jsonl", "retractions.jsonl"}


def test_third_party_record_cannot_be_changed_by_a_forwarder(pair, tmp_path):
    # DE holds a record of agency X; NL later sends a "newer version" of it: refused.
    items = sample("Agency X", "FR", 1)
    ids = add_records(pair.de, items)
    x_record = next(i for i in items if isinstance(i, Record))
    forged = replace(x_record, version=5, title="Changed by a forwarder")
    add_records(pair.nl, [forged])
    result = pair.nl.share(["BKA"], record_ids=ids, redact=False)
    got = pair.de.receive([result.packages[0].file])[0]
    assert got.status == "merged"
    # Kept aside as a relayed claim (issue 16), counted apart from the records.
    assert got.merge.relayed_total == 1
    assert got.merge.report.counts["records"].merged == 0
    assert pair.de.conn.execute("SELECT version FROM records WHERE id = ?",
                                (ids[0],)).fetchone()[0] == 1


def test_stored_attachments_are_read_in_place_with_zipfiles_checks():
    """Attachments come back as views into the archive (no copy), after the checks
    zipfile makes: CRC-32, local header name, declared size."""
    from liaison.exchange.errors import PackageRefused
    from liaison.exchange.package.archive import MANIFEST, ArchiveWriter
    from liaison.exchange.package.archive import read as read_archive

    body = os.urandom(50_000)
    name = f"attachments/{hashlib.sha256(body).hexdigest()}"
    writer = ArchiveWriter()
    writer.add(name, [body], compress=False)
    writer.add(MANIFEST, [b"{}"], compress=True)
    data = bytes(writer.finish())
    entries = read_archive(data)
    assert isinstance(entries[name], memoryview) and entries[name] == body
    assert entries[MANIFEST] == b"{}" and isinstance(entries[MANIFEST], bytes)

    flipped = bytearray(data)
    flipped[data.index(body[:64]) + 1000] ^= 0x01
    with pytest.raises(PackageRefused, match="bad CRC-32"):
        read_archive(bytes(flipped))
    renamed = bytearray(data)  # the local header (first copy of the name) differs
    at = data.index(name.encode()) + len("attachments/")
    renamed[at] = ord("0") if renamed[at] != ord("0") else ord("1")
    with pytest.raises(PackageRefused, match="damaged"):
        read_archive(bytes(renamed))
    assert data.count(name.encode()) == 2  # local header and central directory


def test_overlapping_archive_entries_are_refused():
    """Two central-directory entries sharing bytes (the overlapping-zip-bomb trick) are
    refused even on Pythons whose zipfile does not check it."""
    import struct

    from liaison.exchange.errors import PackageRefused
    from liaison.exchange.package.archive import MANIFEST, ArchiveWriter
    from liaison.exchange.package.archive import read as read_archive

    body = os.urandom(20_000)
    name = f"attachments/{hashlib.sha256(body).hexdigest()}"
    writer = ArchiveWriter()
    writer.add(name, [body], compress=False)
    writer.add(MANIFEST, [b"{}"], compress=False)
    data = bytearray(writer.finish())
    assert read_archive(bytes(data))[MANIFEST] == b"{}"
    second = data.index(b"PK\x01\x02", data.index(b"PK\x01\x02") + 4)  # MANIFEST's entry
    struct.pack_into("<L", data, second + 42, 30)  # its data now starts inside the first's
    with pytest.raises(PackageRefused, match="overlap"):
        read_archive(bytes(data))


def test_a_record_erased_here_stays_erased_when_the_partner_shares_it_again(pair):
    ids = add_records(pair.nl, sample("Politie NL", "NL", 1, attachment=b"scan of a passport"))
    first = pair.nl.share(["BKA"], record_ids=ids).packages[0].file
    assert pair.de.receive([first])[0].status == "merged"
    person_values = ("SELECT count(*) FROM entity_values v JOIN entity_records er "
                     "ON er.eid = v.eid JOIN records r ON r.rid = er.rid WHERE r.id = ?")
    assert pair.de.conn.execute(person_values, (ids[0],)).fetchone()[0] > 0
    pair.de.erase(ids[0], "Retention period ended")
    assert pair.de.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    again = pair.nl.share(["BKA"], record_ids=ids).packages[0].file  # same version
    received = pair.de.receive([again])[0]
    assert received.status == "merged"
    assert pair.de.conn.execute("SELECT status, title FROM records WHERE id = ?",
                                (ids[0],)).fetchone() == ("erased", "")
    assert pair.de.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert pair.de.conn.execute(person_values, (ids[0],)).fetchone()[0] == 0
    assert pair.de.search_records("harbour").total == 0


# --- building without copies: the DER and ZIP come out as the libraries write them -----


def _self_signed():
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Bench Agency")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(4242).not_valid_before(now)
            .not_valid_after(now + timedelta(days=1)).sign(key, hashes.SHA256()))
    return cert, key


def _boundary_lengths():
    # The content's own header and every header above it cross the short-form (127/128),
    # one-byte (255/256), two-byte (65535/65536) and three-byte length boundaries.
    for edge in (128, 256):
        yield from range(0, edge + 40)
    yield from range(65536 - 60, 65536 + 8)
    yield (1 << 24) - 30
    yield 1 << 24


def test_wrap_big_equals_asn1crypto_dump_around_length_boundaries():
    """head + content + tail from the emptied skeleton is byte for byte what asn1crypto
    encodes with the content in place."""
    from asn1crypto import cms as acms

    from liaison.exchange.cms_der import split_big, wrap_big

    path = [(0xA0, 0), (0x30, 0), (0x30, 0), (0xA0, 0)]

    def signed(content: bytes) -> bytes:
        return acms.ContentInfo({"content_type": "signed_data", "content": acms.SignedData({
            "version": "v1", "digest_algorithms": [{"algorithm": "sha256"}],
            "encap_content_info": {"content_type": "data", "content": content},
            "signer_infos": []})}).dump()

    skeleton = signed(b"")
    for n in _boundary_lengths():
        content = bytes([n % 251]) * n
        head, tail = wrap_big(skeleton, path, 0x04, n)
        expected = signed(content)
        assert head + content + tail == expected, n
        assert split_big(expected, path, 0x04)[0] == skeleton
    with pytest.raises(ValueError):
        wrap_big(signed(b"not empty"), path, 0x04, 5)


def test_signed_data_is_what_cryptographys_builder_writes():
    """Everything but the signing time and the (randomised PSS) signature is the same
    DER as PKCS7SignatureBuilder's, and the result verifies."""
    from asn1crypto import cms as acms
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    cert, key = _self_signed()
    for content in (b"", b"PK" + os.urandom(300), os.urandom(70_000)):
        ours = cms.sign(content, cert, key)
        theirs = (pkcs7.PKCS7SignatureBuilder().set_data(content)
                  .add_signer(cert, key, hashes.SHA256(), rsa_padding=cms.pss_padding())
                  .sign(serialization.Encoding.DER,
                        [pkcs7.PKCS7Options.Binary, pkcs7.PKCS7Options.NoCapabilities]))
        assert len(ours) == len(theirs)
        a, b = (acms.ContentInfo.load(d)["content"] for d in (ours, theirs))
        for name in ("version", "digest_algorithms", "encap_content_info", "certificates"):
            assert a[name].dump() == b[name].dump(), name
        sa, sb = a["signer_infos"][0], b["signer_infos"][0]
        for name in ("version", "sid", "digest_algorithm", "signature_algorithm"):
            assert sa[name].dump() == sb[name].dump(), name
        assert [x["type"].native for x in sa["signed_attrs"]] == [
            x["type"].native for x in sb["signed_attrs"]]
        assert sa["signed_attrs"][2].dump() == sb["signed_attrs"][2].dump()  # the digest
        assert bytes(cms.verify(ours, lambda *_: cert).content) == content
        assert bytes(cms.verify(theirs, lambda *_: cert).content) == content


def test_a_record_signature_is_the_package_signature_without_content_or_certificate():
    """cms.sign_detached assembles DER by hand (one per record, issue 16.1): canonical
    DER, the same SignerInfo fields and signed attributes as asn1crypto writes for a
    package, verifying over the content alone, never over another."""
    from datetime import UTC, datetime

    from asn1crypto import cms as acms

    cert, key = _self_signed()
    for when in (datetime(2049, 12, 31, 23, 59, 59, tzinfo=UTC),
                 datetime(2050, 1, 1, 0, 0, 1, tzinfo=UTC)):
        content = os.urandom(500)
        detached = cms.sign_detached(content, cert, key, now=when)
        head, tail = cms.sign_around(content, cert, key, now=when)
        assert acms.ContentInfo.load(detached).dump(force=True) == detached
        a = acms.ContentInfo.load(detached)["content"]
        b = acms.ContentInfo.load(head + content + tail)["content"]
        assert a["encap_content_info"].native == {"content_type": "data", "content": None}
        assert not a["certificates"] and a["digest_algorithms"].dump() == \
            b["digest_algorithms"].dump()
        sa, sb = a["signer_infos"][0], b["signer_infos"][0]
        for name in ("version", "sid", "digest_algorithm", "signed_attrs",
                     "signature_algorithm"):
            assert sa[name].dump() == sb[name].dump(), name
        assert sa["signed_attrs"][1]["values"][0].native == when
        assert cms.verify(detached, lambda *_: cert, detached=content).signer == cert
        with pytest.raises(cms.DigestMismatch):
            cms.verify(detached, lambda *_: cert, detached=content + b".")
        with pytest.raises(PackageRefused, match="content of its own"):
            cms.verify(head + content + tail, lambda *_: cert, detached=content)


def test_archive_pieces_hold_attachments_by_reference_and_join_to_zipfiles_bytes():
    """The ZIP is written as pieces, the attachments not copied; joined, the pieces are
    exactly the bytes zipfile writes into a BytesIO."""
    import io

    from liaison.exchange.package.archive import MANIFEST, RECORDS, ArchiveWriter

    bodies = [os.urandom(300_000), os.urandom(70_000), os.urandom(1000)]
    names = [f"attachments/{hashlib.sha256(b).hexdigest()}" for b in bodies]
    writer = ArchiveWriter()
    writer.add(RECORDS, [b'{"a": 1}\n' * 5000], compress=True)
    for name, body in zip(names, bodies, strict=True):
        writer.add(name, [body], compress=False)
    writer.add(MANIFEST, [b"{}"], compress=True)
    pieces = writer.finish_pieces()
    assert any(p.obj is bodies[0] for p in pieces) and any(p.obj is bodies[1] for p in pieces)

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", allowZip64=True) as plain:
        for name, data, deflate in ((RECORDS, b'{"a": 1}\n' * 5000, True),
                                    *((n, b, False) for n, b in zip(names, bodies,
                                                                    strict=True)),
                                    (MANIFEST, b"{}", True)):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
            info.external_attr = 0o600 << 16
            with plain.open(info, "w", force_zip64=True) as fh:
                fh.write(data)
    assert b"".join(pieces) == buffer.getvalue()


def test_envelope_of_pieces_opens_as_the_joined_content():
    cert, key = _self_signed()
    pieces = [b"head", os.urandom(3 << 20), b"", os.urandom(17), b"tail"]
    for content in (pieces, b"".join(pieces), b"", b"x" * 16):
        data = b"".join(cms.envelope(content, [cert]))
        plain, used = cms.decrypt(data, [(cert, key)])
        expected = b"".join(content) if isinstance(content, list) else content
        assert bytes(plain) == expected and used == cert


def test_text_that_deflates_too_well_is_sent_stored_and_received(pair):
    """Issue 16: receivers refuse entries that expand more than 100 times, whatever their
    size. A record of very repetitive text would deflate further than that; the sender
    stores records.jsonl uncompressed instead, so the package is still received."""
    items = sample("Politie NL", "NL", 1, tag="repetitive")
    items[0].narrative = "Container seen at the quay. " * 20_000
    ids = add_records(pair.nl, items)
    built = pair.nl.share(["BKA"], record_ids=ids, redact=False).packages[0]
    [result] = pair.de.receive([built.file])
    assert result.status == "merged", result
    row = pair.de.conn.execute("SELECT narrative FROM records WHERE id = ?",
                               (ids[0],)).fetchone()
    assert row[0] == items[0].narrative


def test_a_person_twice_in_one_package_merges_as_in_order(pair, tmp_path):
    """The merge reads stored rows ahead and batches its writes (issue 19); a second copy
    of an entity in the same package must still see what the first left. (A record twice
    is refused when the package is opened.)"""
    from liaison.exchange.outbox import sender
    from liaison.exchange.package import Recipient, build_package
    from liaison.exchange.partners import recipient_cert
    from liaison.model.records import Entity

    rec, person = sample("Politie NL", "NL", 1)
    again = Entity(person.id, "Person", record_ids=[rec.id])
    again.add_raw("name", "Courier Second")
    content = PackageContent(records=[rec], entities=[person, again])
    path = tmp_path / "twice.p7m"
    build_package(content, sender(pair.nl.conn),
                  [Recipient("BKA", recipient_cert(pair.nl.conn, "BKA").cert, 1)],
                  path, cap=1 << 24)
    got = pair.de.receive([path])[0]
    assert got.status == "merged", got.reason
    conn = pair.de.conn
    rid, origin = conn.execute("SELECT rid, origin_pid FROM records WHERE id = ?",
                               (rec.id,)).fetchone()
    assert origin is not None
    names = sorted(r for (r,) in conn.execute(
        "SELECT v.raw FROM entity_values v JOIN entities e ON e.eid = v.eid "
        "WHERE e.id = ? AND v.prop = 'name'", (person.id,)))
    assert names == ["Courier Number1", "Courier Second"]
    assert conn.execute("SELECT rid FROM entity_records").fetchall() == [(rid,)]
    counts = got.merge.report.counts
    assert counts["entities"].imported == 1 and counts["entities"].merged == 1
