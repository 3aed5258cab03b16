"""Liaison's STIX 2.1 extension: one fixed extension definition for what our exports add.

STIX 2.1 (§7.3) wants custom object types and properties declared by an
``extension-definition`` object and named in each object's ``extensions``. Our export
keeps its properties at the top level (``toplevel-property-extension``), under the
names its readers have always read (``x_liaison_schema``, ``x_liaison_properties``...),
so older exports and newer ones read back alike, and declares ``x-liaison-entity``
(entities STIX has no type for) as a ``new-sdo``. The definition and the identity that
made it have fixed ids and fixed contents: every bundle that uses them carries the same
two objects, and our reader keeps them verbatim instead of taking the identity for a
party of the case.
"""

from __future__ import annotations

from typing import Any

# Fixed for good: a changed id would make earlier exports undeclared.
EXTENSION_ID = "extension-definition--22e550d7-35f5-488a-9c1d-c857615fa094"
LIAISON_IDENTITY_ID = "identity--7ac58939-b202-4950-98d3-af34ffd0c1be"
ENTITY_TYPE = "x-liaison-entity"
_CREATED = "2026-12-08T00:00:00.000Z"

# Every top-level property the export adds to a standard object, and what it holds.
PROPERTIES = {
    "x_liaison_schema": "the entity's or link's schema in Liaison (FollowTheMoney names: "
                        "Person, Vehicle, Directorship...)",
    "x_liaison_properties": "the entity's or link's properties: a map of property name "
                            "to a list of text values",
    "x_liaison_references": "an entity's references to other entities (addressEntity, "
                            "holder...): a map of property name to a list of STIX ids of "
                            "the same bundle",
    "x_liaison_event": "on a note, the event it carries: name, place, start, end, "
                       "involved ([STIX id, role] pairs) and properties",
    "x_liaison_country": "on an identity or report, the ISO 3166-1 country of the agency",
    "x_liaison_handling": "on a report, the Europol handling code (H0-H3) of the record",
    "x_liaison_grading": "on a report, the record's source reliability and information "
                         "assessment (e.g. B2)",
    "aliases": "on an identity, the other names of the person or organisation",
}

_SCHEMA = (
    "Liaison exchange extension, version 1.0.0. Top-level properties added to standard "
    "objects: " + "; ".join(f"{name}: {meaning}" for name, meaning in PROPERTIES.items())
    + ". New SDO x-liaison-entity: an entity STIX 2.1 has no object for (a vehicle, a "
    "bank account, an address...), with name, x_liaison_schema, x_liaison_properties "
    "and, optionally, x_liaison_references.")


def uses_extension(obj: dict[str, Any]) -> dict[str, Any]:
    """``obj`` with the ``extensions`` entry its custom type or properties call for."""
    if obj.get("type") == ENTITY_TYPE:
        kind = "new-sdo"
    elif any(name in PROPERTIES for name in obj):
        kind = "toplevel-property-extension"
    else:
        return obj
    return {**obj, "extensions": {EXTENSION_ID: {"extension_type": kind}}}


def definition_objects() -> list[dict[str, Any]]:
    """The identity that made the extension and its definition, as they go in a bundle."""
    maker = {"type": "identity", "spec_version": "2.1", "id": LIAISON_IDENTITY_ID,
             "created": _CREATED, "modified": _CREATED, "name": "Liaison",
             "description": "The Liaison project, maker of the Liaison STIX extension.",
             "identity_class": "system"}
    definition = {
        "type": "extension-definition", "spec_version": "2.1", "id": EXTENSION_ID,
        "created": _CREATED, "modified": _CREATED, "created_by_ref": LIAISON_IDENTITY_ID,
        "name": "Liaison exchange extension",
        "description": "Custom properties and the x-liaison-entity object with which "
                       "Liaison's STIX exports keep what STIX 2.1 has no place for, so "
                       "that they read back into Liaison whole.",
        "schema": _SCHEMA, "version": "1.0.0",
        "extension_types": ["new-sdo", "toplevel-property-extension"],
        "extension_properties": sorted(PROPERTIES)}
    return [maker, definition]
