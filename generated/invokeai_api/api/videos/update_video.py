from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.video_dto import VideoDTO
from ...models.video_record_changes import VideoRecordChanges
from ...types import Response, path_parameter


def _get_kwargs(
    video_name: str,
    *,
    body: VideoRecordChanges,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/videos/i/{video_name}".format(
            video_name=path_parameter("video_name", video_name),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | VideoDTO | None:
    if response.status_code == 200:
        response_200 = VideoDTO.from_dict(response.json())

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
) -> Response[HTTPValidationError | VideoDTO]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    video_name: str,
    *,
    client: AuthenticatedClient,
    body: VideoRecordChanges,
) -> Response[HTTPValidationError | VideoDTO]:
    """Update Video

    Args:
        video_name (str): The name of the video to update
        body (VideoRecordChanges): Allowed mutations on a video record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | VideoDTO]
    """

    kwargs = _get_kwargs(
        video_name=video_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    video_name: str,
    *,
    client: AuthenticatedClient,
    body: VideoRecordChanges,
) -> HTTPValidationError | VideoDTO | None:
    """Update Video

    Args:
        video_name (str): The name of the video to update
        body (VideoRecordChanges): Allowed mutations on a video record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | VideoDTO
    """

    return sync_detailed(
        video_name=video_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    video_name: str,
    *,
    client: AuthenticatedClient,
    body: VideoRecordChanges,
) -> Response[HTTPValidationError | VideoDTO]:
    """Update Video

    Args:
        video_name (str): The name of the video to update
        body (VideoRecordChanges): Allowed mutations on a video record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | VideoDTO]
    """

    kwargs = _get_kwargs(
        video_name=video_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    video_name: str,
    *,
    client: AuthenticatedClient,
    body: VideoRecordChanges,
) -> HTTPValidationError | VideoDTO | None:
    """Update Video

    Args:
        video_name (str): The name of the video to update
        body (VideoRecordChanges): Allowed mutations on a video record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | VideoDTO
    """

    return (
        await asyncio_detailed(
            video_name=video_name,
            client=client,
            body=body,
        )
    ).parsed


def build_request(
    video_name: str,
    *,
    body: VideoRecordChanges,
) -> dict[str, Any]:
    """The keywords of ``httpx.Client.request`` for this operation (method, URL, query, body),
    for callers that send the request and read the answer themselves."""
    return _get_kwargs(
        video_name=video_name,
        body=body,
    )
