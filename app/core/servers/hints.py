"""The keys of Parley's hints for what a server answered or how it was set up. The window says
each in the user's language (Qt's tr), the command line in English (app.commands.server_words).

Mismatch codes (found before sending): ``router_model_id`` (an "openai/..." id where the server
wants a plain name), ``dashscope_key`` (an Alibaba key sent to OpenAI), ``azure_no_deployment``,
``azure_no_api_version``, ``azure_path`` (an Azure URL of neither shape), ``unknown_kind``.
"""

from __future__ import annotations

from typing import Final

AZURE_DEPLOYMENT: Final = "azure_deployment_not_found"
AZURE_API_VERSION: Final = "azure_api_version"
AZURE_KEY_OR_ENDPOINT: Final = "azure_key_or_endpoint"
GATEWAY_NO_CHANNEL: Final = "gateway_no_channel"
STREAM_REQUIRED: Final = "stream_required"
VOICE_OF_MODEL: Final = "voice_of_model"

HINTS: Final = (
    AZURE_DEPLOYMENT,
    AZURE_API_VERSION,
    AZURE_KEY_OR_ENDPOINT,
    GATEWAY_NO_CHANNEL,
    STREAM_REQUIRED,
    VOICE_OF_MODEL,
)
MISMATCHES: Final = (
    "router_model_id",
    "dashscope_key",
    "azure_no_deployment",
    "azure_no_api_version",
    "azure_path",
    "unknown_kind",
)
