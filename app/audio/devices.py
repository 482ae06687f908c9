"""Sound devices: listing them for the settings, finding one by name, and errors in user terms.

sounddevice (PortAudio) is imported lazily so that a machine without PortAudio still runs the
rest of Parley; every failure to reach a device becomes an ``AudioDeviceError`` whose message is
one sentence a user can act on.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Any, Literal

Direction = Literal["output", "input"]

#: Devices preferred when the system names no default, best first.
_PREFERRED = ("pipewire", "pulse", "default")


class AudioDeviceError(Exception):
    """No usable sound device, or a device that failed or vanished, in words for a user.

    ``kind`` and ``data`` say the same as data, for a window that words it in its own language
    (kinds: no_portaudio, query_failed, no_device, device_missing, device_failed, output_silent,
    mic_stopped, mic_gone, server_gone, listen_failed; data: direction, name, now, action,
    reason, seconds)."""

    def __init__(self, message: str, kind: str = "", **data: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.data = data


@dataclass(frozen=True)
class AudioDevice:
    index: int
    name: str
    host_api: str
    channels: int
    default_rate: int
    is_default: bool


def sd_module() -> ModuleType:
    """sounddevice, or AudioDeviceError when PortAudio is missing."""
    try:
        import sounddevice as module
    except OSError as exc:
        raise AudioDeviceError(
            "Sound is unavailable: the PortAudio library is not installed on this system.",
            "no_portaudio",
        ) from exc
    loaded: ModuleType = module
    return loaded


def refresh() -> None:
    """Forget PortAudio's cached device list (only while no stream is open)."""
    sd = sd_module()
    sd._terminate()
    sd._initialize()


def _devices(direction: Direction) -> list[AudioDevice]:
    sd = sd_module()
    try:
        raw: Any = sd.query_devices()
        apis: Any = sd.query_hostapis()
        default = sd.default.device[1 if direction == "output" else 0]
    except sd.PortAudioError as exc:
        raise AudioDeviceError(
            f"The sound system could not be queried ({exc}).", "query_failed", reason=str(exc)
        ) from exc
    key = "max_output_channels" if direction == "output" else "max_input_channels"
    found = []
    for info in raw:
        if info[key] <= 0:
            continue
        found.append(
            AudioDevice(
                index=int(info["index"]),
                name=str(info["name"]),
                host_api=str(apis[info["hostapi"]]["name"]),
                channels=int(info[key]),
                default_rate=int(info["default_samplerate"]),
                is_default=int(info["index"]) == default,
            )
        )
    return found


def output_devices() -> list[AudioDevice]:
    """Devices that can play, in PortAudio's order; ``is_default`` marks the system's choice."""
    return _devices("output")


def input_devices() -> list[AudioDevice]:
    """Devices that can record."""
    return _devices("input")


def find_device(name: str | None, direction: Direction) -> AudioDevice:
    """The device called ``name`` (exact, then case-insensitive, then a unique part of the name),
    or with ``name`` None the system default (else PipeWire, PulseAudio, ALSA's default, the first).
    """
    devices = _devices(direction)
    what = "audio output" if direction == "output" else "microphone (audio input)"
    if not devices:
        raise AudioDeviceError(
            f"No {what} device was found; check that a sound server or sound card is available.",
            "no_device",
            direction=direction,
        )
    if name is None or not name.strip():
        for dev in devices:
            if dev.is_default:
                return dev
        for preferred in _PREFERRED:
            for dev in devices:
                if dev.name == preferred:
                    return dev
        return devices[0]
    for match in (
        lambda d: d.name == name,
        lambda d: d.name.casefold() == name.casefold(),
        lambda d: name.casefold() in d.name.casefold(),
    ):
        hits = [d for d in devices if match(d)]
        if len(hits) == 1:
            return hits[0]
    raise AudioDeviceError(
        f"The {what} device “{name}” is not available; choose another one in Settings.",
        "device_missing",
        direction=direction,
        name=name,
    )


def device_error(exc: BaseException, device: AudioDevice | None, action: str) -> AudioDeviceError:
    """A PortAudio failure while ``action`` (say, "play sound") as a message for a user.

    PortAudio's own words stay in the exception's ``__cause__`` for logs.
    """
    where = f" on “{device.name}”" if device else ""
    return AudioDeviceError(
        f"Parley could not {action}{where}; check that the device is connected and the sound"
        " server is running.",
        "device_failed",
        action=action,
        name=device.name if device else "",
    )
