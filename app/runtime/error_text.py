"""The window's sentence for an error from core, in the user's language.

Core raises typed errors carrying data (the host, the status, the server's own words); the
English sentences it also builds are for the command line. Here each kind becomes a translated
sentence (Qt's ``translate``, context "Errors"), with the server's own words kept verbatim and any
key redacted. An error of a kind not listed here keeps core's text. Any thread (no widgets).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from app.core import errors as e
from app.core.catalog import DEFAULT_MODEL, retirement
from app.core.events import ChatRequest, Notice
from app.core.protocol import UNREADABLE_EVENT, context_plan, left_out_note
from app.core.secrets import KeyringUnavailable


def error_text(err: BaseException) -> str:
    """What the window says about ``err``: a translated sentence for Parley's own errors."""
    if not isinstance(err, e.ParleyError):
        return str(err)
    text = _describe(err)
    return e.redact(text, err.secret) if text else err.user_message


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
    if isinstance(err, e.RequestTimeout):
        if err.seconds:
            return QCoreApplication.translate(
                "Errors", "The server at {host} did not answer within {seconds} s; try again later."
            ).format(host=err.host, seconds=f"{err.seconds:g}")
        return QCoreApplication.translate(
            "Errors", "The server at {host} did not answer; try again later."
        ).format(host=err.host)
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
    detail = err.server_message.strip().rstrip(".") or err.code or err.type or ""
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
        if words:
            text += " " + QCoreApplication.translate("Errors", "The server said: “{words}”").format(
                words=words
            )
        return text
    if isinstance(err, e.ModelNotFound):
        name = err._name()
        retired = retirement(name) if name else None
        if retired is not None:
            return QCoreApplication.translate(
                "Errors",
                "The model “{model}” is not available ({status}): OpenAI retired it on {date}. "
                "Choose {instead} instead.",
            ).format(model=name, status=status, date=retired.date, instead=retired.replacement)
        return QCoreApplication.translate(
            "Errors",
            "The model “{model}” does not exist on this endpoint or this key has no access to it "
            "({status}): {detail}. Choose another model, such as {default}.",
        ).format(model=name, status=status, detail=detail, default=DEFAULT_MODEL)
    if isinstance(err, e.AccessDenied):
        return QCoreApplication.translate(
            "Errors", "This API key has no access to the model {model}: {detail}."
        ).format(model=err.model or "", detail=detail)
    if isinstance(err, e.BadRequest):
        where = f" [{err.param}]" if err.param else ""
        return QCoreApplication.translate(
            "Errors", "The server refused the request{where}: {detail}."
        ).format(where=where, detail=detail)
    if isinstance(err, e.NotFound):
        return QCoreApplication.translate(
            "Errors", "Not found (HTTP 404): {detail}. Check the base URL and the model name."
        ).format(detail=detail)
    if isinstance(err, e.RateLimited):
        if err.code == "insufficient_quota":
            return QCoreApplication.translate(
                "Errors", "The account behind this key has run out of quota: {detail}."
            ).format(detail=detail)
        return QCoreApplication.translate(
            "Errors", "Rate limited by the server: {detail}. Wait a moment and try again."
        ).format(detail=detail)
    if isinstance(err, e.ServerError):
        return QCoreApplication.translate(
            "Errors", "The server had a problem ({status}): {detail}. Try again later."
        ).format(status=status, detail=detail)
    return QCoreApplication.translate(
        "Errors", "The server answered with an error ({status}): {detail}."
    ).format(status=status, detail=detail)


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
