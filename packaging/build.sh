#!/usr/bin/env bash
# The whole Linux installer build, from a clean checkout:
#
#   packaging/build.sh [--python PATH] [--measure-excludes]
#
# 1. a venv (packaging/build/venv) from packaging/requirements.lock, every file
#    checked against its sha256 (pip install --require-hashes), made with the Python
#    that --python names: default /usr/bin/python3.11, the distribution's own
#    (Debian/Ubuntu packages python3.11, python3.11-venv, libpython3.11). The build
#    does not take whatever python3.11 comes first on PATH: a pyenv or other
#    self-built interpreter leaves its own folder in the RUNPATH of the libraries
#    it ships;
# 2. the PyInstaller one-folder build (packaging/liaison.spec) into packaging/dist/liaison,
#    printing every bundled component's version and filling its licenses/ folder;
#    --measure-excludes also builds without the Qt exclusions, to report the size they save;
# 3. packaging/check_folder.py --fix on that folder: RUNPATH/RPATH entries that leave it
#    are removed with patchelf, then every ELF's search path and every symbolic link
#    must stay inside it (the listing goes to packaging/build/folder-check.txt);
# 4. the folder's own `liaison self-test`;
# 5. packaging/linux/build-deb.sh: the .deb, validated, installed, smoke-tested
#    (--version, self-test, a screenshot of the GUI under Xvfb), removed again.
#
# Not part of the test run (it takes minutes and installs a package: run it as root on a
# Debian/Ubuntu build machine; as root it installs patchelf and binutils if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
BUILD="$ROOT/packaging/build"
DIST="$ROOT/packaging/dist"
VENV="$BUILD/venv"
LOCK="$ROOT/packaging/requirements.lock"
PYTHON_VERSION=3.11   # the lock's
BUILD_PYTHON=/usr/bin/python$PYTHON_VERSION
MEASURE=0
usage() { echo "usage: packaging/build.sh [--python PATH] [--measure-excludes]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --python) [ $# -ge 2 ] || usage; BUILD_PYTHON="$2"; shift 2 ;;
    --python=*) BUILD_PYTHON="${1#--python=}"; shift ;;
    --measure-excludes) MEASURE=1; shift ;;
    *) usage ;;
  esac
done
if [ ! -x "$BUILD_PYTHON" ]; then
  echo "build.sh: no Python at $BUILD_PYTHON: install python$PYTHON_VERSION," \
    "python$PYTHON_VERSION-venv and libpython$PYTHON_VERSION, or name one with --python PATH" >&2
  exit 2
fi
FOUND_VERSION="$("$BUILD_PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])' \
  2>/dev/null || true)"
if [ "$FOUND_VERSION" != "$PYTHON_VERSION" ]; then
  echo "build.sh: $BUILD_PYTHON is Python ${FOUND_VERSION:-(unknown)};" \
    "the lock is for Python $PYTHON_VERSION" >&2
  exit 2
fi

tools=()
command -v patchelf >/dev/null 2>&1 || tools+=(patchelf)
command -v readelf >/dev/null 2>&1 || tools+=(binutils)
if [ ${#tools[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${tools[@]}" >/dev/null
  else
    echo "build.sh: missing tools; install the packages: ${tools[*]}" >&2
    exit 2
  fi
fi
SECONDS=0
lap() { printf '\n==== %s (%d s so far)\n' "$*" "$SECONDS"; }

lap "venv from the lock, with $BUILD_PYTHON ($("$BUILD_PYTHON" -V 2>&1))"
# The venv is made again when the lock or the interpreter changes.
LOCK_SHA="$( (sha256sum "$LOCK" | cut -d' ' -f1; realpath "$BUILD_PYTHON"
  "$BUILD_PYTHON" -V) | sha256sum | cut -d' ' -f1)"
if [ "$(cat "$VENV/.lock-sha256" 2>/dev/null)" != "$LOCK_SHA" ]; then
  rm -rf "$VENV"
  "$BUILD_PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade --disable-pip-version-check pip
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --require-hashes \
    --only-binary :all: -r "$LOCK"
  echo "$LOCK_SHA" > "$VENV/.lock-sha256"
fi
"$VENV/bin/python" -m pip check
export PYTHON="$VENV/bin/python" QT_QPA_PLATFORM=offscreen

if [ "$MEASURE" = 1 ]; then
  lap "PyInstaller without the exclusions (for the size comparison)"
  LIAISON_SPEC_NO_EXCLUDES=1 "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$BUILD/no-excludes" --workpath "$BUILD/pyinstaller-no-excludes" \
    packaging/liaison.spec > "$BUILD/no-excludes.log"
  BEFORE="$(du -sm "$BUILD/no-excludes/liaison" | cut -f1)"
fi

lap "PyInstaller"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN --distpath "$DIST" \
  --workpath "$BUILD/pyinstaller" packaging/liaison.spec
AFTER="$(du -sm "$DIST/liaison" | cut -f1)"

lap "RUNPATHs and links of the built folder"
"$VENV/bin/python" packaging/check_folder.py --fix --list "$BUILD/folder-check.txt" \
  "$DIST/liaison"

lap "the built folder's self-test"
unset QT_QPA_PLATFORM
"$DIST/liaison/liaison" self-test

lap ".deb, validation and smoke test"
packaging/linux/build-deb.sh "$DIST/liaison" "$DIST"

lap "done"
[ "$MEASURE" = 1 ] && echo "PyInstaller folder without exclusions: ${BEFORE} MB"
echo "PyInstaller folder: ${AFTER} MB ($DIST/liaison)"
ls -l "$DIST"/*.deb
echo "total build time: ${SECONDS} s"
