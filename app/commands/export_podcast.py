"""``parley export --podcast``: a saved conversation as one chaptered audio file with captions."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

PODCAST_FORMATS = ("mp3", "opus", "flac", "wav")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("podcast")
    group.add_argument(
        "--podcast",
        action="store_true",
        help="write one audio file (MP3 unless --format or PATH's extension says otherwise) with"
        " a chapter per turn, a short gap between turns, levelled to -16 LUFS, tags and cover",
    )
    group.add_argument(
        "--captions",
        choices=("srt", "vtt"),
        help="with --podcast: captions beside the file, one cue per sentence",
    )
    group.add_argument(
        "--loudness",
        type=float,
        default=-16.0,
        metavar="LUFS",
        help="with --podcast: the loudness every turn is brought to (default -16)",
    )


def _format(args: argparse.Namespace, output: Path) -> str | None:
    if args.format not in ("original", *PODCAST_FORMATS):
        return None
    if args.format != "original":
        return str(args.format)
    suffix = output.suffix.lower().lstrip(".")
    return {"ogg": "opus"}.get(suffix, suffix) if suffix in (*PODCAST_FORMATS, "ogg") else "mp3"


def _fail(message: str, code: int = 1) -> int:
    print(f"parley: {message}" if code == 1 else f"parley export: {message}", file=sys.stderr)
    return code


def run(args: argparse.Namespace) -> int:
    if not args.podcast:
        return _fail("--captions goes with --podcast", 2)
    if (args.conversation is None and not args.latest) or (args.conversation and args.latest):
        return _fail("give either a CONVERSATION_ID or --latest (not both)", 2)
    if args.joined or args.turns:
        return _fail("--podcast exports every spoken turn; leave out --joined and --turns", 2)
    output: Path = args.output.expanduser()
    fmt = _format(args, output)
    if fmt is None:
        return _fail(f"a podcast can be {', '.join(PODCAST_FORMATS)}, not {args.format}", 2)
    if not output.suffix:
        output = output.with_suffix(f".{'opus' if fmt == 'opus' else fmt}")

    from app.audio.chapters import ShowTags
    from app.core.store import Store, StoreError
    from app.core.studio.podcast import ExportCancelled, ExportError, export_podcast
    from app.runtime.resources import resource_path

    try:
        with Store() as store:
            cid = args.conversation if not args.latest else store.latest_conversation_id()
            if cid is None:
                return _fail("there are no conversations in the history yet")
            conversation = store.load_conversation(cid)
    except StoreError as exc:
        return _fail(str(exc))

    voices = list(dict.fromkeys(t.voice for t in conversation.turns if t.voice))
    try:
        cover = resource_path("icons", "hicolor", "256x256", "apps", "parley.png").read_bytes()
    except OSError:
        cover = b""
    tags = ShowTags(
        title=conversation.title or f"Conversation {cid}",
        artist=", ".join(voices) or "Parley",
        album="Parley conversations",
        date=time.strftime("%Y-%m-%d", time.localtime(conversation.created_at)),
        comment="Exported from Parley",
        cover_png=cover,
    )
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show:
            print(f"\rexporting turn {done}/{total}", end="", file=sys.stderr, flush=True)

    try:
        result = export_podcast(
            conversation,
            output,
            fmt=fmt,
            tags=tags,
            captions=args.captions,
            target_lufs=args.loudness,
            overwrite=args.force,
            progress=progress,
        )
    except (ExportError, StoreError) as exc:
        return _fail(("\n" if show else "") + str(exc).removeprefix("\n"))
    except (KeyboardInterrupt, ExportCancelled):
        return _fail("\nexport cancelled; nothing was written")
    if show:
        print(file=sys.stderr)
    for number in result.skipped:
        print(f"parley: warning: the audio of turn {number} is missing or unreadable; "
              "it was left out", file=sys.stderr)  # fmt: skip
    count = len(result.chapters)
    print(
        f"Exported a {result.seconds / 60:.1f}-minute podcast with {count} chapter"
        f"{'s' if count != 1 else ''} to {result.path}"
    )
    if result.captions_path is not None:
        print(f"Captions ({len(result.cues)} cues): {result.captions_path}")
    return 0
