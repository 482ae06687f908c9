"""ChatClient against the demo server over real HTTP: formats, both stream modes, every fault."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import time
from collections.abc import AsyncIterator

import httpx
import pytest
import pytest_asyncio

from app.audio import codecs
from app.core.client import ChatClient, Timeouts
from app.core.conversation import Audio, Turn
from app.core.errors import (
    AccessDenied,
    AuthError,
    BadRequest,
    InsecureEndpoint,
    MalformedResponse,
    ModelNotFound,
    NetworkError,
    RateLimited,
    RequestTimeout,
    ServerError,
    StreamCut,
)
from app.core.events import AudioDelta, ChatRequest, Notice
from app.core.reply import Reply
from app.core.retry import RetryPolicy
from app.demo.server import DemoServer

KEY = "sk-test-parley-0123456789"
FAST = RetryPolicy(initial_delay=0.01, max_delay=0.05)
JOKE = "Tell me a joke"
SHORT = "Say 'a short reply'"


def ask(
    text: str = JOKE, *, fmt: str = "pcm16", stream: bool | None = None, **kw: object
) -> ChatRequest:
    return ChatRequest(
        turns=[Turn("user", text)],
        format=fmt,
        stream=fmt == "pcm16" if stream is None else stream,
        **kw,  # type: ignore[arg-type]
    )


def posts(server: DemoServer) -> list[dict]:
    return [body for method, path, body in server.requests if path.endswith("/chat/completions")]


@pytest_asyncio.fixture
async def client(demo_server: DemoServer) -> AsyncIterator[ChatClient]:
    async with ChatClient(demo_server.url, None, retry=FAST) as c:
        yield c


def assert_speech(reply: Reply, fmt: str) -> None:
    assert reply.format == fmt
    decoded = codecs.decode(reply.audio, fmt)
    assert decoded.duration > 1.0
    assert reply.duration() == pytest.approx(decoded.duration, abs=0.1)
    assert float(abs(decoded.samples).max()) > 0.05  # speech, not silence


# --------------------------------------------------------------------------- the happy path


@pytest.mark.asyncio
@pytest.mark.parametrize("fmt", ["wav", "mp3", "flac", "opus", "pcm16"])
async def test_whole_reply_in_every_format(
    client: ChatClient, demo_server: DemoServer, fmt: str
) -> None:
    reply = await client.complete(ask(fmt=fmt, stream=False))
    assert_speech(reply, fmt)
    assert "ladder" in reply.transcript
    assert reply.audio_id and reply.audio_id.startswith("audio_")
    assert reply.expires_at and reply.expires_at > time.time()
    assert reply.usage is not None and reply.usage.completion_audio_tokens > 0
    assert not reply.partial
    body = posts(demo_server)[-1]
    assert body["audio"] == {"voice": "alloy", "format": fmt}
    assert "stream" not in body


@pytest.mark.asyncio
async def test_streamed_reply_events_and_request(
    client: ChatClient, demo_server: DemoServer
) -> None:
    async with client.chat(ask(system_prompt="Be cheerful.", voice="coral")) as stream:
        events = [event async for event in stream]
    reply = stream.reply
    assert reply is not None
    assert_speech(reply, "pcm16")
    assert sum(isinstance(e, AudioDelta) for e in events) > 1
    assert b"".join(e.data for e in events if isinstance(e, AudioDelta)) == reply.audio
    assert reply.usage is not None and reply.expires_at is not None
    body = posts(demo_server)[-1]
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert body["messages"][0] == {"role": "system", "content": "Be cheerful."}
    assert body["audio"]["voice"] == "coral"


@pytest.mark.asyncio
async def test_custom_voice_id_is_sent_as_an_object(
    client: ChatClient, demo_server: DemoServer
) -> None:
    reply = await client.complete(ask("who are you", voice="voice_parley_demo"))
    assert posts(demo_server)[-1]["audio"]["voice"] == {"id": "voice_parley_demo"}
    assert "custom" in reply.transcript
    with pytest.raises(BadRequest) as caught:
        await client.complete(ask(voice="voice_unknown"))
    assert "voice_unknown" in caught.value.user_message


@pytest.mark.asyncio
async def test_history_by_reference_and_recorded_input(
    client: ChatClient, demo_server: DemoServer
) -> None:
    first = await client.complete(ask())
    recording = codecs.encode(codecs.decode(first.audio, "pcm16").samples, 24_000, "wav")
    turns = [
        Turn("user", JOKE),
        first.to_turn(),
        Turn("user", "", audio=Audio("wav", data=recording)),
    ]
    second = await client.complete(ChatRequest(turns=turns))
    sent = posts(demo_server)[-1]["messages"]
    assert sent[1] == {"role": "assistant", "audio": {"id": first.audio_id}}
    assert sent[2]["content"][0]["input_audio"]["format"] == "wav"
    assert "I heard" in second.transcript


@pytest.mark.asyncio
async def test_expired_audio_id_is_retried_once_with_transcripts() -> None:
    with DemoServer(audio_ttl=0.2) as server:
        async with ChatClient(server.url, None, retry=FAST) as client:
            first = await client.complete(ask())
            turn = first.to_turn()
            turn.expires_at = int(time.time()) + 3600  # we believe it is valid; the server forgot
            await asyncio.sleep(0.4)
            second = await client.complete(
                ChatRequest(turns=[Turn("user", JOKE), turn, Turn("user", "hello")])
            )
        bodies = posts(server)
    assert second.transcript and second.audio
    assert bodies[-2]["messages"][1] == {"role": "assistant", "audio": {"id": first.audio_id}}
    assert bodies[-1]["messages"][1] == {"role": "assistant", "content": first.transcript}
    assert turn.expires_at == 0 and not turn.audio_reference_valid()


@pytest.mark.asyncio
async def test_list_models(client: ChatClient) -> None:
    models = await client.list_models()
    assert "gpt-audio-1.5" in models and models == sorted(models)


@pytest.mark.asyncio
async def test_shared_http_client_is_used_and_left_open(demo_server: DemoServer) -> None:
    async with httpx.AsyncClient() as http:
        client = ChatClient(demo_server.url, None, http=http)
        await client.complete(ask("hello"))
        await client.list_models()
        await client.aclose()
        assert not http.is_closed
        # still usable by its owner
        assert (await http.get(demo_server.url + "/models")).status_code == 200


# ------------------------------------------------------------------ faults the client survives


@pytest.mark.asyncio
@pytest.mark.parametrize(
    "fault",
    [
        {"keepalive": True},
        {"crlf": True},
        {"split_events": 7},
        {"keepalive": True, "crlf": True, "split_events": 3},
    ],
)
async def test_stream_framing_faults_give_the_same_reply(
    client: ChatClient, demo_server: DemoServer, fault: dict
) -> None:
    clean = await client.complete(ask(SHORT))
    for name, value in fault.items():
        setattr(demo_server.faults, name, value)
    faulty = await client.complete(ask(SHORT))
    assert faulty.transcript == clean.transcript
    assert faulty.audio == clean.audio
    assert faulty.expires_at is not None and faulty.usage == clean.usage


@pytest.mark.asyncio
@pytest.mark.parametrize("stream", [True, False])
async def test_words_in_content(client: ChatClient, demo_server: DemoServer, stream: bool) -> None:
    clean = await client.complete(ask(stream=stream))
    demo_server.faults.transcript_in_content = True
    reply = await client.complete(ask(stream=stream))
    assert reply.transcript == clean.transcript
    assert reply.audio == clean.audio


@pytest.mark.asyncio
async def test_bare_audio_chunks(client: ChatClient, demo_server: DemoServer) -> None:
    clean = await client.complete(ask())
    demo_server.faults.bare_audio = True
    reply = await client.complete(ask())
    assert reply.audio == clean.audio and reply.transcript == clean.transcript
    assert reply.audio_id is None and reply.expires_at is None


@pytest.mark.asyncio
async def test_raw_pcm_sent_for_wav_is_sniffed(client: ChatClient, demo_server: DemoServer) -> None:
    demo_server.faults.pcm_for_wav = True
    reply = await client.complete(ask(fmt="wav", stream=False))
    assert reply.requested_format == "wav"
    assert_speech(reply, "pcm16")


@pytest.mark.asyncio
async def test_one_broken_event_is_skipped(client: ChatClient, demo_server: DemoServer) -> None:
    clean = await client.complete(ask())
    demo_server.faults.malformed_json = True
    async with client.chat(ask()) as stream:
        notices = [e async for e in stream if isinstance(e, Notice)]
    assert len(notices) == 1 and "skipped" in notices[0].message
    assert stream.reply is not None and stream.reply.audio and stream.reply.notices
    assert stream.reply.transcript in clean.transcript


@pytest.mark.asyncio
@pytest.mark.parametrize("status", [429, 500, 502, 503, 408, 409])
async def test_retryable_status_then_success(
    client: ChatClient, demo_server: DemoServer, status: int
) -> None:
    demo_server.faults.status_code, demo_server.faults.status_times = status, 2
    reply = await client.complete(ask())
    assert reply.audio and len(posts(demo_server)) == 3


@pytest.mark.asyncio
async def test_retry_after_headers_are_honoured(demo_server: DemoServer) -> None:
    faults = demo_server.faults
    faults.status_code, faults.status_times, faults.retry_after_ms = 429, 1, 50
    slow = RetryPolicy(initial_delay=30.0)  # the backoff would be 30 s; the header says 0.05 s
    async with ChatClient(demo_server.url, None, retry=slow) as client:
        assert (await client.complete(ask())).audio
        faults.status_code, faults.status_times, faults.retry_after_ms = 503, 1, None
        faults.retry_after = email.utils.formatdate(time.time() + 1, usegmt=True)
        assert (await client.complete(ask())).audio
    assert len(posts(demo_server)) == 4


# ------------------------------------------------------------------ faults that fail, typed


@pytest.mark.asyncio
async def test_server_error_after_two_retries(client: ChatClient, demo_server: DemoServer) -> None:
    demo_server.faults.status_code, demo_server.faults.status_times = 500, None
    with pytest.raises(ServerError) as caught:
        await client.complete(ask())
    assert len(posts(demo_server)) == 3
    assert caught.value.status == 500 and "server had a problem" in caught.value.user_message


@pytest.mark.asyncio
async def test_rate_limit_asking_for_too_long_a_wait_is_not_retried(
    client: ChatClient, demo_server: DemoServer
) -> None:
    faults = demo_server.faults
    faults.status_code, faults.status_times, faults.retry_after = 429, None, "600"
    with pytest.raises(RateLimited) as caught:
        await client.complete(ask())
    assert len(posts(demo_server)) == 1
    assert caught.value.code == "rate_limit_exceeded"
    assert "Rate limit reached" in caught.value.user_message


@pytest.mark.asyncio
@pytest.mark.parametrize(
    ("status", "kind", "words"),
    [
        (400, BadRequest, "refused"),
        (403, AccessDenied, "no access"),
        (404, ModelNotFound, "does not exist on this endpoint"),
    ],
)
async def test_client_errors_are_not_retried(
    client: ChatClient, demo_server: DemoServer, status: int, kind: type, words: str
) -> None:
    demo_server.faults.status_code, demo_server.faults.status_times = status, None
    with pytest.raises(kind) as caught:
        await client.complete(ask())
    assert len(posts(demo_server)) == 1
    assert words in caught.value.user_message


@pytest.mark.asyncio
async def test_unknown_voice_and_model_carry_the_servers_words(client: ChatClient) -> None:
    with pytest.raises(BadRequest) as caught:
        await client.complete(ask(voice="robot"))
    err = caught.value
    assert (err.status, err.param, err.code) == (400, "audio.voice", "invalid_value")
    assert "Invalid value: 'robot'" in err.user_message
    with pytest.raises(ModelNotFound) as denied:
        await client.complete(ask(model="gpt-nope"))
    assert "gpt-nope" in denied.value.user_message


@pytest.mark.asyncio
async def test_wrong_key_never_shows_the_key(
    keyed_demo_server: DemoServer, caplog: pytest.LogCaptureFixture
) -> None:
    wrong = "sk-wrong-key-abcdefghijklmnopqrstuvwxyz"
    caplog.set_level(logging.DEBUG)
    async with ChatClient(keyed_demo_server.url, wrong, retry=FAST) as client:
        assert wrong not in repr(client)
        with pytest.raises(AuthError) as caught:
            await client.complete(ask())
    err = caught.value
    texts = [str(err), repr(err), err.user_message, *(r.getMessage() for r in caplog.records)]
    cause: BaseException | None = err
    while cause is not None:
        texts += [str(cause), repr(cause), repr(getattr(cause, "args", ""))]
        cause = cause.__cause__ or cause.__context__
    for text in texts:
        assert wrong not in text and wrong[:12] not in text and wrong[-4:] + "." not in text
    assert "API key" in err.user_message
    async with ChatClient(keyed_demo_server.url, KEY) as good:
        assert (await good.complete(ask())).audio


@pytest.mark.asyncio
async def test_stream_cut_keeps_what_arrived(client: ChatClient, demo_server: DemoServer) -> None:
    demo_server.faults.drop_after = 3
    with pytest.raises(StreamCut) as caught:
        await client.complete(ask())
    partial = caught.value.partial
    assert partial is not None and partial.partial
    assert partial.format == "pcm16" and partial.duration() > 0.5
    assert "cut off after" in caught.value.user_message
    assert len(posts(demo_server)) == 1  # never retried once the body has started


@pytest.mark.asyncio
async def test_whole_reply_cut_in_half(client: ChatClient, demo_server: DemoServer) -> None:
    demo_server.faults.drop_after = 0
    with pytest.raises(StreamCut, match="before the whole reply arrived"):
        await client.complete(ask(fmt="wav", stream=False))
    assert len(posts(demo_server)) == 3  # as the SDK does: a non-streamed read is retried


@pytest.mark.asyncio
async def test_a_stream_held_open_after_done_is_not_waited_for(
    client: ChatClient, demo_server: DemoServer
) -> None:
    """A proxy that keeps the body open after [DONE]: the reply is complete at [DONE], and the
    client stops reading shortly after instead of waiting 30 s for the body's end."""
    demo_server.faults.linger_after_done = 30.0
    reply = await asyncio.wait_for(client.complete(ask()), timeout=15)
    assert reply.transcript and not reply.partial
    assert_speech(reply, "pcm16")


@pytest.mark.asyncio
async def test_error_event_inside_the_stream(client: ChatClient, demo_server: DemoServer) -> None:
    demo_server.faults.error_event_after = 2
    with pytest.raises(ServerError) as caught:
        await client.complete(ask())
    assert caught.value.partial is not None and caught.value.partial.audio
    assert "server had a problem" in caught.value.user_message


@pytest.mark.asyncio
@pytest.mark.parametrize("stream", [True, False])
async def test_bad_base64(client: ChatClient, demo_server: DemoServer, stream: bool) -> None:
    demo_server.faults.bad_base64 = True
    with pytest.raises(MalformedResponse, match="base64"):
        await client.complete(ask(stream=stream))


@pytest.mark.asyncio
async def test_cut_json_body(client: ChatClient, demo_server: DemoServer) -> None:
    demo_server.faults.malformed_json = True
    with pytest.raises(MalformedResponse, match="not valid JSON"):
        await client.complete(ask(fmt="mp3", stream=False))


@pytest.mark.asyncio
async def test_timeout_waiting_for_the_answer(demo_server: DemoServer) -> None:
    demo_server.faults.latency = 2.0
    async with ChatClient(demo_server.url, None, timeout=Timeouts(read=0.2), retry=FAST) as client:
        with pytest.raises(RequestTimeout) as caught:
            await client.complete(ask())
    assert "did not answer within 0.2 s" in caught.value.user_message
    assert len(posts(demo_server)) == 2, "a third try would stretch the wait past twice 0.2 s"


@pytest.mark.asyncio
async def test_network_down() -> None:
    server = DemoServer()
    server.start()
    url = server.url
    server.stop()
    async with ChatClient(url, KEY, retry=FAST) as client:
        with pytest.raises(NetworkError) as caught:
            await client.complete(ask())
    assert "refused" in caught.value.user_message and KEY not in str(caught.value)


def test_key_never_goes_over_plain_http_to_another_host() -> None:
    with pytest.raises(InsecureEndpoint) as caught:
        ChatClient("http://api.example.com/v1", KEY)
    assert "https" in caught.value.user_message and KEY not in caught.value.user_message
    ChatClient("http://localhost:9/v1", KEY)  # this computer is fine
    ChatClient("http://[::1]:9/v1", KEY)
    ChatClient("http://api.example.com/v1", None)  # no key, nothing to leak


@pytest.mark.asyncio
async def test_cancel_closes_the_connection_at_once() -> None:
    with DemoServer(realtime=True) as server:
        transport = httpx.AsyncHTTPTransport()
        async with httpx.AsyncClient(transport=transport) as http:
            client = ChatClient(server.url, None, http=http)
            got_audio = asyncio.Event()
            stream = client.chat(ask("/long 60"))

            async def consume() -> None:
                async with stream:
                    async for event in stream:
                        if isinstance(event, AudioDelta):
                            got_audio.set()
                            await asyncio.sleep(30)  # say, feeding a player: cancelled here

            task = asyncio.create_task(consume())
            await asyncio.wait_for(got_audio.wait(), 10)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            pool = transport._pool
            assert all(conn.is_closed() for conn in pool.connections)
            assert 0 < stream.partial_reply().duration() < 60
