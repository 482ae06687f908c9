"""A server-sent events decoder (WHATWG rules) that works on raw network reads.

Reads may split anywhere, even between ``\\r`` and ``\\n``; lines end in ``\\n``, ``\\r\\n`` or
``\\r``; ``:`` lines are comments (keep-alives); several ``data:`` lines join with ``\\n``; an
empty line dispatches the event. Only ``data`` matters to chat completions, so an event is
returned as its data bytes. Work is per read and per line, never per byte: a line is found with
``bytes.splitlines`` and a read with no line end in it is only appended to a list.
"""

from __future__ import annotations

_NEWLINES = (b"\n", b"\r")


class SSEDecoder:
    """Feed it network reads; it returns the data of each complete event."""

    __slots__ = ("_data", "_pending", "_skip_lf")

    def __init__(self) -> None:
        self._pending: list[bytes] = []  # an incomplete line, in pieces
        self._data: list[bytes] = []  # data lines of the event being read
        # the last read ended in "\r", so a "\n" first in the next read is its pair:
        self._skip_lf = False

    def feed(self, chunk: bytes) -> list[bytes]:
        """Decode one read; return the data of the events it completed (maybe none)."""
        if self._skip_lf:
            self._skip_lf = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
        if not chunk:
            return []
        if b"\n" not in chunk and b"\r" not in chunk:
            self._pending.append(chunk)
            return []
        if self._pending:
            self._pending.append(chunk)
            chunk = b"".join(self._pending)
            self._pending = []
        lines = chunk.splitlines()
        last = chunk[-1:]
        if last == b"\r":
            self._skip_lf = True
        elif last != b"\n":
            self._pending.append(lines.pop())
        return self._lines(lines)

    def close(self) -> list[bytes]:
        """End of the stream: an event not closed by an empty line is dropped (WHATWG)."""
        self._pending = []
        self._data = []
        self._skip_lf = False
        return []

    def _lines(self, lines: list[bytes]) -> list[bytes]:
        events: list[bytes] = []
        data = self._data
        for line in lines:
            if not line:
                if data:
                    events.append(data[0] if len(data) == 1 else b"\n".join(data))
                    data = self._data = []
                continue
            if line[:5] == b"data:":
                value = line[5:]
                data.append(value[1:] if value[:1] == b" " else value)
            elif line == b"data":
                data.append(b"")
            # comments (":..."), and the event/id/retry fields, carry nothing chat needs
        return events
