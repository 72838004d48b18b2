from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_update_workflow_is_public import BodyUpdateWorkflowIsPublic
from ...models.http_validation_error import HTTPValidationError
from ...models.workflow_record_dto import WorkflowRecordDTO
from ...types import Response, path_parameter


def _get_kwargs(
    workflow_id: str,
    *,
    body: BodyUpdateWorkflowIsPublic,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/workflows/i/{workflow_id}/is_public".format(
            workflow_id=path_parameter("workflow_id", workflow_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | WorkflowRecordDTO | None:
    if response.status_code == 200:
        response_200 = WorkflowRecordDTO.from_dict(response.json())

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
) -> Response[HTTPValidationError | WorkflowRecordDTO]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateWorkflowIsPublic,
) -> Response[HTTPValidationError | WorkflowRecordDTO]:
    """Update Workflow Is Public

     Updates whether a workflow is shared publicly

    Args:
        workflow_id (str): The workflow to update
        body (BodyUpdateWorkflowIsPublic):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkflowRecordDTO]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateWorkflowIsPublic,
) -> HTTPValidationError | WorkflowRecordDTO | None:
    """Update Workflow Is Public

     Updates whether a workflow is shared publicly

    Args:
        workflow_id (str): The workflow to update
        body (BodyUpdateWorkflowIsPublic):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkflowRecordDTO
    """

    return sync_detailed(
        workflow_id=workflow_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateWorkflowIsPublic,
) -> Response[HTTPValidationError | WorkflowRecordDTO]:
    """Update Workflow Is Public

     Updates whether a workflow is shared publicly

    Args:
        workflow_id (str): The workflow to update
        body (BodyUpdateWorkflowIsPublic):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | WorkflowRecordDTO]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdateWorkflowIsPublic,
) -> HTTPValidationError | WorkflowRecordDTO | None:
    """Update Workflow Is Public

     Updates whether a workflow is shared publicly

    Args:
        workflow_id (str): The workflow to update
        body (BodyUpdateWorkflowIsPublic):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | WorkflowRecordDTO
    """

    return (
        await asyncio_detailed(
            workflow_id=workflow_id,
            client=client,
            body=body,
        )
    ).parsed


def build_request(
    workflow_id: str,
    *,
    body: BodyUpdateWorkflowIsPublic,
) -> dict[str, Any]:
    """The keywords of ``httpx.Client.request`` for this operation (method, URL, query, body),
    for callers that send the request and read the answer themselves."""
    return _get_kwargs(
        workflow_id=workflow_id,
        body=body,
    )
