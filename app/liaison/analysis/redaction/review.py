"""Review files: a share's detections as lines an analyst edits in a text editor, and
the decisions read back into the :class:`~liaison.analysis.redaction.engine.SharePlan`.

The file is UTF-8 JSON Lines, so every line diffs on its own; lines starting with
``#`` are comments and blank lines are skipped. The first JSON line is the header::

    {"format": "liaison-review", "version": 1, "partner": "...", "profile": "...",
     "purpose": null, "query": null, "created": "...Z",
     "records": [{"id": "...", "version": 2, "sha256": "..."}, ...], "sha256": "..."}

Each record's ``sha256`` covers every text of the share that belongs to it (its
title, narrative, handling conditions, and its entities', links' and events'
values, by unit id); the last ``sha256`` covers them all. A review is applied only
to exactly those texts: for other records, other versions, another partner or
profile it is refused, saying what changed. Then one line per detection::

    {"decision": "redact", "value": 3, "kind": "person", "text": "...",
     "record": "...", "unit": "record:...:narrative", "start": 9, "end": 25,
     "rule": "names", "context": "... «...» ..."}

``decision`` is ``redact`` or ``keep`` (let the value go). Lines with the same
``value`` number are one value in several places or spellings: it is redacted or
kept everywhere, so they must agree. ``value`` and ``context`` are for the reader
and are not read back. A span to redact by hand is a line with ``"rule": "manual"``,
``"decision": "redact"``, the ``record``, the ``unit`` (a unit id, or a field of the
record: ``title``, ``narrative``, ``handling_conditions``) and either ``start`` and
``end`` or the exact ``text`` to find (both: they must agree); ``kind`` is optional
(default ``manual``). Nothing is applied unless every line is valid.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from liaison.analysis.partners import PolicyError
from liaison.analysis.redaction.engine import value_key
from liaison.analysis.redaction.profiles import KINDS

if TYPE_CHECKING:
    from liaison.analysis.redaction.engine import Detection, SharePlan
    from liaison.analysis.redaction.units import TextUnit

FORMAT, VERSION = "liaison-review", 1
DECISIONS = ("redact", "keep")
MANUAL = "manual"
CONTEXT = 40  # characters of context either side of a detection
MAX_PROBLEMS = 25  # problems listed in one refusal

INSTRUCTIONS = """\
# Liaison redaction review. It holds the detected values in clear: keep it as safe as
# the records (it was written readable by you only) and delete it after the share.
# Set each line's "decision" to "redact" or "keep" (keep = let the value go). Lines with
# the same "value" number are one value: it is redacted or kept everywhere, so they must
# agree. To redact a span by hand, add one line such as
#   {"decision": "redact", "rule": "manual", "record": "RECORD_ID", "unit": "narrative",
#    "text": "exact text"}
# ("unit" is a unit id from another line, or title, narrative, handling_conditions;
# give "start" and "end" instead of "text" to mark one place). Then:
#   liaison redact --apply-review FILE --out DIR --format pdf
# (or liaison share --to PARTNER --apply-review FILE).
# Lines starting with # are comments. Do not edit the header line (the first {...}):
# it binds this review to the exact texts reviewed.
"""


class ReviewError(PolicyError):
    """A review file that cannot be applied to this share; says which line and why."""


@dataclass(frozen=True)
class ReviewFile:
    """A review file as read: its header, its JSON lines (with line numbers), its hash."""

    name: str
    header: dict[str, Any]
    lines: list[tuple[int, Any]]
    sha256: str

    @property
    def records(self) -> list[dict[str, Any]]:
        """The header's records (id, version, sha256), whatever an editor did to it."""
        records = self.header.get("records")
        return [r for r in records if isinstance(r, dict)] if isinstance(records, list) else []

    @property
    def record_ids(self) -> list[str]:
        return [str(r.get("id")) for r in self.records]


@dataclass
class ReviewOutcome:
    """What applying a review did: decisions taken, spans added, detections left over."""

    redacted: int = 0  # detections the file confirms
    kept: int = 0  # detections the file lets go
    manual: int = 0  # spans added by hand (and reviewed values no longer detected)
    stale: int = 0  # lines for values no longer detected (redacted by hand if "redact")
    unreviewed: int = 0  # detections of the share the file has no line for (left as
    # the plan had them: redacted, unless another line decides the same value)
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"redacted": self.redacted, "kept": self.kept, "manual": self.manual,
                "stale": self.stale, "unreviewed": self.unreviewed}


# --- binding ----------------------------------------------------------------------------------


def _digest(units: list[TextUnit]) -> str:
    payload = json.dumps([[u.id, u.text] for u in units], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _bindings(plan: SharePlan) -> list[dict[str, Any]]:
    return [{"id": r.id, "version": r.version, "sha256": _digest(plan.units_of(r.id))}
            for r in plan.source.records]


def header(plan: SharePlan, query: str | None = None, created: str | None = None
           ) -> dict[str, Any]:
    """The header binding a review to the plan's partner, profile and exact texts."""
    created = created or datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00",
                                                                                 "Z")
    return {"format": FORMAT, "version": VERSION, "partner": plan.partner,
            "profile": plan.profile.name,
            "purpose": plan.policy.purpose if plan.policy else None, "query": query,
            "created": created, "records": _bindings(plan), "sha256": _digest(plan.units)}


def check_binding(plan: SharePlan, review: ReviewFile) -> None:
    """Refuse a review made for another partner, profile, set of records or texts."""
    head = review.header
    problems = []
    if head.get("partner") != plan.partner:
        problems.append(f"it is for partner {head.get('partner')!r}, this share goes to "
                        f"{plan.partner!r}")
    if str(head.get("profile", "")).casefold() != plan.profile.name.casefold():
        problems.append(f"it was made under profile {head.get('profile')!r}, this share "
                        f"uses {plan.profile.name!r}")
    reviewed = {str(r.get("id")): r for r in review.records}
    now = {b["id"]: b for b in _bindings(plan)}
    problems += [f"record {rid} was reviewed but is not in this share (withheld by the "
                 "policy now, erased, or not chosen)" for rid in reviewed if rid not in now]
    problems += [f"record {rid} is in this share but was not reviewed"
                 for rid in now if rid not in reviewed]
    for rid, binding in now.items():
        old = reviewed.get(rid)
        if old is None:
            continue
        if old.get("version") != binding["version"]:
            problems.append(f"record {rid} is at version {binding['version']} now, the "
                            f"review saw version {old.get('version')}")
        elif old.get("sha256") != binding["sha256"]:
            problems.append(f"the texts of record {rid} (or of its entities, links or "
                            "events) changed since the review")
    if not problems and head.get("sha256") != _digest(plan.units):
        problems.append("the texts of the share differ from those reviewed")
    if problems:
        raise ReviewError(f"The review {review.name} does not fit this share: "
                          + "; ".join(problems[:MAX_PROBLEMS])
                          + (f"; and {len(problems) - MAX_PROBLEMS} more"
                             if len(problems) > MAX_PROBLEMS else "")
                          + ". Write a new review with --review FILE.")


# --- writing ----------------------------------------------------------------------------------


def _context(unit: TextUnit, start: int, end: int) -> str:
    before = unit.text[max(0, start - CONTEXT):start]
    after = unit.text[end:end + CONTEXT]
    return " ".join(f"{'…' if start > CONTEXT else ''}{before}«{unit.text[start:end]}»"
                    f"{after}{'…' if end + CONTEXT < len(unit.text) else ''}".split())


def _record_of(plan: SharePlan, unit: TextUnit) -> str:
    order = [r.id for r in plan.source.records]
    return next((r for r in order if r in unit.record_ids), unit.record_ids[0])


def detection_line(plan: SharePlan, d: Detection, value: int) -> dict[str, Any]:
    unit = next(u for u in plan.units if u.id == d.unit_id)
    return {"decision": "redact" if d.accepted else "keep", "value": value, "kind": d.kind,
            "text": d.text, "record": _record_of(plan, unit), "unit": d.unit_id,
            "start": d.start, "end": d.end, "rule": d.detector,
            "context": _context(unit, d.start, d.end)}


def review_text(plan: SharePlan, query: str | None = None, created: str | None = None) -> str:
    """The review file of ``plan``: instructions, the header, one line per detection (in
    the order of the records and their texts)."""
    values: dict[tuple[str, str], int] = {}
    lines = [INSTRUCTIONS.rstrip("\n"), _dump(header(plan, query, created))]
    order = {u.id: n for n, u in enumerate(plan.units)}
    for d in sorted(plan.detections, key=lambda d: (order[d.unit_id], d.start, d.end)):
        number = values.setdefault(value_key(d), len(values) + 1)
        lines.append(_dump(detection_line(plan, d, number)))
    return "\n".join(lines) + "\n"


def _dump(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False)


# --- reading ----------------------------------------------------------------------------------


def read_review(data: bytes, name: str) -> ReviewFile:
    """Parse a review file (not yet checked against a share): ReviewError naming the line."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReviewError(f"{name} is not UTF-8 text ({exc.reason} at byte {exc.start}).") \
            from exc
    head: dict[str, Any] | None = None
    lines: list[tuple[int, Any]] = []
    problems = []
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            obj = json.loads(stripped)
        except json.JSONDecodeError as exc:
            problems.append(f"line {number}: not valid JSON ({exc.msg}, column {exc.colno})")
            continue
        if head is None:
            if not isinstance(obj, dict) or obj.get("format") != FORMAT:
                raise ReviewError(f"{name} is not a Liaison review file: its first line must "
                                  f"be the header {{\"format\": \"{FORMAT}\", ...}} written "
                                  "by --review.")
            if obj.get("version") != VERSION:
                raise ReviewError(f"{name} is a review file of version {obj.get('version')}; "
                                  f"this Liaison reads version {VERSION}.")
            head = obj
            continue
        lines.append((number, obj))
    if head is None:
        raise ReviewError(f"{name} is empty: write a review with --review FILE first.")
    if problems:
        raise _refusal(name, problems)
    return ReviewFile(name, head, lines, hashlib.sha256(data).hexdigest())


def _refusal(name: str, problems: list[str]) -> ReviewError:
    more = len(problems) - MAX_PROBLEMS
    return ReviewError(f"The review {name} was not applied; nothing was written. "
                       + "; ".join(problems[:MAX_PROBLEMS])
                       + (f"; and {more} more problem(s)." if more > 0 else "."))


# --- applying ---------------------------------------------------------------------------------


@dataclass
class _Manual:
    unit: str
    start: int
    end: int
    kind: str


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _int(obj: dict[str, Any], key: str) -> int | None:
    value = obj.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class _Reader:
    """Checks every line against the plan before anything is applied."""

    def __init__(self, plan: SharePlan) -> None:
        self.plan = plan
        self.units = {u.id: u for u in plan.units}
        self.records = {r.id for r in plan.source.records}
        self.problems: list[str] = []
        self.decisions: dict[str, tuple[int, str]] = {}  # detection id -> (line, decision)
        self.manual: list[_Manual] = []
        self.stale = 0

    def problem(self, number: int, text: str) -> None:
        self.problems.append(f"line {number}: {text}")

    def unit(self, number: int, obj: dict[str, Any]) -> TextUnit | None:
        record = obj.get("record")
        if not isinstance(record, str) or record not in self.records:
            self.problem(number, f"record {record!r} is not in this share")
            return None
        unit_id = obj.get("unit")
        if not isinstance(unit_id, str) or not unit_id:
            self.problem(number, "no \"unit\" (a unit id, or title, narrative, "
                                 "handling_conditions)")
            return None
        if ":" not in unit_id:
            unit_id = f"record:{record}:{unit_id}"
        unit = self.units.get(unit_id)
        if unit is None:
            self.problem(number, f"record {record} has no text {unit_id!r} in this share")
            return None
        if record not in unit.record_ids:
            self.problem(number, f"{unit_id} is not part of record {record}")
            return None
        return unit

    def span(self, number: int, obj: dict[str, Any], unit: TextUnit,
             manual: bool) -> tuple[int, int] | None:
        start, end, text = _int(obj, "start"), _int(obj, "end"), obj.get("text")
        if text is not None and not isinstance(text, str):
            self.problem(number, "\"text\" must be a string")
            return None
        if start is None and end is None and manual and text:
            found = unit.text.find(text)
            if found < 0:
                self.problem(number, f"{_short(text)!r} does not occur in {unit.id}")
                return None
            return found, found + len(text)
        if start is None or end is None:
            self.problem(number, "\"start\" and \"end\" must be whole numbers"
                         + (" (or give the exact \"text\" to find)" if manual else ""))
            return None
        if not 0 <= start < end <= len(unit.text):
            self.problem(number, f"span {start}-{end} is out of range: {unit.id} has "
                                 f"{len(unit.text)} characters")
            return None
        here = unit.text[start:end]
        if (text is None and not manual) or (text is not None and text != here):
            self.problem(number, f"the text {_short(text or '')!r} does not match characters "
                                 f"{start}-{end} of {unit.id}, which read {_short(here)!r}")
            return None
        return start, end

    def line(self, number: int, obj: Any) -> None:
        if not isinstance(obj, dict):
            self.problem(number, "not a JSON object")
            return
        decision, rule = obj.get("decision"), obj.get("rule")
        if decision not in DECISIONS:
            self.problem(number, f"unknown decision {decision!r}; use \"redact\" or \"keep\"")
            return
        manual = rule == MANUAL
        if not manual and not (isinstance(rule, str) and rule):
            self.problem(number, "no \"rule\" (the detector's name, or \"manual\" for a span "
                                 "added by hand)")
            return
        kind = obj.get("kind", MANUAL if manual else None)
        if kind not in KINDS:
            self.problem(number, f"unknown kind {kind!r}; kinds are {', '.join(KINDS)}")
            return
        unit = self.unit(number, obj)
        span = self.span(number, obj, unit, manual) if unit is not None else None
        if unit is None or span is None:
            return
        if manual:
            if decision != "redact":
                self.problem(number, "a span added by hand can only be \"redact\"; delete "
                                     "the line to drop it")
                return
            self.manual.append(_Manual(unit.id, *span, kind))
            return
        detection_id = f"{unit.id}@{span[0]}-{span[1]}"
        if not any(d.id == detection_id for d in self.plan.detections):
            # Texts are the same (the header says so), the detectors found other things:
            # a value the analyst wanted redacted still is, by hand.
            self.stale += 1
            if decision == "redact":
                self.manual.append(_Manual(unit.id, *span, kind))
            return
        if self.plan.detection(detection_id).kind != kind:
            self.problem(number, f"kind {kind!r} is not the kind detected there "
                                 f"({self.plan.detection(detection_id).kind})")
            return
        earlier = self.decisions.get(detection_id)
        if earlier is not None and earlier[1] != decision:
            self.problem(number, f"says {decision} but line {earlier[0]} says {earlier[1]} for "
                                 "the same detection")
            return
        self.decisions[detection_id] = (number, decision)

    def check_values(self) -> None:
        """A value is redacted or kept everywhere: its lines must agree."""
        by_value: dict[tuple[str, str], dict[str, int]] = {}
        for detection_id, (number, decision) in sorted(self.decisions.items(),
                                                       key=lambda kv: kv[1][0]):
            key = value_key(self.plan.detection(detection_id))
            by_value.setdefault(key, {}).setdefault(decision, number)
        for lines in by_value.values():
            if len(lines) > 1:
                self.problems.append(
                    f"line {lines['keep']} keeps a value that line {lines['redact']} redacts "
                    "(the same value, in another place or spelling: the same \"value\" "
                    "number); give them the same decision")


def apply_review(plan: SharePlan, review: ReviewFile, require_all: bool = False
                 ) -> ReviewOutcome:
    """Check ``review`` against ``plan`` (binding, then every line) and apply it: every
    line valid, or ReviewError naming the lines and nothing applied. ``require_all``
    (a profile that requires review): refused too while a detection has no line."""
    check_binding(plan, review)
    reader = _Reader(plan)
    for number, obj in review.lines:
        reader.line(number, obj)
    reader.check_values()
    if reader.problems:
        raise _refusal(review.name, reader.problems)
    missing = sum(d.detector != MANUAL and d.id not in reader.decisions
                  for d in plan.detections)
    if require_all and missing:
        raise ReviewError(f"{missing} detection(s) of this share have no decision in "
                          f"{review.name} (new since it was written?), and the profile "
                          f"{plan.profile.name} requires review. Write the review again "
                          "with --review FILE; nothing was written.")
    outcome = ReviewOutcome(stale=reader.stale, unreviewed=missing)
    for detection_id, (_, decision) in reader.decisions.items():
        if decision == "redact":
            plan.accept(detection_id)
            outcome.redacted += 1
        else:
            plan.reject(detection_id)
            outcome.kept += 1
    for m in reader.manual:
        plan.add_manual(m.unit, m.start, m.end, m.kind)
        outcome.manual += 1
    if reader.stale:
        outcome.notes.append(f"{reader.stale} reviewed value(s) are no longer detected; "
                             "those marked redact are redacted by hand.")
    return outcome
