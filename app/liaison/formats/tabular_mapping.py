"""The CSV import mapping: checking a JSON mapping, compiling its templates, and guessing one
from a file's header (the format is described in :mod:`liaison.formats.tabular`).
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from liaison.formats.ftm import LINK_ENDS, THING_SCHEMAS
from liaison.model.errors import FormatError

__all__ = ["CODECS", "MAX_MAPPING_BYTES", "RECORD_FIELDS", "TOP_KEYS", "EntityMap", "LinkMap",
           "Mapping", "Template", "compile_mapping", "detect_mapping", "load_mapping"]

RECORD_FIELDS = {"title", "reference", "narrative", "agency", "country", "language", "reported",
                 "handling", "handling_conditions", "tlp", "reliability", "assessment",
                 "legal_basis", "purpose"}
TOP_KEYS = {"record", "entities", "links", "multi_value_separator", "encoding", "delimiter",
            "description"}
# Mapping encodings Python spells differently from the usual name (by codecs name).
CODECS = {"utf-8-sig": "utf-8", "iso8859-1": "latin-1"}
MAX_MAPPING_BYTES = 1024 * 1024
_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")


@dataclass(frozen=True)
class Template:
    """Text made of literal parts and column references; ``bare`` when it is one column."""

    parts: tuple[tuple[bool, str], ...]  # (is a column, literal text or column name)
    bare: bool = False

    def render(self, row: dict[str, str]) -> str:
        cells = [row.get(text, "") for is_column, text in self.parts if is_column]
        if cells and not any(cells):
            return ""
        return "".join(row.get(t, "") if is_col else t for is_col, t in self.parts).strip()


@dataclass
class EntityMap:
    """One entry of ``entities``: the entity kind made from each row, keyed by ``key``."""

    id: str
    schema: str
    key: list[Template]
    properties: dict[str, list[Template]]


@dataclass
class LinkMap:
    """One entry of ``links``: a link between two of the row's entities, by their mapping ids."""

    schema: str
    source: str
    target: str
    properties: dict[str, list[Template]]
    start: Template | None = None
    end: Template | None = None


@dataclass
class Mapping:
    """A checked mapping; ``uses`` lists (column, where in the mapping) for error messages."""

    where: str
    per: str = "file"
    record: dict[str, Template] = field(default_factory=dict)
    entities: list[EntityMap] = field(default_factory=list)
    links: list[LinkMap] = field(default_factory=list)
    separator: str | None = None
    encoding: str = "auto"
    delimiter: str = "auto"
    uses: list[tuple[str, str]] = field(default_factory=list)

    def template(self, text: str, where: str, bare: bool) -> Template:
        if bare and "{" not in text and "}" not in text:
            self.uses.append((text.strip(), where))
            return Template(((True, text.strip()),), bare=True)
        parts: list[tuple[bool, str]] = []
        pos = 0
        for match in _TOKEN.finditer(text):
            parts.append((False, text[pos:match.start()]))
            token, column = match.group(0), match.group(1)
            if token in ("{{", "}}"):
                parts.append((False, token[0]))
            elif column is None or not column.strip():
                raise FormatError(f"{self.where}: {where}: unbalanced or empty braces in {text!r}")
            else:
                parts.append((True, column.strip()))
                self.uses.append((column.strip(), where))
            pos = match.end()
        parts.append((False, text[pos:]))
        return Template(tuple(p for p in parts if p[0] or p[1]))

    def specs(self, value: Any, where: str) -> list[Template]:
        """Column, template, {"literal": ...} or a list of those."""
        if isinstance(value, list):
            return [t for item in value for t in self.specs(item, where)]
        if isinstance(value, dict) and set(value) == {"literal"} and isinstance(value["literal"],
                                                                                 str):
            return [Template(((False, value["literal"]),))]
        if isinstance(value, str) and value.strip():
            return [self.template(value, where, bare=True)]
        raise FormatError(f"{self.where}: {where}: expected a column name, a template, a list "
                          f'or {{"literal": "..."}}, not {value!r}')

    def obj(self, value: Any, where: str, allowed: set[str] | None = None) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise FormatError(f"{self.where}: {where}: expected a JSON object")
        if allowed is not None and (unknown := set(value) - allowed):
            raise FormatError(f"{self.where}: {where}: unknown keys {sorted(unknown)}; "
                              f"allowed: {sorted(allowed)}")
        return value

    def props(self, value: Any, where: str) -> dict[str, list[Template]]:
        return {str(p): self.specs(v, f"{where}.{p}") for p, v in self.obj(value, where).items()}

    def check_header(self, header: list[str], file: str) -> None:
        """FormatError naming the mapping, the missing columns and the ones the file has."""
        missing = [f"{column!r} (in {where})" for column, where in self.uses
                   if column not in header]
        if missing:
            raise FormatError(f"{self.where}: the mapping names columns that {file} does not "
                              f"have: {'; '.join(missing)}. Available: {', '.join(header)}")
        doubled = sorted({c for c, _ in self.uses if header.count(c) > 1})
        if doubled:
            raise FormatError(f"{file}: more than one column is named {', '.join(doubled)}; "
                              "the mapping cannot tell them apart")


def compile_mapping(raw: Any, where: str) -> Mapping:
    """Check a mapping (parsed JSON) and turn it into what the reader uses."""
    m = Mapping(where=where)
    raw = m.obj(raw, "mapping", TOP_KEYS)
    record = dict(m.obj(raw.get("record", {}), "record", {"per"} | RECORD_FIELDS))
    m.per = record.pop("per", "file")
    if m.per not in ("file", "row"):
        raise FormatError(f"{where}: record.per must be 'file' or 'row', not {m.per!r}")
    for name, text in record.items():
        if not isinstance(text, str):
            raise FormatError(f"{where}: record.{name} must be a string")
        m.record[name] = m.template(text, f"record.{name}", bare=False)
    if m.per == "file" and m.uses:
        raise FormatError(f"{where}: with record.per 'file' the record fields must be constants; "
                          "use 'row' to take them from columns")
    for i, ent in enumerate(raw.get("entities") or []):
        at = f"entities[{i}]"
        ent = m.obj(ent, at, {"id", "schema", "key", "properties"})
        if not isinstance(ent.get("id"), str) or ent.get("schema") not in THING_SCHEMAS:
            raise FormatError(f"{where}: {at} needs an 'id' and a 'schema' among "
                              f"{', '.join(sorted(THING_SCHEMAS))}")
        if "key" not in ent or any(e.id == ent["id"] for e in m.entities):
            raise FormatError(f"{where}: {at} needs a 'key' and an 'id' no other entity uses")
        m.entities.append(EntityMap(ent["id"], ent["schema"], m.specs(ent["key"], f"{at}.key"),
                                     m.props(ent.get("properties", {}), f"{at}.properties")))
    ids = {e.id for e in m.entities}
    for i, link in enumerate(raw.get("links") or []):
        at = f"links[{i}]"
        link = m.obj(link, at, {"schema", "source", "target", "properties", "start", "end"})
        if link.get("schema") not in LINK_ENDS or not {link.get("source"),
                                                        link.get("target")} <= ids:
            raise FormatError(f"{where}: {at} needs a 'schema' among {', '.join(LINK_ENDS)} and "
                              f"a 'source' and 'target' among the entity ids {sorted(ids)}")
        dates = {k: m.specs(link[k], f"{at}.{k}")[0] for k in ("start", "end") if k in link}
        m.links.append(LinkMap(link["schema"], link["source"], link["target"],
                                m.props(link.get("properties", {}), f"{at}.properties"), **dates))
    m.separator = raw.get("multi_value_separator") or None
    encoding = str(raw.get("encoding", "auto")).lower()
    try:
        info = None if encoding == "auto" else codecs.lookup(encoding)
    except LookupError:
        info = None
        encoding = ""
    if encoding != "auto" and (info is None or not getattr(info, "_is_text_encoding", True)):
        raise FormatError(f"{where}: encoding must be auto or a text encoding such as utf-8, "
                          f"utf-16, cp1251, cp1252 or iso-8859-2, not "
                          f"{raw.get('encoding')!r}") from None
    m.encoding = "auto" if info is None else CODECS.get(info.name, info.name)
    m.delimiter = raw.get("delimiter", "auto")
    if m.delimiter != "auto" and (not isinstance(m.delimiter, str) or len(m.delimiter) != 1):
        raise FormatError(f"{where}: delimiter must be 'auto' or a single character")
    return m


def load_mapping(source: Path | dict[str, Any]) -> Mapping:
    """A mapping from a JSON file, or from a dict (the import wizard's edited mapping)."""
    if isinstance(source, dict):
        return compile_mapping(source, "mapping")
    source = Path(source)
    try:
        with source.open("rb") as fh:
            data = fh.read(MAX_MAPPING_BYTES + 1)
    except OSError as exc:
        raise FormatError(f"{source.name}: mapping cannot be read ({exc.strerror or exc})") from exc
    if len(data) > MAX_MAPPING_BYTES:
        raise FormatError(f"{source.name}: a mapping file over {MAX_MAPPING_BYTES:,} bytes")
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise FormatError(f"{source.name}: the mapping is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise FormatError(f"{source.name}:{exc.lineno}:{exc.colno}: the mapping is not valid "
                          f"JSON: {exc.msg}") from None
    except RecursionError:
        raise FormatError(f"{source.name}: the mapping's JSON is nested too deeply to be a "
                          "mapping") from None
    return compile_mapping(raw, source.name)


_GUESSES = {  # FtM property -> header names (lower case, '_' for separators, no digits)
    "name": ("name", "full_name", "fullname", "person", "person_name"),
    "firstName": ("first_name", "firstname", "first", "given_name", "forename"),
    "lastName": ("last_name", "lastname", "last", "surname", "family_name"),
    "birthDate": ("dob", "birth_date", "birthdate", "date_of_birth"),
    "nationality": ("nationality", "citizenship"),
    "phone": ("phone", "telephone", "tel", "mobile", "phone_number", "msisdn"),
    "email": ("email", "e_mail", "mail", "email_address"),
    "address": ("address", "street_address"),
    "company": ("company", "company_name", "organisation", "organization", "employer"),
    "iban": ("iban", "bank_account", "account_number"),
}


def detect_mapping(header: list[str]) -> dict[str, Any]:
    """A first guess at a mapping from common column names, for the import wizard to refine."""
    found: dict[str, list[str]] = {}
    for column in header:
        norm = re.sub(r"_?\d+$", "", re.sub(r"[^a-z0-9]+", "_", column.casefold()).strip("_"))
        prop = next((p for p, names in _GUESSES.items() if norm in names), None)
        if prop and "{" not in column and "}" not in column:
            found.setdefault(prop, []).append(column)
    person: dict[str, Any] = {p: c if len(c) > 1 else c[0] for p, c in found.items()
                              if p not in ("company", "iban", "name")}
    if "name" in found:
        person["name"] = found["name"][0]
    elif "firstName" in found or "lastName" in found:
        parts = [found[p][0] for p in ("firstName", "lastName") if p in found]
        person["name"] = " ".join(f"{{{c}}}" for c in parts)
    entities, links = [], []
    if "name" in person:
        key = [person["name"], *found.get("birthDate", [])[:1]]
        entities.append({"id": "person", "schema": "Person", "key": key, "properties": person})
    for prop, ent_id, schema, link in (("company", "company", "Company", "UnknownLink"),
                                       ("iban", "account", "BankAccount", "Ownership")):
        if prop in found:
            column = found[prop][0]
            entities.append({"id": ent_id, "schema": schema, "key": [column],
                             "properties": {"name" if prop == "company" else prop: column}})
            if "name" in person:
                links.append({"schema": link, "source": "person", "target": ent_id})
    return {"record": {"per": "file"}, "entities": entities, "links": links,
            "multi_value_separator": ";", "encoding": "auto", "delimiter": "auto"}
