from http import HTTPStatus
from io import BytesIO
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...types import File, Response, path_parameter


def _get_kwargs(
    image_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "head",
        "url": "/api/v1/images/i/{image_name}/full".format(
            image_name=path_parameter("image_name", image_name),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | File | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | File | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    image_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | File | HTTPValidationError]:
    """Get Image Full

     Gets a full-resolution image file.

    Browser media requests authenticate with the path-scoped HttpOnly cookie set at login.
    Returns 409 while image storage maintenance is active.

    Args:
        image_name (str): The name of full-resolution image file to get

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        image_name=image_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    image_name: str,
    *,
    client: AuthenticatedClient,
) -> Any | File | HTTPValidationError | None:
    """Get Image Full

     Gets a full-resolution image file.

    Browser media requests authenticate with the path-scoped HttpOnly cookie set at login.
    Returns 409 while image storage maintenance is active.

    Args:
        image_name (str): The name of full-resolution image file to get

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File | HTTPValidationError
    """

    return sync_detailed(
        image_name=image_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    image_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | File | HTTPValidationError]:
    """Get Image Full

     Gets a full-resolution image file.

    Browser media requests authenticate with the path-scoped HttpOnly cookie set at login.
    Returns 409 while image storage maintenance is active.

    Args:
        image_name (str): The name of full-resolution image file to get

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        image_name=image_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    image_name: str,
    *,
    client: AuthenticatedClient,
) -> Any | File | HTTPValidationError | None:
    """Get Image Full

     Gets a full-resolution image file.

    Browser media requests authenticate with the path-scoped HttpOnly cookie set at login.
    Returns 409 while image storage maintenance is active.

    Args:
        image_name (str): The name of full-resolution image file to get

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            image_name=image_name,
            client=client,
        )
    ).parsed


def build_request(
    image_name: str,
) -> dict[str, Any]:
    """The keywords of ``httpx.Client.request`` for this operation (method, URL, query, body),
    for callers that send the request and read the answer themselves."""
    return _get_kwargs(
        image_name=image_name,
    )
