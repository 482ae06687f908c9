"""What the window says about servers, in the user's language (Qt's translate): a server kind's
name, what it allows, a Test connection report, a set-up that does not fit the server, and an
error in the server's own words with Parley's hint (app.core.servers.hints)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from app.core.errors import ApiError, ParleyError, ServerMismatch
from app.core.servers import Allows, Mismatch
from app.core.servers import hints as keys

if TYPE_CHECKING:
    from app.core.probe import ConnectionReport

# Empty: lupdate files the module-level tr() calls below under no context.
_CONTEXT = ""


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CONTEXT, text, None, n)


class _Plural(QObject):
    """Plural forms (lupdate makes a plural only of a method's ``self.tr`` with a count)."""

    def connected(self, n: int) -> str:
        return self.tr("Connected to %1: %n model(s).", "", n)


def kind_name(kind: str) -> str:
    names = {
        "": tr("Tell from the base URL"),
        "openai": tr("OpenAI"),
        "azure": tr("Azure OpenAI"),
        "openrouter": tr("OpenRouter"),
        "vllm-omni": tr("vLLM-Omni (your own server)"),
        "qwen-omni": tr("Qwen-Omni (Alibaba Model Studio)"),
        "gateway": tr("Other gateway (one-api, new-api)"),
    }
    return names.get(kind, kind)


def hint_text(hint: str) -> str:
    hints = {
        keys.AZURE_DEPLOYMENT: tr(
            "Azure has no deployment by that name: set the deployment's own name (Azure portal, "
            "Deployments) in Settings → Profiles."
        ),
        keys.AZURE_API_VERSION: tr(
            "This Azure resource refused the api-version: set one it takes in Settings → "
            "Profiles, or use its …/openai/v1 URL, which needs none."
        ),
        keys.AZURE_KEY_OR_ENDPOINT: tr(
            "Check that the key belongs to this Azure resource and that the base URL is its "
            "endpoint (https://NAME.openai.azure.com)."
        ),
        keys.GATEWAY_NO_CHANNEL: tr(
            "The gateway has no upstream channel for this model: choose a model its list offers."
        ),
        keys.STREAM_REQUIRED: tr("This server sends audio only in streamed replies."),
        keys.VOICE_OF_MODEL: tr("This model has its own voices: pick one the server names."),
    }
    return hints.get(hint, "")


def mismatch_text(problem: Mismatch) -> str:
    if problem.code == "router_model_id":
        return (
            tr("“%1” is an OpenRouter-style model id; %2 wants a plain model name.")
            .replace("%1", problem.value)
            .replace("%2", kind_name(problem.kind))
        )
    if problem.code == "dashscope_key":
        return tr(
            "The key looks like an Alibaba Model Studio key, but the base URL is OpenAI's: use "
            "https://dashscope.aliyuncs.com/compatible-mode/v1 for Qwen-Omni."
        )
    if problem.code == "azure_no_deployment":
        return tr("The Azure URL names no deployment: set it in Settings → Profiles.")
    if problem.code == "azure_no_api_version":
        return tr("The Azure URL has an empty api-version: set one in Settings → Profiles.")
    if problem.code == "azure_path":
        return tr(
            "This is not an Azure OpenAI URL Parley knows: give the resource endpoint, "
            "…/openai/deployments/NAME or …/openai/v1."
        )
    return tr("The %1 does not fit this server.").replace("%1", problem.what)


def with_hint(err: ParleyError, text: str) -> str:
    """``text`` (the error in the server's own words), then Parley's hint where it knows one;
    a set-up that does not fit the server in its own sentences (app.runtime.error_text)."""
    if isinstance(err, ServerMismatch):
        return " ".join(mismatch_text(p) for p in err.problems)
    if isinstance(err, ApiError) and (hint := hint_text(err.hint)):
        text += " " + hint
    return text


def allows_text(allows: Allows) -> str:
    if allows.stream == "required":
        stream = tr("audio only in streamed replies")
    else:
        stream = tr("streamed or whole replies")
    back = tr("by audio id") if allows.audio_ids else tr("as text")
    lines = [
        tr("%1: %2; whole replies in %3.")
        .replace("%1", kind_name(allows.kind))
        .replace("%2", stream)
        .replace("%3", ", ".join(allows.whole_formats)),
        tr("Voices: %1.").replace("%1", ", ".join(allows.voices)),
        tr("Earlier replies go back %1.").replace("%1", back),
    ]
    if allows.own_cost:
        lines.append(tr("Prices: the server's own, as it reports them."))
    return "\n".join(lines)


def report_text(report: ConnectionReport) -> str:
    found = _Plural().connected(len(report.models)).replace("%1", kind_name(report.kind))
    lines = [found, allows_text(report.allows)]
    if report.azure_shape == "v1":
        lines.append(tr("The …/openai/v1 URL answered."))
    elif report.azure_shape:
        lines.append(tr("The …/openai/deployments URL answered."))
    if report.other_url:
        lines.append(
            tr("The URL set up did not answer; %1 did: use it as the base URL.").replace(
                "%1", report.other_url
            )
        )
    return "\n".join(lines)
