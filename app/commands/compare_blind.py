"""``parley compare --blind``: rounds of two clips of the same words, heard as A then B in a
random order with their names hidden, a vote read from standard input (``a``, ``b``, ``=`` for
a tie, ``x`` for both bad, ``r`` to hear them again), the names shown after each vote, and the
standings at the end. Votes are kept in the history database (``parley leaderboard``).

Every clip is fetched once before the first round (the clip cache first, so a clip already
paid for is never asked for again); a voice whose clip failed is left out with its reason.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import threading
from typing import Literal, TextIO

from app.audio.codecs import CodecError, Decoded, decode
from app.core.audition import AuditionRunner, AuditionSpec, Row
from app.core.client import ChatClient
from app.core.store import Store
from app.core.studio.ratings import (
    By,
    Contender,
    Outcome,
    Vote,
    choose_by,
    next_pair,
    standings,
)

EXIT_OK, EXIT_ERROR = 0, 1
ANSWERS: dict[str, Outcome] = {"a": "a", "b": "b", "=": "tie", "x": "bad"}
GAP_SECONDS = 0.6
PROMPT = "Vote: a, b, = (tie), x (both bad), r (hear again): "


def rounds_default(count: int) -> int:
    """Enough rounds for every pair once (at least 3, at most 20)."""
    return max(3, min(20, count * (count - 1) // 2))


async def run_blind(
    client: ChatClient,
    spec: AuditionSpec,
    args: argparse.Namespace,
    *,
    stdin: TextIO | None = None,
) -> int:
    """Fetch every clip, then run the rounds; returns the exit code."""
    store = await asyncio.to_thread(Store)
    try:
        done = 0

        def progress(row: Row) -> None:
            nonlocal done
            if row.settled:
                done += 1
                print(f"parley: clip {done} of {len(spec.pairs())} ready", file=sys.stderr)

        async with client:
            runner = AuditionRunner(client, store.clips, listener=progress)
            rows = await runner.run(spec, fresh=False)
        clips: dict[Contender, Decoded] = {}
        for row in rows:
            contender = Contender(row.voice, row.model, row.vibe)
            if not row.ok or row.audio is None:
                print(f"parley: {contender.name()} is left out: {row.error}", file=sys.stderr)
                continue
            try:
                clips[contender] = decode(row.audio.read_bytes(), row.audio.format)
            except (OSError, CodecError) as exc:
                print(f"parley: {contender.name()} is left out: {exc}", file=sys.stderr)
        if len(clips) < 2:
            print("parley: a blind round needs two voices that could be heard", file=sys.stderr)
            return EXIT_ERROR
        by: By = choose_by(clips)
        rounds = args.rounds or rounds_default(len(clips))
        played = await asyncio.to_thread(
            lambda: _rounds(store, clips, rounds, text=spec.text, by=by, stdin=stdin or sys.stdin)
        )
        if played is None:
            return EXIT_ERROR
        everything = await asyncio.to_thread(store.votes.all)
    finally:
        store.close()
    print()
    print(f"Standings after {len(everything)} vote{'s' if len(everything) != 1 else ''}"
          f" ({played} in this session):")  # fmt: skip
    from app.commands.leaderboard import table_text

    print(table_text(standings(everything, by)))
    return EXIT_OK


def _rounds(
    store: Store,
    clips: dict[Contender, Decoded],
    rounds: int,
    *,
    text: str,
    by: By,
    stdin: TextIO,
) -> int | None:
    from app.audio.loudness import DEFAULT_TARGET_LUFS
    from app.audio.player import Player, PlayerEvent

    finished = threading.Event()

    def heard(event: PlayerEvent) -> None:
        if event in (PlayerEvent.FINISHED, PlayerEvent.ERROR):
            finished.set()

    rng = random.Random()
    contenders = sorted(clips)
    played = 0
    with Player(listener=heard) as player:
        player.loudness_target = DEFAULT_TARGET_LUFS

        def play(label: str, clip: Decoded) -> bool:
            finished.clear()
            finished.wait(GAP_SECONDS)  # a breath before each clip, so they do not run on
            print(f"  {label} …", flush=True)
            finished.clear()
            player.play(clip)
            finished.wait(clip.duration + 5.0)
            if player.error is not None:
                print(f"parley: the clip cannot be played: {player.error}", file=sys.stderr)
                return False
            return True

        for number in range(1, rounds + 1):
            votes = store.votes.all()
            a, b = next_pair(contenders, votes, by, rng)
            print(f"\nRound {number} of {rounds}")
            answer: Outcome | Literal["replay", "end"] = "replay"
            while answer == "replay":
                if not (play("A", clips[a]) and play("B", clips[b])):
                    return None
                answer = _ask(stdin)
            if answer == "end":
                print("\nparley: no more votes; the ones given are kept")
                return played
            store.votes.add(Vote(a, b, answer, text=text))
            played += 1
            said = {"a": "you chose A", "b": "you chose B", "tie": "a tie", "bad": "both bad"}
            print(f"A was {_full(a)}, B was {_full(b)} ({said[answer]}).")
    return played


def _full(contender: Contender) -> str:
    name = contender.name("model")
    return f"{name} · {contender.vibe}" if contender.vibe else name


def _ask(stdin: TextIO) -> Outcome | Literal["replay", "end"]:
    """The vote (``a``, ``b``, ``tie``, ``bad``), or ``replay``, or ``end`` of the input."""
    while True:
        print(PROMPT, end="", flush=True)
        line = stdin.readline()
        if not line:
            return "end"
        choice = line.strip().lower()
        if choice == "r":
            return "replay"
        if choice in ANSWERS:
            return ANSWERS[choice]
        print(f"'{line.strip()}' is not one of a, b, =, x, r.")
