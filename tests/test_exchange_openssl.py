"""OpenSSL interop both ways, with the real ``openssl cms`` command.

A partner running nothing but OpenSSL must be able to open and verify our packages,
and to build packages Liaison accepts (ARCHITECTURE.md, Packages).
"""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from dataclasses import replace

import pytest
from asn1crypto import cms as asn1_cms

from liaison.exchange import certs, cms, identity
from liaison.exchange.cms_der import split_big
from liaison.exchange.package import signed_bytes
from liaison.exchange.package.manifest import Manifest
from liaison.exchange.package.records import dumps, record_json
from liaison.model.records import Record, stable_id
from liaison.store.record_rows import record_from_row

from .conftest import require
from .exchange_helpers import (
    OPENSSL,
    add_records,
    archive,
    cert_files,
    private_pem,
    run_openssl,
    sample,
    two_agencies,
)
from .test_cli import run
from .workspace_helpers import PASSPHRASE


@pytest.fixture
def pair(tmp_path):
    require(OPENSSL is not None, "the openssl command is not installed")
    agencies = two_agencies(tmp_path)
    yield agencies
    agencies.close()


def test_openssl_opens_and_verifies_a_liaison_package(pair, tmp_path):
    ids = add_records(pair.nl, sample("Politie NL", "NL", 2))
    package = pair.nl.share(["BKA"], record_ids=ids, redact=False).packages[0].file
    de_key = private_pem(pair.de, "encryption", tmp_path / "de-enc.key")
    de_cert = tmp_path / "de-enc.pem"
    de_cert.write_bytes(certs.pem(pair.de.identity().encryption_cert))
    nl_signing, _ = cert_files(pair.nl, tmp_path / "nl-public")
    signed = tmp_path / "signed.der"
    done = run_openssl("cms", "-decrypt", "-binary", "-inform", "DER", "-in", str(package),
                       "-recip", str(de_cert), "-inkey", str(de_key), "-out", str(signed))
    assert done.returncode == 0, done.stderr.decode()
    out = tmp_path / "package.zip"
    done = run_openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", str(signed),
                       "-CAfile", str(nl_signing), "-out", str(out))
    assert done.returncode == 0, done.stderr.decode()
    assert b"Verification successful" in done.stderr
    # The same ZIP Liaison itself verifies.
    plain, _ = cms.decrypt(package.read_bytes(), identity.decryption_keys(pair.de.conn))
    ours = cms.verify(plain, lambda *a: pair.nl.identity().signing_cert).content
    assert out.read_bytes() == ours
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(ours)).read("manifest.json"))
    assert manifest["recipients"][0]["encryption_fingerprint"] == \
        pair.de.identity().encryption_fingerprint
    # RSAES-OAEP key transport and AES-256 are what openssl saw.
    printed = run_openssl("cms", "-cmsout", "-print", "-inform", "DER", "-in", str(package))
    text = printed.stdout.decode()
    assert "rsaesOaep" in text and "aes-256-cbc" in text
    # Verified against the wrong certificate, openssl refuses.
    de_signing, _ = cert_files(pair.de, tmp_path / "de-public")
    bad = run_openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", str(signed),
                      "-CAfile", str(de_signing), "-out", str(tmp_path / "x.zip"))
    assert bad.returncode != 0


def _openssl_partner(tmp_path):
    """A partner agency whose keys and certificates openssl made."""
    files = {}
    for usage, ku in (("signing", "digitalSignature,nonRepudiation"),
                      ("encryption", "keyEncipherment")):
        key, cert = tmp_path / f"gr-{usage}.key", tmp_path / f"gr-{usage}.pem"
        done = run_openssl(
            "req", "-x509", "-newkey", "rsa:3072", "-nodes", "-keyout", str(key), "-out",
            str(cert), "-days", "30", "-subj", f"/C=GR/O=Hellenic Police/CN=HP {usage}",
            "-addext", f"keyUsage=critical,{ku}", "-addext", "extendedKeyUsage=emailProtection",
            "-addext", "basicConstraints=critical,CA:FALSE")
        assert done.returncode == 0, done.stderr.decode()
        files[usage] = (cert, key)
    return files


def _openssl_zip(sender_files, recipient) -> bytes:
    rec = Record(stable_id("HP", "openssl", "1"), "Hellenic Police", "GR", "HP-2025-7",
                 "Container seized at Piraeus", "Three containers were inspected.",
                 handling="H1", tlp="GREEN", reliability="B", assessment="2")
    sign_cert = certs.load_certificate(sender_files["signing"][0])
    enc_cert = certs.load_certificate(sender_files["encryption"][0])
    manifest = Manifest(
        str(uuid.uuid4()), certs.iso(certs.utcnow()),
        {"agency": "Hellenic Police", "country": "GR",
         "signing_fingerprint": certs.fingerprint(sign_cert),
         "encryption_fingerprint": certs.fingerprint(enc_cert)},
        [{"agency": recipient.agency, "country": recipient.country,
          "encryption_fingerprint": recipient.encryption_fingerprint, "sequence": 1}],
        str(uuid.uuid4()), 1, 1, {"records": 1, "entities": 0, "links": 0, "events": 0,
                                   "retractions": 0, "attachments": 0})
    return archive(dumps(record_json(rec)) + b"\n", manifest)


def _indefinite(path) -> None:
    """Re-encode a DER CMS object's outer SEQUENCE with an indefinite length (BER, as
    streaming encoders write it)."""
    der = path.read_bytes()
    assert der[0] == 0x30 and der[1] & 0x80
    path.write_bytes(b"\x30\x80" + der[2 + (der[1] & 0x7F):] + b"\x00\x00")


@pytest.mark.parametrize("key_transport", ["pkcs1", "oaep", "oaep-ber"])
def test_a_package_built_with_openssl_is_accepted(tmp_path, key_transport):
    """A BER package (indefinite lengths, as streaming encoders write) takes the full
    asn1crypto parse; DER ones the no-copy path (cms_der.split_big)."""
    require(OPENSSL is not None, "the openssl command is not installed")
    partner = _openssl_partner(tmp_path)
    pp = tmp_path / "pp.txt"
    pp.write_text(PASSPHRASE)
    ws = ["--workspace", str(tmp_path / "ws"), "--passphrase-file", str(pp)]
    assert run(*ws, "init", "--agency", "Politie NL", "--country", "NL",
               "--no-keyring").returncode == 0
    assert run(*ws, "identity", "create").returncode == 0
    pinned = run(*ws, "partner", "certs", "Hellenic Police", "--signing",
                 partner["signing"][0], "--encryption", partner["encryption"][0],
                 "--country", "GR", "--json")
    assert pinned.returncode == 0, pinned.stderr
    fingerprint = json.loads(pinned.stdout)["fingerprint"]
    verified = run(*ws, "partner", "verify", "Hellenic Police", certs.grouped(fingerprint))
    assert verified.returncode == 0, verified.stderr
    exported = run(*ws, "identity", "export", tmp_path / "ours")
    assert exported.returncode == 0
    our_enc = tmp_path / "ours" / "politie-nl-encryption.pem"
    from liaison.workspace import Workspace

    with Workspace.open(tmp_path / "ws", passphrase=PASSPHRASE, use_keyring=False) as w:
        ours = w.identity()
    (tmp_path / "content.zip").write_bytes(_openssl_zip(partner, ours))
    signed = tmp_path / "signed.der"
    ber = key_transport.endswith("ber")
    done = run_openssl("cms", "-sign", "-binary", "-nodetach", "-md", "sha256",
                       "-in", str(tmp_path / "content.zip"), "-signer", str(partner["signing"][0]),
                       "-inkey", str(partner["signing"][1]), "-keyopt", "rsa_padding_mode:pss",
                       "-outform", "DER", "-out", str(signed))
    assert done.returncode == 0, done.stderr.decode()
    if ber:
        _indefinite(signed)
    extra = ["-keyopt", "rsa_padding_mode:oaep", "-keyopt", "rsa_oaep_md:sha256"] \
        if key_transport.startswith("oaep") else []
    package = tmp_path / "from-openssl.p7m"
    done = run_openssl("cms", "-encrypt", "-binary", "-aes256", "-in", str(signed),
                       "-inform", "DER", "-outform", "DER", "-out", str(package),
                       "-recip", str(our_enc), *extra)
    assert done.returncode == 0, done.stderr.decode()
    if ber:
        _indefinite(package)
    fast = [split_big(f.read_bytes(), path, leaf) is not None for f, path, leaf in (
        (package, cms._ENVELOPED_PATH, 0x80), (signed, cms._SIGNED_PATH, 0x04))]
    assert fast == ([False, False] if ber else [True, True])
    received = run(*ws, "receive", package, "--json")
    assert received.returncode == 0, received.stdout + received.stderr
    result = json.loads(received.stdout)["results"][0]
    assert result["status"] == "merged" and result["partner"] == "Hellenic Police"
    stats = json.loads(run(*ws, "stats", "--json").stdout)
    assert stats["by_agency"] == {"Hellenic Police": 1}


def test_openssl_without_pss_is_refused_with_the_fix(tmp_path, pair):
    partner = _openssl_partner(tmp_path)
    pair.de.partner_certs("Hellenic Police", partner["signing"][0], partner["encryption"][0],
                          country="GR")
    fp = pair.de.exchange_partners()[0]["pending_fingerprint"]
    pair.de.partner_verify("Hellenic Police", fp)
    (tmp_path / "content.zip").write_bytes(_openssl_zip(partner, pair.de.identity()))
    signed = tmp_path / "signed.der"
    run_openssl("cms", "-sign", "-binary", "-nodetach", "-in", str(tmp_path / "content.zip"),
                "-signer", str(partner["signing"][0]), "-inkey", str(partner["signing"][1]),
                "-outform", "DER", "-out", str(signed))
    de_enc = tmp_path / "de-enc.pem"
    de_enc.write_bytes(certs.pem(pair.de.identity().encryption_cert))
    package = tmp_path / "v15.p7m"
    run_openssl("cms", "-encrypt", "-binary", "-aes256", "-in", str(signed), "-outform", "DER",
                "-out", str(package), "-recip", str(de_enc))
    got = pair.de.receive([package])[0]
    assert got.status == "quarantined" and "rsa_padding_mode:pss" in got.reason


def test_openssl_verifies_a_records_originator_signature(pair, tmp_path):
    # Issue 16: each record carries its originator's detached signature, which the
    # receiver keeps (to pass on with the record) and openssl verifies on its own.
    ids = add_records(pair.nl, sample("Politie NL", "NL", 1))
    package = pair.nl.share(["BKA"], record_ids=ids, redact=False).packages[0].file
    assert pair.de.receive([package])[0].status == "merged"
    cur = pair.de.conn.execute("SELECT r.*, s.der FROM records r JOIN record_signatures s "
                               "ON s.rid = r.rid AND s.version = r.version WHERE r.id = ?",
                               (ids[0],))
    row = dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))
    record = record_from_row(row)
    record.attachments = []  # the sample's first record has none
    # Assembled from DER pieces for speed (cms.sign_detached): canonical DER all the same.
    assert asn1_cms.ContentInfo.load(row["der"]).dump(force=True) == row["der"]
    content, signature = tmp_path / "record.json", tmp_path / "record.sig"
    content.write_bytes(signed_bytes(record))
    signature.write_bytes(row["der"])
    nl_signing, _ = cert_files(pair.nl, tmp_path / "nl-public")
    done = run_openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", str(signature),
                       "-content", str(content), "-certfile", str(nl_signing),
                       "-CAfile", str(nl_signing), "-out", str(tmp_path / "out.json"))
    assert done.returncode == 0, done.stderr.decode()
    assert b"Verification successful" in done.stderr
    assert json.loads(content.read_bytes())["record"]["id"] == ids[0]
    # One changed byte of the record and openssl refuses it too.
    content.write_bytes(signed_bytes(replace(record, title=record.title + ".")))
    bad = run_openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", str(signature),
                      "-content", str(content), "-certfile", str(nl_signing),
                      "-CAfile", str(nl_signing), "-out", str(tmp_path / "out.json"))
    assert bad.returncode != 0
