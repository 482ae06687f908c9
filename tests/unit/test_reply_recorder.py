"""The one way a streaming reply is kept in the history (the chat, talk mode, ``parley ask``):
opened partial, audio per chunk, the transcript at most once a second, then finished, kept as
far as it came, or taken back; on a real Store in a temporary folder."""

from __future__ import annotations

from pathlib import Path

from app.core.conversation import Turn, Usage
from app.core.reply import Reply
from app.core.reply_recorder import ReplyRecorder, forget_lost_audio_ids
from app.core.store import Store

PCM = b"\x01\x00" * 24000  # one second of pcm16


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_reply_streams_into_the_history_and_is_finished(tmp_path: Path) -> None:
    clock = Clock()
    with Store(tmp_path) as store:
        cid = store.create_conversation("talk")
        store.add_turn(cid, Turn("user", "What time is it?"))
        rec = ReplyRecorder(
            store, cid, voice="marin", model="gpt-realtime-2", fmt="pcm16", clock=clock
        )
        turn_id = rec.begin()
        rec.audio(PCM[:24000])
        assert not rec.add_words("It is ")  # not yet a second
        clock.now = 1.5
        assert rec.add_words("noon")
        rec.save_words()
        midway = store.load_conversation(cid).turns[-1]
        assert midway.partial and midway.text == "It is noon"
        rec.audio(PCM[24000:])
        usage = Usage(prompt_audio_tokens=10, completion_audio_tokens=20)
        rec.finish(Reply("It is noon.", PCM, "pcm16", usage=usage, model="gpt-realtime-2"))
        done = store.load_conversation(cid).turns[-1]
    assert done.id == turn_id and not done.partial
    assert done.text == "It is noon." and done.usage is not None
    assert done.audio is not None and done.audio.duration is not None
    assert abs(done.audio.duration - 1.0) < 0.05  # the chunks, not the whole again


def test_a_cut_reply_is_kept_partial_and_an_empty_one_is_taken_back(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        cid = store.create_conversation("talk")
        kept = ReplyRecorder(store, cid, voice="alloy", model="m", fmt="pcm16")
        kept.begin()
        kept.audio(PCM[:4800])
        assert kept.fail(Reply("It is", PCM[:4800], "pcm16"))
        empty = ReplyRecorder(store, cid, voice="alloy", model="m", fmt="pcm16")
        empty.begin()
        assert not empty.fail(Reply())
        turns = store.load_conversation(cid).turns
    assert len(turns) == 1 and turns[0].partial and turns[0].text == "It is"


def test_replies_whose_audio_id_was_lost_are_forgotten(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        cid = store.create_conversation("chat")
        reply = Turn("assistant", "Hi", audio_id="audio_1", expires_at=2_000_000_000)
        reply.id = store.add_turn(cid, reply)
        reply.expires_at = 0  # the server said it no longer has it
        forget_lost_audio_ids(store, [reply])
        assert store.load_conversation(cid).turns[0].audio_id is None
