"""Python's cycle collector runs on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate past its
threshold, and the workspace worker allocates a lot (an import, a PDF export). A
collection there frees whatever cycles are due, including the Python side of dialogs,
operations and their relays that live on the GUI thread, so their QObjects would be
destroyed from the worker while the GUI thread uses Qt: memory is corrupted and the
program crashes later, somewhere unrelated (seen as a segmentation fault of the GUI
thread while the worker was laying out a PDF). Plain reference counting still frees
most objects at once in any thread; only cycles wait for the GUI thread.

The same pattern is used by calibre and pyqtgraph: switch automatic collection off and
collect from a GUI-thread timer, generation by generation, with the thresholds the
interpreter had.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """While it runs, cyclic garbage is collected only on the thread that created it."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self.collections = 0
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        """Collect the generations whose counts passed the interpreter's thresholds."""
        counts = gc.get_count()
        generation = -1
        for level, (count, threshold) in enumerate(zip(counts, self.thresholds, strict=True)):
            if threshold <= 0 or count <= threshold:
                break
            generation = level
        if generation >= 0:
            gc.collect(generation)
            self.collections += 1

    def stop(self) -> None:
        """Hand collection back to the interpreter (as it was before) after one last pass."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
