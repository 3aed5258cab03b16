"""A small workspace for the sharing tests: records that each trip one policy rule, and
records whose narratives hold names, phones and accounts in several spellings."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from liaison.formats.importer import ingest_items
from liaison.model.records import Attachment, Entity, Link, Record, stable_id
from liaison.model.values import DateValue
from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE

OURS = "Europol desk"
BKA = "Bundeskriminalamt"


def rid(name: str) -> str:
    return stable_id("test", "share", name)


def record(name: str, **kw) -> Record:
    base = {"id": rid(name), "agency": OURS, "country": "NL", "reference": f"EU-{name}",
            "title": f"Report {name}", "narrative": f"Nothing sensitive in {name}.",
            "reported": DateValue("2025-03-01", "day"), "tlp": "GREEN", "handling": "H0",
            "reliability": "B", "assessment": "2", "legal_basis": "Art. 18 Europol Regulation",
            "purpose": "Operation Nordwind"}
    base.update(kw)
    return Record(**base)


def jpeg_with_exif() -> bytes:
    from PIL import Image

    img = Image.new("RGB", (8, 8), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # Make
    exif[0x013B] = "Informant Petrov"  # Artist
    out = io.BytesIO()
    img.save(out, format="JPEG", exif=exif.tobytes())
    return out.getvalue()


POLICY_RECORDS = {
    "ours_green": {},
    "red": {"agency": BKA, "country": "DE", "tlp": "RED"},
    "amber_strict": {"agency": BKA, "country": "DE", "tlp": "AMBER+STRICT", "handling": "H1"},
    "bka_amber": {"agency": BKA, "country": "DE", "tlp": "AMBER", "handling": "H1"},
    "bka_h2": {"agency": BKA, "country": "DE", "handling": "H2"},
    "ours_h3": {"handling": "H3", "handling_conditions": "Not to be used in court."},
    "no_handling": {"handling": None},
    "no_tlp": {"tlp": None},
    "retracted": {"status": "retracted"},
    "source": {"handling_conditions": "Source CHIS-17 must be protected.",
               "extra": {"informant": "CHIS-17", "stix_id": "report--1", "synthetic": True}},
}

PETROV = "Aleksandr Petrov"
PETROV_CYRILLIC = "Александр Петров"
NOVAK = "Jana Novak"


def redaction_items() -> list:
    """Two records naming the same man in Latin and Cyrillic, his phone written two ways."""
    photo = jpeg_with_exif()
    first = record("narrative_de", agency=BKA, country="DE", handling="H1", language="de",
                   title=f"Treffen {PETROV} / {NOVAK}",
                   narrative=f"Am 03.03.2025 traf {PETROV} (geb. 12.05.1980) die {NOVAK}. "
                             f"{PETROV} nutzt 0151 23456789 und petrov@example.org; Konto "
                             "DE89 3704 0044 0532 0130 00. Petrov fuhr weg.",
                   attachments=[Attachment(hashlib.sha256(photo).hexdigest(), "petrov.jpg",
                                           "image/jpeg", photo)])
    second = record("narrative_bg", agency=BKA, country="DE", handling="H1", language="bg",
                    title="Среща", narrative=f"{PETROV_CYRILLIC} се обади от +49 151 2345 6789 "
                                             f"на IP 192.0.2.44.")
    person = Entity(stable_id("test", "share", "petrov"), "Person",
                    record_ids=[first.id, second.id])
    person.add_raw("name", PETROV)
    person.add_raw("phone", "0151 23456789")
    person.add_raw("birthDate", "1980-05-12")
    person.add_raw("email", "petrov@example.org")
    person.add_raw("sourceName", "CHIS-17")
    person.add_raw("notes", f"Brother of {NOVAK}, mobile +49 151 23456789")
    novak = Entity(stable_id("test", "share", "novak"), "Person", record_ids=[first.id])
    novak.add_raw("name", NOVAK)
    account = Entity(stable_id("test", "share", "acct"), "BankAccount", record_ids=[first.id])
    account.add_raw("iban", "DE89370400440532013000")
    link = Link(stable_id("test", "share", "l1"), "Associate", person.id, novak.id,
                properties={"description": [f"{PETROV} meets {NOVAK}"]},
                record_ids=[first.id])
    return [first, second, person, novak, account, link]


def make_workspace(folder: Path) -> Workspace:
    ws = Workspace.create(folder, OURS, "NL", use_keyring=False, passphrase=PASSPHRASE)
    items = [record(name, **kw) for name, kw in POLICY_RECORDS.items()] + redaction_items()
    ingest_items(ws.conn, items, source_name="share-tests", fmt="test", sha256="1" * 64,
                 actor=ws.actor)
    return ws
