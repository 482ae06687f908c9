"""``parley leaderboard``: the standings from every blind vote kept in the history."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app.core.studio.ratings import BY, Standing

HELP = "the voices' standings from blind votes (rating, 95 % interval, votes)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--by",
        choices=BY,
        default="voice",
        help="rank voices, voice+model pairs, or vibes (default: voice)",
    )
    parser.add_argument("--csv", action="store_true", help="print the table as CSV")


def table_text(table: Sequence[Standing]) -> str:
    """The standings as an aligned table."""
    if not table:
        return "No votes yet: run 'parley compare TEXT --voices A,B --blind'."
    head = ("#", "name", "rating", "95 % interval", "votes", "won", "lost", "tied")
    lines = [head] + [
        (
            str(n),
            s.name,
            f"{s.rating:.0f}",
            f"{s.low:.0f}–{s.high:.0f}",
            str(s.votes),
            str(s.wins),
            str(s.losses),
            str(s.ties),
        )
        for n, s in enumerate(table, start=1)
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    return "\n".join(
        "  ".join(
            cell.ljust(w) if i == 1 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(line, widths, strict=True))
        ).rstrip()
        for line in lines
    )


def run(args: argparse.Namespace) -> int:
    from app.core.store import Store, StoreError
    from app.core.studio.ratings import standings, to_csv

    try:
        with Store() as store:
            votes = store.votes.all()
    except StoreError as exc:
        print(f"parley: {exc}", file=sys.stderr)
        return 1
    table = standings(votes, args.by)
    print(to_csv(table), end="") if args.csv else print(table_text(table))
    return 0
