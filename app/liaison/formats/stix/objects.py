"""One STIX 2.1 domain or cyber-observable object as a Liaison entity.

FtM has no schemas for malware, IP addresses or file hashes, so those become
``Thing`` entities carrying FtM-style identifier properties (``ipAddress``,
``website``, ``url``, ``email``, ``fileName``, ``md5``/``sha1``/``sha256``...);
the identifier, not the schema, is what cross-referencing matches on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from liaison.formats.cti import add_text, as_text, ensure_name, shown
from liaison.model.records import Entity, Issue, PropertyValue
from liaison.model.values import DateValue

# SCOs whose meaning is their 'value': schema and property.
_VALUE_SCOS: dict[str, tuple[str, str]] = {
    "ipv4-addr": ("Thing", "ipAddress"),
    "ipv6-addr": ("Thing", "ipAddress"),
    "domain-name": ("Thing", "website"),
    "url": ("Thing", "url"),
    "email-addr": ("UserAccount", "email"),
    "mac-addr": ("Thing", "macAddress"),
}
SCO_TYPES = frozenset({*_VALUE_SCOS, "user-account", "file", "autonomous-system"})
SDO_TYPES = frozenset({"identity", "threat-actor", "intrusion-set", "malware", "tool",
                       "indicator", "location"})
ENTITY_TYPES = SCO_TYPES | SDO_TYPES
# Objects that are about the bundle's other objects, not things in the world (STIX 2.1
# §7: meta objects), and what the reader itself consumes as records, links and events.
META_TYPES = frozenset({"marking-definition", "language-content", "extension-definition",
                        "bundle"})
CONSUMED_TYPES = frozenset({"report", "grouping", "relationship", "sighting", "observed-data"})
# Properties a generic entity takes elsewhere (its name, notes, sources) or that are the
# bundle's bookkeeping; everything else becomes a property of the same name.
_GENERIC_SKIP = frozenset({"id", "type", "spec_version", "created_by_ref",
                           "object_marking_refs", "granular_markings", "name", "description",
                           "aliases", "labels", "external_references", "extensions", "defanged"})
# What names an object that has no 'name' (STIX 2.1 SCOs mostly have none).
_LABELS = ("value", "subject", "path", "key", "display_name", "command_line", "number",
           "abstract", "content", "explanation", "opinion", "user_id", "serial_number",
           "mime_type")
_PROP_NAME = re.compile(r"[^A-Za-z0-9_]")


def is_entity_type(kind: str) -> bool:
    """Whether objects of ``kind`` become entities: the types Liaison maps, and every
    other SDO or SCO (custom ones too) as a generic entity."""
    return kind in ENTITY_TYPES or (kind not in META_TYPES and kind not in CONSUMED_TYPES)

# Hash algorithm (STIX hashing-algorithm-ov, '-' and '_' dropped) → property; the
# property names the algorithm, so the value is normalised and matched as one of it.
_HASHES = {"MD5": "md5", "SHA1": "sha1", "SHA224": "sha224", "SHA256": "sha256",
           "SHA384": "sha384", "SHA512": "sha512", "SHA3224": "sha3_224",
           "SHA3256": "sha3_256", "SHA3384": "sha3_384", "SHA3512": "sha3_512",
           "SSDEEP": "ssdeep", "TLSH": "tlsh"}

# Pattern object paths whose '=' comparisons name an observable.
_PATTERN_PATHS: dict[tuple[str, str], str] = {
    ("ipv4-addr", "value"): "ipAddress",
    ("ipv6-addr", "value"): "ipAddress",
    ("domain-name", "value"): "website",
    ("url", "value"): "url",
    ("email-addr", "value"): "email",
    ("email-message", "from_ref.value"): "email",
    ("email-message", "sender_ref.value"): "email",
    ("mac-addr", "value"): "macAddress",
    ("user-account", "account_login"): "username",
    ("user-account", "user_id"): "username",
    ("file", "name"): "fileName",
    ("autonomous-system", "number"): "asNumber",
    # misp-stix writes an ip-src/ip-dst as network traffic to or from the address, and
    # a domain|ip as a domain resolving to it; 'host' takes a name or an address.
    ("network-traffic", "src_ref.value"): "host",
    ("network-traffic", "dst_ref.value"): "host",
    ("domain-name", "resolves_to_refs[*].value"): "host",
}
# One comparison of a STIX pattern: `type:path = 'string'` or `= number` (STIX 2.1 §9).
_COMPARISON = re.compile(
    r"(?P<type>[a-z0-9-]+):(?P<path>[A-Za-z0-9_.'\-\[\]*]+)\s*=\s*"
    r"(?:'(?P<text>(?:[^'\\]|\\.)*)'|(?P<number>-?\d+(?:\.\d+)?))")
_HASH_PATH = re.compile(r"^hashes\.'?([^'.]+)'?$")

_TIMESTAMP = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?"
                        r"(?P<zone>[Zz]|[+-]\d{2}:?\d{2})?$")


def stix_time(value: Any, where: str, field: str, issues: list[Issue]) -> DateValue | None:
    """A STIX timestamp as a UTC DateValue of precision 'second' (None if absent or bad)."""
    if value is None:
        return None
    match = _TIMESTAMP.match(value.strip()) if isinstance(value, str) else None
    try:
        if match is None:
            raise ValueError
        moment = datetime(*(int(g) for g in match.groups()[:6]), tzinfo=UTC)
        zone = match.group("zone")
        if zone and zone not in "Zz":
            sign = 1 if zone[0] == "+" else -1
            digits = zone[1:].replace(":", "")
            moment -= sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    except (ValueError, OverflowError):
        issues.append(Issue(where, f"'{field}' {shown(value)} is not a STIX timestamp; "
                                   "ignored."))
        return None
    return DateValue(moment.strftime("%Y-%m-%dT%H:%M:%S"), "second")


def build_entity(obj: dict[str, Any], entity_id: str, where: str,
                 issues: list[Issue], ref_id: Callable[[str], str] | None = None
                 ) -> Entity | None:
    """The entity for a STIX object of a type in ENTITY_TYPES (None if it says nothing)."""
    kind = obj.get("type")
    restored = _liaison_entity(obj, entity_id, ref_id)
    if restored is not None:
        return restored
    if kind not in ENTITY_TYPES:
        entity = generic_entity(obj, entity_id, where, issues)
    elif kind in SCO_TYPES:
        entity = _observable(obj, entity_id, where, issues)
    elif kind == "indicator":
        entity = _indicator(obj, entity_id, where, issues)
    elif kind == "location":
        entity = _location(obj, entity_id, where, issues)
    else:
        entity = Entity(entity_id, _sdo_schema(obj))
        if kind in ("malware", "tool"):
            add_text(entity, "keywords", kind, where, issues)
            for label in _strings(obj.get(f"{kind}_types")):
                add_text(entity, "keywords", label, where, issues)
        for label in _strings(obj.get("threat_actor_types")):
            add_text(entity, "keywords", label, where, issues)
        for sector in _strings(obj.get("sectors")):
            add_text(entity, "sector", sector, where, issues)
        add_text(entity, "notes", obj.get("contact_information"), where, issues)
    add_text(entity, "name", obj.get("name"), where, issues)
    for alias in _strings(obj.get("aliases")):
        add_text(entity, "alias", alias, where, issues)
    add_text(entity, "notes", obj.get("description"), where, issues)
    for label in _strings(obj.get("labels")):
        add_text(entity, "keywords", label, where, issues)
    refs = obj.get("external_references")
    for ref in refs if isinstance(refs, list) else []:
        if isinstance(ref, dict):
            add_text(entity, "sourceUrl", ref.get("url"), where, issues)
    ensure_name(entity)
    if not entity.properties:
        issues.append(Issue(where, f"STIX {kind} has no value to import; skipped.", skipped=True))
        return None
    return entity


_SCHEMA = re.compile(r"[A-Z][A-Za-z]{0,63}")
_PROP = re.compile(r"[A-Za-z][A-Za-z0-9_]{0,63}")


def _liaison_entity(obj: dict[str, Any], entity_id: str,
                    ref_id: Callable[[str], str] | None = None) -> Entity | None:
    """An entity Liaison's own STIX export wrote (``x_liaison_schema`` and
    ``x_liaison_properties``), restored exactly, its ``x_liaison_references`` as
    references to the entities of those STIX ids (``ref_id``); None for anything else."""
    schema, props = obj.get("x_liaison_schema"), obj.get("x_liaison_properties")
    if not (isinstance(schema, str) and _SCHEMA.fullmatch(schema) and isinstance(props, dict)):
        return None
    entity = Entity(entity_id, schema)
    for prop, values in props.items():
        if not (isinstance(prop, str) and _PROP.fullmatch(prop) and isinstance(values, list)):
            return None
        for value in values:
            if not isinstance(value, str):
                return None
            entity.add_raw(prop, value)
    refs = obj.get("x_liaison_references")
    for prop, values in (refs.items() if isinstance(refs, dict) and ref_id else []):
        if isinstance(prop, str) and _PROP.fullmatch(prop) and isinstance(values, list):
            for ref in values:
                if isinstance(ref, str) and "--" in ref:
                    our = ref_id(ref)
                    entity.add(prop, PropertyValue(raw=our, value=our, kind="entity",
                                                   note=f"STIX id {ref}"[:200]))
    ensure_name(entity)
    return entity if entity.properties else None


def generic_entity(obj: dict[str, Any], entity_id: str, where: str,
                   issues: list[Issue]) -> Entity:
    """A STIX object Liaison has no type for (attack-pattern, campaign, vulnerability,
    note, software, email-message...): a Thing whose ``stixType`` names its type, with
    every property under its own name (structures as compact JSON text). The object itself
    is kept verbatim beside it (store.source_objects)."""
    kind = str(obj.get("type"))
    entity = Entity(entity_id, "Thing")
    entity.add_raw("stixType", kind)
    add_text(entity, "keywords", kind, where, issues)
    if not as_text(obj.get("name")):
        label = next((as_text(obj.get(k)) for k in _LABELS if as_text(obj.get(k))), None)
        add_text(entity, "name", label[:300] if label else f"{kind} {obj.get('id', '')}",
                 where, issues)
    for key, value in obj.items():
        if key in _GENERIC_SKIP or value is None:
            continue
        prop = _PROP_NAME.sub("_", str(key))[:64]
        if not prop[:1].isalpha():
            prop = ("x" + prop)[:64]
        values = value if isinstance(value, list) else [value]
        for one in values:
            if isinstance(one, dict | list):
                one = json.dumps(one, ensure_ascii=False, sort_keys=True)
            add_text(entity, prop, one, where, issues)
    return entity


def sco_label(obj: dict[str, Any]) -> str:
    """A short human label for an observable (its value, name or number)."""
    for key in ("value", "name", "display_name", "account_login", "number"):
        text = as_text(obj.get(key))
        if text:
            return text[:200]
    return str(obj.get("type", "observable"))


def _sdo_schema(obj: dict[str, Any]) -> str:
    kind = obj.get("type")
    if kind == "identity":
        klass = obj.get("identity_class")
        if klass == "individual":
            return "Person"
        return "Organization" if klass in ("organization", "group") else "LegalEntity"
    if kind in ("threat-actor", "intrusion-set"):
        return "Organization"
    return "Thing"  # malware, tool: FtM has nothing closer


def _observable(obj: dict[str, Any], entity_id: str, where: str,
                issues: list[Issue]) -> Entity:
    kind = obj["type"]
    if kind in _VALUE_SCOS:
        schema, prop = _VALUE_SCOS[kind]
        entity = Entity(entity_id, schema)
        add_text(entity, prop, obj.get("value"), where, issues)
        add_text(entity, "name", obj.get("display_name"), where, issues)
    elif kind == "user-account":
        entity = Entity(entity_id, "UserAccount")
        add_text(entity, "username", obj.get("account_login") or obj.get("user_id"),
                 where, issues)
        add_text(entity, "name", obj.get("display_name"), where, issues)
        add_text(entity, "service", obj.get("account_type"), where, issues)
    elif kind == "autonomous-system":
        entity = Entity(entity_id, "Thing")
        number = as_text(obj.get("number"))
        add_text(entity, "asNumber", number, where, issues)
        if number and not obj.get("name"):
            entity.add_raw("name", f"AS{number}")
    else:  # file
        entity = Entity(entity_id, "Thing")
        add_text(entity, "fileName", obj.get("name"), where, issues)
        add_text(entity, "fileSize", obj.get("size"), where, issues)
        add_text(entity, "mimeType", obj.get("mime_type"), where, issues)
        hashes = obj.get("hashes")
        for algorithm, digest in (hashes.items() if isinstance(hashes, dict) else []):
            add_text(entity, _hash_property(algorithm), digest, where, issues)
    return entity


def _indicator(obj: dict[str, Any], entity_id: str, where: str,
               issues: list[Issue]) -> Entity:
    pattern = obj.get("pattern")
    found: list[tuple[str, str]] = []
    if isinstance(pattern, str) and obj.get("pattern_type", "stix") == "stix":
        found = extract_observables(pattern)
    props = {prop for prop, _ in found}
    schema = "UserAccount" if props and props <= {"email", "username"} else "Thing"
    entity = Entity(entity_id, schema)
    add_text(entity, "pattern", pattern, where, issues)
    for prop, value in found:
        add_text(entity, prop, value, where, issues)
    return entity


def extract_observables(pattern: str) -> list[tuple[str, str]]:
    """(property, value) for each equality comparison in a STIX pattern we understand."""
    found: list[tuple[str, str]] = []
    for match in _COMPARISON.finditer(pattern):
        text = match.group("text")
        value = match.group("number") if text is None else re.sub(r"\\(.)", r"\1", text)
        kind, path = match.group("type"), match.group("path")
        hashed = _HASH_PATH.match(path) if kind == "file" else None
        prop = _hash_property(hashed.group(1)) if hashed else _PATTERN_PATHS.get((kind, path))
        if prop and value:
            found.append((prop, value))
    return found


def _location(obj: dict[str, Any], entity_id: str, where: str,
              issues: list[Issue]) -> Entity:
    entity = Entity(entity_id, "Address")
    parts = ("street_address", "city", "region", "postal_code", "country")
    full = ", ".join(t for t in (as_text(obj.get(p)) for p in parts) if t)
    add_text(entity, "full", full or obj.get("name"), where, issues)
    for key, prop in (("street_address", "street"), ("city", "city"), ("region", "region"),
                      ("postal_code", "postalCode"), ("country", "country"),
                      ("latitude", "latitude"), ("longitude", "longitude")):
        add_text(entity, prop, obj.get(key), where, issues)
    return entity


def _hash_property(algorithm: object) -> str:
    key = str(algorithm).upper().replace("-", "").replace("_", "")
    return _HASHES.get(key, "hash")


def _strings(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
