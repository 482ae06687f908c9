"""Where Parley's resources (icons, stylesheet, desktop entry) are, in a checkout or installed."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """``resources/`` of a checkout, ``app/resources`` of an installed wheel, or the bundle's."""
    bundle = getattr(sys, "_MEIPASS", None)
    here = Path(__file__).resolve().parents[1]  # app/
    candidates = [here / "resources"]
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    candidates.append(here.parent / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
