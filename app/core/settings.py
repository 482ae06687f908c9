"""Parley's settings: one small typed class, kept as JSON in the user's config folder.

No QSettings (the core is Qt-free). The file lives in ``platformdirs.user_config_dir("parley")``
(``$XDG_CONFIG_HOME/parley/settings.json`` on Linux) unless a path is given; writes are atomic
(a temporary file in the same folder, flushed, then renamed over the old one). Reading is
forgiving: a missing or damaged file, unknown keys or values of the wrong type give the defaults
for what cannot be read, never an exception. API keys are never stored here (see core.secrets).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Literal, get_args

import platformdirs

from app.core.catalog import DEFAULT_BASE_URL, DEFAULT_MODEL, DEFAULT_VOICE, FORMATS
from app.core.servers.base import DETECT, KINDS, ServerSpec

log = logging.getLogger("parley.settings")

Theme = Literal["system", "light", "dark"]
THEMES: tuple[str, ...] = get_args(Theme)
FILE_NAME = "settings.json"
DEFAULT_PROFILE = "default"


def default_path() -> Path:
    """Where the settings file lives for this user."""
    return Path(platformdirs.user_config_dir("parley")) / FILE_NAME


@dataclass
class Profile:
    """An endpoint: a name (also the key's name in the keyring), its base URL, and what kind
    of server is there ("" = told from the URL; see app.core.servers), with Azure's deployment
    and api-version, and whether earlier replies go back as text (None: the kind's default)."""

    name: str
    base_url: str = DEFAULT_BASE_URL
    kind: str = DETECT
    deployment: str = ""
    api_version: str = ""
    replies_as_text: bool | None = None

    def server(self) -> ServerSpec:
        """What this profile says about its server, for the client."""
        return ServerSpec(
            self.base_url, self.kind, self.deployment, self.api_version, self.replies_as_text
        )


@dataclass
class Settings:
    profiles: list[Profile] = field(default_factory=lambda: [Profile(DEFAULT_PROFILE)])
    active_profile: str = DEFAULT_PROFILE
    model: str = DEFAULT_MODEL
    voice: str = DEFAULT_VOICE
    format: str = "wav"
    stream: bool = True
    autoplay: bool = True
    #: Sound device names; "" means the system default.
    output_device: str = ""
    input_device: str = ""
    #: The longest microphone recording, in seconds (it stops there and is sent).
    max_recording_seconds: float = 120.0
    theme: Theme = "system"
    #: In the composer, Ctrl+Enter sends and Enter makes a new line (else Enter sends and
    #: Shift+Enter makes a new line; Ctrl+Enter sends either way).
    send_with_ctrl_enter: bool = False
    #: The window's language ("zh_CN", "de", ...); "" follows the system's (app.runtime.i18n).
    language: str = ""
    #: The chat's vibe (app.core.studio.vibes), by name; "" for none.
    vibe: str = ""
    #: How fast the chat plays replies (0.5-2.0, the pitch kept).
    playback_speed: float = 1.0
    #: System prompt presets: name -> text.
    system_presets: dict[str, str] = field(default_factory=dict)
    #: The user's own prices: profile -> model -> {text_in, text_out, audio_in, audio_out,
    #: cached_in} in USD per 1M tokens (see core.costs; built-in prices apply otherwise).
    prices: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)
    #: Talk mode's Realtime switch per profile (absent: on where the endpoint lists realtime
    #: models).
    talk_realtime: dict[str, bool] = field(default_factory=dict)

    # ------------------------------------------------------------------ profiles

    def active(self) -> Profile:
        """The active profile (the first one if the name is stale; a default one if none)."""
        for profile in self.profiles:
            if profile.name == self.active_profile:
                return profile
        if not self.profiles:
            self.profiles.append(Profile(DEFAULT_PROFILE))
        return self.profiles[0]

    def profile(self, name: str) -> Profile | None:
        return next((p for p in self.profiles if p.name == name), None)

    def set_profile(self, name: str, base_url: str) -> Profile:
        """Add a profile, or change its base URL if it exists."""
        existing = self.profile(name)
        if existing is not None:
            existing.base_url = base_url
            return existing
        profile = Profile(name, base_url)
        self.profiles.append(profile)
        return profile

    def remove_profile(self, name: str) -> None:
        self.profiles = [p for p in self.profiles if p.name != name]
        if self.active_profile == name:
            self.active_profile = self.profiles[0].name if self.profiles else DEFAULT_PROFILE

    # ------------------------------------------------------------------ file

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """The settings in ``path`` (default: the user's file), defaults for what is missing."""
        target = path if path is not None else default_path()
        try:
            raw = json.loads(target.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); using defaults", target, exc)
            return cls()
        return cls.from_dict(raw if isinstance(raw, dict) else {})

    def save(self, path: Path | None = None) -> Path:
        """Write atomically; return the path written."""
        target = path if path is not None else default_path()
        target.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"
        atomic_write(target, text.encode("utf-8"))
        return target

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Settings:
        """Settings from parsed JSON; fields with a wrong type keep their default."""
        settings = cls()
        for f in fields(cls):
            if f.name not in raw:
                continue
            value = _read_field(f.name, raw[f.name], getattr(settings, f.name))
            if value is not None:
                setattr(settings, f.name, value)
        return settings


def _read_field(name: str, value: Any, default: Any) -> Any:
    if name == "profiles":
        if not isinstance(value, list):
            return None
        profiles = [
            _read_profile(p)
            for p in value
            if isinstance(p, dict) and isinstance(p.get("name"), str) and p["name"]
        ]
        return profiles or None
    if name == "system_presets":
        if not isinstance(value, dict):
            return None
        return {str(k): v for k, v in value.items() if isinstance(v, str)}
    if name == "prices":
        return _read_prices(value)
    if name == "talk_realtime":
        if not isinstance(value, dict):
            return None
        return {str(k): v for k, v in value.items() if isinstance(v, bool)}
    if name == "theme":
        return value if value in THEMES else None
    if name == "format":
        return value if value in FORMATS else None
    if isinstance(default, bool):
        return value if isinstance(value, bool) else None
    if isinstance(default, float):
        number = isinstance(value, int | float) and not isinstance(value, bool)
        return float(value) if number and 0 < value < 86_400 else None
    if isinstance(default, str):
        return value if isinstance(value, str) else None
    return None


def _read_profile(raw: dict[str, Any]) -> Profile:
    def text(key: str) -> str:
        value = raw.get(key)
        return value.strip() if isinstance(value, str) else ""

    kind = text("kind")
    as_text = raw.get("replies_as_text")
    return Profile(
        str(raw["name"]),
        text("base_url") or DEFAULT_BASE_URL,
        kind if kind in KINDS else DETECT,
        text("deployment"),
        text("api_version"),
        as_text if isinstance(as_text, bool) else None,
    )


def _read_prices(value: Any) -> dict[str, dict[str, dict[str, float]]] | None:
    if not isinstance(value, dict):
        return None
    out: dict[str, dict[str, dict[str, float]]] = {}
    for profile, models in value.items():
        if not isinstance(models, dict):
            continue
        for model, price in models.items():
            if not isinstance(price, dict):
                continue
            kept = {
                str(k): float(v)
                for k, v in price.items()
                if isinstance(v, int | float) and not isinstance(v, bool) and v >= 0
            }
            if kept:
                out.setdefault(str(profile), {})[str(model)] = kept
    return out


def atomic_write(path: Path, data: bytes, *, private: bool = False) -> None:
    """Replace ``path`` with ``data`` so a reader sees the old file or the new one, never half.

    The file gets the usual permissions (0666 less the umask), or 0600 with ``private``.
    """
    import tempfile  # saving is rare; loading (at start-up) needs none of it

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if not private:
            umask = os.umask(0o022)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
