"""Two agencies that trust each other, sample records, and ways to compare stores."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from liaison.analysis.partners import Agreement, update_partner
from liaison.exchange import certs, cms, identity
from liaison.exchange.package.archive import MANIFEST, RECORDS, RETRACTIONS, ArchiveWriter
from liaison.exchange.package.manifest import Manifest
from liaison.formats.importer import ingest_items
from liaison.model.records import Attachment, Entity, Record, stable_id
from liaison.model.values import DateValue
from liaison.store.database import transaction
from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE

OPENSSL = shutil.which("openssl")
GENEROUS = Agreement(max_tlp="AMBER", handling_codes=("H0", "H1", "H2", "H3"),
                     third_party=True)
INTEL_TABLES = ("records", "record_versions", "entities", "entity_values", "entity_records",
                "links", "link_records", "events", "event_entities", "event_records",
                "attachments", "record_attachments", "inbox", "sources", "relayed_claims",
                "record_signatures")


def new_workspace(folder: Path, agency: str, country: str) -> Workspace:
    ws = Workspace.create(folder, agency, country, use_keyring=False, passphrase=PASSPHRASE)
    ws.identity_create()
    return ws


def cert_files(ws: Workspace, folder: Path) -> tuple[Path, Path]:
    paths = ws.identity_export(folder)
    return paths[0], paths[1]


def pin(receiver: Workspace, sender: Workspace, name: str, folder: Path,
        verify: bool = True) -> None:
    """``receiver`` pins ``sender``'s certificates as partner ``name`` (and verifies)."""
    signing, encryption = cert_files(sender, folder)
    receiver.partner_certs(name, signing, encryption, country=sender.meta.agency_country)
    if verify:
        receiver.partner_verify(name, certs.grouped(sender.identity().fingerprint))
    with transaction(receiver.conn):
        update_partner(receiver.conn, receiver.actor, name, agreement=GENEROUS)


def sample(agency: str, country: str, n: int = 3, tag: str = "r",
           attachment: bytes | None = None) -> list:
    """``n`` records of ``agency`` with a person each (and an attachment on the first)."""
    items: list = []
    for i in range(1, n + 1):
        atts = []
        if attachment is not None and i == 1:
            atts = [Attachment(hashlib.sha256(attachment).hexdigest(), "scan.bin",
                               "application/octet-stream", attachment)]
        rec = Record(stable_id(agency, tag, str(i)), agency, country, f"{country}-{tag}-{i}",
                     f"Report {i} on harbour logistics", f"Shipment {i} observed at the quay.",
                     language="en", reported=DateValue(f"2025-03-{i:02d}", "day"),
                     handling="H1", tlp="GREEN", reliability="B", assessment="2",
                     attachments=atts)
        person = Entity(stable_id(agency, tag, f"p{i}"), "Person", record_ids=[rec.id])
        person.add_raw("name", f"Courier Number{i}")
        items += [rec, person]
    return items


def add_records(ws: Workspace, items: list) -> list[str]:
    ingest_items(ws.conn, items, source_name="sample", fmt="test", sha256="0" * 64,
                 actor=ws.actor)
    return [i.id for i in items if isinstance(i, Record)]


def intel_digest(ws: Workspace) -> str:
    """SHA-256 over every intelligence table (and the inbox): 'the store is unchanged'."""
    digest = hashlib.sha256()
    for table in INTEL_TABLES:
        for row in ws.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
            digest.update(json.dumps(row, default=lambda b: bytes(b).hex()).encode())
    return digest.hexdigest()


@dataclass
class Agencies:
    """Politie (NL) and BKA (DE), each knowing the other as a verified partner."""

    nl: Workspace
    de: Workspace
    tmp: Path

    def close(self) -> None:
        self.nl.close()
        self.de.close()


def two_agencies(tmp: Path) -> Agencies:
    nl = new_workspace(tmp / "nl", "Politie NL", "NL")
    de = new_workspace(tmp / "de", "Bundeskriminalamt", "DE")
    pin(de, nl, "Politie", tmp / "nl-certs")
    pin(nl, de, "BKA", tmp / "de-certs")
    return Agencies(nl, de, tmp)


def private_pem(ws: Workspace, usage: str, path: Path) -> Path:
    """A test-only copy of a workspace's private key, for the openssl command."""
    if usage == "signing":
        _, key = identity.signing_key(ws.conn)
    else:
        key = identity.decryption_keys(ws.conn)[0][1]
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                       serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
    return path


def archive(records: bytes, manifest: Manifest, *, retractions: bytes = b"",
            extra: list[tuple[str, bytes]] | None = None, tamper: dict | None = None) -> bytes:
    """A package ZIP with a manifest listing its entries (then ``tamper``ed)."""
    writer = ArchiveWriter()
    writer.add(RECORDS, [records], compress=True)
    writer.add(RETRACTIONS, [retractions], compress=True)
    for name, body in extra or []:
        writer.add(name, [body], compress=False)
    manifest.set_entries(writer.entries)
    for key, value in (tamper or {}).items():
        setattr(manifest, key, value)
    writer.add(MANIFEST, [manifest.to_bytes()], compress=True)
    return bytes(writer.finish())


def seal(ws: Workspace, zip_bytes: bytes, recipients: list) -> bytes:
    """Sign as ``ws`` and encrypt to ``recipients`` (certificates), as Liaison does."""
    cert, key = identity.signing_key(ws.conn)
    return b"".join(cms.envelope(cms.sign(zip_bytes, cert, key), recipients))


def run_openssl(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    assert OPENSSL
    return subprocess.run([OPENSSL, *args], capture_output=True, input=stdin, timeout=60,
                          check=False)
