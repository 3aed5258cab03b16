"""Cycles are freed on the GUI thread only: a collection triggered by the workspace worker's
allocations would destroy GUI objects from the wrong thread (a crash seen in CI)."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

from liaison.ui.collector import GuiThreadCollector


class _Cycle:
    """A reference cycle that notes which thread finally frees it."""

    freed_on: ClassVar[list[int]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.get_ident())


def _churn_in_a_worker() -> list:
    """Make a cycle, drop it, then allocate (and keep) far past the collector's threshold,
    as an import does with the records it builds."""
    kept: list = []

    def work() -> None:
        _Cycle()
        kept.extend([i] for i in range(50 * gc.get_threshold()[0]))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    return kept


def test_a_worker_never_collects_and_the_gui_thread_does(qtbot):
    # The autouse fixture already runs one collector, as the application does.
    assert not gc.isenabled()
    _Cycle.freed_on.clear()
    kept = _churn_in_a_worker()
    assert _Cycle.freed_on == []  # the worker's allocations did not collect
    qtbot.waitUntil(lambda: _Cycle.freed_on != [], timeout=5000)
    assert _Cycle.freed_on == [threading.get_ident()]
    del kept


def test_stop_hands_collection_back(qapp):
    collector = GuiThreadCollector(qapp)
    try:
        assert not gc.isenabled()
    finally:
        collector.stop()
    # stop() restores what it found: here the fixture's collector had switched it off.
    assert not gc.isenabled()
    gc.enable()
    try:
        inner = GuiThreadCollector(qapp)
        inner.stop()
        assert gc.isenabled()
        _Cycle.freed_on.clear()
        _churn_in_a_worker()  # automatic collection is back: the worker frees the cycle
        assert _Cycle.freed_on and _Cycle.freed_on[0] != threading.get_ident()
    finally:
        gc.disable()
