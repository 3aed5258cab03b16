"""Building and opening packages (ARCHITECTURE.md, Packages).

A package is CMS EnvelopedData (AES-256, RSA key transport, one RecipientInfo per
partner plus one for us) around SignedData (RSA-PSS/SHA-256) around a ZIP of
``manifest.json``, ``records.jsonl``, ``retractions.jsonl`` and
``attachments/<sha256>``. Building takes model objects the share flow has already
policy-checked and redacted; opening checks everything and returns model objects
for the merge, or raises PackageRefused naming the first fault. The manifest may carry
the sender's signed audit checkpoint (exchange/checkpoint.py), checked on opening too.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa

from liaison.exchange import certs, cms
from liaison.exchange import checkpoint as audit_checkpoint
from liaison.exchange.errors import PackageError, PackageRefused
from liaison.exchange.package import hits as ph
from liaison.exchange.package import records as pr
from liaison.exchange.package import signatures as ps
from liaison.exchange.package.archive import (
    ATTACHMENT,
    DEFAULT_LIMITS,
    HITS,
    MANIFEST,
    RECORDS,
    RETRACTIONS,
    Archive,
    ArchiveWriter,
    Limits,
    TooCompressible,
)
from liaison.exchange.package.manifest import (
    MAX_MANIFEST,
    Manifest,
    check_entry,
    check_listing,
)
from liaison.exchange.package.manifest import parse as parse_manifest
from liaison.model.records import Entity, Event, Link, Record
from liaison.store.atomic import write_atomic

DEFAULT_CAP = 256 << 20
# What a package may unpack to beyond the cap: ZIP and manifest overhead (issue 16).
INFLATE_SLACK = 1 << 20
# Clocks drift; a manifest a little in the future is a slow clock, a day is not.
CLOCK_SKEW = timedelta(hours=12)


@dataclass
class PackageContent:
    """What one package carries: records with their entities, links, events, attachments."""

    records: list[Record] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    retractions: list[pr.Retraction] = field(default_factory=list)
    # A hit/no-hit query or answer (issue 21): a package carrying one carries nothing else.
    hits: ph.HitMessage | None = None
    # Record id -> its originator's signature (issue 16): on building, those kept for
    # records we relay (our own are signed as the package is built); on opening, every
    # one the lines carry, unverified (the merge judges them).
    signatures: dict[str, ps.RecordSignature] = field(default_factory=dict)

    def attachment_count(self) -> int:
        return len({a.sha256 for r in self.records for a in r.attachments})

    def counts(self) -> dict[str, int]:
        return {"records": len(self.records), "entities": len(self.entities),
                "links": len(self.links), "events": len(self.events),
                "retractions": len(self.retractions), "attachments": self.attachment_count()}

    def is_empty(self) -> bool:
        return not (self.records or self.retractions or self.hits)


@dataclass(frozen=True)
class Sender:
    """Our side of a package: the agency, its signing key, and our encryption certificate."""

    agency: str
    country: str
    signing_cert: x509.Certificate
    signing_key: rsa.RSAPrivateKey
    encryption_cert: x509.Certificate


@dataclass(frozen=True)
class Recipient:
    """A partner a package is encrypted to, and this package's number in its stream."""

    name: str
    encryption_cert: x509.Certificate
    sequence: int

    def manifest_entry(self) -> dict[str, Any]:
        return {"agency": certs.agency_of(self.encryption_cert),
                "country": certs.country_of(self.encryption_cert) or "XX",
                "encryption_fingerprint": certs.fingerprint(self.encryption_cert),
                "sequence": self.sequence}


@dataclass
class BuiltPackage:
    package_id: str
    manifest: Manifest
    path: Path
    size: int
    sha256: str


def _lines(objects: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    for obj in objects:
        yield pr.dumps(obj) + b"\n"


def _record_objects(content: PackageContent,
                    signed: dict[str, ps.RecordSignature] | None = None
                    ) -> Iterator[dict[str, Any]]:
    ids = {r.id for r in content.records}
    signed = content.signatures if signed is None else signed
    for r in content.records:
        obj = pr.record_json(r)
        if r.id in signed:
            obj["signature"] = signed[r.id].to_json()
        yield obj
    # Provenance is trimmed to this package's records: each part is self-contained.
    for e in content.entities:
        yield pr.entity_json(e, [i for i in e.record_ids if i in ids])
    for link in content.links:
        yield pr.link_json(link, [i for i in link.record_ids if i in ids])
    for ev in content.events:
        yield pr.event_json(ev, [i for i in ev.record_ids if i in ids])


def content_lines(content: PackageContent) -> bytes:
    """The content as a package's record lines, attachment data aside: what a share
    awaiting release keeps, and what its plan hash covers (workspace/release.py)."""
    return b"".join(_lines(_record_objects(content)))


def content_from_lines(data: bytes, attachments: dict[str, bytes]) -> PackageContent:
    """The content :func:`content_lines` wrote, its attachments' data put back."""
    content, _ = _read_lines(pr.lines(data, RECORDS), [])
    for r in content.records:
        for a in r.attachments:
            a.data = attachments.get(a.sha256, b"")
    return content


def _hashing(chunks: Iterable[bytes], digest: Any, sizes: list[int]) -> Iterator[bytes]:
    for chunk in chunks:
        digest.update(chunk)
        sizes[0] += len(chunk)
        yield chunk


def _add_lines(writer: ArchiveWriter, content: PackageContent,
               signed: dict[str, ps.RecordSignature], *, compress: bool) -> None:
    limits = DEFAULT_LIMITS if compress else None
    writer.add(RECORDS, _lines(_record_objects(content, signed)), compress=compress,
               limits=limits)
    writer.add(RETRACTIONS, _lines(pr.retraction_json(r) for r in content.retractions),
               compress=compress, limits=limits)


def build_package(content: PackageContent, sender: Sender, recipients: list[Recipient],
                  path: Path, *, share_id: str | None = None, part: int = 1, parts: int = 1,
                  now: datetime | None = None, oaep: bool = True,
                  cap: int | None = None, checked: bool = False,
                  checkpoint: bytes | None = None) -> BuiltPackage:
    """Write one package file atomically at ``path``; PackageError if it cannot be built.

    What a receiver would refuse is not built (:func:`check_content`; ``checked`` says
    the caller has run it on this content already). ``checkpoint`` (our signed audit
    checkpoint, DER) goes into the manifest, which is then format version 2."""
    if not recipients:
        raise PackageError("A package needs at least one recipient.")
    if content.is_empty():
        raise PackageError("There is nothing to send: no records and no retractions.")
    if not checked:
        check_content(content)
    now = now or certs.utcnow()
    attachments: dict[str, bytes] = {}
    for r in content.records:
        for a in r.attachments:
            if hashlib.sha256(a.data).hexdigest() != a.sha256:
                raise PackageError(f"Attachment {a.name!r} of record {r.id} does not match "
                                   "its SHA-256; the store may be damaged.")
            attachments[a.sha256] = a.data
    # Each record we originate is signed on its own, so a partner can relay any of them
    # to a third agency with proof that we wrote it (signatures.py); a record we relay
    # carries its originator's signature as we kept it.
    signed = {r.id: content.signatures[r.id] for r in content.records
              if r.agency != sender.agency and r.id in content.signatures}
    signed.update((r.id, ps.sign(r, sender.signing_cert, sender.signing_key, now=now))
                  for r in content.records if r.agency == sender.agency)
    package_id = str(uuid.uuid4())
    try:
        writer = ArchiveWriter()
        _add_lines(writer, content, signed, compress=True)
    except TooCompressible:
        # Text so repetitive that it deflates beyond the ratio receivers accept (issue
        # 16): stored as it is, it stays acceptable; the cap counts its full size anyway.
        writer = ArchiveWriter()
        _add_lines(writer, content, signed, compress=False)
    for sha in sorted(attachments):
        writer.add(f"attachments/{sha}", [attachments[sha]], compress=False)
    if content.hits is not None:
        writer.add(HITS, [content.hits.to_bytes()], compress=True)
    manifest = Manifest(
        package_id=package_id, created=certs.iso(now),
        sender={"agency": sender.agency, "country": sender.country,
                "signing_fingerprint": certs.fingerprint(sender.signing_cert),
                "encryption_fingerprint": certs.fingerprint(sender.encryption_cert)},
        recipients=[r.manifest_entry() for r in recipients],
        share_id=share_id or str(uuid.uuid4()), part=part, parts=parts,
        counts=content.counts(), checkpoint=checkpoint, signed=bool(signed))
    manifest.set_entries(writer.entries)
    writer.add(MANIFEST, [manifest.to_bytes()], compress=True)
    # The ZIP stays in pieces (the attachments by reference), the SignedData is only its
    # head and tail around them, and the envelope encrypts the lot a chunk at a time
    # into the file: at the size cap no copy of the package is made in memory.
    pieces = writer.finish_pieces()
    del writer
    head, tail = cms.sign_around(pieces, sender.signing_cert, sender.signing_key)
    digest, sizes = hashlib.sha256(), [0]
    chunks = cms.envelope([head, *pieces, tail], [r.encryption_cert for r in recipients]
                          + [sender.encryption_cert], oaep=oaep)
    write_atomic(Path(path), _hashing(chunks, digest, sizes), mode=0o600)
    del chunks, pieces
    if cap is not None and sizes[0] > cap:
        Path(path).unlink(missing_ok=True)
        raise PackageError(f"The package came out at {sizes[0]:,} bytes, over the "
                           f"{cap:,}-byte cap.")
    return BuiltPackage(package_id, manifest, Path(path), sizes[0], digest.hexdigest())


class Unsendable(PackageError):
    """A package the receiving side would refuse; ``reason`` is the receiver's message."""

    def __init__(self, reason: str, item: str | None) -> None:
        where = f" That line is {item}." if item else ""
        super().__init__(f"{reason}{where} The receiving side refuses such a package, so "
                         "none was built: correct it and share again.")
        self.reason = reason


def _as_received(name: str, objects: Iterable[dict[str, Any]], last: list[str]
                 ) -> Iterator[tuple[str, Any]]:
    """The lines of entry ``name`` as the receiver reads them back; ``last`` names the
    item of the latest line."""
    for number, obj in enumerate(objects, 1):
        where = f"{name} line {number}"
        ident = str(obj.get("id") or obj.get("record_id"))[:80]
        last[:] = [f"{obj.get('kind', 'the retraction of')} {ident}"]
        yield where, pr.parse_line(pr.dumps(obj).decode("utf-8"), where)
    last.clear()


def check_content(content: PackageContent) -> None:
    """Refuse what the receiver would refuse: the receiver's checks of records.jsonl and
    retractions.jsonl (:func:`_read_lines`), run on the very lines this content writes.

    Raises :class:`Unsendable`, whose message starts with the receiver's, word for word,
    and names the record; nothing is signed, written or stored before it."""
    last: list[str] = []
    try:
        _read_lines(_as_received(RECORDS, _record_objects(content), last),
                    _as_received(RETRACTIONS, (pr.retraction_json(r)
                                               for r in content.retractions), last),
                    keep=False)
    except PackageRefused as refused:
        raise Unsendable(refused.reason, last[0] if last else None) from None


# --- opening -------------------------------------------------------------------------------


class SignerTrust(Protocol):
    """How the opener finds and judges the signer (the partner directory, in practice)."""

    def resolve(self, embedded: x509.Certificate | None, issuer_der: bytes | None,
                serial: int | None, ski: bytes | None) -> Any: ...

    def problem(self, pinned: Any, now: datetime) -> str | None: ...


@dataclass
class OpenedPackage:
    """A package that passed every check, ready to merge."""

    manifest: Manifest
    content: PackageContent
    signer: Any
    signing_time: datetime | None
    recipient: dict[str, Any]
    # The sender's signed audit checkpoint, verified (None in a version 1 package).
    checkpoint: audit_checkpoint.Checkpoint | None = None


_PLURAL = {"entity": "entities", "link": "links", "event": "events"}


def _read_lines(records: Iterable[tuple[str, Any]], retractions: Iterable[tuple[str, Any]],
                *, keep: bool = True) -> tuple[PackageContent, dict[str, int]]:
    """Every line's fields checked (``records``), then what the lines say together; the
    content (kept when ``keep``) and each attachment's declared size. The one set of
    rules for both sides: opening a package, and :func:`check_content` before building."""
    content = PackageContent()
    declared: dict[str, int] = {}
    ids: list[str] = []
    named: list[tuple[str, str, list[str]]] = []  # (kind, id, record ids) of the others
    for where, obj in records:
        kind = obj.get("kind") if isinstance(obj, dict) else None
        if kind == "record":
            record, sizes = pr.parse_record(obj, where)
            ids.append(record.id)
            declared.update(sizes)
            signature = (ps.parse(obj["signature"], where) if "signature" in obj
                         else None)
            if keep:
                content.records.append(record)
                if signature is not None:
                    content.signatures[record.id] = signature
        elif kind in pr.PARSERS:
            item = pr.PARSERS[kind](obj, where)
            named.append((kind, item.id, item.record_ids))
            if keep:
                getattr(content, _PLURAL[kind]).append(item)
        else:
            raise PackageRefused("record", f"{where} is not a record, entity, link or event.")
    retracted = []
    for where, obj in retractions:
        retraction = pr.parse_retraction(obj, where)
        retracted.append(retraction.record_id)
        if keep:
            content.retractions.append(retraction)
    if len(set(ids)) != len(ids):
        raise PackageRefused("record", "The package holds the same record twice.")
    if len(set(retracted)) != len(retracted):
        raise PackageRefused("record", "The package retracts the same record twice.")
    known = set(ids)
    for kind in ("entity", "link", "event"):  # in this order, as they were always checked
        for item_kind, item_id, record_ids in named:
            if item_kind == kind and (not record_ids or not set(record_ids) <= known):
                raise PackageRefused("record", f"{kind.capitalize()} {item_id} names no "
                                     "record, or a record not in this package.")
    return content, declared


def _content(entries: dict[str, bytes], manifest: Manifest) -> PackageContent:
    for name in (RECORDS, RETRACTIONS):
        if name not in entries:
            raise PackageRefused("archive", f"The archive has no {name}.")
    content, declared = _read_lines(pr.lines(entries[RECORDS], RECORDS),
                                    pr.lines(entries[RETRACTIONS], RETRACTIONS))
    if content.signatures and not manifest.signed:
        raise PackageRefused("record", f"Records carry originator signatures, which format "
                             f"version {manifest.format_version} does not have.")
    used = set()
    for r in content.records:
        for a in r.attachments:
            data = entries.get(f"attachments/{a.sha256}")
            if data is None or len(data) != declared.get(a.sha256):
                raise PackageRefused("record", f"Record {r.id} names an attachment that is "
                                     "missing or not the size it declares.")
            a.data = data
            used.add(a.sha256)
    stray = [n for n in entries if ATTACHMENT.fullmatch(n) and n.split("/")[1] not in used]
    if stray:
        raise PackageRefused("record", f"The archive holds {len(stray)} attachment(s) no "
                             "record names.")
    if HITS in entries:
        if content.records or content.retractions:
            raise PackageRefused("record", f"A package with {HITS} carries nothing else.")
        content.hits = ph.parse(entries[HITS])
    if content.counts() != manifest.counts:
        raise PackageRefused("manifest", "The manifest's counts do not match the content.")
    return content


def _read_file(path: Path, max_bytes: int) -> bytearray:
    size = path.stat().st_size
    if size > max_bytes:  # not even read
        raise PackageRefused("oversize", f"The package is {size:,} bytes, over the "
                             f"{max_bytes:,}-byte cap.")
    buffer = bytearray(size)
    with path.open("rb") as fh:
        if fh.readinto(buffer) != size or fh.read(1):
            raise PackageRefused("not-cms", "The file changed while it was being read: a "
                                 "copy was still under way. Receive it again once complete.")
    return buffer


def open_package(data: bytes | Path, *, keys: list[tuple[x509.Certificate, rsa.RSAPrivateKey]],
                 trust: SignerTrust, now: datetime | None = None,
                 limits: Limits = DEFAULT_LIMITS, max_bytes: int = DEFAULT_CAP) -> OpenedPackage:
    """Decrypt, verify against the pinned signer, check manifest, archive and records.

    Given a path, the file is read here and its bytes freed as soon as they are
    decrypted (bytes passed in stay alive in the caller until the call returns)."""
    now = now or certs.utcnow()
    own = isinstance(data, Path)
    if isinstance(data, Path):
        data = _read_file(data, max_bytes)
    if len(data) > max_bytes:
        raise PackageRefused("oversize", f"The package is {len(data):,} bytes, over the "
                             f"{max_bytes:,}-byte cap.")
    # A file read here is decrypted where it lies: one buffer for the whole package.
    plain, our_cert = cms.decrypt(data, keys, in_place=own)
    del data
    found: list[Any] = []

    def resolve(embedded: x509.Certificate | None, issuer: bytes | None, serial: int | None,
                ski: bytes | None) -> x509.Certificate:
        found.append(trust.resolve(embedded, issuer, serial, ski))
        return found[-1].cert

    verified = cms.verify(plain, resolve)
    del plain
    signer = found[-1]
    problem = trust.problem(signer, now)
    if problem:
        raise PackageRefused("signer", problem[0].upper() + problem[1:] + ".")
    # The directory is checked, nothing inflated; then the manifest alone, so every other
    # entry's size is known from the signed manifest before a byte of it is inflated.
    # A sender splits shares by their unpacked size (parts.py), so nothing honest
    # unpacks to much more than the package cap: that bounds what is inflated here.
    limits = replace(limits, max_total_bytes=min(limits.max_total_bytes,
                                                 max_bytes + INFLATE_SLACK))
    archive = Archive(verified.content, limits)
    if MANIFEST not in archive:
        raise PackageRefused("manifest", "The archive has no manifest.json.")
    if archive.sizes()[MANIFEST] > MAX_MANIFEST:
        raise PackageRefused("manifest", "The manifest is too large.")
    manifest = parse_manifest(archive.read(MANIFEST)[0])
    if manifest.sender["signing_fingerprint"] != certs.fingerprint(signer.cert):
        raise PackageRefused("sender", "The manifest names another signing certificate than "
                             "the one that signed the package.")
    if manifest.sender["agency"] != signer.agency:
        raise PackageRefused("sender", f"The manifest names the sender "
                             f"{manifest.sender['agency'][:80]!r}, but the signing certificate "
                             f"belongs to {signer.agency!r}.")
    ours = manifest.recipient(certs.fingerprint(our_cert))
    if ours is None:
        names = ", ".join(sorted({r["agency"][:60] for r in manifest.recipients}))
        raise PackageRefused("not-for-us", f"The package was addressed to {names}, not to us: "
                             "it was re-encrypted for us after signing.")
    if certs.parse_iso(manifest.created) > now + CLOCK_SKEW:
        raise PackageRefused("manifest", f"The package claims to be created at "
                             f"{manifest.created}, in the future.")
    checkpoint = None
    if manifest.checkpoint is not None:  # made with the key that signed the package
        checkpoint = audit_checkpoint.from_package(manifest.checkpoint, signer.cert,
                                                   manifest.sender, now)
    check_listing(manifest, archive.sizes())
    entries: dict[str, bytes | memoryview] = {}
    for e in manifest.entries:
        body, digest = archive.read(e["name"])
        check_entry(manifest, e["name"], body, digest)
        entries[e["name"]] = body
    signing_time = verified.signing_time
    del archive, verified
    content = _content(entries, manifest)
    return OpenedPackage(manifest, content, signer, signing_time, ours, checkpoint)
