"""Stream ingest: a 5-minute streamed pcm16 reply read into whole audio and transcript.

The demo server runs in its own process (so it does not share the GIL with the reader being
timed) and streams ``/long 300``: about 14 MB of pcm16 as 20 MB of base64 in ~750 SSE events.
Three readers, timed in the same run, in rotating order, several rounds, medians:

1. Parley's core: ``ChatClient.complete`` (SSE decoding, typed events, format sniffing, Reply);
2. the official ``openai`` SDK: ``AsyncOpenAI().chat.completions.create(..., stream=True)``,
   iterating the chunks and base64-decoding ``delta.audio`` data (a typed field in recent SDKs,
   an extra field of the delta model in older ones);
3. a bare httpx + json loop: ``aiter_lines``, ``json.loads`` of each ``data:`` line, base64.

Budget: the core at most 0.8x the SDK's time and at most 1.3x the bare loop's.

Then each server kind's stream shape (``parley demo-server --as NAME``, read by the core with
that kind's reader): Azure (its first chunk, filter results), OpenRouter (comments, the usage
with its cost), vLLM-Omni (every 0.8 s a whole WAV file in a ``modality`` chunk), Qwen-Omni
(raw pcm16 in ``delta.audio.data``, words in ``delta.content``), new-api (empty-choices chunks
dropped). Measured as the reading process's CPU time (the demo server dresses each event in
its own process, and how fast it does so is not Parley's); budget: each within 1.5x the core's
CPU time on OpenAI's pcm16 stream.
Run: ``.venv/bin/python bench/stream_ingest.py [--seconds 300] [--rounds 7] [--no-kinds]``
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.client import ChatClient  # noqa: E402
from app.core.conversation import Turn  # noqa: E402
from app.core.events import ChatRequest  # noqa: E402

SDK_BUDGET = 0.8
BARE_BUDGET = 1.3
KIND_BUDGET = 1.5
#: persona, kind, model, voice
KINDS = (
    ("azure", "azure", "gpt-audio", "alloy"),
    ("openrouter", "openrouter", "openai/gpt-audio", "alloy"),
    ("vllm-omni", "vllm-omni", "Qwen/Qwen3-Omni-30B-A3B-Instruct", "chelsie"),
    ("qwen-omni", "qwen-omni", "qwen3-omni-flash", "Cherry"),
    ("new-api", "gateway", "gpt-audio", "alloy"),
)
MODEL = "gpt-audio-1.5"

Result = tuple[int, str]  # audio bytes, transcript


def body(prompt: str) -> dict[str, Any]:
    return {
        "model": MODEL,
        "modalities": ["text", "audio"],
        "audio": {"voice": "alloy", "format": "pcm16"},
        "messages": [{"role": "user", "content": prompt}],
        "stream": True,
        "stream_options": {"include_usage": True},
    }


async def read_core(url: str, prompt: str, http: httpx.AsyncClient) -> Result:
    client = ChatClient(url, None, http=http)
    reply = await client.complete(ChatRequest(turns=[Turn("user", prompt)]))
    return len(reply.audio), reply.transcript


async def read_sdk(url: str, prompt: str, sdk: Any) -> Result:
    audio: list[bytes] = []
    words: list[str] = []
    stream = await sdk.chat.completions.create(
        model=MODEL,
        modalities=["text", "audio"],
        audio={"voice": "alloy", "format": "pcm16"},
        messages=[{"role": "user", "content": prompt}],
        stream=True,
        stream_options={"include_usage": True},
    )
    async for chunk in stream:
        if not chunk.choices:
            continue
        delta = chunk.choices[0].delta
        piece = getattr(delta, "audio", None) or (delta.model_extra or {}).get("audio")
        if piece is None:
            continue
        if not isinstance(piece, dict):  # newer SDKs type it (ChoiceDeltaAudio)
            piece = {"data": getattr(piece, "data", None), "transcript": piece.transcript}
        if piece.get("data"):
            audio.append(base64.b64decode(piece["data"]))
        if piece.get("transcript"):
            words.append(piece["transcript"])
    data = b"".join(audio)
    return len(data), "".join(words)


async def read_bare(url: str, prompt: str, http: httpx.AsyncClient) -> Result:
    audio: list[bytes] = []
    words: list[str] = []
    async with http.stream("POST", url + "/chat/completions", json=body(prompt)) as response:
        async for line in response.aiter_lines():
            if not line.startswith("data: ") or line == "data: [DONE]":
                continue
            obj = json.loads(line[6:])
            for choice in obj.get("choices") or ():
                piece = (choice.get("delta") or {}).get("audio") or {}
                if piece.get("data"):
                    audio.append(base64.b64decode(piece["data"]))
                if piece.get("transcript"):
                    words.append(piece["transcript"])
    data = b"".join(audio)
    return len(data), "".join(words)


def start_server(*flags: str) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "demo-server", "--port", "0", *flags],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    found = re.search(r"http://\S+?(?= \()", line)
    if found is None:
        proc.terminate()
        raise SystemExit(f"the demo server did not start: {line!r}")
    return proc, found.group(0)


async def bench(url: str, seconds: float, rounds: int) -> dict[str, list[float]]:
    from openai import AsyncOpenAI

    prompt = f"/long {seconds:g}"
    timeout = httpx.Timeout(120.0)
    times: dict[str, list[float]] = {"core": [], "sdk": [], "bare": []}
    async with (
        httpx.AsyncClient(timeout=timeout) as core_http,
        httpx.AsyncClient(timeout=timeout) as bare_http,
    ):
        sdk = AsyncOpenAI(base_url=url, api_key="demo", max_retries=0, timeout=120.0)
        readers: dict[str, Callable[[], Awaitable[Result]]] = {
            "core": lambda: read_core(url, prompt, core_http),
            "sdk": lambda: read_sdk(url, prompt, sdk),
            "bare": lambda: read_bare(url, prompt, bare_http),
        }
        expected = await readers["bare"]()  # warm the server's speech cache and connections
        for name in ("core", "sdk"):
            got = await readers[name]()
            if got != expected:
                raise SystemExit(f"{name} read {got[0]} bytes, the bare loop {expected[0]}")
        print(
            f"reply: {expected[0] / 48_000:.1f} s of pcm16 ({expected[0] / 1e6:.1f} MB), "
            f"{len(expected[1])} characters of transcript"
        )
        order = list(readers)
        for r in range(rounds):
            for name in order[r % 3 :] + order[: r % 3]:
                start = time.perf_counter()
                await readers[name]()
                times[name].append(time.perf_counter() - start)
        await sdk.close()
    return times


async def read_kind(url: str, kind: str, model: str, voice: str, prompt: str) -> Result:
    from app.core.servers import ServerSpec

    async with httpx.AsyncClient(timeout=httpx.Timeout(120.0)) as http:
        client = ChatClient(url, None, http=http, server=ServerSpec(url, kind))
        request = ChatRequest(turns=[Turn("user", prompt)], model=model, voice=voice)
        reply = await client.complete(request)
    return len(reply.audio), reply.transcript


async def time_kind(url: str, case: tuple[str, str, str, str], prompt: str, rounds: int) -> float:
    _, kind, model, voice = case
    await read_kind(url, kind, model, voice, prompt)  # warm the server's speech
    times = []
    for _ in range(rounds):
        start = time.process_time()  # this process's CPU: the server's own work is not Parley's
        await read_kind(url, kind, model, voice, prompt)
        times.append(time.process_time() - start)
    return statistics.median(times)


def bench_kinds(seconds: float, rounds: int) -> bool:
    """Each kind's stream shape against OpenAI's pcm16 stream, both read by the core."""
    prompt = f"/long {seconds:g}"
    proc, url = start_server()
    try:
        base = asyncio.run(time_kind(url, ("openai", "openai", MODEL, "alloy"), prompt, rounds))
    finally:
        proc.terminate()
        proc.wait(10)
    print(f"core on OpenAI's pcm16 stream: median {base:.3f} s of CPU")
    ok = True
    for case in KINDS:
        proc, url = start_server("--as", case[0])
        try:
            med = asyncio.run(time_kind(url, case, prompt, rounds))
        finally:
            proc.terminate()
            proc.wait(10)
        ratio = med / base
        verdict = "PASS" if ratio <= KIND_BUDGET else "FAIL"
        ok = ok and verdict == "PASS"
        name = case[0].replace("-", "_")
        print(f"{case[0]:<11} median {med:.3f} s of CPU = {ratio:.2f}x")
        print(
            f"BENCH stream_ingest_{name}_vs_pcm16 {ratio:.2f} ratio budget {KIND_BUDGET} {verdict}"
        )
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=float, default=300.0, help="reply length (300)")
    parser.add_argument("--rounds", type=int, default=7, help="timed rounds per reader (7)")
    parser.add_argument("--no-kinds", action="store_true", help="skip the server kinds' shapes")
    args = parser.parse_args()
    proc, url = start_server()
    try:
        times = asyncio.run(bench(url, args.seconds, args.rounds))
    finally:
        proc.terminate()
        proc.wait(10)
    med = {name: statistics.median(values) for name, values in times.items()}
    labels = {"core": "Parley core", "sdk": "openai SDK", "bare": "bare httpx+json"}
    for name, label in labels.items():
        runs = " ".join(f"{v:.3f}" for v in times[name])
        print(f"{label:<16} median {med[name]:.3f} s   runs: {runs}")
    vs_sdk = med["core"] / med["sdk"]
    vs_bare = med["core"] / med["bare"]
    print(f"core / sdk  = {vs_sdk:.2f}")
    print(f"core / bare = {vs_bare:.2f}")
    ok_sdk = "PASS" if vs_sdk <= SDK_BUDGET else "FAIL"
    ok_bare = "PASS" if vs_bare <= BARE_BUDGET else "FAIL"
    print(f"BENCH stream_ingest_vs_sdk {vs_sdk:.2f} ratio budget {SDK_BUDGET} {ok_sdk}")
    print(f"BENCH stream_ingest_vs_bare {vs_bare:.2f} ratio budget {BARE_BUDGET} {ok_bare}")
    ok_kinds = args.no_kinds or bench_kinds(args.seconds, max(3, args.rounds // 2))
    return 0 if ok_sdk == ok_bare == "PASS" and ok_kinds else 1


if __name__ == "__main__":
    sys.exit(main())
