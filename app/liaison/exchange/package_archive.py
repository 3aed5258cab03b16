"""The ZIP inside a package: written deterministically, read with hostile input in mind.

Only four kinds of entry exist (``manifest.json``, ``records.jsonl``,
``retractions.jsonl``, ``attachments/<sha256>``); anything else — an absolute path,
``..``, a backslash, a duplicate name, an encrypted or oddly compressed entry — is
refused before a byte is decompressed. Declared sizes and compression ratios are
capped (zip bombs), and reads stop at the declared size, so a lying header ends in a
CRC error rather than a flood.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from liaison.exchange.errors import PackageRefused

MANIFEST = "manifest.json"
RECORDS = "records.jsonl"
RETRACTIONS = "retractions.jsonl"
ATTACHMENT = re.compile(r"attachments/([0-9a-f]{64})")
_FIXED = (MANIFEST, RECORDS, RETRACTIONS)
# A fixed timestamp: the manifest carries the creation time, and local clocks and time
# zones have no business in the bytes.
_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Limits:
    """What an archive may hold; the defaults suit the 256 MiB package cap."""

    max_entries: int = 200_000
    max_entry_bytes: int = 1 << 30
    max_total_bytes: int = 1 << 30
    max_ratio: float = 100.0
    # Small entries may compress better than max_ratio without being a bomb.
    ratio_floor: int = 1 << 20


def _refuse(reason: str) -> PackageRefused:
    return PackageRefused("archive", reason)


@dataclass
class EntryInfo:
    name: str
    size: int
    sha256: str


class ArchiveWriter:
    """Streams entries into an in-memory ZIP, hashing each for the manifest."""

    def __init__(self) -> None:
        self.buffer = io.BytesIO()
        self.zip = zipfile.ZipFile(self.buffer, "w", allowZip64=True)
        self.entries: list[EntryInfo] = []

    def add(self, name: str, chunks: Iterable[bytes], *, compress: bool) -> EntryInfo:
        info = zipfile.ZipInfo(name, date_time=_EPOCH)
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.external_attr = 0o600 << 16
        digest, size = hashlib.sha256(), 0
        with self.zip.open(info, "w", force_zip64=True) as fh:
            for chunk in chunks:
                digest.update(chunk)
                size += len(chunk)
                fh.write(chunk)
        entry = EntryInfo(name, size, digest.hexdigest())
        self.entries.append(entry)
        return entry

    def finish(self) -> memoryview:
        self.zip.close()
        return self.buffer.getbuffer()


def _check_name(name: str) -> None:
    shown = repr(name[:100])
    if not name or name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", name):
        raise _refuse(f"The archive holds an entry with an absolute path ({shown}).")
    if "\\" in name or "\x00" in name:
        raise _refuse(f"The archive holds an entry name with a backslash or NUL ({shown}).")
    if ".." in name.split("/"):
        raise _refuse(f"The archive holds an entry that climbs out with '..' ({shown}).")
    if name not in _FIXED and not ATTACHMENT.fullmatch(name):
        raise _refuse(f"The archive holds an unexpected entry {shown}; a package has only "
                      "manifest.json, records.jsonl, retractions.jsonl and attachments/<sha256>.")


DEFAULT_LIMITS = Limits()


def read(data: bytes | memoryview, limits: Limits = DEFAULT_LIMITS) -> dict[str, bytes]:
    """Every entry of the archive, after the safety checks; PackageRefused if any fails."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise _refuse(f"The signed content is not a readable ZIP archive ({exc}).") from exc
    if len(infos) > limits.max_entries:
        raise _refuse(f"The archive has {len(infos):,} entries; at most "
                      f"{limits.max_entries:,} are accepted.")
    seen: set[str] = set()
    total = 0
    for info in infos:
        _check_name(info.filename)
        if info.filename in seen:
            raise _refuse(f"The archive holds {info.filename!r} twice.")
        seen.add(info.filename)
        if info.flag_bits & 0x1:
            raise _refuse(f"The archive entry {info.filename!r} is encrypted.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refuse(f"The archive entry {info.filename!r} uses compression method "
                          f"{info.compress_type}; only stored and deflated are accepted.")
        if info.file_size > limits.max_entry_bytes:
            raise _refuse(f"The archive entry {info.filename!r} declares {info.file_size:,} "
                          f"bytes; at most {limits.max_entry_bytes:,} are accepted.")
        total += info.file_size
        if total > limits.max_total_bytes:
            raise _refuse(f"The archive unpacks to more than {limits.max_total_bytes:,} "
                          "bytes; refused as a possible zip bomb.")
        if (info.file_size > limits.ratio_floor
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)):
            raise _refuse(f"The archive entry {info.filename!r} expands "
                          f"{info.file_size / max(info.compress_size, 1):,.0f} times; refused "
                          "as a zip bomb.")
    out: dict[str, bytes] = {}
    for info in infos:
        try:
            with archive.open(info) as fh:
                # Never read past the declared size: zipfile stops there and checks the
                # CRC, so an entry that inflates further than it said fails here.
                body = fh.read(info.file_size + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
                NotImplementedError) as exc:
            raise _refuse(f"The archive entry {info.filename!r} is damaged ({exc}).") from exc
        if len(body) != info.file_size:
            raise _refuse(f"The archive entry {info.filename!r} is not the size it declares.")
        out[info.filename] = body
    return out
