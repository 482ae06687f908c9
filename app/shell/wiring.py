"""``create_app``: the object graph built in one place (client, store, settings, keys, player,
demo server) and handed to the window's constructor. Tests call it with their own parts."""

from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication

from app.chat.playback import Playback
from app.chat.recording import Recording
from app.chat.session import ChatSession
from app.core.costs import PriceBook
from app.core.secrets import KeyStore, OSKeyStore
from app.core.settings import Settings
from app.history.bridge import HistoryBridge
from app.runtime.http import SharedHttp
from app.runtime.memory import tune_allocator
from app.shell.main_window import MainWindow
from app.shell.options import StartOptions
from app.talk.bridge import TalkBridge
from app.talk.mode import TalkMode
from app.widgets.theme import apply_theme

if TYPE_CHECKING:
    from app.audio.player import Player
    from app.audio.recorder import Recorder
    from app.compare.panel import ComparePanel
    from app.core.store import Store

log = logging.getLogger(__name__)


# The audio engine (numpy, PortAudio, libsndfile) is imported when first used, not at start-up.
def new_player(device: str) -> Player:
    from app.audio.player import Player

    return Player(device or None)


def new_recorder(device: str | None, limit: float) -> Recorder:
    from app.audio.recorder import Recorder

    return Recorder(device, max_seconds=limit)


class DemoLauncher:
    """Starts Parley's demo server in-process on first use (a background thread)."""

    def __init__(self) -> None:
        self._server: object | None = None
        self.url = ""

    def start(self) -> str:
        if not self.url:
            from app.demo.server import DemoServer

            server = DemoServer(host="127.0.0.1", port=0)
            server.start()
            self._server, self.url = server, server.url
        return self.url

    @property
    def running(self) -> bool:
        return bool(self.url)

    def stop(self) -> None:
        server = self._server
        if server is not None:
            server.stop()  # type: ignore[attr-defined]
        self._server, self.url = None, ""


@dataclass
class AppParts:
    window: MainWindow
    session: ChatSession
    playback: Playback
    store: Store | None
    demo: DemoLauncher
    shutdown: Callable[[], Awaitable[None]]
    #: Opens the history (blocking: any thread), for ``create_app(open_store=False)``.
    open_store: Callable[[], tuple[Store | None, str]]
    #: Gives the opened history (or None and why not) to every part (UI thread).
    attach_store: Callable[[Store | None, str], None]
    #: Talk mode in the chat (Talk, Ctrl+T).
    talk: TalkMode | None = None


def create_app(
    app: QApplication,
    *,
    demo: bool = False,
    base_url: str | None = None,
    settings_path: Path | None = None,
    data_dir: Path | None = None,
    keys: KeyStore | None = None,
    player_factory: Callable[[], Player] | None = None,
    recorder_factory: Callable[[str | None, float], Recorder] | None = None,
    env_key: str | None = None,
    use_store: bool = True,
    open_store: bool = True,
) -> AppParts:
    """Build Parley's parts. Nothing here blocks on the network or the keyring.

    With ``open_store`` False the history is opened later: ``parts.open_store()`` (in a worker
    thread) then ``parts.attach_store(...)``; ``parley`` does that behind its first frame.
    """
    tune_allocator()  # a long session's audio buffers go back to the system when freed
    settings = Settings.load(settings_path)
    apply_theme(app, settings.theme)
    http = SharedHttp()

    def open_history() -> tuple[Store | None, str]:
        from app.core.store import Store

        try:
            return Store(data_dir), ""
        except Exception as exc:  # the window still works without history
            problem = f"The history cannot be opened ({exc}); this session is not saved."
            log.warning("%s", problem)
            return None, problem

    store: Store | None = None
    store_problem = ""
    if use_store and open_store:
        store, store_problem = open_history()
    modes_path = settings_path.with_name("stream_modes.json") if settings_path else None
    session = ChatSession(http, store, modes_path=modes_path)
    session.prices = PriceBook(settings)  # the user's prices live, else OpenAI's published ones
    later = use_store and not open_store
    history = HistoryBridge(store) if store is not None or later else None
    playback = Playback(player_factory or (lambda: new_player(settings.output_device)))
    launcher = DemoLauncher()
    # Voice comparison: its own playback (loudness matching there leaves the chat's alone). Built
    # when the window first needs it, so its imports are not part of start-up.
    compare_parts: list[Any] = []

    def make_compare() -> ComparePanel:
        from app.compare.panel import ComparePanel
        from app.compare.session import AuditionSession

        auditions = AuditionSession(http, store, modes_path=modes_path)
        auditions.prices = session.prices
        compare_playback = Playback(player_factory or (lambda: new_player(settings.output_device)))
        compare_parts.extend([auditions, compare_playback])
        return ComparePanel(auditions, compare_playback)

    # The microphone: each recording opens the input device and length limit set at that moment.
    make_recorder = recorder_factory or new_recorder
    recording = Recording(
        lambda: make_recorder(settings.input_device or None, settings.max_recording_seconds)
    )
    options = StartOptions(
        demo=demo,
        base_url=base_url,
        env_key=env_key if env_key is not None else os.environ.get("OPENAI_API_KEY") or None,
        settings_path=settings_path,
        store_problem=store_problem,
    )
    window = MainWindow(
        session=session,
        playback=playback,
        settings=settings,
        keys=keys if keys is not None else OSKeyStore(),
        store=store,
        demo=launcher,
        options=options,
        compare=make_compare,
        history=history,
        recording=recording,
    )
    # Talk mode: its own player (the reply it plays is also the echo canceller's reference).
    talk_bridge = TalkBridge(
        player_factory or (lambda: new_player(settings.output_device)),
        lambda: settings.input_device or None,
        window,
    )
    talk = TalkMode(
        window.chat,
        talk_bridge,
        window.system_panel.prompt,
        settings=settings,
        save_settings=window._save_settings,
    )

    def attach_store(opened: Store | None, problem: str) -> None:
        nonlocal store
        store = parts.store = opened
        session.attach_store(opened)
        if history is not None:
            history.store = opened
        for part in compare_parts:  # a compare tab opened before the history was
            if not isinstance(part, Playback):
                part.store = opened
        window.attach_store(opened, problem)

    async def shutdown() -> None:
        await talk_bridge.aclose()
        await session.aclose()
        await recording.aclose()
        await window.aclose()
        if history is not None:
            await history.aclose()
        for part in compare_parts:
            if isinstance(part, Playback):
                part.close()
            else:
                await part.aclose()
        playback.close()
        await http.aclose()
        launcher.stop()
        if store is not None:
            store.close()

    parts = AppParts(
        window, session, playback, store, launcher, shutdown, open_history, attach_store, talk
    )
    return parts
