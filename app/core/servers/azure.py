"""Azure OpenAI: a resource endpoint, a deployment, an api-version, and the key in ``api-key``.

Two URL shapes (Microsoft's Azure OpenAI REST reference; the openai SDKs' azure clients):
- dated: ``{endpoint}/openai/deployments/{deployment}/chat/completions?api-version=V``;
- v1: ``{endpoint}/openai/v1/chat/completions``, no api-version, ``model`` = the deployment.
The base URL may be the bare endpoint (the profile or ``--model`` names the deployment), a
``…/openai/deployments/NAME`` URL, or a ``…/openai/v1`` URL. An Entra ID token (it starts
with "eyJ", a JWT) goes as ``Authorization: Bearer`` instead of ``api-key``.
Streams as OpenAI's do, except a first chunk with ``choices: []``, ``id: ""`` and
``prompt_filter_results``, and ``content_filter_results`` on later chunks: both are read past.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from app.core.events import ChatRequest
from app.core.servers import hints
from app.core.servers.base import AZURE_API_VERSION, Mismatch, ServerSpec, Wire
from app.core.servers.openai import OpenAIServer
from app.core.servers.rules import ALLOWS


class AzureServer(OpenAIServer):
    kind = "azure"
    allows = ALLOWS["azure"]

    def __init__(self, spec: ServerSpec) -> None:
        super().__init__(spec)
        parts = urlsplit(self.base)
        path = parts.path.rstrip("/")
        query = parse_qs(parts.query, keep_blank_values=True)
        origin = f"{parts.scheme}://{parts.netloc}"
        self.v1 = False
        self.url_deployment = ""
        self.bad_path = False
        #: A …/openai/deployments/ URL that names no deployment.
        self.nameless = False
        self.blank_version = "api-version" in query and not query["api-version"][0].strip()
        self.url_version = (query.get("api-version") or [""])[0].strip()
        lower = path.lower()
        if "/openai/v1" in lower:
            self.v1 = True
            self.endpoint = origin + path[: lower.index("/openai/v1")]
        elif "/openai/deployments" in lower:
            at = lower.index("/openai/deployments")
            self.endpoint = origin + path[:at]
            rest = path[at + len("/openai/deployments") :].strip("/")
            self.url_deployment = rest.split("/", 1)[0]
            self.nameless = not self.url_deployment
        else:
            trimmed = path[: -len("/openai")] if lower.endswith("/openai") else path
            self.endpoint = origin + trimmed
            self.bad_path = bool(trimmed.strip("/"))

    @property
    def shape(self) -> str:
        """Which URL shape Parley sends to: "v1" or "deployments"."""
        return "v1" if self.v1 else "deployments"

    @property
    def api_version(self) -> str:
        return self.spec.api_version.strip() or self.url_version or AZURE_API_VERSION

    def deployment(self, model: str) -> str:
        return self.spec.deployment.strip() or self.url_deployment or model.strip()

    def chat(self, request: ChatRequest, messages_body: dict[str, Any]) -> Wire:
        if self.v1:
            body = messages_body | {"model": self.deployment(request.model)}
            return Wire("POST", self.endpoint + "/openai/v1/chat/completions", body)
        name = quote(self.deployment(request.model), safe="")
        url = f"{self.endpoint}/openai/deployments/{name}/chat/completions"
        return Wire("POST", f"{url}?api-version={quote(self.api_version)}", messages_body)

    def models(self) -> Wire:
        if self.v1:
            return Wire("GET", self.endpoint + "/openai/v1/models")
        return Wire("GET", f"{self.endpoint}/openai/models?api-version={quote(self.api_version)}")

    def auth(self, key: str) -> dict[str, str]:
        if key.startswith("eyJ"):  # a Microsoft Entra ID token
            return {"Authorization": f"Bearer {key}"}
        return {"api-key": key}

    def mismatches(self, model: str, key: str | None) -> list[Mismatch]:
        found: list[Mismatch] = []
        if self.bad_path:
            found.append(Mismatch(self.kind, "base_url", "azure_path", self.base))
        if (self.nameless and not self.spec.deployment.strip()) or not self.deployment(model):
            found.append(Mismatch(self.kind, "deployment", "azure_no_deployment"))
        elif "/" in self.deployment(model):
            found.append(Mismatch(self.kind, "model", "router_model_id", self.deployment(model)))
        if self.blank_version and not self.spec.api_version.strip() and not self.v1:
            found.append(Mismatch(self.kind, "api_version", "azure_no_api_version"))
        return found

    def hint(self, status: int | None, code: str | None, message: str) -> str:
        text = message.lower()
        if code == "DeploymentNotFound" or "deployment for this resource does not exist" in text:
            return hints.AZURE_DEPLOYMENT
        if "api version" in text or "api-version" in text:
            return hints.AZURE_API_VERSION
        if status == 401 or "subscription key" in text:
            return hints.AZURE_KEY_OR_ENDPOINT
        return ""
