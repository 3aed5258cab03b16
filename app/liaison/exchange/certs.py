"""X.509 certificates as the exchange uses them: loading, fingerprints, key usages, validity.

A fingerprint is the SHA-256 of the certificate's DER encoding, shown as 16 groups of
four hex digits so an officer can read it aloud over the phone. An agency's
*identity fingerprint* covers both its certificates (signing, then encryption), so one
number read aloud verifies the pair.
"""

from __future__ import annotations

import hashlib
import re
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from liaison.exchange.errors import ExchangeError

USAGES = ("signing", "encryption")
MIN_RSA_BITS = 2048
_HEX = re.compile(r"[0-9a-f]{64}")
_SEPARATORS = re.compile(r"[\s:\-]")


def utcnow() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """UTC ISO 8601 to the second, with a Z: how the exchange tables store times."""
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def parse_iso(text: str) -> datetime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def load_certificate(source: Path | bytes, what: str = "certificate") -> x509.Certificate:
    """A certificate from a PEM or DER file (or bytes); ExchangeError names what is wrong."""
    name = str(source) if isinstance(source, Path) else what
    if isinstance(source, Path):
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise ExchangeError(f"Cannot read the {what} {source}: {exc.strerror or exc}.") from exc
    else:
        data = source
    if len(data) > 64 * 1024:
        raise ExchangeError(f"{name} is {len(data):,} bytes: too large to be one certificate.")
    try:
        if b"-----BEGIN CERTIFICATE-----" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError as exc:
        raise ExchangeError(f"{name} is not an X.509 certificate in PEM or DER form "
                            f"({exc}).") from exc


def der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 of the DER certificate, 64 lower-case hex digits."""
    return cert.fingerprint(hashes.SHA256()).hex()


def identity_fingerprint(signing_fp: str, encryption_fp: str) -> str:
    """One fingerprint over an agency's two certificates (signing first)."""
    return hashlib.sha256(bytes.fromhex(signing_fp) + bytes.fromhex(encryption_fp)).hexdigest()


def grouped(fp: str) -> str:
    """'3F2A 9C01 ...': 16 groups of four upper-case hex digits, for reading aloud."""
    text = fp.upper()
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))


def grouped_lines(fp: str) -> list[str]:
    """The grouped fingerprint as four lines of four groups (how the UI shows it)."""
    groups = grouped(fp).split()
    return [" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4)]


def parse_fingerprint(text: str) -> str:
    """A fingerprint as typed (spaces, colons, dashes, any case) → 64 lower-case hex."""
    compact = _SEPARATORS.sub("", text).lower()
    if not _HEX.fullmatch(compact):
        raise ExchangeError(f"'{text[:100]}' is not a SHA-256 fingerprint: it needs 64 "
                            "hexadecimal digits (spaces and colons are allowed).")
    return compact


def subject_attr(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> str:
    values = cert.subject.get_attributes_for_oid(oid)
    return str(values[0].value).strip() if values else ""


def agency_of(cert: x509.Certificate) -> str:
    """The organisation a certificate names (O, else CN): its records' originator name."""
    return subject_attr(cert, NameOID.ORGANIZATION_NAME) or subject_attr(
        cert, NameOID.COMMON_NAME)


def country_of(cert: x509.Certificate) -> str:
    return subject_attr(cert, NameOID.COUNTRY_NAME).upper()


def validity(cert: x509.Certificate) -> tuple[datetime, datetime]:
    return cert.not_valid_before_utc, cert.not_valid_after_utc


def validity_problem(cert: x509.Certificate, now: datetime, what: str) -> str | None:
    """Why ``cert`` is not valid at ``now`` (expired, not yet valid), or None."""
    start, end = validity(cert)
    if now > end:
        return f"{what} expired on {iso(end)}"
    if now < start:
        return f"{what} is not valid before {iso(start)}"
    return None


def _extension(cert: x509.Certificate, kind: type) -> object | None:
    try:
        return cert.extensions.get_extension_for_class(kind).value
    except x509.ExtensionNotFound:
        return None


def usage_problems(cert: x509.Certificate, usage: str) -> list[str]:
    """What keeps ``cert`` from serving as a signing or encryption certificate.

    Key usages follow S/MIME (RFC 8550 §4.4): digitalSignature or nonRepudiation to
    sign, keyEncipherment for RSA key transport; an extendedKeyUsage, when present,
    must allow emailProtection, which is what ``openssl cms`` checks.
    """
    problems = []
    key = cert.public_key()
    if not isinstance(key, rsa.RSAPublicKey):
        problems.append("its key is not RSA")
    elif key.key_size < MIN_RSA_BITS:
        problems.append(f"its RSA key has {key.key_size} bits (at least {MIN_RSA_BITS})")
    ku = _extension(cert, x509.KeyUsage)
    if isinstance(ku, x509.KeyUsage):
        if usage == "signing" and not (ku.digital_signature or ku.content_commitment):
            problems.append("its key usage does not allow digital signatures")
        if usage == "encryption" and not ku.key_encipherment:
            problems.append("its key usage does not allow key encipherment")
    eku = _extension(cert, x509.ExtendedKeyUsage)
    if isinstance(eku, x509.ExtendedKeyUsage) and not (
            ExtendedKeyUsageOID.EMAIL_PROTECTION in eku
            or ExtendedKeyUsageOID.ANY_EXTENDED_KEY_USAGE in eku):
        problems.append("its extended key usage does not include emailProtection")
    return problems


def same_public_key(a: rsa.RSAPublicKey, b: object) -> bool:
    return isinstance(b, rsa.RSAPublicKey) and a.public_numbers() == b.public_numbers()


def is_ca(cert: x509.Certificate) -> bool:
    bc = _extension(cert, x509.BasicConstraints)
    ku = _extension(cert, x509.KeyUsage)
    return (isinstance(bc, x509.BasicConstraints) and bc.ca
            and (not isinstance(ku, x509.KeyUsage) or ku.key_cert_sign))


def chains_to(cert: x509.Certificate, anchors: list[x509.Certificate],
              intermediates: list[x509.Certificate], now: datetime,
              max_depth: int = 4) -> str | None:
    """None if ``cert`` chains to one of ``anchors`` (through ``intermediates``), else why not.

    Each issuer must be a CA valid at ``now`` whose key signed the certificate below it.
    """
    current = cert
    anchor_ders = {der(a) for a in anchors}
    pool = intermediates + anchors
    for _ in range(max_depth):
        issuer = next((c for c in pool if c.subject == current.issuer and is_ca(c)), None)
        if issuer is None:
            return "no configured CA issued it"
        try:
            current.verify_directly_issued_by(issuer)
        except (ValueError, TypeError, InvalidSignature):
            return "its issuer's signature on it does not verify"
        problem = validity_problem(issuer, now, "the issuing CA certificate")
        if problem:
            return problem
        if der(issuer) in anchor_ders:
            return None
        current = issuer
    return "its chain is longer than allowed"
