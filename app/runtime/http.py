"""The one HTTP client Parley shares, made when first needed: importing httpx and loading the
system's CA certificates is a noticeable part of start-up, and the window needs neither to show."""

from __future__ import annotations

from typing import TYPE_CHECKING, Union

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from pathlib import Path

    import httpx

    from app.core.client import ChatClient
    from app.core.servers import ServerSpec
    from app.core.stream_modes import StreamModes


class SharedHttp:
    """Calling it gives the shared ``httpx.AsyncClient`` (created on the first call)."""

    def __init__(self) -> None:
        self._client: httpx.AsyncClient | None = None

    def __call__(self) -> httpx.AsyncClient:
        if self._client is None:
            import httpx

            self._client = httpx.AsyncClient(follow_redirects=True)
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None


#: What the sessions take: the shared client itself, or a SharedHttp that makes it on demand.
HttpSource = Union["httpx.AsyncClient", SharedHttp]


def client_of(source: HttpSource) -> httpx.AsyncClient:
    return source() if isinstance(source, SharedHttp) else source


class Endpoint:
    """The ChatClient for the endpoint in use (on the shared HTTP client), or why there is none."""

    def __init__(self, http: HttpSource, modes_path: Path | None = None) -> None:
        self._http = http
        self._modes_path = modes_path
        self._modes: StreamModes | None = None
        self.client: ChatClient | None = None
        self.problem = QCoreApplication.translate(
            "Endpoint", "Parley is still connecting to the endpoint: send again in a moment."
        )

    def configure(
        self, base_url: str, api_key: str | None, server: ServerSpec | None = None
    ) -> str | None:
        """Use this endpoint (and the server kind its profile names) from now on. Returns
        why it cannot be used, or None."""
        from app.core.client import ChatClient
        from app.core.errors import ParleyError
        from app.core.stream_modes import StreamModes
        from app.runtime.error_text import error_text

        if self._modes is None:
            self._modes = StreamModes(self._modes_path)
        try:
            self.client = ChatClient(
                base_url,
                api_key,
                http=client_of(self._http),
                stream_modes=self._modes,
                server=server,
            )
        except ParleyError as err:
            self.client, self.problem = None, error_text(err)
            return self.problem
        return None

    def client_for(
        self, base_url: str, api_key: str | None, server: ServerSpec | None = None
    ) -> ChatClient:
        """A client for another endpoint on the same HTTP client (Test connection)."""
        from app.core.client import ChatClient

        return ChatClient(base_url, api_key, http=client_of(self._http), server=server)

    @property
    def base_url(self) -> str:
        return self.client.base_url if self.client is not None else ""
