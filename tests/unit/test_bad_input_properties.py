"""Random input never raises anything but Parley's own errors (Hypothesis): the stream decoder
and the reply parser on any bytes cut anywhere, the audio sniffers and decoder on any bytes, and
the command line's argument parsing and checks on any words."""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.audio import codecs, sniff
from app.cli import build_parser
from app.commands import ask, checks
from app.commands.ask_history import continue_target
from app.commands.connect import UsageProblem
from app.core import protocol, store_files
from app.core.errors import ParleyError
from app.core.sse import SSEDecoder

#: Derandomized: the same inputs every run (CI stays reproducible); raise max_examples to explore.
FAST = settings(
    max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)


def _feed(pieces: list[bytes]) -> list[bytes]:
    decoder = SSEDecoder()
    events: list[bytes] = []
    for piece in pieces:
        events.extend(decoder.feed(piece))
    return events


@FAST
@given(st.binary(max_size=2000), st.lists(st.integers(0, 2000), max_size=20))
def test_sse_decoder_takes_any_bytes_cut_anywhere(data: bytes, cuts: list[int]) -> None:
    bounds = sorted({0, len(data), *(c % (len(data) + 1) for c in cuts)})
    pieces = [data[a:b] for a, b in itertools.pairwise(bounds)]
    assert _feed(pieces) == _feed([data]), "where a read ends never changes the events"


_EVENT_LINES = st.sampled_from(
    [b"data: ", b"data:", b": keep-alive", b"event: x", b"id: 1", b"retry: 5", b"", b"data"]
)


@FAST
@given(
    st.lists(st.tuples(_EVENT_LINES, st.binary(max_size=40)), max_size=30),
    st.sampled_from([b"\n", b"\r\n", b"\r"]),
)
def test_sse_decoder_on_event_shaped_noise(lines: list[tuple[bytes, bytes]], end: bytes) -> None:
    data = end.join(head + tail.replace(b"\n", b"").replace(b"\r", b"") for head, tail in lines)
    _feed([data, end + end])


_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["choices", "delta", "audio", "data", "transcript", "id", "usage",
                         "error", "message", "content", "expires_at", "finish_reason", "x"]),
        inner, max_size=5),
    max_leaves=20,
)  # fmt: skip


@FAST
@given(
    st.lists(st.binary(max_size=200) | _JSONISH.map(lambda v: json.dumps(v).encode()), max_size=8)
)
def test_reply_parser_raises_only_parleys_errors(events: list[bytes]) -> None:
    parser = protocol.ReplyParser("gpt-audio-1.5")
    for data in events:
        try:
            parser.feed(data)
        except ParleyError:
            return


@FAST
@given(_JSONISH)
def test_a_whole_reply_of_any_shape_raises_only_parleys_errors(body: object) -> None:
    with contextlib.suppress(ParleyError):
        protocol.ReplyParser("gpt-audio-1.5").completion(body)


_MAGIC = st.sampled_from([b"", b"RIFF\x00\x00\x00\x00WAVEfmt ", b"fLaC", b"OggS", b"ID3",
                          b"\xff\xfb", b"\xff\xf3\x90", b"OpusHead", b"#!AMR"])  # fmt: skip


@FAST
@given(_MAGIC, st.binary(max_size=600))
def test_the_audio_sniffers_take_any_bytes(head: bytes, tail: bytes) -> None:
    data = head + tail
    assert isinstance(sniff.sniff(data), str)
    assert isinstance(codecs.sniff(data), str)
    store_files.strong_format(data)
    assert store_files.file_format("wav", data) in ("wav", "flac", "opus", "mp3")
    protocol.looks_like_mp3(data)
    protocol.real_format(data)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(_MAGIC, st.binary(max_size=400), st.sampled_from([None, "wav", "mp3", "pcm16", "flac"]))
def test_the_decoder_raises_only_codec_errors(head: bytes, tail: bytes, fmt: str | None) -> None:
    with contextlib.suppress(codecs.CodecError):
        codecs.decode(head + tail, fmt)


_WORDS = st.sampled_from(
    ["--timeout", "--continue", "-o", "--format", "--voice", "--stream", "--no-stream", "--json",
     "--system", "--audio", "--transcript-out", "--base-url", "nan", "inf", "-1", "0", "1e999",
     "9" * 25, "x.wav", "x", "", "\udcff", "\x1b[31m", "--", "-"]
) | st.text(max_size=12)  # fmt: skip


@FAST
@given(st.lists(_WORDS, max_size=8))
def test_ask_arguments_end_in_a_usage_message_or_a_plan(words: list[str]) -> None:
    parser = build_parser("ask")
    try:
        args = parser.parse_args(["ask", *words])
    except SystemExit as exc:
        assert exc.code == 2
        return
    for forbidden in ("audio", "system_file", "output", "transcript_out"):
        if getattr(args, forbidden, None) is not None:
            return  # these touch files: the table of CLI cases covers them
    try:
        continue_target(args.continue_id, args.prompt)
        ask.plan(args)
    except (UsageProblem, ValueError):
        pass


@FAST
@given(st.lists(_WORDS, max_size=6))
def test_history_and_export_arguments_parse_or_say_why(words: list[str]) -> None:
    for command in ("history", "export"):
        try:
            build_parser(command).parse_args([command, *words])
        except SystemExit as exc:
            assert exc.code in (0, 2)


@FAST
@given(st.text())
def test_number_checks_raise_only_argument_errors(text: str) -> None:
    for check in (checks.seconds, checks.row_id):
        try:
            value = check(text)
        except argparse.ArgumentTypeError:
            continue
        assert value > 0
    checks.not_utf8(text, "prompt")


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


@FAST
@given(st.text(alphabet=st.characters(codec=None), max_size=80))
def test_printable_text_has_no_control_characters(text: str) -> None:
    shown = checks.printable(text)
    assert not _CONTROL.search(shown)
    assert not _CONTROL.search(checks.one_line(text)) and "\n" not in checks.one_line(text)
    shown.encode("utf-8")


@pytest.mark.parametrize("text", ["plain", "tab\there", "line\nbreak", "émoji 🎙"])
def test_printable_keeps_ordinary_text(text: str) -> None:
    assert checks.printable(text) == text
