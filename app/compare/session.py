"""The compare panel's bridge to the core: runs auditions on the qasync loop and speaks in Qt
signals, as app.chat.session does for the chat. Widgets call ``run``, ``retry``, ``cancel_all``,
``export`` and ``load_history`` and listen; they never touch HTTP, the clip cache or files."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np
from PySide6.QtCore import QObject, Signal

from app.audio import codecs
from app.audio.export import ExportError
from app.audio.peaks import compute_peaks
from app.core.audition import AuditionRunner, AuditionSpec, Row
from app.core.audition_export import ExportResult, export_rows
from app.core.clips import Clip
from app.core.costs import PriceBook
from app.core.store import Store
from app.runtime.error_text import error_text
from app.runtime.http import Endpoint, HttpSource
from app.runtime.tasks import TaskSet, in_thread

if TYPE_CHECKING:
    from app.core.client import ChatClient
    from app.core.servers import ServerSpec

log = logging.getLogger(__name__)
T = TypeVar("T")

#: Bars of a row's waveform (the widget scales them to its width).
PEAK_BARS = 160


class AuditionSession(QObject):
    """Runs voice auditions and reports their rows.

    Signals:
        run_started(list): a new audition's rows (``app.core.audition.Row``), all queued.
        row_changed(int): row n's status, progress, transcript or audio changed.
        row_peaks(int, object): the waveform peaks (float32 array of shape (bars, 2)) of row n.
        busy_changed(bool): requests started, or the last one settled.
        history_loaded(list): the audition history, newest first (``app.core.clips.Clip``).
        exported(str): an export finished; the message says where.
        problem(str): something for the status line (export, cache, endpoint).
    """

    run_started = Signal(list)
    row_changed = Signal(int)
    row_peaks = Signal(int, object)
    busy_changed = Signal(bool)
    history_loaded = Signal(list)
    exported = Signal(str)
    problem = Signal(str)

    def __init__(
        self,
        http: HttpSource,
        store: Store | None = None,
        parent: QObject | None = None,
        *,
        modes_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._endpoint = Endpoint(http, modes_path)
        self.store = store
        self._runner: AuditionRunner | None = None
        self._busy = False
        self._tasks = TaskSet()
        #: Prices for the run's cost estimate (the window gives the one reading the settings).
        self.prices = PriceBook()

    # Configuration ----------------------------------------------------------------------------
    def configure(
        self, base_url: str, api_key: str | None, server: ServerSpec | None = None
    ) -> str | None:
        """Audition on this endpoint from now on. Returns why it cannot be used, or None."""
        return self._endpoint.configure(base_url, api_key, server)

    @property
    def endpoint(self) -> str:
        return self._endpoint.base_url

    @property
    def client(self) -> ChatClient | None:
        """The client of the endpoint in use (None while there is none)."""
        return self._endpoint.client

    @property
    def client_problem(self) -> str:
        return self._endpoint.problem

    @property
    def rows(self) -> list[Row]:
        return self._runner.rows if self._runner is not None else []

    @property
    def spec(self) -> AuditionSpec | None:
        return self._runner.spec if self._runner is not None else None

    def is_busy(self) -> bool:
        return self._runner is not None and self._runner.busy

    # Auditions --------------------------------------------------------------------------------
    def run(self, spec: AuditionSpec, *, fresh: bool = False) -> bool:
        """Start an audition (stopping one under way). False (and ``problem``) with no endpoint."""
        if self._endpoint.client is None:
            self.problem.emit(self._endpoint.problem)
            return False
        if self._runner is not None:
            self._runner.cancel_all()
        clips = self.store.clips if self.store is not None else None
        self._runner = AuditionRunner(self._endpoint.client, clips, listener=self._on_row)
        rows = self._runner.start(spec, fresh=fresh)
        self.run_started.emit(list(rows))
        self._watch()
        return True

    def retry(self, index: int, *, fresh: bool = False) -> None:
        """Ask for row ``index`` again: a failed row, or (``fresh``) a new take of a clip."""
        if self._runner is not None:
            self._runner.retry(index, fresh=fresh)
            self._watch()

    def cancel_all(self) -> None:
        if self._runner is not None:
            self._runner.cancel_all()

    def load_history(self, limit: int = 200) -> None:
        """Emit ``history_loaded`` with the cached clips, newest first."""
        store = self.store
        if store is None:
            self.history_loaded.emit([])
            return

        async def load() -> None:
            try:
                clips: list[Clip] = await in_thread(lambda: store.clips.history(limit))
            except Exception as exc:
                self.problem.emit(
                    self.tr("The audition history cannot be read: {reason}").format(reason=exc)
                )
                return
            self.history_loaded.emit(clips)

        self._tasks.spawn(load())

    def export(self, indexes: Sequence[int], folder: Path, *, fmt: str, pattern: str) -> None:
        """Save rows ``indexes`` (those with audio) in ``folder``; ``exported`` or ``problem``."""
        spec = self.spec
        chosen = [r for r in self.rows if r.index in set(indexes) and r.ok]
        if spec is None or not chosen:
            self.problem.emit(self.tr("There is no clip to export yet."))
            return
        text = spec.text

        async def work() -> None:
            try:
                result: ExportResult = await in_thread(
                    lambda: export_rows(chosen, folder, text=text, fmt=fmt, pattern=pattern)
                )
            except ExportError as exc:
                self.problem.emit(error_text(exc))
                return
            count = len(result.files)
            message = self.tr("Exported %n clip(s) to {folder}", "", count).format(folder=folder)
            if result.problems:
                failed = self.tr("%n failed: {reason}", "", len(result.problems))
                message += "; " + failed.format(reason=result.problems[0])
            self.exported.emit(message + ".")

        self._tasks.spawn(work())

    async def aclose(self) -> None:
        if self._runner is not None:
            await self._runner.aclose()
        await self._tasks.aclose()

    # Internals --------------------------------------------------------------------------------
    def _on_row(self, row: Row) -> None:
        self.row_changed.emit(row.index)
        if row.ok and row.audio is not None:
            self._tasks.spawn(self._peaks(row))

    async def _peaks(self, row: Row) -> None:
        audio = row.audio
        if audio is None:
            return

        def work() -> Any:
            decoded = codecs.decode(audio.read_bytes(), audio.format or None)
            return compute_peaks(decoded.samples, PEAK_BARS)

        try:
            peaks = await in_thread(work)
        except (OSError, codecs.CodecError) as exc:
            log.info("no waveform for %s: %s", row.name, exc)
            peaks = np.zeros((0, 2), np.float32)
        if row.index < len(self.rows) and self.rows[row.index] is row:
            self.row_peaks.emit(row.index, peaks)

    def _watch(self) -> None:
        """Say busy now, and not busy once every row (retries too) has settled."""
        runner = self._runner
        if runner is None or not runner.busy:
            return
        self._set_busy(True)

        async def settle() -> None:
            await runner.wait()
            if runner is self._runner and not runner.busy:
                self._set_busy(False)

        self._tasks.spawn(settle())

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
