#!/usr/bin/env bash
# Parley's developer set-up: the two commands of the README.
#   packaging/dev.sh run [ARGS...]   install what is missing, then open Parley (ARGS go to parley)
#   packaging/dev.sh test [--sound SERVER] [PYTEST ARGS...]
#                                    install what is missing, run ruff and mypy --strict, start
#                                    private services (a sound server with two null sinks, speaker
#                                    and microphone; an unlocked gnome-keyring on a private D-Bus;
#                                    Qt offscreen) and run the test suite: all of it on PulseAudio
#                                    as it ships, then the tests marked "sound" (playback,
#                                    recording, talk mode) again on PipeWire. --sound runs it all
#                                    once on the one SERVER named.
#   packaging/dev.sh with-services [--sound SERVER] CMD [ARGS...]
#                                    run one command (say, a single test file or a bench script)
#                                    with the same private services (SERVER: tuned by default)
# SERVER is one of packaging/sound-server.sh's flavours: pulseaudio (as it ships: sinks that
# rewind, module-suspend-on-idle), tuned (PulseAudio, null sinks with norewinds=1) or pipewire
# (PipeWire + WirePlumber + pipewire-pulse). Tests read it from PARLEY_SOUND_SERVER.
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
TEST_DEBS=(xvfb xauth pulseaudio pulseaudio-utils libasound2-plugins pipewire pipewire-pulse wireplumber
  dbus-daemon gnome-keyring libsecret-tools espeak-ng sox ffmpeg desktop-file-utils appstream
  fonts-noto-cjk sqlite3)

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

start_services() {  # FLAVOUR: pulseaudio, tuned or pipewire (packaging/sound-server.sh)
  SERVICES_DIR=$(mktemp -d /tmp/parley-services.XXXXXX)
  export XDG_RUNTIME_DIR="$SERVICES_DIR/run" XDG_DATA_HOME="$SERVICES_DIR/data"
  export XDG_CONFIG_HOME="$SERVICES_DIR/config" XDG_CACHE_HOME="$SERVICES_DIR/cache"
  mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
  chmod 700 "$XDG_RUNTIME_DIR"
  export PULSE_RUNTIME_PATH="$XDG_RUNTIME_DIR/pulse"
  unset PULSE_SERVER
  trap stop_services EXIT
  # A private session D-Bus: the keyring lives on it, and PipeWire's session manager needs one.
  DBUS_PID=$(dbus-daemon --session --fork --address="unix:path=$XDG_RUNTIME_DIR/bus" --print-pid=1)
  export DBUS_SESSION_BUS_ADDRESS="unix:path=$XDG_RUNTIME_DIR/bus"
  printf parley-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  # The sound server: the speaker (parley_test_sink, the default sink) and the microphone: tests
  # speak into the parley_mic sink (paplay --device=parley_mic) and Parley hears its monitor (the
  # default source). Tests that record what Parley plays take the speaker's monitor instead
  # (tests/conftest.py, the sound_server fixture).
  "$ROOT/packaging/sound-server.sh" start "$1"
  export PARLEY_SOUND_SERVER="$1"
}

stop_services() {
  [ -n "${SERVICES_DIR:-}" ] || return 0
  "$ROOT/packaging/sound-server.sh" stop || true
  [ -z "${DBUS_PID:-}" ] || kill "$DBUS_PID" 2>/dev/null || true  # gnome-keyring leaves with it
  rm -rf "$SERVICES_DIR"
  SERVICES_DIR="" DBUS_PID=""
}

# One test run on one sound server, in a subshell of its own: FLAVOUR PYTEST ARGS...
# Prints pytest's exit status; 5 (no test selected) counts as a pass.
test_lane() {
  local kind=$1 rc; shift
  set +e
  (
    set -e
    start_services "$kind"
    export QT_QPA_PLATFORM=offscreen PARLEY_REQUIRE_SERVICES=1
    "$ROOT/.venv/bin/python" -m pytest "$@"
  )
  rc=$?
  set -e
  [ "$rc" -eq 5 ] && return 0
  return "$rc"
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
    sound=""
    if [ "${1:-}" = "--sound" ]; then sound=${2:?--sound pulseaudio|tuned|pipewire}; shift 2; fi
    ensure_debs "${RUN_DEBS[@]}" "${TEST_DEBS[@]}"
    ensure_venv
    compile_app
    say "ruff and mypy --strict on app/"
    "$ROOT/.venv/bin/ruff" check app tests bench
    "$ROOT/.venv/bin/ruff" format --check app tests bench
    "$ROOT/.venv/bin/mypy" --strict app
    if [ -n "$sound" ]; then
      say "pytest on $sound (gnome-keyring on a private D-Bus, Qt offscreen)"
      test_lane "$sound" "$@"
    else
      # Everything on PulseAudio as it ships; then the tests that need sound (marker "sound":
      # playback, recording, talk mode) again on PipeWire.
      say "pytest on PulseAudio as it ships (gnome-keyring on a private D-Bus, Qt offscreen)"
      status=0
      test_lane pulseaudio "$@" || status=$?
      say "pytest -m sound on PipeWire"
      test_lane pipewire -m sound "$@" || status=$?
      exit "$status"
    fi
    ;;
  with-services)
    sound=tuned
    if [ "${1:-}" = "--sound" ]; then sound=${2:?--sound pulseaudio|tuned|pipewire}; shift 2; fi
    ensure_debs "${RUN_DEBS[@]}" "${TEST_DEBS[@]}"
    ensure_venv
    compile_app
    start_services "$sound"
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} PARLEY_REQUIRE_SERVICES=1 PATH="$ROOT/.venv/bin:$PATH"
    "$@"
    ;;
  *)
    say "usage: packaging/dev.sh run [parley args] | test [--sound S] [pytest args] | with-services [--sound S] CMD [ARGS]"; exit 2 ;;
esac
