#!/usr/bin/env bash
# Build Parley's one-folder bundle and a .tar.gz of it, with the project's .venv.
#   packaging/build.sh [--dist DIR] [--work DIR] [--no-tar]
# Writes DIR/parley/ (run DIR/parley/parley; DIR/parley/install.sh puts it in the desktop's menu)
# and DIR/parley-VERSION-linux-ARCH.tar.gz, then prints their sizes. DIR defaults to dist/, the
# PyInstaller work folder to build/ (kept between builds, which makes rebuilds faster).
# Needs .venv with the dev dependencies (packaging/dev.sh test creates it).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIST="$ROOT/dist"
WORK="$ROOT/build"
TAR=1
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) DIST=$(realpath -m "$2"); shift 2 ;;
    --work) WORK=$(realpath -m "$2"); shift 2 ;;
    --no-tar) TAR=0; shift ;;
    *) echo "usage: packaging/build.sh [--dist DIR] [--work DIR] [--no-tar]" >&2; exit 2 ;;
  esac
done

say() { printf 'parley-build: %s\n' "$*" >&2; }

PY="$ROOT/.venv/bin/python"
if [ ! -x "$ROOT/.venv/bin/pyinstaller" ]; then
  say "no PyInstaller in .venv: run 'packaging/dev.sh test' once (it installs the dev dependencies)"
  exit 2
fi
VERSION=$("$PY" -c 'import app; print(app.__version__)')
ARCH=$(uname -m)

cd "$ROOT"
"$ROOT/packaging/i18n.sh" compile  # the window's translations go into the bundle as .qm files
say "PyInstaller: $DIST/parley"
started=$(date +%s)
"$ROOT/.venv/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath "$DIST" --workpath "$WORK" packaging/parley.spec
install -m 755 packaging/linux/install.sh "$DIST/parley/install.sh"
say "bundle built in $(($(date +%s) - started)) s"

if [ "$TAR" = 1 ]; then
  tarball="$DIST/parley-$VERSION-linux-$ARCH.tar.gz"
  tar -C "$DIST" -cf - parley | gzip -6 >"$tarball.part"
  mv "$tarball.part" "$tarball"
fi

printf 'bundle:  %s  %s\n' "$(du -sh "$DIST/parley" | cut -f1)" "$DIST/parley"
if [ "$TAR" = 1 ]; then
  printf 'tarball: %s  %s\n' "$(du -sh "$tarball" | cut -f1)" "$tarball"
fi
