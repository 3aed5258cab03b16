"""The desktop's speed as the analyst feels it: start-up to a window showing records, and
the longest stall of the GUI thread while typing a query and scrolling a huge list.

``python -m tests.benchmarks.run desktop`` (inside D-Bus with an unlocked keyring for
the start-up part, offscreen Qt). Environment:

- ``LIAISON_BENCH_STARTUP_RECORDS`` (default 100,000): size of the start-up workspace.
- ``LIAISON_BENCH_RECORDS`` (default 1,000,000): size of the workspace scrolled.
- ``LIAISON_BENCH_DIR``: where the demo workspaces are built and kept (shared with the
  ``search`` benchmark: the same ``search-N`` folders); without it, a temporary folder.
- ``LIAISON_BENCH_REPEAT`` (default 5): start-ups timed (after one warm-up).

Start-up: a copy of the workspace gets a keyring slot, then ``python -m liaison
--workspace DIR`` runs as a child process with ``LIAISON_STARTUP_PROBE=1``; the child
prints the wall-clock time its GUI ``main`` was entered, the workspace unlocked (from
the keyring, silently) and the records table first painted with rows, then quits.
(The window is built before the unlock; the records are read after it.)

Stall: the main window on the big workspace, a heartbeat QTimer every 2 ms measuring
the gaps between its ticks (a gap is time the event loop could not run) while QTest types
a query key by key (120 ms apart) and presses Enter, the results are scrolled page by
page (loading further pages as they are reached), and the records list of every record
is dragged from top to bottom and back in 300 scroll-bar steps (16 ms apart).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from liaison.model.errors import LiaisonError
from liaison.workspace import Workspace

from .bench_search import PASSPHRASE, _build
from .table import peak_rss_mib, print_table

QUERY = "Festnahme"  # a common word: thousands of hits, so further pages load
TYPE_SPACING_MS = 120
SCROLL_SPACING_MS = 16
SCROLL_STEPS = 300
RESULT_PAGES = 8  # page-down steps through the search results, to reach further pages


def _workspace(base: Path, records: int) -> Path:
    """The cached demo workspace of that size, built (as the search benchmark does) if new."""
    folder, stats_file = base / f"search-{records}", base / f"search-{records}.json"
    if not (folder / "workspace.db").exists() or not stats_file.exists():
        print(f"building a {records:,}-record demo workspace in {folder} ...", flush=True)
        stats_file.write_text(json.dumps(_build(folder, records)))
    return folder


# --- start-up ------------------------------------------------------------------------------


def _keyring_copy(folder: Path, tmp: Path) -> Path | None:
    """A copy of the workspace that unlocks from the keyring, or None without a keyring."""
    copy = tmp / "startup"
    shutil.copytree(folder, copy)
    try:
        with Workspace.open(copy, passphrase=PASSPHRASE, use_keyring=False) as ws:
            ws.add_keyring()
    except LiaisonError as exc:
        print(f"start-up not measured: the keyring is not available ({exc})")
        return None
    return copy


def _start_once(folder: Path, env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    done = subprocess.run([sys.executable, "-m", "liaison", "--workspace", str(folder)],
                          env=env, capture_output=True, text=True, timeout=120)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"start-up run failed ({done.returncode}): {done.stderr[-2000:]}")
    times = json.loads(lines[-1])
    return {"imports": times["main"] - start, "window": times["window"] - times["main"],
            "unlock": times["unlocked"] - times["window"],
            "rows": times["rows"] - times["unlocked"], "total": times["rows"] - start}


def startup(base: Path, records: int, repeat: int) -> None:
    folder = _workspace(base, records)
    with tempfile.TemporaryDirectory() as tmp:
        copy = _keyring_copy(folder, Path(tmp))
        if copy is None:
            return
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LIAISON_STARTUP_PROBE="1",
                   XDG_CONFIG_HOME=str(Path(tmp) / "config"),
                   XDG_CACHE_HOME=str(Path(tmp) / "cache"))
        _start_once(copy, env)  # warm-up: page cache, compiled translations, .pyc
        runs = [_start_once(copy, env) for _ in range(repeat)]
    keys = [("interpreter + imports", "imports"), ("application and main window", "window"),
            ("unlock (keyring, open, audit)", "unlock"),
            ("first rows painted", "rows"), ("total: start to records shown", "total")]
    print_table(f"Start-up to a main window showing records: {records:,} records, "
                f"{repeat} runs (ms; target total < 1,500)",
                ["step", "median", "min", "max"],
                [[label, statistics.median(r[k] for r in runs) * 1000,
                  min(r[k] for r in runs) * 1000, max(r[k] for r in runs) * 1000]
                 for label, k in keys])


# --- GUI-thread stalls ---------------------------------------------------------------------


class Heartbeat:
    """Ticks every 2 ms on the GUI thread; the gaps between ticks, by phase, are stalls."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.phase = "open"
        self.gaps: dict[str, list[float]] = {}
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(2)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.setdefault(self.phase, []).append(now - self._last)
        self._last = now

    def start(self, phase: str) -> None:
        self.phase = phase
        self._last = time.perf_counter()
        self.timer.start()


def _percentile_ms(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))] * 1000


def _run_steps(app, steps: list[tuple[int, Callable[[], object]]], timeout_s: float) -> None:
    """Each step after its delay; a step returning False is retried (waiting on the worker)."""
    from PySide6.QtCore import QTimer

    pending = list(steps)
    deadline = time.monotonic() + timeout_s

    def next_step() -> None:
        if not pending or time.monotonic() > deadline:
            app.quit()
            return
        fn = pending[0][1]
        if fn() is False:
            QTimer.singleShot(5, next_step)
            return
        pending.pop(0)
        QTimer.singleShot(pending[0][0] if pending else 0, next_step)

    QTimer.singleShot(steps[0][0], next_step)
    app.exec()
    if pending:
        raise RuntimeError(f"the stall run timed out with {len(pending)} steps left")


def stalls(base: Path, records: int) -> None:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractSlider

    from liaison.ui.app import make_application
    from liaison.ui.operations import Executor
    from liaison.ui.preferences import Preferences
    from liaison.ui.session import Session

    folder = _workspace(base, records)
    app = make_application([])
    heart = Heartbeat()
    with tempfile.TemporaryDirectory() as tmp:
        prefs = Preferences(QSettings(str(Path(tmp) / "liaison.ini"),
                                      QSettings.Format.IniFormat))
        executor = Executor()
        session = Session(prefs, None, folder=folder, executor=executor)
        window = session.window
        bar, results, browser = window.search_bar, window.search_results, window.records
        opened = time.perf_counter()
        ws = Workspace.open(folder, passphrase=PASSPHRASE, use_keyring=False)
        heart.start("unlock: window shown, all record ids listed")
        session._opened(ws)  # what the unlock dialog does once the key is accepted

        def phase(name: str) -> Callable[[], None]:
            return lambda: setattr(heart, "phase", name)

        def idle() -> bool:
            return not executor.busy

        def key(ch: str) -> Callable[[], None]:
            return lambda: QTest.keyClick(bar.field, ch)

        def scroll(bar_, action) -> Callable[[], None]:
            return lambda: bar_.triggerAction(action)

        def drag(sb, fraction: float) -> Callable[[], None]:
            return lambda: sb.setValue(round(sb.maximum() * fraction))

        listed = browser.view.model
        steps: list[tuple[int, Callable[[], object]]] = [
            (0, lambda: listed().rowCount() > 0 and idle()),
            (0, lambda: print(f"window open on {listed().rowCount():,} records after "
                              f"{(time.perf_counter() - opened) * 1000:,.0f} ms", flush=True)),
            (0, phase("typing the query")), (0, lambda: bar.field.setFocus())]
        steps += [(TYPE_SPACING_MS, key(ch)) for ch in QUERY]
        steps += [(TYPE_SPACING_MS, lambda: bar.completer.popup().hide()),
                  (0, phase("searching (Enter), hits shown")),
                  (0, lambda: QTest.keyClick(bar.field, Qt.Key.Key_Return)),
                  (0, lambda: results.total is not None and idle()),
                  (0, phase("raising the results tab")),
                  (0, lambda: window.dock("search").raise_()),
                  (200, phase("scrolling the results, pages fetched"))]
        rsb = results.view.verticalScrollBar()
        action = QAbstractSlider.SliderAction
        for _ in range(RESULT_PAGES):
            steps += [(SCROLL_SPACING_MS, scroll(rsb, action.SliderToMaximum)), (0, idle)]
        steps += [(SCROLL_SPACING_MS, scroll(rsb, action.SliderPageStepSub)) for _ in range(60)]
        steps += [(0, phase("raising the records tab")),
                  (0, lambda: window.dock("records").raise_()),
                  (200, phase(f"scrolling every record ({records:,}) down and up"))]
        bsb = browser.view.verticalScrollBar()
        steps += [(SCROLL_SPACING_MS, drag(bsb, i / SCROLL_STEPS))
                  for i in range(1, SCROLL_STEPS + 1)]
        steps += [(SCROLL_SPACING_MS, drag(bsb, 1 - i / SCROLL_STEPS))
                  for i in range(1, SCROLL_STEPS + 1)]
        seen: dict[str, int] = {}
        steps += [(SCROLL_SPACING_MS, phase("done")),
                  (0, lambda: seen.update(total=results.total or 0,
                                          shown=results.view.model().rowCount()))]
        window.resize(1440, 900)
        _run_steps(app, steps, timeout_s=600)
        heart.timer.stop()
        session.shutdown()
        executor.wait_idle(-1)
    rows = []
    everything: list[float] = []  # typing and scrolling: the stalls the target is about
    for name, gaps in heart.gaps.items():
        if name == "done":
            continue
        if not name.startswith(("unlock", "raising")):
            everything += gaps
        rows.append([name, len(gaps), _percentile_ms(gaps, .5), _percentile_ms(gaps, .99),
                     max(gaps) * 1000])
    rows.append(["typing, searching and scrolling", len(everything), _percentile_ms(everything, .5),
                 _percentile_ms(everything, .99), max(everything) * 1000])
    print_table(f"GUI-thread stalls on {records:,} records: gaps between 2 ms heartbeats "
                f"(ms; target longest < 100)", ["phase", "ticks", "p50", "p99", "longest"],
                rows)
    print(f"\nQuery {QUERY!r}: {seen['total']:,} hits, {seen['shown']:,} loaded by scrolling; "
          f"peak RSS {peak_rss_mib():,.0f} MiB")


def run() -> None:
    records = int(os.environ.get("LIAISON_BENCH_RECORDS", "1000000"))
    startup_records = int(os.environ.get("LIAISON_BENCH_STARTUP_RECORDS", "100000"))
    repeat = max(1, int(os.environ.get("LIAISON_BENCH_REPEAT", "5")))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    keep = os.environ.get("LIAISON_BENCH_DIR")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(keep) if keep else Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        startup(base, startup_records, repeat)
        stalls(base, records)


if __name__ == "__main__":
    run()
