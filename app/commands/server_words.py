"""What the command line says about servers, in English: a set-up that does not fit the server
(app.core.servers Mismatch), Parley's hint beside a server's own words, and what a server allows
(for ``--provider`` and the demo's banner)."""

from __future__ import annotations

from app.core.errors import ApiError, ParleyError, ServerMismatch
from app.core.servers import Allows, Mismatch
from app.core.servers import hints as keys

NAMES = {
    "openai": "OpenAI",
    "azure": "Azure OpenAI",
    "openrouter": "OpenRouter",
    "vllm-omni": "vLLM-Omni",
    "qwen-omni": "Qwen-Omni (Alibaba Model Studio)",
    "gateway": "a reseller gateway (one-api, new-api)",
}

HINTS = {
    keys.AZURE_DEPLOYMENT: "Azure has no deployment by that name on this resource: give the "
    "deployment's own name (Azure portal, Deployments) with --model, or in the profile.",
    keys.AZURE_API_VERSION: "this Azure resource refused the api-version: give one it takes "
    "with --api-version (e.g. 2025-01-01-preview), or use its …/openai/v1 URL, which needs none.",
    keys.AZURE_KEY_OR_ENDPOINT: "check that the key belongs to this Azure resource and that the "
    "base URL is the resource's endpoint (https://NAME.openai.azure.com).",
    keys.GATEWAY_NO_CHANNEL: "the gateway has no upstream channel for this model: choose a model "
    "its model list offers, or ask the gateway's owner to enable it.",
    keys.STREAM_REQUIRED: "this server sends audio only in streamed replies.",
    keys.VOICE_OF_MODEL: "this model has its own voices: pick one of those the server names.",
}


def mismatch(problem: Mismatch) -> str:
    """One sentence for a set-up that does not fit the server."""
    server = NAMES.get(problem.kind, problem.kind)
    code = problem.code
    if code == "router_model_id":
        return f"'{problem.value}' is an OpenRouter-style model id; {server} wants a plain " + (
            "deployment name" if problem.kind == "azure" else "model name such as gpt-audio"
        )
    if code == "dashscope_key":
        return (
            "the key looks like an Alibaba Model Studio (DashScope) key, but the base URL is "
            "OpenAI's: use https://dashscope.aliyuncs.com/compatible-mode/v1 for Qwen-Omni"
        )
    if code == "azure_no_deployment":
        return "the Azure URL names no deployment: give it with --model or in the profile"
    if code == "azure_no_api_version":
        return "the Azure URL has an empty api-version: give one with --api-version"
    if code == "azure_path":
        return (
            f"'{problem.value}' is not an Azure OpenAI URL Parley knows: give the resource "
            "endpoint, …/openai/deployments/NAME or …/openai/v1"
        )
    return f"{server}: the {problem.what} does not fit ({code})"


def error_text(err: ParleyError) -> str:
    """The error's message in English, with Parley's hint when it knows one."""
    if isinstance(err, ServerMismatch):
        return "; ".join(mismatch(p) for p in err.problems)
    text = err.user_message
    if isinstance(err, ApiError) and err.hint in HINTS:
        text += " Hint: " + HINTS[err.hint]
    return text


def allows_text(allows: Allows) -> str:
    """A few lines on what a server allows."""
    stream = "streamed replies only" if allows.stream == "required" else "streamed or whole"
    back = "by audio id" if allows.audio_ids else "as text"
    lines = [
        f"server: {NAMES.get(allows.kind, allows.kind)}",
        f"replies: {stream}; streams ask for {', '.join(allows.stream_formats)}, "
        f"whole replies for {', '.join(allows.whole_formats)}",
        f"voices ({allows.voice_field}): {', '.join(allows.voices)}",
        f"models: {', '.join(allows.models)}",
        f"earlier replies go back {back}; key in {allows.auth_header}",
    ]
    if allows.own_cost:
        lines.append("prices: the server's own usage.cost")
    return "\n".join(lines)
