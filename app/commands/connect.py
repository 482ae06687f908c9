"""Which endpoint a command talks to, with which key, and the client for it: shared by
``parley ask``, ``compare`` and ``talk``."""

from __future__ import annotations

import argparse
import os
from typing import Any

from app.core import catalog
from app.core.client import ChatClient
from app.core.endpoints import is_loopback
from app.core.errors import InsecureEndpoint, InvalidEndpoint

NO_KEY = (
    "no API key: save one in Parley's settings (it goes to the system keyring) "
    "or set OPENAI_API_KEY"
)


class UsageProblem(Exception):
    """A mistake in the command line, said in one sentence (exit code 2)."""


def open_client(args: argparse.Namespace, **options: Any) -> ChatClient:
    """The client for the endpoint and key ``endpoint`` finds; UsageProblem when the endpoint
    cannot be used (not a URL, a key over plain http) or has no key and is not this machine."""
    base_url, key = endpoint(args)
    try:
        client = ChatClient(base_url, key, **options)
    except (InsecureEndpoint, InvalidEndpoint) as exc:
        raise UsageProblem(exc.user_message) from None
    if key is None and not is_loopback(client.host):
        raise UsageProblem(NO_KEY)
    return client


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
