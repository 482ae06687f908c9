"""Studio export budget: a 30-minute conversation as a chaptered MP3 with captions.

Builds a conversation of 60 turns (user questions and replies, 30 s each, real espeak-ng speech
from the demo's voices, several sentences per turn) in a temporary history, then times:

- the baseline: the same audio the podcast holds (each turn decoded and levelled, the same gaps
  between them, prepared beforehand and not timed) encoded to MP3 alone (libsndfile/LAME, the
  encoder the podcast export uses);
- the podcast: ``export_podcast`` with captions (decode, level each turn to -16 LUFS, find the
  pauses, encode, chapters, tags, cover, SRT).

Budget: the podcast takes at most 1.5x the baseline. Each is timed as the best of two runs.

Run: ``.venv/bin/python bench/studio.py [--minutes 30]``
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.audio.chapters import ShowTags
from app.audio.codecs import decode, encode
from app.core.conversation import Conversation
from app.core.store import Store
from app.core.studio.podcast import DEFAULT_GAP, DEFAULT_TARGET_LUFS, export_podcast, level
from app.demo.speech import Synthesizer

RATE = 24_000
RATIO_BUDGET = 1.5
TURN_SECONDS = 30.0
SENTENCES = [
    "The harbour was quiet before the boats came in.",
    "Gulls circled the mast, and the tide turned slowly.",
    "Nobody on the pier said a word for a long while.",
    "Then the bell rang twice, and everyone looked up.",
    "It was the old ferry, late again, but welcome all the same.",
]


def build(root: Path, minutes: float) -> Conversation:
    synth = Synthesizer()
    spoken = {(v, s): np.asarray(synth.speak(v, s)) for v in ("echo", "coral") for s in SENTENCES}
    pause = np.zeros(round(0.4 * RATE), dtype=np.float32)
    turns = max(2, round(minutes * 60 / TURN_SECONDS))
    with Store(root) as store:
        cid = store.create_conversation(title="Harbour stories")
        for n in range(turns):
            voice = "echo" if n % 2 == 0 else "coral"
            parts, texts, length, k = [], [], 0, n
            while length < TURN_SECONDS * RATE:
                sentence = SENTENCES[k % len(SENTENCES)]
                clip = spoken[(voice, sentence)]
                parts += [clip, pause]
                texts.append(sentence)
                length += len(clip) + len(pause)
                k += 1
            audio = np.concatenate(parts).astype(np.float32)
            text = " ".join(texts)
            if n % 2 == 0:
                store.add_user_turn(cid, text, encode(audio, RATE, "wav"))
            else:
                reply = store.begin_reply(cid, voice, "gpt-audio-1.5", "pcm16")
                store.append_reply_audio(reply, encode(audio, RATE, "pcm16"))
                store.finish_reply(reply, audio_id=None, expires_at=None, usage=None,
                                   transcript=text, real_format="pcm16")  # fmt: skip
        return store.load_conversation(cid)


def same_audio(conversation: Conversation) -> list[np.ndarray]:
    """The samples the podcast holds, turn by turn with the gaps between them (not timed)."""
    gap = np.zeros(round(DEFAULT_GAP * RATE), dtype=np.float32)
    parts: list[np.ndarray] = []
    for turn in conversation.turns:
        if turn.audio is not None:
            clip = decode(turn.audio.read_bytes(), turn.audio.format)
            parts += [gap] if parts else []
            parts.append(level(clip.samples, clip.rate, DEFAULT_TARGET_LUFS))
    return parts


def baseline(parts: list[np.ndarray], out: Path) -> float:
    """The same audio encoded to MP3 alone."""
    import soundfile as sf

    start = time.perf_counter()
    with sf.SoundFile(str(out), "w", samplerate=RATE, channels=1, format="MP3",
                      subtype="MPEG_LAYER_III") as f:  # fmt: skip
        for part in parts:
            f.write(part)
    return time.perf_counter() - start


def podcast(conversation: Conversation, out: Path) -> float:
    start = time.perf_counter()
    tags = ShowTags(title="Harbour stories", artist="echo, coral", cover_png=b"\x89PNG" + b"\0" * 9)
    export_podcast(conversation, out, tags=tags, captions="srt", overwrite=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=30.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        conversation = build(root / "data", args.minutes)
        seconds = sum(t.audio.duration or 0.0 for t in conversation.turns if t.audio is not None)
        print(f"conversation: {len(conversation.turns)} turns, {seconds / 60:.1f} minutes")
        parts = same_audio(conversation)
        base = min(baseline(parts, root / "plain.mp3") for _ in range(2))
        made = min(podcast(conversation, root / "show.mp3") for _ in range(2))
        cues = (root / "show.srt").read_text(encoding="utf-8").count(" --> ")
        print(f"MP3 alone: {base:.2f} s; podcast with chapters and {cues} captions: {made:.2f} s")
    ratio = made / base
    ok = "PASS" if ratio <= RATIO_BUDGET else "FAIL"
    print(f"BENCH studio_podcast_ratio {ratio:.2f} ratio budget {RATIO_BUDGET:g} {ok}")
    return 0 if ok == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
