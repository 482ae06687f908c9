"""The server side of RFC 6455 on a socket the demo's HTTP handler already holds: the upgrade
answer, and text frames both ways (pings answered, fragments joined, close codes sent and read).
No extensions (compression is declined by not naming it), which every client accepts."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import struct
import threading
from typing import BinaryIO

_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
_TEXT, _BINARY, _CLOSE, _PING, _PONG, _CONT = 1, 2, 8, 9, 10, 0
MAX_MESSAGE = 64 * 1024 * 1024


class Closed(Exception):
    """The peer closed (``code``, 1005 when it gave none) or the socket broke (1006)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def accept_key(key: str) -> str:
    return base64.b64encode(hashlib.sha1(key.encode() + _GUID).digest()).decode()


class WebSocket:
    """Text messages over ``rfile``/``wfile``; ``send`` is safe from several threads."""

    def __init__(self, rfile: BinaryIO, wfile: BinaryIO) -> None:
        self._rfile = rfile
        self._wfile = wfile
        self._lock = threading.Lock()
        self.closed = False

    def _exact(self, n: int) -> bytes:
        data = self._rfile.read(n) if n else b""
        if len(data) < n:
            raise Closed(1006)
        return data

    def _frame(self) -> tuple[bool, int, bytes]:
        b1, b2 = self._exact(2)
        size = b2 & 0x7F
        if size == 126:
            size = struct.unpack("!H", self._exact(2))[0]
        elif size == 127:
            size = struct.unpack("!Q", self._exact(8))[0]
        if size > MAX_MESSAGE:
            raise Closed(1009)
        mask = self._exact(4) if b2 & 0x80 else b""
        payload = self._exact(size)
        if mask:
            whole = (mask * (size // 4 + 1))[:size]
            payload = (int.from_bytes(payload, "big") ^ int.from_bytes(whole, "big")).to_bytes(
                size, "big"
            )
        return bool(b1 & 0x80), b1 & 0x0F, payload

    def receive(self) -> str:
        """The next text (or binary, decoded) message; Closed when the peer is gone."""
        parts: list[bytes] = []
        while True:
            fin, opcode, payload = self._frame()
            if opcode == _PING:
                self._send(_PONG, payload)
                continue
            if opcode == _PONG:
                continue
            if opcode == _CLOSE:
                code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else 1005
                self.close(code)
                raise Closed(code)
            parts.append(payload)
            if fin:
                return b"".join(parts).decode("utf-8", "replace")

    def send(self, text: str) -> None:
        self._send(_TEXT, text.encode("utf-8"))

    def _send(self, opcode: int, payload: bytes) -> None:
        size = len(payload)
        if size < 126:
            head = struct.pack("!BB", 0x80 | opcode, size)
        elif size < 1 << 16:
            head = struct.pack("!BBH", 0x80 | opcode, 126, size)
        else:
            head = struct.pack("!BBQ", 0x80 | opcode, 127, size)
        with self._lock:
            if self.closed and opcode != _CLOSE:
                raise Closed(1006)
            try:
                self._wfile.write(head + payload)
                self._wfile.flush()
            except OSError:
                self.closed = True
                raise Closed(1006) from None

    def close(self, code: int = 1000, reason: str = "") -> None:
        """Send a close frame (once)."""
        if self.closed:
            return
        with contextlib.suppress(Closed):
            self._send(_CLOSE, struct.pack("!H", code) + reason.encode("utf-8")[:120])
        self.closed = True
