"""What a failed or odd HTTP exchange means: the reason a connection failed, in plain words, and
the bodies of replies read as JSON."""

from __future__ import annotations

import errno
import json
from typing import Any

import httpx

from app.core.catalog import ModelInfo, model_infos
from app.core.errors import MalformedResponse


def kind_of(exc: Exception) -> str:
    """The exception's class name, for logs (never its text, which may quote a URL)."""
    return type(exc).__name__


def reason_of(exc: httpx.TransportError) -> str:
    """Why a connection failed, in plain words, from the OS error under httpx's wrappers."""
    errnos: set[int] = set()
    texts = [str(exc).lower()]
    seen: BaseException | None = exc
    while seen is not None:  # httpx wraps httpcore, which wraps the OSError that says why
        if isinstance(seen, OSError) and seen.errno is not None:
            errnos.add(seen.errno)
        texts.append(str(seen).lower())
        seen = seen.__cause__ or seen.__context__
    text = " ".join(texts)
    if errno.ECONNREFUSED in errnos or "refused" in text:
        return "the connection was refused (is the server running?)"
    if "name or service not known" in text or "nodename" in text or "getaddrinfo" in text:
        return "the host name could not be found"
    if errnos & {errno.ENETUNREACH, errno.EHOSTUNREACH} or "unreachable" in text:
        return "the network is unreachable"
    if errno.ECONNRESET in errnos or "reset" in text:
        return "the connection was reset"
    if isinstance(exc, httpx.RemoteProtocolError):
        return "the server closed the connection without answering"
    if "ssl" in text or "certificate" in text:
        return "the secure connection failed (certificate or TLS problem)"
    return "the connection failed"


def json_body(response: httpx.Response) -> Any:
    """A whole reply's JSON; anything else is a MalformedResponse."""
    try:
        return json.loads(response.content)
    except ValueError:
        raise MalformedResponse("a reply that is not valid JSON") from None


def error_body(response: httpx.Response) -> Any:
    """An error reply's JSON, or its short plain text as an OpenAI-style error object."""
    try:
        return json.loads(response.content)
    except ValueError:
        text = response.text.strip()
        short = text if text and len(text) <= 200 and "<" not in text else ""
        return {"error": {"message": short or response.reason_phrase or "no details given"}}


def model_list(response: httpx.Response) -> list[ModelInfo]:
    """The entries of a model list reply (``{"data": [...]}`` or a bare list), sorted by id."""
    try:
        data = response.json()
    except ValueError:
        raise MalformedResponse("a model list that is not JSON") from None
    items = data.get("data") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise MalformedResponse("a model list without 'data'")
    return model_infos(items)
