"""Which WebSocket client talk mode's Realtime engine uses: the official ``openai`` SDK's
realtime client (``openai[realtime]``, typed events) against ``websockets`` directly (JSON
dicts), on the same demo server in its own process. No sound server needed.

    .venv/bin/python bench/realtime_clients.py

For each client, RUNS times: connect and set the session up, then ask for a reply of
REPLY_SECONDS of audio, sent as fast as the server can (no pacing):
- time to first byte: from opening the connection to the first audio delta received;
- CPU per second of audio: this process's CPU time reading the reply (events parsed, audio
  decoded from base64) divided by the seconds of audio received.
"""

from __future__ import annotations

import asyncio
import base64
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.demo_realtime_process import start

RUNS = 5
REPLY_SECONDS = 30
MODEL = "gpt-realtime-2.1"
SETUP: dict[str, Any] = {
    "type": "realtime",
    "model": MODEL,
    "output_modalities": ["audio"],
    "audio": {"input": {"turn_detection": None}, "output": {"voice": "alloy"}},
}


async def with_websockets(url: str) -> tuple[float, float, float]:
    from websockets.asyncio.client import connect

    ws_url = url.replace("http://", "ws://") + f"/realtime?model={MODEL}"
    t0 = time.perf_counter()
    async with connect(ws_url, max_size=None, compression=None) as ws:
        await ws.send(json.dumps({"type": "session.update", "session": SETUP}))
        await ws.send(json.dumps({"type": "input_audio_buffer.commit"}))
        await ws.send(json.dumps({"type": "response.create"}))
        first, audio, c0 = 0.0, 0, time.process_time()
        async for raw in ws:
            event = json.loads(raw)
            if event["type"] == "response.output_audio.delta":
                first = first or time.perf_counter()
                audio += len(base64.b64decode(event["delta"]))
            elif event["type"] == "response.done":
                break
        cpu = time.process_time() - c0
    return first - t0, cpu, audio / 48_000


async def with_openai_sdk(url: str) -> tuple[float, float, float]:
    from openai import AsyncOpenAI

    client = AsyncOpenAI(api_key="sk-bench", base_url=url, websocket_base_url=url)
    t0 = time.perf_counter()
    async with client.realtime.connect(model=MODEL) as conn:
        await conn.session.update(session=SETUP)  # type: ignore[arg-type]
        await conn.input_audio_buffer.commit()
        await conn.response.create()
        first, audio, c0 = 0.0, 0, time.process_time()
        async for event in conn:
            if event.type == "response.output_audio.delta":
                first = first or time.perf_counter()
                audio += len(base64.b64decode(event.delta))
            elif event.type == "response.done":
                break
        cpu = time.process_time() - c0
    await client.close()
    return first - t0, cpu, audio / 48_000


async def main() -> None:
    proc, url = start(f"/long {REPLY_SECONDS}", pace=0)
    try:
        for name, run in (("websockets", with_websockets), ("openai-sdk", with_openai_sdk)):
            await run(url)  # warm: imports, espeak's cache
            ttfb, cpu = [], []
            for _ in range(RUNS):
                first, used, seconds = await run(url)
                ttfb.append(first * 1000)
                cpu.append(used / seconds * 1000)
            print(
                f"BENCH realtime_client {name}: time to first byte median "
                f"{statistics.median(ttfb):.1f} ms; CPU per second of audio median "
                f"{statistics.median(cpu):.2f} ms ({RUNS} runs, {REPLY_SECONDS} s replies)"
            )
    finally:
        proc.kill()
        proc.wait()


if __name__ == "__main__":
    asyncio.run(main())
