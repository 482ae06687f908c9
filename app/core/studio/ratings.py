"""Ratings from blind votes: a Bradley-Terry fit on the Elo scale, with 95 % intervals, and the
choice of the next pair to hear.

Every vote is a game between two contenders: a win, or a tie (``tie`` and ``bad``, "both bad",
count half a win each, as TTS Arena and Chatbot Arena count them). Strengths are fitted by
Newton's method on the log-likelihood with a weak normal prior (so a voice that won every game
has a finite rating and every interval exists), and shown as ``1000 + 400·log10(strength)``. The
interval is ±1.96 standard errors from the fit's curvature, about the field's mean (votes say
how far apart voices are, not where the whole field sits). The same votes give the same table.

Contenders can be ranked per voice, per voice+model, or per vibe: the vote's two sides are
named by the chosen key, and a vote whose two sides share that name says nothing and is left out.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

Outcome = Literal["a", "b", "tie", "bad"]
OUTCOMES: tuple[Outcome, ...] = ("a", "b", "tie", "bad")
By = Literal["voice", "model", "vibe"]
BY: tuple[By, ...] = ("voice", "model", "vibe")
BASE = 1000.0
SCALE = 400.0 / math.log(10.0)
#: The prior's spread on log-strength: about 350 Elo points.
PRIOR_SD = 2.0
NO_VIBE = "(no vibe)"


@dataclass(frozen=True, order=True)
class Contender:
    """Who speaks in a blind round: a voice, in a model, with a vibe (or none)."""

    voice: str
    model: str = ""
    vibe: str = ""

    def name(self, by: By = "model") -> str:
        """How the leaderboard names it: the voice, the voice and model, or the vibe."""
        if by == "voice":
            return self.voice
        if by == "vibe":
            return self.vibe or NO_VIBE
        return f"{self.voice} · {self.model}" if self.model else self.voice


@dataclass(frozen=True)
class Vote:
    a: Contender
    b: Contender
    outcome: Outcome
    text: str = ""
    created_at: float = 0.0


@dataclass(frozen=True)
class Standing:
    name: str
    rating: float
    low: float
    high: float
    votes: int
    wins: int
    losses: int
    ties: int

    @property
    def margin(self) -> float:
        return (self.high - self.low) / 2.0


def choose_by(contenders: Iterable[Contender]) -> By:
    """How a blind session names its contenders: by vibe when only the vibe differs, by
    voice+model when several models are in it, else by voice."""
    field = list(contenders)
    if len({c.vibe for c in field}) > 1 and len({(c.voice, c.model) for c in field}) == 1:
        return "vibe"
    return "model" if len({c.model for c in field}) > 1 else "voice"


def _games(votes: Iterable[Vote], by: By) -> list[tuple[str, str, float]]:
    """(first, second, score of first) per vote that compares two different names."""
    games = []
    for vote in votes:
        a, b = vote.a.name(by), vote.b.name(by)
        if a == b:
            continue
        score = {"a": 1.0, "b": 0.0}.get(vote.outcome, 0.5)
        games.append((a, b, score))
    return games


def _fit(names: list[str], games: list[tuple[str, str, float]]) -> tuple[np.ndarray, np.ndarray]:
    """Log-strengths and their standard errors."""
    index = {name: i for i, name in enumerate(names)}
    n = len(names)
    first = np.array([index[a] for a, _, _ in games], dtype=np.intp)
    second = np.array([index[b] for _, b, _ in games], dtype=np.intp)
    score = np.array([s for _, _, s in games], dtype=np.float64)
    theta = np.zeros(n)
    prior = 1.0 / PRIOR_SD**2
    hessian = np.eye(n) * prior
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(theta[first] - theta[second])))
        residual = score - p
        gradient = -prior * theta
        np.add.at(gradient, first, residual)
        np.add.at(gradient, second, -residual)
        weight = p * (1.0 - p)
        hessian = np.eye(n) * prior
        np.add.at(hessian, (first, first), weight)
        np.add.at(hessian, (second, second), weight)
        np.add.at(hessian, (first, second), -weight)
        np.add.at(hessian, (second, first), -weight)
        step = np.linalg.solve(hessian, gradient)
        theta += step
        if float(np.max(np.abs(step))) < 1e-9:
            break
    # Votes say how far apart the contenders are, never where the whole field sits (that is the
    # prior's say): the ratings and their errors are taken about the field's mean.
    centre = np.eye(n) - np.full((n, n), 1.0 / n)
    covariance = centre @ np.linalg.inv(hessian) @ centre
    errors = np.sqrt(np.maximum(np.diag(covariance), 1e-12))
    return theta - theta.mean(), errors


def standings(votes: Sequence[Vote], by: By = "model") -> list[Standing]:
    """The leaderboard: every name in ``votes``, best first."""
    games = _games(votes, by)
    names = sorted({a for a, _, _ in games} | {b for _, b, _ in games})
    if not names:
        return []
    theta, errors = _fit(names, games)
    tally = {name: [0, 0, 0] for name in names}  # wins, losses, ties
    for a, b, score in games:
        if score == 1.0:
            tally[a][0] += 1
            tally[b][1] += 1
        elif score == 0.0:
            tally[a][1] += 1
            tally[b][0] += 1
        else:
            tally[a][2] += 1
            tally[b][2] += 1
    table = []
    for i, name in enumerate(names):
        rating = BASE + SCALE * float(theta[i])
        margin = 1.96 * SCALE * float(errors[i])
        wins, losses, ties = tally[name]
        table.append(
            Standing(
                name,
                rating,
                rating - margin,
                rating + margin,
                wins + losses + ties,
                wins,
                losses,
                ties,
            )
        )
    return sorted(table, key=lambda s: (-s.rating, s.name))


def next_pair(
    contenders: Sequence[Contender],
    votes: Sequence[Vote],
    by: By = "model",
    rng: random.Random | None = None,
) -> tuple[Contender, Contender]:
    """The pair whose vote would tell the most, in random A/B order.

    A pair scores higher the closer its two ratings (a coin-flip race), the wider their
    intervals (little known yet) and the fewer times the two met: so new pairs come first, then
    the races the standings cannot yet call. Ties in score are broken at random.
    """
    if len(contenders) < 2:
        raise ValueError("a blind round needs two contenders")
    rng = rng or random.Random()
    table = {s.name: s for s in standings(votes, by)}
    met: dict[frozenset[str], int] = {}
    for vote in votes:
        key = frozenset((vote.a.name(by), vote.b.name(by)))
        met[key] = met.get(key, 0) + 1
    wide = 2 * 1.96 * SCALE * PRIOR_SD

    def score(pair: tuple[Contender, Contender]) -> float:
        a, b = (table.get(c.name(by)) for c in pair)
        ra, rb = (s.rating if s else BASE for s in (a, b))
        wa, wb = (s.high - s.low if s else wide for s in (a, b))
        p = 1.0 / (1.0 + math.pow(10.0, (rb - ra) / 400.0))
        closeness = p * (1.0 - p)
        meetings = met.get(frozenset((pair[0].name(by), pair[1].name(by))), 0)
        return closeness * (wa + wb) / (1.0 + meetings)

    pairs = [p for p in itertools.combinations(contenders, 2) if p[0].name(by) != p[1].name(by)]
    if not pairs:
        pairs = list(itertools.combinations(contenders, 2))
    best = max(score(p) for p in pairs)
    chosen = rng.choice([p for p in pairs if score(p) >= best * (1 - 1e-9)])
    return (chosen[0], chosen[1]) if rng.random() < 0.5 else (chosen[1], chosen[0])


def to_csv(table: Sequence[Standing]) -> str:
    """The leaderboard as CSV (a header row, then rank, name, rating, interval, counts)."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["rank", "name", "rating", "low_95", "high_95", "votes", "wins", "losses",
                     "ties"])  # fmt: skip
    for rank, s in enumerate(table, start=1):
        writer.writerow([rank, s.name, f"{s.rating:.0f}", f"{s.low:.0f}", f"{s.high:.0f}",
                         s.votes, s.wins, s.losses, s.ties])  # fmt: skip
    return out.getvalue()
