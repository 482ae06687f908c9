#!/usr/bin/env bash
# Parley's developer set-up: the two commands of the README.
#   packaging/dev.sh run [ARGS...]   install what is missing, then open Parley (ARGS go to parley)
#   packaging/dev.sh test [PYTEST ARGS...]
#                                    install what is missing, start private services (PulseAudio
#                                    null sinks: speaker and microphone, unlocked gnome-keyring on a private D-Bus, Qt
#                                    offscreen), then run ruff, mypy --strict and the whole test suite
#   packaging/dev.sh with-services CMD [ARGS...]
#                                    run one command (say, a single test file or a bench script)
#                                    with the same private services the test suite gets
# Needs only python3 (3.11+). On Debian-like systems it installs the system libraries Qt, PortAudio
# and the test services need when run as root or with sudo; elsewhere it names what is missing.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
UV_VERSION=0.13.9
TOOLS="$ROOT/.tools"
export UV_PROJECT_ENVIRONMENT="$ROOT/.venv"
export UV_PYTHON_DOWNLOADS=never
export UV_NO_PROGRESS=1

RUN_DEBS=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3
  libgssapi-krb5-2 fonts-dejavu-core libxkbcommon-x11-0 libx11-xcb1 libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0
  libxcb-xkb1 libportaudio2)
TEST_DEBS=(xvfb xauth pulseaudio pulseaudio-utils libasound2-plugins dbus-daemon gnome-keyring
  libsecret-tools espeak-ng sox ffmpeg desktop-file-utils appstream fonts-noto-cjk sqlite3)

say() { printf 'parley-dev: %s\n' "$*" >&2; }

pick_python() {
  # The environment's own interpreter first, so a re-run never rebuilds .venv; then python3.
  for py in "$ROOT/.venv/bin/python" python3 python3.13 python3.12 python3.11; do
    if command -v "$py" >/dev/null 2>&1 &&
      "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      "$py" -c 'import sys; print(getattr(sys, "_base_executable", sys.executable))'; return 0
    fi
  done
  say "Parley needs Python 3.11 or newer (python3 --version says: $(python3 --version 2>&1 || echo none))."
  exit 2
}

ensure_debs() {
  command -v dpkg-query >/dev/null 2>&1 || { say "not a Debian-like system: make sure Qt's xcb libraries and PortAudio are installed"; return 0; }
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
      say "missing system packages: ${missing[*]}"
      say "install them with: sudo apt-get install ${missing[*]}"
      exit 2
    fi
  fi
  say "installing system packages: ${missing[*]}"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_venv() {
  local py; py=$(pick_python)
  export UV_PYTHON="$py"
  if [ ! -x "$TOOLS/bin/uv" ] || [ "$("$TOOLS/bin/uv" --version 2>/dev/null | cut -d' ' -f2)" != "$UV_VERSION" ]; then
    say "installing uv $UV_VERSION (the locked installer) into .tools/"
    "$py" -m venv "$TOOLS"
    "$TOOLS/bin/python" -m pip install -q --disable-pip-version-check "uv==$UV_VERSION"
  fi
  # Sync only when the lock or the mode changed: a no-op run stays instant, and parallel
  # commands never re-sync the same environment under each other.
  local stamp="$ROOT/.venv/.parley-sync" want
  want="$(sha256sum "$ROOT/uv.lock" | cut -d' ' -f1) bytecode $*"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$ROOT/.venv/bin/python" ]; then
    return 0
  fi
  # Bytecode compiled at install time: start-up then never compiles sources, even where
  # PYTHONDONTWRITEBYTECODE keeps Python from caching what it compiles.
  "$TOOLS/bin/uv" sync -q --frozen --compile-bytecode "$@"
  printf '%s' "$want" >"$stamp"
}

compile_app() {
  "$ROOT/.venv/bin/python" -m compileall -q -j 0 "$ROOT/app" >/dev/null || true
  # The window's translations (.ts -> .qm); without them it shows English.
  "$ROOT/packaging/i18n.sh" compile || say "could not compile the translations: the window stays English"
}

start_services() {
  SERVICES_DIR=$(mktemp -d /tmp/parley-services.XXXXXX)
  export XDG_RUNTIME_DIR="$SERVICES_DIR/run" XDG_DATA_HOME="$SERVICES_DIR/data"
  export XDG_CONFIG_HOME="$SERVICES_DIR/config" XDG_CACHE_HOME="$SERVICES_DIR/cache"
  mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
  chmod 700 "$XDG_RUNTIME_DIR"
  export PULSE_RUNTIME_PATH="$XDG_RUNTIME_DIR/pulse"
  unset PULSE_SERVER
  pulseaudio -D -n --exit-idle-time=-1 --system=false --disallow-exit=false \
    --load=module-native-protocol-unix \
    --load="module-null-sink sink_name=parley_test_sink rate=48000 norewinds=1" \
    --load="module-null-sink sink_name=parley_mic rate=48000 norewinds=1" \
    --load=module-always-sink 2>"$SERVICES_DIR/pulse.log" || { cat "$SERVICES_DIR/pulse.log" >&2; say "could not start PulseAudio"; exit 1; }
  for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
  pactl set-default-sink parley_test_sink
  # The microphone: tests speak into the parley_mic sink (paplay --device=parley_mic) and Parley
  # hears its monitor. Tests that record what Parley plays take the speaker's monitor instead
  # (tests/conftest.py, the sound_server fixture).
  pactl set-default-source parley_mic.monitor
  trap stop_services EXIT
}

stop_services() {
  pulseaudio -k >/dev/null 2>&1 || true
  rm -rf "$SERVICES_DIR"
}

cmd=${1:-run}; shift || true
case "$cmd" in
  run)
    ensure_debs "${RUN_DEBS[@]}"
    ensure_venv --no-dev --inexact
    compile_app
    exec "$ROOT/.venv/bin/python" -m app "$@"
    ;;
  test)
    ensure_debs "${RUN_DEBS[@]}" "${TEST_DEBS[@]}"
    ensure_venv
    compile_app
    say "ruff and mypy --strict on app/"
    "$ROOT/.venv/bin/ruff" check app tests bench
    "$ROOT/.venv/bin/ruff" format --check app tests bench
    "$ROOT/.venv/bin/mypy" --strict app
    start_services
    export QT_QPA_PLATFORM=offscreen PARLEY_REQUIRE_SERVICES=1
    say "pytest (PulseAudio null sink, gnome-keyring on a private D-Bus, Qt offscreen)"
    dbus-run-session -- bash -c 'printf parley-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$0" -m pytest "$@"' \
      "$ROOT/.venv/bin/python" "$@"
    ;;
  with-services)
    ensure_debs "${RUN_DEBS[@]}" "${TEST_DEBS[@]}"
    ensure_venv
    compile_app
    start_services
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} PARLEY_REQUIRE_SERVICES=1 PATH="$ROOT/.venv/bin:$PATH"
    dbus-run-session -- bash -c 'printf parley-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "$@"' \
      with-services "$@"
    ;;
  *)
    say "usage: packaging/dev.sh run [parley args] | test [pytest args] | with-services CMD [ARGS]"; exit 2 ;;
esac
