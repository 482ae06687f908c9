"""Parley's Qt-free core: protocol, client, conversation, store, secrets, settings, catalog."""
