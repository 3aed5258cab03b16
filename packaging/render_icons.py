"""Render ``resources/liaison.svg`` to PNG sizes with QtSvg (no extra system tool needed).

Used by ``liaison.spec`` (a 256 px PNG that PyInstaller turns into the Windows .ico with
Pillow) and by ``linux/build-deb.sh`` (the hicolor theme sizes). Run with the build
venv's Python::

    python packaging/render_icons.py OUT_DIR [SIZE ...]     # writes OUT_DIR/<size>.png
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent.parent / "resources" / "liaison.svg"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(out_dir: Path, sizes: tuple[int, ...] = HICOLOR_SIZES) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read the icon {SVG}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"cannot write {path}")
        written.append(path)
    return written


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    wanted = tuple(int(s) for s in sys.argv[2:]) or HICOLOR_SIZES
    for png in render(Path(sys.argv[1]), wanted):
        print(png)
