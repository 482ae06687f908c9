"""The demo server in a process of its own for the realtime benchmarks, with the words it
"hears" given on the command line (the demo cannot recognise speech):

    python bench/demo_realtime_process.py PORT PACE [HEARD ...]

prints "ready" once it listens; runs until killed."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from app.demo.server import DemoServer

    server = DemoServer(port=int(sys.argv[1]))
    server.realtime.pace = float(sys.argv[2])
    server.realtime.heard = list(sys.argv[3:]) * 1000
    server.start()
    print("ready", flush=True)
    while True:
        time.sleep(3600)


def start(*heard: str, pace: float = 4.0) -> tuple[subprocess.Popen[bytes], str]:
    """Start it; returns the process and its base URL."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    proc = subprocess.Popen(
        [sys.executable, __file__, str(port), str(pace), *heard], cwd=ROOT, stdout=subprocess.PIPE
    )
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != b"ready":
        proc.kill()
        raise RuntimeError("the demo server did not start")
    return proc, f"http://127.0.0.1:{port}/v1"


if __name__ == "__main__":
    main()
