"""The voice audition runner and its export, against the demo server over real HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.audio import codecs
from app.audio.export import ExportError
from app.core.audition import (
    EXACT_INSTRUCTIONS,
    AuditionRunner,
    AuditionSpec,
    Row,
    SpecProblem,
    Status,
    diff_summary,
    differs,
    word_diff,
)
from app.core.audition_export import export_rows, pattern_problem
from app.core.client import ChatClient
from app.core.store import Store
from app.demo.server import DemoServer

TEXT = "Parley compares voices, one after another."
PREVIEW = "gpt-4o-audio-preview"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "data") as opened:
        yield opened


def posts(server: DemoServer) -> list[dict]:
    return [b for m, p, b in server.requests if m == "POST" and p.endswith("/chat/completions")]


async def until(condition: Callable[[], bool]) -> None:
    for _ in range(1000):
        if condition():
            return
        await asyncio.sleep(0.01)
    pytest.fail("timed out")


def by_voice(rows: list[Row]) -> dict[str, Row]:
    return {r.voice: r for r in rows}


# --------------------------------------------------------------------------- word diff


def test_word_diff_ignores_case_and_punctuation_and_shows_changes() -> None:
    assert not differs(word_diff("Hello, world.", "hello world"))
    assert diff_summary(word_diff("Hello, world.", "Hello world!")) == "as asked"
    pieces = word_diff("the quick brown fox", "the quick red fox jumps")
    assert [(p.kind, p.text) for p in pieces] == [
        ("same", "the quick"),
        ("missing", "brown"),
        ("added", "red"),
        ("same", "fox"),
        ("added", "jumps"),
    ]
    assert diff_summary(pieces) == "differs: -brown +red +jumps"
    assert diff_summary(word_diff("one two", "")) == "differs: -one two"


def test_spec_refuses_what_cannot_be_run() -> None:
    with pytest.raises(SpecProblem, match="text"):
        AuditionSpec("  ", ("alloy",))
    with pytest.raises(SpecProblem, match="voice"):
        AuditionSpec(TEXT, (" ",))
    with pytest.raises(SpecProblem, match="model"):
        AuditionSpec(TEXT, ("alloy",), models=())
    with pytest.raises(SpecProblem, match="between 1 and"):
        AuditionSpec(TEXT, ("alloy",), concurrency=0)
    spec = AuditionSpec(TEXT, ("alloy", "ash", "alloy"), models=("m1", "m2"))
    assert spec.pairs() == [("alloy", "m1"), ("ash", "m1"), ("alloy", "m2"), ("ash", "m2")]
    assert "verbatim" in spec.instructions
    assert AuditionSpec(TEXT, ("alloy",), exact=False).instructions == ""


# --------------------------------------------------------------------------- runs


@pytest.mark.asyncio
async def test_rows_then_cached_second_run_then_fresh(
    demo_server: DemoServer, store: Store
) -> None:
    spec = AuditionSpec(TEXT, ("alloy", "sage", "verse"), models=(PREVIEW,), format="wav")
    seen: list[tuple[str, Status]] = []
    async with ChatClient(demo_server.url, None) as client:
        runner = AuditionRunner(
            client, store.clips, listener=lambda r: seen.append((r.voice, r.status))
        )
        rows = by_voice(await runner.run(spec))
        assert rows["alloy"].status == rows["sage"].status == Status.DONE
        for voice in ("alloy", "sage"):
            row = rows[voice]
            assert row.transcript == TEXT and not differs(row.diff)
            assert row.audio is not None and row.audio.path is not None  # kept in the cache
            decoded = codecs.decode(row.audio.read_bytes())
            assert decoded.duration > 1.0 and row.duration == pytest.approx(decoded.duration, 0.01)
        failed = rows["verse"]
        assert failed.status == Status.FAILED and failed.audio is None
        assert "Voice 'verse' is not supported by model" in failed.error
        assert ("alloy", Status.REQUESTING) in seen and ("alloy", Status.DONE) in seen
        bodies = posts(demo_server)
        assert len(bodies) == 3
        system = {"role": "system", "content": EXACT_INSTRUCTIONS}
        assert all(b["messages"][0] == system for b in bodies)
        assert {b["audio"]["voice"] for b in bodies} == {"alloy", "sage", "verse"}

        again = by_voice(await runner.run(spec))
        assert again["alloy"].status == again["sage"].status == Status.CACHED
        assert again["alloy"].transcript == TEXT and again["alloy"].duration > 1.0
        assert again["verse"].status == Status.FAILED  # failures are never cached: asked again
        assert len(posts(demo_server)) == 4
        assert posts(demo_server)[-1]["audio"]["voice"] == "verse"

        fresh = by_voice(await runner.run(spec, fresh=True))
        assert fresh["alloy"].status == Status.DONE
        assert len(posts(demo_server)) == 7
    assert len(store.clips.history()) == 2


@pytest.mark.asyncio
async def test_the_cache_key_holds_format_text_mode_and_endpoint(
    demo_server: DemoServer, store: Store
) -> None:
    async with ChatClient(demo_server.url, None) as client:
        runner = AuditionRunner(client, store.clips)
        await runner.run(AuditionSpec(TEXT, ("ash",), format="mp3"))
        assert len(posts(demo_server)) == 1
        for changed in (
            AuditionSpec(TEXT, ("ash",), format="flac"),
            AuditionSpec(TEXT + " Again.", ("ash",), format="mp3"),
            AuditionSpec(TEXT, ("ash",), format="mp3", exact=False),
        ):
            rows = await runner.run(changed)
            assert rows[0].status == Status.DONE
        assert len(posts(demo_server)) == 4
    with DemoServer() as other:
        async with ChatClient(other.url, None) as client:
            rows = await AuditionRunner(client, store.clips).run(
                AuditionSpec(TEXT, ("ash",), format="mp3")
            )
            assert rows[0].status == Status.DONE and len(posts(other)) == 1


@pytest.mark.asyncio
async def test_normal_prompt_mode_shows_where_the_words_differ(demo_server: DemoServer) -> None:
    async with ChatClient(demo_server.url, None) as client:
        rows = await AuditionRunner(client).run(
            AuditionSpec("Tell me a joke", ("coral",), exact=False, format="opus")
        )
    row = rows[0]
    assert row.status == Status.DONE and "ladder" in row.transcript
    assert differs(row.diff) and any(p.kind == "added" and "ladder" in p.text for p in row.diff)
    assert row.audio is not None and row.audio.data is not None  # no cache: kept in memory
    assert codecs.sniff(row.audio.data) == "opus"
    body = posts(demo_server)[0]
    assert [m["role"] for m in body["messages"]] == ["user"]


@pytest.mark.asyncio
async def test_pcm16_rows_stream_and_report_progress(demo_server: DemoServer, store: Store) -> None:
    progress: list[float] = []
    async with ChatClient(demo_server.url, None) as client:
        runner = AuditionRunner(client, store.clips, listener=lambda r: progress.append(r.received))
        rows = await runner.run(AuditionSpec(TEXT, ("echo",), format="pcm16"))
    assert rows[0].status == Status.DONE and rows[0].transcript == TEXT
    assert posts(demo_server)[0]["stream"] is True
    assert max(progress) == pytest.approx(rows[0].duration, abs=0.05)
    assert rows[0].audio is not None and rows[0].audio.format == "pcm16"


@pytest.mark.asyncio
async def test_concurrency_is_bounded(demo_server: DemoServer) -> None:
    demo_server.faults.latency = 0.3
    running: set[int] = set()
    most = 0

    def watch(row: Row) -> None:
        nonlocal most
        if row.status == Status.REQUESTING:
            running.add(row.index)
        else:
            running.discard(row.index)
        most = max(most, len(running))

    voices = ("alloy", "ash", "ballad", "coral", "echo")
    async with ChatClient(demo_server.url, None) as client:
        rows = await AuditionRunner(client, listener=watch).run(
            AuditionSpec(TEXT, voices, concurrency=2)
        )
    assert [r.status for r in rows] == [Status.DONE] * 5
    assert most == 2


@pytest.mark.asyncio
async def test_cancel_all_and_retry_one_row(demo_server: DemoServer, store: Store) -> None:
    demo_server.faults.latency = 5.0
    async with ChatClient(demo_server.url, None) as client:
        runner = AuditionRunner(client, store.clips)
        rows = runner.start(AuditionSpec(TEXT, ("alloy", "ash", "nova"), concurrency=2))
        await until(lambda: len(posts(demo_server)) == 2)  # both wait out the latency
        # two at a time; which two depends on which cache look-up returns first
        statuses = sorted(r.status for r in rows)
        assert statuses == [Status.QUEUED, Status.REQUESTING, Status.REQUESTING]
        runner.cancel_all()
        await runner.wait()
        assert [r.status for r in rows] == [Status.CANCELLED] * 3
        assert all(r.error == "Stopped." for r in rows) and store.clips.history() == []

        demo_server.faults.latency = 0.0
        demo_server.faults.status_code, demo_server.faults.status_times = 400, 1
        runner.start(AuditionSpec(TEXT, ("fable",)))
        await runner.wait()
        assert runner.rows[0].status == Status.FAILED
        assert runner.rows[0].error.startswith("The server refused the request")
        runner.retry(0)
        await runner.wait()
        assert runner.rows[0].status == Status.DONE and runner.rows[0].transcript == TEXT


# --------------------------------------------------------------------------- export


@pytest.mark.asyncio
async def test_export_rows_in_a_format_with_a_transcript_file(
    demo_server: DemoServer, store: Store, tmp_path: Path
) -> None:
    async with ChatClient(demo_server.url, None) as client:
        rows = await AuditionRunner(client, store.clips).run(
            AuditionSpec(TEXT, ("alloy", "verse"), models=("gpt-audio-1.5", PREVIEW))
        )
    out = tmp_path / "out"
    out.mkdir()
    result = export_rows(rows, out, text=TEXT, fmt="mp3")
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "alloy-gpt-4o-audio-preview.mp3",
        "alloy-gpt-audio-1.5.mp3",
        "transcripts.txt",
        "verse-gpt-audio-1.5.mp3",
    ]
    assert result.problems == [] and len(result.files) == 3
    for path in result.files.values():
        data = path.read_bytes()
        assert codecs.sniff(data) == "mp3" and codecs.decode(data).duration > 1.0
    transcript = (out / "transcripts.txt").read_text()
    assert transcript.startswith(f"Text asked: {TEXT}")
    assert "verse-gpt-audio-1.5.mp3 (verse, gpt-audio-1.5" in transcript
    assert "as asked" in transcript

    again = export_rows(rows[:1], out, text=TEXT, fmt="original", pattern="{n}_{voice}")
    assert [p.name for p in again.files.values()] == ["1_alloy.wav"]
    third = export_rows(rows[:1], out, text=TEXT, fmt="original", pattern="{n}_{voice}")
    assert [p.name for p in third.files.values()] == ["1_alloy (2).wav"]

    assert pattern_problem("{voice}-{speed}.{ext}") is not None
    assert pattern_problem("{voice") is not None
    with pytest.raises(ExportError, match="same name"):
        export_rows(rows, out, text=TEXT, pattern="{voice}.{ext}")
