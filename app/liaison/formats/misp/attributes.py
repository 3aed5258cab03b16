"""MISP attributes and objects as entities with FtM-style identifier properties.

A lone attribute of a known type becomes one entity (an ``ip-dst`` a Thing with
``ipAddress``, an ``iban`` a BankAccount, a ``full-name`` a Person...); an object
becomes one entity whose schema follows the object's name, each attribute a
property named after its ``object_relation`` unless a known relation or type
says better. Composite types (``domain|ip``) give one property per part.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from liaison.formats.cti import add_text, as_text, ensure_name
from liaison.model.records import Entity, Issue

# Attribute type → (schema of a lone attribute's entity, property of its value).
_HASHES = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "ssdeep", "tlsh", "imphash")
# SHA-3 types as property names (a property name has no '-').
_SHA3 = {f"sha3-{n}": f"sha3_{n}" for n in (224, 256, 384, 512)}
ATTRIBUTE_TYPES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("ip-src", "ip-dst", "ip"), ("Thing", "ipAddress")),
    **dict.fromkeys(("email", "email-src", "email-dst", "email-reply-to", "target-email",
                     "whois-registrant-email"), ("UserAccount", "email")),
    **dict.fromkeys(("phone-number", "whois-registrant-phone"), ("Thing", "phone")),
    "iban": ("BankAccount", "iban"),
    "bic": ("BankAccount", "swiftBic"),
    "bank-account-nr": ("BankAccount", "accountNumber"),
    "btc": ("CryptoWallet", "publicKey"),
    "xmr": ("CryptoWallet", "publicKey"),
    "passport-number": ("Passport", "passportNumber"),
    "passport-country": ("Passport", "country"),
    "first-name": ("Person", "firstName"),
    "middle-name": ("Person", "middleName"),
    "last-name": ("Person", "lastName"),
    "full-name": ("Person", "name"),
    "date-of-birth": ("Person", "birthDate"),
    "place-of-birth": ("Person", "birthPlace"),
    "nationality": ("Person", "nationality"),
    "gender": ("Person", "gender"),
    **dict.fromkeys(("domain", "hostname"), ("Thing", "website")),
    **dict.fromkeys(("url", "uri"), ("Thing", "url")),
    **{h: ("Thing", h) for h in _HASHES},
    **{h: ("Thing", prop) for h, prop in _SHA3.items()},
    "filename": ("Thing", "fileName"),
    "mac-address": ("Thing", "macAddress"),
    "AS": ("Thing", "asNumber"),
}
_CURRENCIES = {"btc": "BTC", "xmr": "XMR"}

# Object name → schema; any other object is a Thing.
OBJECT_SCHEMAS = {
    "person": "Person",
    "bank-account": "BankAccount",
    "passport": "Passport",
    "coin-address": "CryptoWallet",
    "legal-entity": "LegalEntity",
    "organization": "Organization",
}

# object_relation → property, as the MISP object templates use them.
_RELATIONS = {
    "first-name": "firstName", "middle-name": "middleName", "last-name": "lastName",
    "full-name": "name", "name": "name", "alias": "alias", "date-of-birth": "birthDate",
    "place-of-birth": "birthPlace", "nationality": "nationality", "gender": "gender",
    "passport-number": "passportNumber", "identity-card-number": "idNumber",
    "filename": "fileName", "size-in-bytes": "fileSize", "mimetype": "mimeType",
    "url": "url", "domain": "website", "hostname": "website", "host": "website",
    "ip": "ipAddress", "ip-src": "ipAddress", "ip-dst": "ipAddress",
    "iban": "iban", "swift": "swiftBic", "bic": "swiftBic", "account": "accountNumber",
    "institution-name": "bankName", "currency-code": "currency",
    "msisdn": "phone", "phone-number": "phone", "registration-number": "registrationNumber",
}
_OBJECT_RELATIONS = {
    "coin-address": {"address": "publicKey", "symbol": "currency"},
    "passport": {"passport-country": "country"},
}

# Free text that belongs in the record's narrative, and references to the source.
NARRATIVE_TYPES = frozenset({"text", "comment", "other"})
LINK_TYPES = frozenset({"link"})


def lone_attribute_schema(kind: str) -> str | None:
    """Schema for a lone attribute of this (possibly composite) type; None if unmapped."""
    for part in kind.split("|"):
        if part in ATTRIBUTE_TYPES:
            return ATTRIBUTE_TYPES[part][0]
    return None


def attribute_entity(attr: dict[str, Any], entity_id: str, where: str,
                     issues: list[Issue]) -> Entity | None:
    """The entity for a lone attribute of a mapped type (None if it holds no value)."""
    kind = as_text(attr.get("type")) or ""
    schema = lone_attribute_schema(kind)
    if schema is None:
        return None
    entity = Entity(entity_id, schema)
    for prop, value in _parts(kind, attr.get("value"), where, issues):
        add_text(entity, prop, value, where, issues)
    if kind in _CURRENCIES:
        entity.add_raw("currency", _CURRENCIES[kind])
    _common(entity, attr, where, issues)
    if entity.properties:
        attribute_facts(entity, attr, where, issues)
    return entity if entity.properties else None


def generic_attribute_entity(attr: dict[str, Any], entity_id: str, where: str,
                             issues: list[Issue]) -> Entity | None:
    """An attribute of a type Liaison has no mapping for (yara, vulnerability,
    threat-actor...): a Thing naming its MISP type, with its value (None if it has none)."""
    kind = (as_text(attr.get("type")) or "")[:100]
    value = as_text(attr.get("value"))
    if not value:
        return None
    entity = Entity(entity_id, "Thing")
    entity.add_raw("mispType", kind)
    add_text(entity, "keywords", kind, where, issues)
    add_text(entity, "name", f"{kind}: {value}"[:300], where, issues)
    add_text(entity, "value", value, where, issues)
    _common(entity, attr, where, issues)
    return entity


def attribute_facts(entity: Entity, attr: dict[str, Any], where: str,
                    issues: list[Issue]) -> None:
    """What MISP says about an attribute besides its value (issue 17): its category,
    whether it is meant for detection (``to_ids``), when it was last changed and seen."""
    add_text(entity, "mispCategory", attr.get("category"), where, issues)
    flag = attr.get("to_ids")
    if isinstance(flag, bool) or flag in ("0", "1", 0, 1):
        entity.add_raw("toIds", "true" if flag in (True, "1", 1) else "false")
    for key, prop in (("timestamp", "modifiedAt"), ("first_seen", "firstSeen"),
                      ("last_seen", "lastSeen")):
        add_text(entity, prop, epoch_text(attr.get(key)), where, issues)


def epoch_text(value: Any) -> str | None:
    """A MISP time (Unix seconds, as text or a number, or ISO text) as ISO 8601 UTC."""
    text = as_text(value)
    if not text:
        return None
    if text.isascii() and text.isdigit():
        try:
            return datetime.fromtimestamp(int(text), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        except (OverflowError, OSError, ValueError):
            return text
    return text


def object_entity(obj: dict[str, Any], entity_id: str, where: str,
                  issues: list[Issue]) -> Entity:
    """The entity for a MISP object: schema by object name, one property per attribute."""
    name = as_text(obj.get("name")) or ""
    entity = Entity(entity_id, OBJECT_SCHEMAS.get(name, "Thing"))
    overrides = _OBJECT_RELATIONS.get(name, {})
    for j, attr in enumerate(obj.get("Attribute") or []):
        at = f"{where}/Attribute[{j}]"
        if not isinstance(attr, dict) or attr.get("deleted") is True:
            continue  # the reader has already refused non-objects and flagged deletions
        relation = (as_text(attr.get("object_relation")) or "")[:100]
        kind = (as_text(attr.get("type")) or "")[:100]
        prop = overrides.get(relation) or _RELATIONS.get(relation)
        if prop and "|" not in kind:
            add_text(entity, prop, attr.get("value"), at, issues)
        else:
            for part_prop, value in _parts(kind, attr.get("value"), at, issues,
                                           fallback=relation or kind):
                add_text(entity, part_prop, value, at, issues)
        _tags(entity, attr, at, issues)
        attribute_facts(entity, attr, at, issues)
    add_text(entity, "notes", obj.get("comment"), where, issues)
    if name and entity.schema == "Thing":
        add_text(entity, "keywords", name, where, issues)
    ensure_name(entity)
    return entity


def _parts(kind: str, value: Any, where: str, issues: list[Issue],
           fallback: str | None = None) -> list[tuple[str, Any]]:
    """(property, value) pairs; a composite ``a|b`` type splits its value on '|'."""
    kinds = kind.split("|")
    text = as_text(value)
    if text is None:
        return []
    values = text.split("|") if len(kinds) > 1 else [text]
    if len(values) != len(kinds):
        issues.append(Issue(where, f"Composite '{kind}' value does not have "
                                   f"{len(kinds)} parts; kept whole."))
        kinds, values = kinds[:1], [text]
    pairs = []
    for part, part_value in zip(kinds, values, strict=True):
        prop = ATTRIBUTE_TYPES[part][1] if part in ATTRIBUTE_TYPES else (fallback or part)
        pairs.append((prop, part_value))
    return pairs


def _common(entity: Entity, attr: dict[str, Any], where: str, issues: list[Issue]) -> None:
    add_text(entity, "notes", attr.get("comment"), where, issues)
    _tags(entity, attr, where, issues)
    ensure_name(entity)


def _tags(entity: Entity, attr: dict[str, Any], where: str, issues: list[Issue]) -> None:
    # TLP and grading tags act on the record (see misp.py); the rest describe the value.
    found = attr.get("Tag")
    for tag in found if isinstance(found, list) else []:
        name = as_text(tag.get("name")) if isinstance(tag, dict) else None
        if name and not name.lower().startswith(("tlp:", "admiralty-scale:", "misp-galaxy:")):
            add_text(entity, "keywords", name, where, issues)
