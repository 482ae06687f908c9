"""Microphone capture into 24 kHz mono, with a live level for a meter (no Qt here).

``Recorder.start()`` opens a sounddevice input stream (at 24 kHz when the device takes it, else
at its own rate, resampled with soxr at the end); ``level`` and ``elapsed`` can be polled from
any thread while it runs; ``stop()`` returns 16-bit WAV bytes ready to send as ``input_audio``.
Recording stops by itself at ``max_seconds`` and says so in ``limit_reached``. The audio callback
only copies the block it is given and updates two numbers.
"""

from __future__ import annotations

import math
import threading
from typing import Any

import numpy as np

from app.audio.codecs import Decoded, Samples, encode, resample
from app.audio.devices import AudioDevice, AudioDeviceError, device_error, find_device, sd_module
from app.audio.formats import PCM16_RATE

__all__ = ["AudioDeviceError", "Recorder"]


class Recorder:
    """One recording at a time; ``start`` again after ``stop`` for the next one."""

    def __init__(
        self,
        device: str | None = None,
        *,
        max_seconds: float = 300.0,
        rate: int = PCM16_RATE,
        capture_rate: int | None = None,
    ) -> None:
        self.device = device
        self.max_seconds = max_seconds
        self.rate = rate
        self.capture_rate = capture_rate  # force the device rate (None: ``rate`` if taken)
        self._lock = threading.Lock()
        self._stream: Any = None
        self._device: AudioDevice | None = None
        self._chunks: list[Samples] = []
        self._frames = 0
        self._max_frames = 0
        self._stream_rate = rate
        self._level = (0.0, 0.0)
        self._limit = False
        self._stop_exc: type[BaseException] = Exception

    @property
    def recording(self) -> bool:
        """Capturing now (false once stopped, failed or at the length limit)."""
        stream = self._stream
        return stream is not None and bool(stream.active)

    @property
    def limit_reached(self) -> bool:
        """The recording stopped by itself at ``max_seconds``."""
        return self._limit

    @property
    def elapsed(self) -> float:
        """Seconds captured so far."""
        return self._frames / self._stream_rate

    @property
    def level(self) -> tuple[float, float]:
        """(RMS, peak) of the latest block, linear 0..1: the meter's reading."""
        return self._level if self.recording else (0.0, 0.0)

    @property
    def error(self) -> AudioDeviceError | None:
        """Set when the device stopped delivering sound before ``stop`` or the limit."""
        stream = self._stream
        if stream is None or stream.active or self._limit:
            return None
        name = self._device.name if self._device else "?"
        return AudioDeviceError(
            f"The microphone “{name}” stopped delivering sound.", "mic_stopped", name=name
        )

    def start(self) -> None:
        """Open the microphone and start capturing (AudioDeviceError when there is none)."""
        sd = sd_module()
        with self._lock:
            if self._stream is not None:
                raise RuntimeError("already recording")
            device = find_device(self.device, "input")
            rate = self.capture_rate or self._pick_rate(sd, device)
            self._chunks, self._frames, self._limit = [], 0, False
            self._stream_rate = rate
            self._max_frames = max(1, math.ceil(self.max_seconds * rate))
            self._level = (0.0, 0.0)
            self._stop_exc = sd.CallbackStop
            try:
                stream = sd.InputStream(
                    samplerate=rate,
                    blocksize=max(64, rate // 50),
                    device=device.index,
                    channels=1,
                    dtype="float32",
                    callback=self._callback,
                )
                stream.start()
            except (sd.PortAudioError, ValueError) as exc:
                raise device_error(exc, device, "record from the microphone") from exc
            self._stream, self._device = stream, device

    def stop(self) -> bytes:
        """Stop and return the recording as WAV bytes (``rate`` Hz, mono, 16-bit)."""
        clip = self.stop_samples()
        return encode(clip.samples, clip.rate, "wav")

    def stop_samples(self) -> Decoded:
        """Stop and return the recording as float32 samples at ``rate``."""
        with self._lock:
            stream, self._stream = self._stream, None
            if stream is not None:
                try:
                    stream.stop(ignore_errors=True)
                    stream.close(ignore_errors=True)
                except Exception:  # a vanished device: keep what was captured
                    pass
            chunks, self._chunks = self._chunks, []
        samples = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.float32)
        return Decoded(resample(samples, self._stream_rate, self.rate), self.rate)

    def cancel(self) -> None:
        """Stop and throw the recording away."""
        self.stop_samples()

    def _pick_rate(self, sd: Any, device: AudioDevice) -> int:
        try:
            sd.check_input_settings(device=device.index, samplerate=self.rate, channels=1)
        except (sd.PortAudioError, ValueError):
            return device.default_rate
        return self.rate

    def _callback(self, indata: Any, frames: int, _time: Any, _status: Any) -> None:
        """The audio thread: keep a copy of the block, update the level."""
        room = self._max_frames - self._frames
        block = indata[: max(0, room), 0]
        if block.size:
            self._chunks.append(block.copy())
            self._frames += block.size
            loud = math.sqrt(float(np.dot(block, block)) / block.size)
            self._level = (loud, max(float(block.max()), -float(block.min())))
        if self._frames >= self._max_frames:
            self._limit = True
            raise self._stop_exc
