"""``parley export``: a saved conversation to a folder, a .zip, or one joined audio file."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from app.commands import checks

HELP = "export a saved conversation: numbered audio files, transcript.md and conversation.json"

FORMAT_CHOICES = ("original", "wav", "mp3", "flac", "opus", "pcm16")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "conversation", nargs="?", type=checks.row_id, metavar="CONVERSATION_ID",
        help="the conversation's id, as 'parley history' lists it",
    )  # fmt: skip
    parser.add_argument(
        "--latest", action="store_true", help="export the most recently used conversation"
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="PATH",
        help="a folder to create, a .zip file, or (with --joined) an audio file",
    )
    parser.add_argument(
        "--format",
        choices=FORMAT_CHOICES,
        default="original",
        help="audio format of the exported files (default: original, the audio as received,"
        " a streamed reply's raw pcm16 as WAV of the same samples; pcm16: raw, no header)",
    )
    parser.add_argument(
        "--joined",
        action="store_true",
        help="write one audio file with short silences between the turns",
    )
    parser.add_argument(
        "--turns",
        metavar="N,N,...",
        help="export only these turns, numbered from 1 as in transcript.md (e.g. 3,5)",
    )
    parser.add_argument("--force", action="store_true", help="replace PATH if it exists")
    from app.commands import export_podcast

    export_podcast.add_arguments(parser)


def _turn_numbers(text: str) -> list[int] | None:
    parts = [part.strip() for part in text.split(",") if part.strip()]
    numbers = [checks.parse_row_id(part) for part in parts]
    valid = [n for n in numbers if n is not None]
    return valid if valid and len(valid) == len(numbers) else None


def _output_problem(output: Path) -> str | None:
    """Why nothing could be written at ``output``: checked before the export begins."""
    if output.is_dir():
        probe = output / ".parley-export-probe"
        problem = checks.output_problem(probe, what="export", make_folder=False)
        return None if problem is None else problem.replace(str(probe), str(output))
    return checks.output_problem(output, what="export", make_folder=False)


def _usage(message: str) -> int:
    print(f"parley export: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    if (args.conversation is None) == (not args.latest):
        return _usage("give either a CONVERSATION_ID or --latest (not both)")
    numbers = None
    if args.turns is not None:
        numbers = _turn_numbers(args.turns)
        if numbers is None:
            return _usage(f"--turns takes turn numbers from 1, separated by commas: {args.turns!r}")

    if args.podcast or args.captions:
        from app.commands import export_podcast

        return export_podcast.run(args)

    output: Path = args.output.expanduser()
    if output.exists() and not args.force and not (output.is_dir() and not any(output.iterdir())):
        print(f"parley: {output} already exists; use --force to replace it", file=sys.stderr)
        return 1

    problem = _output_problem(output)
    if problem is not None:
        print(f"parley: {problem}", file=sys.stderr)
        return 1

    from app.commands.ask_history import open_store
    from app.core.export import ExportCancelled, ExportError, export_conversation
    from app.core.store import StoreError

    try:
        with open_store() as store:
            cid = args.conversation if not args.latest else store.latest_conversation_id()
            if cid is None:
                print("parley: there are no conversations in the history yet", file=sys.stderr)
                return 1
            conversation = store.load_conversation(cid)
    except (StoreError, sqlite3.Error) as exc:  # damage found after opening, too
        print(f"parley: {exc}", file=sys.stderr)
        return 1

    turn_ids = None
    if numbers is not None:
        count = len(conversation.turns)
        beyond = [n for n in numbers if n > count]
        if beyond:
            print(
                f"parley: conversation {cid} has {count} turns; there is no turn "
                + ", ".join(map(str, beyond)),
                file=sys.stderr,
            )
            return 1
        turn_ids = [conversation.turns[n - 1].id or 0 for n in numbers]

    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show:
            print(f"\rexporting turn {done}/{total}", end="", file=sys.stderr, flush=True)

    try:
        result = export_conversation(
            conversation,
            output,
            audio_format=args.format,
            joined=args.joined,
            turn_ids=turn_ids,
            overwrite=args.force,
            progress=progress,
        )
    except (ExportError, StoreError) as exc:
        print(("\n" if show else "") + f"parley: {exc}", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, ExportCancelled):
        print("\nparley: export cancelled; nothing was written", file=sys.stderr)
        return 1
    if show:
        print(file=sys.stderr)
    for warning in result.warnings:
        print(f"parley: warning: {warning}", file=sys.stderr)
    if args.joined:
        print(f"Exported {result.seconds:.1f} s of audio to {result.path}")
    else:
        audio = len(result.files) - 2
        print(
            f"Exported {audio} audio file{'s' if audio != 1 else ''}, transcript.md and "
            f"conversation.json to {result.path}"
        )
    return 0
