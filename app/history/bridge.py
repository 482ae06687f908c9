"""The history's bridge to the widgets: store calls and exports run in worker threads, results
come back as Qt signals. The sidebar and the export dialog call ``refresh``, ``open``,
``rename``, ``delete``, ``search``, ``check_folder``, ``export`` and ``cancel_export``; they
never touch the store or files themselves."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from app.core.conversation import Conversation
from app.runtime.error_text import error_text
from app.runtime.tasks import TaskSet, in_thread

if TYPE_CHECKING:
    from app.core.search import SearchHit
    from app.core.store import Store

log = logging.getLogger(__name__)
T = TypeVar("T")

#: Most search hits listed at once.
SEARCH_LIMIT = 100


class HistoryBridge(QObject):
    """Runs history work off the UI thread and reports it.

    Signals:
        listed(list): the conversations (``ConversationSummary``), most recently used first.
        usages_listed(dict): conversation id -> its replies' (model, Usage), to price them.
        opened(object, object): a loaded ``Conversation`` and the turn id to show (or None).
        found(str, list, int): the search text, its ``SearchHit`` list (best first, at most
            ``SEARCH_LIMIT``) and how many turns match in all.
        deleted(int): a conversation is gone for good.
        problem(str): a history operation failed, in one sentence.
        folder_checked(int, bool): the number ``check_folder`` returned, and whether that folder
            can take an export itself (it is missing or empty).
        export_progress(int, int): turns done and the total of the running export.
        export_finished(object): the export's ``ExportResult``.
        export_failed(str): why the export did not happen (nothing was left behind).
        export_cancelled(): the export stopped on request (nothing was left behind).
    """

    listed = Signal(list)
    usages_listed = Signal(object)
    opened = Signal(object, object)
    found = Signal(str, list, int)
    deleted = Signal(int)
    problem = Signal(str)
    folder_checked = Signal(int, bool)
    export_progress = Signal(int, int)
    export_finished = Signal(object)
    export_failed = Signal(str)
    export_cancelled = Signal()
    # Emitted in the export's worker thread; queued to the bridge's (the UI) thread.
    _progress_from_worker = Signal(int, int)

    def __init__(self, store: Store | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: None until the window's start has opened the history (or when it cannot be opened:
        #: then every request is quietly not answered; the window says why once).
        self.store = store
        self._tasks = TaskSet()
        self._open_generation = 0
        self._search_generation = 0
        self._folder_checks = 0
        self._cancel: threading.Event | None = None
        self._progress_from_worker.connect(self.export_progress, Qt.ConnectionType.QueuedConnection)

    # Conversations -------------------------------------------------------------------------
    def refresh(self) -> None:
        """List the conversations again (``listed``)."""
        self._tasks.spawn(self._refresh())

    def open(self, conversation_id: int, turn_id: int | None = None) -> None:
        """Load a conversation (``opened``); only the latest request is answered."""
        self._open_generation += 1
        generation = self._open_generation

        async def run() -> None:
            conversation = await self._call(lambda store: store.load_conversation(conversation_id))
            if conversation is not None and generation == self._open_generation:
                self.opened.emit(conversation, turn_id)

        self._tasks.spawn(run())

    def rename(self, conversation_id: int, title: str) -> None:
        async def run() -> None:
            await self._call(lambda store: store.rename_conversation(conversation_id, title))
            await self._refresh()

        self._tasks.spawn(run())

    def delete(self, conversation_id: int) -> None:
        async def run() -> None:
            if await self._call(lambda store: store.delete_conversation(conversation_id), ok=True):
                self.deleted.emit(conversation_id)
            await self._refresh()

        self._tasks.spawn(run())

    def search(self, text: str) -> None:
        """Search prompts and transcripts (``found``); only the latest search is answered."""
        self._search_generation += 1
        generation = self._search_generation

        async def run() -> None:
            def find(store: Store) -> tuple[list[SearchHit], int]:
                hits = store.search(text, limit=SEARCH_LIMIT, marks=("\x02", "\x03"))
                return hits, store.count_matches(text) if len(hits) >= SEARCH_LIMIT else len(hits)

            found = await self._call(find)
            if found is not None and generation == self._search_generation:
                self.found.emit(text, *found)

        self._tasks.spawn(run())

    # Export --------------------------------------------------------------------------------
    def check_folder(self, folder: Path) -> int:
        """Find out in a worker thread whether ``folder`` is missing or empty: listing a folder
        on a slow network mount, or a huge one, would freeze the window. Returns the number
        ``folder_checked`` will carry with the answer, so a caller can drop answers it no
        longer waits for."""
        self._folder_checks += 1
        number = self._folder_checks

        async def run() -> None:
            self.folder_checked.emit(number, await in_thread(_takes_export_itself, folder))

        self._tasks.spawn(run())
        return number

    def is_exporting(self) -> bool:
        return self._cancel is not None

    def export(
        self,
        conversation: Conversation,
        destination: Path,
        *,
        audio_format: str,
        joined: bool,
        turn_ids: Collection[int] | None = None,
    ) -> bool:
        """Start an export in a worker thread; False when one is already running."""
        if self._cancel is not None:
            return False
        # Exporting needs the audio engine (numpy, libsndfile): imported on the first export.
        from app.core.export import ExportCancelled, ExportError, ExportResult, export_conversation

        cancel = threading.Event()
        self._cancel = cancel
        report = self._progress_from_worker.emit

        def work() -> ExportResult:
            return export_conversation(
                conversation,
                destination,
                audio_format=audio_format,
                joined=joined,
                turn_ids=turn_ids,
                progress=report,
                cancel=cancel,
            )

        async def run() -> None:
            try:
                result = await in_thread(work)
            except ExportCancelled:
                self.export_cancelled.emit()
            except ExportError as exc:
                self.export_failed.emit(error_text(exc))
            except OSError as exc:  # reading the history's audio, say
                self.export_failed.emit(
                    self.tr("The export failed: {reason}.").format(reason=error_text(exc))
                )
            else:
                self.export_finished.emit(result)
            finally:
                self._cancel = None

        self._tasks.spawn(run())
        return True

    def cancel_export(self) -> None:
        """Stop the running export between two turns; it leaves nothing behind."""
        if self._cancel is not None:
            self._cancel.set()

    # Plumbing ------------------------------------------------------------------------------
    async def _refresh(self) -> None:
        summaries = await self._call(lambda store: store.list_conversations())
        if summaries is not None:
            self.listed.emit(summaries)
            usages = await self._call(lambda store: store.usages())
            if usages is not None:
                self.usages_listed.emit(usages)

    async def _call(self, fn: Callable[[Store], T], *, ok: bool = False) -> Any:
        """``fn(store)`` in a worker thread; a failure becomes ``problem`` and None (or False
        with ``ok``, which returns True on success instead of the result). Without a store,
        None (False) and no message."""
        import sqlite3

        from app.core.store_files import StoreError

        store = self.store
        if store is None:
            return False if ok else None
        try:
            result = await in_thread(fn, store)
        except StoreError as exc:
            self.problem.emit(exc.user_message)
            return False if ok else None
        except (OSError, sqlite3.Error) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.problem.emit(
                self.tr("The history could not be used: {reason}.").format(reason=reason)
            )
            return False if ok else None
        return True if ok else result

    async def aclose(self) -> None:
        """Stop an export and wait for the work under way (at quit)."""
        self.cancel_export()
        if self._tasks:
            import asyncio  # loaded after the first paint (app.shell.gui)

            await asyncio.gather(*list(self._tasks), return_exceptions=True)


def _takes_export_itself(folder: Path) -> bool:
    """Whether an export may be written straight into ``folder``: it is missing, or an empty
    folder. One that cannot be read counts as not empty (the export then says what is wrong)."""
    try:
        return not folder.exists() or (folder.is_dir() and not any(folder.iterdir()))
    except OSError:
        return False
