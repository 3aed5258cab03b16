"""Language detection: accuracy, time per record, and what it adds to an import.

Accuracy is measured on tests/data/language/samples.tsv (short titles and one-sentence
narratives written for the tests, 14 partner languages and a few others) and, as a
second row, on demo records (generated with the code, so never the headline). Time per
1,000 records is over demo titles with their narratives (about 300 characters each).
The import cost is the demo case ingested twice, once with its languages stated and once
with them stripped so that every record is detected: the difference per record.

With lingua-language-detector installed (it is not a dependency), the same accuracy and
time rows are printed for it, restricted to the same languages: the comparison that chose
py3langid. Sizes: LIAISON_BENCH_LANG_RECORDS (default 20000).
"""

from __future__ import annotations

import os
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from .table import peak_rss_mib, print_table

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "language" / "samples.tsv"
PASSPHRASE = "benchmark passphrase"


def load_samples() -> list[tuple[str, str]]:
    """(language code, text) rows of the labelled language samples."""
    rows = []
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, text = line.split("\t", 1)
            rows.append((code, text))
    return rows


def _demo_records(n: int) -> list:
    from liaison.formats.demo import generate
    from liaison.model.records import Record

    return [i for i in generate(n, seed=3) if isinstance(i, Record)]


def _accuracy(name: str, detect, samples, demo) -> list[list[object]]:
    labelled = [(c, t) for c, t in samples if c != "-"]
    answers = [(c, detect(t)) for c, t in labelled]
    answered = [(c, g) for c, g in answers if g]
    nonsense = sum(1 for c, t in samples if c == "-" and detect(t))
    rows = [[name, "labelled set", len(labelled), len(answered),
             sum(c == g for c, g in answered), nonsense]]
    for label, texts in (("demo titles", [(r.language, r.title.removeprefix("[DEMO] "))
                                          for r in demo]),
                         ("demo records", [(r.language, f"{r.title}\n{r.narrative}")
                                           for r in demo])):
        got = [(c, detect(t)) for c, t in texts]
        rows.append([name, label, len(got), sum(1 for _, g in got if g),
                     sum(c == g for c, g in got), "-"])
    return rows


def _per_language(detect, samples) -> list[list[object]]:
    right, answered, total = Counter(), Counter(), Counter()
    for code, text in samples:
        if code == "-":
            continue
        got = detect(text)
        total[code] += 1
        answered[code] += bool(got)
        right[code] += got == code
    return [[code, total[code], answered[code], right[code]] for code in total]


def _speed(detect, demo) -> float:
    """CPU milliseconds per 1,000 records (CPU time: the machine may be busy with more)."""
    texts = [f"{r.title}\n{r.narrative}" for r in demo[:2000]]
    start = time.process_time()
    for text in texts:
        detect(text)
    return (time.process_time() - start) / len(texts) * 1000 * 1000


def _lingua():
    try:
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
    except ImportError:
        return []
    from liaison.model.language import LANGUAGES, MIN_CONFIDENCE

    langs = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper()))
             for c in LANGUAGES if hasattr(IsoCode639_1, c.upper())]
    out = []
    for label, low in (("lingua (low accuracy mode)", True), ("lingua (high accuracy)", False)):
        builder = LanguageDetectorBuilder.from_languages(*langs)
        detector = (builder.with_low_accuracy_mode() if low else builder).build()

        def detect(text: str, detector=detector) -> str | None:
            values = detector.compute_language_confidence_values(text)
            if not values or values[0].value < MIN_CONFIDENCE:
                return None
            return values[0].language.iso_code_639_1.name.lower()

        out.append((label, detect))
    return out


def _import_seconds(items: list, folder: Path) -> float:
    from liaison.formats.importer import ingest_items
    from liaison.workspace import Workspace

    ws = Workspace.create(folder, "Bench", "NL", use_keyring=False, passphrase=PASSPHRASE)
    start = time.process_time()
    ingest_items(ws.conn, items, source_name="bench", fmt="demo", sha256="0" * 64,
                 actor=ws.actor)
    seconds = time.process_time() - start
    ws.close()
    return seconds


def run() -> None:
    from liaison.model import language

    samples = load_samples()
    demo = _demo_records(3000)
    rss = peak_rss_mib()
    start = time.perf_counter()
    language.detect("warm up: the model loads on first use")
    load = time.perf_counter() - start
    rows = _accuracy("py3langid", language.detect, samples, demo)
    speed = [["py3langid", f"{load:.2f}", f"{_speed(language.detect, demo):.0f}",
              f"{peak_rss_mib() - rss:.0f}"]]
    for label, detect in _lingua():
        rss = peak_rss_mib()
        start = time.perf_counter()
        detect("warm up: the model loads on first use")
        load = time.perf_counter() - start
        rows += _accuracy(label, detect, samples, demo)
        speed.append([label, f"{load:.2f}", f"{_speed(detect, demo):.0f}",
                      f"{peak_rss_mib() - rss:.0f}"])
    print_table("Language detection: answers given and right (None when unsure)",
                ["detector", "set", "texts", "answered", "right", "no-language texts answered"],
                rows)
    print_table("Labelled set per language (py3langid)", ["language", "texts", "answered",
                                                          "right"],
                _per_language(language.detect, samples))
    print_table("Time and memory", ["detector", "load s", "ms per 1,000 records",
                                    "memory MiB"], speed)

    from liaison.formats.demo import generate
    from liaison.model.records import Record

    n = int(os.environ.get("LIAISON_BENCH_LANG_RECORDS", "20000"))
    stated = list(generate(n, seed=5))
    records = sum(isinstance(i, Record) for i in stated)
    times: dict[str, list[float]] = {"stated": [], "detected": []}
    with tempfile.TemporaryDirectory() as tmp:
        for round_ in range(2):  # alternated, the lower of two: less noise from the machine
            for kind in times:
                # Fresh copies each time: the import sets the language on what it is given.
                items = [replace(i, language=None if kind == "detected" else i.language)
                         if isinstance(i, Record) else i for i in stated]
                times[kind].append(_import_seconds(items, Path(tmp) / f"{kind}{round_}"))
    with_lang, detected = min(times["stated"]), min(times["detected"])
    print_table(f"Import of {records:,} demo records (CPU seconds)",
                ["languages", "seconds", "ms per record"],
                [["stated", f"{with_lang:.1f}", f"{with_lang / records * 1000:.2f}"],
                 ["detected", f"{detected:.1f}", f"{detected / records * 1000:.2f}"],
                 ["cost of detection", f"{detected - with_lang:.1f}",
                  f"{(detected - with_lang) / records * 1000:.3f}"]])
