"""PySide's per-import "does this module use PySide6?" check, answered quickly, gives PySide's own
answers, and never fails an import: not when another thread adds names to the module being
checked, nor when a module is odd enough to make the quick answer fail."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A fresh interpreter, so the check is installed the way the window's start-up installs it.
PROBE = r"""
import json, sys, threading, types
import PySide6.QtCore
from shibokensupport import feature
from app.runtime.qtboot import speed_up_import_hook

pyside_check = feature._mod_uses_pyside
speed_up_import_hook()
check = feature._mod_uses_pyside
results = {"installed": check is not pyside_check}
folder = sys.argv[1]
sys.path.insert(0, folder)


class Grows:
    # Reading __module__ adds a name to the module being checked, as a submodule imported by
    # another thread meanwhile adds itself to its package.
    @property
    def __module__(self):
        grows.__dict__["added_%d" % len(grows.__dict__)] = 1
        return "elsewhere"


grows = types.ModuleType("grows")
grows.first = Grows()
grows.second = Grows()
try:
    results["growing"] = check(grows)
except Exception as error:
    results["growing"] = "raised %s: %s" % (type(error).__name__, error)


class Hostile:
    @property
    def __module__(self):
        raise KeyError("no module")


odd = types.ModuleType("odd")
odd.value = Hostile()
try:
    results["odd"] = check(odd)
    results["odd_pyside"] = bool(pyside_check(odd))
except Exception as error:
    results["odd"] = "raised %s: %s" % (type(error).__name__, error)

for name in ("holds_qt", "names_it", "plain"):
    module = __import__(name)
    results[name] = [check(module), bool(pyside_check(module))]

# Imports in two threads at once, each adding submodules to the same package.
errors = []


def load(names):
    try:
        for name in names:
            __import__(name)
    except Exception as error:
        errors.append(repr(error))


threads = [
    threading.Thread(target=load, args=(["pack.a%d" % i for i in range(start, 200, 2)],))
    for start in (0, 1)
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
results["threaded_errors"] = errors
results["threaded_loaded"] = sum(1 for n in sys.modules if n.startswith("pack.a"))
print(json.dumps(results))
"""


def test_the_quick_check_answers_as_pyside_does_and_never_fails_an_import(tmp_path: Path) -> None:
    (tmp_path / "holds_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "names_it.py").write_text("QT = 'PySide6'\n")
    (tmp_path / "plain.py").write_text("import json\n")
    package = tmp_path / "pack"
    package.mkdir()
    (package / "__init__.py").write_text("")
    for i in range(200):
        (package / f"a{i}.py").write_text(f"VALUE = {i}\n")
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path)],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    results = json.loads(proc.stdout.splitlines()[-1])
    assert results["installed"]
    assert results["growing"] is False  # no file, no Qt name: PySide's own check says no
    assert results["odd"] == results["odd_pyside"]
    assert results["holds_qt"] == [True, True]
    assert results["names_it"] == [True, True]
    assert results["plain"] == [False, False]
    assert results["threaded_errors"] == []
    assert results["threaded_loaded"] == 200
