"""When and how long to wait before trying a request again: the official OpenAI SDK's rules.

Retried: 408, 409, 429 and >= 500 answers (unless ``x-should-retry`` says otherwise, or the server
asks for a wait over two minutes), connection errors and timeouts; at most ``max_retries`` times.
Wait: ``retry-after-ms``, else ``retry-after`` (seconds or an HTTP date) when it is in (0, 120] s;
else min(0.5 * 2**n, 8) s minus up to 25 % jitter. Nothing is retried once a stream's body has
started (the client's job).
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass

RETRYABLE_STATUS = frozenset({408, 409, 429})


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 120.0

    def should_retry(self, status: int, headers: Mapping[str, str]) -> bool:
        """Whether an error answer is worth trying again."""
        wait = retry_after(headers)
        if wait is not None and math.isfinite(wait) and wait > self.max_retry_after:
            return False
        hint = headers.get("x-should-retry")
        if hint == "true":
            return True
        if hint == "false":
            return False
        return status in RETRYABLE_STATUS or status >= 500

    def delay(self, retries_done: int, headers: Mapping[str, str] | None = None) -> float:
        """Seconds to wait before retry number ``retries_done + 1``."""
        if headers is not None:
            wait = retry_after(headers)
            if wait is not None and math.isfinite(wait) and 0 < wait <= self.max_retry_after:
                return wait
        backoff = min(self.initial_delay * 2.0 ** min(retries_done, 1000), self.max_delay)
        return max(backoff * (1 - 0.25 * random.random()), 0.0)


def retry_after(headers: Mapping[str, str]) -> float | None:
    """The wait a server asks for, in seconds: ``retry-after-ms``, then ``retry-after``."""
    for name, divisor in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            return float(value) / divisor
        except ValueError:
            continue
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_tz(value)
        if parsed is None:
            return None
        return float(email.utils.mktime_tz(parsed) - time.time())
    except (TypeError, ValueError, OverflowError):
        return None
