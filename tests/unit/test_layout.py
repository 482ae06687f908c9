"""The layout keeps its rules: arrows point down, no cycles, no Qt below the Qt side.

Reads every module of app/ with ast (no imports run) and checks what each one imports, type-only
and function-level imports included.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"

#: Higher layers may import lower ones, never the other way round.
LAYER = {
    "shell": 5,
    "chat": 4,
    "compare": 4,
    "history": 4,
    "settings": 4,
    "talk": 4,
    "studio": 4,
    "commands": 4,
    "widgets": 3,
    "runtime": 2,
    "demo": 2,
    "core": 1,
    "audio": 0,
}
QT_FREE = ("core", "audio", "demo", "commands")
#: A feature may use another feature's public widgets (compare shows chat's cards), but only
#: these pairs, so a new cross-feature arrow is a decision, not an accident.
FEATURE_USES = {
    ("compare", "chat"),
    ("history", "chat"),
    ("talk", "chat"),
    ("studio", "chat"),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(APP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every app.* module the file imports, anywhere in it."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: set[str] = set()
    package = (
        module_name(path).rsplit(".", 1)[0] if path.name != "__init__.py" else module_name(path)
    )
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def all_modules() -> dict[str, set[str]]:
    return {module_name(p): imports_of(p) for p in sorted(APP.rglob("*.py"))}


MODULES = all_modules()


def app_imports(name: str) -> set[str]:
    """The app modules ``name`` imports (a name imported from a package counts as the package)."""
    return {
        target if target in MODULES else target.rsplit(".", 1)[0]
        for target in MODULES[name]
        if target.startswith("app.") and (target in MODULES or target.rsplit(".", 1)[0] in MODULES)
    } - {name}


def folder(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if len(parts) > 2 or (len(parts) == 2 and parts[1] in LAYER) else None


def test_the_layout_reads_every_module() -> None:
    assert len(MODULES) > 100
    assert "app.shell.gui" in MODULES and "app.chat.panel" in MODULES


def test_no_import_cycles() -> None:
    graph = {name: app_imports(name) for name in MODULES}
    # Importing app.x.y runs app.x/__init__ first: package edges are not cycles of their own.
    cycles: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt == node or node.startswith(nxt + ".") or nxt.startswith(node + "."):
                continue
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)
    assert cycles == []


@pytest.mark.parametrize("layer", QT_FREE)
def test_qt_free_folders_import_no_qt(layer: str) -> None:
    offenders = sorted(
        f"{name} imports {target}"
        for name, targets in MODULES.items()
        if folder(name) == layer
        for target in targets
        if target.split(".")[0] in {"PySide6", "shiboken6", "qasync"}
    )
    assert offenders == []


def test_arrows_point_down() -> None:
    offenders = []
    for name in MODULES:
        source = folder(name)
        if source is None:
            continue
        for target in app_imports(name):
            dest = folder(target)
            if dest is None or dest == source:
                continue
            if LAYER[dest] < LAYER[source]:
                continue
            if LAYER[dest] == LAYER[source] and (source, dest) in FEATURE_USES:
                continue
            offenders.append(f"{name} -> {target}")
    assert sorted(offenders) == []


def test_entry_points_stay_thin() -> None:
    """app/__main__ and app/cli only choose between the window and the commands."""
    for entry in ("app.__main__", "app.cli"):
        folders = {folder(t) for t in app_imports(entry)} - {None}
        assert folders <= {"shell", "commands", "runtime"}, (entry, folders)


def test_every_folder_says_what_it_holds() -> None:
    for init in sorted(APP.glob("*/__init__.py")):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc, f"{init.relative_to(APP.parent)} has no docstring"
        assert "import" in doc.lower(), (
            f"{init.relative_to(APP.parent)} does not say what it may import"
        )


def test_no_module_is_too_long() -> None:
    """About 400 lines at most: a longer module has more than one reason to change."""
    long = sorted(
        f"{p.relative_to(APP.parent)}: {n}"
        for p in APP.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 410
    )
    assert long == []
