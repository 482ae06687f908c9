"""Runtime hook: ``ctypes.util.find_library`` looks in the bundle first.

On Linux, sounddevice finds PortAudio with ``find_library("portaudio")``, which only asks the
system (``ldconfig``), so a bundled ``libportaudio.so.2`` would go unused and Parley would have no
sound where the system has no PortAudio. PyInstaller patches ``find_library`` on Windows only.
"""

from __future__ import annotations

import ctypes.util
import os
import sys

_system_find_library = ctypes.util.find_library


def _find_library(name: str) -> str | None:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and sys.platform.startswith("linux"):
        stem = f"lib{name}.so"
        for entry in sorted(os.listdir(bundle)):
            if entry == stem or entry.startswith(stem + "."):
                return os.path.join(bundle, entry)
    return _system_find_library(name)


ctypes.util.find_library = _find_library
