"""Cross-referencing quality on a set written apart from the matcher and on the demo case's
ground truth, and its cost at 100k entities.

Evaluation (the headline): ``tests/data/xref/eval_2k`` (see :func:`evaluation`).

Quality: the demo case (LIAISON_BENCH_RECORDS records, default 10,000, seed 7) is
imported with ``Workspace.import_demo`` and cross-referenced; every pair of
entities that the ground truth puts in one person, company, vehicle or account
cluster is a true pair (the truth's phone clusters list the *holders* of a number,
who may be different people, so they are not identity pairs). A pair is predicted
when its stored score is at or above the default threshold. Per script, a pair
counts once for each script among its two sides (how each agency wrote the name or
plate): a Latin / Cyrillic pair counts under both, a Latin / Latin pair once.

Cost: a workspace of LIAISON_BENCH_ENTITIES entities (default 100,000) is built from
independent demo worlds (seeds 1, 2, ..., 10,000 records each, ids made distinct
per world, one record per agency and world) through the store's ingest path; then
a full run and an incremental run after one more world are timed, each in its own
process so that its peak RSS is its own. The worlds share the demo's name tables, so
every name is borne by about twenty different people: far more namesakes than real
data has, which makes this a worst case for blocking (and precision is not measured
there: with nothing but a name to go on, a namesake is a fair candidate).

Run: ``python -m tests.benchmarks.run xref``
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path

from .table import print_table

PASSPHRASE = "benchmark passphrase"
SEED = 7
SCRIPTS = ("latin", "cyrillic", "greek", "arabic")
SWEEP = (0.6, 0.7, 0.75, 0.8, 0.85, 0.9)
WORLD_RECORDS = 10_000


def _env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


# --- quality -------------------------------------------------------------------------


def _truth(records: int) -> tuple[set[tuple[str, str]], dict[str, str], dict[str, str]]:
    """True pairs (sorted entity ids), and each entity's script and kind of thing."""
    from liaison.formats.demo import case as demo

    pairs: set[tuple[str, str]] = set()
    script: dict[str, str] = {}
    kind: dict[str, str] = {}
    for cluster in demo.ground_truth(records, seed=SEED):
        if cluster["kind"] == "phone":
            continue
        script.update(cluster["script_variants"])
        kind.update(dict.fromkeys(cluster["entity_ids"], cluster["kind"]))
        pairs.update(combinations(sorted(cluster["entity_ids"]), 2))
    return pairs, script, kind


def _predicted(ws, threshold: float) -> set[tuple[str, str]]:
    rows = ws.conn.execute(
        "SELECT ea.id, eb.id FROM xref_candidates c JOIN entities ea ON ea.eid = c.a_eid "
        "JOIN entities eb ON eb.eid = c.b_eid WHERE c.score >= ?", (threshold,))
    return {(a, b) if a < b else (b, a) for a, b in rows}


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "-"


def _row(label: str, truth: set, predicted: set) -> list[object]:
    hits = len(truth & predicted)
    return [label, len(truth), len(predicted), hits, _ratio(hits, len(predicted)),
            _ratio(hits, len(truth))]


def _side_in(pairs: set[tuple[str, str]], label: dict[str, str], value: str) -> set:
    """The pairs with at least one side labelled ``value``."""
    return {p for p in pairs if value in (label.get(p[0]), label.get(p[1]))}


def quality() -> None:
    from liaison.analysis.xref.scoring import DEFAULT_THRESHOLD
    from liaison.workspace import Workspace

    records = _env_int("LIAISON_BENCH_RECORDS", 10_000)
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.create(Path(tmp) / "ws", "Bench", "NL", use_keyring=False,
                              passphrase=PASSPHRASE)
        ws.import_demo(records, seed=SEED)
        summary = ws.xref_run()
        truth, script, kind = _truth(records)
        predicted = _predicted(ws, DEFAULT_THRESHOLD)
        header = ["pairs", "true", "predicted", "correct", "precision", "recall"]
        print_table(f"Cross-referencing quality: demo case, {records:,} records, seed {SEED}, "
                    f"{summary.entities:,} entities, default threshold {DEFAULT_THRESHOLD} "
                    f"(run {summary.seconds:.1f} s)", header,
                    [_row("overall", truth, predicted)] + [
                        _row(name, _side_in(truth, script, name),
                             _side_in(predicted, script, name)) for name in SCRIPTS])
        print_table("By kind of thing (same threshold)", header, [
            _row(name, _side_in(truth, kind, name), _side_in(predicted, kind, name))
            for name in sorted(set(kind.values()))])
        sweep = []
        for threshold in SWEEP:
            found = _predicted(ws, threshold)
            hits = len(truth & found)
            sweep.append([threshold, len(found), _ratio(hits, len(found)),
                          _ratio(hits, len(truth))])
        print_table("Threshold sweep (overall)",
                    ["threshold", "predicted", "precision", "recall"], sweep)
        ws.close()


# --- the evaluation set written apart from the matcher (the headline) -----------------

EVAL_DIR = Path(__file__).resolve().parents[1] / "data" / "xref" / "eval_2k"


def _eval_script(caption: str) -> str:
    from liaison.analysis.redaction.lexicon import script_of

    return next((s for s in (script_of(w) for w in caption.split()) if s != "other"),
                "other")


def evaluation(folder: Path = EVAL_DIR) -> None:
    """``tests/data/xref/eval_2k``: seven agencies' FtM files about 2,000 persons, written
    apart from the matcher and frozen (its README); true pairs and namesakes from its
    ``truth.json``. Imported as each agency (``--source`` its code), compared, and the
    stored pairs of persons measured per confidence level ("likely": act on it;
    "likely" and "possible" together: everything an analyst is shown) and per script
    pair; how many true pairs were ever compared (blocking recall); how many namesakes
    (different people) were taken for one person. ``LIAISON_XREF_EVAL`` names another
    folder of the same shape (``build_eval.py --persons 20000 --out DIR``).

    Tune on a development twin (``build_eval.py --salt NAME --out DIR``, then
    ``LIAISON_XREF_EVAL=DIR``), never on eval_2k. Issue 15, "likely", before / after the
    name rules tuned on a twin: eval_2k precision 0.976 / 0.981, recall 0.818 / 0.868
    (Arabic/Latin 0.693 / 0.748, Cyrillic/Latin 0.720 / 0.852, Greek/Latin 0.811 /
    0.853, Latin/Latin 0.838 / 0.879); "likely" + "possible" recall 0.983 / 0.991;
    namesakes called likely 57 / 43 of 3,338. At 20,000 persons: precision 0.970 / 0.974,
    recall 0.697 / 0.738."""
    from liaison.analysis import xref
    from liaison.formats.base import ImportOptions
    from liaison.model.records import stable_id
    from liaison.workspace import Workspace

    folder = Path(os.environ.get("LIAISON_XREF_EVAL", folder))
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    files = sorted(folder.glob("agency_*.ftm.json"))
    compared_rows: set[tuple[int, int]] = set()
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.create(Path(tmp) / "ws", "Bench", "NL", use_keyring=False,
                              passphrase=PASSPHRASE)
        ours: dict[str, str] = {}  # our entity id -> the set's entity id
        started = time.perf_counter()
        for path in files:
            code = path.name.removeprefix("agency_").removesuffix(".ftm.json")
            ws.import_file(path, "ftm", ImportOptions(agency=code, country=code[:2]))
            for line in path.read_text(encoding="utf-8").splitlines():
                item = json.loads(line)
                ours[stable_id(code, "ftm", item["id"])] = item["id"]
        imported = time.perf_counter() - started
        cpu = time.process_time()
        summary = xref.run(ws.conn, actor=ws.actor, full=True,
                           observe=lambda a, b: compared_rows.add((a, b)))
        cpu = time.process_time() - cpu
        person_of = truth["entities"]
        ident = {eid: ours[i] for eid, i in ws.conn.execute("SELECT eid, id FROM entities")
                 if i in ours}
        captions = dict(ws.conn.execute("SELECT id, caption FROM entities "
                                        "WHERE schema = 'Person'"))
        script = {ours[i]: _eval_script(c) for i, c in captions.items() if i in ours}
        stored: dict[tuple[str, str], float] = {}
        for a, b, score in ws.conn.execute(
                "SELECT ea.id, eb.id, c.score FROM xref_candidates c "
                "JOIN entities ea ON ea.eid = c.a_eid JOIN entities eb ON eb.eid = c.b_eid "
                "WHERE ea.schema = 'Person' AND eb.schema = 'Person'"):
            if a in ours and b in ours:
                stored[tuple(sorted((ours[a], ours[b])))] = score
        ws.close()
    compared = {tuple(sorted((ident[a], ident[b]))) for a, b in compared_rows
                if a in ident and b in ident}
    by_person: dict[str, list[str]] = {}
    for entity, person in person_of.items():
        by_person.setdefault(person, []).append(entity)
    agency = {e: e.split("-")[0] + e.split("-")[1] for e in person_of}
    true_pairs = {tuple(sorted(p)) for ids in by_person.values()
                  for p in combinations(ids, 2) if agency[p[0]] != agency[p[1]]}
    namesakes = {tuple(sorted(n[:2])) for n in truth["namesake_pairs"]}

    def pair_script(pair: tuple[str, str]) -> str:
        return " / ".join(sorted(script.get(e, "other") for e in pair))

    def rows(threshold: float, label: str) -> list[list[object]]:
        predicted = {p for p, s in stored.items() if s >= threshold}
        out = [_row(f"{label}: all", true_pairs, predicted)]
        for name in sorted({pair_script(p) for p in true_pairs}):
            out.append(_row(f"{label}: {name}",
                            {p for p in true_pairs if pair_script(p) == name},
                            {p for p in predicted if pair_script(p) == name}))
        return out

    header = ["pairs", "true", "predicted", "correct", "precision", "recall"]
    print_table(f"Cross-referencing quality by confidence level: evaluation set "
                f"{folder.name} ({len(by_person):,} persons, {len(person_of):,} person "
                f"entities, {len(files)} agencies; imported in {imported:.1f} s, compared in "
                f"{summary.seconds:.1f} s, {cpu:.1f} s CPU, {summary.pairs_scored:,} pairs; "
                f"peak {_peak_mib():,.0f} MiB for the whole process)", header,
                rows(xref.LIKELY, "likely") + rows(xref.POSSIBLE, "likely + possible"))
    seen = len(true_pairs & compared)
    measures = [["true pairs ever compared (blocking recall)",
                 f"{seen:,} of {len(true_pairs):,} = {_ratio(seen, len(true_pairs))}"]]
    for label, threshold in (("likely", xref.LIKELY), ("likely or possible", xref.POSSIBLE)):
        wrong = {p for p in namesakes if stored.get(p, 0.0) >= threshold}
        measures.append([f"namesake pairs (different people) called {label}",
                         f"{len(wrong):,} of {len(namesakes):,} = "
                         f"{_ratio(len(wrong), len(namesakes))}"])
    print_table("Blocking and namesakes", ["measure", "value"], measures)
    sweep = []
    for threshold in SWEEP:
        predicted = {p for p, s in stored.items() if s >= threshold}
        hits = len(true_pairs & predicted)
        sweep.append([threshold, len(predicted), _ratio(hits, len(predicted)),
                      _ratio(hits, len(true_pairs))])
    print_table(f"Score sweep (all pairs), evaluation set {folder.name}",
                ["score at least", "predicted", "precision", "recall"], sweep)


def _peak_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --- cost at 100k entities -------------------------------------------------------------


def _world(seed: int) -> Iterator[object]:
    """One demo world with ids made distinct per seed: a record per agency, then entities."""
    from liaison.formats.demo import case as demo
    from liaison.model.records import Entity, Record, stable_id

    agency_of: dict[str, tuple[str, str]] = {}
    entities: dict[str, Entity] = {}
    for item in demo.generate(WORLD_RECORDS, seed=seed):
        if isinstance(item, Record):
            agency_of[item.id] = (item.agency, item.country)
        elif isinstance(item, Entity):
            agency, _ = agency_of[item.record_ids[0]]
            uid = stable_id("bench-xref", str(seed), item.id)
            merged = entities.get(uid)
            if merged is None:
                merged = entities[uid] = Entity(uid, item.schema, record_ids=[
                    stable_id("bench-xref", str(seed), agency)])
            for prop, values in item.properties.items():
                for value in values:
                    merged.add(prop, value)
    for agency, country in sorted(set(agency_of.values())):
        yield Record(id=stable_id("bench-xref", str(seed), agency), agency=agency,
                     country=country, reference=f"BENCH-{seed}", title="[DEMO] bench world")
    yield from entities.values()


def _ingest_worlds(ws, seeds: range | list[int]) -> int:
    from liaison.formats.importer import ingest_items

    def items() -> Iterator[object]:
        for seed in seeds:
            yield from _world(seed)

    report = ingest_items(ws.conn, items(), source_name="bench worlds", fmt="demo",
                          sha256="0" * 64, actor=ws.actor)
    return report.counts["entities"].imported


def worker_build(folder: Path, target: int) -> dict:
    from liaison.workspace import Workspace

    ws = Workspace.create(folder / "ws", "Bench", "NL", use_keyring=False,
                          passphrase=PASSPHRASE)
    start, entities, seed = time.perf_counter(), 0, 0
    while entities < target:
        seed += 1
        entities += _ingest_worlds(ws, [seed])
    ws.close()
    return {"entities": entities, "worlds": seed, "seconds": time.perf_counter() - start}


def worker_run(folder: Path, next_world: int) -> dict:
    """A full run; or, with ``next_world``, that world imported and an incremental run."""
    from liaison.workspace import Workspace

    ws = Workspace.open(folder / "ws", passphrase=PASSPHRASE, use_keyring=False)
    added = _ingest_worlds(ws, [next_world]) if next_world else 0
    start, cpu = time.perf_counter(), time.process_time()
    summary = ws.xref_run(full=not next_world)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    ws.close()
    return {"seconds": seconds, "cpu": cpu, "added": added, **summary.as_dict(),
            "hubs": len(summary.hubs)}


WORKERS = {"build": worker_build, "run": worker_run}


def _spawn(*args: str) -> dict:
    proc = subprocess.Popen([sys.executable, "-m", "tests.benchmarks.bench_xref", "worker",
                             *args], stdout=subprocess.PIPE, text=True)
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise RuntimeError(f"worker {args} failed with status {status}")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_mib"] = usage.ru_maxrss / 1024
    return result


def cost() -> None:
    target = _env_int("LIAISON_BENCH_ENTITIES", 100_000)
    with tempfile.TemporaryDirectory() as tmp:
        built = _spawn("build", tmp, str(target))
        full = _spawn("run", tmp, "0")
        step = _spawn("run", tmp, str(built["worlds"] + 1))
    rows = [[label, r["seconds"], r["cpu"], f"{r['pairs_scored']:,}", f"{r['stored']:,}",
             f"{r['above_threshold']:,}", r["peak_mib"]] for label, r in (
        (f"full run over {full['entities']:,} entities", full),
        (f"incremental run after {step['added']:,} new entities", step))]
    print_table(f"Cross-referencing cost ({built['worlds']} demo worlds built in "
                f"{built['seconds']:.0f} s; peak MiB is the whole process: open, import "
                "if any, run)",
                ["run", "wall s", "CPU s", "pairs scored", "pairs kept", "at threshold",
                 "peak MiB"], rows)


def run() -> None:
    evaluation()
    quality()
    cost()


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "worker":
        mode, folder, value = sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
        print(json.dumps(WORKERS[mode](folder, value)))
    else:
        run()
