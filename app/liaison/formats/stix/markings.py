"""STIX data markings: which TLP applies to a set of objects, and what else was marked.

TLP comes from marking-definition objects (STIX 2.1 ``definition_type: tlp``, the
OASIS TLP 2.0 extension, or a ``TLP:...`` name) and from the fixed ids the specs
give the TLP markings, which producers reference without including them.
"""

from __future__ import annotations

from typing import Any

from liaison.formats.cti import as_text, most_restrictive
from liaison.model.records import Issue
from liaison.model.values import normalise_tlp

# STIX 2.1 spec §7.2.1.4: the TLP 1.0 marking definitions every producer shares.
# OASIS TLP 2.0 marking definitions (extension-definition--60a3c5c5-0d10-413e-aab3-
# 9e08dde9e88d, created 2022-10-01). WHITE (1.0) is CLEAR in 2.0.
WELL_KNOWN_TLP: dict[str, str] = {
    "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9": "CLEAR",
    "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da": "GREEN",
    "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82": "AMBER",
    "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed": "RED",
    "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487": "CLEAR",
    "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb": "GREEN",
    "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421": "AMBER",
    "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003": "AMBER+STRICT",
    "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1": "RED",
}


class Markings:
    """Resolves the marking refs of objects in one bundle, flagging each odd one once."""

    def __init__(self, by_id: dict[str, dict[str, Any]], name: str,
                 issues: list[Issue]) -> None:
        self.by_id, self.name, self.issues = by_id, name, issues
        self._flagged: set[str] = set()

    def applying_to(self, object_ids: set[str]) -> tuple[list[str | None], list[dict[str, str]]]:
        """TLP labels of the markings on these objects, and their other markings."""
        tlps: list[str | None] = []
        other: dict[str, dict[str, str]] = {}
        for ref in sorted(self._refs(object_ids)):
            tlp, note = self._resolve(ref)
            if tlp:
                tlps.append(tlp)
            elif note is not None:
                other[ref] = note
        return tlps, list(other.values())

    def _refs(self, object_ids: set[str]) -> set[str]:
        refs: set[str] = set()
        for sid in object_ids:
            obj = self.by_id.get(sid)
            if obj is None:
                continue
            marks = obj.get("object_marking_refs")
            refs |= {m for m in marks if isinstance(m, str)} if isinstance(marks, list) else set()
            granular = obj.get("granular_markings")
            for item in granular if isinstance(granular, list) else []:
                if isinstance(item, dict) and isinstance(item.get("marking_ref"), str):
                    refs.add(item["marking_ref"])
        return refs

    def _resolve(self, ref: str) -> tuple[str | None, dict[str, str] | None]:
        """(TLP label, None) for a TLP marking, else (None, what to keep about it)."""
        known = WELL_KNOWN_TLP.get(ref)
        definition = self.by_id.get(ref)
        if definition is None:
            if known:
                return known, None
            self._flag(ref, f"Marking {ref} is not defined in this file and is not a known "
                            "TLP marking; kept with the record, not applied.")
            return None, {"id": ref}
        tlp = _tlp_of(definition)
        if known and tlp and tlp != known:
            self._flag(ref, f"Marking {ref} is the well-known TLP:{known} but this file "
                            f"defines it as TLP:{tlp}; the more restrictive applies.")
        if known or tlp:
            return most_restrictive([known, tlp]), None
        kind = as_text(definition.get("definition_type")) or "unknown"
        body = definition.get("definition")
        statement = as_text(body.get("statement")) if isinstance(body, dict) else None
        note = {"id": ref, "definition_type": kind}
        if statement:
            note["statement"] = statement[:2000]
        label = as_text(definition.get("name"))
        if label:
            note["name"] = label[:200]
        shown = f": {statement[:200]!r}" if statement else ""
        self._flag(ref, f"Marking {ref} is a '{kind}' marking, not TLP{shown}; kept with "
                        "the record.")
        return None, note

    def _flag(self, ref: str, message: str) -> None:
        if ref not in self._flagged:
            self._flagged.add(ref)
            self.issues.append(Issue(f"{self.name}: {ref}", message))


def _tlp_of(definition: dict[str, Any]) -> str | None:
    """The TLP a marking-definition states, whichever of the three styles it uses."""
    kind = as_text(definition.get("definition_type")) or ""
    body = definition.get("definition")
    if kind.lower() == "tlp" and isinstance(body, dict):
        tlp = normalise_tlp(as_text(body.get("tlp")))
        if tlp:
            return tlp
    extensions = definition.get("extensions")
    for ext in extensions.values() if isinstance(extensions, dict) else []:
        if isinstance(ext, dict) and ext.get("tlp_2_0"):
            tlp = normalise_tlp(as_text(ext.get("tlp_2_0")))
            if tlp:
                return tlp
    for label in (as_text(definition.get("name")), kind):
        if label and label.upper().startswith("TLP:"):
            tlp = normalise_tlp(label)
            if tlp:
                return tlp
    return None
