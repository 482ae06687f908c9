"""Parley's command line: global options, the subcommands, and the GUI when none is given.

Each subcommand lives in ``app/commands/<name>.py`` with ``add_parser(subparsers)`` and
``run(args) -> int``; importing them is deferred so ``--version`` and ``--help`` stay fast and
never touch Qt.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys
from typing import Protocol

from app import __version__

#: subcommand name -> module under app.commands
COMMANDS: dict[str, str] = {
    "ask": "ask",
    "compare": "compare",
    "demo-server": "demo_server",
    "history": "history",
    "export": "export",
    "talk": "talk",
    "leaderboard": "leaderboard",
    "vibes": "vibes",
    "narrate": "narrate",
}

#: errno values of a failed print: no space, I/O error, a closed descriptor, quota.
_PRINT_ERRORS = (errno.ENOSPC, errno.EIO, errno.EBADF, errno.EDQUOT, errno.EPIPE)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class _Command(Protocol):
    HELP: str

    def add_arguments(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


def _load(name: str) -> _Command:
    module: _Command = importlib.import_module(f"app.commands.{COMMANDS[name]}")
    return module


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parley",
        description=(
            "Talk with audio-capable chat models. With no command, opens the Parley window "
            "(or brings the running one to the front: one Parley per user session)."
        ),
        epilog="Run 'parley COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"parley {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on the built-in offline demo server (no API key needed)",
    )
    parser.add_argument("--base-url", metavar="URL", help="use this endpoint for this session")
    remote = parser.add_mutually_exclusive_group()
    remote.add_argument(
        "--toggle-talk",
        action="store_const",
        const="toggle-talk",
        dest="window_command",
        help="start or end talk mode in the running window (starting Parley if needed); "
        "bind it to a key in your desktop's keyboard settings",
    )
    remote.add_argument(
        "--stop",
        action="store_const",
        const="stop",
        dest="window_command",
        help="stop the reply playing in the running window (or end talk mode)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        if command is not None and name != command:
            # Only the chosen command's module is imported; the others get a help line.
            sub.add_parser(name, help=_HELP.get(name, ""), add_help=False)
            continue
        mod = _load(name)
        p = sub.add_parser(name, help=mod.HELP, description=mod.HELP)
        mod.add_arguments(p)
    return parser


_HELP = {
    "ask": "send one prompt, print the transcript as it streams, save the spoken reply",
    "compare": "say one text in several voices and models, save a clip of each and a summary",
    "demo-server": "run the local OpenAI-compatible demo server",
    "history": "list saved conversations (id, title, last use, turns) or search them",
    "export": "export a saved conversation to a folder, a .zip or one joined audio file",
    "talk": "a hands-free voice conversation with the default microphone and speaker",
    "leaderboard": "the voices' standings from blind votes (rating, 95 % interval, votes)",
    "vibes": "list, show, save or delete vibes: how a voice should speak",
    "narrate": "read a script aloud to numbered files, plus one with chapters and captions",
}


def _chosen_command(argv: list[str]) -> str | None:
    for arg in argv:
        if arg in COMMANDS:
            return arg
    return None


def display_problem() -> str | None:
    """Why a window cannot open here, or None. Qt would abort the process instead of saying so."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        return (
            "parley: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset); "
            "run it in a desktop session, under xvfb-run, or use a command such as 'parley ask'"
        )
    return None


def _not_utf8(args: argparse.Namespace) -> str | None:
    """Why a text argument is not UTF-8 (bytes a shell variable carried in), or None. File
    names are left alone: on Linux any bytes make a name."""
    from app.commands.checks import not_utf8

    for name, value in vars(args).items():
        if isinstance(value, str) and name != "command":
            what = name.removeprefix("ask_").replace("_", " ")
            if (problem := not_utf8(value, what)) is not None:
                return problem
    return None


def run(argv: list[str]) -> int:
    chosen = _chosen_command(argv)
    parser = build_parser(chosen if chosen is not None else "")
    args = parser.parse_args(argv)
    if args.command is not None and args.window_command is not None:
        parser.error(f"--{args.window_command} acts on the window; it takes no command")
    if args.command is None:
        problem = display_problem()
        if problem is not None:
            print(problem, file=sys.stderr)
            return EXIT_ERROR
        from app.shell.gui import main as gui_main

        command = args.window_command or "raise"
        return gui_main(demo=args.demo, base_url=args.base_url, command=command)
    if (problem := _not_utf8(args)) is not None:
        print(f"parley {args.command}: {problem}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return _load(args.command).run(args)
    except KeyboardInterrupt:
        print("parley: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        from app.commands.checks import reason, silence_stdout, stdout_failed

        # Printing failed (a full disk, a closed terminal): no file named, or stdout fails again.
        printing = exc.filename is None and exc.errno in _PRINT_ERRORS
        if not (isinstance(exc, BrokenPipeError) or printing or stdout_failed()):
            raise
        silence_stdout()
        if isinstance(exc, BrokenPipeError):  # the reader went away (| head): nothing to say
            return EXIT_OK
        print(f"parley: cannot print the output: {reason(exc)}", file=sys.stderr)
        return EXIT_ERROR
