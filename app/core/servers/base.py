"""What every server kind shares: the profile's description of a server (:class:`ServerSpec`),
what a server allows (:class:`Allows`), one request as it goes on the wire (:class:`Wire`), and
the interface each kind's module fills in (:class:`Server`).

A kind builds the request (URL, headers, body) from a ChatRequest and reads what comes back into
the usual events (app.core.events); the client (app.core.client) does the HTTP around it and
knows no kind. Nothing here builds a sentence for a user: mismatches are typed data
(:class:`Mismatch`), hints are keys (app.core.servers.hints).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final, Literal, Protocol, get_args

if TYPE_CHECKING:
    from app.core.events import ChatRequest, Event

Kind = Literal["openai", "azure", "openrouter", "vllm-omni", "qwen-omni", "gateway"]
KINDS: Final[tuple[str, ...]] = get_args(Kind)
#: What a profile says when Parley should tell the kind from the base URL.
DETECT: Final = ""
#: Azure's dated API version Parley asks for unless told otherwise (December 2026).
AZURE_API_VERSION: Final = "2025-01-01-preview"


@dataclass(frozen=True)
class ServerSpec:
    """Where a profile points and what it says about the server there.

    ``kind`` "" means: tell it from the base URL. ``deployment`` and ``api_version`` are
    Azure's (empty: taken from the URL, or the default api-version). ``replies_as_text``: send
    earlier replies as their transcripts instead of by audio id (None: the kind's default).
    """

    base_url: str
    kind: str = DETECT
    deployment: str = ""
    api_version: str = ""
    replies_as_text: bool | None = None


@dataclass(frozen=True)
class Allows:
    """What a server allows, as Parley knows it before asking (shown in Settings and by
    Test connection; the rules the kind's module applies).

    ``stream``: "either" (streamed or whole), "required" (audio only when streamed).
    ``stream_formats``: what a streamed request may ask for; ``stream_sends``: what really comes.
    ``audio_ids``: earlier replies can go back by their audio id.
    ``own_cost``: the server puts its own price in ``usage.cost``.
    ``published_prices``: OpenAI's published prices apply to its model names.
    """

    kind: str
    stream: Literal["either", "required"]
    stream_formats: tuple[str, ...]
    stream_sends: str
    whole_formats: tuple[str, ...]
    voices: tuple[str, ...]
    models: tuple[str, ...]
    audio_ids: bool
    own_cost: bool = False
    published_prices: bool = False
    voice_field: str = "audio.voice"
    auth_header: str = "Authorization: Bearer"


@dataclass
class Wire:
    """One HTTP request as it goes out (the key is added by the client, never stored here)."""

    method: str
    url: str
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Mismatch:
    """A part of the set-up that does not fit the server, found before sending.

    ``what`` names the part ("deployment", "api_version", "model", "key", "voice", "format");
    ``code`` says what is wrong with it (see app.core.servers.hints for the codes); ``value``
    is the offending value (never a key: for a key, only its style).
    """

    kind: str
    what: str
    code: str
    value: str = ""


class ReplyReader(Protocol):
    """Reads one reply: ``feed`` takes one SSE event's data, ``completion`` a whole body.
    In-band errors are raised as typed ApiErrors, unreadable shapes as MalformedResponse."""

    format: str
    audio_id: str | None
    expires_at: int | None
    finish_reason: str | None
    done: bool
    saw_usage: bool
    skipped: int

    @property
    def usage(self) -> Any: ...

    def feed(self, data: bytes) -> list[Event]: ...

    def completion(self, body: Any) -> list[Event]: ...


class Server(Protocol):
    """One server kind, for one profile."""

    spec: ServerSpec
    allows: Allows

    def adapt(self, request: ChatRequest) -> ChatRequest:
        """The request as this server can take it (streamed where it must be, asking for the
        format it sends); the reply is converted to what the user picked afterwards."""
        ...

    def chat(self, request: ChatRequest, messages_body: dict[str, Any]) -> Wire:
        """The chat request on the wire, from the OpenAI-shaped body Parley builds."""
        ...

    def models(self) -> Wire:
        """The request that lists the server's models."""
        ...

    def auth(self, key: str) -> dict[str, str]:
        """The header that carries the key."""
        ...

    def reader(self, request: ChatRequest) -> ReplyReader:
        """A reader for the reply to ``request``."""
        ...

    def mismatches(self, model: str, key: str | None) -> list[Mismatch]:
        """What does not fit this server, known before sending."""
        ...

    def hint(self, status: int | None, code: str | None, message: str) -> str:
        """The key of Parley's hint for an error the server answered ("" for none)."""
        ...

    def sends_replies_as_text(self) -> bool:
        """Whether earlier replies go back as transcripts instead of by audio id."""
        ...
