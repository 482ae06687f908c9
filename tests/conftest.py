"""Shared fixtures: the demo server over real HTTP, and checks for the real services.

The test command (packaging/dev.sh test) starts a private sound server (PulseAudio as it ships,
then PipeWire: PARLEY_SOUND_SERVER names it) with two null sinks and an unlocked gnome-keyring,
and sets PARLEY_REQUIRE_SERVICES=1. A test that needs a service fails when it is missing; it
never skips. Every test that takes the ``sound_server`` or ``microphone`` fixture is marked
``sound`` here, so ``-m sound`` selects all that need the sound server.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.demo.server import DemoServer
from tests.unit.talk_helpers import (
    MIC_SINK,
    SPEAKER_SINK,
    ensure_microphone,
    set_default_source,
    wake_sink,
)

SOUND_FIXTURES = {"sound_server", "microphone"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark ``sound`` every test that needs the sound server (run on each server by dev.sh)."""
    for item in items:
        if SOUND_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.sound)


@pytest.fixture
def demo_server() -> Iterator[DemoServer]:
    """A fresh demo server on a free loopback port, no key required, no faults."""
    server = DemoServer(host="127.0.0.1", port=0)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def keyed_demo_server() -> Iterator[DemoServer]:
    """A demo server that demands the key ``sk-test-parley-0123456789``."""
    server = DemoServer(host="127.0.0.1", port=0, api_key="sk-test-parley-0123456789")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def sound_server() -> None:
    """Fail (not skip) when there is no sound server: the tests that play sound need one."""
    import sounddevice as sd

    try:
        sd._terminate()
        sd._initialize()
        devices = sd.query_devices()
    except Exception as exc:  # pragma: no cover - only without PortAudio
        pytest.fail(f"no sound system: {exc}")
    names = [d["name"] for d in devices]  # type: ignore[index,union-attr]
    if not any(n in ("pulse", "default") for n in names):
        pytest.fail(
            "no sound server: start PulseAudio (packaging/dev.sh test does) - devices: "
            + ", ".join(names)
        )
    # The tests that record what Parley plays hear the speaker (the default sink's monitor);
    # talk mode's tests take the microphone sink's monitor instead (the microphone fixture).
    set_default_source(f"{SPEAKER_SINK}.monitor")
    # PulseAudio as it ships suspends an idle sink, and one waking up takes half a second to
    # start and loses the first 100-200 ms of what its monitor records: these tests measure
    # Parley's sound, not that, so the speaker is woken first (it idles again after 5 s).
    wake_sink(SPEAKER_SINK)


@pytest.fixture
def microphone(sound_server: None) -> Iterator[str]:
    """The microphone sink (its monitor is the default source): play speech into it and Parley
    hears it. Yields the sink's name; a test that unloaded it gets it back afterwards."""
    ensure_microphone()
    try:
        yield MIC_SINK
    finally:
        ensure_microphone()
        set_default_source(f"{SPEAKER_SINK}.monitor")


@pytest.fixture
def os_keyring() -> None:
    """Fail (not skip) when the OS keyring has no usable backend."""
    import keyring
    from keyring.backends import fail

    if isinstance(keyring.get_keyring(), fail.Keyring):
        pytest.fail("no OS keyring: run the tests under packaging/dev.sh test (gnome-keyring)")
