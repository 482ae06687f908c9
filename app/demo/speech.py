"""Real offline speech for the demo server: espeak-ng (from the espeakng-loader wheel) via ctypes.

espeak-ng keeps global state and is not thread-safe, so every call into it holds one lock. It
synthesizes in ``AUDIO_OUTPUT_SYNCHRONOUS`` mode: ``espeak_Synth`` returns when the text is spoken
and the samples (22 050 Hz, s16) came through the callback; they are resampled to the API's 24 kHz.
Each of the 13 API voices is an espeak voice + variant + pitch, so they sound audibly different.
Results are kept in a small LRU cache keyed by (voice, text).
"""

from __future__ import annotations

import ctypes
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Final

import numpy as np

from app.audio.codecs import Samples, pcm16_to_float, resample
from app.core.catalog import PCM16_RATE

_AUDIO_OUTPUT_SYNCHRONOUS: Final = 2
_POS_CHARACTER: Final = 1
_CHARS_UTF8: Final = 1
_RATE, _VOLUME, _PITCH, _RANGE = 1, 2, 3, 4


@dataclass(frozen=True)
class VoiceSpec:
    """How one API voice is spoken: espeak voice name (``lang+variant``), pitch, range, speed."""

    espeak: str
    pitch: int  # 0-100, 50 = normal
    range: int  # 0-100, 50 = normal
    rate: int  # words per minute


#: The API's voices (app.core.catalog.VOICES) as espeak voices; low voices to high ones.
VOICE_SPECS: Final[dict[str, VoiceSpec]] = {
    "onyx": VoiceSpec("en-us+m7", 20, 40, 165),
    "cedar": VoiceSpec("en-us+m6", 28, 45, 170),
    "echo": VoiceSpec("en-us+m4", 34, 50, 175),
    "ash": VoiceSpec("en-us+m1", 40, 55, 180),
    "ballad": VoiceSpec("en-gb-x-gbclan+m2", 44, 70, 160),
    "verse": VoiceSpec("en-gb-scotland+m5", 47, 60, 170),
    "fable": VoiceSpec("en-gb-x-rp+m3", 52, 60, 170),
    "alloy": VoiceSpec("en-us+m3", 55, 50, 175),
    "sage": VoiceSpec("en-029+f4", 58, 45, 165),
    "coral": VoiceSpec("en-us+f2", 62, 60, 180),
    "marin": VoiceSpec("en-us+f1", 66, 55, 175),
    "nova": VoiceSpec("en-us+f3", 72, 60, 185),
    "shimmer": VoiceSpec("en-us+f5", 80, 65, 175),
}
#: Custom voice ids (``{"id": "voice_..."}``) the demo knows, as espeak voices.
CUSTOM_VOICE_SPECS: Final[dict[str, VoiceSpec]] = {
    "voice_parley_demo": VoiceSpec("en-us+klatt", 50, 50, 170),
}


class SpeechError(Exception):
    """espeak-ng could not be loaded or failed to speak."""


class _EspeakEvent(ctypes.Structure):
    _fields_ = [  # the layout of espeak_EVENT in speak_lib.h
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", ctypes.c_void_p),
    ]


_CALLBACK = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_EspeakEvent)
)


class _Espeak:
    """The loaded library; one per process (espeak_Initialize may only run once)."""

    def __init__(self) -> None:
        try:
            import espeakng_loader

            lib = ctypes.CDLL(espeakng_loader.get_library_path())
            data_path = str(espeakng_loader.get_data_path())
        except (ImportError, OSError, RuntimeError) as exc:
            raise SpeechError(f"the espeak-ng speech synthesizer is not available: {exc}") from exc
        lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        lib.espeak_Initialize.restype = ctypes.c_int
        lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        lib.espeak_SetVoiceByName.restype = ctypes.c_int
        lib.espeak_SetParameter.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        lib.espeak_SetParameter.restype = ctypes.c_int
        lib.espeak_Synth.argtypes = [
            ctypes.c_void_p,
            ctypes.c_size_t,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        lib.espeak_Synth.restype = ctypes.c_int
        rate = lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, data_path.encode(), 0)
        if rate <= 0:
            raise SpeechError(f"espeak-ng could not start (data in {data_path})")
        self.rate: int = rate
        self._lib: Any = lib
        self._pieces: list[bytes] = []
        self._callback = _CALLBACK(self._collect)  # kept referenced: C holds the pointer
        lib.espeak_SetSynthCallback(self._callback)

    def _collect(self, wav: Any, count: int, _events: Any) -> int:
        if wav and count > 0:
            self._pieces.append(ctypes.string_at(wav, count * 2))
        return 0

    def speak(self, spec: VoiceSpec, text: str) -> bytes:
        """s16le samples at ``self.rate`` (caller holds the lock)."""
        if self._lib.espeak_SetVoiceByName(spec.espeak.encode()) != 0:
            raise SpeechError(f"espeak-ng has no voice {spec.espeak!r}")
        for param, value in ((_RATE, spec.rate), (_PITCH, spec.pitch), (_RANGE, spec.range)):
            self._lib.espeak_SetParameter(param, value, 0)
        self._lib.espeak_SetParameter(_VOLUME, 100, 0)
        data = text.encode("utf-8") + b"\0"
        self._pieces = []
        lib = self._lib
        status = lib.espeak_Synth(data, len(data), 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None)
        if status != 0:
            raise SpeechError(f"espeak-ng failed to speak (error {status})")
        out = b"".join(self._pieces)
        self._pieces = []
        return out


class Synthesizer:
    """Text to 24 kHz mono float32 speech in one of the API's voices, cached per (voice, text)."""

    def __init__(self, cache_size: int = 64) -> None:
        self._cache: OrderedDict[tuple[str, str], Samples] = OrderedDict()
        self._cache_size = cache_size
        self._cache_lock = threading.Lock()

    @staticmethod
    def knows(voice: str) -> bool:
        return voice in VOICE_SPECS or voice in CUSTOM_VOICE_SPECS

    def speak(self, voice: str, text: str) -> Samples:
        """The spoken text at 24 kHz; raises SpeechError for an unknown voice or a failure."""
        key = (voice, text)
        with self._cache_lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                return hit
        spec = VOICE_SPECS.get(voice) or CUSTOM_VOICE_SPECS.get(voice)
        if spec is None:
            raise SpeechError(f"no demo voice called {voice!r}")
        with _ENGINE_LOCK:
            engine = _engine()
            raw = engine.speak(spec, text)
            rate = engine.rate
        samples = resample(pcm16_to_float(raw), rate, PCM16_RATE)
        samples.setflags(write=False)
        with self._cache_lock:
            self._cache[key] = samples
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return samples

    def speak_repeated(self, voice: str, text: str, times: int) -> Samples:
        """``text`` said ``times`` times in a row, cheaply: one synthesis, tiled."""
        once = self.speak(voice, text)
        if times <= 1:
            return once
        gap = np.zeros(int(0.25 * PCM16_RATE), dtype=np.float32)
        return np.tile(np.concatenate([once, gap]), times)[: -len(gap)]


_ENGINE_LOCK = threading.Lock()
_ENGINE: _Espeak | None = None


def _engine() -> _Espeak:
    global _ENGINE  # noqa: PLW0603 - espeak-ng is process-global; so is its wrapper
    if _ENGINE is None:
        _ENGINE = _Espeak()
    return _ENGINE
