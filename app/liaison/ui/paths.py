"""Where the top-level ``translations/`` and ``resources/`` folders are at run time.

In a checkout (editable install) they sit beside ``app/`` in the repository. An
installed wheel carries them as data files under ``<prefix>/share/liaison/``
(``[tool.setuptools.data-files]`` in pyproject.toml), and a PyInstaller build
under its bundle folder. ``LIAISON_DATA_DIR`` overrides all three.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]          # .../liaison
_REPOSITORY = _PACKAGE.parents[1]                        # .../<repo> when app/liaison


def _candidates() -> list[Path]:
    found = []
    env = os.environ.get("LIAISON_DATA_DIR")
    if env:
        found.append(Path(env))
    found.append(_REPOSITORY)
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller one-folder builds
    if bundle:
        found.append(Path(bundle))
    found += [Path(sys.prefix) / "share" / "liaison", Path(sys.base_prefix) / "share" / "liaison"]
    return found


def data_dir(name: str) -> Path | None:
    """The first existing ``name`` folder (``translations`` or ``resources``), or None."""
    for base in _candidates():
        candidate = base / name
        if candidate.is_dir():
            return candidate
    return None


def translations_dir() -> Path | None:
    return data_dir("translations")


def resources_dir() -> Path | None:
    return data_dir("resources")


def resource(name: str) -> Path | None:
    """A file in ``resources/``, or None when it is not installed."""
    folder = resources_dir()
    path = folder / name if folder else None
    return path if path is not None and path.is_file() else None
