"""Background work the Qt side starts: every task kept until it is done (nothing is
fire-and-forget), and blocking calls sent to a worker thread.

asyncio is imported where it is first used: the window is built and painted before the event
loop's machinery has loaded (see ``app.shell.gui``). Work started in that moment (a click on
the first frame) waits, in order, until ``start_held`` runs it on the loop."""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    import asyncio

T = TypeVar("T")


async def in_thread(fn: Callable[..., T], *args: Any) -> T:
    """Run a blocking call (file, database, keyring, decoding) in the loop's worker threads."""
    import asyncio

    return await asyncio.get_running_loop().run_in_executor(None, fn, *args)


class _Held:
    """Work started before the event loop runs: (its task set, the coroutine); None once it runs."""

    waiting: list[tuple[TaskSet, Coroutine[Any, Any, Any]]] | None = None


def hold_until_loop() -> None:
    """From now until ``start_held``, spawned work waits for the event loop (``app.shell.gui``)."""
    _Held.waiting = []


def loop_running() -> bool:
    """Whether spawned work starts now (False while it is held for the event loop)."""
    return _Held.waiting is None


def start_held() -> None:
    """The event loop runs: start the work that waited for it, in the order it was spawned."""
    waiting, _Held.waiting = _Held.waiting or [], None
    for tasks, coro in waiting:
        tasks.spawn(coro)


class TaskSet:
    """The tasks an object started; ``aclose`` cancels them and waits for them to wind down."""

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Coroutine[Any, Any, T]) -> asyncio.Task[T] | None:
        """Run ``coro`` as a task of this set; None while it waits for the event loop."""
        if _Held.waiting is not None:
            _Held.waiting.append((self, coro))
            return None
        import asyncio

        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def __len__(self) -> int:
        return len(self._tasks)

    def __iter__(self) -> Iterator[asyncio.Task[Any]]:
        return iter(list(self._tasks))

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            import asyncio

            await asyncio.gather(*list(self._tasks), return_exceptions=True)
