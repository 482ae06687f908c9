"""Playback speed with the pitch kept: time stretch by Rubber Band (through Spotify's
pedalboard, whose wheels carry the library). 1.5x plays a clip in two thirds of the time at the
same pitch. Blocking and CPU-bound (about 40 ms per second of audio at high quality): call it
from a worker thread. numpy and pedalboard load on the first stretch, not with the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Samples = npt.NDArray[np.float32]

MIN_SPEED = 0.5
MAX_SPEED = 2.0
#: The speeds offered in menus.
SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)


def clamp_speed(speed: float) -> float:
    return min(MAX_SPEED, max(MIN_SPEED, float(speed)))


def is_normal(speed: float) -> bool:
    return abs(speed - 1.0) < 1e-3


def time_stretch(samples: Samples, rate: int, speed: float) -> Samples:
    """Mono ``samples`` played ``speed`` times as fast, the pitch unchanged."""
    speed = clamp_speed(speed)
    if is_normal(speed) or len(samples) == 0:
        return samples
    import numpy as np
    from pedalboard import time_stretch as rubberband

    block = np.ascontiguousarray(samples, dtype=np.float32)[None, :]
    out = rubberband(block, float(rate), stretch_factor=speed, high_quality=True)
    stretched: Samples = np.ascontiguousarray(out[0], dtype=np.float32)
    return stretched
