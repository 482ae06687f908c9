"""The history store: what survives a restart, a kill mid-stream, an upgrade; search; takes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from app.audio.codecs import decode, encode
from app.core.clips import clip_key
from app.core.conversation import Audio, Turn, Usage
from app.core.migrations import LATEST, migrate
from app.core.reply import Reply
from app.core.store import NotFoundError, Store, StoreError

ROOT = Path(__file__).resolve().parents[2]
RATE = 24_000


def tone(freq: float, seconds: float, rate: int = RATE) -> np.ndarray:
    t = np.arange(round(seconds * rate)) / rate
    return (0.4 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def peak_hz(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples))
    return float(np.argmax(spectrum) * rate / len(samples))


def run_python(code: str, env_root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PARLEY_DATA_DIR": str(env_root), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def stream_reply(store: Store, conversation_id: int, freq: float, seconds: float, text: str) -> int:
    """Store a reply the way a streamed one arrives: pcm16 pieces and a growing transcript."""
    turn_id = store.begin_reply(conversation_id, "alloy", "gpt-audio-1.5", "pcm16")
    pcm = encode(tone(freq, seconds), RATE, "pcm16")
    words = text.split()
    for i, start in enumerate(range(0, len(pcm), 9_600)):
        store.append_reply_audio(turn_id, pcm[start : start + 9_600])
        store.update_reply_transcript(turn_id, " ".join(words[: i + 1]))
    store.finish_reply(
        turn_id,
        audio_id="audio_abc123",
        expires_at=1_900_000_000,
        usage=Usage(prompt_tokens=12, completion_tokens=40, total_tokens=52),
        real_format="pcm16",
        transcript=text,
    )
    return turn_id


READ_BACK = """
    import json
    import numpy as np
    from app.audio.codecs import decode
    from app.core.store import Store

    with Store() as store:
        conv = store.load_conversation(store.latest_conversation_id())
        out = []
        for turn in conv.turns:
            item = {"id": turn.id, "role": turn.role, "text": turn.text, "partial": turn.partial,
                    "variants": [v.id for v in turn.variants], "audio_id": turn.audio_id}
            if turn.audio is not None:
                assert turn.audio.data is None, "audio must be referenced, not loaded"
                d = decode(turn.audio.read_bytes(), turn.audio.format)
                spectrum = np.abs(np.fft.rfft(d.samples))
                item.update(format=turn.audio.format, file=turn.audio.path.name,
                            seconds=round(d.duration, 2),
                            hz=round(float(np.argmax(spectrum) * d.rate / len(d.samples))))
            out.append(item)
        print(json.dumps({"title": conv.title, "turns": out}))
"""


def test_a_new_process_finds_every_turn_and_its_audio_plays(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        cid = store.create_conversation()
        store.add_user_turn(
            cid, "Is a golden retriever a good family dog?", encode(tone(330, 0.5), RATE, "wav")
        )
        streamed = stream_reply(store, cid, 440, 1.2, "Yes, golden retrievers are gentle dogs.")
        store.add_user_turn(cid, "Say it as a poem.")
        mp3_reply = Turn(
            role="assistant",
            text="Golden coat and gentle heart.",
            voice="nova",
            requested_format="mp3",
            audio=Audio(format="mp3", data=encode(tone(550, 0.8), RATE, "mp3")),
        )
        poem = store.add_turn(cid, mp3_reply)

    result = run_python(READ_BACK, tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == "Is a golden retriever a good family dog?"
    turns = data["turns"]
    assert [t["role"] for t in turns] == ["user", "assistant", "user", "assistant"]
    assert [t["text"] for t in turns] == [
        "Is a golden retriever a good family dog?",
        "Yes, golden retrievers are gentle dogs.",
        "Say it as a poem.",
        "Golden coat and gentle heart.",
    ]
    user, reply, text_only, mp3 = turns
    assert (user["format"], user["seconds"], user["hz"]) == ("wav", 0.5, 330)
    assert (reply["format"], reply["seconds"], reply["hz"]) == ("pcm16", 1.2, 440)
    assert reply["file"] == f"{streamed}.pcm"
    assert reply["audio_id"] == "audio_abc123" and not reply["partial"]
    assert "format" not in text_only
    assert mp3["format"] == "mp3" and mp3["file"] == f"{poem}.mp3" and mp3["hz"] == 550
    assert mp3["seconds"] >= 0.8


def test_search_finds_words_of_transcripts_and_prompts(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        cid = store.create_conversation()
        prompt = store.add_user_turn(cid, "Tell me about lighthouses")
        reply = stream_reply(store, cid, 440, 0.4, "The keeper climbed the spiral staircase.")
        other = store.create_conversation()
        store.add_user_turn(other, "Something about staircases in castles")

        hits = store.search("spiral stair")
        assert [(h.conversation_id, h.turn_id, h.turn_number) for h in hits] == [(cid, reply, 2)]
        assert "[spiral] [staircase]" in hits[0].snippet
        assert hits[0].title == "Tell me about lighthouses"

        assert {h.turn_id for h in store.search("LIGHTHOUSES")} == {prompt}
        assert len(store.search("stair")) == 2
        # Words users type that are FTS5 syntax are searched as words, never an error.
        assert store.count_matches("stair") == 2 and store.count_matches("   ") == 0
        assert store.search('keeper" OR (NEAR') == []
        assert store.search("   ") == []

        store.update_reply_transcript(reply, "A different sentence now.")
        assert store.search("spiral") == []
        assert [h.turn_id for h in store.search("different")] == [reply]

        store.delete_conversation(other)
        assert [h.conversation_id for h in store.search("stair")] == []


KILLED_WRITER = """
    import sys
    import numpy as np
    from app.audio.codecs import encode
    from app.core.store import Store

    store = Store()
    cid = store.create_conversation()
    store.add_user_turn(cid, "Count slowly")
    turn = store.begin_reply(cid, "alloy", "gpt-audio-1.5", "pcm16")
    t = np.arange(2_400) / 24_000
    chunk = encode((0.4 * np.sin(2 * np.pi * 440 * t)).astype(np.float32), 24_000, "pcm16")
    words = []
    for i in range(100_000):
        store.append_reply_audio(turn, chunk)
        words.append(f"word{i}")
        store.update_reply_transcript(turn, " ".join(words))
        print(f"chunk {i} {turn}", flush=True)
"""


def test_a_reply_killed_mid_stream_stays_as_a_playable_partial_reply(tmp_path: Path) -> None:
    env = {**os.environ, "PARLEY_DATA_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(KILLED_WRITER)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            _, index, turn_text = line.split()
            if int(index) >= 5:
                break
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
    turn_id = int(turn_text)

    conn = sqlite3.connect(tmp_path / "history.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()

    with Store(tmp_path) as store:
        conv = store.load_conversation(store.latest_conversation_id() or 0)
        assert [t.role for t in conv.turns] == ["user", "assistant"]
        reply = conv.turns[1]
        assert reply.id == turn_id and reply.partial
        assert reply.text.startswith("word0 word1 word2 word3 word4 word5")
        assert reply.audio is not None and reply.audio.format == "pcm16"
        decoded = decode(reply.audio.read_bytes(), "pcm16")
        assert decoded.duration >= 0.6  # at least the six chunks that were reported written
        assert reply.audio.duration == pytest.approx(decoded.duration)
        assert round(peak_hz(decoded.samples, decoded.rate)) == 440
        # The store still takes new turns after the crash.
        store.add_user_turn(conv.id or 0, "Are you still there?")
        assert len(store.load_conversation(conv.id or 0).turns) == 3


def test_an_older_schema_is_migrated_and_its_text_becomes_searchable(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "history.sqlite3", isolation_level=None)
    migrate(conn, target=1)
    conn.execute(
        "INSERT INTO conversations (id, title, created_at, updated_at) "
        "VALUES (7, 'Old one', 1.0, 2.0)"
    )
    conn.execute(
        "INSERT INTO turns (conversation_id, position, role, text, created_at) "
        "VALUES (7, 0, 'user', 'Tell me about lighthouses', 1.0)"
    )
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()

    with Store(tmp_path) as store:
        assert [h.conversation_id for h in store.search("lighthouse")] == [7]
        assert store.load_conversation(7).turns[0].text == "Tell me about lighthouses"
        key = clip_key(
            "http://127.0.0.1:1/v1", model="m", voice="v", fmt="wav", instructions="", text="x"
        )
        store.clips.put(
            key,
            base_url="http://127.0.0.1:1/v1",
            model="m",
            voice="v",
            requested_format="wav",
            instructions="",
            text="x",
            audio=encode(tone(440, 0.2), RATE, "wav"),
            transcript="x",
        )
    conn = sqlite3.connect(tmp_path / "history.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_a_database_from_a_newer_parley_is_refused_and_not_a_database_is_kept_aside(
    tmp_path: Path,
) -> None:
    newer = tmp_path / "newer"
    newer.mkdir()
    conn = sqlite3.connect(newer / "history.sqlite3")
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer Parley"):
        Store(newer)

    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "history.sqlite3").write_bytes(b"this is not a database at all" * 100)
    with Store(broken) as store:
        assert store.recovery is not None and store.recovery.turns == 0
        assert store.recovery.copy.read_bytes().startswith(b"this is not a database")
        assert store.list_conversations() == []
        store.create_conversation("after")
    with Store(broken) as again:
        assert again.recovery is None, "salvaged once, said once"
        assert [c.title for c in again.list_conversations()] == ["after"]


def test_delete_removes_the_conversation_its_audio_and_its_search_entries(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        keep = store.create_conversation("Keep")
        store.add_user_turn(keep, "kept words", encode(tone(300, 0.2), RATE, "wav"))
        gone = store.create_conversation("Gone")
        store.add_user_turn(gone, "doomed words", encode(tone(300, 0.2), RATE, "wav"))
        stream_reply(store, gone, 440, 0.4, "doomed reply")
        assert (tmp_path / "audio" / str(gone)).is_dir()

        store.delete_conversation(gone)
        assert not (tmp_path / "audio" / str(gone)).exists()
        assert [c.id for c in store.list_conversations()] == [keep]
        assert store.search("doomed") == []
        with pytest.raises(NotFoundError):
            store.load_conversation(gone)
        with pytest.raises(NotFoundError):
            store.delete_conversation(gone)
        # Ids are never reused, so a new conversation cannot inherit old files.
        assert store.create_conversation() > gone
        assert store.load_conversation(keep).turns[0].audio is not None


def test_conversations_are_listed_by_last_use_with_titles_from_the_first_prompt(
    tmp_path: Path,
) -> None:
    with Store(tmp_path) as store:
        first = store.create_conversation()
        second = store.create_conversation()
        long_prompt = "Please explain " + "very " * 30 + "slowly"
        store.add_user_turn(second, long_prompt)
        store.add_user_turn(first, "\n  Hello   there \nsecond line")
        summaries = store.list_conversations()
        assert [(s.id, s.turn_count) for s in summaries] == [(first, 1), (second, 1)]
        assert summaries[0].title == "Hello there"
        long_title = summaries[1].title
        assert long_title.startswith("Please explain very very") and long_title.endswith("…")
        assert len(long_title) <= 61

        store.rename_conversation(first, "Greetings")
        store.add_user_turn(first, "A later prompt does not rename it")
        stream_reply(store, second, 440, 0.2, "answer")
        assert [(s.id, s.title) for s in store.list_conversations()] == [
            (second, long_title),
            (first, "Greetings"),
        ]
        assert store.latest_conversation_id() == second


def test_re_voiced_takes_are_kept_beside_the_reply_and_one_is_chosen(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        cid = store.create_conversation()
        store.add_user_turn(cid, "Say hello")
        original = stream_reply(store, cid, 440, 0.4, "Hello there friend")
        take = Turn(
            role="assistant",
            text="Hello there, my friend",
            voice="onyx",
            audio=Audio(format="wav", data=encode(tone(660, 0.4), RATE, "wav")),
        )
        variant = store.add_variant(original, take)
        streamed_take = store.begin_reply(cid, "sage", "gpt-audio", "pcm16", variant_of=original)
        store.append_reply_audio(streamed_take, encode(tone(880, 0.3), RATE, "pcm16"))
        store.finish_reply(
            streamed_take, audio_id=None, expires_at=None, usage=None, real_format=None
        )

        reply = store.load_conversation(cid).turns[1]
        assert reply.id == original and reply.voice == "alloy"
        assert [(v.id, v.voice) for v in reply.variants] == [
            (variant, "onyx"),
            (streamed_take, "sage"),
        ]

        store.choose_variant(variant)
        turns = store.load_conversation(cid).turns
        assert len(turns) == 2
        assert turns[1].id == variant and turns[1].voice == "onyx"
        assert {v.id for v in turns[1].variants} == {original, streamed_take}
        assert [h.turn_id for h in store.search("friend")] == [variant]
        assert store.list_conversations()[0].turn_count == 2

        store.delete_turn(variant)
        turns = store.load_conversation(cid).turns
        assert turns[1].id == streamed_take
        assert [v.id for v in turns[1].variants] == [original]
        assert not (tmp_path / "audio" / str(cid) / f"{variant}.wav").exists()


def test_reply_bytes_in_another_format_than_asked_are_filed_under_their_real_format(
    tmp_path: Path,
) -> None:
    with Store(tmp_path) as store:
        cid = store.create_conversation()
        turn = store.begin_reply(cid, "alloy", "gpt-audio", "pcm16")
        mp3 = encode(tone(440, 0.5), RATE, "mp3")
        store.append_reply_audio(turn, mp3[:1000])
        store.append_reply_audio(turn, mp3[1000:])
        store.finish_reply(turn, audio_id="audio_x", expires_at=5, usage=None, real_format="mp3")
        reply = store.load_conversation(cid).turns[0]
        assert reply.audio is not None and reply.audio.path is not None
        assert reply.audio.path.name == f"{turn}.mp3" and reply.audio.format == "mp3"
        assert sorted(p.name for p in reply.audio.path.parent.iterdir()) == [f"{turn}.mp3"]
        assert reply.audio.read_bytes() == mp3
        assert reply.audio_id == "audio_x"

        store.forget_audio_id(turn)
        reply = store.load_conversation(cid).turns[0]
        assert reply.audio_id is None and reply.expires_at is None
        assert not reply.audio_reference_valid()


def test_a_finished_reply_stores_what_the_reply_says(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        cid = store.create_conversation()
        store.add_user_turn(cid, "Tell me about otters")
        turn = store.begin_reply(cid, "alloy", "gpt-audio", "pcm16")
        mp3 = encode(tone(523, 0.5), RATE, "mp3")
        store.append_reply_audio(turn, mp3)
        store.update_reply_transcript(turn, "Otters hold")
        assert store.load_conversation(cid).turns[1].partial

        usage = Usage(prompt_tokens=9, completion_tokens=31, total_tokens=40)
        reply = Reply(
            transcript="Otters hold hands while they sleep.",
            audio=mp3,
            format="mp3",
            requested_format="pcm16",
            audio_id="audio_otter7",
            expires_at=1_950_000_000,
            usage=usage,
        )
        store.finish_reply_from(turn, reply)

        stored = store.load_conversation(cid).turns[1]
        assert stored.id == turn and not stored.partial
        assert stored.text == "Otters hold hands while they sleep."
        assert stored.audio_id == "audio_otter7" and stored.expires_at == 1_950_000_000
        assert stored.usage == usage
        assert stored.audio is not None and stored.audio.format == "mp3"
        assert stored.audio.read_bytes() == mp3
        assert [h.turn_id for h in store.search("sleep")] == [turn]


def test_the_store_can_be_used_from_worker_threads_at_once(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        ids = [store.create_conversation() for _ in range(4)]
        clip = encode(tone(440, 0.1), RATE, "wav")

        def work(n: int) -> int:
            cid = ids[n % 4]
            store.add_user_turn(cid, f"prompt number {n}", clip)
            store.list_conversations()
            store.search("number")
            return len(store.load_conversation(cid).turns)

        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(work, range(80)))
        texts = sorted(t.text for cid in ids for t in store.load_conversation(cid).turns)
        assert texts == sorted(f"prompt number {n}" for n in range(80))
        assert sum(s.turn_count for s in store.list_conversations()) == 80


def test_audition_clips_are_cached_by_every_input_without_credentials(tmp_path: Path) -> None:
    base = "https://user:secret-pw@gateway.example.com/v1/?api-key=sk-hidden"
    inputs = {
        "model": "gpt-audio",
        "voice": "coral",
        "fmt": "wav",
        "instructions": "",
        "text": "Hi",
    }
    key = clip_key(base, **inputs)
    assert key == clip_key("https://gateway.example.com/v1", **inputs)
    for field, other in [("model", "m2"), ("voice", "ash"), ("fmt", "mp3"), ("text", "Hey")]:
        assert clip_key(base, **{**inputs, field: other}) != key
    assert clip_key(base, **{**inputs, "instructions": "whisper"}) != key
    assert clip_key("https://other.example.com/v1", **inputs) != key

    with Store(tmp_path) as store:
        assert store.clips.get(key) is None
        for i, voice in enumerate(["coral", "ash"]):
            store.clips.put(
                clip_key(base, **{**inputs, "voice": voice}),
                base_url=base,
                model="gpt-audio",
                voice=voice,
                requested_format="wav",
                instructions="",
                text="Hi",
                audio=encode(tone(300 + 100 * i, 0.3), RATE, "wav"),
                transcript="Hi!",
            )
        clip = store.clips.get(key)
        assert clip is not None and clip.voice == "coral" and clip.transcript == "Hi!"
        assert clip.endpoint == "https://gateway.example.com/v1"
        assert round(peak_hz(decode(clip.audio.read_bytes()).samples, RATE)) == 300
        assert [c.voice for c in store.clips.history()] == ["ash", "coral"]

    raw = (tmp_path / "history.sqlite3").read_bytes()
    assert b"secret-pw" not in raw and b"sk-hidden" not in raw
    with Store(tmp_path) as store:
        assert clip.audio.path is not None
        clip.audio.path.unlink()
        assert store.clips.get(key) is None
        assert [c.voice for c in store.clips.history()] == ["ash"]
