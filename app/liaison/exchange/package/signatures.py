"""The originator's own signature over each record it sends (issue 16, item 1).

Every record a package carries for the agency that signs the package gets a detached
CMS signature (RSA-PSS/SHA-256, signed attributes, no certificate: the receiver holds
the pinned one) over the record's canonical bytes, :func:`signed_bytes`. A receiver
keeps it with the record; when it shares that record onward, the signature travels
unchanged in the record's line (``"signature"``), so a third agency can check that the
originator wrote exactly this content (exchange/relay.py), not merely that the relayer
sent it. ``openssl cms -verify -binary -inform DER -in SIG -content RECORD -certfile
CERT`` verifies one (ARCHITECTURE.md, Packages).
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa

from liaison.exchange import certs, cms
from liaison.exchange.errors import PackageRefused
from liaison.exchange.package import records as pr
from liaison.model.records import Record

FORMAT = "liaison-record"
VERSION = 1
# A signature is about 750 bytes of DER; room for a 16384-bit key and long names.
MAX_DER = 8 << 10
_HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class RecordSignature:
    """The originator's detached signature over one record, and which of its pinned
    certificates (SHA-256 fingerprint) made it."""

    certificate: str
    der: bytes

    def to_json(self) -> dict[str, str]:
        return {"certificate": self.certificate,
                "cms": base64.b64encode(self.der).decode("ascii")}


def signed_bytes(r: Record) -> bytes:
    """What the originator signs: the record as its package line writes it (sorted keys,
    no spaces, UTF-8), under a format name so no other signed object reads as one."""
    return pr.dumps({"format": FORMAT, "version": VERSION, "record": pr.record_json(r)})


def sign(r: Record, cert: x509.Certificate, key: rsa.RSAPrivateKey, *,
         now: datetime | None = None) -> RecordSignature:
    return RecordSignature(certs.fingerprint(cert),
                           cms.sign_detached(signed_bytes(r), cert, key, now=now))


def parse(obj: Any, where: str) -> RecordSignature:
    """A record line's ``signature`` field; PackageRefused (``record``) when malformed.
    Whether it verifies is the merge's question, not the opener's."""
    if not isinstance(obj, dict) or set(obj) != {"certificate", "cms"}:
        raise PackageRefused("record", f"{where} field 'signature' is not an object with "
                             "'certificate' and 'cms'.")
    fp, text = obj["certificate"], obj["cms"]
    if not isinstance(fp, str) or not _HEX64.fullmatch(fp):
        raise PackageRefused("record", f"{where} field 'signature' names a certificate that "
                             "is not a SHA-256 fingerprint in lower-case hex.")
    if not isinstance(text, str) or len(text) > MAX_DER * 4 // 3 + 4:
        raise PackageRefused("record", f"{where} field 'signature' is not base64 of at most "
                             f"{MAX_DER:,} bytes.")
    try:
        der = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise PackageRefused("record", f"{where} field 'signature' is not base64.") from exc
    return RecordSignature(fp, der)
