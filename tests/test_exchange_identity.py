"""Agency identity and partner certificates: key usages, CSRs, fingerprints, verification,
rollover with an overlap, revocation and a national CA."""

from __future__ import annotations

from datetime import timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from liaison.exchange import certs, identity, partners
from liaison.exchange.errors import ExchangeError, IdentityError, PartnerError
from liaison.workspace import Workspace

from .exchange_helpers import cert_files, new_workspace
from .workspace_helpers import PASSPHRASE


@pytest.fixture
def ws(tmp_path):
    w = Workspace.create(tmp_path / "ws", "Politie NL", "NL", use_keyring=False,
                         passphrase=PASSPHRASE)
    yield w
    w.close()


def _ext(cert, kind):
    return cert.extensions.get_extension_for_class(kind).value


def test_identity_keys_usages_and_fingerprints(ws, tmp_path):
    with pytest.raises(IdentityError, match="no agency identity"):
        ws.identity()
    ident = ws.identity_create()
    sign, enc = ident.signing_cert, ident.encryption_cert
    assert sign.public_key().key_size == enc.public_key().key_size == 3072
    assert not certs.same_public_key(sign.public_key(), enc.public_key())
    sign_ku, enc_ku = _ext(sign, x509.KeyUsage), _ext(enc, x509.KeyUsage)
    assert sign_ku.digital_signature and sign_ku.content_commitment
    assert not sign_ku.key_encipherment
    assert enc_ku.key_encipherment and not enc_ku.digital_signature
    assert ExtendedKeyUsageOID.EMAIL_PROTECTION in _ext(sign, x509.ExtendedKeyUsage)
    assert certs.agency_of(sign) == "Politie NL" and certs.country_of(enc) == "NL"
    groups = certs.grouped(ident.fingerprint).split()
    assert len(groups) == 16 and all(len(g) == 4 for g in groups)
    assert certs.parse_fingerprint(certs.grouped(ident.fingerprint).lower()) == ident.fingerprint
    with pytest.raises(IdentityError, match="already has"):
        ws.identity_create()
    paths = ws.identity_export(tmp_path / "out")
    assert [p.name for p in paths] == ["politie-nl-signing.pem", "politie-nl-encryption.pem",
                                       "politie-nl-fingerprints.txt"]
    assert certs.grouped_lines(ident.fingerprint)[0] in paths[2].read_text()
    # The private keys are nowhere on disk in clear: only inside the encrypted database.
    for path in ws.folder.rglob("*"):
        if path.is_file():
            assert b"PRIVATE KEY" not in path.read_bytes()
    blob = ws.conn.execute("SELECT private_key FROM identity_keys LIMIT 1").fetchone()[0]
    assert blob not in (ws.folder / "workspace.db").read_bytes()
    # Replacing keeps the old encryption key to open late packages.
    ws.identity_create(replace=True)
    assert len(identity.decryption_keys(ws.conn)) == 2


def _ca(name="Test National CA"):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = certs.utcnow()
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=90))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False,
                                         False), critical=True)
            .sign(key, hashes.SHA256()))
    return cert, key


def _issue(csr_pem: bytes, ca, days=60):
    ca_cert, ca_key = ca
    csr = x509.load_pem_x509_csr(csr_pem)
    now = certs.utcnow()
    builder = (x509.CertificateBuilder().subject_name(csr.subject).issuer_name(ca_cert.subject)
               .public_key(csr.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - timedelta(hours=1))
               .not_valid_after(now + timedelta(days=days)))
    for ext in csr.extensions:
        builder = builder.add_extension(ext.value, ext.critical)
    return builder.sign(ca_key, hashes.SHA256())


def test_csr_for_a_national_ca_and_import(ws, tmp_path):
    paths = ws.identity_csr(tmp_path / "csr")
    assert [p.suffix for p in paths] == [".csr", ".csr"]
    ca = _ca()
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    wrong = x509.CertificateSigningRequestBuilder().subject_name(
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "x")])).sign(other, hashes.SHA256())
    (tmp_path / "wrong.pem").write_bytes(certs.pem(_issue(
        wrong.public_bytes(serialization.Encoding.PEM), ca)))
    with pytest.raises(IdentityError, match="not issued for any key"):
        ws.identity_import_certificate(tmp_path / "wrong.pem")
    csrs = identity.pending_csrs(ws.conn)
    (tmp_path / "sign.pem").write_bytes(certs.pem(_issue(csrs["signing"], ca)))
    (tmp_path / "enc.pem").write_bytes(certs.pem(_issue(csrs["encryption"], ca)))
    assert ws.identity_import_certificate(tmp_path / "sign.pem")["active"] is False
    assert ws.identity_import_certificate(tmp_path / "enc.pem")["active"] is True
    assert ws.identity().signing_cert.issuer == ca[0].subject


def test_partner_verification_rollover_revocation(tmp_path):
    nl = new_workspace(tmp_path / "nl", "Politie NL", "NL")
    de = Workspace.create(tmp_path / "de", "Bundeskriminalamt", "DE", use_keyring=False,
                          passphrase=PASSPHRASE)
    de.identity_create()
    try:
        sign, enc = cert_files(de, tmp_path / "de1")
        with pytest.raises(PartnerError, match="different keys"):
            nl.partner_certs("BKA", sign, sign, country="DE")
        result = nl.partner_certs("BKA", sign, enc)  # the country comes from the certificate
        assert nl.exchange_partners()[0]["country"] == "DE"
        assert result["fingerprint"] == de.identity().fingerprint
        with pytest.raises(PartnerError, match=r"cannot receive.*not been verified"):
            partners.recipient_cert(nl.conn, "BKA")
        with pytest.raises(PartnerError, match="Do not verify"):
            nl.partner_verify("BKA", "00" * 32)
        assert any(e.action == "partner.verify_failed" for e in nl.audit_entries())
        nl.partner_verify("BKA", certs.grouped(result["fingerprint"]))
        old = partners.recipient_cert(nl.conn, "BKA")
        # Rollover: DE makes new keys; the new pair is pinned and verified; the old
        # signing certificate stays acceptable for the overlap only.
        de.identity_create(replace=True)
        sign2, enc2 = cert_files(de, tmp_path / "de2")
        nl.partner_certs("BKA", sign2, enc2)
        assert partners.recipient_cert(nl.conn, "BKA").fingerprint == old.fingerprint
        nl.partner_verify("BKA", de.identity().fingerprint, overlap_days=10)
        assert partners.recipient_cert(nl.conn, "BKA").fingerprint == \
            de.identity().encryption_fingerprint
        old_signing = partners.find(nl.conn, certs.fingerprint(certs.load_certificate(sign)))
        now = certs.utcnow()
        assert partners.signer_problem(nl.conn, old_signing, now) is None
        later = partners.signer_problem(nl.conn, old_signing, now + timedelta(days=11))
        assert later and "replaced by a newer one" in later
        status = {c["fingerprint"]: c["status"] for c in nl.exchange_partners()[0]["certificates"]}
        assert sorted(status.values()) == ["current", "current", "superseded", "superseded"]
        nl.partner_revoke("BKA", reason="key compromise")
        with pytest.raises(PartnerError, match="revoked"):
            partners.recipient_cert(nl.conn, "BKA")
    finally:
        nl.close()
        de.close()


def test_partner_certificates_chaining_to_a_pinned_ca(ws, tmp_path):
    ca = _ca()
    (tmp_path / "ca.pem").write_bytes(certs.pem(ca[0]))
    with pytest.raises(PartnerError, match="differs"):
        ws.partner_ca("Hellenic Police", tmp_path / "ca.pem", "11" * 32, country="GR")
    ws.partner_ca("Hellenic Police", tmp_path / "ca.pem", certs.fingerprint(ca[0]), country="GR")
    gr = Workspace.create(tmp_path / "gr", "Hellenic Police", "GR", use_keyring=False,
                          passphrase=PASSPHRASE)
    try:
        gr.identity_csr(tmp_path / "gr-csr")
        csrs = identity.pending_csrs(gr.conn)
        (tmp_path / "s.pem").write_bytes(certs.pem(_issue(csrs["signing"], ca)))
        (tmp_path / "e.pem").write_bytes(certs.pem(_issue(csrs["encryption"], ca)))
        result = ws.partner_certs("Hellenic Police", tmp_path / "s.pem", tmp_path / "e.pem")
        assert result["verified_by_ca"]
        assert partners.recipient_cert(ws.conn, "Hellenic Police")
        # A self-signed pair for the same partner does not chain: refused.
        gr.identity_create(replace=True)
        s2, e2 = cert_files(gr, tmp_path / "gr-self")
        with pytest.raises(PartnerError, match="does not chain"):
            ws.partner_certs("Hellenic Police", s2, e2)
    finally:
        gr.close()


def test_bad_certificate_files_say_what_is_wrong(ws, tmp_path):
    bad = tmp_path / "bad.pem"
    bad.write_text("not a certificate")
    with pytest.raises(ExchangeError, match=r"not an X\.509 certificate"):
        ws.partner_certs("X", bad, bad, country="FR")
    with pytest.raises(ExchangeError, match="Cannot read"):
        ws.partner_certs("X", tmp_path / "missing.pem", bad, country="FR")
    assert ws.exchange_partners() == []
