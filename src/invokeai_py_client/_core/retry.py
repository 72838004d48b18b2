"""When to retry a request and how long to wait first (I/O-free; both twins' transports ask it).

As in the OpenAI SDK: exponential backoff from 0.5 s doubling up to 8 s with jitter, a server's
``Retry-After`` / ``retry-after-ms`` wins (an unreadable one counts as absent), and a request that
may have reached the server is retried only when it is idempotent and its body can be sent again.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import httpx

from .constants import (
    IDEMPOTENT_METHODS,
    INITIAL_RETRY_DELAY_S,
    LOGGER_NAME,
    MAX_RETRY_AFTER_S,
    MAX_RETRY_DELAY_S,
    RETRY_STATUSES,
)

# A request carrying this extension is sent once (health probes must answer quickly).
NO_RETRY_EXTENSION = "invokeai_no_retry"
# A request carrying this extension has its body read by the caller (streamed to a file), which
# retries and translates errors itself; every other body is read inside the retry boundary.
STREAMED_EXTENSION = "invokeai_streamed"

logger = logging.getLogger(LOGGER_NAME)

# Failures that prove the request never reached the server: safe to retry for any method.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


@dataclass(frozen=True)
class RetryPolicy:
    """When to retry and how long to wait (exponential backoff with jitter, Retry-After wins)."""

    max_retries: int
    initial_delay: float = INITIAL_RETRY_DELAY_S
    max_delay: float = MAX_RETRY_DELAY_S
    jitter: Callable[[], float] = field(default=random.random, repr=False)
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)

    def retry_after_error(self, request: httpx.Request, exc: Exception, attempt: int) -> bool:
        if attempt >= self._limit(request):
            return False
        if isinstance(exc, _NEVER_SENT):
            return True
        return request.method in IDEMPOTENT_METHODS and _body_is_replayable(request)

    def retry_after_status(
        self, request: httpx.Request, response: httpx.Response, attempt: int
    ) -> bool:
        if attempt >= self._limit(request) or response.status_code not in RETRY_STATUSES:
            return False
        if request.method not in IDEMPOTENT_METHODS:
            return False
        retry_after = _retry_after_seconds(response.headers)
        return retry_after is None or retry_after <= MAX_RETRY_AFTER_S

    def _limit(self, request: httpx.Request) -> int:
        return 0 if request.extensions.get(NO_RETRY_EXTENSION) else self.max_retries

    def delay(self, attempt: int, response: httpx.Response | None = None) -> float:
        if response is not None:
            retry_after = _retry_after_seconds(response.headers)
            if retry_after is not None:
                return max(0.0, retry_after)
        backoff = min(self.initial_delay * 2.0**attempt, self.max_delay)
        # Jitter: wait 75-100 % of the backoff, so that clients do not retry in lockstep.
        return backoff * (1 - 0.25 * self.jitter())


def _body_is_replayable(request: httpx.Request) -> bool:
    return isinstance(request.stream, httpx.ByteStream)


def _retry_after_seconds(headers: Mapping[str, str]) -> float | None:
    value = headers.get("retry-after-ms")
    if value:
        try:
            return float(value) / 1000
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    # Neither seconds nor an HTTP date (e.g. "soon"): treated as absent, so backoff decides.
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        return None
    return max(0.0, parsed.timestamp() - time.time())


def log_retry(
    request: httpx.Request, attempt: int, policy: RetryPolicy, why: str, delay: float
) -> None:
    logger.debug(
        "retrying %s %s in %.2f s (retry %d of %d) after %s",
        request.method,
        request.url,
        delay,
        attempt + 1,
        policy.max_retries,
        why,
    )
