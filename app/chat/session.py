"""The one bridge between widgets and the core: runs requests on the qasync loop as tasks and
reports through Qt signals. Widgets call ``send``, ``cancel``, ``list_models`` and
``test_connection`` and listen; they never touch HTTP, the keyring or files."""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from app.core.catalog import retirement
from app.core.context_choices import FILE_NAME as CONTEXT_FILE
from app.core.context_choices import ContextChoices
from app.core.costs import Estimate, PriceBook
from app.core.errors import ParleyError
from app.core.reply_recorder import ReplyRecorder, forget_lost_audio_ids
from app.core.store_files import StoreError
from app.runtime.error_text import error_text, notice_text
from app.runtime.http import Endpoint, HttpSource
from app.runtime.server_text import report_text
from app.runtime.tasks import TaskSet, in_thread, loop_running

if TYPE_CHECKING:
    import asyncio
    from pathlib import Path

    from app.core.client import ChatClient
    from app.core.conversation import Turn
    from app.core.events import ChatRequest
    from app.core.reply import Reply
    from app.core.servers import ServerSpec
    from app.core.store import Store

log = logging.getLogger(__name__)
T = TypeVar("T")

#: How long (seconds) a send in the window's first moments waits for the connection (the
#: keyring may be slow to answer); after that it fails and says why.
CONNECT_WAIT = 10.0


@dataclass
class Job:
    """One request: ``key`` names the reply card it fills."""

    key: int
    request: ChatRequest
    conversation_id: int | None = None
    #: The stored reply this request re-voices (the new take is kept beside it).
    variant_of: int | None = None
    #: A write of this reply to the history failed (a full disk): it was taken back.
    lost: bool = False


class ChatSession(QObject):
    """Runs chat requests and reports their progress.

    Signals:
        reply_started(int): the request for card ``key`` is under way.
        transcript_delta(int, str): more words of card ``key``'s transcript.
        audio_delta(int, bytes, str): more audio for card ``key`` and its real format.
        reply_finished(int, object): the complete reply as a ``Turn`` (audio in memory, ``id``
            set when the history stored it).
        reply_failed(int, str, bool, object): the message for the user, whether Retry makes
            sense, and what arrived before the failure as a partial ``Turn`` (or None).
        busy_changed(bool): a request started or the last one ended.
        voices_offered(list): the voices the endpoint's server kind takes (on configure).
        models_listed(list): the endpoint's models as the pickers show them: ids, with
            "(retired DATE)" or "(shuts down DATE)" where that is known.
        connection_tested(bool, str): the outcome of ``test_connection`` in words.
        store_failed(str): the history could not be written (the reply itself is kept).
        reply_notice(int, str): something the user should know about card ``key``'s request
            (say, "this model sends whole replies": it was asked again, whole).
    """

    reply_started = Signal(int)
    transcript_delta = Signal(int, str)
    audio_delta = Signal(int, bytes, str)
    reply_finished = Signal(int, object)
    reply_failed = Signal(int, str, bool, object)
    busy_changed = Signal(bool)
    models_listed = Signal(list)
    voices_offered = Signal(list)
    connection_tested = Signal(bool, str)
    store_failed = Signal(str)
    reply_notice = Signal(int, str)

    def __init__(
        self,
        http: HttpSource,
        store: Store | None = None,
        parent: QObject | None = None,
        *,
        modes_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        # What each endpoint's models do with streaming, as learnt (beside the settings), and
        # each conversation's context setting (in the same folder).
        self._endpoint = Endpoint(http, modes_path)
        self.context_choices = ContextChoices(
            modes_path.with_name(CONTEXT_FILE) if modes_path is not None else None
        )
        self._store = store
        self._tasks = TaskSet()
        self._jobs: dict[int, asyncio.Task[Any]] = {}
        self._configured = False
        self._configured_event: asyncio.Event | None = None
        #: Prices for the cost estimates (the window gives the one that reads the settings).
        self.prices = PriceBook()

    # Configuration ------------------------------------------------------------------------
    def attach_store(self, store: Store | None) -> None:
        """Keep the history in ``store`` from now on (None: this session is not saved)."""
        self._store = store

    def configure(
        self, base_url: str, api_key: str | None, server: ServerSpec | None = None
    ) -> str | None:
        """Talk to this endpoint (the server kind its profile names) from now on. Returns why
        it cannot be used, or None."""
        problem = self._endpoint.configure(base_url, api_key, server)
        self.voices_offered.emit(self.voices())
        if self._endpoint.client is not None:  # the server's own models, until /models answers
            self.models_listed.emit(list(self._endpoint.client.server.allows.models))
        self._configured = True
        if self._configured_event is not None:
            self._configured_event.set()
        return problem

    def voices(self) -> list[str]:
        """The voices the server in use takes (OpenAI's when none is set up)."""
        from app.core.catalog import VOICES

        client = self._endpoint.client
        return list(client.server.allows.voices if client is not None else VOICES)

    async def configured(self) -> None:
        """Wait (at most ``CONNECT_WAIT`` seconds) until the window has configured an endpoint:
        a send in the window's first moments goes out once the connection is made."""
        if self._configured:
            return
        import asyncio

        if self._configured_event is None:
            self._configured_event = asyncio.Event()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._configured_event.wait(), CONNECT_WAIT)

    def estimate(self, turn: Turn) -> Estimate:
        """What a reply cost, at the active profile's prices (an estimate)."""
        return self.prices.estimate(turn.usage, turn.model)

    @property
    def endpoint(self) -> str:
        return self._endpoint.base_url

    @property
    def client(self) -> ChatClient | None:
        """The configured endpoint's client, shared with talk mode (None while unusable)."""
        return self._endpoint.client

    @property
    def problem(self) -> str:
        """Why there is no usable endpoint, in words for the user."""
        return self._endpoint.problem

    def is_busy(self) -> bool:
        return bool(self._jobs)

    # Requests ------------------------------------------------------------------------------
    def send(self, job: Job) -> bool:
        """Start a request; False (and ``reply_failed``) when no endpoint is usable."""
        if self._endpoint.client is None or not loop_running():
            # Retry works once the connection is made (or the settings are fixed).
            self.reply_failed.emit(job.key, self._endpoint.problem, True, None)
            return False
        was_busy = self.is_busy()
        task = self._tasks.spawn(self._run(self._endpoint.client, job))
        assert task is not None  # the loop runs (checked above)
        self._jobs[job.key] = task
        task.add_done_callback(functools.partial(self._job_done, job.key))
        if not was_busy:
            self.busy_changed.emit(True)
        return True

    def cancel(self, key: int | None = None) -> None:
        """Stop one request (or all): what arrived is kept and reported as partial."""
        for job_key, task in list(self._jobs.items()):
            if key is None or key == job_key:
                task.cancel()

    def list_models(self) -> None:
        if self._endpoint.client is not None:
            self._tasks.spawn(self._list_models(self._endpoint.client))

    def test_connection(
        self, base_url: str, api_key: str | None, server: ServerSpec | None = None
    ) -> None:
        self._tasks.spawn(self._test_connection(base_url, api_key, server))

    async def aclose(self) -> None:
        """Cancel everything and wait for it to wind down (at quit)."""
        await self._tasks.aclose()

    # Internals -----------------------------------------------------------------------------
    def _job_done(self, key: int, _task: asyncio.Task[Any]) -> None:
        self._jobs.pop(key, None)
        if not self._jobs:
            self.busy_changed.emit(False)

    async def _keep(
        self, job: Job, recorder: ReplyRecorder, fn: Callable[..., T], *args: Any
    ) -> T | None:
        """A write of the reply being kept. When one fails (a full disk) the reply is taken back,
        its audio file first (which frees room), so no half-written turn stays in the history."""
        store, turn_id = self._store, recorder.turn_id
        if job.lost or turn_id is None or store is None:
            return None
        failed: list[bool] = []
        result = await self._history(fn, *args, on_fail=lambda: failed.append(True))
        if failed:
            job.lost = True

            def take_back() -> None:
                with contextlib.suppress(Exception):
                    audio = store.reply_audio(turn_id)
                    if audio is not None and audio.path is not None:
                        audio.path.unlink(missing_ok=True)
                with contextlib.suppress(Exception):
                    store.delete_turn(turn_id)

            await in_thread(take_back)
        return result

    async def _history(
        self, fn: Callable[..., T], *args: Any, on_fail: Callable[[], object] | None = None
    ) -> T | None:
        """A history write in a worker thread; a failure is reported, never fatal."""
        if self._store is None:
            return None
        import sqlite3  # loaded by then (the store is open); kept out of the start-up imports

        try:
            return await in_thread(fn, *args)
        except (OSError, ParleyError, ValueError, StoreError, sqlite3.Error) as exc:
            # a full disk, a read-only folder: the reply is still shown, the history says why
            message = exc.user_message if isinstance(exc, StoreError) else error_text(exc)
            log.warning("history write failed: %s", message)
            self.store_failed.emit(
                self.tr("Could not save to the history: {reason}").format(reason=message)
            )
            if on_fail is not None:
                on_fail()
            return None

    async def _save_user_turn(self, job: Job) -> None:
        turn = job.request.turns[-1] if job.request.turns else None
        if turn is None or turn.role != "user" or turn.id is not None or self._store is None:
            return
        if job.conversation_id is None:
            return
        store, conversation_id, audio = self._store, job.conversation_id, turn.audio

        def add() -> int:  # in the worker thread: a kept recording may be read from its file
            recording = audio.read_bytes() if audio is not None else None
            fmt = audio.format if audio is not None else None
            return store.add_user_turn(conversation_id, turn.text, recording, fmt)

        turn.id = await self._history(add)

    async def _run(self, client: ChatClient, job: Job) -> None:
        self.reply_started.emit(job.key)
        await self._save_user_turn(job)
        recorder: ReplyRecorder | None = None
        if self._store is not None and job.conversation_id is not None:
            request = job.request
            recorder = ReplyRecorder(
                self._store,
                job.conversation_id,
                voice=request.voice,
                model=request.model,
                fmt=request.format,
                variant_of=job.variant_of,
            )
            if await self._history(recorder.begin) is None:
                recorder = None
        import asyncio  # loaded after the first paint (app.shell.gui), with the protocol

        from app.core.events import AudioDelta, Notice, TranscriptDelta

        stream = client.chat(job.request)
        try:
            async with stream:
                async for event in stream:
                    if isinstance(event, TranscriptDelta):
                        self.transcript_delta.emit(job.key, event.text)
                        if recorder is not None and recorder.add_words(event.text):
                            await self._keep(job, recorder, recorder.save_words)
                    elif isinstance(event, AudioDelta):
                        self.audio_delta.emit(job.key, event.data, event.format)
                        if recorder is not None:
                            await self._keep(job, recorder, recorder.audio, event.data)
                    elif isinstance(event, Notice):
                        self.reply_notice.emit(job.key, notice_text(event, job.request))
        except asyncio.CancelledError:
            await self._fail(job, recorder, self.tr("Stopped."), stream.partial_reply())
            raise
        except ParleyError as err:
            await self._fail(job, recorder, error_text(err), err.partial or stream.partial_reply())
            return
        reply = stream.reply if stream.reply is not None else stream.partial_reply()
        turn = reply.to_turn()
        store = self._store
        turn_id = recorder.turn_id if recorder is not None else None
        if store is not None and recorder is not None and turn_id is not None:
            await self._keep(job, recorder, recorder.finish, reply)
        if store is not None and turn_id is not None and not job.lost:
            turn.id = turn_id
            # The audio's one copy is now its file in the history: read back when played.
            stored = await self._history(store.reply_audio, turn_id)
            if stored is not None and turn.audio is not None:
                turn.audio = stored
            await self._history(forget_lost_audio_ids, store, job.request.turns)
        self.reply_finished.emit(job.key, turn)

    async def _fail(
        self, job: Job, recorder: ReplyRecorder | None, message: str, partial: Reply
    ) -> None:
        has_content = bool(partial.audio or partial.transcript)
        turn = partial.to_turn() if has_content else None
        turn_id = recorder.turn_id if recorder is not None else None
        if recorder is not None and self._store is not None and not job.lost:
            await self._keep(job, recorder, recorder.fail, partial)
        if turn is not None:
            turn.partial = True
            turn.id = None if job.lost else turn_id
        self.reply_failed.emit(job.key, message, True, turn)

    async def _list_models(self, client: ChatClient) -> None:
        try:
            models = await client.list_model_info()
        except ParleyError as err:
            log.info("the endpoint's model list is not available: %s", err.user_message)
            return
        if models:
            self.models_listed.emit([self._label(m.id, m.shutdown) for m in models])

    def _label(self, model: str, shutdown: str | None) -> str:
        """A picker's text for a model (core.catalog.ModelInfo.label in the user's words; the
        note stays after " (" for catalog.model_id)."""
        retired = retirement(model)
        if retired is not None:
            return self.tr("{model} (retired {date})").format(model=model, date=retired.date)
        if shutdown:
            return self.tr("{model} (shuts down {date})").format(model=model, date=shutdown)
        return model

    async def _test_connection(
        self, base_url: str, api_key: str | None, server: ServerSpec | None
    ) -> None:
        from dataclasses import replace

        from app.core.probe import test_connection

        def other(url: str) -> ChatClient:  # Azure's other URL shape
            spec = replace(server, base_url=url) if server is not None else None
            return self._endpoint.client_for(url, api_key, spec)

        try:
            client = self._endpoint.client_for(base_url, api_key, server)
            report = await test_connection(client, other)
        except ParleyError as err:
            self.connection_tested.emit(False, error_text(err))
            return
        self.connection_tested.emit(True, report_text(report))
