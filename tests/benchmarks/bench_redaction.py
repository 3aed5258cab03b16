"""Redaction quality: recall and precision of the detectors per kind and per language.

``python -m tests.benchmarks.run redaction`` over two sets in ``tests/data/redaction``:
``labelled.jsonl`` (built by ``build_labelled.py``, written alongside the detectors) and
``heldout.jsonl`` (built by ``build_heldout.py``, written afterwards without reading the
detectors' code; its numbers are the honest ones). The ``set`` column says which. The
names the set's texts mention are indexed as a workspace would know them; each text is
detected as the Share preview detects a record's narrative
(``analysis.redaction.units.detect_text``, overlaps merged). A labelled span is found
when detections of its kind cover all its letters and digits (a partial cover would leak
the rest); a detection is correct when it overlaps a labelled span of its kind.
Set ``REDACTION_MISSES=1`` to list every miss and false alarm.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

from liaison.analysis.redaction.apply import Span, merge
from liaison.analysis.redaction.names import NameIndex
from liaison.analysis.redaction.profiles import BUILTIN
from liaison.analysis.redaction.units import Context, detect_text

from .table import print_table

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "redaction"
SETS = {"labelled": DATA_DIR / "labelled.jsonl", "heldout": DATA_DIR / "heldout.jsonl",
        "unseen": DATA_DIR / "unseen.jsonl"}
HOME_COUNTRY = "NL"  # the workspace's own agency, as in the demo (Europol desk)
TARGET = {"phone": 0.98, "email": 0.98, "iban": 0.98, "account": 0.98, "national_id": 0.98,
          "passport": 0.98, "dob": 0.98, "address": 0.98, "plate": 0.98, "person": 0.95}


def load(name: str = "labelled") -> list[dict]:
    text = SETS[name].read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line]


def entity_id(entity: dict) -> str:
    return f"{entity['schema']}:{entity['name']}"


def detect(example: dict, names: NameIndex) -> list[Span]:
    """The engine's merged detections for one labelled text."""
    entities = example.get("entities", ())
    persons = tuple(entity_id(e) for e in entities if e["schema"] == "Person")
    births = tuple(e["birthDate"] for e in entities if e.get("birthDate"))
    found = detect_text(example["text"], example["country"],
                        Context(persons, births, HOME_COUNTRY), names, BUILTIN["pseudonymise"],
                        language=example["language"],
                        agency_country=example.get("agency_country"))
    return merge(Span(f.start, f.end, f.kind, subject) for f, subject in found)


def _covered(text: str, gold: dict, spans: list[Span]) -> bool:
    chars = [i for i in range(gold["start"], gold["end"]) if text[i].isalnum()]
    return all(any(s.kind == gold["kind"] and s.start <= i < s.end for s in spans)
               for i in chars)


def evaluate(examples: list[dict]) -> tuple[Counter, Counter, Counter, Counter, list[str]]:
    """(gold, found, detections, correct) counters keyed by (kind, language), and misses."""
    names = NameIndex()
    for example in examples:
        for entity in example.get("entities", ()):
            names.add(entity_id(entity), entity["schema"], entity["name"])
    gold, found, detected, correct = Counter(), Counter(), Counter(), Counter()
    misses: list[str] = []
    for example in examples:
        text, language = example["text"], example["language"]
        spans = detect(example, names)
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


def run() -> dict[str, dict[str, float]]:
    """Both sets' tables; returns recall per kind keyed by set name."""
    return {name: run_set(name) for name in SETS}


def run_set(name: str) -> dict[str, float]:
    examples = load(name)
    gold, found, detected, correct, misses = evaluate(examples)
    kinds = sorted({k for k, _ in gold} | {k for k, _ in detected})
    languages = sorted({lang for _, lang in gold})
    header = ["set", "", "labelled", "found", "recall", "detected", "correct", "precision"]
    by_kind = _rows(kinds, 0, gold, found, detected, correct)
    print_table(f"Redaction detectors by kind, set {name} ({len(examples)} texts, "
                f"{sum(gold.values())} labelled spans, {len(languages)} languages)",
                header, [[name, *row] for row in by_kind])
    print_table(f"Redaction detectors by language, set {name}", header,
                [[name, *row] for row in _rows(languages, 1, gold, found, detected, correct)])
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
    print(f"\nSet {name}: target recall >= 0.98 for phones, e-mails, IBANs and names: "
          + ("met" if not below else "NOT met: " + ", ".join(below)))
    if os.environ.get("REDACTION_MISSES"):
        print("\n".join(misses))
    return recall
