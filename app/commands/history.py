"""``parley history``: list saved conversations, or search their prompts and transcripts."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.store import Store

HELP = "list saved conversations (id, title, last use, turns, estimated cost) or search them"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--search",
        "-s",
        metavar="TEXT",
        help="show the turns whose prompt or transcript holds these words, with the match",
    )
    parser.add_argument(
        "--limit", type=int, default=50, metavar="N", help="show at most N matches (default 50)"
    )


def _when(stamp: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(stamp))


def run(args: argparse.Namespace) -> int:
    from app.commands.prices import price_book
    from app.core.costs import money, total
    from app.core.store import Store, StoreError

    if args.search is not None and not args.search.strip():
        print("parley history: --search needs some words to look for", file=sys.stderr)
        return 2
    if args.limit < 1:
        print("parley history: --limit must be at least 1", file=sys.stderr)
        return 2
    try:
        with Store() as store:
            if args.search is not None:
                return _search(store, args.search, args.limit)
            summaries = store.list_conversations()
            usages = store.usages()
    except StoreError as exc:
        print(f"parley: {exc}", file=sys.stderr)
        return 1
    if not summaries:
        print("No conversations yet.")
        return 0
    book = price_book()
    costs = {s.id: total([book.estimate(u, m) for m, u in usages.get(s.id, [])]) for s in summaries}
    width = max(2, *(len(str(s.id)) for s in summaries))
    print(f"{'ID':>{width}}  {'LAST USE':<16}  {'TURNS':>5}  {'COST*':>9}  TITLE")
    for s in summaries:
        title = s.title or "(untitled)"
        usd = costs[s.id].usd
        cost = money(usd) if usd is not None else "-"
        print(f"{s.id:>{width}}  {_when(s.updated_at):<16}  {s.turn_count:>5}  {cost:>9}  {title}")
    unpriced = any(c.unpriced for c in costs.values())
    print(
        "* estimated from the token counts and the prices per model"
        + (" (some audio tokens have no known price and are left out)" if unpriced else "")
    )
    return 0


def _search(store: Store, text: str, limit: int) -> int:
    hits = store.search(text, limit=limit)
    if not hits:
        print(f"No turns match “{text.strip()}”.")
        return 0
    for hit in hits:
        title = hit.title or "(untitled)"
        print(f"conversation {hit.conversation_id}, turn {hit.turn_number}: {title}")
        print(f"    {' '.join(hit.snippet.split())}")
    total = store.count_matches(text) if len(hits) >= limit else len(hits)
    if total > len(hits):
        print(f"First {len(hits):,} of {total:,} matching turns; --limit N shows more.")
    return 0
