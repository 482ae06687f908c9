"""``parley history``: list saved conversations, or search their prompts and transcripts."""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from typing import TYPE_CHECKING

from app.commands.checks import not_utf8, one_line
from app.core.store_files import ReadOnlyHistory

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
    from app.commands.ask_history import open_store
    from app.commands.prices import price_book
    from app.core.costs import money, total
    from app.core.store import StoreError

    if args.search is not None and not args.search.strip():
        print("parley history: --search needs some words to look for", file=sys.stderr)
        return 2
    if args.limit < 1 or args.limit > 1_000_000:
        print("parley history: --limit must be from 1 to 1000000", file=sys.stderr)
        return 2
    if (problem := not_utf8(args.search or "", "search text")) is not None:
        print(f"parley history: {problem}", file=sys.stderr)
        return 2
    try:
        with open_store() as store:
            if store.read_only:
                print(f"parley: note: {ReadOnlyHistory(store.root)}", file=sys.stderr)
            if args.search is not None:
                return _search(store, args.search, args.limit)
            summaries = store.list_conversations()
            usages = store.usages()
    except (StoreError, sqlite3.Error) as exc:  # damage found after opening, too
        print(f"parley: {one_line(str(exc))}", file=sys.stderr)
        return 1
    if not summaries:
        print("No conversations yet.")
        return 0
    book = price_book()
    costs = {s.id: total([book.estimate(u, m) for m, u in usages.get(s.id, [])]) for s in summaries}
    width = max(2, *(len(str(s.id)) for s in summaries))
    print(f"{'ID':>{width}}  {'LAST USE':<16}  {'TURNS':>5}  {'COST*':>9}  TITLE")
    for s in summaries:
        title = one_line(s.title) or "(untitled)"
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
        print(f"No turns match “{one_line(text.strip())}”.")
        return 0
    for hit in hits:
        title = one_line(hit.title) or "(untitled)"
        print(f"conversation {hit.conversation_id}, turn {hit.turn_number}: {title}")
        print(f"    {one_line(' '.join(hit.snippet.split()))}")
    total = store.count_matches(text) if len(hits) >= limit else len(hits)
    if total > len(hits):
        print(f"First {len(hits):,} of {total:,} matching turns; --limit N shows more.")
    return 0
