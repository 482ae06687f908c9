#!/usr/bin/env bash
# A private sound server for Parley's tests and benches, with no sound card, in one of three
# flavours (the same sinks in each):
#   pulseaudio  PulseAudio as it ships: null sinks that rewind (no norewinds) and
#               module-suspend-on-idle, as a desktop's PulseAudio has
#   tuned       PulseAudio with null sinks made with norewinds=1 (clean monitors, no bursts)
#   pipewire    PipeWire + WirePlumber + pipewire-pulse (what most current desktops run); needs
#               a session D-Bus (DBUS_SESSION_BUS_ADDRESS)
# Sinks: parley_test_sink (the speaker, the default sink) and parley_mic (the microphone: tests
# play speech into it, and its monitor is the default source).
#
#   packaging/sound-server.sh start FLAVOUR   start it under $XDG_RUNTIME_DIR (private, 0700)
#   packaging/sound-server.sh stop            end the processes it started (by pid)
#   packaging/sound-server.sh kill            end them at once (SIGKILL), as a crash does
#   packaging/sound-server.sh pids            the pids that make up the server, one a line
#   packaging/sound-server.sh null-sink NAME  load one more null sink of the flavour's kind
# State lives in $XDG_RUNTIME_DIR/parley-sound/ (flavour, pids, logs).
set -euo pipefail

: "${XDG_RUNTIME_DIR:?XDG_RUNTIME_DIR must name a private folder}"
STATE="$XDG_RUNTIME_DIR/parley-sound"
SPEAKER=parley_test_sink
MIC=parley_mic

say() { printf 'parley-sound: %s\n' "$*" >&2; }

flavour() { cat "$STATE/flavour" 2>/dev/null || echo "${PARLEY_SOUND_SERVER:-tuned}"; }

null_sink_args() {  # NAME: the module arguments of a null sink in this flavour
  case "$(flavour)" in
    tuned) echo "sink_name=$1 rate=48000 norewinds=1" ;;
    # mono, as a microphone is: PipeWire's channel mixing makes a mono stream played into a
    # stereo sink 3 dB louder on its monitor read back as mono (PulseAudio gives it back exactly)
    pipewire) echo "sink_name=$1 rate=48000 channels=1 channel_map=mono" ;;
    *) echo "sink_name=$1 rate=48000" ;;
  esac
}

wait_for() {  # TRIES CMD...: run CMD every 0.1 s until it succeeds
  local tries=$1; shift
  for _ in $(seq "$tries"); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  return 1
}

has_source() { pactl list short sources | cut -f2 | grep -qx "$1"; }

start_pulseaudio() {  # MODULE ARGS...: extra modules
  export PULSE_RUNTIME_PATH="$XDG_RUNTIME_DIR/pulse"
  local load=(--load=module-native-protocol-unix)
  for m in "$@"; do load+=("--load=$m"); done
  pulseaudio -D -n --exit-idle-time=-1 --system=false --disallow-exit=false "${load[@]}" \
    2>"$STATE/pulse.log" || { cat "$STATE/pulse.log" >&2; say "could not start PulseAudio"; exit 1; }
  wait_for 50 pactl info || { say "PulseAudio does not answer"; exit 1; }
  cut -d' ' -f1 "$PULSE_RUNTIME_PATH/pid" >"$STATE/pids"
}

start_pipewire() {
  [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || { say "PipeWire needs a session D-Bus"; exit 1; }
  : >"$STATE/pids"
  pipewire >"$STATE/pipewire.log" 2>&1 &
  echo $! >>"$STATE/pids"
  wait_for 50 test -S "$XDG_RUNTIME_DIR/pipewire-0" || { say "PipeWire did not start"; exit 1; }
  wireplumber >"$STATE/wireplumber.log" 2>&1 &
  echo $! >>"$STATE/pids"
  pipewire-pulse >"$STATE/pipewire-pulse.log" 2>&1 &
  echo $! >>"$STATE/pids"
  wait_for 50 pactl info || { cat "$STATE"/*.log >&2; say "pipewire-pulse does not answer"; exit 1; }
  local sink
  for sink in "$SPEAKER" "$MIC"; do
    # (right after a restart the server may refuse for a moment)
    # shellcheck disable=SC2046
    wait_for 50 pactl load-module module-null-sink $(null_sink_args "$sink") ||
      { cat "$STATE"/*.log >&2; say "PipeWire would not make the $sink sink"; exit 1; }
  done
  # WirePlumber makes the nodes; the default can only be set once it has.
  wait_for 50 has_source "$MIC.monitor" || { say "PipeWire made no $MIC sink"; exit 1; }
}

start() {
  local kind=${1:?start pulseaudio|tuned|pipewire}
  mkdir -p "$STATE"
  echo "$kind" >"$STATE/flavour"
  unset PULSE_SERVER
  case "$kind" in
    tuned)
      start_pulseaudio "module-null-sink $(null_sink_args $SPEAKER)" \
        "module-null-sink $(null_sink_args $MIC)" module-always-sink ;;
    pulseaudio)
      start_pulseaudio "module-null-sink $(null_sink_args $SPEAKER)" \
        "module-null-sink $(null_sink_args $MIC)" module-always-sink module-suspend-on-idle ;;
    pipewire) start_pipewire ;;
    *) say "unknown sound server '$kind' (pulseaudio, tuned or pipewire)"; exit 2 ;;
  esac
  pactl set-default-sink "$SPEAKER"
  pactl set-default-source "$MIC.monitor"
}

alive() {  # PID: running (a zombie nobody reaped yet is not)
  [ -r "/proc/$1/stat" ] && ! grep -q '^[0-9]* (.*) Z' "/proc/$1/stat"
}

stop() {  # SIGNAL
  [ -f "$STATE/pids" ] || return 0
  local pid
  # shellcheck disable=SC2013
  for pid in $(tac "$STATE/pids"); do kill "-$1" "$pid" 2>/dev/null || true; done
  for pid in $(cat "$STATE/pids"); do
    for _ in $(seq 30); do alive "$pid" || break; sleep 0.1; done
  done
  rm -f "$STATE/pids" "$XDG_RUNTIME_DIR/pulse/pid"
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop TERM ;;
  kill) stop KILL ;;
  pids) cat "$STATE/pids" ;;
  null-sink) pactl load-module module-null-sink $(null_sink_args "${2:?null-sink NAME}") ;;
  *) say "usage: sound-server.sh start FLAVOUR | stop | kill | pids | null-sink NAME"; exit 2 ;;
esac
