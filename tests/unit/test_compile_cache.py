"""The start-up cache gives back exactly what compiling would: PySide's support code in a fresh
process, patterns, dataclass methods; and a bad or unwritable cache is only a cold start."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import FrozenInstanceError, dataclass
from pathlib import Path

import pytest

from app.runtime.compile_cache import ENV, cache_path, compiled_once

ROOT = Path(__file__).resolve().parents[2]

# A fresh interpreter: PySide6 imported inside the cache; what it compiled, and what PySide's
# signature support says about a wrong call (the part of it that runs the cached code).
PROBE = """
import json, os, sys
from pathlib import Path
from app.runtime.compile_cache import compiled_once
with compiled_once(Path(sys.argv[1])) as cache:
    from PySide6.QtCore import QByteArray
try:
    QByteArray().append(object())
except TypeError as exc:
    message = str(exc)
print(json.dumps({"hits": cache.hits, "misses": cache.misses, "message": message}))
"""


def probe(folder: Path, **env: str) -> dict[str, object]:
    run = subprocess.run(
        [sys.executable, "-c", PROBE, str(folder)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env},
        timeout=60,
        check=True,
    )
    result: dict[str, object] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


def test_pyside_loads_from_the_cache_and_behaves_the_same(tmp_path: Path) -> None:
    cold = probe(tmp_path)
    assert cold["hits"] == 0 and isinstance(cold["misses"], int) and cold["misses"] > 10
    assert cache_path(tmp_path).stat().st_size > 10_000
    warm = probe(tmp_path)
    assert warm["misses"] == 0 and isinstance(warm["hits"], int) and warm["hits"] >= cold["misses"]
    # PySide's error text comes from its signature module, run from the cached code.
    assert warm["message"] == cold["message"]
    assert "Supported signatures" in str(warm["message"])


def test_off_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV, "0")
    with compiled_once(tmp_path) as cache:
        re.compile(r"(?P<off>x+)")
    assert cache is None
    assert not cache_path(tmp_path).exists()


def make_pattern(text: str) -> re.Pattern[str]:
    return re.compile(text, re.VERBOSE | re.IGNORECASE)


def test_patterns_come_back_the_same(tmp_path: Path) -> None:
    text = r"""(?P<word> [a-z]+ ) \s* (?P<num> \d{2,4} )? (?: - (?P=word) )?"""
    sample = "Hello 2024-hello and BYE 7"
    with compiled_once(tmp_path) as first:
        made = make_pattern(text)
    assert first is not None and first.misses >= 1
    with compiled_once(tmp_path) as second:
        cached = make_pattern(text)
    assert second is not None and second.hits >= 1 and second.misses == 0
    assert cached is not made  # a new pattern object, not re's own in-process cache
    assert cached.pattern == made.pattern and cached.flags == made.flags
    assert cached.groupindex == made.groupindex and cached.groups == made.groups
    assert [m.groupdict() for m in cached.finditer(sample)] == [
        m.groupdict() for m in made.finditer(sample)
    ]


def define_dataclass() -> type:
    @dataclass(frozen=True)
    class Voice:
        name: str
        speed: float = 1.0
        tags: tuple[str, ...] = ()

    return Voice


def test_dataclass_methods_come_back_the_same(tmp_path: Path) -> None:
    with compiled_once(tmp_path):
        define_dataclass()
    with compiled_once(tmp_path) as cache:
        voice = define_dataclass()
    assert cache is not None and cache.hits >= 3 and cache.misses == 0
    a, b = voice("alloy", 1.25), voice("alloy", 1.25)
    assert a == b and hash(a) == hash(b) and a != voice("echo")
    assert repr(a) == "define_dataclass.<locals>.Voice(name='alloy', speed=1.25, tags=())"
    with pytest.raises(FrozenInstanceError):
        a.name = "echo"  # type: ignore[misc]
    with pytest.raises(TypeError):
        voice()  # type: ignore[call-arg]


def test_a_corrupt_cache_is_a_cold_start_and_is_rewritten(tmp_path: Path) -> None:
    path = cache_path(tmp_path)
    path.write_bytes(b"\x00not marshal at all")
    with compiled_once(tmp_path) as cache:
        found = re.compile(r"corrupt-(\d+)").findall("corrupt-12 corrupt-3")
    assert found == ["12", "3"]
    assert cache is not None and cache.hits == 0 and cache.misses >= 1
    with compiled_once(tmp_path) as again:
        re.compile(r"corrupt-(\d+)")
    assert again is not None and again.hits >= 1 and again.misses == 0


def test_an_unwritable_cache_folder_is_left_alone(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("in the way")
    with compiled_once(blocked / "cache") as cache:
        assert re.compile(r"blocked-(\w)").match("blocked-x") is not None
    assert cache is not None and cache.misses >= 1
    assert blocked.read_text() == "in the way"
    assert list(tmp_path.iterdir()) == [blocked]  # no stray temporary file either


def test_only_what_a_start_used_is_kept(tmp_path: Path) -> None:
    # re.purge(): each block stands for a fresh process, with nothing compiled yet.
    re.purge()
    with compiled_once(tmp_path):
        re.compile(r"old-(\d)")
    re.purge()
    with compiled_once(tmp_path):
        re.compile(r"new-(\d)")
    re.purge()
    with compiled_once(tmp_path) as cache:
        re.compile(r"old-(\d)")
    assert cache is not None and cache.hits == 0 and cache.misses == 1
