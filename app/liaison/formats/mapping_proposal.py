"""A CSV mapping proposed from a file's header and a sample of its rows, to edit and import.

``liaison import FILE --format csv --propose-mapping`` prints it. The header goes through
:func:`~liaison.formats.tabular_mapping.detect_mapping` (column names in English, and the
German, French, Spanish and Polish ones this module translates); then the sample rows
decide the rest: a column whose values are e-mail addresses, phone numbers (read in the
source's country), IBANs or countries becomes that property of the person even when its
name says nothing, and a reference column makes one record per row (with its date and
notes when there are such columns). Every column is accounted for: what it became and
why, or that it is left out. The mapping format is described in
:mod:`liaison.formats.tabular` and the README.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from anyascii import anyascii

from liaison.formats.tabular import read_sample
from liaison.formats.tabular_mapping import detect_mapping
from liaison.formats.textio import parse_iso_date
from liaison.model.countries import region_code
from liaison.model.identifiers import normalise_email, normalise_iban, normalise_phone

__all__ = ["SAMPLE_ROWS", "Proposal", "propose_mapping"]

SAMPLE_ROWS = 200
SHARE = 0.8  # of a column's non-empty sample values that must read as one kind

# Header names in the partners' languages -> the English names detect_mapping knows.
_ALIASES = {
    "vorname": "first_name", "nachname": "last_name", "familienname": "last_name",
    "geburtsdatum": "dob", "staatsangehorigkeit": "nationality", "telefon": "phone",
    "handy": "mobile", "firma": "company", "anschrift": "address", "adresse": "address",
    "prenom": "first_name", "nom": "last_name", "nom_de_famille": "last_name",
    "date_de_naissance": "dob", "nationalite": "nationality", "telephone": "phone",
    "societe": "company", "entreprise": "company",
    "nombre": "first_name", "apellido": "last_name", "apellidos": "last_name",
    "fecha_de_nacimiento": "dob", "nacionalidad": "nationality", "empresa": "company",
    "direccion": "address", "correo": "email",
    "imie": "first_name", "nazwisko": "last_name", "data_urodzenia": "dob",
    "obywatelstwo": "nationality", "firma_nazwa": "company",
}
# Columns that make one record per row, and what else such a record reads.
_REFERENCE = {"ref", "reference", "case", "case_number", "case_id", "file_number", "report",
              "report_id", "report_number", "aktenzeichen", "az", "referencia", "expediente",
              "dossier", "sygnatura"}
_REPORTED = {"date", "reported", "report_date", "datum", "fecha", "data", "date_du_rapport"}
_NARRATIVE = {"notes", "note", "narrative", "remarks", "remark", "comment", "comments",
              "text", "description", "bemerkung", "bemerkungen", "observaciones",
              "remarques", "uwagi"}


def _norm(column: str) -> str:
    folded = anyascii(column).casefold()
    return re.sub(r"_?\d+$", "", re.sub(r"[^a-z0-9]+", "_", folded).strip("_"))


@dataclass
class Proposal:
    """The proposed mapping, and for every column what it became and why."""

    mapping: dict[str, Any]
    header: list[str]
    sampled: int
    columns: dict[str, str] = field(default_factory=dict)  # column -> use, or "" if unused

    def as_dict(self) -> dict[str, Any]:
        return {"mapping": self.mapping, "header": self.header, "sampled_rows": self.sampled,
                "columns": self.columns}


def _rename(value: Any, names: dict[str, str]) -> Any:
    """``value`` (detect_mapping's output) with translated column names put back."""
    if isinstance(value, str):
        if value in names:
            return names[value]
        return re.sub(r"\{([^{}]*)\}", lambda m: "{" + names.get(m.group(1), m.group(1)) + "}",
                      value)
    if isinstance(value, list):
        return [_rename(v, names) for v in value]
    if isinstance(value, dict):
        return {k: _rename(v, names) for k, v in value.items()}
    return value


def _used(value: Any, out: set[str], header: set[str]) -> set[str]:
    """The columns a mapping fragment names (bare, or inside templates)."""
    if isinstance(value, str):
        if value in header:
            out.add(value)
        out.update(c for c in re.findall(r"\{([^{}]*)\}", value) if c in header)
    elif isinstance(value, list):
        for v in value:
            _used(v, out, header)
    elif isinstance(value, dict) and "literal" not in value:
        for v in value.values():
            _used(v, out, header)
    return out


def _share(values: list[str], test: Any) -> bool:
    return bool(values) and sum(1 for v in values if test(v)) >= SHARE * len(values)


def _kind_of(values: list[str], region: str | None, separator: str) -> str | None:
    """What a column's sample values are: email, phone, iban, country, or None."""
    parts = [p.strip() for v in values for p in v.split(separator) if p.strip()]
    if _share(parts, lambda v: "@" in v and normalise_email(v).valid):
        return "email"
    if _share(parts, lambda v: len(v.replace(" ", "")) >= 15 and normalise_iban(v).valid):
        return "iban"
    if _share(parts, lambda v: sum(c.isdigit() for c in v) >= 6
              and normalise_phone(v, region).valid):
        return "phone"
    if _share(parts, lambda v: len(v) <= 40 and region_code(v) is not None):
        return "country"
    return None


def _separator(rows: list[dict[str, str]], columns: set[str]) -> str:
    """';' unless the sample's values use '|' between several values of one cell."""
    cells = [row[c] for row in rows for c in columns if row.get(c)]
    return "|" if sum("|" in c for c in cells) > sum(";" in c for c in cells) else ";"


def propose_mapping(path: Path, *, agency: str | None = None, country: str | None = None,
                    rows: int = SAMPLE_ROWS) -> Proposal:
    """A mapping for the CSV file ``path`` from its header and its first ``rows`` rows;
    ``agency`` and ``country`` (the sender) go into the record when given."""
    header, sample = read_sample(Path(path), rows)
    names = {col: _ALIASES.get(_norm(col), col) for col in header}
    translated = {alias: col for col, alias in names.items() if alias != col}
    mapping = _rename(detect_mapping([names[c] for c in header]), translated)
    columns: dict[str, str] = dict.fromkeys(header, "")
    all_columns = set(header)
    uses: dict[str, list[str]] = {}
    for entity in mapping["entities"]:
        for prop, value in entity["properties"].items():
            for col in _used(value, set(), all_columns):
                uses.setdefault(col, []).append(f"{entity['schema']} {prop}")
    for col, found in uses.items():
        columns[col] = ", ".join(found) + " (by its name)"
    region = region_code(country) if country else None
    person = next((e for e in mapping["entities"] if e["id"] == "person"), None)
    norms = {col: _norm(col) for col in header}

    record: dict[str, Any] = {"per": "file"}
    reference = next((c for c in header if not columns[c] and norms[c] in _REFERENCE), None)
    if reference:
        record = {"per": "row", "reference": f"{{{reference}}}",
                  "title": f"Report {{{reference}}}"}
        columns[reference] = "record reference (one record per row)"
        reported = next((c for c in header if not columns[c] and norms[c] in _REPORTED), None)
        values = [r[reported] for r in sample if reported and r.get(reported)]
        if reported and _share(values, lambda v: parse_iso_date(v) is not None):
            record["reported"] = f"{{{reported}}}"
            columns[reported] = "record reported date (ISO dates)"
        narrative = next((c for c in header if not columns[c] and norms[c] in _NARRATIVE),
                         None)
        if narrative:
            record["narrative"] = f"{{{narrative}}}"
            columns[narrative] = "record narrative"
    if agency:
        record["agency"] = agency
    if country:
        record["country"] = country.strip().upper()
    mapping["record"] = record
    # Several values in one cell ('+49 151 ...|+49 157 ...'): the separator is judged on
    # every column but the record's own (a narrative's ';' is punctuation).
    separator = _separator(sample, {c for c in header
                                    if not columns[c].startswith("record")})
    mapping["multi_value_separator"] = separator

    for col in header:
        if columns[col]:
            continue
        kind = _kind_of([r[col] for r in sample if r.get(col)], region, separator)
        if kind is None:
            continue
        if kind == "iban":
            mapping["entities"].append({"id": f"account_{len(mapping['entities'])}",
                                        "schema": "BankAccount", "key": [col],
                                        "properties": {"iban": col}})
            if person is not None:
                mapping["links"].append({"schema": "Ownership", "source": "person",
                                         "target": mapping["entities"][-1]["id"]})
            columns[col] = "BankAccount iban (by its values)"
        elif person is not None:
            prop = {"country": "nationality"}.get(kind, kind)
            current = person["properties"].get(prop)
            person["properties"][prop] = [*([current] if isinstance(current, str) else
                                            current or []), col]
            if len(person["properties"][prop]) == 1:
                person["properties"][prop] = col
            columns[col] = f"Person {prop} (by its values)"
    return Proposal(mapping, header, len(sample), columns)
