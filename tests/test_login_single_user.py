"""Login against a single-user server (the default mode) is a clear error, not a 403."""

from __future__ import annotations

import pytest

from invokeai_py_client import AuthError, InvokeAIClient, PermissionDeniedError


def test_login_on_a_single_user_server_raises_a_clear_auth_error(client: InvokeAIClient) -> None:
    with pytest.raises(AuthError, match="single-user mode") as caught:
        client.login("someone@example.test", "Whatever-123")
    assert isinstance(caught.value.__cause__, PermissionDeniedError)
    assert not client.is_authenticated
