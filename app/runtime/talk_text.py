"""Talk mode's failures in the window's words: a Realtime session that could not start or broke
off (``RealtimeFailure``, by its kind, the server's own words kept verbatim), and a microphone
that went away while listening (the listener's ``AudioDeviceError`` kinds ``mic_gone``,
``server_gone`` and ``listen_failed``). Called by ``app.runtime.error_text``; any thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.talk.realtime_wire import RealtimeFailure
from app.runtime.i18n import QT_TRANSLATE_NOOP

#: A Realtime failure's sentence by its kind ("refused" for a kind not listed).
REALTIME = {
    "bad_key": QT_TRANSLATE_NOOP("Errors", "The server refused the API key."),
    "unknown_model": QT_TRANSLATE_NOOP(
        "Errors", "The server does not know the realtime model {model}."
    ),
    "beta_shape": QT_TRANSLATE_NOOP(
        "Errors",
        "The server refused the session's shape (it wants the current Realtime API, without "
        "the beta header).",
    ),
    "rate_limited": QT_TRANSLATE_NOOP(
        "Errors", "The server's rate limit was reached: wait a moment and resume."
    ),
    "not_realtime": QT_TRANSLATE_NOOP(
        "Errors",
        "This server does not speak the Realtime API. Talk mode's Chat Completions engine "
        "works with it: turn Realtime off.",
    ),
    "lost": QT_TRANSLATE_NOOP("Errors", "The connection to the server was lost."),
    "network": QT_TRANSLATE_NOOP("Errors", "Could not reach the server for a realtime session."),
    "refused": QT_TRANSLATE_NOOP("Errors", "The server ended the realtime session."),
}

#: The listener's own failures, by the AudioDeviceError kind it reports.
LISTENING = {
    "mic_gone": QT_TRANSLATE_NOOP(
        "Errors",
        "The microphone “{name}” went away (unplugged or switched off); the sound server now "
        "offers “{now}”.",
    ),
    "server_gone": QT_TRANSLATE_NOOP(
        "Errors",
        "The sound server went away, and the microphone “{name}” with it (stopped or restarting).",
    ),
    "listen_failed": QT_TRANSLATE_NOOP("Errors", "Listening stopped: {reason}"),
}


def realtime_text(err: RealtimeFailure) -> str:
    """``err`` in the window's words; the server's own words (if any) follow in brackets, as on
    the command line."""
    source = REALTIME.get(err.kind, REALTIME["refused"])
    words = QCoreApplication.translate("Errors", source).replace("{model}", err.model)
    if err.detail and err.kind in ("refused", "network", "unknown_model"):
        return f"{words} ({err.detail})"
    return words
