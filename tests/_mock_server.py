"""A scripted in-process InvokeAI stand-in (httpx mock transports) for fault tests that need no
real server: each route answers from a list of scripted answers, and every request is logged."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from invokeai_py_client import AsyncInvokeAIClient, InvokeAIClient
from invokeai_py_client._core.retry import RetryPolicy

URL = "http://127.0.0.1:9"  # never contacted: the mock transport answers
VERSION = {"version": "6.14.2"}

Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class BrokenBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that sends ``head`` and then fails with ``error`` (a cut or a stall)."""

    def __init__(self, head: bytes, error: Exception) -> None:
        self._head = head
        self._error = error

    def __iter__(self) -> Iterator[bytes]:
        yield self._head
        raise self._error

    async def __aiter__(self) -> Any:
        yield self._head
        raise self._error


def broken(head: bytes = b'{"vers', error: Exception | None = None) -> httpx.Response:
    """A 200 whose body breaks off after ``head`` (by default: the peer closed the socket)."""
    failure = error or httpx.RemoteProtocolError("peer closed connection without sending body")
    return httpx.Response(200, stream=BrokenBody(head, failure))


def stalled(head: bytes = b"\x89PNG") -> httpx.Response:
    return broken(head, httpx.ReadTimeout("the body stalled"))


def json_answer(payload: Any, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(payload).encode(), headers=headers)


def html_page() -> httpx.Response:
    page = b"<!doctype html><html><body>InvokeAI</body></html>"
    return httpx.Response(200, content=page, headers={"content-type": "text/html"})


@dataclass
class MockServer:
    """Answers per ``(method, path)``: a list is consumed in order, its last entry repeats."""

    routes: dict[tuple[str, str], list[Answer]] = field(default_factory=dict)
    log: list[tuple[str, str]] = field(default_factory=list)

    def on(self, method: str, path: str, *answers: Answer) -> None:
        self.routes[(method, path)] = list(answers)

    def sent(self, method: str | None = None, path: str | None = None) -> list[tuple[str, str]]:
        return [
            (m, p)
            for m, p in self.log
            if (method is None or m == method) and (path is None or p == path)
        ]

    def handle(self, request: httpx.Request) -> httpx.Response:
        key = (request.method, request.url.path)
        self.log.append(key)
        if key == ("GET", "/api/v1/app/version") and key not in self.routes:
            return json_answer(VERSION)
        answers = self.routes.get(key)
        if not answers:
            return json_answer({"detail": "Not Found"}, 404)
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer) and not isinstance(answer, httpx.Response):
            return answer(request)
        # A fresh copy each time: a repeated answer's stream can be read only once.
        if isinstance(answer.stream, BrokenBody):
            return httpx.Response(answer.status_code, headers=answer.headers, stream=answer.stream)
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        return self.handle(request)

    def client(self, max_retries: int = 2, **kwargs: Any) -> InvokeAIClient:
        invokeai = InvokeAIClient.from_url(
            URL, transport=httpx.MockTransport(self.handle), max_retries=max_retries, **kwargs
        )
        _fast(invokeai, max_retries)
        return invokeai

    def async_client(self, max_retries: int = 2, **kwargs: Any) -> AsyncInvokeAIClient:
        invokeai = AsyncInvokeAIClient.from_url(
            URL,
            async_transport=httpx.MockTransport(self.ahandle),
            max_retries=max_retries,
            **kwargs,
        )
        _fast(invokeai, max_retries)
        return invokeai


def _fast(invokeai: InvokeAIClient | AsyncInvokeAIClient, max_retries: int) -> None:
    # The same policy with tiny delays, so fault tests take milliseconds.
    invokeai._ctx.http.policy = RetryPolicy(
        max_retries=max_retries, initial_delay=0.001, max_delay=0.01
    )
