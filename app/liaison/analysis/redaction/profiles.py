"""Redaction profiles: which kinds of value are redacted, with which operator, and whether
images are kept (stripped of metadata). Built-in profiles need no storage; saved ones
live in ``redaction_profiles`` as JSON::

    {"operators": {"person": "pseudonym", "phone": "mask", ..., "ip": "keep"},
     "mask": "█████", "keep_images": false, "description": "...", "review_required": false,
     "fail_safe": true}

Operators: ``pseudonym`` (``[PERSON-2]``, the same subject gets the same label in one
export), ``mask`` (a fixed mask, so the length of the value does not show), ``remove``
(the value disappears), ``keep`` (the detector does not run).

A profile that ``review_required`` lets nothing leave until every detection has the
analyst's decision: in the Share dialog's review, or in a review file on the command
line (``liaison redact --review FILE`` / ``--apply-review FILE``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

from liaison.analysis.partners import PolicyError
from liaison.store import audit
from liaison.store.database import Connection

# Every kind a detection can have, in the order previews list them.
KINDS = ("person", "organization", "phone", "email", "iban", "account", "national_id",
         "passport", "ip", "crypto", "dob", "address", "plate", "manual")
OPERATORS = ("pseudonym", "mask", "remove", "keep")
MASKS = ("█████", "[REDACTED]")
# Pseudonym labels per kind: [PERSON-1], [PHONE-3] ...
LABELS = {"person": "PERSON", "organization": "ORG", "phone": "PHONE", "email": "EMAIL",
          "iban": "IBAN", "national_id": "ID", "passport": "PASSPORT", "ip": "IP",
          "crypto": "WALLET", "dob": "DOB", "account": "ACCOUNT", "address": "ADDRESS",
          "plate": "PLATE", "manual": "REDACTED"}


@dataclass(frozen=True)
class RedactionProfile:
    """Operators per kind, the mask text, and whether image attachments are kept."""

    name: str
    operators: dict[str, str] = field(default_factory=dict)
    mask: str = MASKS[0]
    keep_images: bool = False
    description: str = ""
    # "When unsure, redact": a candidate person name no list or rule confirms is masked
    # too, and the analyst un-redacts it in review.
    fail_safe: bool = False
    # Nothing leaves until the analyst has decided every detection (redact or keep).
    review_required: bool = False

    def operator(self, kind: str) -> str:
        # A kind the profile does not mention is masked: new detectors must not leak.
        return self.operators.get(kind, "mask")

    def enabled(self, kind: str) -> bool:
        return self.operator(kind) != "keep"

    def spec(self) -> dict[str, Any]:
        return {"operators": dict(sorted(self.operators.items())), "mask": self.mask,
                "keep_images": self.keep_images, "description": self.description,
                "review_required": self.review_required, "fail_safe": self.fail_safe}


def _all(operator: str, **overrides: str) -> dict[str, str]:
    return {**dict.fromkeys(KINDS, operator), **overrides}


BUILTIN: dict[str, RedactionProfile] = {
    "partner": RedactionProfile(
        "partner", _all("pseudonym", dob="mask", manual="mask"), fail_safe=True,
        description="For partners (the default): consistent pseudonyms, and when unsure "
                    "whether a word is a person's name, it is masked until un-redacted in "
                    "review."),
    "pseudonymise": RedactionProfile(
        "pseudonymise", _all("pseudonym", dob="mask", manual="mask"),
        description="Consistent pseudonyms for persons, organisations and identifiers; "
                    "dates of birth and hand-marked spans masked."),
    "mask": RedactionProfile("mask", _all("mask"),
                             description="Every detected value masked."),
    "remove": RedactionProfile("remove", _all("remove"),
                               description="Every detected value removed."),
    "identifiers": RedactionProfile(
        "identifiers", _all("pseudonym", person="keep", organization="keep", dob="mask",
                            manual="mask"),
        description="Names stay; phones, e-mails, accounts, ids, IPs, wallets and birth dates go."),
}
DEFAULT_PROFILE = "partner"


def checked(profile: RedactionProfile) -> RedactionProfile:
    """The profile if every kind, operator and the mask are known; PolicyError otherwise."""
    name = " ".join(profile.name.split())
    if not name:
        raise PolicyError("A redaction profile needs a name.")
    for kind, operator in profile.operators.items():
        if kind not in KINDS:
            raise PolicyError(f"Unknown kind '{kind}' in profile {name}; kinds are "
                              f"{', '.join(KINDS)}.")
        if operator not in OPERATORS:
            raise PolicyError(f"Unknown operator '{operator}' for {kind}; use one of "
                              f"{', '.join(OPERATORS)}.")
    if not profile.mask.strip():
        raise PolicyError("The mask must not be empty; use 'remove' to drop values.")
    return replace(profile, name=name)


def _from_spec(name: str, spec: dict[str, Any]) -> RedactionProfile:
    return RedactionProfile(name, dict(spec.get("operators", {})),
                            str(spec.get("mask", MASKS[0])), bool(spec.get("keep_images")),
                            str(spec.get("description", "")),
                            fail_safe=bool(spec.get("fail_safe")),
                            review_required=bool(spec.get("review_required")))


def load_profile(conn: Connection, name: str | None) -> RedactionProfile:
    """A saved profile by name, else a built-in one; PolicyError if neither exists."""
    name = (name or DEFAULT_PROFILE).strip()
    row = conn.execute("SELECT name, spec FROM redaction_profiles WHERE name = ? "
                       "COLLATE NOCASE", (name,)).fetchone()
    if row is not None:
        return _from_spec(row[0], json.loads(row[1]))
    builtin = BUILTIN.get(name.lower())
    if builtin is None:
        known = sorted({*BUILTIN, *(n for (n,) in conn.execute(
            "SELECT name FROM redaction_profiles"))})
        raise PolicyError(f"There is no redaction profile '{name}'; choose one of "
                          f"{', '.join(known)}.")
    return builtin


def list_profiles(conn: Connection) -> list[RedactionProfile]:
    """Built-in profiles, then saved ones (a saved profile hides a built-in of that name)."""
    saved = {row[0].lower(): _from_spec(row[0], json.loads(row[1]))
             for row in conn.execute("SELECT name, spec FROM redaction_profiles ORDER BY name")}
    builtins = [p for key, p in BUILTIN.items() if key not in saved]
    return builtins + list(saved.values())


def save_profile(conn: Connection, actor: str, profile: RedactionProfile) -> RedactionProfile:
    """Store (or replace) a profile; audited as ``redaction.profile``. Call in a transaction."""
    profile = checked(profile)
    spec = profile.spec()
    conn.execute(
        "INSERT INTO redaction_profiles (name, spec, updated, actor) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET spec = excluded.spec, updated = excluded.updated, "
        "actor = excluded.actor", (profile.name, json.dumps(spec, ensure_ascii=False),
                                   audit.now_utc(), actor))
    audit.append(conn, actor, "redaction.profile", profile.name, spec)
    return profile
