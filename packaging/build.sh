#!/usr/bin/env bash
# The whole Linux installer build, from a clean checkout:
#
#   packaging/build.sh [--measure-excludes]
#
# 1. a venv (packaging/build/venv) from packaging/requirements.lock, every file
#    checked against its sha256 (pip install --require-hashes);
# 2. the PyInstaller one-folder build (packaging/liaison.spec) into packaging/dist/liaison,
#    printing every bundled component's version and filling its licenses/ folder;
#    --measure-excludes also builds without the Qt exclusions, to report the size they save;
# 3. the folder's own `liaison self-test`;
# 4. packaging/linux/build-deb.sh: the .deb, validated, installed, smoke-tested
#    (--version, self-test, a screenshot of the GUI under Xvfb), removed again.
#
# Not part of the test run (it takes minutes and installs a package: run it as root on a
# Debian/Ubuntu build machine). PYTHON311 names the Python 3.11 to build with.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
BUILD="$ROOT/packaging/build"
DIST="$ROOT/packaging/dist"
VENV="$BUILD/venv"
LOCK="$ROOT/packaging/requirements.lock"
PYTHON311="${PYTHON311:-$(command -v python3.11 || command -v python3)}"
MEASURE=0
[ "${1:-}" = "--measure-excludes" ] && MEASURE=1
SECONDS=0
lap() { printf '\n==== %s (%d s so far)\n' "$*" "$SECONDS"; }

lap "venv from the lock"
"$PYTHON311" -c 'import sys; assert sys.version_info[:2] == (3, 11), "the lock is for Python 3.11"'
LOCK_SHA="$(sha256sum "$LOCK" | cut -d' ' -f1)"
if [ "$(cat "$VENV/.lock-sha256" 2>/dev/null)" != "$LOCK_SHA" ]; then
  rm -rf "$VENV"
  "$PYTHON311" -m venv "$VENV"
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
