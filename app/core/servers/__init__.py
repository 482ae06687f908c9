"""Server kinds: one Qt-free module each (openai, azure, openrouter, vllm_omni, qwen_omni,
gateway) behind one interface (app.core.servers.base.Server). :func:`server_for` gives the one a
profile names, or the one its base URL says; :func:`detect` tells a kind from a URL.

Imports only app.core and app.audio."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlsplit

from app.core.servers.base import (
    DETECT,
    KINDS,
    Allows,
    Kind,
    Mismatch,
    ReplyReader,
    Server,
    ServerSpec,
    Wire,
)

__all__ = [
    "DETECT",
    "KINDS",
    "Allows",
    "Kind",
    "Mismatch",
    "ReplyReader",
    "Server",
    "ServerSpec",
    "Wire",
    "allows_of",
    "detect",
    "server_for",
]

_AZURE_HOSTS = (".openai.azure.com", ".cognitiveservices.azure.com", ".services.ai.azure.com")


def detect(base_url: str) -> str:
    """The kind a base URL names by its host or path; "openai" when it names none (an
    OpenAI-compatible server, read as OpenAI is)."""
    parts = urlsplit(base_url.strip())
    host = (parts.hostname or "").lower()
    path = parts.path.lower()
    if host.endswith(_AZURE_HOSTS) or "/openai/deployments" in path or "/openai/v1" in path:
        return "azure"
    if host == "openrouter.ai" or host.endswith(".openrouter.ai"):
        return "openrouter"
    if "/compatible-mode/" in path + "/" or (
        host.startswith("dashscope") and host.endswith(".aliyuncs.com")
    ):
        return "qwen-omni"
    return "openai"


def server_for(spec: ServerSpec, base_url: str = "") -> Server:
    """The server module for a profile: its kind if it names one, else the detected one
    (``base_url``, when given, is the profile's address as the client cleaned it)."""
    from app.core.servers.azure import AzureServer
    from app.core.servers.gateway import GatewayServer
    from app.core.servers.openai import OpenAIServer
    from app.core.servers.openrouter import OpenRouterServer
    from app.core.servers.qwen_omni import QwenOmniServer
    from app.core.servers.vllm_omni import VllmOmniServer

    if base_url:
        spec = replace(spec, base_url=base_url)
    kind = spec.kind if spec.kind in KINDS else detect(spec.base_url)
    classes: dict[str, type[OpenAIServer]] = {
        "openai": OpenAIServer,
        "azure": AzureServer,
        "openrouter": OpenRouterServer,
        "vllm-omni": VllmOmniServer,
        "qwen-omni": QwenOmniServer,
        "gateway": GatewayServer,
    }
    return classes[kind](spec)


def allows_of(kind: str, base_url: str = "") -> Allows:
    """What a kind allows ("" or an unknown kind: the one ``base_url`` names). Cheap: loads
    no server module."""
    from app.core.servers.rules import ALLOWS

    return ALLOWS[kind if kind in KINDS else detect(base_url or "https://api.openai.com/v1")]
