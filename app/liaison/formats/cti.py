"""What the STIX and MISP readers share: source defaults, link types and value hygiene.

Both formats come from threat-intelligence platforms, not police systems, so the
record's source, handling code and country usually come from the import options.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from liaison.formats.base import ImportOptions
from liaison.formats.json_document import json_type
from liaison.model.limits import MAX_TEXT_CHARS
from liaison.model.records import Entity, Issue
from liaison.model.values import TLP_LEVELS, DateValue, normalise_handling, normalise_tlp

UNKNOWN_AGENCY = "Unknown source"

# Longer property values are cut here, where the file position is known, at the cap every
# reader shares (model.limits); the import pipeline cuts whatever still exceeds it.
MAX_VALUE_CHARS = MAX_TEXT_CHARS

# Relationship names (STIX SRO vocabulary, MISP object references) that clearly
# are an FtM link; the bool says the STIX direction is the reverse of FtM's.
_LINK_SCHEMAS: dict[str, tuple[str, bool]] = {
    "member-of": ("Membership", False),
    "has-member": ("Membership", True),
    "owns": ("Ownership", False),
    "owned-by": ("Ownership", True),
    "owner-of": ("Ownership", False),
    "associated-with": ("Associate", False),
    "associate-of": ("Associate", False),
    "knows": ("Associate", False),
}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_STIX_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.(\d+))?Z")


@dataclass
class Source:
    """Who sent the file and the defaults that apply to each of its records."""

    agency: str
    country: str
    handling: str | None = None
    tlp: str | None = None
    received: DateValue | None = None
    issues: list[Issue] = field(default_factory=list)


def resolve_source(options: ImportOptions, found: str | None, where: str) -> Source:
    """The options win over what the file says; say so when neither names the source."""
    agency = (options.agency or "").strip() or (found or "").strip()
    country = (options.country or "").strip().upper()
    issues: list[Issue] = []
    if not agency:
        agency = UNKNOWN_AGENCY
        issues.append(Issue(where, f"The file names no source agency and none was given; "
                                   f"recorded as '{UNKNOWN_AGENCY}' with no country. "
                                   "Import again with the agency and country to fix this."))
    elif not country:
        issues.append(Issue(where, f"No country given for '{agency}'; identifiers such as "
                                   "phone numbers are normalised without a default country."))
    handling = normalise_handling(options.handling)
    if options.handling and handling is None:
        issues.append(Issue(where, f"Handling code {options.handling!r} is not H0-H3; ignored."))
    tlp = normalise_tlp(options.tlp)
    if options.tlp and tlp is None:
        issues.append(Issue(where, f"TLP {options.tlp!r} is not a TLP 2.0 label; ignored."))
    received = day_value(options.received)
    if options.received and received is None:
        issues.append(Issue(where, f"Received date {options.received!r} is not YYYY-MM-DD; "
                                   "ignored."))
    return Source(agency, country, handling, tlp, received, issues)


def day_value(text: str | None) -> DateValue | None:
    """'2024-03-05' as a day-precision date; None if it is not one."""
    match = _DAY.match((text or "").strip())
    if not match:
        return None
    try:
        date(*(int(g) for g in match.groups()))
    except ValueError:  # 2024-02-30
        return None
    return DateValue(match.group(0), "day")


def source_stamp(value: object) -> str | None:
    """A source's version stamp as fixed-width UTC text, so that comparing two stamps as
    text compares the times: STIX ``modified`` ('2016-04-06T20:03:48.000Z', any number of
    decimals) or MISP's ``timestamp`` (seconds since 1970, as a number or a string).
    None for anything else. Stored as ``Record.extra['source_modified']`` (store.ingest)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) or (isinstance(value, str) and value.strip().isdigit()):
        try:
            moment = datetime.fromtimestamp(int(value), UTC)
        except (OverflowError, ValueError, OSError):
            return None
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    match = _STIX_TIME.fullmatch(value.strip()) if isinstance(value, str) else None
    if not match:
        return None
    try:
        datetime.fromisoformat(f"{match.group(1)}T{match.group(2)}")
    except ValueError:  # 2024-02-30
        return None
    return f"{match.group(1)}T{match.group(2)}.{(match.group(3) or '')[:6].ljust(6, '0')}Z"


def most_restrictive(levels: list[str | None]) -> str | None:
    """The most restrictive TLP 2.0 label among those given (None if there is none)."""
    known = [lv for lv in levels if lv in TLP_LEVELS]
    return max(known, key=TLP_LEVELS.index) if known else None


def link_schema(relationship: str) -> tuple[str, bool]:
    """FtM link schema for a relationship name, and whether to swap its ends."""
    return _LINK_SCHEMAS.get(relationship.strip().lower(), ("UnknownLink", False))


def as_text(value: object) -> str | None:
    """A JSON scalar as text; None for null, objects and arrays (never str() of a tree)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        text = str(value).strip()
        return text or None
    return None


def shown(value: object) -> str:
    """A value quoted briefly for a message: never a megabyte, never a deep repr."""
    text = as_text(value)
    return repr(text[:60]) if text is not None else json_type(value)


def as_plain(value: object) -> str | int | float | list[str] | None:
    """A scalar or a list of texts, for ``Record.extra``; nested structures are dropped."""
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, list):
        texts = [t for t in (as_text(v) for v in value) if t is not None]
        return texts or None
    return as_text(value)


def add_text(entity: Entity, prop: str, value: object, where: str,
             issues: list[Issue]) -> None:
    """Add a scalar as a raw property value, cutting an absurdly long one with an Issue."""
    if isinstance(value, list | dict):
        issues.append(Issue(where, f"'{prop}' is a JSON structure, not a value; not imported.",
                            skipped=True))
        return
    text = as_text(value)
    if text is None:
        return
    if len(text) > MAX_VALUE_CHARS:
        issues.append(Issue(where, f"'{prop}' is {len(text):,} characters long; only the "
                                   f"first {MAX_VALUE_CHARS:,} were kept."))
        text = text[:MAX_VALUE_CHARS]
    entity.add_raw(prop, text)


# The property that best names an entity that has no 'name', in order of preference.
_NAME_SOURCES = ("fileName", "url", "website", "ipAddress", "username", "passportNumber",
                 "swiftBic", "accountNumber", "sha256", "sha1", "md5", "asNumber",
                 "macAddress", "pattern")


# Properties that say something about a value, never what it is called.
_NOT_NAMES = frozenset({"notes", "keywords", "sourceUrl", "mispCategory", "toIds",
                        "modifiedAt", "firstSeen", "lastSeen", "stixType", "mispType"})


def ensure_name(entity: Entity) -> None:
    """Name an entity whose caption would only be its schema, from its other properties."""
    if entity.caption != entity.schema:
        return
    if entity.schema == "Person":
        parts = [entity.first(p) for p in ("firstName", "middleName", "lastName")]
        full = " ".join(p for p in parts if p)
        if full:
            entity.add_raw("name", full)
        return
    for prop in (*_NAME_SOURCES, *entity.properties):
        value = entity.first(prop)
        if value and prop not in _NOT_NAMES:
            entity.add_raw("name", value)
            return
