"""``parley ask --audio FILE``: the recording reaches the server as ``input_audio`` unchanged (wav,
mp3) or as wav (other formats), and the demo says how much it heard."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from app.__main__ import main
from app.audio import codecs
from app.demo.server import DemoServer
from tests.unit.sound_helpers import dominant_frequency, tone


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def sent_audio(server: DemoServer) -> tuple[bytes, str]:
    part = server.requests[-1][2]["messages"][-1]["content"][-1]
    assert part["type"] == "input_audio"
    return base64.b64decode(part["input_audio"]["data"]), part["input_audio"]["format"]


@pytest.mark.parametrize(("fmt", "rate"), [("wav", 24_000), ("flac", 48_000)])
def test_a_recording_file_is_sent_and_heard(
    home: Path, demo_server: DemoServer, capsys: pytest.CaptureFixture[str], fmt: str, rate: int
) -> None:
    recording = home / f"said.{fmt}"
    recording.write_bytes(codecs.encode(tone(440, 1.5, rate), rate, fmt))
    code = main(["ask", "--base-url", demo_server.url, "--audio", str(recording)])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("I heard 1.5 seconds of audio.")
    data, sent_fmt = sent_audio(demo_server)
    assert sent_fmt == "wav" and codecs.sniff(data) == "wav"  # flac goes as wav
    if fmt == "wav":
        assert data == recording.read_bytes(), "sent exactly as recorded"
    clip = codecs.decode(data)
    assert clip.duration == pytest.approx(1.5, abs=1e-3)
    assert dominant_frequency(clip.samples, clip.rate) == pytest.approx(440, abs=2)
