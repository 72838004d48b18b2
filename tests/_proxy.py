"""A loopback TCP proxy whose open connections a test can cut, to drop a socket mid-run."""

from __future__ import annotations

import contextlib
import socket
import threading
import urllib.parse


class CuttableProxy:
    """Forwards 127.0.0.1:<port> to ``target_url``'s host and port; :meth:`cut` closes every
    connection open at that moment (new ones are still accepted)."""

    def __init__(self, target_url: str) -> None:
        parts = urllib.parse.urlsplit(target_url)
        self._target = (parts.hostname or "127.0.0.1", parts.port or 80)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._lock = threading.Lock()
        self._open: list[socket.socket] = []
        self._every: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._closed = False
        self.accepted = 0
        self.cuts = 0
        self._spawn(self._accept_loop)

    def _spawn(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        self._threads.append(thread)
        thread.start()

    def _accept_loop(self) -> None:
        while not self._closed:
            try:
                downstream, _ = self._listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self._target)
            except OSError:
                downstream.close()
                continue
            with self._lock:
                self.accepted += 1
                self._open += [downstream, upstream]
                self._every += [downstream, upstream]
            self._spawn(self._pipe, downstream, upstream)
            self._spawn(self._pipe, upstream, downstream)

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while chunk := source.recv(65536):
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def cut(self) -> None:
        """Drop every open connection, as a network failure would."""
        with self._lock:
            doomed, self._open = self._open, []
            self.cuts += 1
        for sock in doomed:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def close(self) -> None:
        self._closed = True
        self._listener.close()
        self.cut()
        for thread in self._threads:
            thread.join(timeout=5)
        with self._lock:
            for sock in self._every:
                sock.close()
