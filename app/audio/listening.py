"""The always-open microphone of talk mode: capture, echo cancellation, voice activity detection
and endpointing, in a thread of its own (no Qt here).

``Listener.start()`` opens a sounddevice input stream at 16 kHz (or the device's rate, resampled
with soxr) and a ``parley-listen`` thread. The audio callback only copies each block into a queue;
the thread cuts it into 10 ms frames and removes the echo of what Parley plays (``echo.FarEnd`` is
the reference; off with ``echo_cancelling = False``, for headphones). Silero VAD runs on the result
and on the microphone as it is; the latter counts where ``echo.EchoGate`` says the echo cannot
explain what is heard. The endpointer turns that into :data:`ListenEvent` objects, reported
through ``on_event`` (called from that thread: hand them over to your loop).

``on_voice(True)`` runs in the same thread on the first window that sounds like speech, so a
barge-in can silence the player without waiting for any event loop, and ``on_voice(False)`` when
that was not speech after all (a click, a cough). A microphone that stops delivering (the sound
server gone), or that the sound server replaced (unplugged: see ``source_watch``), is reported
once as :class:`ListenFailed`.
"""

from __future__ import annotations

import contextlib
import math
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from app.audio.devices import AudioDeviceError, device_error, find_device, sd_module
from app.audio.echo import FRAME, FRAME_RATE, EchoCanceller, EchoGate, FarEnd, Int16
from app.audio.source_watch import SourceWatch
from app.audio.vad import (
    Endpointer,
    EndpointSettings,
    SpeechCue,
    SpeechCueLost,
    SpeechDetector,
    SpeechDropped,
    SpeechEnd,
    SpeechStart,
)

#: A microphone that has not delivered yet may be waking up (PulseAudio's module-suspend-on-idle
#: suspends idle sources, and a suspended one takes a second or two to deliver): this long
#: (seconds) without its first block, and it is taken as gone.
WAKE_SECONDS = 6.0
#: Once sound has flowed, no audio for this long (seconds) means the microphone is gone. A monitor
#: of a rewinding sink delivers in bursts, with gaps of up to a second between them. (Unplugging
#: is noticed at once by ``SourceWatch``; this catches a device or server that went silent.)
STALL_SECONDS = 3.0


@dataclass(frozen=True)
class Utterance:
    """What the user said: 16 kHz int16 samples from the pre-roll to the tail, its seconds of
    speech, and when (perf_counter) its last speech window reached Parley."""

    samples: Int16
    speech: float
    ended_at: float

    @property
    def seconds(self) -> float:
        return self.samples.size / FRAME_RATE


@dataclass(frozen=True)
class HeardSpeech:
    """Speech began (perf_counter of the block that confirmed it)."""

    at: float


@dataclass(frozen=True)
class NotSpeech:
    """A short sound that was not an utterance (dropped, never sent)."""

    seconds: float


@dataclass(frozen=True)
class ListenFailed:
    """Listening ended: the microphone failed or went away. ``message`` is for the command line;
    ``error`` carries the same as data, for a window that words it in its own language."""

    message: str
    error: AudioDeviceError | None = None

    @classmethod
    def of(cls, error: AudioDeviceError) -> ListenFailed:
        return cls(str(error), error)


ListenEvent = Utterance | HeardSpeech | NotSpeech | ListenFailed


class Listener:
    """One open microphone for a talk session; ``start`` once, ``stop`` at the end."""

    def __init__(
        self,
        on_event: Callable[[ListenEvent], None],
        *,
        device: str | None = None,
        settings: EndpointSettings | None = None,
        echo_cancelling: bool = True,
        on_voice: Callable[[bool], None] | None = None,
    ) -> None:
        self.on_event = on_event
        self.on_voice = on_voice
        self.device = device
        self.far = FarEnd()
        self.echo_cancelling = echo_cancelling
        self.muted = False
        self._settings = settings or EndpointSettings()
        # (block, when it reached Parley, when its last sample was captured): perf_counter s
        self._queue: queue.SimpleQueue[tuple[Any, float, float]] = queue.SimpleQueue()
        self._stream: Any = None
        self._thread: threading.Thread | None = None
        self._quit = threading.Event()
        self._level = 0.0
        self._rate = FRAME_RATE
        self._device_name = "?"
        self._end_silence = self._settings.end_silence
        self._reset = threading.Event()
        self._gone: AudioDeviceError | None = None
        self._watch = SourceWatch(self._on_gone)
        #: Called once in the listening thread when the microphone delivers its first sound (a
        #: source waking from suspend takes a second or two: nothing said before is heard).
        self.on_live: Callable[[], None] | None = None
        #: Called in the listening thread with each 10 ms frame as the VAD got it (the echo
        #: removed while cancelling): what a streaming engine sends on.
        self.on_frame: Callable[[Int16], None] | None = None

    @property
    def level(self) -> float:
        """RMS (linear 0..1) of the latest 10 ms heard; 0 while muted or closed."""
        return 0.0 if self.muted or self._stream is None else self._level

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def set_end_silence(self, seconds: float) -> None:
        """The silence (seconds) that ends an utterance, from the next window on."""
        self._end_silence = seconds

    def discard(self) -> None:
        """Forget anything heard so far (an utterance under way is dropped)."""
        self._reset.set()

    def start(self) -> None:
        """Open the microphone (AudioDeviceError when there is none) and start listening."""
        sd = sd_module()
        device = find_device(self.device, "input")
        self._device_name = device.name
        try:
            sd.check_input_settings(
                device=device.index, samplerate=FRAME_RATE, channels=1, dtype="int16"
            )
            rate = FRAME_RATE
        except (sd.PortAudioError, ValueError):
            rate = device.default_rate
        self._rate = rate
        try:
            stream = sd.InputStream(
                samplerate=rate,
                blocksize=rate // 100,
                device=device.index,
                channels=1,
                dtype="int16",
                callback=self._callback,
            )
            stream.start()
        except (sd.PortAudioError, ValueError) as exc:
            raise device_error(exc, device, "listen to the microphone") from exc
        self._stream = stream
        self._gone = None
        self._watch.start()
        self._quit.clear()
        self._thread = threading.Thread(target=self._work, name="parley-listen", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Close the microphone and end the thread (safe to call twice, or after a failure)."""
        self._quit.set()
        self._watch.stop()
        stream, self._stream = self._stream, None
        if stream is not None:
            # Closing a stream whose sound server died can block (PortAudio's ALSA thread no
            # longer answers): close it in a thread of its own and wait a second at most.
            closer = threading.Thread(
                target=_close_stream, args=(stream,), name="parley-close-mic", daemon=True
            )
            closer.start()
            closer.join(1.0)
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(2.0)

    # ---- the audio thread ---------------------------------------------------------------------
    def _on_gone(self, error: AudioDeviceError) -> None:
        self._gone = error
        now = time.perf_counter()
        self._queue.put((np.zeros(0, dtype=np.int16), now, now))  # wake the thread

    def _callback(self, indata: Any, frames: int, when: Any, _status: Any) -> None:
        now = time.perf_counter()
        # When the block's last sample was captured, by PortAudio's own clock: a source that
        # delivers in bursts hands over blocks captured long before they arrive.
        behind = float(when.currentTime) - float(when.inputBufferAdcTime)
        behind = behind if 0.0 <= behind < 2.0 else frames / self._rate
        self._queue.put((indata[:, 0].copy(), now, now - behind + frames / self._rate))

    # ---- the listening thread -----------------------------------------------------------------
    def _work(self) -> None:
        try:
            self._listen()
        except Exception as exc:  # nothing may die silently: say it, once
            reason = str(exc) or type(exc).__name__
            error = AudioDeviceError(f"Listening stopped: {reason}", "listen_failed", reason=reason)
            self.on_event(ListenFailed.of(error))

    def _listen(self) -> None:
        import soxr

        raw_detector = SpeechDetector()  # the microphone as it is
        clean_detector = SpeechDetector()  # the microphone with the echo removed
        gate = EchoGate()
        endpointer = Endpointer(self._settings)
        canceller = EchoCanceller(self.far)
        resampler = (
            soxr.ResampleStream(self._rate, FRAME_RATE, 1, dtype="int16")
            if self._rate != FRAME_RATE
            else None
        )
        carry = np.zeros(0, dtype=np.int16)
        cancelling = False
        last_block = time.monotonic()
        patience = WAKE_SECONDS  # until the first block: the source may be waking up
        while not self._quit.is_set():
            try:
                block, arrived, captured = self._queue.get(timeout=0.2)
            except queue.Empty:
                if time.monotonic() - last_block > patience and not self._quit.is_set():
                    self._fail()
                    return
                continue
            last_block = time.monotonic()
            if block.size and patience != STALL_SECONDS:
                patience = STALL_SECONDS
                if self.on_live is not None:
                    self.on_live()
            if self._gone is not None:
                self.on_event(ListenFailed.of(self._gone))
                return
            if self._reset.is_set() or self.muted:
                self._reset.clear()
                endpointer.reset()
                raw_detector.reset()
                clean_detector.reset()
                carry = carry[:0]
                if self.muted:
                    continue
            if resampler is not None:
                block = resampler.resample_chunk(block)
            data = np.concatenate([carry, block]) if carry.size else block
            whole = data.size - data.size % FRAME
            for i in range(0, whole, FRAME):
                frame = data[i : i + FRAME]
                at = captured - (data.size - i) / FRAME_RATE  # when this frame began
                x = frame.astype(np.float32)
                self._level = math.sqrt(float(np.dot(x, x)) / FRAME) / 32768.0
                if endpointer.settings.end_silence != self._end_silence:
                    endpointer.set_end_silence(self._end_silence)
                if not self.echo_cancelling:
                    if self.on_frame is not None:
                        self.on_frame(frame)
                    for window, p in raw_detector.feed(frame):
                        self._endpoint(endpointer, endpointer.push(window, p), arrived)
                    continue
                far = self.far.frame(at)
                gate.frame(frame, far, user=endpointer.hearing)
                if not gate.far_active or gate.echo_free:  # no echo to cancel
                    cancelling = False
                    if self.on_frame is not None:
                        self.on_frame(frame)
                    for window, p in raw_detector.feed(frame):
                        self._endpoint(endpointer, endpointer.push(window, p), arrived)
                    continue
                if not cancelling:  # a reply begins: the canceller's half takes up again
                    cancelling = True
                    clean_detector.reset()
                    clean_detector.align(raw_detector)
                clean = canceller.process(frame, far)
                if self.on_frame is not None:
                    self.on_frame(clean)
                raw, cleaned = raw_detector.feed(frame), clean_detector.feed(clean)
                for (w_raw, p_raw), (w_clean, p_clean) in zip(raw, cleaned, strict=True):
                    # Speech the echo cannot explain counts as heard even where the canceller,
                    # still learning, holds it back.
                    if p_raw > p_clean and gate.unexplained(w_raw):
                        event = endpointer.push(w_raw, p_raw)
                    else:
                        event = endpointer.push(w_clean, p_clean)
                    self._endpoint(endpointer, event, arrived)
            carry = data[whole:].copy()

    def _endpoint(self, endpointer: Endpointer, event: object, arrived: float) -> None:
        voice = self.on_voice
        if isinstance(event, SpeechCue | SpeechCueLost):
            if voice is not None:
                voice(isinstance(event, SpeechCue))
        elif isinstance(event, SpeechStart):
            self.on_event(HeardSpeech(arrived))
        elif isinstance(event, SpeechEnd):
            ended_at = arrived - (endpointer.clock - event.last_speech_at)
            self.on_event(Utterance(event.samples, event.speech, ended_at))
        elif isinstance(event, SpeechDropped):
            if voice is not None:
                voice(False)
            self.on_event(NotSpeech(event.speech))

    def _fail(self) -> None:
        name = self._device_name
        message = (
            f"The microphone “{name}” stopped delivering sound"
            " (unplugged, or the sound server went away)."
        )
        self.on_event(ListenFailed.of(AudioDeviceError(message, "mic_stopped", name=name)))


def _close_stream(stream: Any) -> None:
    with contextlib.suppress(Exception):  # a vanished device may fail to close too
        stream.abort(ignore_errors=True)
        stream.close(ignore_errors=True)


__all__ = ["AudioDeviceError", "ListenEvent", "Listener", "Utterance"]
