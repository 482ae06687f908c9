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
call goes to the functional API unchanged. On Python 3.11 (the version Parley ships with) the
same steps run with the members' lookups placed in the class body, three times faster again.

``tests/unit/test_quick_enums.py`` builds every enum of QtCore, QtGui and QtWidgets both ways,
with each builder, and compares them member by member. Start-up: ~45 ms less to the first frame.
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


def _build_simple(
    etype: Any, class_name: str, members: dict[str, int], boundary: Any, module: str
) -> Any:
    """The enum, built by the standard library's ``_simple_enum``."""
    plain = builtins.type(class_name, (), {**members, "__module__": module})
    return enum._simple_enum(etype, boundary=boundary)(plain)  # type: ignore[attr-defined]


def _build_311(
    etype: Any, class_name: str, members: dict[str, int], boundary: Any, module: str
) -> Any:
    """The enum ``_build_simple`` builds, on Python 3.11, in a third of its time.

    Python 3.11's ``_simple_enum`` step by step, for (name, int) members only, with one change:
    each member's redirect (the class attribute that looks the member up) goes into the class
    body, where creating the class names it, instead of being set on the class afterwards, one
    metaclass ``__setattr__`` per member.
    """
    member_type: Any = etype._member_type_
    new_member = member_type.__new__
    use_args = etype._use_args_
    member_names: list[str] = []
    member_map: dict[str, Any] = {}
    value2member_map: dict[int, Any] = {}
    body: dict[str, Any] = {
        "_new_member_": new_member,
        "_use_args_": use_args,
        "_generate_next_value_": etype._generate_next_value_,
        "_member_names_": member_names,
        "_member_map_": member_map,
        "_value2member_map_": value2member_map,
        "_unhashable_values_": [],
        "_member_type_": member_type,
        "_value_repr_": etype._value_repr_,
    }
    flag = issubclass(etype, enum.Flag)
    if flag:
        body.update(
            _boundary_=boundary or etype._boundary_,
            _flag_mask_=None,
            _all_bits_=None,
            _singles_mask_=None,
            _inverted_=None,
        )
        flag_class: Any = enum.Flag
        for name in ("__or__", "__xor__", "__and__", "__ror__", "__rxor__", "__rand__"):
            body[name] = getattr(flag_class, name)
        body["__invert__"] = flag_class.__invert__
    body["__module__"] = module
    body["__doc__"] = "An enumeration."
    for name in members:
        body[name] = enum.property()
    enum_class: Any = builtins.type(class_name, (etype,), body, boundary=boundary, _simple=True)
    for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
        found = getattr(enum_class, name)
        if found in (getattr(member_type, name), getattr(object, name)):
            setattr(enum_class, name, getattr(etype, name))
    single_bits = multi_bits = 0
    for name, value in members.items():
        known = value2member_map.get(value)
        if known is not None:  # an alias
            member_map[name] = known
            continue
        member = new_member(enum_class, value) if use_args else new_member(enum_class)
        member._value_ = value
        member._name_ = name
        member.__objclass__ = enum_class
        member.__init__(value)
        member._sort_order_ = len(member_names)
        member_map[name] = member
        value2member_map[value] = member
        if not flag:
            member_names.append(name)
        elif value and not value & (value - 1):  # a single bit
            member_names.append(name)
            single_bits |= value
        else:
            multi_bits |= value
    if flag:
        enum_class._flag_mask_ = single_bits | multi_bits
        enum_class._singles_mask_ = single_bits
        enum_class._all_bits_ = 2 ** ((single_bits | multi_bits).bit_length()) - 1
        values = [m._value_ for m in enum_class]
        if values != sorted(values):
            enum_class._iter_member_ = enum_class._iter_member_by_def_
    enum_class.__new__ = enum.Enum.__new__
    return enum_class


#: How the fast path builds: Python 3.11's own fast path replayed, else the standard library's.
build = _build_311 if sys.version_info[:2] == (3, 11) else _build_simple


@contextlib.contextmanager
def quick_enums() -> Iterator[None]:
    """Build PySide's enums on the fast path while active (see the module's docstring); a Python
    without ``enum._simple_enum`` keeps the usual path. Meant for the single-threaded start."""
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
        **rest: Any,  # what a later Python's functional API may add: passed on as it is
    ) -> Any:
        members = _plain_pairs(names)
        if module is None:  # as the functional API finds it: the module of its caller's caller
            with contextlib.suppress(AttributeError, ValueError, KeyError):
                module = sys._getframe(2).f_globals["__name__"]
        if (
            members is None
            or rest
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
                **rest,
            )
            if module is None:  # no module found: unpicklable, as the functional API makes it
                enum._make_class_unpicklable(made)  # type: ignore[attr-defined]
            return made
        return build(cls, class_name, members, boundary, module)

    setattr(enum.EnumType, "_create_", create)  # noqa: B010 - not in the type stubs
    try:
        yield
    finally:
        setattr(enum.EnumType, "_create_", original)  # noqa: B010
