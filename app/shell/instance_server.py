"""The running Parley's side of ``app.shell.instance``: a QLocalServer on the claimed socket
that reads one request line per connection, hands the command to the window and answers "ok".

Started just behind the first frame (QtNetwork is not part of start-up); a start that comes
meanwhile waits for it (``app.shell.instance.claim_or_hand_off``)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app.shell.instance import Claim, parse

log = logging.getLogger(__name__)

#: The longest request line read (a command and an activation token).
MAX_LINE = 4096


class InstanceServer(QObject):
    """Listens for later ``parley`` starts.

    Signals:
        command_received(str, str): a command of ``app.shell.instance.COMMANDS`` and the
            activation token of the start that sent it ("" if none).
    """

    command_received = Signal(str, str)

    def __init__(self, claim: Claim, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("instanceServer")
        self._claim = claim
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    def __repr__(self) -> str:
        return f"<InstanceServer {self._claim.path} listening={self._server.isListening()}>"

    def listen(self) -> bool:
        """Start listening; False (and a log line) if the socket cannot be made."""
        path = str(self._claim.path)
        # This process holds the lock, so a socket file there is a crashed Parley's: remove it.
        QLocalServer.removeServer(path)
        if not self._server.listen(path):
            log.warning("cannot listen on %s: %s", path, self._server.errorString())
            return False
        return True

    def close(self) -> None:
        """Stop listening (the socket file goes); later starts open a window of their own."""
        self._server.close()

    @Slot()
    def _on_new_connection(self) -> None:
        while (sock := self._server.nextPendingConnection()) is not None:
            sock.readyRead.connect(lambda s=sock: self._on_ready_read(s))
            sock.disconnected.connect(sock.deleteLater)
            if sock.canReadLine():
                self._on_ready_read(sock)

    def _on_ready_read(self, sock: QLocalSocket) -> None:
        if not sock.canReadLine():
            if sock.bytesAvailable() > MAX_LINE:
                sock.abort()
            return
        request = parse(bytes(sock.readLine(MAX_LINE).data()))
        if request is None:
            sock.write(b"unknown\n")
        else:
            self.command_received.emit(*request)
            sock.write(b"ok\n")
        sock.flush()
        sock.disconnectFromServer()
