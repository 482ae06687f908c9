"""``parley vibes``: the vibes (how a voice should speak) — presets and your own — listed, shown,
saved from the command line, or deleted."""

from __future__ import annotations

import argparse
import sys

from app.core.studio.vibes import ASPECTS, PRESETS, Vibe, VibeBook, VibeError, default_path

HELP = "list, show, save or delete vibes: how a voice should speak (affect, tone, pacing, ...)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "action", nargs="?", choices=("list", "show", "save", "delete"), default="list"
    )
    parser.add_argument("name", nargs="?", help="the vibe's name (show, save, delete)")
    for aspect in ASPECTS:
        parser.add_argument(f"--{aspect}", default="", metavar="TEXT", help=f"with save: {aspect}")


def _fail(message: str, code: int = 1) -> int:
    print(f"parley: {message}", file=sys.stderr)
    return code


def run(args: argparse.Namespace) -> int:
    book = VibeBook(default_path())
    try:
        if args.action == "list":
            own = {v.slug for v in book.own()}
            for vibe in book.all():
                kind = "yours" if vibe.slug in own else "preset"
                print(f"{vibe.name:<20} {kind:<7} {vibe.affect}")
            return 0
        if not args.name:
            return _fail(f"'parley vibes {args.action}' needs a NAME", 2)
        if args.action == "show":
            vibe = book.find(args.name)
            print(vibe.name)
            print(vibe.instructions())
            return 0
        if args.action == "save":
            aspects = {a: getattr(args, a) for a in ASPECTS}
            if not any(aspects.values()):
                return _fail("give at least one of " + ", ".join(f"--{a}" for a in ASPECTS), 2)
            book.save(Vibe(args.name, **aspects))
            print(f"Saved the vibe {args.name!r} in {book.path}")
            return 0
        if book.delete(args.name):
            print(f"Deleted the vibe {args.name!r}")
            return 0
        preset = any(v.slug == Vibe(args.name).slug for v in PRESETS)
        return _fail(
            f"{args.name!r} is a preset; presets cannot be deleted"
            if preset
            else f"there is no vibe of yours called {args.name!r}"
        )
    except VibeError as exc:
        if exc.problem == "no such vibe":
            return _fail(f"there is no vibe called {exc.name!r} (see 'parley vibes')")
        return _fail(f"{exc.name} {exc.problem}")
