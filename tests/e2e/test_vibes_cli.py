"""Vibes as a user meets them: ``parley vibes`` lists presets and their own, saves and deletes;
``parley compare --vibes`` says the words in each vibe (the vibe goes to the model as how to
speak), files named by voice and vibe, every clip from the cache the second time."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.studio.vibes import PRESETS, Vibe, VibeBook, speaking_instructions
from app.demo.server import DemoServer
from tests.e2e.cli_runner import Run, cli_env, run_in_process

TEXT = "The ferry leaves at nine."


@pytest.fixture
def parley(
    home: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> Callable[..., Run]:
    def run(*args: str, url: str | None = None) -> Run:
        result = run_in_process(list(args), cli_env(home, url), monkeypatch, capfd)
        assert "Traceback" not in result.out + result.err
        return result

    return run


def system_prompts(server: DemoServer) -> list[str]:
    found = []
    for method, path, body in server.requests:
        if method == "POST" and "/chat/completions" in path:
            messages = (body if isinstance(body, dict) else json.loads(body))["messages"]
            found += [m["content"] for m in messages if m["role"] in ("system", "developer")]
    return found


def test_vibes_are_listed_saved_shown_and_deleted(parley: Callable[..., Run]) -> None:
    listed = parley("vibes").out
    assert all(v.name in listed for v in PRESETS)
    saved = parley(
        "vibes", "save", "Pirate", "--affect", "Gruff and salty.", "--pacing", "Rolling."
    )
    assert saved.code == 0
    assert "Pirate" in parley("vibes").out and "yours" in parley("vibes").out
    shown = parley("vibes", "show", "pirate").out
    assert "Voice Affect: Gruff and salty." in shown and "Pacing: Rolling." in shown
    assert parley("vibes", "delete", "Calm").code == 1  # a preset stays
    assert parley("vibes", "delete", "Pirate").code == 0
    assert "Pirate" not in parley("vibes").out
    assert parley("vibes", "show", "Nope").code == 1


def test_compare_lines_up_a_voice_in_several_vibes(
    parley: Callable[..., Run], demo_server: DemoServer, home: Path
) -> None:
    args = ["compare", TEXT, "--voices", "alloy", "--vibes", "calm,bedtime", "-o", "clips"]
    first = parley(*args, url=demo_server.url)
    assert first.code == 0, first.err
    files = sorted(p.name for p in (home / "clips").glob("*.wav"))
    assert files == ["alloy-bedtime-gpt-audio-1.5.wav", "alloy-calm-gpt-audio-1.5.wav"]
    assert "alloy (Calm)" in first.out and "alloy (Bedtime)" in first.out
    prompts = system_prompts(demo_server)
    assert len(prompts) == 2
    assert any("Pacing: Slow and measured." in p for p in prompts)  # Calm
    assert any("Pacing: Very slow, lulling." in p for p in prompts)  # Bedtime
    assert all(p.startswith("Read the user's message aloud verbatim") for p in prompts)
    again = parley(*args, url=demo_server.url)
    assert again.code == 0 and len(system_prompts(demo_server)) == 2  # from the clip cache
    summary = json.loads((home / "clips" / "summary.json").read_text(encoding="utf-8"))
    assert sorted(r["vibe"] for r in summary["rows"]) == ["Bedtime", "Calm"]
    bad = parley("compare", TEXT, "--voices", "alloy", "--vibes", "nope", "-o", "x")
    assert bad.code == 2 and "no vibe called 'nope'" in bad.err


def test_a_vibe_is_instructions_after_the_system_prompt(tmp_path: Path) -> None:
    calm = PRESETS[0]
    assert calm.instructions().splitlines()[0] == "Voice Affect: Warm, steady and reassuring."
    assert speaking_instructions("Be brief.", None) == "Be brief."
    composed = speaking_instructions("Be brief.", calm)
    assert composed.startswith("Be brief.\n\nSpeak in this style") and composed.endswith(
        calm.instructions()
    )
    book = VibeBook(tmp_path / "vibes.json")
    book.save(Vibe("Calm", affect="Mine."))  # one's own shadows the preset of that name
    assert book.find("calm").affect == "Mine." and len(book.all()) == len(PRESETS)
