"""Test connection: what the server at an endpoint is and allows, and the models it lists; for
Azure, which of its two URL shapes answered (the one set up, else the other, which is then
named so the user can switch to it). Words are made by the window (its tr) from the report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.core.client import ChatClient
from app.core.errors import ParleyError
from app.core.servers import Allows


@dataclass(frozen=True)
class ConnectionReport:
    """``azure_shape``: "deployments" or "v1" when the server is Azure's (else "");
    ``other_url``: the base URL of the shape that answered when the one set up did not."""

    kind: str
    allows: Allows
    models: list[str]
    azure_shape: str = ""
    other_url: str = ""


def _shape(client: ChatClient) -> str:
    return str(getattr(client.server, "shape", ""))


async def test_connection(
    client: ChatClient, other: Callable[[str], ChatClient] | None = None
) -> ConnectionReport:
    """List the models; for Azure, try the other URL shape (a client made by ``other`` for its
    base URL) when the one set up fails. Raises the first failure when nothing answers."""
    allows = client.server.allows
    try:
        models = await client.list_models()
        return ConnectionReport(allows.kind, allows, models, _shape(client))
    except ParleyError as first:
        endpoint = getattr(client.server, "endpoint", "")
        if allows.kind != "azure" or other is None or not endpoint:
            raise
        url = endpoint if _shape(client) == "v1" else endpoint + "/openai/v1"
        second = other(url)
        try:
            models = await second.list_models()
        except ParleyError:
            raise first from None
        finally:
            await second.aclose()
        return ConnectionReport(allows.kind, allows, models, _shape(second), url)
