"""``App``: the object graph built in one place (client, store, settings, keys, players,
demo server) and handed to the window's constructor. Tests build it (``create_app``) with
their own parts."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
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
from app.widgets.theme import apply_theme

if TYPE_CHECKING:
    from app.audio.player import Player
    from app.audio.recorder import Recorder
    from app.compare.panel import ComparePanel
    from app.compare.session import AuditionSession
    from app.core.store import Store
    from app.talk.bridge import TalkBridge
    from app.talk.mode import TalkMode

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


class App:
    """The running Parley: the parts built once (its fields) and handed to the window, and what
    is done to all of them together (attach the history opened late, close down).

    Nothing here blocks on the network or the keyring. With ``open_store`` False the history is
    opened later: ``open_store()`` (in a worker thread) then ``attach_store(...)``; ``parley``
    does that behind its first frame. Talk mode and the compare tab are built when first
    needed (the window builds talk mode just behind its first frame).
    """

    def __init__(
        self,
        qapp: QApplication,
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
    ) -> None:
        if open_store:  # ``parley`` tunes it behind its first frame (ctypes loads then)
            tune_allocator()  # a long session's audio buffers go back to the system when freed
        self.settings = settings = Settings.load(settings_path)
        apply_theme(qapp, settings.theme)
        self._player_factory = player_factory
        self._data_dir = data_dir
        self._modes_path = settings_path.with_name("stream_modes.json") if settings_path else None
        self.http = SharedHttp()
        self.store: Store | None = None
        store_problem = ""
        if use_store and open_store:
            self.store, store_problem = self.open_store()
        self.session = ChatSession(http=self.http, store=self.store, modes_path=self._modes_path)
        self.session.prices = PriceBook(settings)  # the user's prices, else OpenAI's published
        later = use_store and not open_store
        self.history = HistoryBridge(self.store) if self.store is not None or later else None
        self.playback = Playback(self.new_player)
        self.demo = DemoLauncher()
        # The microphone: each recording opens the input device and length limit set then.
        make_recorder = recorder_factory or new_recorder
        self.recording = Recording(
            lambda: make_recorder(settings.input_device or None, settings.max_recording_seconds)
        )
        # Voice comparison: its own playback (loudness matching there leaves the chat's alone).
        self.auditions: AuditionSession | None = None
        self.compare_playback: Playback | None = None
        self.talk_bridge: TalkBridge | None = None
        options = StartOptions(
            demo=demo,
            base_url=base_url,
            env_key=env_key if env_key is not None else os.environ.get("OPENAI_API_KEY") or None,
            settings_path=settings_path,
            store_problem=store_problem,
        )
        self.window = MainWindow(
            session=self.session,
            playback=self.playback,
            settings=settings,
            keys=keys if keys is not None else OSKeyStore(),
            store=self.store,
            demo=self.demo,
            options=options,
            compare=self._make_compare,
            history=self.history,
            recording=self.recording,
            talk=self._make_talk,
        )
        self._keep_speed()

    def __repr__(self) -> str:
        return f"<App store={self.store is not None} talk={self.window.talk is not None}>"

    @property
    def talk(self) -> TalkMode | None:
        """Talk mode in the chat (Chat → Talk hands-free, Ctrl+T), built when first asked for."""
        return self.window.ensure_talk()

    def new_player(self) -> Player:
        """A player on the output device set at this moment (each playback has its own)."""
        if self._player_factory is not None:
            return self._player_factory()
        return new_player(self.settings.output_device)

    def _keep_speed(self) -> None:
        """The chat's playback speed (compare and talk mode keep theirs), remembered."""
        controls, playback, settings = self.window.chat.controls, self.playback, self.settings
        controls.set_speed(settings.playback_speed)
        playback.set_speed(settings.playback_speed)

        def on_speed(speed: float) -> None:
            playback.set_speed(speed)
            settings.playback_speed = playback.speed

        controls.speed_changed.connect(on_speed)

    def _make_compare(self) -> ComparePanel:
        from app.compare.panel import ComparePanel
        from app.compare.session import AuditionSession

        auditions = AuditionSession(self.http, self.store, modes_path=self._modes_path)
        auditions.prices = self.session.prices
        self.auditions, self.compare_playback = auditions, Playback(self.new_player)
        return ComparePanel(auditions, self.compare_playback)

    def _make_talk(self, window: MainWindow) -> TalkMode:
        from app.talk.bridge import TalkBridge
        from app.talk.mode import TalkMode

        # Its own player: the reply it plays is also the echo canceller's reference.
        bridge = TalkBridge(self.new_player, lambda: self.settings.input_device or None, window)
        self.talk_bridge = bridge
        return TalkMode(
            window.chat,
            bridge,
            window.system_panel.speaking_prompt,
            settings=self.settings,
            save_settings=window._save_settings,
        )

    # The history ---------------------------------------------------------------------------------
    def open_store(self) -> tuple[Store | None, str]:
        """Open the history (blocking: any thread); None and why when it cannot be opened."""
        from app.core.store import Store

        try:
            return Store(self._data_dir), ""
        except Exception as exc:  # the window still works without history
            problem = QApplication.translate(
                "App", "The history cannot be opened ({reason}); this session is not saved."
            ).format(reason=exc)
            log.warning("%s", problem)
            return None, problem

    def attach_store(self, opened: Store | None, problem: str) -> None:
        """Give the history opened behind the first frame (or None and why) to every part."""
        self.store = opened
        self.session.attach_store(opened)
        if self.history is not None:
            self.history.store = opened
        if self.auditions is not None:  # a compare tab opened before the history was
            self.auditions.store = opened
        self.window.attach_store(opened, problem)

    # Closing down --------------------------------------------------------------------------------
    async def shutdown(self) -> None:
        """Stop everything in order, the history last; the window is already closed."""
        if self.talk_bridge is not None:
            await self.talk_bridge.aclose()
        await self.session.aclose()
        await self.recording.aclose()
        await self.window.aclose()
        if self.history is not None:
            await self.history.aclose()
        if self.compare_playback is not None:
            self.compare_playback.close()
        if self.auditions is not None:
            await self.auditions.aclose()
        self.playback.close()
        await self.http.aclose()
        self.demo.stop()
        if self.store is not None:
            self.store.close()


#: The name the tests and benches knew the running app by.
AppParts = App


def create_app(qapp: QApplication, **options: Any) -> App:
    """Build Parley's parts (see ``App``); tests pass their own settings, keys and players."""
    return App(qapp, **options)
