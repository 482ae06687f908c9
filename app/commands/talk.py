"""``parley talk``: a hands-free voice conversation in the terminal, with the default microphone
and speaker. Parley listens; when you speak and pause, what you said is sent as ``input_audio``;
the reply streams and plays; then it listens again. One line per state change and each reply's
transcript. Ctrl+C ends it, and so does ``--max-turns N`` once N replies have played (exit 0).
A failure (no microphone, a failing request) pauses it with a message: Enter resumes.

``--realtime`` talks over the Realtime API instead (one WebSocket, the server's VAD takes the
turns, ``--model`` defaults to gpt-realtime-2.1); what you said is shown in words once the
server has transcribed it.

Endpoint and key as for ``parley ask``. Each session is recorded in the history as a conversation
(``--no-history`` to leave it out); ``--continue [ID]`` adds it to the latest (or the given) one,
its earlier turns as context. Exit codes: 0 ended, 1 paused with no way to resume (stdin closed)
or the history cannot be continued, 2 a usage error.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys

from app.commands.ask_history import AskHistory, HistoryProblem
from app.commands.connect import UsageProblem, add_server_arguments, open_client
from app.core import catalog
from app.core.client import ChatClient
from app.core.conversation import Turn
from app.core.talk.engine import make_engine
from app.core.talk.events import (
    ReplyEnded,
    SendFailed,
    StateChanged,
    TalkEvent,
    TalkNotice,
    TalkOptions,
    TalkRecord,
    TalkState,
    UserHeard,
    UserSaid,
)
from app.core.talk.realtime_wire import DEFAULT_REALTIME_MODEL, TURN_DETECTIONS

HELP = "a hands-free voice conversation with the default microphone and speaker"

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--base-url",
        dest="ask_base_url",
        metavar="URL",
        help="endpoint, e.g. http://127.0.0.1:8000/v1",
    )
    add_server_arguments(parser)
    parser.add_argument("--voice", default=catalog.DEFAULT_VOICE, help="voice (alloy)")
    parser.add_argument("--model", help="model (gpt-audio-1.5; with --realtime gpt-realtime-2.1)")
    parser.add_argument(
        "--realtime",
        action="store_true",
        help="talk over the Realtime API (one WebSocket; the server takes the turns)",
    )
    parser.add_argument(
        "--turn-detection",
        choices=TURN_DETECTIONS,
        default=TURN_DETECTIONS[0],
        help="with --realtime: who decides a turn ended (semantic_vad)",
    )
    parser.add_argument("--system", metavar="TEXT", help="system prompt")
    parser.add_argument(
        "--headphones",
        action="store_true",
        help="the reply cannot reach the microphone: no echo cancellation",
    )
    parser.add_argument(
        "--end-silence",
        type=float,
        default=0.7,
        metavar="S",
        help="seconds of silence that end what you say (0.7)",
    )
    parser.add_argument("--max-turns", type=int, metavar="N", help="end once N replies have played")
    parser.add_argument(
        "--continue",
        dest="continue_id",
        nargs="?",
        const="",
        metavar="ID",
        help="continue the latest conversation (or conversation ID) with its turns as context",
    )
    parser.add_argument("--no-history", action="store_true", help="do not record this conversation")


def run(args: argparse.Namespace) -> int:
    if args.max_turns is not None and args.max_turns < 1:
        print("parley: --max-turns must be 1 or more", file=sys.stderr)
        return EXIT_USAGE
    if not 0.2 <= args.end_silence <= 5.0:
        print("parley: --end-silence must be between 0.2 and 5 seconds", file=sys.stderr)
        return EXIT_USAGE
    continue_id = args.continue_id
    if continue_id not in (None, "") and not str(continue_id).strip().isdigit():
        print(f"parley: --continue takes a conversation id, not {continue_id!r}", file=sys.stderr)
        return EXIT_USAGE
    try:
        client = open_client(args, args.model)
    except UsageProblem as exc:
        print(f"parley: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        history = AskHistory.open(
            record=not args.no_history,
            continue_from=int(continue_id) if continue_id else None,
            continuing=continue_id is not None,
        )
    except HistoryProblem as exc:
        print(f"parley: {exc}", file=sys.stderr)
        return EXIT_ERROR
    system = args.system if args.system is not None else history.system_prompt
    model = args.model or (DEFAULT_REALTIME_MODEL if args.realtime else catalog.DEFAULT_MODEL)
    options = TalkOptions(
        model=model,
        voice=args.voice,
        system_prompt=system,
        headphones=args.headphones,
        end_silence=args.end_silence,
        max_turns=args.max_turns,
    )
    record = TalkRecord(history.store if history.record else None, history.conversation_id, system)
    try:
        engine = "realtime" if args.realtime else "chat"
        terminal = Terminal(client, options, list(history.context), record, engine=engine)
        terminal.turn_detection = args.turn_detection
        return asyncio.run(terminal.run())
    finally:
        history.close()


class Terminal:
    """The loop, its lines on stdout, Ctrl+C and Enter."""

    def __init__(
        self,
        client: ChatClient,
        options: TalkOptions,
        turns: list[Turn],
        record: TalkRecord,
        *,
        engine: str = "chat",
    ) -> None:
        self.client = client
        self.options = options
        self.turns = turns
        self.engine = engine
        self.turn_detection = TURN_DETECTIONS[0]
        self.record = record
        self.exit = EXIT_OK

    async def run(self) -> int:
        self.talk = make_engine(
            self.engine,
            self.client,
            self.options,
            self.show,
            turns=self.turns,
            record=self.record,
            turn_detection=self.turn_detection,
        )
        loop = asyncio.get_running_loop()
        with contextlib.suppress(NotImplementedError):  # not on Windows: KeyboardInterrupt then
            loop.add_signal_handler(signal.SIGINT, self.talk.stop)
            loop.add_signal_handler(signal.SIGTERM, self.talk.stop)
        self.say("talking: speak, then pause; Ctrl+C ends")
        try:
            async with self.client:
                await self.talk.run()
        except KeyboardInterrupt:
            pass
        finally:
            with contextlib.suppress(Exception):
                loop.remove_reader(sys.stdin.fileno())
        if self.record.conversation_id is not None and self.record.store is not None:
            self.say(f"conversation {self.record.conversation_id} saved in the history")
        return self.exit

    def say(self, line: str) -> None:
        print(line, flush=True)

    def show(self, event: TalkEvent) -> None:
        if isinstance(event, StateChanged):
            if event.state is TalkState.PAUSED:
                self.say(f"[paused] {event.message}")
                self._wait_for_enter()
            elif event.state is not TalkState.ENDED:
                self.say(f"[{event.state.value}]")
        elif isinstance(event, UserSaid):
            self.say(f"you: ({event.seconds:.1f} s of audio sent)")
        elif isinstance(event, UserHeard):
            self.say(f"you said: {event.text}")
        elif isinstance(event, ReplyEnded) and event.turn is not None:
            mark = " (interrupted; the part heard)" if event.interrupted else ""
            if event.message:
                mark = " (broke off)"
            self.say(f"parley{mark}: {event.turn.text}")
            if event.message:
                print(f"parley: {event.message}", file=sys.stderr, flush=True)
        elif isinstance(event, SendFailed):
            print(f"parley: {event.message} (what you said is kept)", file=sys.stderr, flush=True)
        elif isinstance(event, TalkNotice):
            print(f"parley: warning: {event.message}", file=sys.stderr, flush=True)

    def _wait_for_enter(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            fd = sys.stdin.fileno()
        except (OSError, ValueError):
            self._give_up()
            return
        self.say("press Enter to resume, Ctrl+C to end")

        def readable() -> None:
            line = sys.stdin.readline()
            loop.remove_reader(fd)
            if line:
                self.talk.resume()
            else:
                self._give_up()

        try:
            loop.add_reader(fd, readable)
        except (OSError, ValueError, NotImplementedError):
            self._give_up()

    def _give_up(self) -> None:
        self.exit = EXIT_ERROR
        self.talk.stop()
