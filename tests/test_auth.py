"""Login, token refresh and rejection against a real multi-user 6.14.2 server."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from invokeai_py_client import AuthenticationError, InvokeAIClient, LoginError
from invokeai_py_client._core.constants import REFRESHED_TOKEN_HEADER
from scripts.invokeai_server import ADMIN_EMAIL, ADMIN_PASSWORD

pytestmark = pytest.mark.multiuser


def test_login_stores_the_token_and_authenticates_later_requests(client: InvokeAIClient) -> None:
    with pytest.raises(AuthenticationError):
        client._make_request("GET", "/boards/", params={"all": "true"})
    user = client.login(ADMIN_EMAIL, ADMIN_PASSWORD)
    assert user.email == ADMIN_EMAIL and user.is_admin
    assert client.is_authenticated
    assert isinstance(client._make_request("GET", "/boards/", params={"all": "true"}).json(), list)
    assert ADMIN_PASSWORD not in repr(client) and str(client._shared.auth.token) not in repr(client)


def test_refreshed_token_from_a_write_is_adopted(client: InvokeAIClient) -> None:
    client.login(ADMIN_EMAIL, ADMIN_PASSWORD)
    before = client._shared.auth.token
    response = client._make_request("POST", "/boards/", params={"board_name": "refresh-check"})
    assert response.headers.get(REFRESHED_TOKEN_HEADER)
    refreshed = response.headers[REFRESHED_TOKEN_HEADER]
    assert client._shared.auth.token == refreshed
    assert before  # the login gave a token
    # The next request carries the adopted token, and the server takes it.
    later = client._make_request("GET", "/boards/", params={"all": "true"})
    assert later.request.headers["Authorization"] == f"Bearer {refreshed}"
    assert isinstance(later.json(), list)


def test_wrong_password_raises_auth_error(client: InvokeAIClient) -> None:
    with pytest.raises(LoginError, match="refused") as caught:
        client.login(ADMIN_EMAIL, "wrong-password-1A")
    assert isinstance(caught.value.__cause__, AuthenticationError)
    assert not client.is_authenticated


def test_invalid_token_is_rejected_with_authentication_error(
    server_url: str, cassette: object
) -> None:
    bad_token = InvokeAIClient.from_url(server_url, api_key="not-a-valid-token")
    with bad_token as client, pytest.raises(AuthenticationError) as caught:
        client._make_request("GET", "/boards/", params={"all": "true"})
    assert caught.value.status_code == 401


# header.payload.signature, each base64url; both JSON parts start with '{"' = "eyJ".
JWT = re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")


def test_cassettes_hold_no_secrets() -> None:
    cassettes = Path(__file__).parent / "cassettes"
    for path in cassettes.rglob("*.yaml"):
        text = path.read_text()
        assert ADMIN_PASSWORD not in text, path
        assert not JWT.search(text), f"{path} holds what looks like a JWT"
