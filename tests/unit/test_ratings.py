"""Blind-vote ratings: standings move the way the votes say, intervals narrow as votes come in,
the next pair settles the closest race, A/B order is random, and votes persist in the history."""

from __future__ import annotations

import csv
import io
import random
from collections import Counter
from pathlib import Path

from app.core.store import Store
from app.core.studio.ratings import Contender, Vote, next_pair, standings, to_csv

ALLOY = Contender("alloy", "gpt-audio-1.5", "calm")
ASH = Contender("ash", "gpt-audio-1.5", "calm")
CORAL = Contender("coral", "gpt-audio-1.5", "cheerful")
CORAL_MINI = Contender("coral", "gpt-audio-mini", "calm")


def wins(winner: Contender, loser: Contender, times: int) -> list[Vote]:
    """``times`` votes for ``winner``, half of them with it heard as B."""
    return [Vote(winner, loser, "a") if n % 2 else Vote(loser, winner, "b") for n in range(times)]


def test_standings_move_the_way_the_votes_say() -> None:
    votes = wins(CORAL, ALLOY, 6) + wins(ALLOY, ASH, 6) + wins(CORAL, ASH, 6)
    table = standings(votes)
    assert [s.name for s in table] == [
        "coral · gpt-audio-1.5",
        "alloy · gpt-audio-1.5",
        "ash · gpt-audio-1.5",
    ]
    assert table[0].rating > 1000 > table[2].rating
    assert [(s.votes, s.wins, s.losses) for s in table] == [(12, 12, 0), (12, 6, 6), (12, 0, 12)]
    # ash starts winning against alloy: ash climbs past alloy
    turned = standings(votes + wins(ASH, ALLOY, 14))
    assert [s.name.split(" ")[0] for s in turned].index("ash") < [
        s.name.split(" ")[0] for s in turned
    ].index("alloy")


def test_intervals_hold_the_rating_and_narrow_with_more_votes() -> None:
    few = {s.name: s for s in standings(wins(CORAL, ALLOY, 2) + wins(ALLOY, CORAL, 2))}
    many = {s.name: s for s in standings(wins(CORAL, ALLOY, 20) + wins(ALLOY, CORAL, 20))}
    for name, standing in few.items():
        assert standing.low < standing.rating < standing.high
        assert many[name].margin < standing.margin
        assert abs(many[name].rating - 1000) < 1


def test_ties_and_both_bad_count_half_and_the_same_name_is_no_game() -> None:
    votes = [Vote(ALLOY, ASH, "tie"), Vote(ASH, ALLOY, "bad"), Vote(CORAL, CORAL_MINI, "a")]
    by_voice = {s.name: s for s in standings(votes, "voice")}
    assert set(by_voice) == {"alloy", "ash"}  # coral against coral says nothing per voice
    assert by_voice["alloy"].ties == 2 and abs(by_voice["alloy"].rating - 1000) < 1e-6
    by_model = {s.name: s for s in standings(votes, "model")}
    assert by_model["coral · gpt-audio-1.5"].wins == 1
    by_vibe = {s.name: s for s in standings(votes, "vibe")}
    assert by_vibe["cheerful"].wins == 1 and by_vibe["calm"].losses == 1


def test_next_pair_hears_new_pairs_first_then_the_closest_race() -> None:
    rng = random.Random(7)
    contenders = [ALLOY, ASH, CORAL]
    votes: list[Vote] = []
    first_three = set()
    for _ in range(3):
        a, b = next_pair(contenders, votes, rng=rng)
        first_three.add(frozenset((a, b)))
        votes.append(Vote(a, b, "tie"))
    assert len(first_three) == 3  # every pair once before any twice
    # coral is far ahead of both; alloy and ash are neck and neck: that race is next
    votes = wins(CORAL, ALLOY, 10) + wins(CORAL, ASH, 10) + wins(ALLOY, ASH, 3)
    votes += wins(ASH, ALLOY, 3)
    picks = Counter(frozenset(next_pair(contenders, votes, rng=rng)) for _ in range(20))
    assert picks.most_common(1)[0][0] == frozenset((ALLOY, ASH))


def test_the_order_of_a_and_b_is_random() -> None:
    rng = random.Random(1)
    firsts = Counter(next_pair([ALLOY, ASH], [], rng=rng)[0].voice for _ in range(200))
    assert 70 < firsts["alloy"] < 130 and firsts["alloy"] + firsts["ash"] == 200


def test_the_leaderboard_as_csv() -> None:
    rows = list(csv.reader(io.StringIO(to_csv(standings(wins(CORAL, ALLOY, 4))))))
    assert rows[0] == ["rank", "name", "rating", "low_95", "high_95", "votes", "wins", "losses",
                       "ties"]  # fmt: skip
    assert rows[1][:2] == ["1", "coral · gpt-audio-1.5"] and rows[1][5:8] == ["4", "4", "0"]
    assert int(rows[1][3]) < int(rows[1][2]) < int(rows[1][4])


def test_votes_are_kept_in_the_history_database(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        store.votes.add(Vote(ALLOY, CORAL, "b", text="Hello there."))
        store.votes.add(Vote(CORAL, ASH, "bad"))
    with Store(tmp_path) as store:
        kept = store.votes.all()
    assert [(v.a, v.b, v.outcome) for v in kept] == [(ALLOY, CORAL, "b"), (CORAL, ASH, "bad")]
    assert kept[0].text == "Hello there." and kept[0].created_at > 0
