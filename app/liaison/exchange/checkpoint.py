"""Signed audit checkpoints: what our audit chain looked like, in partners' hands.

A checkpoint is ``{workspace, agency, country, fingerprint, count, hash, time}`` (the
agency's identity fingerprint, the number of audit entries and the last one's hash),
canonical JSON inside CMS SignedData signed with the agency's signing key, the key
that signs packages (RFC 5652; ``openssl cms -verify`` reads it). One is made for every
package built and travels in its manifest; the receiver verifies it against the
sender's pinned certificate and keeps it. A chain later found shorter than a count it
once signed, or with another hash at that count, was truncated or rewritten: detectable
against what partners hold even by someone who can rewrite everything in the
workspace (ARCHITECTURE.md, "Audit head" and "Packages").
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from asn1crypto import pem
from cryptography import x509

from liaison.exchange import certs, cms, identity, partners
from liaison.exchange.errors import ExchangeError, PackageRefused
from liaison.store import audit
from liaison.store.atomic import write_atomic
from liaison.store.database import Connection
from liaison.store.metadata import canonical_json

FORMAT = "liaison-audit-checkpoint"
VERSION = 1
MAX_BYTES = 64 << 10  # a checkpoint is about 2 KiB: JSON, one certificate, one signature
FIELDS = ("format", "version", "workspace", "agency", "country", "fingerprint", "count",
          "hash", "time")
_HEX64 = re.compile(r"[0-9a-f]{64}")
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
# Clocks drift; a checkpoint a little in the future is a slow clock, a day is not.
CLOCK_SKEW = timedelta(hours=12)


class CheckpointError(ExchangeError):
    """A checkpoint that cannot be read, or whose signature does not verify."""


class CheckpointForged(CheckpointError):
    """A checkpoint whose signature does not verify, or that names a signer it should not:
    evidence about the workspace, not merely a bad file."""


@dataclass(frozen=True)
class Checkpoint:
    """One signed checkpoint: the facts it signs, and the signed object itself."""

    workspace: str
    agency: str
    country: str
    fingerprint: str
    count: int
    hash: str
    time: str
    der: bytes
    signer: x509.Certificate

    @property
    def day(self) -> str:
        return self.time[:10]

    def facts(self) -> dict[str, Any]:
        return {"workspace": self.workspace, "agency": self.agency,
                "fingerprint": self.fingerprint, "count": self.count, "hash": self.hash,
                "time": self.time}


# --- making --------------------------------------------------------------------------------


def make(conn: Connection, workspace_id: str, now: datetime | None = None,
         sender: Any = None) -> Checkpoint:
    """Sign our chain as it stands (its last entry, inside the caller's transaction).

    ``sender`` (a package Sender: agency, country, signing certificate and key,
    encryption certificate) spares loading the private key again, which costs more
    than signing (the key is checked when loaded)."""
    if sender is None:
        ident = identity.current_identity(conn)
        cert, key = identity.signing_key(conn)
        agency, country, enc = ident.agency, ident.country, ident.encryption_cert
    else:
        agency, country = sender.agency, sender.country
        cert, key, enc = sender.signing_cert, sender.signing_key, sender.encryption_cert
    fingerprint = certs.identity_fingerprint(certs.fingerprint(cert), certs.fingerprint(enc))
    count, digest = audit.last(conn)
    when = certs.iso(now or certs.utcnow())
    body = {"format": FORMAT, "version": VERSION, "workspace": workspace_id,
            "agency": agency, "country": country, "fingerprint": fingerprint,
            "count": count, "hash": digest, "time": when}
    der = cms.sign(canonical_json(body), cert, key)
    return Checkpoint(workspace_id, agency, country, fingerprint, count, digest, when, der,
                      cert)


def record_given(conn: Connection, checkpoint: Checkpoint, package_id: str) -> None:
    """Keep what we gave, as given: ``audit verify`` compares the chain with it."""
    conn.execute(
        "INSERT INTO checkpoints_given (package_id, workspace, count, hash, made, der) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (package_id, checkpoint.workspace, checkpoint.count, checkpoint.hash,
         checkpoint.time, checkpoint.der))


# --- reading -------------------------------------------------------------------------------

Resolver = Callable[[x509.Certificate | None, bytes | None, int | None, bytes | None],
                    x509.Certificate]


def _facts(content: bytes) -> dict[str, Any]:
    try:
        obj = json.loads(bytes(content).decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise CheckpointError("its signed content is not JSON") from exc
    if not isinstance(obj, dict) or set(obj) != set(FIELDS):
        raise CheckpointError("its signed content does not have the fields of a checkpoint")
    if obj["format"] != FORMAT:
        raise CheckpointError(f"its signed content is {str(obj['format'])[:40]!r}, not "
                              "an audit checkpoint")
    if obj["version"] != VERSION:
        raise CheckpointError(f"it has version {str(obj['version'])[:10]}; this Liaison "
                              f"reads version {VERSION}")
    try:
        if str(uuid.UUID(str(obj["workspace"]))) != obj["workspace"]:
            raise ValueError
    except ValueError:
        raise CheckpointError("its workspace is not a lower-case UUID") from None
    texts = ("agency", "country", "fingerprint", "hash", "time")
    if not all(isinstance(obj[k], str) for k in texts) or not 0 < len(obj["agency"]) <= 512:
        raise CheckpointError("a field of its signed content has the wrong type")
    if type(obj["count"]) is not int or obj["count"] < 0:
        raise CheckpointError("its entry count is not a whole number")
    if not (_HEX64.fullmatch(obj["fingerprint"]) and _HEX64.fullmatch(obj["hash"])):
        raise CheckpointError("its fingerprint or hash is not SHA-256 hex")
    if not _TIME.fullmatch(obj["time"]):
        raise CheckpointError("its time is not a UTC time")
    return obj


def read(der: bytes, resolve: Resolver) -> Checkpoint:
    """Verify ``der`` (SignedData) with the certificate ``resolve`` returns and parse it;
    CheckpointError names what is wrong (PackageRefused from ``resolve`` passes)."""
    if len(der) > MAX_BYTES:
        raise CheckpointError(f"it is {len(der):,} bytes; a checkpoint is a few kilobytes")
    used: list[x509.Certificate] = []

    def pinned(*args: Any) -> x509.Certificate:
        used.append(resolve(*args))
        return used[-1]

    try:
        verified = cms.verify(der, pinned)
    except CheckpointError:
        raise  # the resolver's: an unknown signer
    except PackageRefused as exc:
        if exc.code not in ("not-cms", "signature"):
            raise  # the resolver's own refusal (an unknown signer): its message stands
        if exc.code == "not-cms":
            raise CheckpointError("it is not a complete CMS signed object") from exc
        raise CheckpointForged("its signature does not verify: it was altered after "
                               "signing, or was not signed with the key it names") from exc
    except Exception as exc:  # hostile DER breaks the parsers in many ways
        raise CheckpointError(f"it is not a well-formed CMS signed object "
                              f"({type(exc).__name__})") from exc
    facts = _facts(bytes(verified.content))
    return Checkpoint(facts["workspace"], facts["agency"], facts["country"],
                      facts["fingerprint"], facts["count"], facts["hash"], facts["time"],
                      bytes(der), used[-1])


def from_package(der: bytes, signer_cert: x509.Certificate, sender: dict[str, str],
                 now: datetime) -> Checkpoint:
    """The checkpoint a package's manifest carries, made by the package's own signer;
    PackageRefused (``checkpoint``) names what is wrong."""

    def resolve(embedded: x509.Certificate | None, issuer: bytes | None,
                serial: int | None, ski: bytes | None) -> x509.Certificate:
        if embedded is not None and certs.fingerprint(embedded) != certs.fingerprint(
                signer_cert):
            raise CheckpointForged("it was signed with another certificate than the package")
        return signer_cert

    def refuse(why: str) -> PackageRefused:
        return PackageRefused("checkpoint", f"The package's audit checkpoint is refused: "
                              f"{why}.")

    try:
        checkpoint = read(der, resolve)
    except CheckpointError as exc:
        raise refuse(str(exc)) from exc
    expected = certs.identity_fingerprint(sender["signing_fingerprint"],
                                          sender["encryption_fingerprint"])
    if checkpoint.agency != sender["agency"] or checkpoint.fingerprint != expected:
        raise refuse("it names another agency or fingerprint than the package's sender")
    if certs.parse_iso(checkpoint.time) > now + CLOCK_SKEW:
        raise refuse(f"it claims to be made at {checkpoint.time}, in the future")
    return checkpoint


def record_received(conn: Connection, checkpoint: Checkpoint, pid: int, package_id: str,
                    now: datetime) -> None:
    """Keep a partner's checkpoint (inside the merge transaction)."""
    conn.execute(
        "INSERT INTO partner_checkpoints (pid, package_id, workspace, agency, fingerprint, "
        "count, hash, made, received, der) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (pid, package_id, checkpoint.workspace, checkpoint.agency, checkpoint.fingerprint,
         checkpoint.count, checkpoint.hash, checkpoint.time, certs.iso(now),
         checkpoint.der))


def load_file(path: Path) -> bytes:
    """A checkpoint file's DER (PEM is unarmoured); CheckpointError if unreadable."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise CheckpointError(f"{path} is not a file.")
        if size > MAX_BYTES:
            raise CheckpointError(f"{path} is {size:,} bytes: not a checkpoint (a "
                                  "checkpoint file is a few kilobytes).")
        data = path.read_bytes()
    except FileNotFoundError:
        raise CheckpointError(f"{path} does not exist.") from None
    except OSError as exc:
        raise CheckpointError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if pem.detect(data):
        try:
            _, _, data = pem.unarmor(data)
        except ValueError as exc:
            raise CheckpointError(f"{path} is damaged PEM: {exc}.") from exc
    return data


def write_file(checkpoint: Checkpoint, out: Path) -> None:
    """Write ``checkpoint`` as DER SignedData, the form ``openssl cms -verify -inform DER``
    reads; atomically, never over an existing file."""
    out = Path(out)
    if out.exists():
        raise CheckpointError(f"{out} already exists; choose a new file name.")
    try:
        write_atomic(out, checkpoint.der, mode=0o644)
    except OSError as exc:
        raise CheckpointError(f"Cannot write {out}: {exc.strerror or exc}.") from exc


# --- the chain against checkpoints ----------------------------------------------------------


def _entries(n: int) -> str:
    return f"{n} entry is" if n == 1 else f"{n} entries are"


def _after(made: str) -> str:
    """Audit times above this were written in a later second than a checkpoint made at
    ``made`` (audit times carry microseconds, checkpoint times whole seconds)."""
    return made[:19] + ".999999Z"


def _newest_up_to(conn: Connection, seqs: set[int]) -> dict[int, str]:
    """For each of ``seqs``, the latest time of any entry up to it (one pass)."""
    out: dict[int, str] = {}
    if not seqs:
        return out
    top = ""
    for seq, ts in conn.execute("SELECT seq, ts FROM audit WHERE seq <= ? ORDER BY seq",
                                (max(seqs),)):
        top = max(top, ts)
        if seq in seqs:
            out[seq] = top
    return out


def _verdict(conn: Connection, count: int, digest: str, made: str
             ) -> tuple[str, int] | None:
    """None when the chain agrees with a checkpoint; else why not:

    * ``("cut", s)``: entry ``s``, at or below the checkpoint's count, was written after
      the checkpoint was signed: the chain was cut back to ``s - 1`` entries and has grown
      again since (an open appends entries of its own, a finding too);
    * ``("missing", n)``: the chain has only ``n`` entries, fewer than the count;
    * ``("rewritten", 0)``: the entry at the count hashes otherwise."""
    current, _ = audit.last(conn)
    if count <= current and audit.hash_at(conn, count) == digest:
        return None
    row = conn.execute("SELECT min(seq) FROM audit WHERE seq <= ? AND ts > ?",
                       (min(count, current), _after(made))).fetchone()
    if row[0] is not None:
        return "cut", row[0]
    if count > current:
        return "missing", current
    return "rewritten", 0


def compare(conn: Connection, count: int, digest: str, made: str, source: str
            ) -> audit.Problem | None:
    """The chain against one checkpoint (``source``: "given to BKA", "held in FILE")."""
    verdict = _verdict(conn, count, digest, made)
    if verdict is None:
        return None
    kind, at = verdict
    day = made[:10]
    if kind == "missing":
        return audit.Problem("checkpoint", (
            f"The chain has {at} entries; a checkpoint signed on {day} and {source} says "
            f"{count}: {_entries(count - at)} missing."))
    if kind == "cut":
        return audit.Problem("checkpoint", (
            f"The chain was cut back to {at - 1} entries: a checkpoint signed on {day} and "
            f"{source} says {count}, and the entries from {at} on were written after it was "
            f"signed: {_entries(count - at + 1)} missing."))
    return audit.Problem("checkpoint", (
        f"Entry {count} is not the one a checkpoint signed on {day} and {source} recorded: "
        "the log was rewritten and re-hashed up to it."))


def _ours(conn: Connection) -> Resolver:
    """Resolves a checkpoint's signer among our own signing certificates, any generation."""
    mine = {certs.fingerprint(c): c for c in (
        x509.load_der_x509_certificate(der) for (der,) in conn.execute(
            "SELECT certificate FROM identity_keys WHERE usage = 'signing' "
            "AND certificate IS NOT NULL"))}

    def resolve(embedded: x509.Certificate | None, issuer: bytes | None, serial: int | None,
                ski: bytes | None) -> x509.Certificate:
        if embedded is not None and certs.fingerprint(embedded) in mine:
            return mine[certs.fingerprint(embedded)]
        for cert in mine.values():
            if (issuer is not None and cert.serial_number == serial
                    and cert.issuer.public_bytes() == issuer):
                return cert
        named = (f"certificate {certs.grouped(certs.fingerprint(embedded))[:39]}…"
                 if embedded is not None else "a certificate it does not include")
        raise CheckpointForged(f"it was signed with {named}, which is none of this "
                               "agency's signing certificates")

    return resolve


def _recipients(conn: Connection, package_id: str) -> str:
    names = [n for (n,) in conn.execute(
        "SELECT p.name FROM outbox o JOIN outbox_recipients r ON r.oid = o.oid "
        "JOIN partners p ON p.pid = r.pid WHERE o.package_id = ? ORDER BY p.name",
        (package_id,))]
    if not names:
        return "given to a partner"
    return "given to " + (" and ".join(names) if len(names) < 3
                          else ", ".join(names[:-1]) + " and " + names[-1])


def check_given(conn: Connection) -> tuple[list[audit.Problem], list[str]]:
    """The chain against every checkpoint we gave partners (kept as sent): problems (the
    checkpoint counting most entries the chain lacks, the first one it disagrees with),
    and a line saying what was compared."""
    total, latest = conn.execute(
        "SELECT count(*), (SELECT package_id FROM checkpoints_given "
        "ORDER BY count DESC, cgid DESC LIMIT 1) FROM checkpoints_given").fetchone()
    if not total:
        return [], ["No checkpoint has been given to a partner yet: nothing outside this "
                    "workspace vouches for the log's length."]
    # One pass in SQL: only the checkpoints the chain disagrees with come back.
    rows = conn.execute(
        "SELECT g.package_id, g.count, g.hash, g.made, g.der FROM checkpoints_given g "
        "LEFT JOIN audit a ON a.seq = g.count WHERE a.hash IS NOT g.hash "
        "ORDER BY g.count, g.cgid").fetchall()
    missing: list[tuple[Any, ...]] = []
    differ: list[tuple[Any, ...]] = []
    current, _ = audit.last(conn)
    newest = _newest_up_to(conn, {min(row[1], current) for row in rows})
    for row in rows:  # as _verdict judges, without a query per checkpoint
        cut = newest.get(min(row[1], current), "") > _after(row[3])
        (missing if cut or row[1] > current else differ).append(row)
    problems = []
    resolve = _ours(conn)
    for row, rest, what in ((missing[-1] if missing else None, len(missing) - 1,
                             ("counts entries the chain lacks",
                              "count entries the chain lacks")),
                            (differ[0] if differ else None, len(differ) - 1,
                             ("disagrees with the chain", "disagree with the chain"))):
        if row is None:
            continue
        package_id, count, digest, _made, der = row
        source = _recipients(conn, package_id)
        try:  # the message quotes what was signed, not a row someone could edit
            signed = read(der, resolve)
        except CheckpointError as exc:
            problems.append(audit.Problem("checkpoint", (
                f"The checkpoint {source} (package {package_id}) as kept in this workspace "
                f"no longer verifies: {exc}. The kept copies were edited.")))
            continue
        if (signed.count, signed.hash) != (count, digest):
            problems.append(audit.Problem("checkpoint", (
                f"The checkpoint {source} (package {package_id}) as kept in this workspace "
                "was edited: its row no longer says what was signed.")))
        problem = compare(conn, signed.count, signed.hash, signed.time, source)
        if problem is not None:
            tail = "" if rest <= 0 else (
                f" {rest} other checkpoint{'s' if rest > 1 else ''} given to partners "
                f"also {what[rest > 1]}.")
            problems.append(audit.Problem(problem.kind, problem.message + tail))
    if problems:
        return problems, []
    count, made = conn.execute("SELECT count, made FROM checkpoints_given WHERE package_id = ?",
                               (latest,)).fetchone()
    many = total > 1
    return [], [f"{total} checkpoint{'s' if many else ''} given to partners "
                f"{'agree' if many else 'agrees'} with the chain; the latest, signed on "
                f"{made[:10]} and {_recipients(conn, latest)}, covers {count} entries."]


def check_file(conn: Connection, workspace_id: str, path: Path
               ) -> tuple[list[audit.Problem], list[str]]:
    """The chain against a checkpoint file a partner holds (``liaison audit verify
    --checkpoint FILE``). CheckpointError when the file is no checkpoint at all; a
    checkpoint that does not verify, or is another workspace's, is a problem."""
    path = Path(path)
    der = load_file(path)
    source = f"held in {path.name}"
    try:
        checkpoint = read(der, _ours(conn))
    except CheckpointForged as exc:
        return [audit.Problem("checkpoint", (
            f"The checkpoint in {path.name} cannot vouch for this workspace: {exc}."))], []
    except CheckpointError as exc:
        raise CheckpointError(f"{path} is not a Liaison audit checkpoint: {exc}.") from exc
    note = ""
    if checkpoint.workspace != workspace_id:
        row = conn.execute(
            "SELECT seq FROM audit WHERE action = 'workspace.restore' AND json_valid(details) "
            "AND json_extract(details, '$.original_id') = ?", (checkpoint.workspace,)
        ).fetchone()
        if row is None:
            return [audit.Problem("checkpoint", (
                f"The checkpoint in {path.name} is of workspace {checkpoint.workspace}, not "
                f"this one ({workspace_id}), and this workspace was not restored from a "
                "backup of it: it says nothing about this log."))], []
        note = (f" (signed for workspace {checkpoint.workspace}, which this one was restored "
                f"from at entry {row[0]})")
    problem = compare(conn, checkpoint.count, checkpoint.hash, checkpoint.time, source)
    if problem is not None:
        return [problem], []
    have, _ = audit.last(conn)
    return [], [f"The checkpoint in {path.name}, signed on {checkpoint.day} by "
                f"{checkpoint.agency}{note}, covers {checkpoint.count} entries and agrees "
                f"with the chain ({have} entries)."]


def latest_from(conn: Connection, partner: str) -> Checkpoint:
    """The newest checkpoint we hold from ``partner`` (the latest made; the most
    entries), its signature checked again against the partner's pinned certificates."""
    row = conn.execute(
        "SELECT c.der FROM partner_checkpoints c JOIN partners p ON p.pid = c.pid "
        "WHERE p.name = ? ORDER BY c.made DESC, c.count DESC, c.pcid DESC LIMIT 1",
        (partner,)).fetchone()
    if row is None:
        raise CheckpointError(f"No audit checkpoint from partner {partner!r} is held here: "
                              "one arrives with every package it sends.")
    # Any certificate pinned for it, revoked or superseded too: it vouched when it signed.
    pinned = {c.fingerprint: c.cert for c in partners.certificates(conn, partner)
              if c.usage == "signing"}

    def resolve(embedded: x509.Certificate | None, *_: Any) -> x509.Certificate:
        if embedded is None or certs.fingerprint(embedded) not in pinned:
            raise CheckpointForged("it is signed by none of the partner's pinned "
                                   "certificates")
        return pinned[certs.fingerprint(embedded)]

    return read(bytes(row[0]), resolve)


def held(conn: Connection) -> list[dict[str, Any]]:
    """The latest checkpoint held from each partner workspace, and how many in all."""
    out = []
    for name, workspace, agency, count, made, received, total in conn.execute(
            "SELECT p.name, c.workspace, c.agency, c.count, c.made, c.received, "
            "(SELECT count(*) FROM partner_checkpoints d WHERE d.pid = c.pid AND "
            "d.workspace = c.workspace) FROM partner_checkpoints c JOIN partners p "
            "ON p.pid = c.pid WHERE c.pcid = (SELECT e.pcid FROM partner_checkpoints e "
            "WHERE e.pid = c.pid AND e.workspace = c.workspace "
            "ORDER BY e.made DESC, e.count DESC, e.pcid DESC LIMIT 1) "
            "ORDER BY p.name, c.made"):
        out.append({"partner": name, "workspace": workspace, "agency": agency,
                    "count": count, "made": made, "received": received, "held": total})
    return out
