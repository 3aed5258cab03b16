"""The Qt half of ``liaison self-test`` (the rest is ``liaison.cli.self_test``).

Qt may only be imported inside ``liaison.ui``, so the steps that need it live here:
a link chart of the demo search drawn offscreen and saved as PNG (Qt's platform
plugins, pyqtgraph, the image writer), and every bundled translation loaded, ours
and Qt's own ``qtbase``, each translating a known string. Without a display
``QT_QPA_PLATFORM=offscreen`` is set first, so the test runs on a server too.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

KNOWN = ("AboutDialog", "About Liaison")        # ours: in every translations/*.ts
QT_KNOWN = ("QPlatformTheme", "Cancel")         # Qt's own qtbase_<lang>.qm


def _application() -> Any:
    if (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "liaison"])


class QtCheckFailed(RuntimeError):
    """A Qt step found the program not working (the runner reports it by step name)."""


def _fail(message: str) -> None:
    raise QtCheckFailed(message)


def render_chart(trial: Any) -> str:
    """Build the chart of the search's records and export it to PNG offscreen."""
    _application()
    from PySide6.QtGui import QImage

    from liaison.ui.chart import LinkChartCanvas

    graph = trial.ours.graph_for_records(trial.ours.query_record_ids(trial.query))
    if len(graph) == 0:
        _fail("the chart of the demo search has no nodes")
    canvas = LinkChartCanvas()
    try:
        canvas.resize(800, 600)
        canvas.draw(graph)
        out = trial.folder / "chart.png"
        canvas.export_png(out, width=800)
        image = QImage(str(out))
        if image.isNull() or image.width() < 100:
            _fail("the exported chart image is empty or unreadable")
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
                   for y in range(0, image.height(), 7)}
        if len(colours) < 3:
            _fail("the exported chart image is blank")
    finally:
        canvas.deleteLater()
    return f"{len(graph)} nodes, {len(graph.edges)} links, {image.width()}x{image.height()} PNG"


def load_translations(trial: Any) -> str:
    """Every shipped language: our .qm and Qt's qtbase .qm load and translate."""
    app = _application()
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from liaison.ui.translations import TRANSLATED, compile_translations

    compiled = compile_translations(out_dir=trial.folder / "qm")
    missing = [lang for lang in TRANSLATED if lang not in compiled]
    if missing:
        _fail(f"no compiled translation for {', '.join(missing)}")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for lang in TRANSLATED:
        for name, folder, (context, text) in ((compiled[lang].stem, str(compiled[lang].parent),
                                               KNOWN),
                                              (f"qtbase_{lang}", qt_dir, QT_KNOWN)):
            translator = QTranslator(app)
            if not translator.load(name, folder):
                _fail(f"{name}.qm does not load from {folder}")
            translated = translator.translate(context, text)
            if not translated or translated == text:
                _fail(f"{name}.qm does not translate {text!r}")
    return f"{len(TRANSLATED)} languages ({', '.join(TRANSLATED)}), ours and Qt's"


def steps() -> list[tuple[str, Callable[[Any], str]]]:
    return [("render link chart", render_chart), ("load translations", load_translations)]
