"""``parley narrate``: a script (paragraphs separated by blank lines) read aloud into numbered
files in DIR, plus one joined file with a chapter per paragraph and its captions.

The cost is estimated before anything is asked; a line per paragraph says how it went. A second
run asks only for what is missing or changed (and the clip cache is used). Ctrl+C keeps every
finished file. Exit codes: 0 all done, 1 some paragraphs failed (the rest are saved), 2 usage.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.core import catalog

if TYPE_CHECKING:
    from app.core.client import ChatClient
    from app.core.studio.narration import NarrationSpec
    from app.core.studio.script import Piece

HELP = "read a script aloud to numbered files, plus one file with chapters and captions"
FORMATS = ("mp3", "wav", "flac", "opus")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("script", type=Path, metavar="SCRIPT.txt", help="a UTF-8 text file")
    parser.add_argument("--voice", required=True, help="the voice that reads it")
    parser.add_argument("--vibe", metavar="NAME", help="how to speak ('parley vibes' lists them)")
    parser.add_argument(
        "--model", default=catalog.DEFAULT_MODEL, help=f"model ({catalog.DEFAULT_MODEL})"
    )
    parser.add_argument("--format", choices=FORMATS, default="mp3", help="file format (mp3)")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="DIR")
    parser.add_argument(
        "--base-url", dest="narrate_base_url", metavar="URL", help="endpoint for this run"
    )


def _fail(message: str, code: int = 2) -> int:
    print(f"parley: {message}", file=sys.stderr)
    return code


def _script_problem(exc: Exception) -> str:
    from app.core.studio.script import ScriptError

    assert isinstance(exc, ScriptError)
    return {
        "missing": f"there is no script at {exc.path}",
        "unreadable": f"{exc.path} cannot be read ({exc.detail})",
        "not_utf8": f"{exc.path} is not UTF-8 text (line {exc.line}); save it as UTF-8",
        "empty": f"{exc.path} has nothing to read: it is empty or only blank lines",
    }[exc.kind]


def run(args: argparse.Namespace) -> int:
    from app.commands.connect import UsageProblem, open_client
    from app.core.studio.narration import NarrationSpec
    from app.core.studio.script import ScriptError, plan, read_script
    from app.core.studio.vibes import VibeBook, VibeError, default_path

    try:
        pieces = plan(read_script(args.script))
    except ScriptError as exc:
        return _fail(_script_problem(exc))
    vibe = None
    if args.vibe:
        try:
            vibe = VibeBook(default_path()).find(args.vibe)
        except VibeError:
            return _fail(f"there is no vibe called {args.vibe!r} (see 'parley vibes')")
    folder: Path = args.output
    if folder.exists() and not folder.is_dir():
        return _fail(f"{folder} is a file, not a folder")
    where = argparse.Namespace(
        ask_base_url=args.narrate_base_url, base_url=getattr(args, "base_url", None)
    )
    try:
        client = open_client(where)
    except UsageProblem as exc:
        return _fail(str(exc))
    spec = NarrationSpec(args.voice, args.model, vibe, args.format)
    try:
        return asyncio.run(_narrate(client, spec, pieces, folder))
    except KeyboardInterrupt:
        print(
            "\nparley: stopped; every finished file is kept in "
            f"{folder}. Run the same command again to do the rest.",
            file=sys.stderr,
        )
        return 130


async def _narrate(
    client: ChatClient, spec: NarrationSpec, pieces: list[Piece], folder: Path
) -> int:
    from app.audio.export import ExportError
    from app.commands.prices import price_book, profile_for
    from app.core.costs import money
    from app.core.store import Store
    from app.core.studio.narration import Narrator, PieceResult, estimate_usage

    try:
        store = await asyncio.to_thread(Store)
    except Exception as exc:  # narration still works, only without the clip cache
        print(f"parley: warning: the clip cache cannot be opened ({exc})", file=sys.stderr)
        store = None

    def said(done: PieceResult, n: int, total: int) -> None:
        where = f"[{n}/{total}] {done.piece.label}"
        if done.outcome == "failed":
            again = " (asked twice)" if done.retried else ""
            print(f"{where}: FAILED{again}: {done.problem}", flush=True)
            return
        how = {"new": "new", "kept": "already done", "cached": "from the clip cache"}
        line = f"{where}: {done.file} {how[done.outcome]}"
        if done.seconds:
            line += f" ({done.seconds:.1f} s)"
        if done.retried:
            line += f"; asked again, {done.problem or 'now complete'}"
        print(line, flush=True)

    try:
        async with client:
            narrator = Narrator(client, store.clips if store else None, folder, spec, said)
            todo = await asyncio.to_thread(narrator.missing, pieces)
            paragraphs = len({p.number for p in pieces})
            book = price_book()
            cost = book.estimate(
                estimate_usage(todo, spec), spec.model, profile_for(book, client.base_url)
            )
            price = f"≈ {money(cost.usd)}" if cost.usd is not None else "not priced"
            split = len(pieces) - paragraphs
            print(
                f"{paragraphs} paragraph{'s' if paragraphs != 1 else ''}"
                + (f" ({split} long ones split at sentence ends)" if split else "")
                + f"; {len(todo)} piece{'s' if len(todo) != 1 else ''} to ask for"
                + (f", estimated cost {price} (before the clip cache)" if todo else "")
                + ".",
                flush=True,
            )
            try:
                result = await narrator.run(pieces)
            except ExportError as exc:
                print(f"parley: {exc}", file=sys.stderr)
                return 1
    finally:
        if store is not None:
            store.close()
    if result.failed:
        print(
            f"parley: {len(result.failed)} of {len(pieces)} pieces failed; the others are in "
            f"{folder}. Run the same command again to retry them.",
            file=sys.stderr,
        )
        return 1
    if result.join_problem:
        print(f"parley: the joined file could not be made: {result.join_problem}", file=sys.stderr)
        return 1
    if result.joined is not None:
        print(f"Joined: {result.joined} (a chapter per paragraph)")
    if result.captions is not None:
        print(f"Captions: {result.captions}")
    return 0
