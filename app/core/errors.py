"""Typed errors of the chat core, each with a ``user_message`` in the user's terms.

Every error's text is built by Parley, never copied from an HTTP library, and is passed through
:func:`redact` so that an API key can never reach a message, a log line or a traceback.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from app.core.catalog import DEFAULT_MODEL, retirement

if TYPE_CHECKING:
    from app.core.reply import Reply

_MASKED = re.compile(r"\S*\*{4,}\S*")


def redact(text: str, *secrets: str | None) -> str:
    """``text`` with every secret, and the half-masked keys servers echo back
    (``sk-abcd****wxyz``), blanked out."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "[key hidden]")
            if len(secret) >= 16:
                text = text.replace(secret[:8], "[key hidden]")
    return _MASKED.sub("[key hidden]", text)


class ParleyError(Exception):
    """Base of the core's errors. ``partial`` holds what arrived before a reply broke off.

    Subclasses describe themselves in ``_describe``; ``user_message`` and ``str()`` are that text
    with any key redacted (``secret`` is set by the client that raised the error).
    """

    def __init__(self, message: str = "", *, partial: Reply | None = None) -> None:
        super().__init__()  # no args: the text is built on demand, redacted
        self.message = message
        self.partial = partial
        self.secret: str | None = None

    def _describe(self) -> str:
        return self.message

    @property
    def user_message(self) -> str:
        return redact(self._describe(), self.secret)

    def __str__(self) -> str:
        return self.user_message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.user_message!r})"

    def attach_partial(self, partial: Reply) -> None:
        """Keep what arrived before the failure (the client does this for a broken reply)."""
        self.partial = partial


class InsecureEndpoint(ParleyError):
    """The key would travel over plain http to a host that is not this machine."""

    def __init__(self, host: str) -> None:
        super().__init__(
            f"Parley will not send your API key over plain http to {host}: "
            "use an https:// address (plain http is only allowed for this computer)."
        )
        self.host = host


class InvalidEndpoint(ParleyError):
    """The base URL is not an http(s) address (``port``: the out-of-range port it names)."""

    def __init__(self, url: str, *, port: int | None = None) -> None:
        why = f"port {port} is not between 1 and 65535" if port is not None else "give an address"
        if port is not None:
            why += "; give an address"
        super().__init__(
            f"'{redact_userinfo(url)}' is not a usable base URL: {why} such as "
            "https://api.openai.com/v1."
        )
        self.port = port


class CredentialsInEndpoint(InvalidEndpoint):
    """The base URL carries ``user:password@``: Parley would send them instead of the API key
    (HTTP Basic auth), so it refuses; the password is never repeated."""

    def __init__(self, host: str) -> None:
        ParleyError.__init__(
            self,
            f"The base URL for {host} holds a user name or password (user:password@): Parley "
            "does not send those; remove them and keep the key in Parley's settings or "
            "OPENAI_API_KEY.",
        )
        self.host = host
        self.port = None


def redact_userinfo(url: str) -> str:
    """``url`` with any ``user:password@`` part blanked."""
    return re.sub(r"(?<=//)[^/@]*@", "[hidden]@", url)


class NetworkError(ParleyError):
    """The server could not be reached, or the connection broke before a reply began."""

    def __init__(self, host: str, reason: str) -> None:
        super().__init__(f"Cannot reach {host}: {reason}. Check your network and the base URL.")
        self.host = host
        self.reason = reason


class RequestTimeout(ParleyError):
    """No answer within the time limit (after the retries)."""

    def __init__(
        self,
        host: str,
        seconds: float | None,
        phase: str = "answer",
        *,
        tries: int = 1,
        waited: float = 0.0,
    ) -> None:
        limit = f" within {seconds:g} s" if seconds else ""
        if tries > 1:
            limit += f" ({tries} tries, {waited:.0f} s in all)"
        super().__init__(f"The server at {host} did not {phase}{limit}; try again later.")
        self.host = host
        self.seconds = seconds
        self.phase = phase
        #: How many times the request was sent, and the seconds spent waiting in all.
        self.tries = tries
        self.waited = waited


class MalformedResponse(ParleyError):
    """The server answered something Parley cannot read."""

    def __init__(self, what: str, *, partial: Reply | None = None) -> None:
        super().__init__(f"The server sent a reply Parley cannot read: {what}.", partial=partial)
        self.what = what


class StreamCut(ParleyError):
    """A reply broke off in the middle; ``partial`` keeps what arrived (streamed replies)."""

    def __init__(self, reason: str, *, partial: Reply | None = None) -> None:
        super().__init__(reason, partial=partial)
        self.reason = reason

    def _describe(self) -> str:
        got = ""
        if self.partial is not None and self.partial.audio:
            got = f" after {self.partial.duration():.1f} s of audio"
        elif self.partial is not None and self.partial.transcript:
            got = " after a part of the transcript"
        return f"The reply was cut off{got}: {self.reason}."


class ServerMismatch(ParleyError):
    """The set-up does not fit the server, found before anything was sent. ``problems`` are
    app.core.servers.base.Mismatch items (kind, what, code, value): the window and the command
    line say them in words."""

    def __init__(self, problems: list[Any]) -> None:
        super().__init__()
        self.problems = problems

    def _describe(self) -> str:
        return "; ".join(f"{p.kind}: {p.what} ({p.code})" for p in self.problems)


class ApiError(ParleyError):
    """The server answered with an error: its status and its own message, type, param and code."""

    def __init__(
        self,
        status: int | None,
        message: str,
        *,
        type: str | None = None,
        param: str | None = None,
        code: str | None = None,
        model: str | None = None,
        partial: Reply | None = None,
    ) -> None:
        self.status = status
        self.server_message = message
        self.type = type
        self.param = param
        self.code = code
        self.model = model
        #: The key of Parley's hint for this answer from this server ("" for none; see
        #: app.core.servers.hints). The window and the command line say it in words.
        self.hint = ""
        super().__init__(message, partial=partial)

    def _detail(self) -> str:
        text = self.server_message.strip().rstrip(".")
        return text or (self.code or self.type or "no details given")

    def _status(self) -> str:
        return f"HTTP {self.status}" if self.status else "in the reply"

    def _describe(self) -> str:
        return f"The server answered with an error ({self._status()}): {self._detail()}."


class BadRequest(ApiError):
    """400/422: the server refused the request (unknown voice, wrong format, bad parameter)."""

    def _describe(self) -> str:
        where = f" [{self.param}]" if self.param else ""
        return f"The server refused the request{where}: {self._detail()}."


class AudioNotFound(BadRequest):
    """400 ``audio_not_found``: an earlier reply's audio id has expired on the server."""


#: How OpenAI words its own 401s; other words come from a gateway (perhaps about its upstream key).
_OPENAI_401 = ("Incorrect API key provided", "You didn't provide an API key")


class AuthError(ApiError):
    """401: the key is wrong, revoked or missing, or a gateway's own key upstream is."""

    def _describe(self) -> str:
        text = (
            "The server did not accept the API key (HTTP 401): check the key set for this endpoint."
        )
        words = self.server_message.strip()
        if not words:
            return text
        text += f" The server said: “{words}”"
        if not words.startswith(_OPENAI_401):
            text += " (behind a gateway, this may be about the gateway's own key upstream)"
        return text + "."


class AccessDenied(ApiError):
    """403, or 404 ``model_not_found``: this key may not use the model (or the endpoint)."""

    def _describe(self) -> str:
        model = f" '{self.model}'" if self.model else ""
        return f"This API key has no access to the model{model}: {self._detail()}."


class ModelNotFound(ApiError):
    """404 ``model_not_found``: the endpoint has no such model (or not for this key), perhaps
    because OpenAI retired it."""

    def _name(self) -> str:
        if self.model:
            return self.model
        quoted = re.search(r"[`'\"]([^`'\"]+)[`'\"]", self.server_message)
        return quoted.group(1) if quoted else ""

    def _describe(self) -> str:
        name = self._name()
        where = f"HTTP {self.status}" if self.status else "in the reply"
        retired = retirement(name) if name else None
        if retired is not None:
            instead = DEFAULT_MODEL
            if retired.replacement != DEFAULT_MODEL:
                instead += f" (or {retired.replacement})"
            return (
                f"The model '{name}' is not available ({where}): OpenAI retired it on "
                f"{retired.date}. Choose {instead} instead."
            )
        return (
            f"The model '{name}' does not exist on this endpoint or this key has no access to it "
            f"({where}): {self._detail()}. Choose another model, such as {DEFAULT_MODEL}."
        )


class NotFound(ApiError):
    """404: wrong base URL, or an unknown model."""

    def _describe(self) -> str:
        return f"Not found (HTTP 404): {self._detail()}. Check the base URL and the model name."


class RateLimited(ApiError):
    """429: too many requests, or the account is out of quota."""

    def _describe(self) -> str:
        if self.code == "insufficient_quota":
            return f"The account behind this key has run out of quota: {self._detail()}."
        return f"Rate limited by the server: {self._detail()}. Wait a moment and try again."


class ServerError(ApiError):
    """5xx: the server (or a gateway in front of it) failed."""

    def _describe(self) -> str:
        detail = self._detail()
        later = "" if "try again" in detail.lower() else " Try again later."
        return f"The server had a problem ({self._status()}): {detail}.{later}"


def error_for(status: int | None, body: Any, *, model: str | None = None) -> ApiError:
    """The typed error for an error status (or an in-band ``{"error": ...}`` event, status None)."""
    message, type_, param, code = _fields(body)
    if status is None:
        status = _status_of(code, type_)
    cls: type[ApiError]
    if code == "audio_not_found":
        cls = AudioNotFound
    elif status == 401 or code == "invalid_api_key":
        cls = AuthError
    elif code == "model_not_found":
        cls = ModelNotFound
    elif status == 403:
        cls = AccessDenied
    elif status == 404:
        cls = NotFound
    elif status in (400, 422):
        cls = BadRequest
    elif status == 429:
        cls = RateLimited
    elif status is not None and status >= 500:
        cls = ServerError
    else:
        cls = ApiError
    return cls(status, message, type=type_, param=param, code=code, model=model)


def _status_of(code: str | None, type_: str | None) -> int | None:
    """A status for in-band errors, which come inside a 200 stream."""
    names = {code or "", type_ or ""}
    if names & {"rate_limit_exceeded", "insufficient_quota", "rate_limit_error"}:
        return 429
    if names & {"server_error", "internal_error", "api_error", "service_unavailable"}:
        return 500
    if names & {"invalid_request_error", "invalid_value"}:
        return 400
    return None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _fields(body: Any) -> tuple[str, str | None, str | None, str | None]:
    """message, type, param, code from an error body, preferring the upstream error that
    gateways nest under ``error.metadata.raw``."""
    err = body.get("error", body) if isinstance(body, dict) else body
    if isinstance(err, str):
        return err, None, None, None
    if not isinstance(err, dict):
        return "", None, None, None
    message = _text(err.get("message")) or ""
    type_, param, code = _text(err.get("type")), _text(err.get("param")), _text(err.get("code"))
    metadata = err.get("metadata")
    raw = metadata.get("raw") if isinstance(metadata, dict) else None
    if raw is not None:
        upstream = _parse_raw(raw)
        if upstream is not None:
            u_message, u_type, u_param, u_code = _fields(upstream)
            message = u_message or message
            type_, param, code = u_type or type_, u_param or param, u_code or code
    return message, type_, param, code


def _parse_raw(raw: Any) -> Any:
    if isinstance(raw, dict):
        return raw
    if isinstance(raw, str):
        import json

        try:
            return json.loads(raw)
        except ValueError:
            return {"message": raw} if raw.strip() else None
    return None
