"""Which distributions a PyInstaller build bundles, their versions and their licence texts.

Called by ``liaison.spec`` after the build: prints ``name version licence`` for every
bundled component and fills ``<dist>/licenses/``:

- ``COMPONENTS.txt``: the same table;
- ``<name>-<version>/``: each component's licence/notice files from its installed
  metadata, or, for wheels that carry none (PySide6, shiboken6), the standard text
  named by its licence field from ``packaging/licenses/`` (LGPL-3.0 with GPL-3.0,
  which it supplements);
- ``source/<name>-<version>/``: the installed Python sources of the LGPL components
  (paramiko LGPL-2.1, fpdf2 LGPL-3.0, pycountry LGPL-2.1, python-stdnum LGPL-2.1+),
  which the build also ships as plain ``.py`` files (``module_collection_mode='py'``)
  so a user can replace them.
"""

from __future__ import annotations

import re
import shutil
import sys
from importlib import metadata
from pathlib import Path

LGPL_SOURCES = ("paramiko", "fpdf2", "pycountry", "python-stdnum")
_LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE|AUTHORS)[^/]*$", re.IGNORECASE)
STANDARD = Path(__file__).resolve().parent / "licenses"
# Licence field words → the standard texts in packaging/licenses/, first match wins.
_STANDARD_TEXTS = (("LGPL-3", ("LGPL-3.0.txt", "GPL-3.0.txt")),
                   ("LGPL-2.1", ("LGPL-2.1.txt",)), ("GPL-3", ("GPL-3.0.txt",)),
                   ("GPL-2", ("GPL-2.0.txt",)), ("Apache", ("Apache-2.0.txt",)))
# Wheels whose metadata names no licence, though they ship a licence file.
_KNOWN = {"sqlcipher3": "Zlib (pysqlite); SQLCipher: BSD-3-Clause"}


def bundled(module_names: set[str]) -> list[metadata.Distribution]:
    """The installed distributions that provide the given top-level module names."""
    owners = metadata.packages_distributions()
    names = sorted({dist for top in module_names for dist in owners.get(top, ())},
                   key=str.lower)
    return [metadata.distribution(name) for name in names]


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    if meta["Name"] in _KNOWN:
        return _KNOWN[meta["Name"]]
    text = meta.get("License-Expression") or meta.get("License") or ""
    if not text or len(text) > 80:
        classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                       if c.startswith("License ::")]
        text = ", ".join(classifiers) or (text.splitlines()[0] if text else "unknown")
    return text.strip()


def _copy_licence_files(dist: metadata.Distribution, target: Path) -> int:
    count = 0
    for file in dist.files or ():
        if _LICENCE_FILE.search(str(file)) or "/licenses/" in str(file):
            source = Path(dist.locate_file(file))
            if source.is_file():
                target.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target / source.name)
                count += 1
    if count == 0:
        licence = licence_of(dist)
        for word, texts in _STANDARD_TEXTS:
            if word in licence:
                target.mkdir(parents=True, exist_ok=True)
                for text in texts:
                    shutil.copy2(STANDARD / text, target / text)
                    count += 1
                break
    return count


def _copy_sources(dist: metadata.Distribution, target: Path) -> None:
    for file in dist.files or ():
        if file.suffix == ".py" or str(file).endswith(".dist-info/METADATA"):
            source = Path(dist.locate_file(file))
            dest = target / file
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest)


def write_licences(dists: list[metadata.Distribution], out: Path,
                   extra: dict[str, tuple[str, str, list[Path]]]) -> list[str]:
    """Fill ``out`` (the build's licenses/ folder); return the component lines printed."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    lines, missing = [], []
    for dist in dists:
        name, version = dist.metadata["Name"], dist.version
        folder = out / f"{name}-{version}"
        if not _copy_licence_files(dist, folder):
            missing.append(name)
        if name.lower() in LGPL_SOURCES:
            _copy_sources(dist, out / "source" / f"{name}-{version}")
        lines.append(f"{name:28} {version:14} {licence_of(dist)}")
    for name, (version, licence, files) in sorted(extra.items()):
        folder = out / f"{name}-{version}"
        folder.mkdir(parents=True, exist_ok=True)
        for file in files:
            shutil.copy2(file, folder / file.name)
        lines.append(f"{name:28} {version:14} {licence}")
    (out / "COMPONENTS.txt").write_text(
        "Components bundled in this build (name, version, licence):\n\n"
        + "\n".join(lines) + "\n"
        + "\nLGPL components (paramiko, fpdf2, pycountry, python-stdnum, Qt/PySide6) ship\n"
          "unmodified as replaceable files: the Python ones as .py sources in _internal/\n"
          "(paramiko/, fpdf/, pycountry/, stdnum/), Qt as shared\n"
          "libraries in _internal/PySide6/Qt/lib. Their sources are in source/ (Python)\n"
          "and at https://download.qt.io/official_releases/ (Qt).\n",
        encoding="utf-8")
    if missing:
        print("WARNING: no licence text found for: " + ", ".join(missing), file=sys.stderr)
    return lines
