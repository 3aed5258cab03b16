"""The ZIP inside a package: written deterministically, read with hostile input in mind.

Only five kinds of entry exist (``manifest.json``, ``records.jsonl``,
``retractions.jsonl``, ``hits.json``, ``attachments/<sha256>``); anything else — an absolute path,
``..``, a backslash, a duplicate name, an encrypted or oddly compressed entry — is
refused before a byte is decompressed. Declared sizes are capped, every entry's
compression ratio too (whatever its size: issue 16), and so are the whole archive's ratio
and the bytes inflated in total. Entries are inflated one at a time, on demand, in small
chunks that are hashed as they come, and reads stop at the declared size, so a lying
header ends in a refusal rather than a flood. The opener reads the manifest first and
checks every entry's declared size against it before inflating anything else.
"""

from __future__ import annotations

import bisect
import hashlib
import io
import itertools
import re
import struct
import zipfile
import zlib
from abc import abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from liaison.exchange.errors import PackageRefused

MANIFEST = "manifest.json"
RECORDS = "records.jsonl"
RETRACTIONS = "retractions.jsonl"
HITS = "hits.json"  # a hit/no-hit query or answer (issue 21; package/hits.py)
ATTACHMENT = re.compile(r"attachments/([0-9a-f]{64})")
_FIXED = (MANIFEST, RECORDS, RETRACTIONS, HITS)
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
    # Tiny entries (a short manifest, an empty retractions.jsonl) may compress better
    # than max_ratio without being a bomb: this many bytes more are allowed, per entry and
    # once for the whole archive. Small, so a thousand tiny entries cannot add up to a
    # bomb (issue 16: a 1 MiB exemption let 1.3 MB inflate to 1 GiB).
    ratio_allowance: int = 64 << 10


def _refuse(reason: str) -> PackageRefused:
    return PackageRefused("archive", reason)


@dataclass
class EntryInfo:
    name: str
    size: int
    sha256: str


class _Positioned(io.RawIOBase):
    """A seekable in-memory file: a position within ``_length()`` bytes."""

    pos = 0

    @abstractmethod
    def _length(self) -> int:
        """The file's size in bytes (what SEEK_END counts from)."""

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self.pos, io.SEEK_END: self._length()}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self.pos = base + offset
        return self.pos


class _PieceSink(_Positioned):
    """A seekable file that ``zipfile`` writes into, keeping the archive as a list of
    pieces: large immutable chunks (the attachments, stored as they are) by reference,
    everything else (headers, deflated output) copied into small buffers. At the size
    cap the archive is mostly attachments the caller already holds, so this spares a
    quarter-gigabyte copy of them. zipfile only ever seeks back to rewrite a local
    header it wrote earlier, which lies inside one small buffer."""

    BIG = 64 << 10

    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[bytearray | memoryview] = []
        self.starts: list[int] = []
        self.size = 0
        self.pos = 0

    def _length(self) -> int:
        return self.size

    def writable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        before = self.pos
        if super().seek(offset, whence) > self.size:  # no holes: zipfile never makes one
            self.pos = before
            raise ValueError("seek outside the archive")
        return self.pos

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        n = len(view)
        if self.pos < self.size:  # a rewrite in place: a local header, in a small buffer
            i = bisect.bisect_right(self.starts, self.pos) - 1
            piece, at = self.pieces[i], self.pos - self.starts[i]
            if not isinstance(piece, bytearray) or at + n > len(piece):
                raise OSError("the archive can only be rewritten within a header")
            piece[at:at + n] = view
        elif n >= self.BIG and isinstance(view.obj, bytes):  # immutable: safe to keep
            self.starts.append(self.size)
            self.pieces.append(view)
            self.size += n
        else:
            if not self.pieces or not isinstance(self.pieces[-1], bytearray):
                self.starts.append(self.size)
                self.pieces.append(bytearray())
            self.pieces[-1] += view
            self.size += n
        self.pos += n
        return n


class TooCompressible(Exception):
    """An entry deflated so well that a receiver would take it for a zip bomb."""


class ArchiveWriter:
    """Streams entries into an in-memory ZIP, hashing each for the manifest."""

    def __init__(self) -> None:
        self.sink = _PieceSink()
        self.zip = zipfile.ZipFile(self.sink, "w", allowZip64=True)
        self.entries: list[EntryInfo] = []

    def add(self, name: str, chunks: Iterable[bytes], *, compress: bool,
            limits: Limits | None = None) -> EntryInfo:
        """Add an entry; with ``limits``, :class:`TooCompressible` if it deflated beyond
        the ratio a receiver accepts (write it stored instead)."""
        info = zipfile.ZipInfo(name, date_time=_EPOCH)
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.external_attr = 0o600 << 16
        digest, size = hashlib.sha256(), 0
        with self.zip.open(info, "w", force_zip64=True) as fh:
            for chunk in chunks:
                digest.update(chunk)
                size += len(chunk)
                fh.write(chunk)
        if limits is not None and size > limits.max_ratio * info.compress_size \
                + limits.ratio_allowance:
            raise TooCompressible(name)
        entry = EntryInfo(name, size, digest.hexdigest())
        self.entries.append(entry)
        return entry

    def finish_pieces(self) -> list[memoryview]:
        """The archive as pieces to be read in order (large ones are the callers' own
        immutable chunks, by reference): nothing is joined."""
        self.zip.close()
        return [memoryview(p) for p in self.sink.pieces]

    def finish(self) -> memoryview:
        """The archive in one buffer."""
        return memoryview(b"".join(self.finish_pieces()))


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
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")  # zipfile's structFileHeader


def _span(view: memoryview, info: zipfile.ZipInfo) -> tuple[int, int]:
    """Where the entry's local header starts and its data ends, from the local header."""
    start = info.header_offset
    if start < 0 or start + _LOCAL_HEADER.size > len(view):
        raise _refuse(f"The archive entry {info.filename!r} is damaged.")
    header = _LOCAL_HEADER.unpack(view[start:start + _LOCAL_HEADER.size])
    return start, start + _LOCAL_HEADER.size + header[10] + header[11] + info.compress_size


def _no_overlap(view: memoryview, infos: list[zipfile.ZipInfo], central: int) -> None:
    """Entries must not share bytes, nor run into the central directory: an archive whose
    entries overlap is a zip bomb's trick (newer Pythons refuse it; 3.11 does not)."""
    spans = sorted(_span(view, info) for info in infos)
    for (_start, end), (after, _end) in itertools.pairwise(spans):
        if end > after:
            raise _refuse("The archive's entries overlap; refused as a possible zip bomb.")
    if spans and spans[-1][1] > central:
        raise _refuse("An archive entry runs into the central directory; refused.")


def _stored(view: memoryview, info: zipfile.ZipInfo) -> memoryview:
    """A stored (uncompressed) entry as a view into the archive, not a copy: the same
    checks zipfile makes when it reads one (local header signature, name, method,
    declared sizes, CRC-32)."""
    damaged = _refuse(f"The archive entry {info.filename!r} is damaged.")
    start = info.header_offset
    if start < 0 or start + _LOCAL_HEADER.size > len(view):
        raise damaged
    header = _LOCAL_HEADER.unpack(view[start:start + _LOCAL_HEADER.size])
    signature, flags, method = header[0], header[3], header[4]
    name_len, extra_len = header[10], header[11]
    begin = start + _LOCAL_HEADER.size
    try:
        name = bytes(view[begin:begin + name_len]).decode(
            "utf-8" if flags & 0x800 else "cp437")
    except UnicodeDecodeError as exc:
        raise damaged from exc
    if (signature != b"PK\x03\x04" or method != zipfile.ZIP_STORED or flags & 0x1
            or name != info.orig_filename):
        raise damaged
    begin += name_len + extra_len
    end = begin + info.compress_size
    if info.compress_size != info.file_size or end > len(view):
        raise _refuse(f"The archive entry {info.filename!r} is not the size it declares.")
    body = view[begin:end]
    if zlib.crc32(body) != info.CRC:
        raise _refuse(f"The archive entry {info.filename!r} is damaged (bad CRC-32).")
    return body


class _ViewReader(_Positioned):
    """A read-only, seekable file over a buffer, without the copy ``BytesIO`` makes of
    anything but ``bytes`` (the decrypted ZIP is a view into the decryption buffer)."""

    def __init__(self, data: bytes | memoryview) -> None:
        super().__init__()
        self.view = memoryview(data).cast("B")
        self.pos = 0

    def _length(self) -> int:
        return len(self.view)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self.view[self.pos:self.pos + len(buffer)]
        n = len(chunk)
        memoryview(buffer).cast("B")[:n] = chunk
        self.pos += n
        return n

    def read(self, size: int | None = -1) -> bytes:
        end = len(self.view) if size is None or size < 0 else self.pos + size
        chunk = bytes(self.view[self.pos:end])
        self.pos += len(chunk)
        return chunk


_CHUNK = 64 << 10


def _too_big(name: str, size: int, compressed: int) -> PackageRefused:
    return _refuse(f"The archive entry {name!r} expands {size / max(compressed, 1):,.0f} "
                   "times; refused as a possible zip bomb.")


class Archive:
    """An archive whose directory passed every check; entries are inflated on demand.

    Nothing is decompressed by the constructor: names, count, methods, declared sizes,
    each entry's and the whole archive's compression ratio, overlaps. :meth:`read`
    inflates one entry in chunks, never past its declared size nor past the archive's
    budget of inflated bytes."""

    def __init__(self, data: bytes | memoryview, limits: Limits = DEFAULT_LIMITS) -> None:
        try:
            self.zip = zipfile.ZipFile(_ViewReader(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise _refuse(f"The signed content is not a readable ZIP archive ({exc}).") from exc
        if len(infos) > limits.max_entries:
            raise _refuse(f"The archive has {len(infos):,} entries; at most "
                          f"{limits.max_entries:,} are accepted.")
        self.infos: dict[str, zipfile.ZipInfo] = {}
        total = compressed = 0
        for info in infos:
            _check_name(info.filename)
            if info.filename in self.infos:
                raise _refuse(f"The archive holds {info.filename!r} twice.")
            self.infos[info.filename] = info
            if info.flag_bits & 0x1:
                raise _refuse(f"The archive entry {info.filename!r} is encrypted.")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise _refuse(f"The archive entry {info.filename!r} uses compression method "
                              f"{info.compress_type}; only stored and deflated are accepted.")
            if info.file_size > limits.max_entry_bytes:
                raise _refuse(f"The archive entry {info.filename!r} declares "
                              f"{info.file_size:,} bytes; at most "
                              f"{limits.max_entry_bytes:,} are accepted.")
            total += info.file_size
            compressed += info.compress_size
            if total > limits.max_total_bytes:
                raise _refuse(f"The archive unpacks to more than {limits.max_total_bytes:,} "
                              "bytes; refused as a possible zip bomb.")
            # Every entry, whatever its size (issue 16).
            if info.file_size > limits.max_ratio * info.compress_size + limits.ratio_allowance:
                raise _too_big(info.filename, info.file_size, info.compress_size)
        if total > limits.max_ratio * compressed + limits.ratio_allowance:
            raise _refuse(f"The archive's {len(infos):,} entries expand "
                          f"{total / max(compressed, 1):,.0f} times in all; refused as a "
                          "possible zip bomb.")
        self.view = memoryview(data).cast("B")
        _no_overlap(self.view, infos, getattr(self.zip, "start_dir", len(self.view)))
        self.budget = min(total, limits.max_total_bytes)
        self.inflated = 0

    def __contains__(self, name: str) -> bool:
        return name in self.infos

    def sizes(self) -> dict[str, int]:
        """Each entry's declared (uncompressed) size, before anything is inflated."""
        return {name: info.file_size for name, info in self.infos.items()}

    def read(self, name: str) -> tuple[bytes | memoryview, str]:
        """One entry's bytes and their SHA-256, computed as it is inflated. A stored
        attachment is a view into the archive (no copy); other entries are bytes."""
        info = self.infos[name]
        if info.compress_type == zipfile.ZIP_STORED:
            body = _stored(self.view, info)
            digest = hashlib.sha256(body).hexdigest()
            # Attachments (the bulk) stay views into the decrypted package until merged.
            return (body if ATTACHMENT.fullmatch(name) else bytes(body)), digest
        self.inflated += info.file_size
        if self.inflated > self.budget:  # cannot happen after the checks above; stays cheap
            raise _refuse("The archive inflates to more than it declares; refused as a "
                          "possible zip bomb.")
        out = bytearray(info.file_size)  # bounded: declared, checked, within budget
        digest, n = hashlib.sha256(), 0
        try:
            with self.zip.open(info) as fh:
                while True:
                    # zipfile stops at the declared size and checks the CRC there, so an
                    # entry that inflates further than it said fails here, a chunk at a time.
                    chunk = fh.read(_CHUNK)
                    if not chunk:
                        break
                    if n + len(chunk) > info.file_size:
                        raise _refuse(f"The archive entry {name!r} is not the size it "
                                      "declares.")
                    out[n:n + len(chunk)] = chunk
                    digest.update(chunk)
                    n += len(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
                NotImplementedError) as exc:
            raise _refuse(f"The archive entry {name!r} is damaged ({exc}).") from exc
        if n != info.file_size:
            raise _refuse(f"The archive entry {name!r} is not the size it declares.")
        body = out if ATTACHMENT.fullmatch(name) else bytes(out)
        return body, digest.hexdigest()


def read(data: bytes | memoryview, limits: Limits = DEFAULT_LIMITS
         ) -> dict[str, bytes | memoryview]:
    """Every entry of the archive, after the safety checks; PackageRefused if any fails.
    The package opener reads entry by entry instead (:class:`Archive`)."""
    archive = Archive(data, limits)
    return {name: archive.read(name)[0] for name in archive.infos}
