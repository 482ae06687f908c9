"""UI tests run as ``async def`` tests on a qasync loop (Qt's event loop), like the app does.

All UI tests share one loop (``pytest.mark.asyncio(loop_scope="session")``): a qasync loop is
bound to the QApplication's event loop, and a second one on the same application would run the
first one's leftover callbacks with the wrong running loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.chat.reply_card import ReplyCard
from app.core.secrets import SessionKeyStore
from app.core.settings import Profile, Settings
from app.demo.server import DemoServer
from app.runtime.i18n import Translations
from app.runtime.qtloop import make_loop
from app.shell.wiring import AppParts, create_app
from app.widgets.theme import STYLE_ARGS


def _qt_loop() -> Any:
    app = QApplication.instance() or QApplication(["parley-tests", *STYLE_ARGS])
    assert isinstance(app, QApplication)
    # Closing a test's window must not quit Qt's event loop under the running asyncio loop.
    app.setQuitOnLastWindowClosed(False)
    return make_loop(app)


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    """pytest-qt's application starts with Parley's style, as ``parley`` does."""
    return ["parley-tests", *STYLE_ARGS]


@pytest.fixture(scope="session", autouse=True)
def translations(qapp: QApplication) -> Translations:
    """The window in English, as ``parley`` shows it under an English locale (its plural forms
    come from parley_en.qm). Tests of other languages install theirs and come back to this."""
    installed = Translations()
    installed.install(qapp, "en")
    return installed


def pytest_asyncio_loop_factories(config: Any, item: Any) -> Mapping[str, Callable[[], Any]]:
    return {"qt": _qt_loop}


async def until(
    condition: Callable[[], object],
    timeout: float = 15.0,  # noqa: ASYNC109 - a polling helper
    what: str = "",
) -> None:
    """Wait (letting Qt and asyncio run) until ``condition()`` is true."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what or condition}")
        await asyncio.sleep(0.02)


def settings_for(path: Path, base_url: str, **changes: Any) -> Path:
    settings = Settings(profiles=[Profile("Local", base_url)], active_profile="Local", **changes)
    settings.save(path)
    return path


@pytest_asyncio.fixture(loop_scope="session")
async def parley(
    qapp: QApplication, demo_server: DemoServer, tmp_path: Path
) -> AsyncIterator[AppParts]:
    """Parley's real window and parts on the demo server (history in tmp_path)."""
    async with window_on(qapp, demo_server.url, tmp_path) as parts:
        yield parts


@contextlib.asynccontextmanager
async def window_on(
    qapp: QApplication, url: str, tmp_path: Path, key: str = "sk-test-parley-0123456789"
) -> AsyncIterator[AppParts]:
    """Parley's real window and parts on the server at ``url`` with ``key``, connected."""
    keys = SessionKeyStore()
    keys.set("Local", key)
    parts = create_app(
        qapp,
        settings_path=settings_for(tmp_path / "settings.json", url),
        data_dir=tmp_path / "data",
        keys=keys,
        env_key=None,
    )
    parts.window.show()
    parts.window.start()
    try:
        await until(lambda: parts.session.endpoint, what="the session to connect")
        yield parts
    finally:
        parts.window.close()
        await parts.shutdown()
        parts.window.deleteLater()


def type_and_send(parts: AppParts, text: str) -> None:
    """Type ``text`` into the prompt and press Ctrl+Enter, as a user does."""
    prompt = parts.window.chat.composer.prompt
    prompt.setFocus()
    QTest.keyClicks(prompt, text)
    QTest.keyClick(prompt, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


async def reply_settled(parts: AppParts) -> ReplyCard:
    """The newest reply card, once its reply is in (or failed) and the session is idle."""
    chat = parts.window.chat
    await until(lambda: chat.cards, what="a reply card")
    card = list(chat.cards.values())[-1]
    slot = chat.slots[card.key]
    await until(
        lambda: (slot.takes or card.error_text()) and not parts.session.is_busy(),
        what="the reply to settle",
    )
    return card
