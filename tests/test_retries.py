"""Retries with backoff, against a local loopback HTTP server that fails, then succeeds."""

from __future__ import annotations

import http.server
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import httpx
import pytest

from invokeai_py_client import APIConnectionError, InternalServerError, InvokeAIClient
from invokeai_py_client._core.retry import RetryPolicy


@dataclass
class Script:
    """Statuses the server answers with, in order; the last one repeats."""

    statuses: list[int]
    retry_after: str | None = None
    hits: list[str] = field(default_factory=list)


class _Handler(http.server.BaseHTTPRequestHandler):
    script: Script

    def _answer(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        if length:
            self.rfile.read(length)
        self.script.hits.append(self.command)
        index = min(len(self.script.hits), len(self.script.statuses)) - 1
        status = self.script.statuses[index]
        body = b'{"version": "6.14.2"}' if status == 200 else b'{"detail": "busy"}'
        self.send_response(status)
        if status != 200 and self.script.retry_after is not None:
            self.send_header("Retry-After", self.script.retry_after)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = _answer
    do_POST = _answer

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def flaky_server() -> Iterator[tuple[str, Script]]:
    script = Script(statuses=[200])
    handler = type("Handler", (_Handler,), {"script": script})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", script
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _fast_client(
    url: str, max_retries: int = 3, sleep: Callable[[float], None] | None = None
) -> InvokeAIClient:
    client = InvokeAIClient.from_url(url, max_retries=max_retries)
    # Keep the suite fast: same policy, tiny delays (or a recorder instead of sleeping).
    client._ctx.http.policy = RetryPolicy(
        max_retries=max_retries, initial_delay=0.01, sleep=sleep or time.sleep
    )
    return client


def test_get_is_retried_on_503_then_succeeds(flaky_server: tuple[str, Script]) -> None:
    url, script = flaky_server
    script.statuses[:] = [503, 503, 200]
    with _fast_client(url) as client:
        assert client._make_request("GET", "/app/version").json() == {"version": "6.14.2"}
    assert script.hits == ["GET", "GET", "GET"]


def test_retries_stop_after_max_retries(flaky_server: tuple[str, Script]) -> None:
    url, script = flaky_server
    script.statuses[:] = [502]
    with _fast_client(url, max_retries=2) as client, pytest.raises(InternalServerError) as caught:
        client._make_request("GET", "/app/version")
    assert caught.value.status_code == 502
    assert len(script.hits) == 3


def test_max_retries_zero_sends_once(flaky_server: tuple[str, Script]) -> None:
    url, script = flaky_server
    script.statuses[:] = [503, 200]
    with _fast_client(url, max_retries=0) as client, pytest.raises(InternalServerError):
        client._make_request("GET", "/app/version")
    assert len(script.hits) == 1


def test_post_that_reached_the_server_is_not_retried(flaky_server: tuple[str, Script]) -> None:
    url, script = flaky_server
    script.statuses[:] = [503, 200]
    with _fast_client(url) as client, pytest.raises(InternalServerError):
        client._make_request("POST", "/queue/default/enqueue_batch", json={})
    assert script.hits == ["POST"]


def test_retry_after_header_is_honoured(flaky_server: tuple[str, Script]) -> None:
    url, script = flaky_server
    script.statuses[:] = [429, 200]
    script.retry_after = "0.3"
    slept: list[float] = []
    with _fast_client(url, sleep=slept.append) as client:
        client._make_request("GET", "/app/version")
    assert slept == [0.3]


def test_retries_are_logged_at_debug_level(
    flaky_server: tuple[str, Script], caplog: pytest.LogCaptureFixture
) -> None:
    url, script = flaky_server
    script.statuses[:] = [504, 200]
    with caplog.at_level(logging.DEBUG, logger="invokeai_py_client"), _fast_client(url) as client:
        client._make_request("GET", "/app/version")
    messages = [r.getMessage() for r in caplog.records if r.name == "invokeai_py_client"]
    assert any("retrying GET" in m and "HTTP 504" in m for m in messages)
    assert all(r.levelno == logging.DEBUG for r in caplog.records if r.name == "invokeai_py_client")


def _refused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_connection_refused_post_is_retried_then_wrapped() -> None:
    port = _refused_port()
    slept: list[float] = []
    refused = _fast_client(f"http://127.0.0.1:{port}", max_retries=2, sleep=slept.append)
    with refused as client, pytest.raises(APIConnectionError) as caught:
        client._make_request("POST", "/boards/", params={"board_name": "x"})
    # A refused connection proves the request never reached the server: even a POST is retried.
    assert len(slept) == 2
    assert isinstance(caught.value, httpx.TransportError)
    assert "POST" in str(caught.value)


def test_backoff_grows_exponentially_with_jitter_and_is_capped() -> None:
    policy = RetryPolicy(max_retries=10, jitter=lambda: 0.0)
    assert [policy.delay(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    jittered = RetryPolicy(max_retries=10, jitter=lambda: 1.0)
    assert jittered.delay(1) == 0.75


def test_retry_after_http_date_and_milliseconds_are_understood() -> None:
    policy = RetryPolicy(max_retries=1)
    request = httpx.Request("GET", "http://x")
    fast = httpx.Response(503, headers={"retry-after-ms": "250"}, request=request)
    assert policy.delay(0, fast) == 0.25
    far = httpx.Response(503, headers={"retry-after": "3600"}, request=request)
    assert not policy.retry_after_status(request, far, 0)
