"""Login where there is none: a clear error, never a bare 403 or 404."""

from __future__ import annotations

import pytest

from invokeai_py_client import (
    InvokeAIClient,
    LoginError,
    PermissionDeniedError,
    UnsupportedByServerError,
)


def test_login_on_a_single_user_server_raises_a_clear_auth_error(
    client: InvokeAIClient, server_version: str
) -> None:
    if not client.server_version.at_least("6.12.0"):
        # Servers before 6.12 have no user accounts at all: nothing is sent to a login route.
        with pytest.raises(UnsupportedByServerError, match=r"needs InvokeAI 6\.12\.0") as old:
            client.login("someone@example.test", "Whatever-123")
        assert old.value.server_version == server_version
        return
    with pytest.raises(LoginError, match="single-user mode") as caught:
        client.login("someone@example.test", "Whatever-123")
    assert isinstance(caught.value.__cause__, PermissionDeniedError)
    assert not client.is_authenticated
