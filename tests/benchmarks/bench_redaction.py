"""Redaction quality: recall and precision of the detectors per kind and per language.

``python -m tests.benchmarks.run redaction`` over the sets in ``tests/data/redaction``:

* ``unseen2.jsonl`` (the headline): 589 spans in eight languages, documents and
  narratives written apart from the detectors and frozen before they were measured
  (``UNSEEN2.md``); nobody it names is known to the workspace, so every name must be
  found by :mod:`analysis.redaction.persons`. Only its aggregate tables are read.
* ``unseen.jsonl``: the first frozen set (484 spans, ``UNSEEN.md``), measured at each
  step of the tuning, so no longer unseen in spirit; kept for comparison.
* ``heldout.jsonl`` (written after the first detectors, without reading their code) and
  ``labelled.jsonl`` (written alongside them): measured with the names they list indexed,
  as a workspace that knows them, and again with their names unlisted.

Each text is detected as the Share preview detects a record's narrative
(``analysis.redaction.units.detect_text`` with the record's country, language and the
agency's country; overlaps merged) under the ``pseudonymise`` profile; person names are
measured again under the fail-safe profile, where unsure candidates are masked too. A
labelled span is found when detections of its kind cover all its letters and digits (a
partial cover would leak the rest); a detection is correct when it overlaps a labelled
span of its kind. ``REDACTION_MISSES=1`` lists every miss and false alarm; use it on the
sets you tune with, never on ``unseen`` or ``unseen2``.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import replace
from pathlib import Path

from liaison.analysis.redaction.apply import Span, merge
from liaison.analysis.redaction.names import NameIndex
from liaison.analysis.redaction.profiles import BUILTIN, RedactionProfile
from liaison.analysis.redaction.units import Context, detect_text

from .table import print_table

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "redaction"
SETS = {"unseen2": DATA_DIR / "unseen2.jsonl",
        "labelled": DATA_DIR / "labelled.jsonl", "heldout": DATA_DIR / "heldout.jsonl",
        "unseen": DATA_DIR / "unseen.jsonl", "dev": DATA_DIR / "dev.jsonl",
        "ids_dev": DATA_DIR / "ids_dev.jsonl", "names_dev": DATA_DIR / "names_dev.jsonl",
        "ids_dev2": DATA_DIR / "ids_dev2.jsonl", "ids_dev3": DATA_DIR / "ids_dev3.jsonl",
        "ids_dev4": DATA_DIR / "ids_dev4.jsonl", "ids_dev5": DATA_DIR / "ids_dev5.jsonl",
        "ids_dev6": DATA_DIR / "ids_dev6.jsonl"}
# Sets frozen for evaluation: their misses are never listed, only their tables.
FROZEN = ("unseen", "unseen2")
HOME_COUNTRY = "NL"  # the workspace's own agency, as in the demo (Europol desk)
PROFILE = BUILTIN["pseudonymise"]
# Sets that list no entities: measured with every name unlisted only.
UNLISTED_ONLY = ("unseen", "dev", "ids_dev", "names_dev", "ids_dev2", "ids_dev3", "ids_dev4",
                 "ids_dev5", "ids_dev6", "unseen2")
TARGET = {"phone": 0.98, "email": 0.98, "iban": 0.98, "account": 0.98, "national_id": 0.98,
          "passport": 0.98, "dob": 0.98, "address": 0.98, "plate": 0.98, "person": 0.95}


def load(name: str = "labelled") -> list[dict]:
    text = SETS[name].read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line]


def entity_id(entity: dict) -> str:
    return f"{entity['schema']}:{entity['name']}"


def detect(example: dict, names: NameIndex, profile: RedactionProfile = PROFILE) -> list[Span]:
    """The engine's merged detections for one labelled text."""
    entities = example.get("entities", ())
    persons = tuple(entity_id(e) for e in entities if e["schema"] == "Person")
    births = tuple(e["birthDate"] for e in entities if e.get("birthDate"))
    found = detect_text(example["text"], example["country"],
                        Context(persons, births, HOME_COUNTRY), names, profile,
                        language=example["language"],
                        agency_country=example.get("agency_country"))
    return merge(Span(f.start, f.end, f.kind, subject) for f, subject in found)


def _covered(text: str, gold: dict, spans: list[Span]) -> bool:
    chars = [i for i in range(gold["start"], gold["end"]) if text[i].isalnum()]
    return all(any(s.kind == gold["kind"] and s.start <= i < s.end for s in spans)
               for i in chars)


def evaluate(examples: list[dict], known_names: bool = False,
             profile: RedactionProfile = PROFILE
             ) -> tuple[Counter, Counter, Counter, Counter, list[str]]:
    """(gold, found, detections, correct) counters keyed by (kind, language), and misses.

    With ``known_names`` the persons and organisations the set lists are indexed first, as
    a workspace that already holds them would; without, every name is one nobody listed."""
    names = NameIndex()
    for example in examples if known_names else ():
        for entity in example.get("entities", ()):
            names.add(entity_id(entity), entity["schema"], entity["name"])
    gold, found, detected, correct = Counter(), Counter(), Counter(), Counter()
    misses: list[str] = []
    for example in examples:
        text, language = example["text"], example["language"]
        spans = detect(example, names, profile)
        for g in example["spans"]:
            gold[g["kind"], language] += 1
            if _covered(text, g, spans):
                found[g["kind"], language] += 1
            else:
                misses.append(f"MISS {example['id']} {g['kind']}: {g['text']!r}")
        for s in spans:
            detected[s.kind, language] += 1
            if any(g["kind"] == s.kind and g["start"] < s.end and s.start < g["end"]
                   for g in example["spans"]):
                correct[s.kind, language] += 1
            else:
                misses.append(f"FALSE {example['id']} {s.kind}: {text[s.start:s.end]!r}")
    return gold, found, detected, correct, misses


def _rows(keys: list[str], axis: int, gold: Counter, found: Counter, detected: Counter,
          correct: Counter) -> list[list[object]]:
    rows = []
    for key in keys:
        def total(counter: Counter, key: str = key) -> int:
            return sum(n for k, n in counter.items() if k[axis] == key)

        g, f, d, c = total(gold), total(found), total(detected), total(correct)
        rows.append([key, g, f, f / g if g else float("nan"), d, c,
                     c / d if d else float("nan")])
    return rows


def _all_kinds(counter: Counter) -> Counter:
    out: Counter = Counter()
    for (_kind, language), n in counter.items():
        out["all", language] += n
    return out


def run() -> dict[str, dict[str, float]]:
    """Every set's tables; returns recall per kind keyed by set name.

    ``unseen2`` is the headline: nobody it names is in the workspace. ``labelled`` and
    ``heldout`` are measured twice: as written (their names indexed, as a workspace
    that knows them) and with their names unlisted."""
    out = {}
    for name in SETS:
        out[name] = run_set(name, known_names=name not in UNLISTED_ONLY)
        if name not in UNLISTED_ONLY:
            out[f"{name}, names unlisted"] = run_set(name, known_names=False)
    return out


def run_set(name: str, known_names: bool = False) -> dict[str, float]:
    examples = load(name)
    gold, found, detected, correct, misses = evaluate(examples, known_names)
    label = f"{name}{' (names known)' if known_names else ''}"
    kinds = sorted({k for k, _ in gold} | {k for k, _ in detected})
    languages = sorted({lang for _, lang in gold})
    header = ["set", "", "labelled", "found", "recall", "detected", "correct", "precision"]
    by_kind = _rows(kinds, 0, gold, found, detected, correct)
    overall = _rows(["all"], 0, *(_all_kinds(c) for c in (gold, found, detected, correct)))
    print_table(f"Redaction detectors by kind, set {label} ({len(examples)} texts, "
                f"{sum(gold.values())} labelled spans, {len(languages)} languages)",
                header, [[name, *row] for row in [*by_kind, *overall]])
    print_table(f"Redaction detectors by language, set {label}", header,
                [[name, *row] for row in _rows(languages, 1, gold, found, detected, correct)])
    if not known_names:
        fail_safe = replace(PROFILE, fail_safe=True)
        g2, f2, d2, c2, _ = evaluate(examples, False, fail_safe)
        print_table(f"Person names with the fail-safe profile (unsure names masked), set "
                    f"{label}", header, [[name, *row] for row in _rows(["person"], 0, g2, f2,
                                                                       d2, c2)])
    matrix = []
    for kind in kinds:
        cells: list[object] = [kind]
        for language in languages:
            g, d = gold[kind, language], detected[kind, language]
            r = f"{found[kind, language] / g:.2f}" if g else "-"
            p = f"{correct[kind, language] / d:.2f}" if d else "-"
            cells.append(f"{r}/{p}")
        matrix.append(cells)
    print_table(f"Recall/precision by kind and language, set {name}", ["", *languages],
                matrix)
    recall = {row[0]: row[3] for row in by_kind}
    below = [f"{k} {recall[k]:.3f}" for k, target in TARGET.items()
             if k in recall and recall[k] < target]
    print(f"\nSet {label}: target recall >= 0.98 per identifier kind, 0.95 for names: "
          + ("met" if not below else "NOT met: " + ", ".join(below)))
    if os.environ.get("REDACTION_MISSES") and name not in FROZEN:
        print("\n".join(misses))
    return recall
