"""A conversation exported as a podcast, checked in the file a user gets: chapters that start
where each turn's audio starts (within 50 ms), captions inside their turn and on the sentences'
real starts, -16 LUFS, show tags and cover art; atomic when the folder cannot be written."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import mutagen
import numpy as np
import pyloudnorm
import pytest
import soundfile as sf

from app.audio.chapters import ShowTags, read_chapters
from app.audio.codecs import encode, resample
from app.audio.pauses import speech_map
from app.core.conversation import Conversation
from app.core.export_io import ExportError
from app.core.store import Store
from app.core.studio import captions as cc
from app.core.studio.podcast import export_podcast
from app.demo.speech import Synthesizer

RATE = 24_000
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
REPLY = ["The sea is wide, and it is deep.", "Whales sing in it.", "Boats cross it every day."]
SECOND = ["Yes, quietly.", "Good night."]


@dataclass
class Made:
    conversation: Conversation
    clips: list[np.ndarray]  # each spoken turn's audio as saved, at 24 kHz
    sentence_starts: list[float]  # where REPLY's sentences start inside the reply's clip


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Made]:
    synth = Synthesizer()
    store = Store(tmp_path_factory.mktemp("data"))
    cid = store.create_conversation(title="About the sea")
    question = np.asarray(synth.speak("echo", "Tell me about the sea."))
    store.add_user_turn(cid, "Tell me about the sea.", encode(question, RATE, "wav"))
    parts, starts, at = [], [], 0
    pause = np.zeros(round(0.45 * RATE), dtype=np.float32)
    for n, sentence in enumerate(REPLY):
        spoken = np.asarray(synth.speak("coral", sentence))
        if n:
            parts.append(pause)
            at += len(pause)
        first = speech_map(spoken, RATE).speech
        assert first is not None
        starts.append(at / RATE + first.start)
        parts.append(spoken)
        at += len(spoken)
    reply = np.concatenate(parts).astype(np.float32)
    rid = store.begin_reply(cid, "coral", "gpt-audio-1.5", "pcm16")
    store.append_reply_audio(rid, encode(reply, RATE, "pcm16"))
    store.finish_reply(rid, audio_id=None, expires_at=None, usage=None,
                       transcript=" ".join(REPLY), real_format="pcm16")  # fmt: skip
    store.add_user_turn(cid, "And at night?")  # typed: no audio, no chapter
    quiet = (0.08 * np.asarray(synth.speak("onyx", " ".join(SECOND)))).astype(np.float32)
    rid = store.begin_reply(cid, "onyx", "gpt-audio-1.5", "mp3")
    store.append_reply_audio(rid, encode(quiet, RATE, "mp3"))
    store.finish_reply(rid, audio_id=None, expires_at=None, usage=None,
                       transcript=" ".join(SECOND), real_format="mp3")  # fmt: skip
    conversation = store.load_conversation(cid)
    saved = [sf.read(str(t.audio.path))[0] if t.audio.format != "pcm16" else None
             for t in conversation.turns if t.audio is not None]  # fmt: skip
    clips = [question, reply, np.asarray(saved[2], dtype=np.float32)]
    yield Made(conversation, clips, starts)
    store.close()


def offset_of(clip: np.ndarray, within: np.ndarray) -> float:
    """Where ``clip`` (its first second, by shape not level) sits in ``within``, in seconds."""
    probe = clip[:RATE].astype(np.float64)
    probe = probe / (np.linalg.norm(probe) or 1.0)
    size = 1 << (len(within) + len(probe)).bit_length()
    corr = np.fft.irfft(np.fft.rfft(within, size) * np.conj(np.fft.rfft(probe, size)), size)
    power = np.concatenate(([0.0], np.cumsum(within.astype(np.float64) ** 2)))
    energy = np.sqrt(np.maximum(power[len(probe) :] - power[: -len(probe)], 0.0))
    score = corr[: len(energy)] / np.maximum(energy, 1e-9)
    return float(np.argmax(score)) / RATE


def test_a_podcast_mp3_has_a_chapter_per_spoken_turn_where_its_audio_starts(
    made: Made, tmp_path: Path
) -> None:
    target = tmp_path / "sea.mp3"
    tags = ShowTags(title="About the sea", artist="coral, onyx", date="2026-12-02", cover_png=PNG)
    result = export_podcast(made.conversation, target, tags=tags, captions="srt")

    heard, rate = sf.read(str(target), dtype="float32")
    heard = resample(heard, rate, RATE)
    chapters = read_chapters(target)
    assert [c.title for c in chapters] == [
        "Tell me about the sea.",
        "The sea is wide, and it is deep. Whales sing in it. Boats…",  # its first words
        " ".join(SECOND),
    ]
    for chapter, clip in zip(chapters, made.clips, strict=True):
        assert abs(chapter.start - offset_of(clip, heard)) < 0.05, chapter
    assert chapters[0].start == 0.0
    assert abs(chapters[-1].end - len(heard) / RATE) < 0.1
    # a gap between turns: silence before each later chapter
    for chapter in chapters[1:]:
        before = heard[round((chapter.start - 0.6) * RATE) : round(chapter.start * RATE)]
        assert np.max(np.abs(before)) < 0.01

    loudness = pyloudnorm.Meter(RATE).integrated_loudness(heard.astype(np.float64))
    assert -17.5 < loudness < -14.5
    assert np.max(np.abs(heard)) <= 1.0

    id3 = mutagen.File(str(target)).tags
    assert str(id3["TIT2"]) == "About the sea" and str(id3["TPE1"]) == "coral, onyx"
    assert str(id3["TDRC"]) == "2026-12-02"
    assert id3.getall("APIC")[0].data == PNG
    assert [c.child_element_ids for c in id3.getall("CTOC")] == [["chp0", "chp1", "chp2"]]
    assert result.seconds == pytest.approx(len(heard) / RATE, abs=0.1)


def test_captions_are_one_cue_per_sentence_inside_their_turn_on_the_pauses(
    made: Made, tmp_path: Path
) -> None:
    target = tmp_path / "sea.mp3"
    result = export_podcast(made.conversation, target, captions="srt")
    assert result.captions_path == tmp_path / "sea.srt"
    cues = cc.parse((tmp_path / "sea.srt").read_text(encoding="utf-8"))
    assert [c.text for c in cues] == ["Tell me about the sea.", *REPLY, *SECOND]
    chapters = read_chapters(target)
    turn_of = [0, 1, 1, 1, 2, 2]
    for cue, turn in zip(cues, turn_of, strict=True):
        chapter = chapters[turn]
        assert chapter.start <= cue.start < cue.end <= chapter.end, (cue, chapter)
    for a, b in itertools.pairwise(cues):
        assert a.end <= b.start
    reply_start = chapters[1].start
    for cue, truth in zip(cues[1:4], made.sentence_starts, strict=True):
        assert abs(cue.start - (reply_start + truth)) < 0.15, (cue, truth)


def test_opus_and_flac_carry_chapter_comments_and_vtt_captions(made: Made, tmp_path: Path) -> None:
    for fmt in ("opus", "flac"):
        (tmp_path / fmt).mkdir()
        target = tmp_path / fmt / f"sea.{fmt}"
        export_podcast(made.conversation, target, fmt=fmt, captions="vtt",
                       tags=ShowTags(title="About the sea", cover_png=PNG))  # fmt: skip
        chapters = read_chapters(target)
        assert len(chapters) == 3 and chapters[1].title.startswith("The sea is wide")
        assert mutagen.File(str(target))["title"] == ["About the sea"]
        vtt = (tmp_path / fmt / "sea.vtt").read_text(encoding="utf-8")
        assert vtt.startswith("WEBVTT") and len(cc.parse(vtt)) == 6


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_folder_fails_with_a_message_and_leaves_nothing(
    made: Made, tmp_path: Path
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    with pytest.raises(ExportError, match="not allowed"):
        export_podcast(made.conversation, folder / "sea.mp3", captions="srt")
    assert list(folder.iterdir()) == []


def test_a_failed_export_leaves_no_half_written_file(made: Made, tmp_path: Path) -> None:
    class StopAfterFirst:
        calls = 0

        def is_set(self) -> bool:
            self.calls += 1
            return self.calls > 2

    from app.core.export_io import ExportCancelled

    with pytest.raises(ExportCancelled):
        export_podcast(made.conversation, tmp_path / "sea.mp3", cancel=StopAfterFirst())
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ExportError, match="no audio"):
        export_podcast(Conversation(), tmp_path / "none.mp3")
