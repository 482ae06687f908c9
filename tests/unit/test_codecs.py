"""Codecs: every reply format round-trips with its content, tags are real, others' files decode."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest
from sound_helpers import mutagen_tags

from app.audio.codecs import (
    CodecError,
    Decoded,
    Tags,
    decode,
    encode,
    excerpt,
    float_to_pcm16,
    join_clips,
    read_tags,
    sniff,
    transcode,
)

RATE = 24_000


def two_tones(seconds: float = 1.0, rate: int = RATE) -> np.ndarray:
    t = np.arange(round(seconds * rate)) / rate
    return (0.3 * np.sin(2 * np.pi * 440 * t) + 0.2 * np.sin(2 * np.pi * 1250 * t)).astype(
        np.float32
    )


def peaks_hz(x: np.ndarray, rate: int, count: int = 2) -> list[float]:
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    freqs = np.fft.rfftfreq(len(x), 1 / rate)
    found: list[float] = []
    for i in np.argsort(spectrum)[::-1]:
        if all(abs(freqs[i] - f) > 20 for f in found):
            found.append(float(freqs[i]))
        if len(found) == count:
            break
    return sorted(found)


def best_correlation(a: np.ndarray, b: np.ndarray, max_lag: int = 3000) -> float:
    """Correlation of b against a, at the lag (codec delay) where they line up best."""
    n = min(len(a), len(b)) - max_lag
    best = 0.0
    ref = a[max_lag // 2 : max_lag // 2 + n]
    for lag in range(0, max_lag, 1):
        cand = b[lag : lag + n]
        if len(cand) < n:
            break
        best = max(best, float(np.corrcoef(ref, cand)[0, 1]))
    return best


@pytest.mark.parametrize(
    ("fmt", "min_corr", "slack"),
    [
        ("wav", 0.9999, 0.0),
        ("flac", 0.9999, 0.0),
        ("pcm16", 0.9999, 0.0),
        ("mp3", 0.95, 0.06),
        ("opus", 0.9, 0.03),
    ],
)
def test_round_trip_keeps_duration_and_content(fmt: str, min_corr: float, slack: float) -> None:
    original = two_tones()
    data = encode(original, RATE, fmt)
    assert sniff(data) == fmt
    back = decode(data)
    assert back.rate == RATE
    assert back.duration == pytest.approx(1.0, abs=slack + 1e-9)
    assert peaks_hz(back.samples, back.rate) == pytest.approx([440, 1250], abs=2)
    if fmt in ("wav", "flac", "pcm16"):
        assert np.max(np.abs(back.samples - original)) < 2 / 32768
    assert best_correlation(original, back.samples) >= min_corr


def test_pcm16_is_raw_little_endian_24k_mono() -> None:
    data = encode(np.array([0.0, 0.5, -0.5, 1.0], np.float32), RATE, "pcm16")
    assert data == np.array([0, 16384, -16384, 32767], "<i2").tobytes()
    assert encode(two_tones(1.0, 48_000), 48_000, "pcm16").__len__() == 2 * RATE  # resampled
    assert sniff(data) == "pcm16"
    assert decode(data).rate == RATE


@pytest.mark.parametrize(("rate", "fmt"), [(44_100, "opus"), (96_000, "mp3"), (11_000, "opus")])
def test_rates_an_encoder_refuses_are_resampled(rate: int, fmt: str) -> None:
    back = decode(encode(two_tones(0.5, rate), rate, fmt))
    assert back.duration == pytest.approx(0.5, abs=0.06)
    assert peaks_hz(back.samples, back.rate) == pytest.approx([440, 1250], abs=3)


def ffprobe_tags(path: Path) -> dict[str, str]:
    out = subprocess.run(
        [
            "ffprobe",
            "-v",
            "error",
            "-show_entries",
            "format_tags:stream_tags",
            "-of",
            "json",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, str] = {}
    info = json.loads(out.stdout)
    for part in [info.get("format", {}), *info.get("streams", [])]:
        found.update({k.lower(): v for k, v in part.get("tags", {}).items()})
    return found


@pytest.mark.parametrize("fmt", ["wav", "flac", "mp3", "opus"])
def test_tags_are_written_where_other_players_read_them(fmt: str, tmp_path: Path) -> None:
    tags = Tags.for_reply("Golden retrievers are gentle, patient dogs. " * 5, "coral", "gpt-audio")
    data = encode(two_tones(0.3), RATE, fmt, tags)
    assert read_tags(data) == tags
    path = tmp_path / f"reply.{fmt}"
    path.write_bytes(data)
    seen = ffprobe_tags(path)
    assert seen["title"] == tags.title
    assert seen["artist"] == "coral"
    assert seen["comment"] == "gpt-audio"
    assert mutagen_tags(path) == {"title": tags.title, "artist": "coral", "comment": "gpt-audio"}
    assert decode(data).duration == pytest.approx(0.3, abs=0.06)


def test_title_is_a_one_line_excerpt_cut_at_a_word() -> None:
    text = "Hello there!\nThis is   a long reply " + "word " * 50
    title = excerpt(text, 40)
    assert len(title) <= 40
    assert title.endswith("…")
    assert "\n" not in title and "  " not in title
    assert text.startswith("Hello there!") and title.startswith("Hello there! This is")
    assert excerpt("Short.") == "Short."
    assert read_tags(encode(two_tones(0.1), RATE, "pcm16")) == Tags()


def test_transcode_never_re_encodes_a_file_into_its_own_format() -> None:
    wav = encode(two_tones(0.3), RATE, "wav")
    mp3 = encode(two_tones(0.3), RATE, "mp3")
    assert transcode(wav, "wav") is wav
    retagged = transcode(mp3, "mp3", Tags(title="x"))  # the same frames, with a tag
    assert read_tags(retagged) == Tags(title="x")
    assert retagged.endswith(mp3[-4096:])
    assert np.array_equal(decode(retagged).samples, decode(mp3).samples)
    tagged = transcode(wav, "wav", Tags(title="Hi", artist="ash"))
    assert read_tags(tagged) == Tags(title="Hi", artist="ash")
    assert np.array_equal(decode(tagged).samples, decode(wav).samples)
    flac = transcode(mp3, "flac", Tags(comment="gpt-audio-mini"))
    assert sniff(flac) == "flac"
    assert read_tags(flac).comment == "gpt-audio-mini"
    raw = transcode(flac, "pcm16")
    assert sniff(raw) == "pcm16"
    assert peaks_hz(decode(raw).samples, RATE) == pytest.approx([440, 1250], abs=2)


def run(*cmd: str) -> None:
    subprocess.run(cmd, check=True, capture_output=True)


def test_files_made_by_sox_and_ffmpeg_decode(tmp_path: Path) -> None:
    lavfi = ("ffmpeg", "-v", "error", "-f", "lavfi", "-i")
    made = {
        "sox.flac": (44_100, 440),
        "sox.wav": (16_000, 500),
        "sox.ogg": (44_100, 700),  # Ogg Vorbis
        "ffmpeg.mp3": (22_050, 660),
        "ffmpeg-bare.mp3": (44_100, 880),  # no ID3 header: found by the MPEG frame sync
        "ffmpeg.opus": (48_000, 550),
        "ffmpeg-stereo.wav": (48_000, 1000),
    }
    # sox's sine peaks at about -3 dBFS, ffmpeg's at an eighth of full scale
    amplitude = {"sox": 0.705, "ffmpeg": 0.125}
    for name, (rate, freq) in made.items():
        out = str(tmp_path / name)
        if name.startswith("sox"):
            run("sox", "-n", "-r", str(rate), "-b", "16", out, "synth", "1", "sine", str(freq))
        elif name == "ffmpeg-bare.mp3":
            run(
                *lavfi,
                f"sine=frequency={freq}:duration=1:sample_rate={rate}",
                "-id3v2_version",
                "0",
                "-write_xing",
                "0",
                out,
            )
        elif name == "ffmpeg-stereo.wav":
            run(*lavfi, f"sine=frequency={freq}:duration=1:sample_rate={rate}", "-ac", "2", out)
        else:
            run(*lavfi, f"sine=frequency={freq}:duration=1:sample_rate={rate}", out)
    expected_kind = {"flac": "flac", "wav": "wav", "ogg": "vorbis", "mp3": "mp3", "opus": "opus"}
    for name, (rate, freq) in made.items():
        data = (tmp_path / name).read_bytes()
        assert sniff(data) == expected_kind[name.rsplit(".", 1)[1]], name
        got = decode(data)
        assert got.rate == rate, name
        assert got.duration == pytest.approx(1.0, abs=0.06), name
        assert peaks_hz(got.samples, got.rate, 1) == pytest.approx([freq], abs=2), name
        peak = amplitude[name.split(".")[0].split("-")[0]]
        if name == "ffmpeg-stereo.wav":
            peak /= np.sqrt(2)  # ffmpeg spreads mono over two channels at -3 dB; we average them
        level = np.sqrt(np.mean(np.square(got.samples[2000:-2000])))
        assert level == pytest.approx(peak / np.sqrt(2), rel=0.1), name


def test_join_clips_resamples_to_one_rate_with_silence_between() -> None:
    a = Decoded(two_tones(0.5, 24_000), 24_000)
    b = Decoded(
        (0.5 * np.sin(2 * np.pi * 880 * np.arange(22_050) / 44_100)).astype(np.float32), 44_100
    )
    joined = join_clips([a, b], gap_seconds=0.25)
    assert joined.rate == 44_100
    assert joined.duration == pytest.approx(0.5 + 0.25 + 0.5, abs=0.002)
    first = joined.samples[: round(0.5 * 44_100)]
    gap = joined.samples[round(0.52 * 44_100) : round(0.73 * 44_100)]
    second = joined.samples[round(0.75 * 44_100) :]
    assert peaks_hz(first, 44_100) == pytest.approx([440, 1250], abs=3)
    assert np.max(np.abs(gap)) < 1e-3
    assert peaks_hz(second, 44_100, 1) == pytest.approx([880], abs=3)
    assert join_clips([a, b], 0.0, rate=24_000).duration == pytest.approx(1.0, abs=0.002)
    assert join_clips([]).duration == 0.0


def test_broken_audio_is_a_clear_error() -> None:
    with pytest.raises(CodecError, match=r"not valid MP3 and cannot be played"):
        decode(b"ID3" + b"\x00" * 200)
    with pytest.raises(CodecError, match=r"cannot save audio as 'aac'"):
        encode(two_tones(0.1), RATE, "aac")
    assert decode(float_to_pcm16(np.zeros(0, np.float32))).duration == 0.0
