"""Noticing that the microphone went away on a PulseAudio (or PipeWire-Pulse) desktop, no Qt here.

When a microphone is unplugged the sound server quietly moves the streams reading it to another
source (often a speaker's monitor): PortAudio goes on delivering audio and cannot tell. The server
does announce it: ``pactl subscribe`` reports changes, and the default source is no longer the one
Parley opened. ``SourceWatch`` follows those announcements in one ``pactl`` process (no polling)
and calls ``on_gone`` once with an ``AudioDeviceError`` (kind ``mic_gone``; or ``server_gone``
when the server itself goes away: ``pactl subscribe`` ends, PipeWire or PulseAudio stopped or
restarting), worded for the command line, with the data a window words itself. Where there is
no ``pactl`` (Windows, macOS, ALSA only) it does nothing; the listener's own check (no audio for
a few seconds) still catches a dead device.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import threading
from collections.abc import Callable

from app.audio.devices import AudioDeviceError


def _default_source() -> str | None:
    try:
        done = subprocess.run(
            ["pactl", "get-default-source"], check=False, capture_output=True, text=True, timeout=3
        )
    except (OSError, subprocess.SubprocessError):
        return None
    name = done.stdout.strip()
    return name if done.returncode == 0 and name else None


class SourceWatch:
    """Watches the default source from ``start`` to ``stop``."""

    def __init__(self, on_gone: Callable[[AudioDeviceError], None]) -> None:
        self.on_gone = on_gone
        self.source: str | None = None
        self._proc: subprocess.Popen[str] | None = None
        self._thread: threading.Thread | None = None
        self._stopped = threading.Event()

    def start(self) -> bool:
        """Begin watching; False where the sound server cannot be asked."""
        if shutil.which("pactl") is None:
            return False
        self.source = _default_source()
        if self.source is None:
            return False
        try:
            self._proc = subprocess.Popen(
                ["pactl", "subscribe"],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                stdin=subprocess.DEVNULL,
                text=True,
            )
        except OSError:
            return False
        self._stopped.clear()
        self._thread = threading.Thread(target=self._follow, name="parley-source", daemon=True)
        self._thread.start()
        return True

    def stop(self) -> None:
        self._stopped.set()
        proc, self._proc = self._proc, None
        if proc is not None:
            with contextlib.suppress(OSError):
                proc.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(2)
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(2)

    def _follow(self) -> None:
        proc = self._proc
        if proc is None or proc.stdout is None:
            return
        for line in proc.stdout:
            if self._stopped.is_set():
                return
            if " on source " not in line and " on server " not in line:
                continue
            now = _default_source()
            if now is not None and now != self.source and not self._stopped.is_set():
                self._stopped.set()
                self.on_gone(
                    AudioDeviceError(
                        f"The microphone “{self.source}” went away (unplugged or switched off);"
                        f" the sound server now offers “{now}”.",
                        "mic_gone",
                        name=self.source or "?",
                        now=now,
                    )
                )
                return
        # pactl's connection ended without ``stop``: the sound server went away (stopped,
        # crashed, restarting).
        if not self._stopped.is_set():
            self._stopped.set()
            self.on_gone(
                AudioDeviceError(
                    f"The sound server went away, and the microphone “{self.source}” with it"
                    " (stopped or restarting).",
                    "server_gone",
                    name=self.source or "?",
                )
            )
