"""Loading one whole JSON document (a STIX bundle, a MISP event) with clear refusals.

The standard ``json`` module parses from memory, so the size is checked before a
byte is read; every failure becomes a :class:`FormatError` naming the file and
the line and column (or byte) where it went wrong.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from liaison.formats import base
from liaison.model.errors import FormatError


def load_json_document(path: Path) -> tuple[Any, bytes]:
    """Parse the file as one JSON document; return the value and the raw bytes."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise FormatError(f"{path.name}: cannot be read ({exc.strerror or exc}).") from exc
    # Looked up at call time so the limit can be lowered (tests, settings).
    limit = base.MAX_JSON_DOCUMENT_BYTES
    if size > limit:
        raise FormatError(
            f"{path.name}: {size:,} bytes is larger than the {limit:,} bytes Liaison "
            "reads as one JSON document; split the file and import the parts."
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FormatError(f"{path.name}: cannot be read ({exc.strerror or exc}).") from exc
    if len(data) > limit:  # the file grew between stat and read
        raise FormatError(f"{path.name}: larger than the {limit:,} bytes allowed.")
    return parse_json_bytes(path.name, data), data


def parse_json_bytes(name: str, data: bytes) -> Any:
    """Decode UTF-8 (a BOM is allowed) and parse; raise FormatError on any failure."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise FormatError(
            f"{name}: not UTF-8 text: byte {exc.start:,} (line {line}) is "
            f"0x{data[exc.start]:02x}. JSON files must be UTF-8; re-save it as UTF-8."
        ) from exc
    if not text.strip():
        raise FormatError(f"{name}: the file is empty.")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        # json says "Unterminated string starting at" (a string open at the end of the
        # file); that, or an error at the very end, means the file was cut short.
        open_string = exc.msg.endswith(" starting at")
        msg = exc.msg.removesuffix(" at") + " here" if open_string else exc.msg
        cut = open_string or exc.pos >= len(text.rstrip())
        raise FormatError(
            f"{name}: not valid JSON at line {exc.lineno}, column {exc.colno}: {msg}"
            f"{' (the file looks truncated)' if cut else ''}."
        ) from exc
    except RecursionError as exc:
        # The C decoder gives up near sys.getrecursionlimit(); no real bundle nests so deep.
        raise FormatError(f"{name}: JSON nested too deeply to be a genuine file.") from exc


def json_type(value: object) -> str:
    """The JSON name of a parsed value's type, for error messages."""
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if value is None:
        return "null"
    return "a number"
