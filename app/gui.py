"""The GUI's start: one QApplication on a qasync loop, the object graph built in one place."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys

from app import __version__

log = logging.getLogger(__name__)


def main(*, demo: bool = False, base_url: str | None = None) -> int:
    """Open the Parley window and run until it closes."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app.qtloop import make_loop
    from app.resources import resource_path
    from app.wiring import create_app

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Parley")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Parley")
    app.setDesktopFileName("io.github.parley.Parley")
    app.setWindowIcon(
        QIcon(str(resource_path("icons", "hicolor", "scalable", "apps", "parley.svg")))
    )
    # Qt's event loop must keep running until Parley has shut down (requests cancelled, history
    # closed): a closed window, Ctrl+C or SIGTERM ends the run below, never Qt's loop itself.
    app.setQuitOnLastWindowClosed(False)
    loop = make_loop(app)

    async def run() -> None:
        closed = asyncio.Event()
        app.aboutToQuit.connect(closed.set)
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):  # not on Windows
                loop.add_signal_handler(sig, closed.set)
        parts = create_app(app, demo=demo, base_url=base_url)
        parts.window.closed.connect(closed.set)
        parts.window.show()
        parts.window.start()
        await closed.wait()
        parts.window.hide()
        try:
            await parts.shutdown()
        except Exception:  # quitting anyway: say what did not close cleanly, in the log only
            log.warning("shutting down did not finish cleanly", exc_info=True)

    with loop:
        loop.run_until_complete(run())
        loop.run_until_complete(loop.shutdown_asyncgens())
    return 0
