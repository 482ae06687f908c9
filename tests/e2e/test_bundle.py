"""The PyInstaller bundle as a user gets it: built once by packaging/build.sh, then run.

The bundle is built into a temporary folder once per test session (~40-60 s), unless dist/ holds
one that packaging/build.sh made after the last change to the sources, which is reused. Also
here: the desktop entry and the AppStream metadata pass Debian's validators.
"""

from __future__ import annotations

import base64
import os
import re
import shutil
import signal
import subprocess
import tarfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import keyring
import pytest

from app import __version__
from app.audio import codecs
from app.core.settings import Profile, Settings
from app.demo.server import DemoServer

pytestmark = pytest.mark.timeout(600)  # the first test builds the bundle

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "resources" / "io.github.parley.Parley.desktop"
METAINFO = ROOT / "packaging" / "linux" / "io.github.parley.Parley.metainfo.xml"
ENV_KEY = "sk-bundle-env-key-5566778899"
KEYRING_KEY = "sk-test-parley-0123456789"  # what keyed_demo_server demands


@dataclass(frozen=True)
class Bundle:
    folder: Path
    tarball: Path

    @property
    def exe(self) -> Path:
        return self.folder / "parley"


def _sources() -> Iterator[Path]:
    yield from (ROOT / "app").rglob("*.py")
    yield from (p for p in (ROOT / "resources").rglob("*") if p.is_file())
    yield from (p for p in (ROOT / "packaging" / "hooks").rglob("*.py"))
    for name in ("parley.spec", "build.sh", "linux/install.sh", "linux/" + METAINFO.name):
        yield ROOT / "packaging" / name
    yield ROOT / "uv.lock"


def _fresh_dist() -> Bundle | None:
    """dist/'s bundle and tarball if packaging/build.sh made them after the sources last changed."""
    dist = ROOT / "dist"
    tarball = dist / f"parley-{__version__}-linux-{os.uname().machine}.tar.gz"
    exe = dist / "parley" / "parley"
    if not (exe.is_file() and tarball.is_file() and (dist / "parley" / "install.sh").is_file()):
        return None
    built = min(exe.stat().st_mtime, tarball.stat().st_mtime)
    newest = max(p.stat().st_mtime for p in _sources())
    return Bundle(dist / "parley", tarball) if built > newest else None


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    reused = _fresh_dist()
    if reused is not None:
        return reused
    out = tmp_path_factory.mktemp("bundle")
    build = subprocess.run(
        [str(ROOT / "packaging" / "build.sh"), "--dist", str(out / "dist"), "--work", str(out)],
        check=False,
        capture_output=True,
        text=True,
        timeout=540,
    )
    assert build.returncode == 0, build.stdout + build.stderr[-4000:]
    assert re.search(r"^bundle: +\S+ ", build.stdout, re.M), build.stdout  # prints its size
    tarball = out / "dist" / f"parley-{__version__}-linux-{os.uname().machine}.tar.gz"
    assert "tarball: " in build.stdout and tarball.is_file(), build.stdout
    return Bundle(out / "dist" / "parley", tarball)


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The test's environment (its sound server, keyring, offscreen Qt) with Parley's own
    folders in tmp_path and no OpenAI variables."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "PARLEY_"))}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["PARLEY_DATA_DIR"] = str(tmp_path / "data")
    env.update(extra)
    return env


def _run(
    exe: Path, *args: str, env: dict[str, str], cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [str(exe), *args],
        check=False,
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,
    )
    for text in (proc.stdout, proc.stderr):
        assert "Traceback" not in text, text
        assert ENV_KEY not in text and KEYRING_KEY not in text
    return proc


def _audio_seconds(data: bytes) -> float:
    return codecs.decode(data).duration


def test_version(bundle: Bundle, tmp_path: Path) -> None:
    proc = _run(bundle.exe, "--version", env=_env(tmp_path))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f"parley {__version__}\n"


def test_ask_saves_a_spoken_reply_that_decodes(
    bundle: Bundle, demo_server: DemoServer, tmp_path: Path
) -> None:
    env = _env(tmp_path, OPENAI_API_KEY=ENV_KEY)
    proc = _run(
        bundle.exe, "ask", "Hello", "--base-url", demo_server.url, "-o", "out.wav",
        env=env, cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "Parley demo server" in proc.stdout  # the transcript, as it streamed
    assert codecs.sniff((tmp_path / "out.wav").read_bytes()) == "wav"
    assert _audio_seconds((tmp_path / "out.wav").read_bytes()) > 0.5


def test_ask_takes_the_key_from_the_os_keyring(
    bundle: Bundle, keyed_demo_server: DemoServer, os_keyring: None, tmp_path: Path
) -> None:
    """keyring finds its Secret Service backend inside the bundle (through entry points): the
    keyed server answers only with the key kept there, and no key is in the environment."""
    profile = f"bundle-{uuid.uuid4().hex[:10]}"
    settings = Settings(profiles=[Profile(profile, keyed_demo_server.url)], active_profile=profile)
    settings.save(tmp_path / "config" / "parley" / "settings.json")
    keyring.set_password("parley", profile, KEYRING_KEY)
    try:
        proc = _run(bundle.exe, "ask", "Hello", "-o", "k.mp3", env=_env(tmp_path), cwd=tmp_path)
    finally:
        keyring.delete_password("parley", profile)
    assert proc.returncode == 0, proc.stderr
    assert _audio_seconds((tmp_path / "k.mp3").read_bytes()) > 0.5


def test_demo_server_speaks_from_the_bundle(bundle: Bundle, tmp_path: Path) -> None:
    """The bundle's own demo server answers with speech: espeak-ng's library and voice data
    came along (a British voice, to use more of the data than the default voice does)."""
    proc = subprocess.Popen(
        [str(bundle.exe), "demo-server", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(tmp_path),
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        found = re.fullmatch(r"Parley demo server on (http://127\.0\.0\.1:\d+/v1) .*\n", line)
        assert found, line + (proc.stderr.read() if proc.poll() is not None and proc.stderr else "")
        url = found.group(1)
        models = httpx.get(f"{url}/models", timeout=30).json()
        assert "gpt-audio-1.5" in [m["id"] for m in models["data"]]
        reply = httpx.post(
            f"{url}/chat/completions",
            json={
                "model": "gpt-audio-1.5",
                "modalities": ["text", "audio"],
                "audio": {"voice": "fable", "format": "wav"},
                "messages": [{"role": "user", "content": "Hello"}],
            },
            timeout=60,
        )
        assert reply.status_code == 200, reply.text
        audio = reply.json()["choices"][0]["message"]["audio"]
        assert _audio_seconds(base64.b64decode(audio["data"])) > 0.5
        assert "Parley demo server" in audio["transcript"]
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=30)
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_window_starts_offscreen_and_closes_on_sigterm(bundle: Bundle, tmp_path: Path) -> None:
    """No command opens the window (Qt offscreen here); it keeps running until it is told to
    stop, and SIGTERM closes it cleanly (exit code 0, nothing on stderr but Qt's chatter)."""
    env = _env(tmp_path, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [str(bundle.exe)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    try:
        database = tmp_path / "data" / "history.sqlite3"
        deadline = time.monotonic() + 60
        while not database.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert database.exists(), "the window never opened its history"
        time.sleep(3)  # still alive a while later: the window is up and waiting for the user
        assert proc.poll() is None, proc.communicate()[1]
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert "Traceback" not in out + err
    assert "Could not load the Qt platform plugin" not in err


def test_tarball_unpacks_and_installs_into_the_menu(bundle: Bundle, tmp_path: Path) -> None:
    """The .tar.gz holds the whole bundle; its install.sh puts Parley in the menu (a desktop
    entry that validates and runs this copy, even from a folder with a space in its name) and on
    the PATH, and --uninstall takes that away again."""
    place = tmp_path / "my apps"
    place.mkdir()
    with tarfile.open(bundle.tarball) as tar:
        names = tar.getnames()
        assert "parley/parley" in names and "parley/install.sh" in names
        tar.extractall(place, filter="tar")
    home = tmp_path / "home"
    home.mkdir()
    env = _env(tmp_path, HOME=str(home), XDG_DATA_HOME=str(home / "share"))
    install = _run(place / "parley" / "install.sh", env=env)
    assert install.returncode == 0, install.stderr
    entry = home / "share" / "applications" / "io.github.parley.Parley.desktop"
    assert f'Exec="{place}/parley/parley" %U' in entry.read_text().splitlines()
    _validate(["desktop-file-validate", str(entry)], "desktop-file-utils")
    for icon in ("scalable/apps/parley.svg", "48x48/apps/parley.png", "256x256/apps/parley.png"):
        assert (home / "share" / "icons" / "hicolor" / icon).is_file(), icon
    assert (home / "share" / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    version = _run(home / ".local" / "bin" / "parley", "--version", env=env)
    assert version.stdout == f"parley {__version__}\n"
    uninstall = _run(place / "parley" / "install.sh", "--uninstall", env=env)
    assert uninstall.returncode == 0, uninstall.stderr
    assert not entry.exists() and not (home / ".local" / "bin" / "parley").exists()
    assert (place / "parley" / "parley").is_file()


def _validate(command: list[str], package: str) -> str:
    if shutil.which(command[0]) is None:
        pytest.fail(
            f"{command[0]} is missing: install Debian's {package} package "
            "(packaging/dev.sh test installs it)"
        )
    proc = subprocess.run(command, check=False, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout + proc.stderr


def test_desktop_entry_validates() -> None:
    output = _validate(["desktop-file-validate", str(DESKTOP)], "desktop-file-utils")
    assert "error" not in output.lower()


def test_appstream_metadata_validates() -> None:
    output = _validate(["appstreamcli", "validate", "--no-net", str(METAINFO)], "appstream")
    assert "Validation was successful" in output
