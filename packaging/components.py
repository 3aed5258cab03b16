"""Which distributions a PyInstaller build bundles, their versions and their licence texts.

Called by ``liaison.spec`` after the build: prints ``name version licence`` for every
bundled component and fills ``<dist>/licenses/``:

- ``COMPONENTS.txt``: the same table;
- ``<name>-<version>/<path inside the distribution>``: each component's licence and
  notice files (``licence_files``), under the path its RECORD gives them, so that
  same-named files (NumPy's 17, setuptools' vendored ones) never overwrite each other;
  or, for wheels that carry none (PySide6, shiboken6), the standard text named by its
  licence field from ``packaging/licenses/`` (LGPL-3.0 with GPL-3.0, which it
  supplements);
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
_LICENCE_NAME = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
_CODE = {".py", ".pyc", ".pyi", ".pyx", ".pxd", ".so", ".pyd", ".dll", ".dylib", ".c", ".h"}
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


def _dist_info(files: list[metadata.PackagePath]) -> str | None:
    """The distribution's metadata folder as its RECORD names it (``name-1.0.dist-info``)."""
    for file in files:
        if file.name == "METADATA" and file.parent.name.endswith(".dist-info"):
            return file.parent.as_posix()
    return None


def licence_files(dist: metadata.Distribution) -> tuple[list[metadata.PackagePath], list[str]]:
    """The licence files of one installed distribution, and the listed ones it lacks.

    Chosen by the metadata, never by a part of the path: every ``License-File`` entry
    (PEP 639: under ``.dist-info/licenses/``; older wheels put them in ``.dist-info/``),
    every file under ``.dist-info/licenses/``, and, anywhere in the distribution, files
    whose own name starts with LICENSE, LICENCE, COPYING, NOTICE or AUTHORS (SciPy names
    its bundled Qhull, PocketFFT and DOP licences so without listing them), code excepted.
    """
    files = list(dist.files or ())
    by_path = {file.as_posix(): file for file in files}
    info = _dist_info(files)
    chosen: dict[str, metadata.PackagePath] = {}
    absent = []
    for entry in dist.metadata.get_all("License-File") or []:
        candidates = [f"{info}/licenses/{entry}", f"{info}/{entry}"] if info else []
        found = next((by_path[c] for c in candidates if c in by_path), None)
        if found is None:
            absent.append(entry)
        else:
            chosen[found.as_posix()] = found
    for file in files:
        path = file.as_posix()
        in_licences = info is not None and path.startswith(f"{info}/licenses/")
        named = _LICENCE_NAME.match(file.name) and file.suffix.lower() not in _CODE
        if in_licences or named:
            chosen[path] = file
    return sorted(chosen.values(), key=lambda f: f.as_posix()), absent


def _inside(target: Path, relative: str) -> Path:
    """``target/relative`` for a RECORD path; ``..`` parts (files installed outside
    site-packages) are dropped so every file stays inside ``target``."""
    parts = [part for part in relative.split("/") if part not in ("", ".", "..")]
    return target.joinpath(*parts)


def _copy_licence_files(dist: metadata.Distribution, target: Path) -> int:
    """Copy the licence files under their path inside the distribution; never overwrite."""
    files, absent = licence_files(dist)
    if absent:
        print(f"WARNING: {dist.metadata['Name']} lists licence files it does not have: "
              + ", ".join(absent), file=sys.stderr)
    count = 0
    for file in files:
        source = Path(dist.locate_file(file))
        if not source.is_file():
            continue
        dest = _inside(target, file.as_posix())
        if dest.exists():
            raise FileExistsError(f"two licence files of {dist.metadata['Name']} map to {dest}")
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, dest)
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
            dest = _inside(target, file.as_posix())
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
