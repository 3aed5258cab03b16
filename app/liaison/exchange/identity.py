"""The agency's identity: separate RSA-3072 signing and encryption keys with certificates.

Keys are created here and stored only inside the encrypted workspace database as
PKCS#8 DER (ARCHITECTURE.md, "Key slots"); never in the keyring, never in a file.
The certificates are either self-signed (pinned by partners through the fingerprint)
or issued by a national CA from the CSRs made here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from liaison.exchange import certs
from liaison.exchange.errors import IdentityError
from liaison.model.countries import country_code_problem
from liaison.store.atomic import write_atomic
from liaison.store.database import Connection

KEY_SIZE = 3072
DEFAULT_DAYS = 3 * 365
# Certificates start a little in the past so a partner whose clock runs slow accepts them.
BACKDATE = timedelta(minutes=10)


@dataclass(frozen=True)
class Identity:
    """Our current certificates and their fingerprints."""

    agency: str
    country: str
    signing_cert: x509.Certificate
    encryption_cert: x509.Certificate

    @property
    def signing_fingerprint(self) -> str:
        return certs.fingerprint(self.signing_cert)

    @property
    def encryption_fingerprint(self) -> str:
        return certs.fingerprint(self.encryption_cert)

    @property
    def fingerprint(self) -> str:
        """The one fingerprint a partner reads back to verify both certificates."""
        return certs.identity_fingerprint(self.signing_fingerprint, self.encryption_fingerprint)

    @property
    def not_after(self) -> datetime:
        return min(self.signing_cert.not_valid_after_utc,
                   self.encryption_cert.not_valid_after_utc)

    def as_dict(self) -> dict[str, object]:
        return {"agency": self.agency, "country": self.country,
                "fingerprint": certs.grouped(self.fingerprint),
                "signing_fingerprint": certs.grouped(self.signing_fingerprint),
                "encryption_fingerprint": certs.grouped(self.encryption_fingerprint),
                "not_after": certs.iso(self.not_after)}


def _subject(agency: str, country: str, usage: str) -> x509.Name:
    agency, country = agency.strip(), country.strip().upper()
    if not agency or len(agency) > 64:
        raise IdentityError("The agency name must have 1 to 64 characters to go into a "
                            "certificate (X.520 organizationName).")
    if (problem := country_code_problem(country)) is not None:
        raise IdentityError(problem)
    cn = f"{agency[:64 - len(usage) - 1]} {usage}"
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, country),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, agency),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _key_usage(usage: str) -> x509.KeyUsage:
    signing = usage == "signing"
    return x509.KeyUsage(digital_signature=signing, content_commitment=signing,
                         key_encipherment=not signing, data_encipherment=False,
                         key_agreement=False, key_cert_sign=False, crl_sign=False,
                         encipher_only=False, decipher_only=False)


def _self_signed(key: rsa.RSAPrivateKey, subject: x509.Name, usage: str, now: datetime,
                 days: int) -> x509.Certificate:
    public = key.public_key()
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
               .public_key(public).serial_number(x509.random_serial_number())
               .not_valid_before(now - BACKDATE).not_valid_after(now + timedelta(days=days))
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
               .add_extension(_key_usage(usage), critical=True)
               # openssl cms checks the S/MIME purpose: emailProtection, when an EKU exists.
               .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                              critical=False)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False))
    return builder.sign(key, hashes.SHA256())


def _pkcs8(key: rsa.RSAPrivateKey) -> bytes:
    # No password: the database around it is the encryption (SQLCipher, AES-256).
    return key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def has_identity(conn: Connection) -> bool:
    return conn.execute("SELECT count(*) FROM identity_keys WHERE active = 1").fetchone()[0] == 2


def _refuse_existing(conn: Connection, replace: bool) -> None:
    if has_identity(conn) and not replace:
        raise IdentityError("This workspace already has an agency identity; creating a new "
                            "one means every partner must verify the new fingerprint. Ask for "
                            "a replacement explicitly (--replace).")


def _store(conn: Connection, usage: str, key: rsa.RSAPrivateKey,
           cert: x509.Certificate | None, csr: bytes | None, now: datetime) -> None:
    conn.execute(
        "INSERT INTO identity_keys (usage, private_key, certificate, csr, fingerprint, "
        "created, active) VALUES (?, ?, ?, ?, ?, ?, 0)",
        (usage, _stored_key(conn, usage, key), certs.der(cert) if cert else None, csr,
         certs.fingerprint(cert) if cert else None, certs.iso(now)))


def _stored_key(conn: Connection, usage: str, key: rsa.RSAPrivateKey) -> bytes:
    """A signing key is sealed to the release key once custody is on (store/users.py)."""
    if usage != "signing":
        return _pkcs8(key)
    from liaison.store.users import seal_signing_key

    custody = getattr(conn, "custody", None)
    return seal_signing_key(conn, _pkcs8(key), custody[0] if custody else "")


def _private_der(conn: Connection, blob: bytes) -> bytes:
    """The key's DER, opening a sealed signing key with the session's release key."""
    from liaison.store.users import open_signing_key

    custody = getattr(conn, "custody", None) or ("", None, "this")
    return open_signing_key(blob, custody[0], custody[1], custody[2])


def _activate_newest(conn: Connection) -> bool:
    """Make the newest certified signing and encryption keys current; True if it did."""
    newest = {}
    for usage in certs.USAGES:
        row = conn.execute("SELECT kid, certificate FROM identity_keys WHERE usage = ? "
                           "ORDER BY kid DESC LIMIT 1", (usage,)).fetchone()
        if row is None or row[1] is None:
            return False
        newest[usage] = row[0]
    conn.execute("UPDATE identity_keys SET active = 0")
    conn.execute("UPDATE identity_keys SET active = 1 WHERE kid IN (?, ?)",
                 (newest["signing"], newest["encryption"]))
    return True


def create_identity(conn: Connection, agency: str, country: str, *, days: int = DEFAULT_DAYS,
                    key_size: int = KEY_SIZE, replace: bool = False,
                    now: datetime | None = None) -> Identity:
    """New signing and encryption keys with self-signed certificates; run in a transaction.

    With ``replace`` the old keys stay (inactive) to open packages still addressed to them.
    """
    _refuse_existing(conn, replace)
    if key_size < certs.MIN_RSA_BITS:
        raise IdentityError(f"RSA keys need at least {certs.MIN_RSA_BITS} bits.")
    if not 1 <= days <= 3650:
        raise IdentityError("A certificate's validity must be between 1 and 3,650 days.")
    now = now or certs.utcnow()
    for usage in certs.USAGES:
        subject = _subject(agency, country, usage)
        key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
        _store(conn, usage, key, _self_signed(key, subject, usage, now, days), None, now)
    _activate_newest(conn)
    return current_identity(conn)


def create_csrs(conn: Connection, agency: str, country: str, *, key_size: int = KEY_SIZE,
                replace: bool = False, now: datetime | None = None) -> dict[str, bytes]:
    """New keys and a PEM certificate signing request for each, for a national CA.

    The keys wait (inactive) until both issued certificates are imported.
    """
    _refuse_existing(conn, replace)
    now = now or certs.utcnow()
    out = {}
    for usage in certs.USAGES:
        key = rsa.generate_private_key(public_exponent=65537, key_size=key_size)
        csr = (x509.CertificateSigningRequestBuilder()
               .subject_name(_subject(agency, country, usage))
               .add_extension(_key_usage(usage), critical=True)
               .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]),
                              critical=False)
               .sign(key, hashes.SHA256()))
        out[usage] = csr.public_bytes(serialization.Encoding.PEM)
        _store(conn, usage, key, None, out[usage], now)
    return out


def import_certificate(conn: Connection, cert: x509.Certificate,
                       now: datetime | None = None) -> tuple[str, bool]:
    """Attach a CA-issued certificate to the waiting key it was issued for.

    Returns (usage, activated): ``activated`` once both certificates are in. IdentityError
    when the certificate matches none of our waiting keys or does not fit its use.
    """
    now = now or certs.utcnow()
    public = cert.public_key()
    for kid, usage, blob, csr in conn.execute(
            "SELECT kid, usage, private_key, csr FROM identity_keys WHERE certificate IS NULL"
    ).fetchall():
        if csr is not None:  # the request's public key: a sealed signing key stays sealed
            mine = x509.load_pem_x509_csr(bytes(csr)).public_key()
        else:
            mine = serialization.load_der_private_key(_private_der(conn, blob),
                                                      password=None).public_key()
        if not certs.same_public_key(mine, public):  # type: ignore[arg-type]
            continue
        problems = certs.usage_problems(cert, usage)
        problem = certs.validity_problem(cert, now, "the certificate")
        if problem:
            problems.append(problem)
        if problems:
            raise IdentityError(f"The certificate fits our {usage} key but cannot be used: "
                                + "; ".join(problems) + ".")
        conn.execute("UPDATE identity_keys SET certificate = ?, fingerprint = ? WHERE kid = ?",
                     (certs.der(cert), certs.fingerprint(cert), kid))
        return usage, _activate_newest(conn)
    raise IdentityError("This certificate was not issued for any key waiting in this "
                        "workspace: its public key matches none of our certificate requests.")


def current_identity(conn: Connection) -> Identity:
    """Our active certificates; IdentityError when the workspace has none yet."""
    found = {}
    for usage, blob in conn.execute(
            "SELECT usage, certificate FROM identity_keys WHERE active = 1"):
        found[usage] = x509.load_der_x509_certificate(blob)
    if set(found) != set(certs.USAGES):
        raise IdentityError("This workspace has no agency identity yet: create one "
                            "(liaison identity create) or import the certificates the CA "
                            "issued for our requests (liaison identity import-cert).")
    sign = found["signing"]
    return Identity(certs.agency_of(sign), certs.country_of(sign), sign, found["encryption"])


def signing_key(conn: Connection) -> tuple[x509.Certificate, rsa.RSAPrivateKey]:
    row = conn.execute("SELECT certificate, private_key FROM identity_keys "
                       "WHERE active = 1 AND usage = 'signing'").fetchone()
    if row is None:
        current_identity(conn)  # raises the explanation
        raise IdentityError("The signing key is missing.")
    key = serialization.load_der_private_key(_private_der(conn, row[1]), password=None)
    assert isinstance(key, rsa.RSAPrivateKey)
    return x509.load_der_x509_certificate(row[0]), key


def decryption_keys(conn: Connection) -> list[tuple[x509.Certificate, rsa.RSAPrivateKey]]:
    """Every encryption key we hold, current first: late packages may use an older one."""
    out = []
    for cert_der, blob in conn.execute(
            "SELECT certificate, private_key FROM identity_keys WHERE usage = 'encryption' "
            "AND certificate IS NOT NULL ORDER BY active DESC, kid DESC"):
        key = serialization.load_der_private_key(blob, password=None)
        assert isinstance(key, rsa.RSAPrivateKey)
        out.append((x509.load_der_x509_certificate(cert_der), key))
    return out


def pending_csrs(conn: Connection) -> dict[str, bytes]:
    return {usage: csr for usage, csr in conn.execute(
        "SELECT usage, csr FROM identity_keys WHERE certificate IS NULL AND csr IS NOT NULL")}


def slug(text: str) -> str:
    """A file-name-safe form of an agency name."""
    kept = "".join(ch if ch.isalnum() else "-" for ch in text.strip().lower())
    return "-".join(filter(None, kept.split("-")))[:48] or "agency"


def export_certificates(identity: Identity, folder: Path) -> list[Path]:
    """Write both public certificates (PEM) and a fingerprint sheet into ``folder``."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise IdentityError(f"Cannot create {folder}: {exc.strerror or exc}.") from exc
    base = slug(identity.agency)
    paths = [folder / f"{base}-signing.pem", folder / f"{base}-encryption.pem",
             folder / f"{base}-fingerprints.txt"]
    sheet = "\n".join([
        f"{identity.agency} ({identity.country})", "",
        "Identity fingerprint (read this aloud to the partner):",
        *certs.grouped_lines(identity.fingerprint), "",
        f"Signing certificate:    {certs.grouped(identity.signing_fingerprint)}",
        f"Encryption certificate: {certs.grouped(identity.encryption_fingerprint)}",
        f"Valid until: {certs.iso(identity.not_after)}", ""])
    try:
        write_atomic(paths[0], certs.pem(identity.signing_cert), mode=0o644)
        write_atomic(paths[1], certs.pem(identity.encryption_cert), mode=0o644)
        write_atomic(paths[2], sheet.encode(), mode=0o644)
    except OSError as exc:
        raise IdentityError(f"Cannot write the certificates to {folder}: "
                            f"{exc.strerror or exc}.") from exc
    return paths
