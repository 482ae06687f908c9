"""Which endpoint a command talks to, with which key, and the client for it: shared by
``parley ask``, ``compare`` and ``talk``."""

from __future__ import annotations

import argparse
import os
from typing import Any

from app.commands.server_words import error_text
from app.core import catalog
from app.core.client import ChatClient
from app.core.endpoints import is_loopback
from app.core.errors import InsecureEndpoint, InvalidEndpoint, ServerMismatch
from app.core.servers import KINDS, ServerSpec
from app.core.servers.base import AZURE_API_VERSION

NO_KEY = (
    "no API key: save one in Parley's settings (it goes to the system keyring) "
    "or set OPENAI_API_KEY"
)


class UsageProblem(Exception):
    """A mistake in the command line, said in one sentence (exit code 2)."""


def add_server_arguments(parser: argparse.ArgumentParser) -> None:
    """``--provider`` and ``--api-version`` (ask, compare, talk)."""
    parser.add_argument(
        "--provider",
        choices=KINDS,
        help="the kind of server at the base URL (default: told from the URL, else the "
        "profile's, else openai)",
    )
    parser.add_argument(
        "--api-version",
        metavar="V",
        help=f"Azure OpenAI's api-version (default {AZURE_API_VERSION}; none with …/openai/v1)",
    )


def open_client(args: argparse.Namespace, model: str | None = None, **options: Any) -> ChatClient:
    """The client for the endpoint and key ``endpoint`` finds; UsageProblem when the endpoint
    cannot be used (not a URL, a key over plain http), has no key and is not this machine, or
    when ``model`` and the key do not fit the server (said before anything is sent)."""
    base_url, key = endpoint(args)
    spec = server_spec(args, base_url)
    try:
        client = ChatClient(base_url, key, server=spec, **options)
    except (InsecureEndpoint, InvalidEndpoint) as exc:
        raise UsageProblem(exc.user_message) from None
    if key is None and not is_loopback(client.host):
        raise UsageProblem(NO_KEY)
    if model is not None:
        try:
            client.check(model)
        except ServerMismatch as exc:
            raise UsageProblem(error_text(exc)) from None
    return client


def server_spec(args: argparse.Namespace, base_url: str) -> ServerSpec:
    """The server kind and Azure details: the command line's, else the matching profile's."""
    from app.core.settings import Settings, default_path

    profile = None
    if default_path().exists():
        settings = Settings.load()
        profile = next(
            (p for p in [settings.active(), *settings.profiles] if _same_url(p.base_url, base_url)),
            None,
        )
    spec = profile.server() if profile is not None else ServerSpec(base_url)
    provider = getattr(args, "provider", None)
    version = getattr(args, "api_version", None)
    return ServerSpec(
        base_url,
        provider or spec.kind,
        spec.deployment if not provider or provider == spec.kind else "",
        version or spec.api_version,
        spec.replies_as_text,
    )


def endpoint(args: argparse.Namespace) -> tuple[str, str | None]:
    """The base URL to use and the key for it (None when none is known)."""
    from app.core.secrets import KeyringUnavailable, OSKeyStore
    from app.core.settings import Settings, default_path

    settings = Settings.load() if default_path().exists() else None
    base_url = (
        args.ask_base_url
        or getattr(args, "base_url", None)
        or (settings.active().base_url if settings is not None else None)
        or os.environ.get("OPENAI_BASE_URL")
        or catalog.DEFAULT_BASE_URL
    ).strip()
    # The key of the profile for this endpoint (the active one first): a key is never sent to
    # an endpoint its profile does not name.
    profiles = [] if settings is None else [settings.active(), *settings.profiles]
    names = [p.name for p in profiles if _same_url(p.base_url, base_url)]
    if settings is None and _same_url(base_url, catalog.DEFAULT_BASE_URL):
        names = ["default"]
    store = OSKeyStore()
    for name in dict.fromkeys(names):
        try:
            key = store.get(name)
        except KeyringUnavailable:
            break
        if key:
            return base_url, key
    return base_url, os.environ.get("OPENAI_API_KEY") or None


def _same_url(a: str, b: str) -> bool:
    return a.strip().rstrip("/").lower() == b.strip().rstrip("/").lower()
