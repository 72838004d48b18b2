"""Constructor parameters and from_url(): no server needed."""

from __future__ import annotations

import dataclasses
import logging

import httpx
import pytest

from invokeai_py_client import (
    AsyncInvokeAIClient,
    ClientClosedError,
    InvokeAIClient,
    UnknownArgumentError,
)


def test_defaults_match_the_documented_constructor() -> None:
    client = InvokeAIClient()
    assert (client.host, client.port, client.timeout) == ("localhost", 9090, 30.0)
    assert client.base_path == "/api/v1"
    assert (client.use_https, client.verify_ssl, client.max_retries) == (False, True, 3)
    assert client.base_url == "http://localhost:9090/api/v1"
    assert client.server_url == "http://localhost:9090"


def test_every_constructor_parameter_is_used() -> None:
    client = InvokeAIClient(
        host="192.168.1.100",
        port=8080,
        api_key="k",
        timeout=60.0,
        base_path="/api/v1",
        use_https=True,
        verify_ssl=False,
        max_retries=5,
    )
    assert client.base_url == "https://192.168.1.100:8080/api/v1"
    assert client.timeout == 60.0
    assert client.verify_ssl is False
    assert client.max_retries == 5
    assert client.is_authenticated


def test_timeout_and_headers_reach_the_http_client() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"version": "6.14.2"})

    client = InvokeAIClient(
        timeout=7.5,
        api_key="secret-key",
        headers={"X-Trace": "1"},
        transport=httpx.MockTransport(handler),
    )
    client._make_request("GET", "/app/version")
    request = seen[0]
    assert request.extensions["timeout"]["read"] == 7.5
    assert request.headers["authorization"] == "Bearer secret-key"
    assert request.headers["x-trace"] == "1"
    assert str(request.url) == "http://localhost:9090/api/v1/app/version"


@pytest.mark.parametrize(
    ("url", "expected_base", "https"),
    [
        ("http://localhost:9090", "http://localhost:9090/api/v1", False),
        ("http://localhost:9090/", "http://localhost:9090/api/v1", False),
        ("https://my-invoke.ai:8080/api/v1", "https://my-invoke.ai:8080/api/v1", True),
        ("https://my-invoke.ai:8080/api/v1///", "https://my-invoke.ai:8080/api/v1", True),
        ("http://example.test", "http://example.test:80/api/v1", False),
        ("https://example.test", "https://example.test:443/api/v1", True),
        ("HTTP://Example.test:9090", "http://example.test:9090/api/v1", False),
        ("http://proxy.test/invoke/", "http://proxy.test:80/invoke/api/v1", False),
        ("http://proxy.test/invoke/api/v1", "http://proxy.test:80/invoke/api/v1", False),
        ("http://[::1]:9090", "http://[::1]:9090/api/v1", False),
    ],
)
def test_from_url_parses_scheme_host_port_and_base_path(
    url: str, expected_base: str, https: bool
) -> None:
    client = InvokeAIClient.from_url(url)
    assert client.base_url == expected_base
    assert client.use_https is https


def test_from_url_passes_keyword_arguments_on() -> None:
    client = InvokeAIClient.from_url("http://localhost:9090", timeout=120.0, api_key="my-key")
    assert client.timeout == 120.0
    assert client.is_authenticated


def test_reverse_proxy_prefix_applies_to_server_root_routes() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={})

    client = InvokeAIClient.from_url(
        "http://proxy.test/invoke", transport=httpx.MockTransport(handler)
    )
    client._make_request("GET", "/boards/")
    client._make_request("GET", "/api/v2/models/")
    assert seen == [
        "http://proxy.test/invoke/api/v1/boards/",
        "http://proxy.test/invoke/api/v2/models/",
    ]


@pytest.mark.parametrize("url", ["localhost:9090", "127.0.0.1", "", "//host:9090"])
def test_from_url_without_scheme_raises_value_error_naming_it(url: str) -> None:
    with pytest.raises(ValueError, match="no scheme"):
        InvokeAIClient.from_url(url)


@pytest.mark.parametrize("url", ["ftp://host:21", "ws://host:9090", "file:///tmp/x"])
def test_from_url_with_unsupported_scheme_raises_value_error_naming_it(url: str) -> None:
    scheme = url.split(":", 1)[0]
    with pytest.raises(ValueError, match=f"unsupported URL scheme '{scheme}'"):
        InvokeAIClient.from_url(url)


def test_from_url_with_bad_port_raises_value_error() -> None:
    with pytest.raises(ValueError, match="invalid port"):
        InvokeAIClient.from_url("http://localhost:99999")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"host": ""}, "host"),
        ({"port": 0}, "port"),
        ({"port": 70000}, "port"),
        ({"port": "9090"}, "port"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": -1.0}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"wait_reread_interval": 0}, "wait_reread_interval"),
        ({"wait_reread_interval": "15"}, "wait_reread_interval"),
    ],
)
def test_bad_constructor_values_raise_value_error_naming_the_parameter(
    kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        InvokeAIClient(**kwargs)  # type: ignore[arg-type]


def test_unknown_keyword_argument_raises_type_error() -> None:
    with pytest.raises(TypeError, match="verify_certs") as raised:
        InvokeAIClient(verify_certs=False)
    assert isinstance(raised.value, UnknownArgumentError)


def test_token_never_appears_in_repr() -> None:
    client = InvokeAIClient(api_key="top-secret-token")
    assert "top-secret-token" not in repr(client)
    assert "top-secret-token" not in repr(client._shared.auth)
    assert "authenticated" in repr(client)


def test_repositories_are_built_lazily_and_cached() -> None:
    client = InvokeAIClient()
    assert client._board_repo is None
    assert client.board_repo is client.board_repo


def test_generated_bindings_share_the_clients_http_pool() -> None:
    client = InvokeAIClient()
    assert client.api.get_httpx_client() is client._ctx.http.sync_client
    assert client.api.get_async_httpx_client() is client._ctx.http.async_client
    client.close()


def test_context_manager_closes_the_pool() -> None:
    with InvokeAIClient() as client:
        http = client._ctx.http.sync_client
    assert http.is_closed


async def test_async_context_manager_closes_both_pools() -> None:
    async with AsyncInvokeAIClient() as client:
        sync_http = client._ctx.http.sync_client
        async_http = client._ctx.http.async_client
    assert sync_http.is_closed and async_http.is_closed


def _recording_transport(seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"version": "6.14.2"})

    return httpx.MockTransport(handler)


def test_configuration_cannot_be_changed_after_construction() -> None:
    client = InvokeAIClient(host="first")
    for name, value in (("host", "other"), ("port", 1), ("timeout", 1.0), ("max_retries", 0)):
        with pytest.raises(AttributeError):
            setattr(client, name, value)
    with pytest.raises(dataclasses.FrozenInstanceError):
        client.options.host = "other"  # type: ignore[misc]
    assert client.base_url == "http://first:9090/api/v1"


def test_with_options_shares_the_pool_and_changes_only_what_it_names() -> None:
    seen: list[httpx.Request] = []
    client = InvokeAIClient(timeout=30, headers={"X-A": "1"}, transport=_recording_transport(seen))
    patient = client.with_options(timeout=300, max_retries=0, headers={"X-B": "2"})
    assert isinstance(patient, InvokeAIClient)
    assert (patient.timeout, patient.max_retries, client.timeout, client.max_retries) == (
        300.0,
        0,
        30.0,
        3,
    )
    patient._make_request("GET", "/app/version")
    client._make_request("GET", "/app/version")
    assert [r.extensions["timeout"]["read"] for r in seen] == [300.0, 30.0]
    assert seen[0].headers["x-a"] == "1" and seen[0].headers["x-b"] == "2"
    assert "x-b" not in seen[1].headers
    assert patient._shared.pool is client._shared.pool
    patient.close()  # a derived client only stops itself
    client._make_request("GET", "/app/version")
    with pytest.raises(ClientClosedError):
        patient._make_request("GET", "/app/version")
    client.close()


def test_a_closed_client_raises_a_typed_error_everywhere() -> None:
    client = InvokeAIClient(transport=_recording_transport([]))
    client.close()
    assert client.is_closed and "closed" in repr(client)
    with pytest.raises(ClientClosedError, match="closed"):
        client._make_request("GET", "/app/version")
    with pytest.raises(ClientClosedError):
        _ = client.api
    with pytest.raises(ClientClosedError):
        client.board_repo.list_boards()
    assert client.health_check() is False
    client.close()  # closing twice is fine


async def test_a_closed_async_client_raises_a_typed_error() -> None:
    client = AsyncInvokeAIClient(transport=_recording_transport([]))
    await client.close()
    with pytest.raises(ClientClosedError):
        await client.queue_repo.get_status()


def test_address_and_key_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INVOKEAI_URL", "https://invoke.example.test:8443/prefix")
    monkeypatch.setenv("INVOKEAI_API_KEY", "env-token")
    seen: list[httpx.Request] = []
    client = InvokeAIClient(transport=_recording_transport(seen))
    assert client.base_url == "https://invoke.example.test:8443/prefix/api/v1"
    assert client.is_authenticated
    client._make_request("GET", "/app/version")
    assert seen[0].headers["authorization"] == "Bearer env-token"
    # Explicit arguments win over the environment.
    assert InvokeAIClient(host="h", api_key="mine").base_url == "http://h:9090/api/v1"
    assert AsyncInvokeAIClient().server_url == "https://invoke.example.test:8443/prefix"


def test_debug_logging_from_the_environment_redacts_secrets(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    from invokeai_py_client._core import log as _logging

    monkeypatch.setenv("INVOKEAI_LOG", "debug")
    monkeypatch.setattr(_logging, "_configured", False)
    loggers = [logging.getLogger(name) for name in ("invokeai_py_client", "httpx")]
    before = [(lg.level, list(lg.handlers)) for lg in loggers]
    try:
        client = InvokeAIClient(api_key="very-secret", transport=_recording_transport([]))
        client._make_request("GET", "/app/version", params={"access_token": "hf_secret"})
        logging.getLogger("invokeai_py_client").debug("Authorization: Bearer very-secret")
    finally:
        for lg, (level, handlers) in zip(loggers, before, strict=True):
            lg.setLevel(level)
            lg.handlers[:] = handlers
    err = capfd.readouterr().err
    assert "GET http://localhost:9090/api/v1/app/version" in err
    assert "hf_secret" not in err and "very-secret" not in err and "<redacted>" in err


def _server(version: str, multiuser: bool | None) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/app/version":
            return httpx.Response(200, json={"version": version})
        if request.url.path == "/api/v1/auth/status" and multiuser is not None:
            return httpx.Response(
                200, json={"multiuser_enabled": multiuser, "setup_required": False}
            )
        return httpx.Response(404, json={"detail": "Not Found"})

    return httpx.MockTransport(handler)


@pytest.mark.parametrize(
    ("version", "multiuser", "sent"),
    [("6.14.2", True, True), ("6.14.2", False, False), ("5.15.0", None, False)],
)
def test_an_api_key_goes_on_the_socket_only_where_the_server_wants_it(
    version: str, multiuser: bool | None, sent: bool
) -> None:
    client = InvokeAIClient(api_key="tok", transport=_server(version, multiuser))
    assert client._shared.socket_token() is None  # nothing asked yet: nothing sent
    client._ctx.probe_socket_auth()
    assert client._shared.socket_token() == ("tok" if sent else None)
    assert client.is_authenticated  # HTTP requests carry the key whatever the socket does
    client.close()


async def test_the_async_client_probes_the_same_way() -> None:
    client = AsyncInvokeAIClient(api_key="tok", async_transport=_server("6.14.2", False))
    await client._ctx.probe_socket_auth()
    assert client._shared.multiuser is False and client._shared.socket_token() is None
    await client.close()


def test_a_token_from_login_goes_on_the_socket() -> None:
    client = InvokeAIClient(transport=_server("6.14.2", True))
    client._shared.auth.token, client._shared.token_from_login = "from-login", True
    assert client._shared.socket_token() == "from-login"
    client.close()
