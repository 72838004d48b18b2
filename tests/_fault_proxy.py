"""A loopback HTTP proxy that injects faults between the client and a real server.

Each connection's first request is read (clients under test send ``Connection: close``, so every
request has a connection of its own); the first rule whose method and path prefix match decides
what happens to it:

* ``reset``: the connection is reset before anything reaches the server;
* ``drop_answer``: the request reaches the server, its answer is thrown away and the connection
  closed (the outcome is unknown to the client); ``seconds`` holds the connection open first
  (the client's timeout strikes after sending);
* ``answer_status``: the request reaches the server, whose answer is replaced by a canned one
  (``status``, ``headers``): a 5xx from a gateway after the server did the work;
* ``status``: a canned answer (e.g. 503 / 429, with or without ``Retry-After``), nothing forwarded;
* ``truncate``: the answer is cut after ``keep`` bytes;
* ``delay``: the request is held ``seconds`` before it is forwarded.

``refuse_websockets`` closes every Socket.IO connection at once (open ones too) and refuses new
ones, as a socket that cannot reconnect. :meth:`FaultProxy.blackhole_websockets` keeps them open
but forwards nothing more either way (a proxy that silently lost them): the client still believes
it is connected until engine.io's ping timeout.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Rule:
    kind: str
    method: str
    path: str
    times: int = 1
    status: int = 503
    headers: dict[str, str] = field(default_factory=dict)
    keep: int = 0
    seconds: float = 0.0
    hits: int = 0


class FaultProxy:
    def __init__(self, target_url: str) -> None:
        parts = urllib.parse.urlsplit(target_url)
        self._target = (parts.hostname or "127.0.0.1", parts.port or 80)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._lock = threading.Lock()
        self.rules: list[Rule] = []
        self.requests: list[tuple[str, str]] = []
        self.refuse_websockets = False
        self.websockets_blackholed = False
        self._sockets: list[socket.socket] = []
        self._websockets: list[socket.socket] = []
        self._closed = False
        threading.Thread(target=self._accept_loop, daemon=True).start()

    # ------------------------------------------------------------------ the test's controls
    def add(self, kind: str, method: str, path: str, **options: object) -> Rule:
        rule = Rule(kind, method, path, **options)  # type: ignore[arg-type]
        with self._lock:
            self.rules.append(rule)
        return rule

    def sent(self, method: str, path_prefix: str) -> int:
        with self._lock:
            return sum(1 for m, p in self.requests if m == method and p.startswith(path_prefix))

    def cut_websockets(self) -> None:
        """Drop every Socket.IO connection and refuse new ones."""
        self.refuse_websockets = True
        with self._lock:
            doomed, self._websockets = self._websockets, []
        for sock in doomed:
            _reset(sock)

    def blackhole_websockets(self) -> None:
        """Keep every Socket.IO connection open but forward nothing on it any more, either way."""
        self.websockets_blackholed = True

    def close(self) -> None:
        self._closed = True
        self._listener.close()
        with self._lock:
            doomed = list(self._sockets)
        for sock in doomed:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)  # wakes the pump thread reading it
            with contextlib.suppress(OSError):
                sock.close()

    # ------------------------------------------------------------------ the proxying
    def _accept_loop(self) -> None:
        while not self._closed:
            try:
                downstream, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self._sockets.append(downstream)
            threading.Thread(target=self._serve, args=(downstream,), daemon=True).start()

    def _serve(self, downstream: socket.socket) -> None:
        try:
            head = _read_head(downstream)
            if head is None:
                downstream.close()
                return
            method, path = _request_line(head)
            is_socket = path.startswith("/ws/")
            if is_socket and self.refuse_websockets:
                _reset(downstream)
                return
            with self._lock:
                self.requests.append((method, path))
                rule = self._match(method, path)
            if rule is not None and rule.kind == "reset":
                _reset(downstream)
                return
            if rule is not None and rule.kind == "status":
                downstream.sendall(_canned(rule.status, rule.headers))
                downstream.close()
                return
            if rule is not None and rule.kind == "delay":
                time.sleep(rule.seconds)
            upstream = socket.create_connection(self._target)
            with self._lock:
                self._sockets.append(upstream)
                if is_socket:
                    self._websockets.append(downstream)
            upstream.sendall(head)
            if rule is not None and rule.kind in ("drop_answer", "answer_status"):
                # The server gets the whole request (a body follows the head) and answers; the
                # client never sees the answer.
                _pump(downstream, upstream, until_closed=False)
                with contextlib.suppress(OSError):
                    upstream.recv(65536)
                if rule.kind == "answer_status":
                    downstream.sendall(_canned(rule.status, rule.headers))
                    downstream.close()
                else:
                    time.sleep(rule.seconds)
                    _reset(downstream)
                upstream.close()
                return
            keep = rule.keep if rule is not None and rule.kind == "truncate" else None
            muted = (lambda: self.websockets_blackholed) if is_socket else None
            threading.Thread(
                target=_pump, args=(downstream, upstream), kwargs={"muted": muted}, daemon=True
            ).start()
            _pump(upstream, downstream, keep=keep, muted=muted)
        except OSError:
            with contextlib.suppress(OSError):
                downstream.close()

    def _match(self, method: str, path: str) -> Rule | None:
        for rule in self.rules:
            if rule.hits < rule.times and rule.method == method and path.startswith(rule.path):
                rule.hits += 1
                return rule
        return None


def _read_head(sock: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
    return data


def _request_line(head: bytes) -> tuple[str, str]:
    line = head.split(b"\r\n", 1)[0].decode("latin-1")
    method, target, _ = line.split(" ", 2)
    return method, urllib.parse.urlsplit(target).path


def _pump(
    source: socket.socket,
    sink: socket.socket,
    keep: int | None = None,
    until_closed: bool = True,
    muted: Callable[[], bool] | None = None,
) -> None:
    sent = 0
    try:
        if not until_closed:
            source.settimeout(0.3)  # the rest of a request body, then stop reading
        while chunk := source.recv(65536):
            if muted is not None and muted():
                continue  # black-holed: read and thrown away, the connection stays open
            if keep is not None and sent + len(chunk) >= keep:
                sink.sendall(chunk[: keep - sent])
                _reset(sink)
                return
            sink.sendall(chunk)
            sent += len(chunk)
    except OSError:
        pass
    finally:
        if until_closed:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


def _reset(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    # close() alone does not end the connection while the other pump thread is blocked reading
    # it (the client would wait for its read timeout): shutdown() wakes that reader.
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()


def _canned(status: int, headers: dict[str, str]) -> bytes:
    body = b'{"detail": "injected by the fault proxy"}'
    lines = [f"HTTP/1.1 {status} Injected", "Content-Type: application/json"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    lines += [f"Content-Length: {len(body)}", "Connection: close", "", ""]
    return "\r\n".join(lines).encode() + body
