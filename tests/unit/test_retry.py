"""Retry rules copied from the official SDK: which answers are retried and how long to wait."""

from __future__ import annotations

import email.utils
import time

import pytest

from app.core.retry import RetryPolicy, retry_after

POLICY = RetryPolicy()


@pytest.mark.parametrize(
    ("status", "retried"),
    [
        (408, True),
        (409, True),
        (429, True),
        (500, True),
        (503, True),
        (400, False),
        (401, False),
        (403, False),
        (404, False),
        (422, False),
    ],
)
def test_which_statuses_are_retried(status: int, retried: bool) -> None:
    assert POLICY.should_retry(status, {}) is retried


def test_the_server_can_say_yes_or_no() -> None:
    assert POLICY.should_retry(400, {"x-should-retry": "true"})
    assert not POLICY.should_retry(503, {"x-should-retry": "false"})
    assert not POLICY.should_retry(429, {"retry-after": "121"})  # longer than two minutes
    assert POLICY.should_retry(429, {"retry-after": "120"})


def test_backoff_with_jitter_is_capped() -> None:
    for retries_done, full in [(0, 0.5), (1, 1.0), (2, 2.0), (4, 8.0), (10, 8.0)]:
        waits = [POLICY.delay(retries_done) for _ in range(200)]
        assert all(0.75 * full <= w <= full for w in waits)
        assert max(waits) - min(waits) > 0.05 * full  # jitter, not a constant


def test_retry_after_headers() -> None:
    assert retry_after({"retry-after-ms": "250", "retry-after": "9"}) == 0.25
    assert retry_after({"retry-after": "1.5"}) == 1.5
    soon = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert retry_after({"retry-after": soon}) == pytest.approx(30, abs=2)
    assert retry_after({"retry-after": "whenever"}) is None
    assert retry_after({}) is None
    assert POLICY.delay(0, {"retry-after-ms": "20"}) == 0.02
    assert POLICY.delay(0, {"retry-after": "7"}) == 7.0
    # zero, negative and over-long waits fall back to the backoff
    for value in ("0", "-3", "500"):
        assert 0.375 <= POLICY.delay(0, {"retry-after": value}) <= 0.5
