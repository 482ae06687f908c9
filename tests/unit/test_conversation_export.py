"""Conversation export, checked file by file: names, decodable audio of the right length and
pitch, the transcript's text, a JSON with no secrets; atomic, cancellable, never clobbering."""

from __future__ import annotations

import io
import itertools
import json
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from app.audio.codecs import decode, encode
from app.core.conversation import Audio, Conversation, Turn, Usage
from app.core.export import ExportCancelled, ExportError, export_conversation
from app.core.store import Store

RATE = 24_000
SECRET_AUDIO_ID = "audio_6c9f1e0secretref"


def tone(freq: float, seconds: float) -> np.ndarray:
    t = np.arange(round(seconds * RATE)) / RATE
    return (0.4 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def peak_hz(samples: np.ndarray, rate: int) -> int:
    return round(float(np.argmax(np.abs(np.fft.rfft(samples))) * rate / len(samples)))


@dataclass
class Saved:
    store: Store
    conversation: Conversation
    ids: list[int]


@pytest.fixture
def saved(tmp_path: Path) -> Iterator[Saved]:
    """Four turns: a spoken prompt (wav), a streamed reply (pcm16), a typed prompt, and a reply
    cut off mid-stream (partial pcm16)."""
    store = Store(tmp_path / "data")
    cid = store.create_conversation(system_prompt="Be brief.")
    first = store.add_user_turn(cid, "Hum me a note", encode(tone(330, 0.5), RATE, "wav"))
    reply = store.begin_reply(cid, "alloy", "gpt-audio-1.5", "pcm16")
    store.append_reply_audio(reply, encode(tone(440, 1.0), RATE, "pcm16"))
    store.finish_reply(
        reply,
        audio_id=SECRET_AUDIO_ID,
        expires_at=1_900_000_000,
        usage=Usage(prompt_tokens=9, completion_tokens=30, total_tokens=39),
        real_format="pcm16",
        transcript="Here is an A.",
    )
    typed = store.add_user_turn(cid, "Now a higher one, please.")
    cut = store.begin_reply(cid, "coral", "gpt-audio-1.5", "pcm16")
    store.append_reply_audio(cut, encode(tone(660, 0.4), RATE, "pcm16"))
    store.update_reply_transcript(cut, "Here is an E")
    store.mark_partial(cut)
    yield Saved(store, store.load_conversation(cid), [first, reply, typed, cut])
    store.close()


EXPECTED = [
    ("01-user", 0.5, 330),
    ("02-assistant-alloy", 1.0, 440),
    ("04-assistant-coral", 0.4, 660),
]


def check_json_and_transcript(files: dict[str, bytes], audio_names: list[str]) -> None:
    doc = json.loads(files["conversation.json"])
    assert [t["number"] for t in doc["turns"]] == [1, 2, 3, 4]
    assert [t["audio_file"] for t in doc["turns"]] == [
        audio_names[0],
        audio_names[1],
        None,
        audio_names[2],
    ]
    assert [t["partial"] for t in doc["turns"]] == [False, False, False, True]
    assert doc["turns"][1]["usage"]["total_tokens"] == 39
    assert doc["system_prompt"] == "Be brief."
    for name, data in files.items():
        if name.endswith((".json", ".md")):
            text = data.decode("utf-8")
            assert SECRET_AUDIO_ID not in text
            assert "http" not in text and "sk-" not in text and "Bearer" not in text

    md = files["transcript.md"].decode("utf-8")
    assert md.startswith("# Hum me a note\n")
    sections = md.split("\n## ")[1:]
    assert [s.splitlines()[0] for s in sections] == [
        "1. You",
        "2. Assistant (alloy)",
        "3. You",
        "4. Assistant (coral)",
    ]
    assert "Hum me a note" in sections[0] and f"`{audio_names[0]}`" in sections[0]
    assert "Here is an A." in sections[1] and f"`{audio_names[1]}` (1.0 s)" in sections[1]
    assert "Now a higher one, please." in sections[2] and "Audio:" not in sections[2]
    assert "Here is an E" in sections[3] and "Partial reply" in sections[3]
    assert "Be brief." in md


def same_samples_as_received(saved_file: Path, received: bytes) -> bool:
    """A WAV file holding exactly the received pcm16 samples (read back by libsndfile)."""
    import soundfile

    ints, rate = soundfile.read(saved_file, dtype="int16")
    return rate == RATE and np.array_equal(ints, np.frombuffer(received, "<i2"))


def test_folder_export_keeps_the_audio_as_received(saved: Saved, tmp_path: Path) -> None:
    out = tmp_path / "export"
    result = export_conversation(saved.conversation, out)
    names = ["01-user.wav", "02-assistant-alloy.wav", "04-assistant-coral.wav"]
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [*names, "transcript.md", "conversation.json"]
    )
    assert result.files == [*names, "transcript.md", "conversation.json"]
    turns = saved.conversation.turns
    assert turns[0].audio is not None
    assert (out / names[0]).read_bytes() == turns[0].audio.read_bytes()  # a WAV: untouched
    for name, turn in zip(names[1:], [turns[1], turns[3]], strict=True):
        assert turn.audio is not None and turn.audio.format == "pcm16"
        assert same_samples_as_received(out / name, turn.audio.read_bytes())
    for name, (_, seconds, hz) in zip(names, EXPECTED, strict=True):
        data = (out / name).read_bytes()
        clip = decode(data)
        assert clip.duration == pytest.approx(seconds, abs=0.001)
        assert peak_hz(clip.samples, clip.rate) == hz
    files = {p.name: p.read_bytes() for p in out.iterdir()}
    check_json_and_transcript(files, names)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_raw_pcm16_only_when_asked_for_by_name(saved: Saved, tmp_path: Path) -> None:
    out = tmp_path / "raw"
    result = export_conversation(saved.conversation, out, audio_format="pcm16")
    assert result.files[:3] == ["01-user.pcm", "02-assistant-alloy.pcm", "04-assistant-coral.pcm"]
    reply = saved.conversation.turns[1].audio
    assert reply is not None
    assert (out / "02-assistant-alloy.pcm").read_bytes() == reply.read_bytes()


@pytest.mark.parametrize("fmt", ["wav", "mp3", "flac", "opus"])
def test_zip_export_transcodes_every_clip(saved: Saved, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "talk.zip"
    progress: list[tuple[int, int]] = []
    export_conversation(
        saved.conversation, out, audio_format=fmt, progress=lambda d, t: progress.append((d, t))
    )
    assert progress == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]
    with zipfile.ZipFile(out) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    names = [f"{stem}.{fmt}" for stem, _, _ in EXPECTED]
    assert sorted(files) == sorted([*names, "transcript.md", "conversation.json"])
    for name, (_, seconds, hz) in zip(names, EXPECTED, strict=True):
        info = sf.info(io.BytesIO(files[name]))
        assert info.format == {"wav": "WAV", "mp3": "MP3", "flac": "FLAC", "opus": "OGG"}[fmt]
        clip = decode(files[name])
        # Lossy encoders pad a little; the length stays within a few frames.
        assert clip.duration == pytest.approx(
            seconds, abs=0.001 if fmt in ("wav", "flac") else 0.08
        )
        assert abs(peak_hz(clip.samples, clip.rate) - hz) <= 3
    check_json_and_transcript(files, names)
    assert json.loads(files["conversation.json"])["turns"][0]["audio_format"] == fmt


def test_joined_export_puts_short_silences_between_the_turns(saved: Saved, tmp_path: Path) -> None:
    out = tmp_path / "all.wav"
    result = export_conversation(saved.conversation, out, joined=True, gap_seconds=0.6)
    clip = decode(out.read_bytes())
    assert clip.rate == RATE
    assert clip.duration == pytest.approx(0.5 + 0.6 + 1.0 + 0.6 + 0.4, abs=0.001)
    assert result.seconds == pytest.approx(clip.duration, abs=0.001)
    bounds = np.cumsum([0, 0.5, 0.6, 1.0, 0.6, 0.4])
    segments = [
        clip.samples[round(a * RATE) : round(b * RATE)] for a, b in itertools.pairwise(bounds)
    ]
    assert [peak_hz(segments[i], RATE) for i in (0, 2, 4)] == [330, 440, 660]
    assert np.max(np.abs(segments[1])) < 1e-3 and np.max(np.abs(segments[3])) < 1e-3


def test_joined_export_of_selected_replies_in_the_format_the_name_asks(
    saved: Saved, tmp_path: Path
) -> None:
    out = tmp_path / "replies.mp3"
    export_conversation(saved.conversation, out, joined=True, turn_ids=[saved.ids[1], saved.ids[3]])
    assert sf.info(str(out)).format == "MP3"
    clip = decode(out.read_bytes())
    assert clip.duration == pytest.approx(1.0 + 0.6 + 0.4, abs=0.08)
    assert peak_hz(clip.samples[: RATE // 2], clip.rate) == 440


def test_a_selection_exports_only_those_turns_with_their_numbers(
    saved: Saved, tmp_path: Path
) -> None:
    out = tmp_path / "pick"
    export_conversation(saved.conversation, out, turn_ids=[saved.ids[3]], audio_format="wav")
    assert sorted(p.name for p in out.iterdir()) == [
        "04-assistant-coral.wav",
        "conversation.json",
        "transcript.md",
    ]
    md = (out / "transcript.md").read_text()
    assert "## 4. Assistant (coral)" in md and "Hum me a note" not in md.split("\n", 1)[1]
    with pytest.raises(ExportError, match="no turn 999"):
        export_conversation(saved.conversation, tmp_path / "x", turn_ids=[999])


def test_existing_output_is_never_replaced_unless_asked(saved: Saved, tmp_path: Path) -> None:
    out = tmp_path / "talk.zip"
    out.write_bytes(b"keep me")
    with pytest.raises(ExportError, match="already exists"):
        export_conversation(saved.conversation, out)
    assert out.read_bytes() == b"keep me"
    export_conversation(saved.conversation, out, overwrite=True)
    assert zipfile.ZipFile(out).namelist()[-1] == "conversation.json"

    folder = tmp_path / "folder"
    folder.mkdir()
    export_conversation(saved.conversation, folder)  # an empty folder is fine to fill
    with pytest.raises(ExportError, match="already exists"):
        export_conversation(saved.conversation, folder)
    (folder / "mine.txt").write_text("mine")
    export_conversation(saved.conversation, folder, overwrite=True, audio_format="flac")
    assert not (folder / "mine.txt").exists() and (folder / "01-user.flac").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "folder", "talk.zip"]


@pytest.mark.parametrize("target", ["out", "out.zip", "out.wav"])
def test_cancel_between_turns_leaves_nothing_behind(
    saved: Saved, tmp_path: Path, target: str
) -> None:
    cancel = threading.Event()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done == 1:
            cancel.set()

    with pytest.raises(ExportCancelled):
        export_conversation(
            saved.conversation,
            tmp_path / target,
            joined=target.endswith(".wav"),
            progress=progress,
            cancel=cancel,
        )
    assert seen == [0, 1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_unwritable_places_and_bad_choices_give_clear_errors(saved: Saved, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"folder .*missing.* does not exist"):
        export_conversation(saved.conversation, tmp_path / "missing" / "out.zip")
    (tmp_path / "plain-file").write_text("x")
    with pytest.raises(ExportError, match="is not a folder"):
        export_conversation(saved.conversation, tmp_path / "plain-file" / "out.zip")
    with pytest.raises(ExportError, match="cannot export audio as 'aac'"):
        export_conversation(saved.conversation, tmp_path / "out", audio_format="aac")
    text_only = Conversation(turns=[Turn(role="user", text="hi")], title="t")
    with pytest.raises(ExportError, match="no audio to join"):
        export_conversation(text_only, tmp_path / "x.wav", joined=True)


def test_a_missing_audio_file_is_reported_not_fatal(saved: Saved, tmp_path: Path) -> None:
    audio = saved.conversation.turns[1].audio
    assert audio is not None and audio.path is not None
    audio.path.unlink()
    result = export_conversation(saved.conversation, tmp_path / "out")
    assert result.warnings == ["The audio of turn 2 is missing."]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "01-user.wav",
        "04-assistant-coral.wav",
        "conversation.json",
        "transcript.md",
    ]
    assert "audio missing" in (tmp_path / "out" / "transcript.md").read_text()


def test_an_in_memory_conversation_exports_too(tmp_path: Path) -> None:
    conversation = Conversation(
        title="Scratch",
        turns=[
            Turn(role="user", text="Hello"),
            Turn(
                role="assistant",
                text="Hi there",
                voice="voice_custom/1",
                audio=Audio(format="wav", data=encode(tone(500, 0.3), RATE, "wav")),
            ),
        ],
    )
    export_conversation(conversation, tmp_path / "mem")
    assert sorted(p.name for p in (tmp_path / "mem").iterdir()) == [
        "02-assistant-voice_custom_1.wav",
        "conversation.json",
        "transcript.md",
    ]
