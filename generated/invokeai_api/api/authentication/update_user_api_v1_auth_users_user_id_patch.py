from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.admin_user_update_request import AdminUserUpdateRequest
from ...models.http_validation_error import HTTPValidationError
from ...models.user_dto import UserDTO
from ...types import Response, path_parameter


def _get_kwargs(
    user_id: str,
    *,
    body: AdminUserUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/auth/users/{user_id}".format(
            user_id=path_parameter("user_id", user_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | UserDTO | None:
    if response.status_code == 200:
        response_200 = UserDTO.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | UserDTO]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: AdminUserUpdateRequest,
) -> Response[HTTPValidationError | UserDTO]:
    """Update User

     Update a user. Requires admin privileges.

    Resetting a password revokes the target's existing sessions. An admin resetting
    their own password receives a replacement token in ``X-Refreshed-Token`` so they
    are not signed out by their own action.

    Args:
        user_id: The user ID
        request: Fields to update

    Returns:
        The updated user

    Raises:
        HTTPException: 400 if password is weak, if the change would remove the last
            administrator, or if it targets the protected system account
        HTTPException: 404 if user not found

    Args:
        user_id (str): User ID
        body (AdminUserUpdateRequest): Request body for admin to update any user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UserDTO]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: AdminUserUpdateRequest,
) -> HTTPValidationError | UserDTO | None:
    """Update User

     Update a user. Requires admin privileges.

    Resetting a password revokes the target's existing sessions. An admin resetting
    their own password receives a replacement token in ``X-Refreshed-Token`` so they
    are not signed out by their own action.

    Args:
        user_id: The user ID
        request: Fields to update

    Returns:
        The updated user

    Raises:
        HTTPException: 400 if password is weak, if the change would remove the last
            administrator, or if it targets the protected system account
        HTTPException: 404 if user not found

    Args:
        user_id (str): User ID
        body (AdminUserUpdateRequest): Request body for admin to update any user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UserDTO
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: AdminUserUpdateRequest,
) -> Response[HTTPValidationError | UserDTO]:
    """Update User

     Update a user. Requires admin privileges.

    Resetting a password revokes the target's existing sessions. An admin resetting
    their own password receives a replacement token in ``X-Refreshed-Token`` so they
    are not signed out by their own action.

    Args:
        user_id: The user ID
        request: Fields to update

    Returns:
        The updated user

    Raises:
        HTTPException: 400 if password is weak, if the change would remove the last
            administrator, or if it targets the protected system account
        HTTPException: 404 if user not found

    Args:
        user_id (str): User ID
        body (AdminUserUpdateRequest): Request body for admin to update any user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UserDTO]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: AdminUserUpdateRequest,
) -> HTTPValidationError | UserDTO | None:
    """Update User

     Update a user. Requires admin privileges.

    Resetting a password revokes the target's existing sessions. An admin resetting
    their own password receives a replacement token in ``X-Refreshed-Token`` so they
    are not signed out by their own action.

    Args:
        user_id: The user ID
        request: Fields to update

    Returns:
        The updated user

    Raises:
        HTTPException: 400 if password is weak, if the change would remove the last
            administrator, or if it targets the protected system account
        HTTPException: 404 if user not found

    Args:
        user_id (str): User ID
        body (AdminUserUpdateRequest): Request body for admin to update any user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UserDTO
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed


def build_request(
    user_id: str,
    *,
    body: AdminUserUpdateRequest,
) -> dict[str, Any]:
    """The keywords of ``httpx.Client.request`` for this operation (method, URL, query, body),
    for callers that send the request and read the answer themselves."""
    return _get_kwargs(
        user_id=user_id,
        body=body,
    )
