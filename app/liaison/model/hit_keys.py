"""The keys a hit/no-hit query compares: one normalised identifier, written one way.

Both sides must write the same identifier the same way before it is hashed, so every
key is ``kind:value`` with the model's normalisers (ARCHITECTURE.md, "Hit/no-hit"):
``phone:+31612345678``, ``email:a.b@example.org``, ``iban:NL91ABNA0417164300``,
``passport:NL:XR1234567``, ``national_id:DE:T220001293``, ``plate:NL:AB12CD``,
``wallet:bc1q…``, ``ip:192.0.2.7``, ``person:<name key>:YYYY-MM-DD``.
"""

from __future__ import annotations

import csv
import re

from liaison.model.countries import region_code
from liaison.model.errors import LiaisonError
from liaison.model.identifiers import (
    normalise_crypto,
    normalise_date,
    normalise_email,
    normalise_iban,
    normalise_ip,
    normalise_national_id,
    normalise_passport,
    normalise_phone,
)
from liaison.model.names import name_key
from liaison.model.normaliser import compact_id

# What can be asked, and whether the kind needs a country (issuing or registering).
HIT_KINDS: dict[str, bool] = {
    "phone": False, "email": False, "iban": False, "passport": True, "national_id": True,
    "plate": True, "wallet": False, "ip": False, "person": False,
}
# The model's kind names for the same identifiers, where they differ.
MODEL_KINDS = {"crypto": "wallet"}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class HitKeyError(LiaisonError):
    """A value that cannot be asked about as given."""


def _country(country: str | None, kind: str) -> str:
    code = region_code(country) if country and country.strip() else None
    if not code:
        raise HitKeyError(f"a {kind.replace('_', ' ')} needs the issuing country "
                          "(ISO code, e.g. NL)")
    return code


def hit_key(kind: str, value: str, extra: str | None = None) -> str:
    """The key of one identifier; ``extra`` is the country (passport, national id, plate;
    the region for a phone written without +) or, for ``person``, the birth date.
    HitKeyError says what is wrong."""
    kind = MODEL_KINDS.get(kind.strip().lower(), kind.strip().lower())
    if kind not in HIT_KINDS:
        raise HitKeyError(f"'{kind[:40]}' is not a kind that can be asked about; use "
                          f"{', '.join(HIT_KINDS)}")
    if kind == "person":
        key = name_key(value)
        day = normalise_date(extra or "")
        if not key or not day.valid or not _DAY.fullmatch(day.value):
            raise HitKeyError("a person is asked about by name and full birth date "
                              "(YYYY-MM-DD)")
        return f"person:{key}:{day.value}"
    if kind == "plate":
        plate = compact_id(value).upper()
        if not 1 <= len(plate) <= 15 or not plate.isalnum():
            raise HitKeyError("a vehicle plate has 1 to 15 letters and digits")
        return f"plate:{_country(extra, kind)}:{plate}"
    if kind in ("passport", "national_id"):
        code = _country(extra, kind)
        norm = (normalise_passport if kind == "passport" else normalise_national_id)(
            value, code)
    elif kind == "phone":
        norm = normalise_phone(value, region_code(extra) if extra else None)
    else:
        norm = {"email": normalise_email, "iban": normalise_iban, "wallet": normalise_crypto,
                "ip": normalise_ip}[kind](value)
    if not norm.valid:
        raise HitKeyError(f"not a valid {kind.replace('_', ' ')}: {norm.note}")
    return f"{kind}:{code}:{norm.value}" if kind in ("passport", "national_id") \
        else f"{kind}:{norm.value}"


def stored_key(kind: str | None, prop: str, value: str, country: str | None) -> str | None:
    """The key of a value as the store holds it (already normalised, ``country`` the
    record's), or None when it is not an identifier that can be asked about."""
    if kind is None and prop == "registrationNumber":
        kind = "plate"
    kind = MODEL_KINDS.get(kind or "", kind)
    if kind not in HIT_KINDS or kind == "person":
        return None
    if kind in ("passport", "national_id", "plate"):
        code = region_code(country) if country else None
        if not code:
            return None
        plate = compact_id(value).upper() if kind == "plate" else value
        return f"{kind}:{code}:{plate}" if plate else None
    return f"{kind}:{value}"


def parse_values(text: str) -> list[str]:
    """The keys of a values file: one identifier a line, ``kind,value[,country or birth
    date]`` (CSV: a value with a comma is quoted); blank lines and lines starting with #
    are skipped. HitKeyError names the first bad line (by number, not by its value)."""
    keys: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in next(csv.reader([line]))]  # "Vries, Jan" may be quoted
        if len(parts) not in (2, 3) or not parts[1]:
            raise HitKeyError(f"Line {number} of the values file is not 'kind,value' or "
                              "'kind,value,country'.")
        try:
            keys.append(hit_key(parts[0], parts[1], parts[2] if len(parts) == 3 else None))
        except HitKeyError as exc:
            raise HitKeyError(f"Line {number} of the values file: {exc}.") from None
    return list(dict.fromkeys(keys))
