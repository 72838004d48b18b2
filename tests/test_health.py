"""health_check(): True on every supported server line, False (never an exception) otherwise."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator

import pytest

from invokeai_py_client import InvokeAIClient


@pytest.mark.smoke
def test_health_check_is_true_on_a_real_server(client: InvokeAIClient, server_version: str) -> None:
    assert client.health_check() is True
    assert client._make_request("GET", "/app/version").json()["version"] == server_version


def test_health_check_is_false_on_a_refused_port() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with InvokeAIClient(host="127.0.0.1", port=port) as client:
        assert client.health_check() is False


def test_health_check_is_false_on_a_timeout() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()  # accepts connections, never answers
        port = listener.getsockname()[1]
        with InvokeAIClient(host="127.0.0.1", port=port, timeout=0.3) as client:
            assert client.health_check() is False


class _NotInvokeAI(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"<html>hello</html>" if "version" in self.path else b"{}"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def other_http_server() -> Iterator[int]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _NotInvokeAI)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_health_check_is_false_on_a_server_that_is_not_invokeai(other_http_server: int) -> None:
    with InvokeAIClient(host="127.0.0.1", port=other_http_server) as client:
        assert client.health_check() is False
