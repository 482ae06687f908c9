"""Settings as JSON in the config folder: defaults, round trip, forgiving reads, atomic writes."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.core.catalog import DEFAULT_BASE_URL
from app.core.settings import Profile, Settings, atomic_write, default_path


def test_defaults() -> None:
    s = Settings()
    assert s.active().name == "default" and s.active().base_url == DEFAULT_BASE_URL
    assert (s.model, s.voice, s.stream, s.autoplay, s.theme) == (
        "gpt-audio-1.5",
        "alloy",
        True,
        True,
        "system",
    )


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "parley" / "settings.json"
    s = Settings()
    s.set_profile("local", "http://127.0.0.1:8000/v1")
    s.active_profile = "local"
    s.voice, s.format, s.stream, s.theme = "coral", "flac", False, "dark"
    s.output_device = "pulse"
    s.system_presets = {"Pirate": "Talk like a pirate.", "Brief": "Be brief."}
    assert s.save(path) == path
    loaded = Settings.load(path)
    assert loaded == s
    assert loaded.active() == Profile("local", "http://127.0.0.1:8000/v1")
    on_disk = json.loads(path.read_text())
    assert on_disk["active_profile"] == "local" and "key" not in json.dumps(on_disk).lower()


def test_default_path_follows_xdg_config_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert default_path() == tmp_path / "parley" / "settings.json"
    Settings(voice="sage").save()
    assert Settings.load().voice == "sage"


def test_missing_or_damaged_files_give_defaults(tmp_path: Path) -> None:
    assert Settings.load(tmp_path / "none.json") == Settings()
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert Settings.load(bad) == Settings()
    odd = tmp_path / "odd.json"
    odd.write_text(
        json.dumps(
            {
                "voice": 7,
                "stream": "yes",
                "theme": "purple",
                "format": "aiff",
                "profiles": [{"name": "work", "base_url": "https://gw.example/v1"}, {"x": 1}],
                "system_presets": {"ok": "fine", "bad": 3},
                "unknown": True,
            }
        )
    )
    s = Settings.load(odd)
    assert (s.voice, s.stream, s.theme, s.format) == ("alloy", True, "system", "wav")
    assert s.profiles == [Profile("work", "https://gw.example/v1")]
    assert s.active().name == "work"  # stale active name falls back to the first profile
    assert s.system_presets == {"ok": "fine"}


def test_remove_profile_moves_the_active_one() -> None:
    s = Settings()
    s.set_profile("b", "https://b.example/v1")
    s.active_profile = "b"
    s.remove_profile("b")
    assert s.active_profile == "default"


def test_atomic_write_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    target.write_text("old")
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["settings.json"]
    umask = os.umask(0o022)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    atomic_write(target, b"secret", private=True)
    assert target.stat().st_mode & 0o777 == 0o600
