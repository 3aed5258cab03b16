"""manifest.json: who sent the package to whom, and the SHA-256 of every other entry.

The recipients are named by their encryption certificates' fingerprints, inside the
signature: a recipient who re-encrypts the signed content for someone else cannot
change the list, and that someone sees the package was not addressed to them.
Each recipient's entry carries the sequence number of this package in the stream
from this sender to that recipient, so a gap shows what has not arrived yet.

Format version 2 adds ``checkpoint``: the sender's signed audit checkpoint
(exchange/checkpoint.py), DER SignedData in base64. Version 1 manifests, which have
none, are still read. Format version 3 (issue 16.1) says the record lines may carry
their originator's signature (``signature``, signatures.py); an older Liaison then
asks for a newer one instead of refusing an unknown field of a record line.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from liaison.exchange.errors import PackageRefused
from liaison.exchange.package.archive import ATTACHMENT, MANIFEST, EntryInfo

FORMAT = "liaison-package"
# 1: the first format; 2: adds the sender's signed audit checkpoint. Written: 2 whenever a
# checkpoint travels (every package the outbox builds), else 1.
VERSIONS = (1, 2, 3)
MAX_CHECKPOINT = 64 << 10
COUNTS = ("records", "entities", "links", "events", "retractions", "attachments")
_FP = re.compile(r"[0-9a-f]{64}")
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
MAX_MANIFEST = 64 << 20


@dataclass
class Manifest:
    """The manifest of one package (one part of a share)."""

    package_id: str
    created: str
    sender: dict[str, str]
    recipients: list[dict[str, Any]]
    share_id: str
    part: int = 1
    parts: int = 1
    counts: dict[str, int] = field(default_factory=dict)
    entries: list[dict[str, Any]] = field(default_factory=list)
    checkpoint: bytes | None = None  # the sender's signed audit checkpoint (version 2)
    signed: bool = False  # record lines may carry originator signatures (version 3)

    @property
    def format_version(self) -> int:
        return 3 if self.signed else 1 if self.checkpoint is None else 2

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "format": FORMAT, "format_version": self.format_version,
            "package_id": self.package_id, "created": self.created,
            "sender": self.sender, "recipients": self.recipients,
            "share_id": self.share_id, "part": self.part, "parts": self.parts,
            "counts": self.counts, "entries": self.entries}
        if self.checkpoint is not None:
            out["checkpoint"] = base64.b64encode(self.checkpoint).decode("ascii")
        return out

    def to_bytes(self) -> bytes:
        return json.dumps(self.as_dict(), ensure_ascii=False, sort_keys=True,
                          indent=1).encode()

    def recipient(self, encryption_fingerprint: str) -> dict[str, Any] | None:
        for r in self.recipients:
            if r["encryption_fingerprint"] == encryption_fingerprint:
                return r
        return None

    def set_entries(self, entries: list[EntryInfo]) -> None:
        self.entries = [{"name": e.name, "size": e.size, "sha256": e.sha256} for e in entries]


def _bad(reason: str) -> PackageRefused:
    return PackageRefused("manifest", f"The manifest {reason}.")


def _party(obj: Any, what: str, keys: dict[str, type]) -> dict[str, Any]:
    if not isinstance(obj, dict) or set(obj) != set(keys):
        raise _bad(f"{what} must have exactly the fields {', '.join(sorted(keys))}")
    for key, kind in keys.items():
        if type(obj[key]) is not kind:
            raise _bad(f"{what} field '{key}' has the wrong type")
    for key in keys:
        if key.endswith("fingerprint") and not _FP.fullmatch(obj[key]):
            raise _bad(f"{what} field '{key}' is not a SHA-256 fingerprint")
    if not 0 < len(obj["agency"]) <= 512 or not re.fullmatch(r"[A-Z]{2}", obj["country"]):
        raise _bad(f"{what} has an invalid agency name or country code")
    return obj


SENDER_KEYS = {"agency": str, "country": str, "signing_fingerprint": str,
               "encryption_fingerprint": str}
RECIPIENT_KEYS = {"agency": str, "country": str, "encryption_fingerprint": str,
                  "sequence": int}


def parse(data: bytes) -> Manifest:
    """A manifest from its JSON, every field checked; PackageRefused names the fault."""
    if len(data) > MAX_MANIFEST:
        raise _bad("is too large")
    try:
        obj = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _bad("is not valid UTF-8 JSON") from exc
    expected = {"format", "format_version", "package_id", "created", "sender", "recipients",
                "share_id", "part", "parts", "counts", "entries"}
    if not isinstance(obj, dict):
        raise _bad("does not have the fields of a Liaison package manifest")
    version = obj.get("format_version")
    if type(version) is int and version not in VERSIONS and obj.get("format") == FORMAT:
        raise PackageRefused("manifest", f"The package has format version "
                             f"{str(version)[:10]}; this Liaison reads versions up to "
                             f"{VERSIONS[-1]}. Install a newer Liaison to open it.")
    # Version 2 has a checkpoint; version 3 may (a package carrying no audit
    # checkpoint, built by hand or by another implementation, can still sign records).
    if set(obj) - ({"checkpoint"} if version == 3 else set()) != expected | (
            {"checkpoint"} if version == 2 else set()):
        raise _bad("does not have the fields of a Liaison package manifest")
    if obj["format"] != FORMAT:
        raise _bad(f"names format {str(obj['format'])[:40]!r}, not {FORMAT!r}")
    if type(version) is not int or version not in VERSIONS:
        raise _bad("field 'format_version' is not a version number")
    for key in ("package_id", "share_id"):
        try:
            if not isinstance(obj[key], str) or str(uuid.UUID(obj[key])) != obj[key]:
                raise ValueError
        except ValueError:
            raise _bad(f"field '{key}' is not a lower-case UUID") from None
    if not isinstance(obj["created"], str) or not _TIME.fullmatch(obj["created"]):
        raise _bad("field 'created' is not a UTC time")
    sender = _party(obj["sender"], "sender", SENDER_KEYS)
    recipients = obj["recipients"]
    if not isinstance(recipients, list) or not 0 < len(recipients) <= 1000:
        raise _bad("does not list its recipients")
    for r in recipients:
        _party(r, "recipient", RECIPIENT_KEYS)
        if r["sequence"] < 1:
            raise _bad("gives a recipient a sequence number below 1")
    if len({r["encryption_fingerprint"] for r in recipients}) != len(recipients):
        raise _bad("lists a recipient twice")
    part, parts = obj["part"], obj["parts"]
    if type(part) is not int or type(parts) is not int or not 1 <= part <= parts <= 100_000:
        raise _bad("has an impossible part number")
    counts = obj["counts"]
    if not isinstance(counts, dict) or set(counts) != set(COUNTS) or not all(
            type(v) is int and v >= 0 for v in counts.values()):
        raise _bad(f"field 'counts' must give {', '.join(COUNTS)}")
    entries = obj["entries"]
    if not isinstance(entries, list) or not all(
            isinstance(e, dict) and set(e) == {"name", "size", "sha256"}
            and isinstance(e["name"], str) and type(e["size"]) is int and e["size"] >= 0
            and isinstance(e["sha256"], str) and _FP.fullmatch(e["sha256"]) for e in entries):
        raise _bad("field 'entries' must list name, size and sha256 of every entry")
    checkpoint = None
    if "checkpoint" in obj:
        text = obj["checkpoint"]
        if not isinstance(text, str) or len(text) > MAX_CHECKPOINT * 4 // 3 + 4:
            raise _bad("field 'checkpoint' is not a checkpoint")
        try:
            checkpoint = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise _bad("field 'checkpoint' is not base64") from None
    return Manifest(obj["package_id"], obj["created"], sender, recipients, obj["share_id"],
                    part, parts, counts, entries, checkpoint, signed=version == 3)


def check_listing(manifest: Manifest, declared: dict[str, int]) -> None:
    """Before anything but the manifest is inflated: every other entry of the archive is
    listed once, and declares in the ZIP the size the signed manifest gives it."""
    listed = {}
    for e in manifest.entries:
        if e["name"] in listed or e["name"] == MANIFEST:
            raise _bad(f"lists {e['name'][:100]!r} twice or lists itself")
        listed[e["name"]] = e
    present = set(declared) - {MANIFEST}
    for name in sorted(present - set(listed)):
        raise PackageRefused("hash", f"The archive entry {name[:100]!r} is not in the manifest.")
    for name in sorted(set(listed) - present):
        raise PackageRefused("hash", f"The manifest lists {name[:100]!r}, which is missing "
                             "from the archive.")
    for name, e in listed.items():
        if declared[name] != e["size"]:
            raise PackageRefused("hash", f"The archive entry {name!r} declares "
                                 f"{declared[name]:,} bytes, the manifest {e['size']:,}; "
                                 "nothing was unpacked.")


def check_entry(manifest: Manifest, name: str, body: bytes | memoryview, digest: str) -> None:
    """An entry read (``digest`` is its SHA-256) is the one the manifest lists."""
    e = next(e for e in manifest.entries if e["name"] == name)
    if len(body) != e["size"] or not hmac.compare_digest(digest, e["sha256"]):
        raise PackageRefused("hash", f"The archive entry {name!r} does not match the "
                             "SHA-256 in the manifest.")
    match = ATTACHMENT.fullmatch(name)
    if match and match.group(1) != digest:
        raise PackageRefused("hash", f"The attachment {name!r} is not named by its SHA-256.")


def check_entries(manifest: Manifest, entries: dict[str, bytes]) -> None:
    """Every entry but the manifest is listed once with its size and SHA-256, and no more."""
    check_listing(manifest, {name: len(body) for name, body in entries.items()})
    for name, body in entries.items():
        if name != MANIFEST:
            check_entry(manifest, name, body, hashlib.sha256(body).hexdigest())
