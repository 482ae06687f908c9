"""Qt's enums built by the standard library's fast path while the window starts.

PySide6 makes each Qt enum a Python ``enum`` class the first time its owner is used, through
``Enum``'s functional API: ``IntFlag("AlignmentFlag", [("AlignLeft", 1), ...])``. That API runs
every member through the ``EnumType`` metaclass's general machinery (``_EnumDict``, one
``__set_name__`` per member), and the window's first screen needs ~200 enums with ~3,000 members
(the ``Qt`` namespace alone has 93): ~60 ms of start-up, the largest single item above a bare
window.

The standard library has a fast path for exactly this shape, ``enum._simple_enum``: it is how
CPython builds its own enums at import (``re.RegexFlag``, ``ssl.Options``, ``http.HTTPStatus``),
and CPython's tests check its classes against the metaclass's (``enum._test_simple_enum``). While
``quick_enums`` is active, a functional-API call of the plain shape PySide makes, (name, int)
pairs with no mixin type, qualified name or reserved member name, is built that way; any other
call goes to the functional API unchanged. ``tests/unit/test_quick_enums.py`` builds every enum of
the window's start both ways and compares them.
"""

from __future__ import annotations

import builtins
import contextlib
import enum
import sys
from collections.abc import Callable, Iterator
from typing import Any

#: The enum bases PySide builds from (Qt's enums, flags, and their int-compatible forms).
_BASES = (enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag)


def _plain_pairs(names: object) -> dict[str, int] | None:
    """``names`` as a dict if it is a list or tuple of (public name, int) pairs without a
    repeated name, else None."""
    if not isinstance(names, list | tuple) or not names:
        return None
    members: dict[str, int] = {}
    for item in names:
        if not isinstance(item, tuple) or len(item) != 2:
            return None
        name, value = item
        if type(name) is not str or type(value) is not int or name.startswith("_"):
            return None
        if name in members:  # the functional API refuses it: let it say so
            return None
        members[name] = value
    return members


@contextlib.contextmanager
def quick_enums() -> Iterator[None]:
    """Build PySide's enums through ``enum._simple_enum`` while active (see the module's
    docstring); a Python without it keeps the usual path. Meant for the single-threaded start."""
    simple: Callable[..., Any] | None = getattr(enum, "_simple_enum", None)
    found: object = enum.EnumType.__dict__.get("_create_")
    if simple is None or not callable(found):
        yield
        return
    original: Callable[..., Any] = found

    def create(
        cls: Any,
        class_name: Any,
        names: Any,
        *,
        module: Any = None,
        qualname: Any = None,
        type: Any = None,  # the functional API's own parameter name
        start: Any = 1,
        boundary: Any = None,
    ) -> Any:
        members = _plain_pairs(names)
        if module is None:  # as the functional API finds it: the module of its caller's caller
            with contextlib.suppress(AttributeError, ValueError, KeyError):
                module = sys._getframe(2).f_globals["__name__"]
        if (
            members is None
            or cls not in _BASES
            or type is not None
            or qualname is not None
            or not isinstance(module, str)
            or not isinstance(class_name, str)
        ):
            # The functional API, told the module it would have found from its usual place
            # (called from here, it would look one frame too deep).
            made = original(
                cls,
                class_name,
                names,
                module="<unknown>" if module is None else module,
                qualname=qualname,
                type=type,
                start=start,
                boundary=boundary,
            )
            if module is None:  # no module found: unpicklable, as the functional API makes it
                enum._make_class_unpicklable(made)  # type: ignore[attr-defined]
            return made
        plain = builtins.type(class_name, (), {**members, "__module__": module})
        return simple(cls, boundary=boundary)(plain)

    setattr(enum.EnumType, "_create_", create)  # noqa: B010 - not in the type stubs
    try:
        yield
    finally:
        setattr(enum.EnumType, "_create_", original)  # noqa: B010
