"""workspace.json: non-secret metadata and key slots, written atomically with a checksum.

The checksum catches accidental damage and naive edits before any unlock is
attempted; the database keeps the accepted checksums too (see ``database.py``),
so an edit that recomputes the checksum is still caught once the key is known.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from liaison.model.errors import MetadataDamaged, SchemaTooNew, WorkspaceNotFound
from liaison.store.atomic import write_atomic

METADATA_NAME = "workspace.json"
DATABASE_NAME = "workspace.db"
FORMAT = "liaison-workspace"
FORMAT_VERSION = 1
SLOT_TYPES = ("keyring", "passphrase", "keyring+passphrase", "pkcs11")


def canonical_json(value: Any) -> bytes:
    """Deterministic JSON bytes (sorted keys, no spaces, UTF-8) used for hashing."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass
class Metadata:
    """The parsed contents of workspace.json."""

    workspace_id: str
    created: str
    agency_name: str
    agency_country: str
    key_check: str
    slots: list[dict[str, Any]] = field(default_factory=list)
    pending: dict[str, Any] | None = None
    # Users beyond the first: their slots and sealed keys (store/users.py); absent in a
    # workspace of one user, so older files keep their checksum.
    users: dict[str, Any] | None = None

    def to_document(self) -> dict[str, Any]:
        """The JSON document without its checksum."""
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "id": self.workspace_id,
            "created": self.created,
            "agency": {"name": self.agency_name, "country": self.agency_country},
            "key_check": self.key_check,
            "slots": copy.deepcopy(self.slots),
            "pending": copy.deepcopy(self.pending),
        } | ({"users": copy.deepcopy(self.users)} if self.users else {})

    def checksum(self) -> str:
        """SHA-256 of the canonical document, as written in its ``checksum`` field."""
        return "sha256:" + hashlib.sha256(canonical_json(self.to_document())).hexdigest()

    def slot_types(self) -> list[str]:
        return [s["type"] for s in self.slots]

    def find_slot(self, slot_type: str) -> dict[str, Any] | None:
        return next((s for s in self.slots if s["type"] == slot_type), None)


def metadata_path(folder: Path) -> Path:
    return Path(folder) / METADATA_NAME


def write_metadata(folder: Path, meta: Metadata) -> str:
    """Write workspace.json atomically; returns the checksum written."""
    doc = meta.to_document()
    checksum = meta.checksum()
    doc["checksum"] = checksum
    text = json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    write_atomic(metadata_path(folder), text.encode())
    return checksum


def _require(doc: dict[str, Any], key: str, kind: type, where: str = "") -> Any:
    value = doc.get(key)
    if not isinstance(value, kind):
        raise MetadataDamaged(
            f"workspace.json is damaged: field '{where}{key}' is missing or not a "
            f"{kind.__name__}."
        )
    return value


def _check_slots(slots: Any, where: str) -> list[dict[str, Any]]:
    if not isinstance(slots, list) or not slots:
        raise MetadataDamaged(f"workspace.json is damaged: '{where}' lists no key slot.")
    for i, slot in enumerate(slots):
        if not isinstance(slot, dict) or slot.get("type") not in SLOT_TYPES:
            raise MetadataDamaged(
                f"workspace.json is damaged: {where}[{i}] is not a known key slot."
            )
    return slots


def _check_users(users: Any, path: Path) -> dict[str, Any] | None:
    if users is None:
        return None
    if not isinstance(users, dict) or not all(
            isinstance(u, dict) and isinstance(u.get("public"), str)
            and isinstance(u.get("slots", []), list) for u in users.values()):
        raise MetadataDamaged(f"{path} is damaged: 'users' is not a list of users.")
    for name, user in users.items():
        if user.get("slots"):
            _check_slots(user["slots"], f"users.{name}.slots")
    return users


def read_metadata(folder: Path) -> Metadata:
    """Read and validate workspace.json, refusing anything damaged or edited."""
    path = metadata_path(folder)
    if not Path(folder).is_dir():
        raise WorkspaceNotFound(f"No workspace at {folder}: the folder does not exist.")
    if not path.exists():
        raise WorkspaceNotFound(f"No workspace at {folder}: {METADATA_NAME} is missing.")
    try:
        raw = path.read_bytes()
        doc = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise MetadataDamaged(f"{path} is damaged: not UTF-8 text ({exc.reason}).") from exc
    except json.JSONDecodeError as exc:
        raise MetadataDamaged(
            f"{path} is damaged: invalid JSON at line {exc.lineno}, column {exc.colno}."
        ) from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise MetadataDamaged(f"{path} is not a Liaison workspace file.")
    version = doc.get("version")
    if not isinstance(version, int):
        raise MetadataDamaged(f"{path} is damaged: no format version.")
    if version > FORMAT_VERSION:
        raise SchemaTooNew(
            f"{path} has format version {version}; this Liaison reads up to "
            f"{FORMAT_VERSION}. Install a newer Liaison to open it."
        )
    agency = _require(doc, "agency", dict)
    pending = doc.get("pending")
    if pending is not None:
        if not isinstance(pending, dict):
            raise MetadataDamaged(f"{path} is damaged: 'pending' is not an object.")
        _check_slots(pending.get("slots"), "pending.slots")
        _require(pending, "key_check", str, "pending.")
    meta = Metadata(
        workspace_id=_require(doc, "id", str),
        created=_require(doc, "created", str),
        agency_name=_require(agency, "name", str, "agency."),
        agency_country=_require(agency, "country", str, "agency."),
        key_check=_require(doc, "key_check", str),
        slots=_check_slots(doc.get("slots"), "slots"),
        pending=pending,
        users=_check_users(doc.get("users"), path),
    )
    stated = doc.get("checksum")
    if stated != meta.checksum():
        raise MetadataDamaged(
            f"{path} has been edited or damaged: its checksum does not match its "
            "contents. Restore it from a backup; Liaison will not guess at key slots."
        )
    return meta
