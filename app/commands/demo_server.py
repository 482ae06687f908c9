"""``parley demo-server``: run the local OpenAI-compatible demo server until Ctrl+C."""

from __future__ import annotations

import argparse
import ipaddress
import os
import signal
import sys
import threading
from types import FrameType

HELP = "run the local OpenAI-compatible demo server (offline, no API key needed)"
PERSONAS = ("openai", "azure", "openrouter", "vllm-omni", "qwen-omni", "new-api")
#: What Parley's --provider is for each persona.
PROVIDERS = {"new-api": "gateway"}
DEFAULT_PORT = 8765


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    parser.add_argument(
        "--port", type=int, default=DEFAULT_PORT, help=f"port ({DEFAULT_PORT}; 0 = any free port)"
    )
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a --host other computers can reach (off: this computer only)",
    )
    parser.add_argument(
        "--api-key-env",
        metavar="VAR",
        help="demand the API key held in environment variable VAR (the key never goes on the "
        "command line)",
    )
    parser.add_argument(
        "--as",
        dest="persona",
        choices=PERSONAS,
        default="openai",
        help="answer as this server does: its paths, auth header, errors, streaming rules, "
        "formats and voices (openai)",
    )
    parser.add_argument(
        "--audio-ttl", type=float, default=3600.0, metavar="S", help="seconds audio ids live"
    )
    timing = parser.add_argument_group("timing")
    timing.add_argument("--latency", type=float, default=0.0, metavar="S", help="wait S s first")
    timing.add_argument(
        "--realtime", action="store_true", help="stream audio at the speed it plays"
    )
    timing.add_argument(
        "--reply-seconds", type=float, metavar="S", help="make every reply about S seconds long"
    )
    failing = parser.add_argument_group("faults (to see how a client copes)")
    failing.add_argument("--fail-status", type=int, metavar="CODE", help="answer with this status")
    failing.add_argument(
        "--fail-times", type=int, default=1, metavar="N", help="for N requests (0 = all); 1"
    )
    failing.add_argument(
        "--fail-rate-limit", action="store_true", help="answer 429 once (retry-after: 1)"
    )
    failing.add_argument("--retry-after", metavar="S", help="retry-after header with a failure")
    failing.add_argument(
        "--drop-after", type=int, metavar="N", help="drop the connection after N audio pieces"
    )
    failing.add_argument(
        "--error-after", type=int, metavar="N", help="an error event after N audio pieces"
    )
    failing.add_argument(
        "--linger-after-done",
        type=float,
        default=0.0,
        metavar="S",
        help="keep a stream open S s after [DONE]",
    )
    failing.add_argument("--keepalive", action="store_true", help="': keep-alive' SSE comments")
    failing.add_argument("--crlf", action="store_true", help="end SSE lines with CRLF")
    failing.add_argument(
        "--multiline-data", action="store_true", help="spread events over several data: lines"
    )
    failing.add_argument(
        "--split-events", type=int, metavar="N", help="write events in pieces of 1..N bytes"
    )
    failing.add_argument("--malformed-json", action="store_true", help="send cut JSON")
    failing.add_argument("--bad-base64", action="store_true", help="corrupt the audio's base64")
    failing.add_argument(
        "--pcm-for-wav", action="store_true", help="send raw pcm16 whatever format is asked"
    )
    failing.add_argument(
        "--transcript-in-content", action="store_true", help="words in content, not the transcript"
    )
    failing.add_argument(
        "--bare-audio", action="store_true", help="audio chunks without id or expires_at"
    )
    today = parser.add_argument_group("the API as it is in late 2026, and gateways")
    today.add_argument(
        "--retired-gone",
        action="store_true",
        help="answer the models OpenAI retired with 404 model_not_found, as OpenAI does",
    )
    today.add_argument(
        "--model-dates", action="store_true", help="/models entries carry shutdown dates"
    )
    today.add_argument(
        "--no-stream-model",
        action="append",
        default=[],
        metavar="MODEL",
        help="this model refuses stream=true (400, param stream); may be repeated",
    )
    today.add_argument(
        "--stream-only-model",
        action="append",
        default=[],
        metavar="MODEL",
        help="this model refuses a whole request (400, stream mode only); may be repeated",
    )
    today.add_argument(
        "--usage-cost", type=float, metavar="USD", help="report this cost in every usage"
    )
    today.add_argument("--litellm", action="store_true", help="stream as the LiteLLM proxy does")
    today.add_argument(
        "--mixed-after",
        type=int,
        metavar="N",
        help="with --as vllm-omni or qwen-omni: after N audio pieces, a segment that is not WAV "
        "or the usage before the rest",
    )
    today.add_argument(
        "--litellm-cut-after",
        type=int,
        metavar="N",
        help="break after N audio pieces and close the stream as if whole, as LiteLLM does",
    )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def run(args: argparse.Namespace) -> int:
    from app.demo.faults import Faults
    from app.demo.server import DemoServer

    if not _is_loopback(args.host) and not args.allow_remote:
        print(
            f"parley demo-server: {args.host} can be reached from other computers; "
            "add --allow-remote if that is what you want",
            file=sys.stderr,
        )
        return 2
    api_key: str | None = None
    if args.api_key_env:
        api_key = os.environ.get(args.api_key_env) or None
        if api_key is None:
            print(
                f"parley demo-server: environment variable {args.api_key_env} holds no key",
                file=sys.stderr,
            )
            return 2
    faults = Faults(
        latency=max(0.0, args.latency),
        realtime=args.realtime,
        reply_seconds=args.reply_seconds,
        status_code=429 if args.fail_rate_limit else args.fail_status,
        status_times=None if args.fail_times == 0 else args.fail_times,
        retry_after="1" if args.fail_rate_limit and not args.retry_after else args.retry_after,
        drop_after=args.drop_after,
        error_event_after=args.error_after,
        linger_after_done=max(0.0, args.linger_after_done),
        keepalive=args.keepalive,
        crlf=args.crlf,
        multiline_data=args.multiline_data,
        split_events=args.split_events,
        malformed_json=args.malformed_json,
        bad_base64=args.bad_base64,
        pcm_for_wav=args.pcm_for_wav,
        transcript_in_content=args.transcript_in_content,
        bare_audio=args.bare_audio,
        retired_gone=args.retired_gone,
        model_dates=args.model_dates,
        no_stream_models=tuple(args.no_stream_model),
        stream_only_models=tuple(args.stream_only_model),
        litellm=args.litellm,
        usage_cost=args.usage_cost,
        litellm_cut_after=args.litellm_cut_after,
        mixed_after=args.mixed_after,
    )
    server = DemoServer(
        args.host,
        args.port,
        api_key=api_key,
        faults=faults,
        audio_ttl=args.audio_ttl,
        persona=args.persona,
    )
    try:
        server.start()
    except OSError as exc:
        print(
            f"parley demo-server: cannot listen on {args.host}:{args.port} ({exc.strerror or exc})",
            file=sys.stderr,
        )
        return 1
    done = threading.Event()

    def on_term(_signum: int, _frame: FrameType | None) -> None:
        done.set()

    signal.signal(signal.SIGTERM, on_term)
    print(f"Parley demo server on {server.url} (demo, not a real model)", flush=True)
    if args.persona != "openai":
        provider = PROVIDERS.get(args.persona, args.persona)
        print(f"answering as {args.persona}: use --provider {provider}", flush=True)
    try:
        while not done.wait(0.2):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0
