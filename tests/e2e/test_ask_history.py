"""``parley ask`` and the history: every exchange recorded, ``--continue`` sending the earlier
turns, as a user (or a script) runs it: the demo server over real HTTP, a real store, and new
processes reading what earlier ones wrote."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from app.audio import codecs
from app.core.store import Store
from app.demo.server import DemoServer
from tests.e2e.cli_runner import Run, cli_env, run_in_process

ROOT = Path(__file__).resolve().parents[2]
RATE = 24_000


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _env(tmp_path: Path, data: Path, url: str) -> dict[str, str]:
    assert data == tmp_path / "data"
    return cli_env(tmp_path, url, PYTHONPATH=str(ROOT))


@pytest.fixture
def parley(
    tmp_path: Path,
    data: Path,
    demo_server: DemoServer,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
) -> Callable[..., Run]:
    """``parley ARGS`` through the same entry point in this process, with the environment a
    process would get (no interpreter start-up, so the many cases stay quick)."""

    def run(*args: str) -> Run:
        done = run_in_process(list(args), _env(tmp_path, data, demo_server.url), monkeypatch, capfd)
        assert "Traceback" not in done.out + done.err
        return done

    return run


def in_new_process(tmp_path: Path, data: Path, url: str, *args: str) -> Run:
    """``parley ARGS`` in its own process, as a script runs it."""
    done = subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=tmp_path,
        env=_env(tmp_path, data, url),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "Traceback" not in done.stderr + done.stdout
    return Run(done.returncode, done.stdout, done.stderr)


def chat_bodies(server: DemoServer) -> list[dict[str, object]]:
    return [body for _m, path, body in server.requests if path.endswith("/chat/completions")]


def test_each_ask_is_recorded_and_continue_sends_the_earlier_turns(
    tmp_path: Path, data: Path, demo_server: DemoServer, parley: Callable[..., Run]
) -> None:
    url = demo_server.url
    first = in_new_process(tmp_path, data, url, "ask", "Say 'the tide comes in'", "--json")
    assert first.code == 0, first.err
    summary = json.loads(first.out)
    assert summary["transcript"] == "the tide comes in"
    with Store(data) as store:
        (only,) = store.list_conversations()
        assert only.id == summary["conversation_id"]
        assert (only.title, only.turn_count) == ("Say 'the tide comes in'", 2)
        conversation = store.load_conversation(only.id)
        user, reply = conversation.turns
        assert (user.role, user.text) == ("user", "Say 'the tide comes in'")
        assert (reply.text, reply.voice, reply.partial) == ("the tide comes in", "alloy", False)
        assert reply.audio_id == summary["audio_id"] and reply.expires_at == summary["expires_at"]
        assert reply.audio is not None and reply.audio.path is not None
        assert codecs.decode(reply.audio.path.read_bytes(), "pcm16").duration > 0.3

    second = parley("ask", "--continue", "Say 'and goes out again'")
    assert second.code == 0, second.err
    assert second.out == "and goes out again\n"
    messages = chat_bodies(demo_server)[-1]["messages"]
    assert messages == [
        {"role": "user", "content": "Say 'the tide comes in'"},
        {"role": "assistant", "audio": {"id": summary["audio_id"]}},
        {"role": "user", "content": "Say 'and goes out again'"},
    ]
    with Store(data) as store:
        (only,) = store.list_conversations()
        assert only.turn_count == 4
        texts = [t.text for t in store.load_conversation(only.id).turns]
    assert texts[2:] == ["Say 'and goes out again'", "and goes out again"]

    # A new ask without --continue is its own conversation; --continue ID picks an older one.
    third = parley("ask", "Say 'something else'")
    assert third.code == 0, third.err
    fourth = parley("ask", "Say 'back to the sea'", "--continue", "1")
    assert fourth.code == 0, fourth.err
    messages = chat_bodies(demo_server)[-1]["messages"]
    assert [m.get("content") for m in messages if m["role"] == "user"] == [
        "Say 'the tide comes in'",
        "Say 'and goes out again'",
        "Say 'back to the sea'",
    ]
    listing = in_new_process(tmp_path, data, url, "history")
    assert listing.code == 0, listing.err
    rows = [line.split() for line in listing.out.splitlines()[1:-1]]
    assert [(r[0], r[3]) for r in rows] == [("1", "6"), ("2", "2")]


def test_continue_sends_expired_replies_as_their_transcripts(
    data: Path, demo_server: DemoServer, parley: Callable[..., Run]
) -> None:
    """An audio id past its expiry goes back as the transcript; one the server no longer knows
    is answered with audio_not_found, retried as a transcript, and forgotten in the history."""
    pcm = codecs.encode(np.zeros(RATE // 2, np.float32), RATE, "pcm16")
    with Store(data) as store:
        cid = store.create_conversation(system_prompt="Answer briefly.")
        for n, (audio_id, expires) in enumerate(
            [("audio_long_gone", int(time.time()) - 60), ("audio_unknown", int(time.time()) + 3000)]
        ):
            store.add_user_turn(cid, f"Question {n}")
            reply = store.begin_reply(cid, "alloy", "gpt-audio-1.5", "pcm16")
            store.append_reply_audio(reply, pcm)
            store.finish_reply(
                reply, audio_id=audio_id, expires_at=expires, usage=None,
                real_format="pcm16", transcript=f"Answer {n}.",
            )  # fmt: skip
    run = parley("ask", "--continue", "Say 'go on'")
    assert run.code == 0, run.err
    assert run.out == "go on\n"
    bodies = chat_bodies(demo_server)
    assert len(bodies) == 2, "the first try names the unknown id, the retry sends transcripts"
    assert bodies[0]["messages"][2] == {"role": "assistant", "content": "Answer 0."}
    assert bodies[0]["messages"][4] == {"role": "assistant", "audio": {"id": "audio_unknown"}}
    assert bodies[1]["messages"] == [
        {"role": "system", "content": "Answer briefly."},
        {"role": "user", "content": "Question 0"},
        {"role": "assistant", "content": "Answer 0."},
        {"role": "user", "content": "Question 1"},
        {"role": "assistant", "content": "Answer 1."},
        {"role": "user", "content": "Say 'go on'"},
    ]
    with Store(data) as store:
        turns = store.load_conversation(cid).turns
    assert turns[3].audio_id is None, "the lost id is forgotten, so it is not tried again"
    assert [t.text for t in turns[4:]] == ["Say 'go on'", "go on"]


def test_no_history_records_nothing_and_continue_problems_are_one_line(
    data: Path, demo_server: DemoServer, parley: Callable[..., Run]
) -> None:
    nothing = parley("ask", "--continue", "Say 'hello'")
    assert (nothing.code, nothing.out) == (1, "")
    assert nothing.err == "parley: there is no conversation in the history to continue\n"
    quiet = parley("ask", "Say 'off the record'", "--no-history")
    assert (quiet.code, quiet.out) == (0, "off the record\n")
    with Store(data) as store:
        assert store.list_conversations() == []
    assert parley("ask", "Say 'on the record'").code == 0
    missing = parley("ask", "--continue", "42", "Say 'hello'")
    assert missing.code == 1
    assert missing.err == "parley: There is no conversation 42 in the history.\n"
    both = parley("ask", "--continue", "soon", "Say 'hello'")
    assert both.code == 2 and "--continue takes a conversation id" in both.err
    # continuing without recording: the context is sent, the history is left as it was
    kept = parley("ask", "--continue", "--no-history", "Say 'aside'")
    assert kept.code == 0, kept.err
    sent = chat_bodies(demo_server)[-1]["messages"]
    assert [m["role"] for m in sent] == ["user", "assistant", "user"]
    with Store(data) as store:
        (only,) = store.list_conversations()
        assert only.turn_count == 2


def test_a_failed_ask_leaves_no_half_exchange_and_a_cut_one_is_kept_as_partial(
    data: Path, demo_server: DemoServer, parley: Callable[..., Run]
) -> None:
    demo_server.faults.status_code, demo_server.faults.status_times = 400, None
    failed = parley("ask", "Say 'never heard'")
    assert failed.code == 1
    with Store(data) as store:
        assert store.list_conversations() == []
    demo_server.faults.status_code = None
    demo_server.faults.drop_after = 2
    cut = parley("ask", "/long 4")
    assert cut.code == 1
    with Store(data) as store:
        (only,) = store.list_conversations()
        user, reply = store.load_conversation(only.id).turns
    assert user.text == "/long 4"
    assert reply.partial and reply.audio is not None
