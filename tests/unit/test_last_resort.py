"""The last resort for an error nothing expected: its traceback goes to the error log with keys
blanked out, the window is told its kind and the log's path, a repeating error is written a few
times only, and a log that cannot be written is said without raising."""

from __future__ import annotations

import asyncio
import sys
import threading
from pathlib import Path

import pytest

from app.runtime.last_resort import REPEATS, LastResort

KEY = "sk-proj-abcdefghijklmnop0123456789"


class Reports(list[tuple[str, str]]):
    def __call__(self, kind: str, path: str) -> None:
        self.append((kind, path))


def raise_with_key() -> None:
    headers = {"Authorization": f"Bearer {KEY}"}
    raise ValueError(f"bad headers {headers}, also 0123456789abcdef0123456789abcdef")


def test_a_slot_that_raises_is_logged_with_the_key_hidden_and_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reports = Reports()
    log = tmp_path / "logs" / "errors.log"
    resort = LastResort(reports, secrets=lambda: [KEY, None], path=log)
    resort.install()
    try:
        try:
            raise_with_key()
        except ValueError:
            sys.excepthook(*sys.exc_info())  # what Qt does with a slot's exception
    finally:
        resort.uninstall()
    assert reports == [("ValueError", str(log))]
    text = log.read_text()
    assert "Traceback (most recent call last)" in text
    assert "in raise_with_key" in text and "ValueError: bad headers" in text
    assert "unexpected, in the window" in text
    assert KEY not in text and KEY[:8] not in text
    assert "0123456789abcdef0123456789abcdef" not in text  # a hex key, not known to Parley
    assert text.count("[key hidden]") >= 2
    assert log.stat().st_mode & 0o777 == 0o600
    assert "Traceback" not in capsys.readouterr().err


def test_a_worker_thread_that_dies_is_reported_and_ctrl_c_is_not_swallowed(
    tmp_path: Path,
) -> None:
    reports = Reports()
    log = tmp_path / "errors.log"
    resort = LastResort(reports, path=log)
    before = (sys.excepthook, threading.excepthook)
    resort.install()
    try:
        thread = threading.Thread(target=lambda: 1 / 0, name="parley-test")
        thread.start()
        thread.join()
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            sys.excepthook(*sys.exc_info())  # Python's own handling: not an error to report
    finally:
        resort.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
    assert reports == [("ZeroDivisionError", str(log))]
    assert "unexpected, in the thread parley-test" in log.read_text()


def test_a_task_nobody_awaited_is_reported_and_the_loops_own_notices_are_left_to_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    reports = Reports()
    log = tmp_path / "errors.log"
    resort = LastResort(reports, path=log)

    async def fails() -> None:
        raise RuntimeError("nobody awaited this")

    loop = asyncio.new_event_loop()
    loop.set_exception_handler(resort.asyncio_handler)
    try:
        task = loop.create_task(fails())
        loop.run_until_complete(asyncio.sleep(0.01))
        assert task.done()
        resort.asyncio_handler(
            loop,
            {
                "message": f"Task exception was never retrieved: fails(key={KEY!r})",
                "exception": task.exception(),
            },
        )
        resort.asyncio_handler(loop, {"message": "Unclosed transport"})  # no exception
        resort.asyncio_handler(
            loop, {"message": "cancelled", "exception": asyncio.CancelledError()}
        )
    finally:
        loop.close()
    assert reports == [("RuntimeError", str(log))]
    text = log.read_text()
    assert "unexpected, in the event loop\nTask exception was never retrieved" in text
    assert KEY not in text and "RuntimeError: nobody awaited this" in text
    assert "Unclosed transport" in caplog.text  # the loop's default handler logged it


def test_an_error_raised_on_every_paint_is_written_a_few_times(tmp_path: Path) -> None:
    reports = Reports()
    log = tmp_path / "errors.log"
    resort = LastResort(reports, path=log)
    for _ in range(50):
        try:
            raise_with_key()
        except ValueError as error:
            resort.record(error, "in the window")
    assert len(reports) == REPEATS
    assert log.read_text().count("Traceback") == REPEATS


def test_a_log_that_cannot_be_written_is_said_without_raising(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    reports = Reports()
    resort = LastResort(reports, path=blocker / "errors.log")
    try:
        raise_with_key()
    except ValueError as error:
        resort.record(error, "in the window")
    assert reports == [("ValueError", "")]
    assert "the details could not be written" in caplog.text
    assert blocker.read_text() == "not a folder"


def test_a_full_log_is_moved_aside_and_a_new_one_begun(tmp_path: Path) -> None:
    log = tmp_path / "errors.log"
    log.write_bytes(b"x" * (2 << 20))
    resort = LastResort(Reports(), path=log)
    try:
        raise_with_key()
    except ValueError as error:
        resort.record(error, "in the window")
    assert (tmp_path / "errors.log.1").stat().st_size == 2 << 20
    assert log.read_text().startswith("--- ")
