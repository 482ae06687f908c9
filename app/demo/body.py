"""Reading a request's body off the socket: by Content-Length, or chunked."""

from __future__ import annotations

from email.message import Message
from io import BufferedIOBase

from app.demo.errors import ApiError

MAX_BODY = 64 * 1024 * 1024


def read_body(rfile: BufferedIOBase, headers: Message) -> bytes:
    """The body of the request whose headers were read; 413 beyond MAX_BODY."""
    if "chunked" in headers.get("Transfer-Encoding", "").lower():
        parts: list[bytes] = []
        while True:
            size = int(rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(parts)
            parts.append(rfile.read(size))
            rfile.readline()
    length = int(headers.get("Content-Length") or 0)
    if length > MAX_BODY:
        raise ApiError(413, "Request body too large.")
    return rfile.read(length) if length > 0 else b""
