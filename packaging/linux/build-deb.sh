#!/usr/bin/env bash
# Turn the PyInstaller folder into a .deb, validate it, install it and smoke-test it.
#
#   packaging/linux/build-deb.sh [PYINSTALLER_DIR] [OUT_DIR]
#
# PYINSTALLER_DIR defaults to packaging/dist/liaison, OUT_DIR to packaging/dist.
# The package installs the program under /opt/liaison, a /usr/bin/liaison symlink,
# a desktop entry (menu category Office), AppStream metainfo, the icon in the
# hicolor theme (SVG under scalable/apps, PNGs rendered with QtSvg by
# packaging/render_icons.py), a manual page, the machine-readable copyright (which
# points at /opt/liaison/licenses/), the changelog and lintian's overrides (all from
# packaging/linux/). Before that, packaging/check_folder.py checks that the folder is
# self-contained (no RUNPATH or link leaves it); after, the desktop entry and the
# metainfo are validated with desktop-file-validate and appstreamcli, and the .deb
# with lintian when it is installed (LINTIAN=0 skips it; errors fail the build).
#
# Then, unless SMOKE=0: installs the .deb with apt-get (pulling the system libraries
# it depends on), runs `liaison --version` and `liaison self-test`, starts
# `liaison --demo` under Xvfb and saves a screenshot as OUT_DIR/smoke-screenshot.png,
# and removes the package again (KEEP_INSTALLED=1 keeps it). Installing needs root.
#
# Tools: dpkg-deb, dpkg-parsechangelog (dpkg-dev), readelf (binutils),
# desktop-file-validate (desktop-file-utils), appstreamcli (appstream), lintian, and for
# the smoke test xvfb-run (xvfb, xauth), xwininfo (x11-utils), import (imagemagick). Run
# as root on a Debian/Ubuntu machine, the script installs the missing ones with apt-get;
# otherwise it names them and stops (without lintian it only says the check was not run).
# PYTHON: a Python with PySide6 for the icon sizes (default: the build venv, else python3).
# DEB_COMPRESS: dpkg-deb's compressor (xz, the default, is smallest; gzip is faster).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SRC="$(realpath "${1:-$ROOT/packaging/dist/liaison}")"
OUT="$(mkdir -p "${2:-$ROOT/packaging/dist}" && realpath "${2:-$ROOT/packaging/dist}")"
APP_ID="io.github.liaisonworkstation.Liaison"
PYTHON="${PYTHON:-$ROOT/packaging/build/venv/bin/python}"
[ -x "$PYTHON" ] || PYTHON=python3
SMOKE="${SMOKE:-1}"

step() { printf '\n== %s\n' "$*"; }

# --- tools ----------------------------------------------------------------------------
missing=()
need() {  # need COMMAND APT_PACKAGE
  command -v "$1" >/dev/null 2>&1 || missing+=("$2")
}
need dpkg-deb dpkg
need dpkg-parsechangelog dpkg-dev
need readelf binutils
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
if [ "${LINTIAN:-1}" = 1 ] && [ "$(id -u)" = 0 ]; then need lintian lintian; fi
if [ "$SMOKE" = 1 ]; then
  need xvfb-run xvfb; need xauth xauth; need xwininfo x11-utils; need import imagemagick
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    step "installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  else
    echo "build-deb.sh: missing tools; install the packages: ${missing[*]}" >&2
    exit 2
  fi
fi

[ -x "$SRC/liaison" ] || { echo "build-deb.sh: no PyInstaller build at $SRC" >&2; exit 2; }
VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/app/liaison/__init__.py")"
ARCH="$(dpkg --print-architecture)"
CHANGELOG_VERSION="$(dpkg-parsechangelog -l "$HERE/changelog" -S Version)"
if [ "$CHANGELOG_VERSION" != "$VERSION" ]; then
  echo "build-deb.sh: packaging/linux/changelog's last entry is $CHANGELOG_VERSION," \
    "the program is $VERSION: add an entry" >&2
  exit 2
fi
DEB="$OUT/liaison-workstation_${VERSION}_${ARCH}.deb"

# --- the package tree -----------------------------------------------------------------
step "checking that $SRC is self-contained"
"$PYTHON" "$ROOT/packaging/check_folder.py" "$SRC"

step "staging liaison $VERSION ($ARCH)"
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
install -d "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/metainfo" "$STAGE/usr/share/icons/hicolor/scalable/apps" \
  "$STAGE/usr/share/doc/liaison-workstation" "$STAGE/usr/share/man/man1" \
  "$STAGE/usr/share/lintian/overrides" "$STAGE/DEBIAN"
cp -a "$SRC" "$STAGE/opt/liaison"
# Shared libraries are loaded, never run: wheels ship many with the executable bit.
find "$STAGE/opt/liaison" -type f \( -name '*.so' -o -name '*.so.*' \) -perm /111 \
  -exec chmod a-x {} +
ln -s /opt/liaison/liaison "$STAGE/usr/bin/liaison"
install -m 644 "$HERE/$APP_ID.desktop" "$STAGE/usr/share/applications/$APP_ID.desktop"
install -m 644 "$HERE/$APP_ID.metainfo.xml" "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
install -m 644 "$ROOT/resources/liaison.svg" \
  "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
ICONS="$STAGE/icons-rendered"
"$PYTHON" "$ROOT/packaging/render_icons.py" "$ICONS" >/dev/null
for png in "$ICONS"/*.png; do
  size="$(basename "$png" .png)"
  install -D -m 644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
rm -rf "$ICONS"
DOC="$STAGE/usr/share/doc/liaison-workstation"
install -m 644 "$HERE/copyright" "$DOC/copyright"
gzip -9n -c "$HERE/changelog" > "$DOC/changelog.gz"
gzip -9n -c "$HERE/liaison.1" > "$STAGE/usr/share/man/man1/liaison.1.gz"
chmod 644 "$DOC/changelog.gz" "$STAGE/usr/share/man/man1/liaison.1.gz"
install -m 644 "$HERE/lintian-overrides" "$STAGE/usr/share/lintian/overrides/liaison-workstation"

# Qt's xcb platform plugin and OpenGL come from the system; the rest is bundled.
cat > "$STAGE/DEBIAN/control" <<EOF
Package: liaison-workstation
Version: $VERSION
Architecture: $ARCH
Maintainer: Liaison developers <liaison@example.invalid>
Installed-Size: $(du -sk "$STAGE" | cut -f1)
Depends: libc6, libgl1, libegl1, libfontconfig1, libfreetype6, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libdbus-1-3
Suggests: gnome-keyring
Section: utils
Priority: optional
Homepage: https://github.com/liaisonworkstation/liaison
Description: encrypted workstation for exchanging criminal intelligence
 Liaison lets criminal-intelligence analysts keep their records in an
 encrypted workspace with a verifiable audit chain, import, search and
 cross-reference them, draw link charts, and exchange signed and encrypted
 packages with partner agencies through a sharing policy and redaction.
EOF

step "validating the desktop entry and the AppStream metainfo"
desktop-file-validate "$STAGE/usr/share/applications/$APP_ID.desktop"
appstreamcli validate --no-net "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"

step "building $DEB"
dpkg-deb --root-owner-group -Z"${DEB_COMPRESS:-xz}" --build "$STAGE" "$DEB" >/dev/null
ls -l "$DEB"
echo "deb size: $(du -m "$DEB" | cut -f1) MB (installed: $(du -sm "$STAGE" | cut -f1) MB)"

if [ "${LINTIAN:-1}" = 1 ] && command -v lintian >/dev/null 2>&1; then
  step "lintian (overrides: packaging/linux/lintian-overrides)"
  # The tags left are counted (overridden ones are not listed). An error fails the build,
  # except unstripped binaries, which stripping (issue 23, item 3) has still to remove.
  lintian --fail-on none --tag-display-limit 0 "$DEB" > "$OUT/lintian.txt"
  awk '{print $1, $3}' "$OUT/lintian.txt" | sort | uniq -c | sort -rn
  echo "lintian: $(wc -l < "$OUT/lintian.txt") lines, in $OUT/lintian.txt"
  if grep '^E: ' "$OUT/lintian.txt" | grep -v ' unstripped-binary-or-object ' >&2; then
    echo "build-deb.sh: lintian found the errors above" >&2
    exit 1
  fi
elif [ "${LINTIAN:-1}" = 1 ]; then
  echo "lintian is not installed: the .deb was not checked with it (apt-get install lintian)"
fi

[ "$SMOKE" = 1 ] || exit 0

# --- smoke test: install, run, look -----------------------------------------------------
if [ "$(id -u)" != 0 ]; then
  echo "build-deb.sh: the smoke test installs the package and needs root (SMOKE=0 skips it)" >&2
  exit 2
fi
step "installing the package"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$DEB" >/dev/null
[ "$(readlink -f /usr/bin/liaison)" = /opt/liaison/liaison ]
cleanup_install() {
  if [ "${KEEP_INSTALLED:-0}" != 1 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq liaison-workstation >/dev/null || true
  fi
}

SMOKE_HOME="$(mktemp -d)"
trap 'cleanup_install; rm -rf "$STAGE" "$SMOKE_HOME"' EXIT
export HOME="$SMOKE_HOME"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM LIAISON_DATA_DIR

step "liaison --version"
/usr/bin/liaison --version

step "liaison self-test"
/usr/bin/liaison self-test

step "liaison --demo under Xvfb"
SHOT="$OUT/smoke-screenshot.png"
rm -f "$SHOT"
export LIAISON_DEMO_WORKSPACE="$SMOKE_HOME/demo-workspace" SHOT
xvfb-run -a -s "-screen 0 1920x1080x24" bash -c '
  /usr/bin/liaison --demo >"$HOME/gui.log" 2>&1 & pid=$!
  for _ in $(seq 1 120); do   # the first start generates the demo workspace
    if xwininfo -root -tree | grep -q "\[DEMO\]"; then break; fi
    kill -0 $pid 2>/dev/null || { echo "the GUI exited:"; cat "$HOME/gui.log"; exit 1; }
    sleep 1
  done
  sleep 5                     # let the records table fill
  xwininfo -root -tree | grep "\[DEMO\]" | head -3
  import -window root "$SHOT"
  kill $pid; wait $pid 2>/dev/null || true
'
[ -s "$SHOT" ] || { echo "build-deb.sh: no screenshot was taken" >&2; exit 1; }
echo "screenshot: $SHOT ($(identify -format '%wx%h, %k colours' "$SHOT"))"
step "smoke test passed"
