"""The window's sentence for an error from core, in the user's language.

Core raises typed errors carrying data (the host, the status, the server's own words); the
English sentences it also builds are for the command line. Here each kind becomes a translated
sentence (Qt's ``translate``, context "Errors"), with the server's own words kept verbatim and any
key redacted. An error of a kind not listed here keeps core's text. Any thread (no widgets).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from app.core import errors as e
from app.core.catalog import DEFAULT_MODEL, retirement
from app.core.secrets import KeyringUnavailable
from app.runtime.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.audio.devices import AudioDeviceError
    from app.core.events import ChatRequest, Notice

#: A timeout's sentences by what the server did not do (core.errors.RequestTimeout's phase):
#: with the time limit, and without.
TIMEOUTS = {
    "answer": (
        QT_TRANSLATE_NOOP(
            "Errors", "The server at {host} did not answer within {seconds} s; try again later."
        ),
        QT_TRANSLATE_NOOP("Errors", "The server at {host} did not answer; try again later."),
    ),
    "send the whole reply": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The server at {host} did not send the whole reply within {seconds} s; try again "
            "later.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "The server at {host} did not send the whole reply; try again later."
        ),
    ),
    "accept a connection": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The server at {host} did not accept a connection within {seconds} s; try again later.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "The server at {host} did not accept a connection; try again later."
        ),
    ),
}


def error_text(err: BaseException) -> str:
    """What the window says about ``err``: a translated sentence for Parley's own errors."""
    from app.audio.devices import AudioDeviceError  # light: PortAudio loads when first used

    if isinstance(err, AudioDeviceError):
        return _device(err) or str(err)
    if not isinstance(err, e.ParleyError):
        from app.runtime.file_text import file_error_text  # saves, reads, the system's errors

        return file_error_text(err)
    from app.core.talk.realtime_wire import RealtimeFailure
    from app.runtime.server_text import with_hint

    text = _describe(err)
    if isinstance(err, RealtimeFailure):  # talk mode's Realtime engine
        from app.runtime.talk_text import realtime_text

        text = realtime_text(err)
    return with_hint(err, e.redact(text, err.secret) if text else err.user_message)


def _describe(err: e.ParleyError) -> str:
    if isinstance(err, e.ApiError):
        return _api(err)
    if isinstance(err, e.InsecureEndpoint):
        return QCoreApplication.translate(
            "Errors",
            "Parley will not send your API key over plain http to {host}: use an https:// "
            "address (plain http is only allowed for this computer).",
        ).format(host=err.host)
    if isinstance(err, e.NetworkError):
        return QCoreApplication.translate(
            "Errors", "Cannot reach {host}: {reason}. Check your network and the base URL."
        ).format(host=err.host, reason=err.reason)
    if isinstance(err, e.RequestTimeout) and err.phase in TIMEOUTS:
        within, plain = TIMEOUTS[err.phase]
        text = QCoreApplication.translate("Errors", within if err.seconds else plain)
        return text.format(host=err.host, seconds=f"{err.seconds or 0:g}")
    if isinstance(err, e.MalformedResponse):
        return QCoreApplication.translate(
            "Errors", "The server sent a reply Parley cannot read: {what}."
        ).format(what=err.what)
    if isinstance(err, e.StreamCut):
        partial = err.partial
        if partial is not None and partial.audio:
            return QCoreApplication.translate(
                "Errors", "The reply was cut off after {seconds} s of audio: {reason}."
            ).format(seconds=f"{partial.duration():.1f}", reason=err.reason)
        if partial is not None and partial.transcript:
            return QCoreApplication.translate(
                "Errors", "The reply was cut off after a part of the transcript: {reason}."
            ).format(reason=err.reason)
        return QCoreApplication.translate("Errors", "The reply was cut off: {reason}.").format(
            reason=err.reason
        )
    if isinstance(err, KeyringUnavailable):
        return QCoreApplication.translate(
            "Errors",
            "Parley cannot keep the key in the system keyring ({reason}); it can use the key "
            "for this session only.",
        ).format(reason=err.reason)
    return ""


def _api(err: e.ApiError) -> str:
    detail = err.server_message.strip().rstrip(".") or err.code or err.type
    detail = detail or QCoreApplication.translate("Errors", "no details given")
    status = (
        f"HTTP {err.status}" if err.status else QCoreApplication.translate("Errors", "in the reply")
    )
    if isinstance(err, e.AuthError):
        text = QCoreApplication.translate(
            "Errors",
            "The server did not accept the API key (HTTP 401): check the key set for this "
            "endpoint.",
        )
        words = err.server_message.strip()
        if not words:
            return text
        if words.startswith(e._OPENAI_401):
            said = QCoreApplication.translate("Errors", "The server said: “{words}”.")
        else:
            said = QCoreApplication.translate(
                "Errors",
                "The server said: “{words}” (behind a gateway, this may be about the gateway's "
                "own key upstream).",
            )
        return f"{text} {_fill(said, words=words)}"
    if isinstance(err, e.ModelNotFound):
        name = err._name()
        retired = retirement(name) if name else None
        if retired is not None and retired.replacement != DEFAULT_MODEL:
            text = QCoreApplication.translate(
                "Errors",
                "The model '{model}' is not available ({status}): OpenAI retired it on {date}. "
                "Choose {default} (or {instead}) instead.",
            )
        elif retired is not None:
            text = QCoreApplication.translate(
                "Errors",
                "The model '{model}' is not available ({status}): OpenAI retired it on {date}. "
                "Choose {default} instead.",
            )
        else:
            text = QCoreApplication.translate(
                "Errors",
                "The model '{model}' does not exist on this endpoint or this key has no access "
                "to it ({status}): {detail}. Choose another model, such as {default}.",
            )
        date, instead = (retired.date, retired.replacement) if retired else ("", "")
        return _fill(
            text,
            model=name,
            status=status,
            date=date,
            instead=instead,
            default=DEFAULT_MODEL,
            detail=detail,
        )
    if isinstance(err, e.AccessDenied):
        if err.model:
            text = QCoreApplication.translate(
                "Errors", "This API key has no access to the model '{model}': {detail}."
            )
        else:
            text = QCoreApplication.translate(
                "Errors", "This API key has no access to the model: {detail}."
            )
        return _fill(text, model=err.model or "", detail=detail)
    if isinstance(err, e.BadRequest):
        where = f" [{err.param}]" if err.param else ""
        text = QCoreApplication.translate(
            "Errors", "The server refused the request{where}: {detail}."
        )
        return _fill(text, where=where, detail=detail)
    if isinstance(err, e.NotFound):
        text = QCoreApplication.translate(
            "Errors", "Not found (HTTP 404): {detail}. Check the base URL and the model name."
        )
    elif isinstance(err, e.RateLimited) and err.code == "insufficient_quota":
        text = QCoreApplication.translate(
            "Errors", "The account behind this key has run out of quota: {detail}."
        )
    elif isinstance(err, e.RateLimited):
        text = QCoreApplication.translate(
            "Errors", "Rate limited by the server: {detail}. Wait a moment and try again."
        )
    elif isinstance(err, e.ServerError):
        text = QCoreApplication.translate(
            "Errors", "The server had a problem ({status}): {detail}. Try again later."
        )
    else:
        text = QCoreApplication.translate(
            "Errors", "The server answered with an error ({status}): {detail}."
        )
    # The server's own words go in last and verbatim (braces in them are not placeholders).
    return _fill(text, status=status, detail=detail)


def _fill(text: str, **values: str) -> str:
    """``text`` with its {name} placeholders filled in (a placeholder a translation left out is
    no error; braces in a server's words are not placeholders)."""
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text


#: What a device failed to do (app.audio.devices.device_error's action), with and without the
#: device's name.
DEVICE_FAILED = {
    "play sound": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Parley could not play sound on “{name}”; check that the device is connected and "
            "the sound server is running.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Parley could not play sound; check that the device is connected and the sound "
            "server is running.",
        ),
    ),
    "listen to the microphone": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Parley could not listen to the microphone on “{name}”; check that the device is "
            "connected and the sound server is running.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Parley could not listen to the microphone; check that the device is connected and "
            "the sound server is running.",
        ),
    ),
    "record from the microphone": (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Parley could not record from the microphone on “{name}”; check that the device is "
            "connected and the sound server is running.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Parley could not record from the microphone; check that the device is connected "
            "and the sound server is running.",
        ),
    ),
}


def _device(err: AudioDeviceError) -> str:
    """A sound device's failure in the window's words ("" for a kind not known here)."""
    kind, data = err.kind, err.data
    name, output = data.get("name", ""), data.get("direction") == "output"
    if kind == "no_portaudio":
        text = QCoreApplication.translate(
            "Errors", "Sound is unavailable: the PortAudio library is not installed on this system."
        )
    elif kind == "query_failed":
        text = QCoreApplication.translate(
            "Errors", "The sound system could not be queried ({reason})."
        )
    elif kind == "no_device" and output:
        text = QCoreApplication.translate(
            "Errors",
            "No audio output device was found; check that a sound server or sound card is "
            "available.",
        )
    elif kind == "no_device":
        text = QCoreApplication.translate(
            "Errors",
            "No microphone (audio input) device was found; check that a sound server or sound "
            "card is available.",
        )
    elif kind == "device_missing" and output:
        text = QCoreApplication.translate(
            "Errors",
            "The audio output device “{name}” is not available; choose another one in Settings.",
        )
    elif kind == "device_missing":
        text = QCoreApplication.translate(
            "Errors",
            "The microphone (audio input) device “{name}” is not available; choose another one "
            "in Settings.",
        )
    elif kind == "device_failed" and data.get("action") in DEVICE_FAILED:
        named, unnamed = DEVICE_FAILED[data["action"]]
        text = QCoreApplication.translate("Errors", named if name else unnamed)
    elif kind == "output_silent":
        text = QCoreApplication.translate(
            "Errors",
            "The audio output device “{name}” has not answered for {seconds} seconds; playback "
            "is paused where it was. Press Play to go on.",
        )
    elif kind == "mic_stopped":
        text = QCoreApplication.translate(
            "Errors", "The microphone “{name}” stopped delivering sound."
        )
    else:
        from app.runtime.talk_text import LISTENING

        if kind not in LISTENING:
            return ""
        text = QCoreApplication.translate("Errors", LISTENING[kind])
    return _fill(text, **data)


class _Words(QObject):
    """Plural forms for the functions here (lupdate reads a plural form only from a tr())."""

    def left_out(self, left: int, budget: str) -> str:
        return self.tr(
            "%n earlier turn(s) left out to keep within the context budget of {budget} tokens.",
            "",
            left,
        ).format(budget=budget)


def notice_text(notice: Notice, request: ChatRequest | None = None) -> str:
    """The window's sentence for a Notice about a reply (how it was asked for, what was left
    out); core's words, as a sentence, for one not listed here."""
    from app.core.protocol import UNREADABLE_EVENT, context_plan, left_out_note  # not at start-up

    asked = notice.asked
    if asked is not None and asked.stream:
        return QCoreApplication.translate(
            "Errors",
            "This endpoint sends {model}'s replies streamed only: asked for a streamed reply "
            "(remembered for this endpoint).",
        ).format(model=asked.model)
    if asked is not None:
        return QCoreApplication.translate(
            "Errors",
            "This model sends whole replies ({model}): asked for the whole reply in {format} "
            "(remembered for this endpoint).",
        ).format(model=asked.model, format=asked.format)
    if request is not None and notice.message == left_out_note(request):
        left = context_plan(request).left_out
        return _Words().left_out(left, f"{request.context_budget:,}")
    if notice.message == UNREADABLE_EVENT:
        return QCoreApplication.translate(
            "Errors", "Skipped an unreadable event from the server; the reply may have a gap."
        )
    text = notice.message
    return text[:1].upper() + text[1:] + "."
