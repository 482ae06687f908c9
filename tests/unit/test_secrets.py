"""API keys in the real OS keyring (gnome-keyring on a private D-Bus under packaging/dev.sh)."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import Iterator

import keyring
import pytest

from app.core.secrets import SERVICE, KeyringUnavailable, OSKeyStore, SessionKeyStore

KEY = "sk-test-secret-" + "9" * 24


@pytest.fixture
def profile(os_keyring: None) -> Iterator[str]:
    name = f"test-{uuid.uuid4().hex[:12]}"
    yield name
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(SERVICE, name)


def test_key_round_trip_through_the_os_keyring(profile: str) -> None:
    store = OSKeyStore()
    assert store.get(profile) is None
    store.set(profile, KEY)
    # Another reader of the OS keyring (a new process would do the same) sees it.
    assert keyring.get_password(SERVICE, profile) == KEY
    assert OSKeyStore().get(profile) == KEY
    assert store.delete(profile) is True
    assert store.get(profile) is None
    assert store.delete(profile) is False


def test_location_names_the_secret_service_and_is_persistent(os_keyring: None) -> None:
    where = OSKeyStore().location()
    assert where.persistent is True
    assert where.warning is None
    assert "Secret Service" in where.where


def test_async_wrappers(profile: str) -> None:
    async def scenario() -> tuple[str | None, bool, str | None]:
        store = OSKeyStore()
        await store.aset(profile, KEY)
        got = await store.aget(profile)
        gone = await store.adelete(profile)
        return got, gone, await store.aget(profile)

    assert asyncio.run(scenario()) == (KEY, True, None)


def test_no_backend_is_a_typed_error_offering_a_session_key() -> None:
    from keyring.backends import fail

    # The "fail" backend is what keyring picks on a machine with no keyring at all.
    store = OSKeyStore(backend=fail.Keyring())
    for call in (lambda: store.get("default"), lambda: store.set("default", KEY)):
        with pytest.raises(KeyringUnavailable) as caught:
            call()
        assert "no system keyring" in caught.value.user_message
        assert "session only" in caught.value.user_message
    where = store.location()
    assert where.persistent is False
    assert where.warning is not None and "session only" in where.warning


def test_a_failing_backend_is_a_typed_error() -> None:
    from keyring.backend import KeyringBackend
    from keyring.errors import KeyringLocked

    class LockedKeyring(KeyringBackend):
        priority = 5  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            raise KeyringLocked("Failed to unlock the collection!")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise KeyringLocked(f"Failed to unlock the collection to store {password}")

        def delete_password(self, service: str, username: str) -> None:
            raise KeyringLocked("locked")

    store = OSKeyStore(backend=LockedKeyring())
    with pytest.raises(KeyringUnavailable, match="locked"):
        store.get("default")
    with pytest.raises(KeyringUnavailable) as caught:
        store.set("default", KEY)
    assert KEY not in str(caught.value)


def test_plain_text_stores_are_refused() -> None:
    from keyring.backend import KeyringBackend

    class PlaintextKeyring(KeyringBackend):
        """Stands for keyrings.alt's file stores: a real backend class living in that package."""

        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise AssertionError("must never be called")

        def delete_password(self, service: str, username: str) -> None:
            return None

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    with pytest.raises(KeyringUnavailable, match="plain files"):
        OSKeyStore(backend=PlaintextKeyring()).set("default", KEY)


def test_session_store_keeps_keys_in_memory_and_says_so() -> None:
    store = SessionKeyStore()
    store.set("default", KEY)
    assert store.get("default") == KEY
    assert KEY not in repr(store)
    where = store.location()
    assert where.persistent is False and "forgotten" in (where.warning or "")
    assert store.delete("default") and store.get("default") is None


def test_key_never_in_reprs_or_errors(profile: str) -> None:
    store = OSKeyStore()
    store.set(profile, KEY)
    assert KEY not in repr(store)
    err = KeyringUnavailable(f"backend said {KEY}")
    err.secret = KEY
    assert KEY not in str(err) and KEY not in repr(err)
