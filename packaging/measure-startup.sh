#!/usr/bin/env bash
# Seconds from launch until Parley's main window is on screen (mapped and viewable), on a
# private Xvfb display, N times; then the same for 'parley --version'.
#   packaging/measure-startup.sh [N] [COMMAND...]   (default: 5 runs of dist/parley/parley)
# Needs xvfb-run, xwininfo (x11-utils) and bc. Each run gets empty settings and history folders,
# so it measures a first start (the window plus its first-run offer of the demo).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
runs=${1:-5}
shift || true
[ $# -gt 0 ] || set -- "$ROOT/dist/parley/parley"

one_window() {
  local dir pid start id
  dir=$(mktemp -d)
  start=$(date +%s.%N)
  env -u QT_QPA_PLATFORM XDG_CONFIG_HOME="$dir/config" PARLEY_DATA_DIR="$dir/data" "$@" \
    >/dev/null 2>"$dir/err" &
  pid=$!
  while :; do
    id=$(xwininfo -root -tree 2>/dev/null | awk '/"Parley": \("/ && !/ 1x1\+/ {print $1; exit}')
    if [ -n "$id" ] && xwininfo -id "$id" 2>/dev/null | grep -q IsViewable; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then cat "$dir/err" >&2; echo "Parley exited" >&2; exit 1; fi
    sleep 0.01
  done
  echo "$(date +%s.%N) - $start" | bc
  kill -TERM "$pid"
  wait "$pid" || true
  rm -rf "$dir"
}

if [ "${PARLEY_MEASURE_INNER:-}" = 1 ]; then
  for _ in $(seq "$runs"); do printf 'window  %.2f s\n' "$(one_window "$@")"; done
  exit 0
fi

PARLEY_MEASURE_INNER=1 xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$runs" "$@"
for _ in $(seq "$runs"); do
  start=$(date +%s.%N)
  "$@" --version >/dev/null
  printf -- '--version  %.2f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"
done
