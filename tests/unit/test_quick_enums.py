"""Qt's enums built on the start-up fast path are the enums the functional API builds: every enum
of QtCore, QtGui and QtWidgets, built both ways in a fresh process and compared member by member,
flag combinations included; and calls of any other shape keep the functional API's behaviour."""

from __future__ import annotations

import enum
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from app.runtime.quick_enums import quick_enums

ROOT = Path(__file__).resolve().parents[2]

# A fresh interpreter, so PySide builds its enums inside quick_enums. Every call of the fast path
# is recorded; each enum is then built again by the functional API alone and compared.
PROBE = r"""
import enum, json, sys
from app.runtime import quick_enums as quick_module
from app.runtime.quick_enums import quick_enums

calls, fast, quick_calls = [], [], []
build = {"3.11": quick_module._build_311, "simple": quick_module._build_simple}[sys.argv[1]]


def counting(*args):
    fast.append(args)
    return build(*args)


quick_module.build = counting
with quick_enums():
    quick = enum.EnumType.__dict__["_create_"]

    def recording(cls, class_name, names, **options):
        calls.append((cls, class_name, list(names), options))
        before = len(fast)
        made = quick(cls, class_name, names, **options)
        quick_calls.append(len(fast) > before)
        return made

    enum.EnumType._create_ = recording
    from PySide6 import QtCore, QtGui, QtWidgets

    for module in (QtCore, QtGui, QtWidgets):
        for name in dir(module):
            getattr(module, name)  # builds the class, and its enums
    enum.EnumType._create_ = quick
functional = enum.EnumType.__dict__["_create_"]
assert functional is not quick, "the functional API was not restored"


def describe(e):
    # What code sees of an enum: members in order, aliases, lookups, masks, text forms.
    members = list(e.__members__.values())
    out = {
        "base": [b.__name__ for b in e.__mro__],
        "members": [(k, int(m.value), m.name) for k, m in e.__members__.items()],
        "iter": [m.name for m in e],
        "lookup": sorted((int(m.value), repr(e(m.value))) for m in members),
        "text": [(repr(m), str(m), format(m), f"{m!r:>5}") for m in members],
        "attrs": sorted(k for k in vars(e) if k not in ("_member_map_", "_value2member_map_")),
    }
    if issubclass(e, enum.Flag):
        out["masks"] = [e._flag_mask_, e._singles_mask_, e._all_bits_, str(e._boundary_)]
        out["combined"] = [repr(a | b) for a in members[:8] for b in members[:8]]
        out["inverted"] = [repr(~m) for m in members[:8]]
        try:
            out["zero"] = repr(e(0))
        except (TypeError, ValueError) as exc:  # an empty flag has no zero either
            out["zero"] = repr(exc)
    return out


failures = []
for cls, name, members, options in calls:
    options = {**options, "module": "PySide6.probe"}
    checked = functional(cls, name, members, **options)
    with quick_enums():
        made = cls._create_(name, members, **options)
    try:
        enum._test_simple_enum(checked, made)
    except TypeError as exc:
        failures.append(f"{name}: {exc}")
        continue
    if describe(checked) != describe(made):
        failures.append(f"{name}: {describe(checked)} != {describe(made)}")
empty = sum(1 for call in calls if not call[2])  # nothing to build fast: the functional API
members = sum(len(call[2]) for call in calls)
print(json.dumps({"calls": len(calls), "fast": sum(quick_calls), "empty": empty,
                  "members": members, "failures": failures[:5], "failed": len(failures)}))
"""


@pytest.mark.parametrize(
    "builder",
    [
        pytest.param(
            "3.11",
            marks=pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="Python 3.11's"),
        ),
        "simple",
    ],
)
def test_every_qt_enum_is_the_one_the_functional_api_builds(builder: str) -> None:
    run = subprocess.run(
        [sys.executable, "-c", PROBE, builder],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["failed"] == 0, result["failures"]
    # Qt's enums took the fast path (the Qt namespace alone holds 93).
    assert result["calls"] > 500 and result["members"] > 5000, result
    assert result["fast"] == result["calls"] - result["empty"], result


class Plain:
    pass


def test_calls_of_other_shapes_keep_the_functional_api() -> None:
    with quick_enums():
        spaced = enum.Enum("Spaced", "RED GREEN BLUE")
        mapping = enum.IntEnum("Mapping", {"LOW": 1, "HIGH": 2})
        mixed = enum.Enum("Mixed", [("A", "a"), ("B", "b")])
        qualified = enum.Enum("Qualified", [("A", 1)], qualname="Outer.Qualified")
        with pytest.raises(TypeError, match="already defined"):
            enum.Enum("Twice", [("A", 1), ("A", 2)])
        with pytest.raises(ValueError, match="reserved"):
            enum.Enum("Reserved", [("_sunder_", 1)])
        fast = enum.IntFlag("Fast", [("ONE", 1), ("TWO", 2), ("BOTH", 3)])
    assert [m.value for m in spaced] == [1, 2, 3]
    assert mapping.HIGH == 2 and mixed.B.value == "b"
    assert qualified.__qualname__ == "Outer.Qualified"
    # Built here, in this module: picklable by name, as the functional API makes it.
    assert fast.__module__ == __name__ and spaced.__module__ == __name__
    globals()["Fast"] = fast
    assert pickle.loads(pickle.dumps(fast.ONE | fast.TWO)) is fast.BOTH
    assert repr(fast(3)) == "<Fast.BOTH: 3>" and list(fast) == [fast.ONE, fast.TWO]


def test_an_argument_it_does_not_know_goes_to_the_functional_api() -> None:
    # A later Python's functional API may take more: it gets them, and says what it refuses.
    with quick_enums(), pytest.raises(TypeError, match="unexpected keyword argument 'later'"):
        enum.EnumType.__dict__["_create_"](enum.Enum, "Later", [("A", 1)], later=True)


def test_the_functional_api_is_back_afterwards() -> None:
    before = enum.EnumType.__dict__["_create_"]
    with quick_enums():
        assert enum.EnumType.__dict__["_create_"] is not before
    assert enum.EnumType.__dict__["_create_"] is before
    with pytest.raises(RuntimeError), quick_enums():
        raise RuntimeError
    assert enum.EnumType.__dict__["_create_"] is before
