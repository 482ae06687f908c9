"""The one HTTP client Parley shares, made when first needed: importing httpx and loading the
system's CA certificates is a noticeable part of start-up, and the window needs neither to show."""

from __future__ import annotations

from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    import httpx


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
