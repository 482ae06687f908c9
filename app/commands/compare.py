"""``parley compare``: the same text in several voices (and models), one file per voice x model.

Key and endpoint as for ``parley ask``. Clips come from the history's clip cache when the same
endpoint, model, voice, format, instructions and text were asked before (``--fresh`` asks
again); every new clip goes into the cache. Writes ``DIR/<pattern>`` per clip,
``DIR/transcripts.txt`` and ``DIR/summary.json``, and prints a table.
Exit codes: 0 every clip saved, 1 some failed (the others are saved), 2 a usage error.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from app.audio.export import ExportError
from app.commands.connect import UsageProblem, add_server_arguments, open_client
from app.commands.prices import price_book, profile_for
from app.commands.server_words import error_text
from app.core import catalog
from app.core.audition import (
    DEFAULT_CONCURRENCY,
    MAX_CONCURRENCY,
    AuditionRunner,
    AuditionSpec,
    Row,
    SpecProblem,
    Status,
    diff_summary,
    summary_row,
)
from app.core.audition_costs import costs_text, run_costs
from app.core.audition_export import DEFAULT_PATTERN, check_names, export_rows
from app.core.client import ChatClient
from app.core.clips import public_endpoint
from app.core.errors import ServerMismatch
from app.core.settings import atomic_write
from app.core.store import Store
from app.core.studio.vibes import Vibe, VibeBook, VibeError
from app.core.studio.vibes import default_path as vibes_path

HELP = "say one text in several voices and models, save a clip of each and a summary"

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
SUMMARY_NAME = "summary.json"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("text", help="what every voice says")
    parser.add_argument(
        "--voices",
        required=True,
        metavar="V1,V2",
        help="comma-separated voices (alloy,ash,...), or 'all' for every known voice",
    )
    parser.add_argument(
        "--models",
        default=catalog.DEFAULT_MODEL,
        metavar="M1,M2",
        help=f"comma-separated models ({catalog.DEFAULT_MODEL})",
    )
    parser.add_argument(
        "--format", choices=catalog.FORMATS, default="wav", help="audio format of the clips (wav)"
    )
    parser.add_argument(
        "--vibes",
        metavar="NAME,NAME",
        help="say it in each of these vibes too (how to speak: 'parley vibes' lists them);"
        " files are named by voice and vibe",
    )
    parser.add_argument(
        "--exact",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="ask the model to say the text verbatim (default), or send it as a normal prompt",
    )
    parser.add_argument(
        "--concurrency",
        type=int,
        default=DEFAULT_CONCURRENCY,
        metavar="N",
        help=f"requests at a time (default {DEFAULT_CONCURRENCY}, at most {MAX_CONCURRENCY})",
    )
    parser.add_argument(
        "--fresh", action="store_true", help="ask again even when a clip is in the cache"
    )
    parser.add_argument(
        "-o", "--output", metavar="DIR", type=Path, help="folder for the clips (not with --blind)"
    )
    parser.add_argument(
        "--blind",
        action="store_true",
        help="blind rounds: two voices at a time as A and B, names shown after your vote"
        " (a, b, = tie, x both bad, r hear again); votes kept for 'parley leaderboard'",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        metavar="N",
        help="with --blind: how many rounds (default: every pair)",
    )
    parser.add_argument(
        "--name-pattern",
        default=DEFAULT_PATTERN,
        metavar="PATTERN",
        help="file names from {voice} {model} {ext} {n} {format} (default %(default)s)",
    )
    parser.add_argument(
        "--base-url",
        dest="compare_base_url",
        metavar="URL",
        help="endpoint, e.g. http://127.0.0.1:8000/v1",
    )
    add_server_arguments(parser)


def _names(value: str, every: tuple[str, ...] = ()) -> tuple[str, ...]:
    if every and value.strip().lower() == "all":
        return every
    return tuple(dict.fromkeys(v.strip() for v in value.split(",") if v.strip()))


def _vibes(names: str | None) -> tuple[Vibe | None, ...]:
    if not names:
        return (None,)
    book = VibeBook(vibes_path())
    return tuple(book.find(name) for name in _names(names))


def _usage(message: str) -> int:
    print(f"parley: {message}", file=sys.stderr)
    return EXIT_USAGE


def run(args: argparse.Namespace) -> int:
    where = argparse.Namespace(
        ask_base_url=args.compare_base_url,
        base_url=getattr(args, "base_url", None),
        provider=args.provider,
        api_version=args.api_version,
    )
    try:
        vibes = _vibes(args.vibes)  # a name that does not exist is said before anything else
    except VibeError as exc:
        return _usage(f"there is no vibe called {exc.name!r} (see 'parley vibes')")
    try:
        client = open_client(where)
    except UsageProblem as exc:
        return _usage(str(exc))
    try:
        spec = AuditionSpec(
            text=args.text,
            voices=_names(args.voices, client.server.allows.voices),
            models=_names(args.models),
            exact=args.exact,
            format=args.format,
            concurrency=args.concurrency,
            vibes=vibes,
        )
        for model in spec.models:
            client.check(model)
    except SpecProblem as exc:
        return _usage(str(exc)[0].lower() + str(exc)[1:].rstrip("."))
    except ServerMismatch as exc:
        return _usage(error_text(exc))
    if args.blind:
        return _blind(client, spec, args)
    if args.output is None:
        return _usage("give a folder for the clips with -o DIR")
    folder: Path = args.output
    try:
        check_names(spec.pairs(), args.name_pattern, spec.format)
    except ExportError as exc:
        return _usage(str(exc))
    if folder.exists() and not folder.is_dir():
        return _usage(f"{folder} is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return _usage(f"cannot create the folder {folder}: {exc.strerror or exc}")
    try:
        return asyncio.run(_compare(client, spec, args, folder))
    except KeyboardInterrupt:
        print("parley: interrupted", file=sys.stderr)
        return 130


def _blind(client: ChatClient, spec: AuditionSpec, args: argparse.Namespace) -> int:
    if args.rounds is not None and args.rounds < 1:
        return _usage("--rounds takes a number from 1")
    if len(spec.pairs()) < 2:
        return _usage("a blind round needs at least two voices (or models)")
    from app.commands.compare_blind import run_blind

    try:
        return asyncio.run(run_blind(client, spec, args))
    except KeyboardInterrupt:
        print("\nparley: interrupted; the votes given are kept", file=sys.stderr)
        return 130


def _open_store() -> Store | None:
    try:
        return Store()
    except Exception as exc:  # the comparison still works, only without the cache
        print(f"parley: warning: the clip cache cannot be opened ({exc}); every clip is asked for")
        return None


async def _compare(
    client: ChatClient, spec: AuditionSpec, args: argparse.Namespace, folder: Path
) -> int:
    store = await asyncio.to_thread(_open_store)

    def progress(row: Row) -> None:
        if row.settled:
            failed = row.status == Status.FAILED
            said = (row.failure and error_text(row.failure)) or row.error
            said = said if failed else f"{row.duration:.1f} s"
            print(f"parley: {row.name}: {row.status.value} ({said})", file=sys.stderr)

    try:
        async with client:
            runner = AuditionRunner(client, store.clips if store else None, listener=progress)
            rows = await runner.run(spec, fresh=args.fresh)
        try:
            result = await asyncio.to_thread(
                lambda: export_rows(
                    rows,
                    folder,
                    text=spec.text,
                    fmt=spec.format,
                    pattern=args.name_pattern,
                    overwrite=True,
                )
            )
        except ExportError as exc:
            print(f"parley: {exc}", file=sys.stderr)
            return EXIT_ERROR
    finally:
        if store is not None:
            store.close()
    files = {i: p.name for i, p in result.files.items()}
    failed = sum(not r.ok for r in rows)
    book = price_book()
    spent, saved = run_costs(rows, spec, book, profile_for(book, client.base_url))
    summary = {
        "text": spec.text,
        "exact": spec.exact,
        "instructions": spec.instructions,
        "format": spec.format,
        "endpoint": public_endpoint(client.base_url),
        "rows": [summary_row(r, files.get(r.index)) for r in rows],
        "transcripts": result.transcript.name if result.transcript else None,
        "failed": failed,
        "cost_usd": round(spent.usd, 6) if spent.usd is not None else None,
        "saved_by_cache_usd": round(saved.usd, 6) if saved.usd is not None else None,
        "cost_is_estimate": True,
    }
    atomic_write(folder / SUMMARY_NAME, (json.dumps(summary, indent=2) + "\n").encode("utf-8"))
    print(_table(rows, files))
    if costs := costs_text(spent, saved):
        print(f"Cost: {costs}")
    for problem in result.problems:
        print(f"parley: {problem}", file=sys.stderr)
    if failed or result.problems:
        print(
            f"parley: {failed or len(result.problems)} of {len(rows)} clips failed; "
            f"the others are saved in {folder}",
            file=sys.stderr,
        )
        return EXIT_ERROR
    return EXIT_OK


def _table(rows: list[Row], files: dict[int, str]) -> str:
    head = ("voice", "model", "status", "length", "file", "transcript")
    lines: list[tuple[str, ...]] = [head]
    for row in rows:
        status = "new" if row.status == Status.DONE else row.status.value
        if row.ok:
            length, said = f"{row.duration:.1f} s", diff_summary(row.diff)
        else:
            length, said = "-", row.error
        voice = f"{row.voice} ({row.vibe})" if row.vibe else row.voice
        lines.append((voice, row.model, status, length, files.get(row.index, "-"), said))
    widths = [max(len(line[i]) for line in lines) for i in range(len(head) - 1)]
    out = []
    for line in lines:
        cells = [cell.ljust(width) for cell, width in zip(line, widths, strict=False)]
        out.append("  ".join([*cells, line[-1]]).rstrip())
    return "\n".join(out)
