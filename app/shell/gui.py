"""The GUI's start: one QApplication on a qasync loop, the object graph built in one place.

The window comes first: it is built and painted before asyncio and qasync have even been
imported and before the history is opened (both happen in a worker thread while the first frame
is on screen: about a quarter of start-up on a slow machine). Then the qasync loop starts, the
history is handed to the window and it connects; work clicked meanwhile waits for the loop
(``app.runtime.tasks``).

One Parley runs per user session (``app.shell.instance``): a start first offers its command to
the running one, and the window listens for later starts once its event loop runs.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import signal
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from app import __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from app.core.store import Store
    from app.runtime.last_resort import LastResort
    from app.shell.instance import Claim
    from app.shell.instance_server import InstanceServer
    from app.shell.main_window import MainWindow
    from app.shell.wiring import App

log = logging.getLogger(__name__)

#: How long to wait for the first frame before loading the event loop's machinery anyway (a
#: window on a hidden workspace may not be painted until it is looked at).
FIRST_FRAME_WAIT_MS = 500
#: The window icon's bitmap sizes (resources/icons/hicolor/<size>x<size>/apps/parley.png).
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def main(
    *,
    demo: bool = False,
    base_url: str | None = None,
    ready: Callable[[MainWindow], None] | None = None,
    command: str = "raise",
) -> int:
    """Open the Parley window, do ``command`` in it once it is up, and run until it closes; or,
    when a Parley already runs for this user and history, hand ``command`` to it and return at once
    (``app.shell.instance``: "raise" brings its window to the front, "toggle-talk" starts or
    ends talk mode, "stop" stops the reply).

    ``ready`` is called with the window once its first frame has been painted and the event loop
    has turned (the start-up benchmark times the process up to that moment).
    """
    from app.runtime.compile_cache import compiled_once

    # Loaded before Qt, which would otherwise check it the slow way (the hook it holds ends that).
    from app.runtime.qtboot import speed_up_import_hook  # noqa: F401
    from app.runtime.quick_enums import quick_enums

    # Start-up allocates much and frees little: the collector's passes over it (~12 ms of
    # processor time) wait until the first frame is painted.
    gc.disable()
    with contextlib.ExitStack() as held:
        # What every start compiles the same way (PySide's support code, patterns, dataclasses)
        # comes from the start-up cache until the window is built, and Qt's enums are built by
        # the standard library's fast path.
        with compiled_once(), quick_enums():
            from app.shell.instance import claim_or_hand_off

            claim = claim_or_hand_off(command)
            if claim is None:
                gc.enable()
                return 0  # the running Parley took it
            held.callback(claim.release)
            app, parts = _build_window(demo=demo, base_url=base_url)
        return _run_window(app, parts, ready=ready, command=command, claim=claim)


def _run_window(
    app: QApplication,
    parts: App,
    *,
    ready: Callable[[MainWindow], None] | None,
    command: str,
    claim: Claim,
) -> int:
    resort = _last_resort(parts.window)
    try:
        return _show_and_run(app, parts, ready=ready, command=command, claim=claim, resort=resort)
    finally:
        resort.uninstall()


def _show_and_run(
    app: QApplication,
    parts: App,
    *,
    ready: Callable[[MainWindow], None] | None,
    command: str,
    claim: Claim,
    resort: LastResort,
) -> int:
    window = parts.window
    window.start(connect=False)
    window.show()
    window.first_frame.connect(gc.enable)
    if ready is not None:
        window.first_frame.connect(lambda: ready(window))
    closed_early, history = _paint_while_loading(window, parts.open_store)
    parts.attach_store(*history)
    from app.runtime.memory import tune_allocator
    from app.runtime.tasks import start_held

    tune_allocator()  # a long session's audio buffers go back to the system when freed
    gc.enable()  # if no frame was painted (a window on a hidden workspace)
    # What start-up built lives as long as Parley: the collector need not scan it again. A full
    # collection over it took ~35 ms, a stall in the middle of a streaming reply.
    gc.freeze()

    import asyncio

    from app.runtime.qtloop import make_loop

    loop = make_loop(app)
    loop.set_exception_handler(resort.asyncio_handler)

    async def run() -> None:
        closed = asyncio.Event()
        if closed_early:
            closed.set()
        app.aboutToQuit.connect(closed.set)
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):  # not on Windows
                loop.add_signal_handler(sig, closed.set)
        window.closed.connect(closed.set)
        start_held()
        window.connect_when_shown()
        server = _serve_later_starts(window, claim)
        if command != "raise":
            run_command(window, command, "")
        await closed.wait()
        window.hide()
        if server is not None:
            server.close()  # a start from now on opens a window of its own
        try:
            await parts.shutdown()
        except Exception:  # quitting anyway: say what did not close cleanly, in the log only
            log.warning("shutting down did not finish cleanly", exc_info=True)

    with loop:
        loop.run_until_complete(run())
        loop.run_until_complete(loop.shutdown_asyncgens())
    return 0


def _last_resort(window: MainWindow) -> LastResort:
    """From now on, an error nothing expected is logged to a file and said in the window
    (``app.runtime.last_resort``), not printed as a traceback."""
    from PySide6.QtCore import QObject, Signal

    from app.runtime.last_resort import LastResort

    class Bridge(QObject):
        happened = Signal(str, str)  # from any thread: queued to the window's

    bridge = Bridge(window)
    bridge.happened.connect(window.report_unexpected)

    def secrets() -> tuple[str | None, ...]:
        client = window.chat.session.client
        return (client.api_key_for_socket(),) if client is not None else ()

    resort = LastResort(bridge.happened.emit, secrets)
    resort.install()
    return resort


def _build_window(*, demo: bool, base_url: str | None) -> tuple[QApplication, App]:
    """The application and Parley's parts, the window built but not shown."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from app.runtime.qtboot import speed_up_import_hook

    speed_up_import_hook()  # before the window's modules are imported
    from app.runtime.resources import resource_path
    from app.runtime.tasks import hold_until_loop
    from app.shell.wiring import create_app
    from app.widgets.theme import STYLE_ARGS

    app = QApplication([*sys.argv[:1], *STYLE_ARGS])
    app.setApplicationName("Parley")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Parley")
    app.setDesktopFileName("io.github.parley.Parley")
    from app.core.settings import Settings
    from app.runtime.i18n import install_translations

    install_translations(app, Settings.load().language)  # before any widget is built
    # The icon's bitmaps: the SVG would load Qt's SVG library before the first frame.
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", "hicolor", f"{size}x{size}", "apps", "parley.png")))
    app.setWindowIcon(icon)
    # Qt's event loop must keep running until Parley has shut down (requests cancelled, history
    # closed): a closed window, Ctrl+C or SIGTERM ends the run below, never Qt's loop itself.
    app.setQuitOnLastWindowClosed(False)

    hold_until_loop()  # a click on the first frame starts its work once the loop runs
    return app, create_app(app, demo=demo, base_url=base_url, open_store=False)


def _serve_later_starts(window: MainWindow, claim: Claim) -> InstanceServer | None:
    """Listen for later ``parley`` starts and do what they ask in ``window``."""
    if not claim.owner:
        return None
    from app.shell.instance_server import InstanceServer

    server = InstanceServer(claim, window)
    server.command_received.connect(lambda command, token: run_command(window, command, token))
    return server if server.listen() else None


def run_command(window: MainWindow, command: str, activation_token: str) -> None:
    """Do what a later ``parley`` start asked (see ``main``)."""
    if command == "raise":
        window.bring_to_front(activation_token)
    elif command == "toggle-talk":
        window.toggle_talk()
    elif command == "stop":
        window.stop()


def _paint_while_loading(
    window: MainWindow, open_store: Callable[[], tuple[Store | None, str]]
) -> tuple[bool, tuple[Store | None, str]]:
    """Run Qt's loop until the window's first frame is painted and, in a worker thread, the
    event loop's machinery (asyncio, qasync) has been imported and the history opened; the
    window takes input meanwhile.

    That work starts after the first frame, so it does not compete with painting it. Returns
    whether the window was closed (or SIGINT/SIGTERM arrived) meanwhile, and ``open_store``'s
    answer.
    """
    from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal

    class Loader(QObject):
        loaded = Signal()

    loader = Loader()
    waiting = QEventLoop()
    state = {"started": False, "loaded": False, "closed": False}
    history: list[tuple[Store | None, str]] = []

    def load() -> None:
        try:  # what the loop and a first send need: asyncio, qasync, the protocol
            import app.core.reply
            import app.runtime.qtloop  # noqa: F401
        except Exception:  # imported again by the caller, where the error is raised as usual
            log.debug("loading the event loop failed", exc_info=True)
        history.append(open_store())  # never raises: a failure is (None, why)
        loader.loaded.emit()  # queued to the UI thread

    def start_loading() -> None:
        if not state["started"]:
            state["started"] = True
            threading.Thread(target=load, name="parley-start", daemon=True).start()

    def on_loaded() -> None:
        state["loaded"] = True
        waiting.quit()

    def on_closed(*_args: object) -> None:  # the window closed, or SIGINT/SIGTERM
        state["closed"] = True
        if state["loaded"]:
            waiting.quit()

    loader.loaded.connect(on_loaded)
    window.first_frame.connect(start_loading)
    window.closed.connect(on_closed)
    QTimer.singleShot(FIRST_FRAME_WAIT_MS, start_loading)
    previous = {sig: signal.signal(sig, on_closed) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        waiting.exec()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return state["closed"], history[0]
