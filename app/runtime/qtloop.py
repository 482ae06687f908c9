"""The asyncio loop on Qt's event loop (qasync), set up like ``asyncio.run`` sets up its own."""

from __future__ import annotations

import asyncio
import sys
from concurrent.futures import ThreadPoolExecutor

import qasync
from PySide6.QtWidgets import QApplication


def make_loop(app: QApplication) -> qasync.QEventLoop:
    """A qasync loop that is the current loop and finalises async generators itself.

    qasync does not install asyncio's async-generator hooks, so a generator left unfinished
    (httpx's byte streams, when a reply ends before the connection's last bytes are read) would
    be closed by the garbage collector outside any task; with the hooks the loop closes it.
    """
    loop = qasync.QEventLoop(app)
    loop.set_default_executor(ThreadPoolExecutor(thread_name_prefix="parley-worker"))
    asyncio.set_event_loop(loop)
    sys.set_asyncgen_hooks(
        firstiter=loop._asyncgen_firstiter_hook,
        finalizer=loop._asyncgen_finalizer_hook,
    )
    return loop
