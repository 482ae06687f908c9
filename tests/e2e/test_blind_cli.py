"""``parley compare --blind`` and ``parley leaderboard`` as a user runs them, against the demo
server and a real sound server: what is heard as A is the voice named A after the vote, names
are hidden until then, a wrong answer is asked again, standings follow the votes, and a second
session asks the server for nothing (the clip cache)."""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from app.demo.server import DemoServer
from tests.e2e.cli_runner import Run, cli_env, run_in_process
from tests.unit.sound_helpers import MonitorRecording, regions

pytestmark = pytest.mark.sound
TEXT = "Good morning to you."
VOICES = ("onyx", "shimmer")


@pytest.fixture
def parley(
    home: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> Callable[..., Run]:
    def run(*args: str, url: str | None = None, stdin: str = "") -> Run:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        result = run_in_process(list(args), cli_env(home, url), monkeypatch, capfd)
        assert "Traceback" not in result.out + result.err
        return result

    return run


def posts(server: DemoServer) -> int:
    return sum(1 for m, p, _ in server.requests if m == "POST" and "/chat/completions" in p)


def brightness(clip: np.ndarray, rate: int) -> float:
    """Spectral centroid in Hz: shimmer's high voice is brighter than onyx's low one."""
    spectrum = np.abs(np.fft.rfft(clip))
    freqs = np.fft.rfftfreq(len(clip), 1 / rate)
    return float((spectrum * freqs).sum() / spectrum.sum())


def reveals(out: str) -> list[tuple[str, str]]:
    return re.findall(r"A was (\w+)[^,]*, B was (\w+)", out)


def test_blind_rounds_hide_names_until_the_vote_and_play_what_they_name(
    parley: Callable[..., Run], demo_server: DemoServer, sound_server: None
) -> None:
    args = ["compare", TEXT, "--voices", ",".join(VOICES), "--blind", "--rounds", "3"]
    with MonitorRecording() as recording:
        first = parley(*args, url=demo_server.url, stdin="a\nwhat\nb\nr\nx\n")
    assert first.code == 0, first.err
    # names hidden until each vote: nothing names a voice between two reveals
    for before in re.split(r"A was [^\n]*, B was [^\n]*", first.out + first.err)[:-1]:
        assert not any(v in before for v in VOICES), before
    assert "'what' is not one of a, b, =, x, r." in first.out
    said = reveals(first.out)
    assert len(said) == 3 and all(set(pair) == set(VOICES) for pair in said)

    # what was heard: A then B each round, round 3 twice (r: hear again)
    heard = [r for r in regions(recording.samples(), recording.rate, min_gap=0.35)
             if len(r) > 0.3 * recording.rate]  # fmt: skip
    assert len(heard) == 8, [len(r) / recording.rate for r in heard]
    bright = [brightness(r, recording.rate) for r in heard]
    middle = float(np.median(bright))
    voice_heard = ["shimmer" if b > middle else "onyx" for b in bright]
    order = [said[0], said[1], said[2], said[2]]
    assert voice_heard == [v for pair in order for v in pair]

    # standings: the first vote went to A, the second to B, the third was "both bad"
    assert "Standings after 3 votes (3 in this session):" in first.out
    assert posts(demo_server) == 2  # one clip per voice

    second = parley(*args[:-2], "--rounds", "1", url=demo_server.url, stdin="b\n")
    assert second.code == 0 and posts(demo_server) == 2  # every clip from the cache

    winner_of = {0: said[0][0], 1: said[1][1]}
    board = parley("leaderboard", "--csv")
    rows = list(csv.DictReader(io.StringIO(board.out)))
    assert {r["name"] for r in rows} == set(VOICES)
    assert sum(int(r["votes"]) for r in rows) == 2 * 4
    wins = {r["name"]: int(r["wins"]) for r in rows}
    assert wins[winner_of[0]] + wins[winner_of[1]] >= 2 - (winner_of[0] != winner_of[1])
    text = parley("leaderboard", "--by", "model").out
    assert "onyx · gpt-audio" in text and "95 % interval" in text


def test_leaderboard_with_no_votes_says_how_to_make_some(parley: Callable[..., Run]) -> None:
    result = parley("leaderboard")
    assert result.code == 0 and "No votes yet" in result.out


def test_blind_needs_two_voices(parley: Callable[..., Run], demo_server: DemoServer) -> None:
    result = parley("compare", TEXT, "--voices", "onyx", "--blind", url=demo_server.url)
    assert result.code == 2 and "needs at least two voices" in result.err
