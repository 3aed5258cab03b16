"""The two CMS layers of a package (RFC 5652): SignedData inside EnvelopedData.

Signing writes what ``cryptography``'s PKCS7SignatureBuilder writes (RSA-PSS/SHA-256,
signed attributes, our certificate included), but with the ASN.1 from ``asn1crypto``
around a content it never copies: the builder wants the whole content as bytes and
returns a second copy inside the DER, two extra quarter-gigabytes at the size cap.
``cryptography`` has no CMS verify API, so SignedData is parsed with ``asn1crypto``
and checked with ``cryptography`` primitives.

The envelope is assembled here rather than by PKCS7EnvelopeBuilder: in cryptography
50 that builder and ``pkcs7_decrypt_der`` do RSA key transport with PKCS#1 v1.5 only,
and we want RSAES-OAEP (RFC 3560, RFC 8017), which ``openssl cms`` both writes and
reads. ``cryptography`` still does all the cryptography; asn1crypto only the ASN.1.
Opening accepts OAEP and PKCS#1 v1.5 recipients, since ``openssl cms -encrypt``
uses PKCS#1 v1.5 unless told otherwise.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from asn1crypto import algos, cms, core
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives import padding as sym_padding
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from liaison.exchange.cms_der import Buffer, der_header, split_big, wrap_big
from liaison.exchange.errors import PackageRefused

CHUNK = 1 << 20
_HASHES: dict[str, Callable[[], hashes.HashAlgorithm]] = {
    "sha256": hashes.SHA256, "sha384": hashes.SHA384, "sha512": hashes.SHA512}
_ID_ENVELOPED = core.ObjectIdentifier("1.2.840.113549.1.7.3").dump()
_ID_SIGNED = core.ObjectIdentifier("1.2.840.113549.1.7.2").dump()
_OID_DATA = core.ObjectIdentifier("1.2.840.113549.1.7.1").dump()
_CMS_V0 = b"\x02\x01\x00"
_EMPTY = core.OctetString(b"")
# With NULL parameters, as cryptography and OpenSSL write SHA-256 in SignedData.
_SHA256 = {"algorithm": "sha256", "parameters": core.Null()}

# Resolves the signer to the pinned certificate to verify with, from the certificate
# SignedData carries (or None) and the signer identifier: the issuer's DER and serial
# number, or a subject key identifier. Raises PackageRefused for an unknown signer.
Resolver = Callable[[x509.Certificate | None, bytes | None, int | None, bytes | None],
                    x509.Certificate]


@dataclass
class Verified:
    """What a valid SignedData vouches for."""

    content: bytes | memoryview
    signer: x509.Certificate
    signing_time: datetime | None


# --- signing ---------------------------------------------------------------------------


def pss_padding() -> padding.PSS:
    # Salt as long as the hash: RFC 4055 §3.1 recommends it, and OpenSSL reads it from
    # the RSASSA-PSS-params either way.
    return padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32)


def _pss_algorithm() -> cms.SignedDigestAlgorithm:
    # What pss_padding() signs with, spelled out (RFC 4055 §3.1): SHA-256, MGF1-SHA-256,
    # a 32-byte salt and the default trailer field.
    return cms.SignedDigestAlgorithm({"algorithm": "rsassa_pss", "parameters": {
        "hash_algorithm": _SHA256,
        "mask_gen_algorithm": {"algorithm": "mgf1", "parameters": _SHA256},
        "salt_length": 32}})


def _views(content: Buffer | Sequence[Buffer]) -> list[memoryview]:
    """Content given whole or in pieces, as byte views of the pieces (no copy)."""
    if isinstance(content, Buffer):
        return [memoryview(content).cast("B")]
    return [memoryview(piece).cast("B") for piece in content]


def _signer_info(digest: bytes, cert: x509.Certificate, key: rsa.RSAPrivateKey,
                 now: datetime | None) -> tuple[cms.SignerInfo, asn1_x509.Certificate]:
    """One SignerInfo over a SHA-256 ``digest``: content-type, signing-time and
    message-digest attributes, RSA-PSS; and our certificate as asn1crypto holds it."""
    when = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    # RFC 5652 §11.3: UTCTime through 2049, GeneralizedTime from 2050.
    time = cms.Time(name="utc_time" if when.year < 2050 else "generalized_time", value=when)
    attrs = cms.CMSAttributes([
        cms.CMSAttribute({"type": "content_type", "values": ["data"]}),
        cms.CMSAttribute({"type": "signing_time", "values": [time]}),
        cms.CMSAttribute({"type": "message_digest", "values": [digest]})])
    # RFC 5652 §5.4: the signature covers the attributes' DER as an explicit SET OF.
    signature = key.sign(attrs.dump(), pss_padding(), hashes.SHA256())
    tbs = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    signer = cms.SignerInfo({
        "version": "v1",
        "sid": cms.SignerIdentifier(name="issuer_and_serial_number", value={
            "issuer": tbs.issuer, "serial_number": tbs.serial_number}),
        "digest_algorithm": _SHA256,
        "signed_attrs": attrs,
        "signature_algorithm": _pss_algorithm(),
        "signature": signature})
    return signer, tbs


def sign_around(content: Buffer | Sequence[Buffer], cert: x509.Certificate,
                key: rsa.RSAPrivateKey, *, now: datetime | None = None
                ) -> tuple[bytes, bytes]:
    """SignedData (DER) of ``content`` (whole, or pieces read as if joined) as (head,
    tail): ``head + content + tail`` is the whole encoding, and the content is only
    hashed here, never copied.

    The same SignedData cryptography's PKCS7SignatureBuilder writes with the Binary and
    NoCapabilities options (the test suite holds the two side by side): version 1,
    SHA-256, the content encapsulated, our certificate, one SignerInfo with the
    content-type, signing-time and message-digest attributes, RSA-PSS.
    """
    pieces = _views(content)
    hashed = hashlib.sha256()
    for piece in pieces:
        hashed.update(piece)
    signer, tbs = _signer_info(hashed.digest(), cert, key, now)
    skeleton = cms.ContentInfo({"content_type": "signed_data", "content": cms.SignedData({
        "version": "v1",
        "digest_algorithms": [_SHA256],
        "encap_content_info": {"content_type": "data", "content": _EMPTY},
        "certificates": [cms.CertificateChoices(name="certificate", value=tbs)],
        "signer_infos": [signer]})}).dump()
    return wrap_big(skeleton, _SIGNED_PATH, 0x04, sum(len(p) for p in pieces))


def sign(content: Buffer, cert: x509.Certificate, key: rsa.RSAPrivateKey) -> bytes:
    """SignedData (DER) with ``content`` encapsulated, signed attributes, our certificate."""
    head, tail = sign_around(content, cert, key)
    return b"".join((head, content, tail))


def _der(tag: int, *parts: bytes) -> bytes:
    body = b"".join(parts)
    return der_header(tag, len(body)) + body


@functools.cache
def _constant_der() -> tuple[bytes, bytes]:
    """The SHA-256 and RSA-PSS AlgorithmIdentifiers, DER (asn1crypto takes about a
    millisecond to build the PSS one: too much to pay per record)."""
    return (algos.DigestAlgorithm(_SHA256).dump(), _pss_algorithm().dump())


_ATTR_CONTENT_TYPE = _der(0x30, core.ObjectIdentifier("1.2.840.113549.1.9.3").dump(),
                          _der(0x31, _OID_DATA))
_OID_SIGNING_TIME = core.ObjectIdentifier("1.2.840.113549.1.9.5").dump()
_OID_MESSAGE_DIGEST = core.ObjectIdentifier("1.2.840.113549.1.9.4").dump()


def signed_attributes(digest: bytes, now: datetime | None = None) -> bytes:
    """The DER of the signed attributes (SET OF, explicit tag) that :func:`sign_around`
    builds with asn1crypto: content-type data, signing-time, message-digest, in that
    order, byte for byte the same (the test suite holds the two side by side)."""
    when = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    # RFC 5652 §11.3: UTCTime through 2049, GeneralizedTime from 2050.
    time = (_der(0x17, when.strftime("%y%m%d%H%M%SZ").encode()) if when.year < 2050
            else _der(0x18, when.strftime("%Y%m%d%H%M%SZ").encode()))
    return _der(0x31, _ATTR_CONTENT_TYPE, _der(0x30, _OID_SIGNING_TIME, _der(0x31, time)),
                _der(0x30, _OID_MESSAGE_DIGEST, _der(0x31, _der(0x04, digest))))


@functools.lru_cache(maxsize=8)
def _issuer_and_serial(cert_der: bytes) -> bytes:
    tbs = asn1_x509.Certificate.load(cert_der)
    return cms.IssuerAndSerialNumber({"issuer": tbs.issuer,
                                      "serial_number": tbs.serial_number}).dump()


def sign_detached(content: Buffer, cert: x509.Certificate, key: rsa.RSAPrivateKey, *,
                  now: datetime | None = None) -> bytes:
    """A detached SignedData (DER) over ``content``: no eContent and no certificate, so
    it is small (about 750 bytes with a 3072-bit key); the verifier holds the pinned
    certificate (``openssl cms -verify -binary -content FILE -certfile CERT``).

    The same structure :func:`sign_around`'s SignerInfo has, assembled from DER pieces:
    one is made per record of every package (issue 16.1), and building it through
    asn1crypto's objects costs ten times the RSA signature itself."""
    attrs = signed_attributes(hashlib.sha256(content).digest(), now)
    # RFC 5652 §5.4: signed over as an explicit SET OF, carried as [0] IMPLICIT.
    signature = key.sign(attrs, pss_padding(), hashes.SHA256())
    sha256, pss = _constant_der()
    signer = _der(0x30, b"\x02\x01\x01",
                  _issuer_and_serial(cert.public_bytes(serialization.Encoding.DER)), sha256,
                  b"\xa0" + attrs[1:], pss, _der(0x04, signature))
    signed = _der(0x30, b"\x02\x01\x01", _der(0x31, sha256), _der(0x30, _OID_DATA),
                  _der(0x31, signer))
    return _der(0x30, _ID_SIGNED, _der(0xA0, signed))


# --- enveloping ------------------------------------------------------------------------


def _recipient(cert: x509.Certificate, cek: bytes, oaep: bool) -> cms.RecipientInfo:
    tbs = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    public = cert.public_key()
    if not isinstance(public, rsa.RSAPublicKey):
        raise ValueError("recipient certificates must hold RSA keys")
    if oaep:
        encrypted = public.encrypt(cek, padding.OAEP(mgf=padding.MGF1(hashes.SHA256()),
                                                     algorithm=hashes.SHA256(), label=None))
        # RFC 4055 §4.1: SHA-256 and MGF1-SHA-256 differ from the SHA-1 defaults, so
        # they are spelled out; the empty label (pSourceAlgorithm) is the default.
        algorithm = cms.KeyEncryptionAlgorithm({
            "algorithm": "rsaes_oaep",
            "parameters": algos.RSAESOAEPParams({
                "hash_algorithm": {"algorithm": "sha256"},
                "mask_gen_algorithm": {"algorithm": "mgf1",
                                       "parameters": {"algorithm": "sha256"}}})})
    else:
        encrypted = public.encrypt(cek, padding.PKCS1v15())
        algorithm = cms.KeyEncryptionAlgorithm({"algorithm": "rsaes_pkcs1v15"})
    # RFC 5652 §6.2.1: version 0 goes with issuerAndSerialNumber.
    return cms.RecipientInfo(name="ktri", value=cms.KeyTransRecipientInfo({
        "version": "v0",
        "rid": cms.RecipientIdentifier(name="issuer_and_serial_number", value={
            "issuer": tbs.issuer, "serial_number": tbs.serial_number}),
        "key_encryption_algorithm": algorithm,
        "encrypted_key": encrypted}))


def envelope(content: Buffer | Sequence[Buffer], recipients: list[x509.Certificate], *,
             oaep: bool = True) -> Iterator[bytes]:
    """EnvelopedData (DER) of ``content`` for ``recipients``, as chunks to stream to a file.

    ``content`` may come in pieces (e.g. the head, ZIP and tail of ``sign_around``):
    they are encrypted as if joined, without joining them. AES-256-CBC with a fresh key
    and IV; the content is encrypted a chunk at a time, so neither the plaintext nor the
    ciphertext ever sits in memory whole a second time.
    """
    pieces = _views(content)
    size = sum(len(p) for p in pieces)
    cek, iv = os.urandom(32), os.urandom(16)
    infos = cms.RecipientInfos([_recipient(c, cek, oaep) for c in recipients]).dump()
    alg = cms.EncryptionAlgorithm({"algorithm": "aes256_cbc", "parameters": iv}).dump()
    cipher_len = (size // 16 + 1) * 16  # PKCS#7 padding always adds 1..16 bytes
    # RFC 5652 §6.1: encryptedContentInfo.contentType names what was encrypted, here
    # SignedData; encryptedContent is [0] IMPLICIT OCTET STRING (primitive, tag 0x80).
    octets = der_header(0x80, cipher_len)
    eci_len = len(_ID_SIGNED) + len(alg) + len(octets) + cipher_len
    eci = der_header(0x30, eci_len)
    # RFC 5652 §6.1: version 0 when there is no originatorInfo or unprotectedAttrs and
    # every RecipientInfo is version 0.
    env_len = len(_CMS_V0) + len(infos) + len(eci) + eci_len
    env = der_header(0x30, env_len)
    explicit = der_header(0xA0, len(env) + env_len)  # ContentInfo content is [0] EXPLICIT
    outer = der_header(0x30, len(_ID_ENVELOPED) + len(explicit) + len(env) + env_len)
    yield (outer + _ID_ENVELOPED + explicit + env + _CMS_V0 + infos + eci + _ID_SIGNED + alg
           + octets)
    encryptor = Cipher(algorithms.AES256(cek), modes.CBC(iv)).encryptor()
    for view in pieces:
        for start in range(0, len(view), CHUNK):
            yield encryptor.update(view[start:start + CHUNK])
    pad = 16 - size % 16  # PKCS#7 (RFC 5652 §6.3): 1..16 bytes, each holding the count
    yield encryptor.update(bytes([pad]) * pad) + encryptor.finalize()


# --- opening ---------------------------------------------------------------------------
# The big OCTET STRING of each layer is used in place (cms_der.split_big): see there.


def _refuse(code: str, reason: str) -> PackageRefused:
    return PackageRefused(code, reason)


def _load(data: Buffer, expected: str, what: str) -> core.Asn1Value:
    try:
        info = cms.ContentInfo.load(bytes(data) if not isinstance(data, bytes) else data,
                                    strict=True)
        kind = info["content_type"].native
        content = info["content"]
        content.native  # noqa: B018 - forces the lazy parse so damage shows here
    except (ValueError, TypeError, KeyError, OverflowError) as exc:
        raise _refuse("not-cms", f"{what} is not a complete CMS object: the file is truncated "
                      f"or damaged ({str(exc)[:120]}).") from exc
    if kind != expected:
        raise _refuse("not-cms", f"{what} is CMS {kind}, not {expected}.")
    return content


def _matches(rid: cms.RecipientIdentifier, cert: x509.Certificate) -> bool:
    tbs = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    if rid.name == "issuer_and_serial_number":
        return (rid.chosen["serial_number"].native == tbs.serial_number
                and rid.chosen["issuer"] == tbs.issuer)
    return rid.chosen.native == tbs.key_identifier


def _unwrap_key(ktri: cms.KeyTransRecipientInfo, key: rsa.RSAPrivateKey) -> bytes:
    alg = ktri["key_encryption_algorithm"]
    name = alg["algorithm"].native
    encrypted = ktri["encrypted_key"].native
    if name == "rsaes_oaep":
        params = alg["parameters"].native or {}
        digest = params.get("hash_algorithm", {}).get("algorithm", "sha1")
        mgf = params.get("mask_gen_algorithm", {}).get("parameters", {}).get("algorithm",
                                                                             "sha1")
        label = params.get("p_source_algorithm", {}).get("parameters", b"")
        if digest not in _HASHES or mgf not in _HASHES or label:
            raise _refuse("decrypt", f"The package's key is wrapped with RSAES-OAEP/{digest}"
                          f"/MGF1-{mgf}; Liaison accepts OAEP with SHA-256/384/512 only.")
        return key.decrypt(encrypted, padding.OAEP(mgf=padding.MGF1(_HASHES[mgf]()),
                                                   algorithm=_HASHES[digest](), label=None))
    if name == "rsaes_pkcs1v15":
        return key.decrypt(encrypted, padding.PKCS1v15())
    raise _refuse("decrypt", f"The package's key is wrapped with {name}; Liaison accepts "
                  "RSA key transport (RSAES-OAEP or PKCS#1 v1.5) only.")


_ENVELOPED_PATH = [(0xA0, 0), (0x30, 0), (0x30, 0)]  # [0] → EnvelopedData → encryptedCI
_SIGNED_PATH = [(0xA0, 0), (0x30, 0), (0x30, 0), (0xA0, 0)]  # [0] → SignedData → encap → [0]


def decrypt(data: Buffer, keys: list[tuple[x509.Certificate, rsa.RSAPrivateKey]], *,
            in_place: bool = False) -> tuple[memoryview, x509.Certificate]:
    """The content of EnvelopedData (a view of one buffer holding the plaintext) and
    which of our certificates it was opened with.

    ``in_place``: ``data`` is a bytearray the caller gives up; the ciphertext is
    decrypted where it lies (a chunk at a time through a small scratch buffer, so no
    two buffers OpenSSL sees overlap) and the plaintext returned is a view into it.
    """
    split = split_big(data, _ENVELOPED_PATH, 0x80)
    env = _load(split[0] if split else data, "enveloped_data", "The package")
    mine = None
    for info in env["recipient_infos"]:
        if info.name != "ktri":
            continue
        for cert, key in keys:
            if _matches(info.chosen["rid"], cert):
                mine = (info.chosen, cert, key)
                break
        if mine:
            break
    if mine is None:
        raise _refuse("not-for-us", "The package is not addressed to this agency: none of its "
                      "recipients is our encryption certificate.")
    ktri, cert, key = mine
    eci = env["encrypted_content_info"]
    alg = eci["content_encryption_algorithm"]
    if alg["algorithm"].native != "aes256_cbc":
        raise _refuse("decrypt", f"The package is encrypted with {alg['algorithm'].native}; "
                      "Liaison accepts AES-256-CBC only.")
    iv = alg["parameters"].native
    ciphertext = split[1] if split else eci["encrypted_content"].native
    failed = _refuse("decrypt", "The package cannot be decrypted with our key: it is damaged "
                     "or its content key was not encrypted for us.")
    if not isinstance(iv, bytes) or len(iv) != 16 or not ciphertext or len(ciphertext) % 16:
        raise failed
    try:
        cek = _unwrap_key(ktri, key)
    except ValueError as exc:
        raise failed from exc
    # The same message for a bad wrapped key and a bad padding: the difference must not
    # become an oracle (Bleichenbacher, Vaudenay).
    if len(cek) != 32:
        raise failed
    # Decrypted a chunk at a time into one buffer: no copy of the whole plaintext is
    # ever made (update_into wants a block of room beyond each chunk).
    decryptor = Cipher(algorithms.AES256(cek), modes.CBC(iv)).decryptor()
    size = len(ciphertext)
    source = memoryview(ciphertext)
    done = 0
    if in_place and split is not None and not source.readonly:
        target = source
        scratch = memoryview(bytearray(CHUNK + 16))
        for start in range(0, size, CHUNK):
            n = decryptor.update_into(source[start:start + CHUNK], scratch)
            target[done:done + n] = scratch[:n]  # the input up to here is consumed
            done += n
    else:
        target = memoryview(bytearray(size + 16))
        for start in range(0, size, CHUNK):
            done += decryptor.update_into(source[start:start + CHUNK], target[done:])
    tail = decryptor.finalize()
    del source, ciphertext, split
    unpadder = sym_padding.PKCS7(128).unpadder()
    try:
        if done != size or tail:
            raise ValueError("the ciphertext did not decrypt to its own length")
        last = unpadder.update(bytes(target[size - 16:size])) + unpadder.finalize()
    except ValueError as exc:
        raise failed from exc
    return target[:size - 16 + len(last)], cert


def _attributes(signer: cms.SignerInfo) -> dict[str, list]:
    found: dict[str, list] = {}
    for attr in signer["signed_attrs"]:
        kind = attr["type"].native
        if kind in found:
            # RFC 5652 §5.3/§11: content-type, message-digest and signing-time attributes
            # are single-instance; a second one is a forgery attempt or a broken signer.
            raise _refuse("signature", f"The signature carries the {kind} attribute twice.")
        found[kind] = list(attr["values"])
    return found


def _signer_certificate(signed: cms.SignedData, sid: cms.SignerIdentifier
                        ) -> x509.Certificate | None:
    for choice in signed["certificates"] or []:
        if choice.name != "certificate":
            continue
        cert = choice.chosen
        if sid.name == "issuer_and_serial_number":
            hit = (sid.chosen["serial_number"].native == cert.serial_number
                   and sid.chosen["issuer"] == cert.issuer)
        else:
            hit = sid.chosen.native == cert.key_identifier
        if hit:
            return x509.load_der_x509_certificate(cert.dump())
    return None


class DigestMismatch(PackageRefused):
    """The signed message digest is not the content's: the content was altered after
    signing (the signature itself may be sound)."""


def verify(data: Buffer, resolve: Resolver, *, detached: Buffer | None = None) -> Verified:
    """Check SignedData against the pinned certificate ``resolve`` returns; the content
    (a view into ``data`` when it is DER, as Liaison and openssl write it).

    ``detached``: the content a detached signature (no eContent) covers; SignedData
    that carries content of its own is then refused."""
    split = None if detached is not None else split_big(data, _SIGNED_PATH, 0x04)
    signed = _load(split[0] if split else data, "signed_data", "The decrypted package")
    if split is not None and signed["encap_content_info"]["content_type"].native != "data":
        split = None  # not a ZIP in an OCTET STRING: judged on the full parse, as before
        signed = _load(data, "signed_data", "The decrypted package")
    infos = signed["signer_infos"]
    if len(infos) != 1:
        raise _refuse("signature", f"The package has {len(infos)} signatures; a Liaison "
                      "package carries exactly one, the sending agency's.")
    signer = infos[0]
    encap = signed["encap_content_info"]
    content_type = encap["content_type"].native
    content: bytes | memoryview | None = encap["content"].native if encap["content"] else None
    if split is not None and isinstance(content, bytes):
        content = split[1]
    if detached is not None:
        if content is not None:
            raise _refuse("signature", "The signature carries content of its own; a "
                          "detached signature was expected.")
        content = memoryview(detached).cast("B")
    if not isinstance(content, bytes | memoryview):
        raise _refuse("signature", "The signed package has no content (a detached signature).")
    sid = signer["sid"]
    embedded = _signer_certificate(signed, sid)
    issuer = serial = ski = None
    if sid.name == "issuer_and_serial_number":
        issuer, serial = sid.chosen["issuer"].dump(), sid.chosen["serial_number"].native
    else:
        ski = sid.chosen.native
    pinned = resolve(embedded, issuer, serial, ski)
    digest_name = signer["digest_algorithm"]["algorithm"].native
    if digest_name not in _HASHES:
        raise _refuse("signature", f"The package is signed with digest {digest_name}; "
                      "Liaison accepts SHA-256, SHA-384 and SHA-512.")
    if not signer["signed_attrs"]:
        raise _refuse("signature", "The signature has no signed attributes; sign with them "
                      "(do not use openssl cms -noattr).")
    attrs = _attributes(signer)
    # RFC 5652 §11.1: the content-type attribute must equal eContentType.
    types = attrs.get("content_type", [])
    if len(types) != 1 or types[0].native != content_type:
        raise _refuse("signature", "The signed content-type attribute is missing or does not "
                      "match the content.")
    # RFC 5652 §11.2 and §5.4: the message digest covers the eContent octets only.
    digests = attrs.get("message_digest", [])
    h = hashes.Hash(_HASHES[digest_name]())
    h.update(content)
    if len(digests) != 1 or not hmac.compare_digest(digests[0].native, h.finalize()):
        raise DigestMismatch("signature", "The package content does not match its signed "
                             "digest: it was altered after signing.")
    sig_alg = signer["signature_algorithm"]
    if sig_alg["algorithm"].native != "rsassa_pss":
        raise _refuse("signature", f"The package is signed with {sig_alg['algorithm'].native};"
                      " Liaison requires RSA-PSS (openssl cms -sign -keyopt "
                      "rsa_padding_mode:pss).")
    params = sig_alg["parameters"].native or {}
    pss_hash = params.get("hash_algorithm", {}).get("algorithm", "sha1")
    mgf_hash = params.get("mask_gen_algorithm", {}).get("parameters", {}).get("algorithm",
                                                                              "sha1")
    salt = params.get("salt_length", 20)
    if pss_hash != digest_name or mgf_hash not in _HASHES or params.get(
            "trailer_field", "trailer_field_bc") != "trailer_field_bc":
        raise _refuse("signature", f"The RSA-PSS parameters ({pss_hash}, MGF1-{mgf_hash}) are "
                      "not ones Liaison accepts.")
    # RFC 5652 §5.4: the signature covers the DER of the signed attributes with the
    # EXPLICIT SET OF tag (0x31), not the [0] IMPLICIT tag they travel under.
    signed_attrs = b"\x31" + signer["signed_attrs"].dump()[1:]
    public = pinned.public_key()
    if not isinstance(public, rsa.RSAPublicKey):
        raise _refuse("signature", "The signer's pinned certificate does not hold an RSA key.")
    try:
        public.verify(signer["signature"].native, signed_attrs,
                      padding.PSS(mgf=padding.MGF1(_HASHES[mgf_hash]()), salt_length=salt),
                      _HASHES[pss_hash]())
    except InvalidSignature as exc:
        raise _refuse("signature", "The package's signature does not verify with the "
                      "sender's pinned certificate: it was altered or forged.") from exc
    times = attrs.get("signing_time", [])
    when = times[0].native if len(times) == 1 else None
    return Verified(content, pinned, when if isinstance(when, datetime) else None)

