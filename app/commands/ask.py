"""``parley ask``: send one prompt (and/or a recording), print the transcript as it arrives, save
the spoken reply.

Key: the OS keyring entry of the Parley profile for the endpoint used (the active profile first),
else ``OPENAI_API_KEY``. Endpoint: ``--base-url``, else the active profile of Parley's settings,
else ``OPENAI_BASE_URL``, else https://api.openai.com/v1. Streams pcm16 unless another format is
asked (by ``--format`` or the output file's extension), which gets the whole reply in that format.
Each exchange is recorded in Parley's history as its own conversation (``--no-history`` to
leave it out); ``--continue [ID]`` sends the latest (or the given) conversation's turns as context
and adds the exchange to it, so a script can hold a multi-turn voice conversation.
Exit codes: 0 done, 1 the API or the network failed, 2 a usage error.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from app.audio import codecs
from app.audio.codecs import CodecError
from app.commands import checks
from app.commands.ask_history import AskHistory, HistoryProblem, continue_target
from app.commands.connect import UsageProblem, add_server_arguments, open_client
from app.commands.prices import cost_fields, price_book, profile_for
from app.commands.server_words import error_text
from app.core import catalog
from app.core.client import ChatClient
from app.core.conversation import Audio, Turn
from app.core.errors import ParleyError
from app.core.events import ChatRequest, Event, Notice, TranscriptDelta
from app.core.protocol import looks_like_mp3
from app.core.reply import Reply
from app.core.stream_modes import StreamModes
from app.core.timeouts import Timeouts

HELP = "send one prompt, print the transcript as it streams, save the spoken reply"

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("prompt", nargs="?", help="what to ask (may be left out with --audio)")
    parser.add_argument(
        "--voice", default=catalog.DEFAULT_VOICE, help="voice name or custom voice id (alloy)"
    )
    parser.add_argument(
        "--format",
        choices=catalog.FORMATS,
        help="audio format of the reply (default: from -o FILE's extension, else pcm16 streamed)",
    )
    parser.add_argument("--model", default=catalog.DEFAULT_MODEL, help="model (gpt-audio-1.5)")
    system = parser.add_mutually_exclusive_group()
    system.add_argument("--system", metavar="TEXT", help="system prompt")
    system.add_argument("--system-file", metavar="FILE", type=Path, help="system prompt file")
    parser.add_argument(
        "--base-url",
        dest="ask_base_url",
        metavar="URL",
        help="endpoint, e.g. http://127.0.0.1:8000/v1",
    )
    add_server_arguments(parser)
    parser.add_argument(
        "--stream",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="stream the reply (pcm16, encoded locally to FILE's format) or get it whole",
    )
    parser.add_argument("-o", "--output", metavar="FILE", type=Path, help="save the audio here")
    parser.add_argument("--transcript-out", metavar="FILE", type=Path, help="save the transcript")
    parser.add_argument(
        "--audio", metavar="FILE", type=Path, help="send this recording (wav or mp3) as input"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object at the end")
    parser.add_argument(
        "--timeout",
        type=checks.seconds,
        default=None,
        metavar="S",
        help="longest wait for the server to answer, and longest silence in a stream, in "
        "seconds (default 60; retries never wait more than twice this in all)",
    )
    parser.add_argument(
        "--continue",
        dest="continue_id",
        nargs="?",
        const="",
        metavar="ID",
        help="continue the latest conversation (or conversation ID from 'parley history') with "
        "its earlier turns as context",
    )
    parser.add_argument(
        "--no-history", action="store_true", help="do not record this exchange in the history"
    )


@dataclass
class Plan:
    """What the command line asks for, checked."""

    prompt: str
    audio_in: bytes | None
    audio_in_format: str
    system: str
    request_format: str
    stream: bool
    output: Path | None
    output_format: str | None  # None: save the reply's own format


def plan(args: argparse.Namespace) -> Plan:
    prompt = args.prompt or ""
    if not prompt.strip() and args.audio is None:
        raise UsageProblem("give a prompt, a recording with --audio, or both")
    for text, what in ((prompt, "prompt"), (args.system or "", "system prompt")):
        if (problem := checks.not_utf8(text, what)) is not None:
            raise UsageProblem(problem)
    system = args.system or ""
    if args.system_file is not None:
        system = _read_text(args.system_file, "system prompt file")
    audio_in, audio_fmt = (None, "") if args.audio is None else _read_recording(args.audio)
    ext_format: str | None = None
    if args.output is not None:
        if args.output.suffix:
            ext_format = catalog.format_from_extension(args.output.suffix)
            if ext_format is None:
                raise UsageProblem(
                    f"cannot tell an audio format from '{args.output.name}': use --format or an "
                    "extension such as .wav, .mp3, .flac, .opus or .pcm"
                )
        if args.format and ext_format and args.format != ext_format:
            raise UsageProblem(
                f"--format {args.format} does not match the file name '{args.output.name}'"
            )
    _check_outputs(args)
    wanted = args.format or ext_format or catalog.STREAM_FORMAT
    stream = args.stream if args.stream is not None else wanted == catalog.STREAM_FORMAT
    request_format = catalog.STREAM_FORMAT if stream else wanted
    output_format = wanted if args.output is not None else None
    return Plan(
        prompt, audio_in, audio_fmt, system, request_format, stream, args.output, output_format
    )


def _check_outputs(args: argparse.Namespace) -> None:
    """Where the reply goes must be writable before the reply is paid for."""
    targets = [(args.output, "output file", checks.TYPICAL_REPLY_BYTES)]
    targets.append((args.transcript_out, "transcript file", 0))
    for path, what, need in targets:
        if path is None:
            continue
        problem = checks.output_problem(path, what=what, not_same_as=args.audio, need=need)
        if problem is None and (path.is_file() or not path.exists()):  # a broken-off reply
            problem = checks.output_problem(partial_path(path), what=what, not_same_as=args.audio)
        if problem is not None:
            raise UsageProblem(problem)


def _read_text(path: Path, what: str) -> str:
    try:
        return checks.read_limited(path, checks.MAX_TEXT_BYTES, what).decode("utf-8")
    except checks.TooLarge as exc:
        raise UsageProblem(str(exc)) from None
    except UnicodeDecodeError as exc:
        shown = checks.one_line(str(path))
        raise UsageProblem(
            f"cannot read the {what} {shown}: {checks.decode_problem(exc)}"
        ) from None
    except OSError as exc:
        shown = checks.one_line(str(path))
        raise UsageProblem(f"cannot read the {what} {shown}: {_os_reason(exc)}") from None


def _read_recording(path: Path) -> tuple[bytes, str]:
    try:
        data = checks.read_limited(path, checks.MAX_RECORDING_BYTES, "recording")
    except checks.TooLarge as exc:
        raise UsageProblem(str(exc)) from None
    except OSError as exc:
        raise UsageProblem(f"cannot read the recording {path}: {_os_reason(exc)}") from None
    kind = codecs.sniff(data)
    if kind == "wav" or (kind == "mp3" and looks_like_mp3(data)):
        return data, kind
    try:  # flac, ogg, ...: send it as wav
        decoded = codecs.decode(data, None if kind != "pcm16" else "pcm16")
    except codecs.CodecError:
        decoded = None
    if kind == "pcm16" or decoded is None or decoded.duration <= 0:
        raise UsageProblem(f"{path} is not a wav or mp3 recording Parley can read")
    return codecs.encode(decoded.samples, decoded.rate, "wav"), "wav"


def _os_reason(exc: BaseException) -> str:
    return exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__


def run(args: argparse.Namespace) -> int:
    try:
        continue_from, args.prompt = continue_target(args.continue_id, args.prompt)
        chosen = plan(args)
    except (UsageProblem, ValueError) as exc:
        print(f"parley: {exc}", file=sys.stderr)
        return EXIT_USAGE
    timeouts = Timeouts() if args.timeout is None else Timeouts.within(args.timeout)
    try:
        client = open_client(args, args.model, timeout=timeouts, stream_modes=StreamModes())
    except UsageProblem as exc:
        print(f"parley: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        history = AskHistory.open(
            record=not args.no_history,
            continue_from=continue_from,
            continuing=args.continue_id is not None,
        )
    except HistoryProblem as exc:
        print(f"parley: {exc}", file=sys.stderr)
        return EXIT_ERROR
    asker = Asker(client, chosen, args, history)
    try:
        return asyncio.run(asker.run())
    except KeyboardInterrupt:
        print("parley: interrupted", file=sys.stderr)
        return 130
    finally:
        history.close()


def partial_path(path: Path) -> Path:
    """Where a broken-off reply for ``path`` is kept: reply.wav -> reply.partial.wav."""
    return path.with_name(f"{path.stem}.partial{path.suffix}")


class Asker:
    """Runs the request, prints the transcript as it comes, saves what was asked for."""

    def __init__(
        self,
        client: ChatClient,
        chosen: Plan,
        args: argparse.Namespace,
        history: AskHistory | None = None,
    ) -> None:
        self.client = client
        self.plan = chosen
        self.args = args
        self.history = history if history is not None else AskHistory(None, record=False)
        self._printed = False
        self.out = checks.Out()

    def request(self) -> ChatRequest:
        audio = None
        if self.plan.audio_in is not None:
            audio = Audio(self.plan.audio_in_format, data=self.plan.audio_in)
        return ChatRequest(
            turns=[*self.history.context, Turn("user", self.plan.prompt, audio=audio)],
            model=self.args.model,
            voice=self.args.voice,
            format=self.plan.request_format,
            whole_format=self.plan.output_format or "",
            stream=self.plan.stream,
            system_prompt=self.plan.system if self._system_given() else self.history.system_prompt,
        )

    def _system_given(self) -> bool:
        return self.args.system is not None or self.args.system_file is not None

    async def run(self) -> int:
        request = self.request()
        self.history.begin(
            request.turns[-1],
            system=self.plan.system if self._system_given() else None,
            voice=request.voice,
            model=request.model,
            fmt=request.format,
        )
        stream = self.client.chat(request)
        try:
            async with self.client, stream:
                async for event in stream:
                    self.history.on_event(event)
                    self._show(event)
            reply = stream.reply
        except ParleyError as err:
            self._end_line()
            self.history.fail(err.partial or stream.partial_reply())
            return self._failed(err)
        except BaseException:  # Ctrl+C: kept as a dropped connection's reply is, then re-raised
            self._end_line()
            got = stream.partial_reply()
            self.history.fail(got)
            self._keep_partial(got)
            raise
        self._end_line()
        assert reply is not None
        self.history.finish(reply, request.turns)
        if self.plan.output is not None and not reply.audio:
            print(
                f"parley: the reply carried no audio; nothing was saved to {self.plan.output}",
                file=sys.stderr,
            )
            return EXIT_ERROR
        try:
            path = self._save(reply, partial=False)
        except (OSError, CodecError) as exc:
            print(f"parley: cannot save the reply's audio: {_os_reason(exc)}", file=sys.stderr)
            return EXIT_ERROR
        try:
            self._save_transcript(reply.transcript, partial=False)
        except OSError as exc:
            saved = f" (the audio is saved in {path})" if path is not None else ""
            print(
                f"parley: cannot save the transcript to {self.args.transcript_out}: "
                f"{_os_reason(exc)}{saved}",
                file=sys.stderr,
            )
            return EXIT_ERROR
        if self.args.json:
            self.out.write(json.dumps(self._summary(reply, path), ensure_ascii=False) + "\n")
        return EXIT_OK

    def _show(self, event: Event) -> None:
        if isinstance(event, TranscriptDelta) and not self.args.json:
            self.out.write(checks.printable(event.text))
            self._printed = True
        elif isinstance(event, Notice):
            print(f"parley: warning: {checks.printable(event.message)}", file=sys.stderr)

    def _end_line(self) -> None:
        if self._printed:
            self.out.write("\n")
            self._printed = False

    def _keep_partial(self, got: Reply | None) -> None:
        """Save what arrived before an interruption as NAME.partial.EXT, and say where."""
        if got is None or not (got.audio or got.transcript):
            return
        try:
            saved = [
                self._save(got, partial=True),
                self._save_transcript(got.transcript, partial=True),
            ]
        except (OSError, CodecError):
            return
        kept = " and ".join(str(p) for p in saved if p is not None)
        if kept:
            print(f"parley: what arrived is saved in {kept}", file=sys.stderr)

    def _save(self, reply: Reply, *, partial: bool) -> Path | None:
        if self.plan.output is None or not reply.audio:
            return None
        path = partial_path(self.plan.output) if partial else self.plan.output
        fmt = self.plan.output_format or reply.format
        data = reply.audio
        if fmt != reply.format:
            decoded = codecs.decode(reply.audio, reply.format)
            data = codecs.encode(decoded.samples, decoded.rate, fmt)
        checks.write_file(path, data)
        return path

    def _save_transcript(self, text: str, *, partial: bool) -> Path | None:
        target = self.args.transcript_out
        if target is None:
            return None
        path = partial_path(target) if partial else target
        checks.write_file(path, (text + "\n").encode("utf-8"))
        return path

    def _failed(self, err: ParleyError) -> int:
        message = checks.printable(error_text(err))
        got = err.partial
        if got is not None and (got.audio or got.transcript):
            try:
                saved = [
                    self._save(got, partial=True),
                    self._save_transcript(got.transcript, partial=True),
                ]
            except (OSError, CodecError) as exc:
                message += f" What arrived could not be saved: {_os_reason(exc)}."
            else:
                kept = " and ".join(str(p) for p in saved if p is not None)
                if kept:
                    message += f" What arrived is saved in {kept}."
        print(f"parley: {message}", file=sys.stderr)
        return EXIT_ERROR

    def _summary(self, reply: Reply, path: Path | None) -> dict[str, object]:
        book = price_book()
        profile = profile_for(book, self.client.base_url)
        return {
            "transcript": reply.transcript,
            "audio": str(path) if path is not None else None,
            "model": reply.model,
            "voice": reply.voice,
            "format": self.plan.output_format if path is not None else reply.format,
            "reply_format": reply.format,
            "requested_format": reply.requested_format,
            "stream": self.plan.stream,
            "duration": round(reply.duration(), 3),
            "usage": asdict(reply.usage) if reply.usage is not None else None,
            "audio_id": reply.audio_id,
            "expires_at": reply.expires_at,
            "conversation_id": self.history.conversation_id,
            **cost_fields(book.estimate(reply.usage, reply.model, profile)),
        }
