"""What the window does on a command from its menus or from another ``parley`` started later
(app.shell.instance): talk mode, stop, the shortcuts list, coming to the front; and the parts
built just behind the first frame (talk mode, the screen-reader announcements)."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from app.runtime.tasks import in_thread

if TYPE_CHECKING:
    from app.chat.panel import ChatPanel
    from app.core.settings import Settings
    from app.runtime.tasks import TaskSet
    from app.shell.main_menu import Menus
    from app.shell.options import StartOptions
    from app.talk.mode import TalkMode
    from app.widgets.announce import Announcer

log = logging.getLogger(__name__)

#: How long an unexpected error stays said in the status bar.
UNEXPECTED_SHOWN_MS = 60_000


class WindowCommands(QMainWindow):
    """The commands part of app.shell.main_window.MainWindow (see the module docstring)."""

    chat: ChatPanel
    settings: Settings
    options: StartOptions
    _tasks: TaskSet
    menus: Menus
    talk: TalkMode | None = None
    announcer: Announcer | None = None
    _talk_factory: Callable[[], TalkMode] | None = None
    _unexpected: QLabel | None = None  # an unexpected error, said (see report_unexpected)
    _unexpected_timer: QTimer | None = None

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    def report_unexpected(self, kind: str, log_path: str) -> None:
        """An error no part of Parley expected (``app.runtime.last_resort``): said in the status
        bar for a minute (beside its passing messages, which would replace it at once) and to
        screen readers; the window carries on."""
        if log_path:
            text = self.tr(
                "Something unexpected went wrong inside Parley ({0}). The details are in {1}."
            ).format(kind, log_path)
        else:
            text = self.tr("Something unexpected went wrong inside Parley ({0}).").format(kind)
        label = self._unexpected
        if label is None:
            label = self._unexpected = QLabel(self)
            label.setObjectName("unexpectedProblem")
            label.setAccessibleName(self.tr("Unexpected error"))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.statusBar().addPermanentWidget(label)
            self._unexpected_timer = QTimer(label, singleShot=True, interval=UNEXPECTED_SHOWN_MS)
            self._unexpected_timer.timeout.connect(label.hide)
        label.setText(text)
        label.setToolTip(text)
        label.show()
        if self._unexpected_timer is not None:
            self._unexpected_timer.start()
        if self.announcer is not None:
            self.announcer.say(text)

    def _save_settings(self) -> None:
        settings, path = self.settings, self.options.settings_path

        async def save() -> None:
            try:
                await in_thread(lambda: settings.save(path))
            except OSError as err:
                reason = err.strerror or err
                self.show_status(self.tr("Could not save the settings: {0}").format(reason))

        self._tasks.spawn(save())

    # Built behind the first frame ------------------------------------------------------------
    def build_later(self) -> None:
        """Build what the first frame does not show (called once it is on screen)."""
        # The cards' modules, loaded now rather than in the middle of the first reply.
        import app.chat.reply_card
        import app.chat.user_card  # noqa: F401

        assert self.chat.costs is not None  # the cost line under the composer
        self.ensure_talk()
        self.ensure_announcer()

    def ensure_talk(self) -> TalkMode | None:
        """Talk mode (its bar above the composer), built now if it was deferred."""
        if self.talk is None and self._talk_factory is not None:
            factory, self._talk_factory = self._talk_factory, None
            talk = factory()
            self.talk = talk
            talk.bridge.active_changed.connect(self._on_talk_active)
            talk.bar.mute.toggled.connect(self.menus.mute.setChecked)
            talk.bridge.state_changed.connect(self._announce_talk_state)
        return self.talk

    def ensure_announcer(self) -> Announcer:
        if self.announcer is None:
            from app.widgets.announce import Announcer

            self.announcer = Announcer(self)
            self.chat.session.reply_finished.connect(self._announce_reply)
        return self.announcer

    def show_send_keys(self) -> None:
        """The composer, its placeholder and the empty chat say which key sends (Settings)."""
        ctrl = self.settings.send_with_ctrl_enter
        self.chat.composer.set_send_with_ctrl_enter(ctrl)
        self.chat.view.set_empty_text(
            self.tr("Say something to start: write below and press Ctrl+Enter.")
            if ctrl
            else self.tr("Say something to start: write below and press Enter.")
        )

    # Commands ----------------------------------------------------------------------------------
    def toggle_talk(self) -> None:
        """Start talk mode in the conversation on show, or end it (Ctrl+T, ``--toggle-talk``);
        in the window's first moments, once the connection is made."""
        self._tasks.spawn(self._toggle_talk())

    async def _toggle_talk(self) -> None:
        await self.chat.session.configured()
        talk = self.ensure_talk()
        if talk is not None:
            talk.toggle()

    def toggle_mute(self) -> None:
        """Mute or unmute the microphone while talking (M)."""
        talk = self.talk
        if talk is not None and talk.bridge.is_active():
            talk.bar.mute.toggle()

    def stop(self) -> None:
        """Esc, ``parley --stop``: end talk mode if it is on; else throw a recording under way
        away, or stop the reply coming and the audio playing."""
        talk = self.talk
        if talk is not None and talk.bridge.is_active():
            talk.bridge.stop()
            return
        self.chat.composer.on_escape()
        self.chat.playback.stop()

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts."""
        from app.shell.shortcuts_dialog import ShortcutsDialog

        notes = [
            self.chat.composer.send_keys_hint(),
            self.tr("Hold Ctrl+Space to record a voice message while the key is down."),
            self.tr("On a reply: Space plays or pauses it; Tab moves between replies."),
        ]
        dialog = ShortcutsDialog(self, notes)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog = dialog
        dialog.open()

    def bring_to_front(self, activation_token: str = "") -> None:
        """Show the window on top with the focus (another ``parley`` was started).

        On Wayland only the compositor may raise a window: the activation token of the
        ``parley`` that was started (``XDG_ACTIVATION_TOKEN``) asks it to, which is what
        launchers and desktop shortcuts hand out; without one it may only flag the window.
        """
        if activation_token:
            os.environ["XDG_ACTIVATION_TOKEN"] = activation_token  # read by Qt's Wayland plugin
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # Following talk mode -------------------------------------------------------------------------
    def _on_talk_active(self, active: bool) -> None:
        self.menus.talk.setChecked(active)
        self.menus.mute.setEnabled(active)
        if not active:
            self.menus.mute.setChecked(False)
        self.ensure_announcer().say(
            self.tr("Talk mode on: speak, then pause.") if active else self.tr("Talk mode ended.")
        )

    def _announce_talk_state(self, state: str, message: str) -> None:
        from app.talk.bar import STATE_TEXT

        if state in ("starting", "ended"):
            return  # said with talk mode on and off
        text = QCoreApplication.translate("TalkBar", STATE_TEXT.get(state, state))
        self.ensure_announcer().say(f"{text}. {message}" if message else text)

    def _announce_reply(self, key: int, _turn: object) -> None:
        card = self.chat.cards.get(key)
        words = card.transcript_text() if card is not None else ""
        if len(words) > 140:
            words = words[:140].rsplit(" ", 1)[0] + "…"
        announcer = self.ensure_announcer()
        announcer.forget()
        announcer.say(
            self.tr("Reply received: %1").replace("%1", words)
            if words
            else self.tr("Reply received.")
        )
