"""Saving audio: exact originals, every format with tags, atomic writes, clear failures.

The full-disk and read-only cases run on a real tiny tmpfs mounted in a private mount namespace
(``unshare --map-root-user --mount``: no root needed, nothing visible outside the test).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import soundfile
from sound_helpers import mutagen_tags

from app.audio.codecs import Decoded, Tags, decode, encode, join_clips, read_tags, sniff
from app.audio.export import (
    ExportError,
    export_audio,
    export_formats,
    export_samples,
    extension_for,
    write_pcm,
)

ROOT = Path(__file__).resolve().parents[2]
RATE = 24_000
TAGS = Tags.for_reply("A golden retriever is a friendly, patient family dog.", "sage", "gpt-audio")


def tone(freq: float = 440.0, seconds: float = 0.5) -> np.ndarray:
    t = np.arange(round(seconds * RATE)) / RATE
    return (0.4 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def main_frequency(data: bytes) -> float:
    clip = decode(data)
    spectrum = np.abs(np.fft.rfft(clip.samples * np.hanning(len(clip.samples))))
    return float(np.fft.rfftfreq(len(clip.samples), 1 / clip.rate)[np.argmax(spectrum)])


def test_original_keeps_the_exact_bytes_and_raw_pcm16_becomes_a_wav_of_the_same_samples(
    tmp_path: Path,
) -> None:
    for fmt in ("mp3", "opus"):
        data = encode(tone(), RATE, fmt)
        name = f"reply.{extension_for(data, 'original')}"
        path = export_audio(data, tmp_path / name, "original", tags=TAGS)
        assert path.read_bytes() == data
    received = encode(tone(), RATE, "pcm16")
    assert extension_for(received, "original") == "wav"
    path = export_audio(received, tmp_path / "reply.wav", "original", tags=TAGS)
    samples, rate = soundfile.read(path, dtype="int16")
    assert rate == RATE and np.array_equal(samples, np.frombuffer(received, "<i2"))
    assert mutagen_tags(path) == {"title": TAGS.title, "artist": "sage", "comment": "gpt-audio"}
    assert read_tags(path.read_bytes()) == TAGS
    raw = export_audio(received, tmp_path / "reply.pcm", "pcm16", tags=TAGS)  # asked by name
    assert raw.read_bytes() == received
    assert sorted(os.listdir(tmp_path)) == ["reply.mp3", "reply.opus", "reply.pcm", "reply.wav"]
    assert export_formats() == ("original", "wav", "mp3", "flac", "opus", "pcm16")


@pytest.mark.parametrize("fmt", ["wav", "mp3", "flac", "opus", "pcm16"])
def test_every_format_is_saved_with_its_content_and_tags(fmt: str, tmp_path: Path) -> None:
    source = encode(tone(660), RATE, "wav")
    path = export_audio(source, tmp_path / f"reply.{extension_for(source, fmt)}", fmt, tags=TAGS)
    saved = path.read_bytes()
    assert sniff(saved) == fmt
    assert decode(saved).duration == pytest.approx(0.5, abs=0.06)
    assert main_frequency(saved) == pytest.approx(660, abs=3)
    assert read_tags(saved) == (Tags() if fmt == "pcm16" else TAGS)
    assert os.listdir(tmp_path) == [path.name]  # no temporary file left behind
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask


def test_an_existing_file_is_kept_unless_replacing_is_asked(tmp_path: Path) -> None:
    target = tmp_path / "reply.wav"
    target.write_bytes(b"keep me")
    data = encode(tone(), RATE, "wav")
    with pytest.raises(ExportError, match=r"“reply.wav” already exists"):
        export_audio(data, target, "wav")
    assert target.read_bytes() == b"keep me"
    export_audio(data, target, "original", overwrite=True)
    assert target.read_bytes() == data
    assert os.listdir(tmp_path) == ["reply.wav"]


def test_bad_places_and_bad_audio_are_clear_errors(tmp_path: Path) -> None:
    data = encode(tone(), RATE, "wav")
    with pytest.raises(ExportError, match=r"The folder .*nowhere does not exist\."):
        export_audio(data, tmp_path / "nowhere" / "reply.wav", "wav")
    with pytest.raises(ExportError, match=r"is a folder"):
        export_audio(data, tmp_path, "wav")
    with pytest.raises(ExportError, match=r"cannot save audio as 'aac'"):
        export_audio(data, tmp_path / "reply.aac", "aac")
    with pytest.raises(ExportError, match=r"not valid WAV"):
        export_audio(b"RIFF\x00\x00\x00\x00WAVEjunk", tmp_path / "reply.mp3", "mp3")
    assert os.listdir(tmp_path) == []


def test_joined_clips_and_raw_pcm_are_saved(tmp_path: Path) -> None:
    joined = join_clips([Decoded(tone(440), RATE), Decoded(tone(880), RATE)], gap_seconds=0.5)
    path = export_samples(joined, tmp_path / "talk.flac", "flac", tags=TAGS)
    back = decode(path.read_bytes())
    assert back.duration == pytest.approx(1.5, abs=0.001)
    assert read_tags(path.read_bytes()).artist == "sage"
    raw = encode(tone(), RATE, "pcm16")
    assert write_pcm(tmp_path / "reply.pcm", raw).read_bytes() == raw
    with pytest.raises(ExportError, match="already exists"):
        write_pcm(tmp_path / "reply.pcm", b"")


_SMALL_DISK = """
import os, sys
from pathlib import Path
import numpy as np
from app.audio.codecs import encode
from app.audio.export import ExportError, export_audio
disk = Path(sys.argv[1])
if sys.argv[2] == "fill":
    (disk / "reply.wav").write_bytes(b"old")
data = encode(np.full(48_000, 0.1, np.float32), 24_000, "wav")  # 96 kB: more than the disk
for name, overwrite in (("new.wav", False), ("reply.wav", True)):
    try:
        export_audio(data, disk / name, "wav", overwrite=overwrite)
        print("saved", name)
    except ExportError as exc:
        print("error:", exc)
print("files:", " ".join(sorted(os.listdir(disk))))
if (disk / "reply.wav").exists():
    print("old:", (disk / "reply.wav").read_bytes())
"""


def on_small_disk(tmp_path: Path, options: str, mode: str) -> list[str]:
    """Run the export script with a 32 kB tmpfs (mount ``options``) as the target folder."""
    disk = tmp_path / "disk"
    disk.mkdir()
    shell = (
        'mount -t tmpfs -o "size=32k$1" parley-test "$2" || exit 97\nexec "$4" -c "$5" "$2" "$3"'
    )
    out = subprocess.run(
        [
            "unshare",
            "--map-root-user",
            "--mount",
            "sh",
            "-c",
            shell,
            "sh",
            options,
            str(disk),
            mode,
            sys.executable,
            _SMALL_DISK,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode != 97, f"cannot mount a tmpfs in a user namespace: {out.stderr}"
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    return out.stdout.splitlines()


def test_a_full_disk_is_a_clear_error_and_leaves_nothing_half_written(tmp_path: Path) -> None:
    lines = on_small_disk(tmp_path, "", "fill")
    assert lines == [
        f"error: There is not enough free space in {tmp_path / 'disk'} to save “new.wav”.",
        f"error: There is not enough free space in {tmp_path / 'disk'} to save “reply.wav”.",
        "files: reply.wav",
        "old: b'old'",  # the file it was to replace is intact
    ]


def test_a_read_only_folder_is_a_clear_error(tmp_path: Path) -> None:
    lines = on_small_disk(tmp_path, ",ro", "empty")
    folder = tmp_path / "disk"
    assert lines == [
        f"error: The folder {folder} is read-only; choose another place to save.",
        f"error: The folder {folder} is read-only; choose another place to save.",
        "files: ",
    ]
