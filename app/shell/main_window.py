"""Parley's main window: the chat, the system prompt panel, settings, profiles and the demo."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.chat.controls import ChatChoices
from app.chat.panel import ChatPanel
from app.chat.playback import Playback
from app.chat.recording import Recording
from app.chat.session import ChatSession
from app.chat.system_prompt_panel import SystemPromptPanel
from app.core.endpoints import is_loopback
from app.core.secrets import KeyStore
from app.core.settings import Profile, Settings
from app.history.bridge import HistoryBridge
from app.history.notice import history_notice
from app.history.sidebar import HistorySidebar
from app.runtime.i18n import QT_TRANSLATE_NOOP
from app.runtime.tasks import TaskSet, in_thread
from app.settings.keys import Keys
from app.shell.main_menu import add_dock, build_menus, new_dock, new_tabs
from app.shell.options import DemoControl, StartOptions
from app.shell.welcome import WelcomePanel
from app.shell.window_commands import WindowCommands
from app.widgets.theme import apply_theme

if TYPE_CHECKING:
    from app.compare.panel import ComparePanel
    from app.core.servers import ServerSpec
    from app.core.store import Store
    from app.settings.dialog import SettingsDialog, SettingsDraft
    from app.talk.mode import TalkMode

log = logging.getLogger(__name__)
DEMO_PROFILE = QT_TRANSLATE_NOOP("MainWindow", "Offline demo")


class MainWindow(WindowCommands):
    """The window. Every part comes in through the constructor (see app.shell.wiring.create_app).

    Signals:
        closed(): the user closed the window (the application then shuts down).
    """

    closed = Signal()
    #: The window's first frame has been painted (emitted once, on the loop's next turn).
    first_frame = Signal()

    def __init__(
        self,
        *,
        session: ChatSession,
        playback: Playback,
        settings: Settings,
        keys: KeyStore,
        store: Store | None,
        demo: DemoControl,
        options: StartOptions,
        compare: ComparePanel | Callable[[], ComparePanel] | None = None,
        history: HistoryBridge | None = None,
        recording: Recording | None = None,
        talk: Callable[[MainWindow], TalkMode] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Parley")
        self.resize(1180, 760)
        self.session, self.playback, self.settings = session, playback, settings
        self.store, self.demo, self.options = store, demo, options
        self.keys = Keys(keys, self.show_status)
        self._tasks = TaskSet()
        self._dialog: SettingsDialog | None = None
        self._painted = False

        # Each panel is built inside the widget that holds it: moving a built panel into a dock
        # or a tab re-styles every widget in it (the style sheet), as long as building it again.
        self.system_dock = new_dock(self, self.tr("System prompt"), "systemPromptDock")
        self.system_panel = SystemPromptPanel(self.system_dock)
        central = QWidget(self)
        # The compare panel may come as a factory: it is then built once the window is up (its
        # imports and widgets are a good part of start-up) or when first asked for.
        self.compare: ComparePanel | None = None
        self._compare_factory = compare if callable(compare) else None
        holder: QWidget = central
        if isinstance(compare, QWidget) or self._compare_factory is not None:
            self.tabs, holder = new_tabs(central, self.tr("Chat and voice comparison"))
        self.chat = ChatPanel(session, playback, store, self.system_panel.speaking_prompt, holder)
        self.welcome = WelcomePanel(central)
        self.welcome.setVisible(False)
        self.demo_banner = QLabel(
            self.tr(
                "Offline demo: replies come from Parley's built-in demo server, not a real model."
            ),
            central,
        )
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setVisible(False)
        layout = QVBoxLayout(central)
        layout.addWidget(self.demo_banner)
        layout.addWidget(self.welcome)
        self._endpoint: tuple[str, str | None, ServerSpec | None] | None = None
        self._add_tabs(layout, compare if isinstance(compare, QWidget) else None)
        self.setCentralWidget(central)
        add_dock(self, self.system_dock, self.system_panel)
        self.history: HistorySidebar | None = None
        self.history_dock: QDockWidget | None = None
        self._add_history(history)
        self.menus = build_menus(self, self)
        # Talk mode's bar and the announcements are built behind the first frame.
        self._talk_factory = (lambda: talk(self)) if talk is not None else None
        self.first_frame.connect(lambda: QTimer.singleShot(0, self.build_later))
        self.statusBar().setObjectName("statusBar")
        if recording is not None:
            self.chat.composer.attach_recording(recording)

        self.chat.status.connect(self.show_status)
        self.chat.controls.profile_changed.connect(self.on_profile_changed)
        self.chat.controls.choices_changed.connect(self.on_choices_changed)
        self.system_panel.presets_changed.connect(self.on_presets_changed)
        self.system_panel.vibe.vibe_changed.connect(self.on_vibe_changed)
        self.welcome.demo_requested.connect(self.use_demo)
        self.welcome.key_requested.connect(self.open_settings)
        session.models_listed.connect(self.chat.controls.set_models)
        session.voices_offered.connect(self.chat.controls.set_voices)
        session.connection_tested.connect(self.on_connection_tested)

    # Start ---------------------------------------------------------------------------------------
    def start(self, *, connect: bool = True) -> None:
        """Show the saved choices; with ``connect``, also ``connect_when_shown``."""
        s = self.settings
        self.chat.controls.set_profiles([p.name for p in s.profiles], s.active().name)
        self.chat.controls.apply(
            ChatChoices(s.active().name, s.model, s.voice, s.format, s.stream, s.autoplay)
        )
        self.system_panel.set_presets(s.system_presets)
        self.system_panel.vibe.set_current(s.vibe)
        self.show_send_keys()
        self.chat.composer.prompt.setFocus()
        if problem := self.options.store_problem or history_notice(self.store):
            self._show_history_problem(problem)
        if connect:
            self.connect_when_shown()

    def attach_store(self, store: Store | None, problem: str = "") -> None:
        """The history, opened after the first frame (``app.shell.gui``); None when it cannot be
        opened: the sidebar goes, ``problem`` says why, and chatting works unsaved."""
        self.store = store
        self.chat.store = store
        if store is None and self.history_dock is not None:
            self.history_dock.hide()
            self.history_dock.toggleViewAction().setEnabled(False)
        if problem := problem or history_notice(store):
            self._show_history_problem(problem)

    def _show_history_problem(self, problem: str) -> None:
        """Kept in the status bar for the whole session (a passing message would be replaced
        by the next one, the demo's or the connection's, before anyone read it)."""
        label = QLabel(problem, self)
        label.setObjectName("historyProblem")
        label.setAccessibleName(self.tr("History problem"))
        self.statusBar().addPermanentWidget(label)

    def connect_when_shown(self) -> None:
        """Connect to the active profile (or the demo), list the history and warm up the audio
        engine, once the window's first frame is on screen (needs the asyncio loop).

        That work runs partly in worker threads, which would compete with the first paint for
        the interpreter; a send before the connection is made waits for it
        (``ChatSession.configured``).
        """
        if self.isVisible() and not self._painted:
            self.first_frame.connect(self._connect_at_start, Qt.ConnectionType.SingleShotConnection)
        else:
            self._connect_at_start()

    def _connect_at_start(self) -> None:
        if self.history is not None:
            self.history.bridge.refresh()
        if self.options.demo:
            self.use_demo()
        else:
            self._tasks.spawn(self._connect(self.settings.active()))
        # The audio engine loads a moment later, long before a first reply arrives.
        QTimer.singleShot(300, lambda: self._tasks.spawn(self.playback.warm_up()))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_frame.emit)

    async def _connect(self, profile: Profile) -> None:
        base_url = self.options.base_url or profile.base_url
        key = await self.keys.get(profile.name)
        note = ""
        if key is None and self.options.env_key:
            key = self.options.env_key
            note = self.tr("Using the key in OPENAI_API_KEY for this session.")
        server = profile.server() if base_url == profile.base_url else None
        problem = self.session.configure(base_url, key, server)
        self._endpoint = (base_url, key, server)
        if self.compare is not None:
            self.compare.session.configure(base_url, key, server)
        if problem:
            self.show_status(problem)
        elif note:
            self.show_status(note)
        host = self.session.endpoint.split("//")[-1].split("/")[0].split(":")[0]
        self.welcome.setVisible(key is None and not is_loopback(host))
        if key is not None or is_loopback(host):
            self.session.list_models()

    def use_demo(self) -> None:
        """Switch to the offline demo server (started in-process on first use)."""
        self._tasks.spawn(self._use_demo())

    async def _use_demo(self) -> None:
        url = await in_thread(self.demo.start)
        self.session.configure(url, None)
        self._endpoint = (url, None, None)
        if self.compare is not None:
            self.compare.session.configure(url, None)
        self.welcome.setVisible(False)
        self.demo_banner.setVisible(True)
        controls = self.chat.controls
        names = [p.name for p in self.settings.profiles] + [self.tr(DEMO_PROFILE)]
        controls.set_profiles(names, self.tr(DEMO_PROFILE))
        self.session.list_models()
        self.show_status(self.tr("Offline demo running at {url}").format(url=url))
        self.chat.composer.prompt.setFocus()

    # Pickers and presets -------------------------------------------------------------------------
    def on_profile_changed(self, name: str) -> None:
        if name == self.tr(DEMO_PROFILE):
            self.use_demo()
            return
        profile = self.settings.profile(name)
        if profile is None:
            return
        self.demo_banner.setVisible(False)
        self.settings.active_profile = name
        self._save_settings()
        self._tasks.spawn(self._connect(profile))

    def on_choices_changed(self) -> None:
        c = self.chat.controls.choices()
        s = self.settings
        s.model, s.voice, s.format = c.model, c.voice, c.format
        s.stream, s.autoplay = c.stream, c.autoplay
        self._save_settings()

    def on_vibe_changed(self, name: str) -> None:
        self.settings.vibe = name
        self._save_settings()

    def on_presets_changed(self, presets: dict[str, str]) -> None:
        self.settings.system_presets = dict(presets)
        self._save_settings()

    # Voice comparison --------------------------------------------------------------------------
    def _add_tabs(self, layout: QVBoxLayout, compare: ComparePanel | None) -> None:
        """Chat and voice comparison in tabs."""
        if compare is None and self._compare_factory is None:
            layout.addWidget(self.chat, 1)
            return
        self.tabs.addTab(self.chat, self.tr("Chat"))
        # The compare tab's page holds the panel once it is built (at once when given, else the
        # first time the tab is opened).
        self._compare_page = QWidget(self.tabs)
        page_layout = QVBoxLayout(self._compare_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self._compare_page, self.tr("Compare voices"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout.addWidget(self.tabs, 1)
        if compare is not None:
            self._add_compare(compare)

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self._compare_page:
            self.ensure_compare()

    def _add_compare(self, compare: ComparePanel) -> None:
        """The compare tab; its "Use this voice" sets the chat's voice."""
        self.compare = compare
        page_layout = self._compare_page.layout()
        assert page_layout is not None
        page_layout.addWidget(compare)
        compare.voice_chosen.connect(self.chat.controls.voice.setCurrentText)
        compare.status.connect(self.show_status)
        self.session.models_listed.connect(compare.form.set_models)
        self.session.voices_offered.connect(compare.form.set_voices)
        if self._endpoint is not None:
            compare.session.configure(*self._endpoint)
            compare.form.set_models(self.chat.controls.model_labels())
            compare.form.set_voices(self.session.voices())
        compare.player.playback.set_device(self.settings.output_device or None)

    def ensure_compare(self) -> ComparePanel | None:
        """The compare panel, built now if it was deferred."""
        if self.compare is None and self._compare_factory is not None:
            factory, self._compare_factory = self._compare_factory, None
            self._add_compare(factory())
        return self.compare

    def has_compare(self) -> bool:
        """Whether the window has a compare tab (built or still to build)."""
        return self.compare is not None or self._compare_factory is not None

    def show_compare(self) -> None:
        """Switch to the compare panel (Ctrl+K)."""
        compare = self.ensure_compare()
        if compare is not None:
            self.tabs.setCurrentWidget(self._compare_page)
            compare.form.text.setFocus()

    # History -----------------------------------------------------------------------------------
    def _add_history(self, bridge: HistoryBridge | None) -> None:
        """Saved conversations in a dock on the left (when the history could be opened)."""
        if bridge is None:
            return
        self.history_dock = new_dock(self, self.tr("History"), "historyDock")
        self.history = HistorySidebar(bridge, self.chat, self.history_dock)
        self.history.status.connect(self.show_status)
        # A reopened conversation goes on with the system prompt it was held with.
        bridge.opened.connect(lambda c, _turn: self.system_panel.set_prompt(c.system_prompt))
        add_dock(self, self.history_dock, self.history, left=True)

    # Settings ------------------------------------------------------------------------------------
    def open_settings(self) -> None:
        self._tasks.spawn(self._open_settings())

    async def _open_settings(self) -> None:
        from app.settings.dialog import SettingsDialog
        from app.settings.flow import draft_of, look_up

        found = await in_thread(look_up, self.settings, self.keys)
        dialog = SettingsDialog(draft_of(self.settings, found), self)
        dialog.test_connection_requested.connect(self.on_test_connection_requested)
        self._dialog = dialog
        dialog.finished.connect(lambda result: self._on_settings_closed(dialog, result))
        dialog.open()

    def _on_settings_closed(self, dialog: SettingsDialog, result: int) -> None:
        self._dialog = None
        if result == dialog.DialogCode.Accepted:
            self._tasks.spawn(self.apply_settings(dialog.result_draft()))
        dialog.deleteLater()

    async def apply_settings(self, draft: SettingsDraft) -> None:
        from app.settings.flow import store_draft

        await store_draft(self.settings, self.keys, draft)
        s = self.settings
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, s.theme)
        self.playback.set_device(s.output_device or None)
        if self.compare is not None:
            self.compare.player.playback.set_device(s.output_device or None)
        self._save_settings()
        self.chat.controls.set_profiles([p.name for p in s.profiles], s.active().name)
        self.chat.controls.apply(
            ChatChoices(s.active().name, s.model, s.voice, s.format, s.stream, s.autoplay)
        )
        self.show_send_keys()
        self.demo_banner.setVisible(False)
        await self._connect(s.active())

    def on_test_connection_requested(self, base_url: str, typed_key: str, profile: str) -> None:
        async def run() -> None:
            key = typed_key.strip() or await self.keys.get(profile)
            server = self._dialog.current_server() if self._dialog is not None else None
            self.session.test_connection(base_url, key, server)

        self._tasks.spawn(run())

    def on_connection_tested(self, ok: bool, text: str) -> None:
        if self._dialog is not None:
            self._dialog.show_test_result(text, ok)
        else:
            self.show_status(text)

    # Plumbing ------------------------------------------------------------------------------------
    async def aclose(self) -> None:
        await self.chat.aclose()
        await self._tasks.aclose()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.cancel()
        self.playback.stop()
        super().closeEvent(event)
        self.closed.emit()
