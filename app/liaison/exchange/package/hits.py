"""``hits.json``: a hit/no-hit query or its answer, carried in a package (issue 21).

Read as strictly as records.jsonl: exactly the fields of its type, each of its type
and size; points as base64 of concatenated 32-byte encodings, as many as the message
says. Whether the points are group elements is checked where they are used
(exchange.psi): an invalid one refuses the package at the merge, which changes nothing.
ARCHITECTURE.md, "Hit/no-hit", documents the message for other implementations.
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from liaison.exchange.errors import PackageRefused
from liaison.exchange.package.archive import HITS

VERSION = 1
QUERY, ANSWER = "psi-query", "psi-answer"
POINT = 32
MAX_ASKED = 100_000        # no agreement may allow more per query
MAX_HELD = 5_000_000       # what one answer may carry (160 MB of points)
MAX_REASON = 500


@dataclass
class HitMessage:
    """A query (``points``: the asker's blinded elements) or an answer (``points``: those
    elements re-blinded, in the query's order; ``held``: the answerer's blinded set,
    sorted; ``status`` 'refused' with a ``reason`` and no points when over the cap)."""

    type: str
    query_id: str
    points: bytes = b""
    held: bytes = b""
    status: str = "answered"
    reason: str = ""
    asked: int = field(default=0)

    def count(self) -> int:
        return len(self.points) // POINT

    def as_json(self) -> dict[str, Any]:
        if self.type == QUERY:
            return {"type": QUERY, "version": VERSION, "query_id": self.query_id,
                    "count": self.count(), "points": _b64(self.points)}
        return {"type": ANSWER, "version": VERSION, "query_id": self.query_id,
                "status": self.status, "reason": self.reason, "asked": self.asked,
                "count": self.count(), "points": _b64(self.points),
                "held_count": len(self.held) // POINT, "held": _b64(self.held)}

    def to_bytes(self) -> bytes:
        return json.dumps(self.as_json(), sort_keys=True, separators=(",", ":")).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _bad(reason: str) -> PackageRefused:
    return PackageRefused("record", f"{HITS}: {reason}")


def _points(obj: dict[str, Any], key: str, count_key: str, limit: int) -> bytes:
    count, text = obj[count_key], obj[key]
    if type(count) is not int or not 0 <= count <= limit:
        raise _bad(f"field '{count_key}' must be a whole number from 0 to {limit:,}.")
    if not isinstance(text, str):
        raise _bad(f"field '{key}' must be base64 text.")
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise _bad(f"field '{key}' is not valid base64.") from None
    if len(data) != count * POINT:
        raise _bad(f"field '{key}' holds {len(data):,} bytes, not {count:,} points of "
                   f"{POINT} bytes.")
    return data


_QUERY_KEYS = {"type", "version", "query_id", "count", "points"}
_ANSWER_KEYS = {"type", "version", "query_id", "status", "reason", "asked", "count",
                "points", "held_count", "held"}


def parse(data: bytes | memoryview) -> HitMessage:
    """The message in ``hits.json``; PackageRefused names the first fault."""
    try:
        obj = json.loads(bytes(data).decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _bad("is not valid UTF-8 JSON.") from None
    if not isinstance(obj, dict) or obj.get("type") not in (QUERY, ANSWER):
        raise _bad(f"is neither a {QUERY} nor a {ANSWER}.")
    expected = _QUERY_KEYS if obj["type"] == QUERY else _ANSWER_KEYS
    if set(obj) != expected:
        raise _bad(f"a {obj['type']} has exactly the fields {', '.join(sorted(expected))}.")
    if obj["version"] != VERSION:
        raise _bad(f"message version {str(obj['version'])[:10]}; this Liaison reads "
                   f"version {VERSION}.")
    try:
        if not isinstance(obj["query_id"], str) or str(uuid.UUID(obj["query_id"])) \
                != obj["query_id"]:
            raise ValueError
    except ValueError:
        raise _bad("field 'query_id' is not a lower-case UUID.") from None
    if obj["type"] == QUERY:
        points = _points(obj, "points", "count", MAX_ASKED)
        if not points:
            raise _bad("a query asks about at least one value.")
        return HitMessage(QUERY, obj["query_id"], points)
    status, reason, asked = obj["status"], obj["reason"], obj["asked"]
    if status not in ("answered", "refused"):
        raise _bad("field 'status' must be 'answered' or 'refused'.")
    if not isinstance(reason, str) or len(reason) > MAX_REASON:
        raise _bad(f"field 'reason' must be text of at most {MAX_REASON} characters.")
    if type(asked) is not int or not 0 < asked <= MAX_ASKED:
        raise _bad(f"field 'asked' must be a whole number from 1 to {MAX_ASKED:,}.")
    points = _points(obj, "points", "count", MAX_ASKED)
    held = _points(obj, "held", "held_count", MAX_HELD)
    if status == "answered" and len(points) != asked * POINT:
        raise _bad(f"an answer returns every one of the {asked:,} values asked.")
    if status == "refused" and (points or held or not reason.strip()):
        raise _bad("a refusal carries its reason and no points.")
    return HitMessage(ANSWER, obj["query_id"], points, held, status, reason, asked)
