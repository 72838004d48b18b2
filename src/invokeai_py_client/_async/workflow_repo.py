"""Workflows: prepare one for running, and the server's workflow library."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Sequence
from typing import Any

from invokeai_api.api.images import get_image_workflow
from invokeai_api.api.workflows import (
    create_workflow,
    delete_workflow,
    get_workflow,
    list_workflows,
    update_workflow,
)
from invokeai_api.models import (
    BodyCreateWorkflow,
    BodyUpdateWorkflow,
    PaginatedResultsWorkflowRecordListItemWithThumbnailDTO,
    Workflow,
    WorkflowAndGraphResponse,
    WorkflowCategory,
    WorkflowRecordDTO,
    WorkflowRecordListItemWithThumbnailDTO,
    WorkflowRecordWithThumbnailDTO,
    WorkflowWithoutID,
)
from invokeai_api.types import UNSET

from .._core.errors import (
    InvalidInputError,
    UnsupportedByServerError,
    WorkflowValidationError,
    json_of,
)
from .._core.versions import FEATURES
from .._generated import enum_values, expect
from ..workflow.definition import WorkflowDefinition
from ..workflow.node_schema import NodeSchema, NodeSchemaCache
from ._context import AsyncContext
from .pagination import AsyncPage
from .workflow_handle import AsyncWorkflowHandle

# Fields a stored workflow must have; exports of older editors may lack some.
_WORKFLOW_DEFAULTS: dict[str, Any] = {
    "name": "",
    "author": "",
    "description": "",
    "version": "",
    "contact": "",
    "tags": "",
    "notes": "",
    "exposedFields": [],
    "meta": {"version": "3.0.0", "category": "user"},
    "edges": [],
}


def _stored_shape(definition: WorkflowDefinition) -> dict[str, Any]:
    data = {**_WORKFLOW_DEFAULTS, **definition.to_dict()}
    meta: dict[str, Any] = data["meta"] if isinstance(data.get("meta"), dict) else {}
    data["meta"] = {**_WORKFLOW_DEFAULTS["meta"], **meta, "category": "user"}
    return data


class AsyncWorkflowRepository:
    """Run workflows exported from the web UI, and manage the server's workflow library."""

    def __init__(self, context: AsyncContext) -> None:
        self._ctx = context
        self._schemas = NodeSchemaCache()

    # ------------------------------------------------------------------------- running
    async def create_workflow(self, definition: WorkflowDefinition) -> AsyncWorkflowHandle:
        """A handle to set the inputs of ``definition`` and run it on this server (nothing is
        stored on the server). The server's node schemas are read on first use.

        Raises:
            WorkflowValidationError: a node type the server does not have, or an edge to a
                field a node does not have.
        """
        if not isinstance(definition, WorkflowDefinition):
            raise InvalidInputError(
                f"create_workflow takes a WorkflowDefinition, got {type(definition).__name__}"
            )
        return AsyncWorkflowHandle(self._ctx, definition, await self._node_schemas())

    async def _node_schemas(self) -> dict[str, NodeSchema]:
        if self._schemas.nodes is not None:
            return self._schemas.nodes
        # /openapi.json is served from the server root, beside /api.
        return self._schemas.load(json_of(await self._ctx.request("GET", "/openapi.json")))

    def load_node_schemas(self, openapi: dict[str, Any]) -> None:
        """Take the node schemas from this OpenAPI document (a saved copy of the server's
        ``/openapi.json``) instead of fetching it on first use: about 2 MB saved per client."""
        if not isinstance(openapi, dict) or "components" not in openapi:
            raise InvalidInputError("load_node_schemas needs the server's OpenAPI document")
        self._schemas.load(openapi)

    # ------------------------------------------------------------------------- library
    async def list_workflows(
        self,
        *,
        page: int = 0,
        per_page: int = 50,
        categories: Sequence[str] | None = None,
        tags: Sequence[str] | None = None,
        query: str | None = None,
    ) -> AsyncPage[WorkflowRecordListItemWithThumbnailDTO]:
        """One page of the library (iterate it; ``next_page()`` reads on). ``categories``:
        ``user``, ``default`` (the server's own workflows), ``project``; ``tags`` and ``query``
        filter further."""
        if page < 0 or per_page < 1:
            raise InvalidInputError(f"need page >= 0 and per_page >= 1, got {page=} {per_page=}")
        wanted = enum_values(WorkflowCategory, categories, "workflow category")
        if not await self._ctx.supports("workflow_filters"):
            result = await self._legacy_list(
                page, per_page, list(categories or ["user"]), tags, query
            )
        else:
            parsed = await self._ctx.call(
                list_workflows,
                page=page,
                per_page=per_page,
                categories=wanted,
                tags=list(tags) if tags else UNSET,
                query=query if query else UNSET,
            )
            result = expect(
                parsed, PaginatedResultsWorkflowRecordListItemWithThumbnailDTO, "workflows"
            )

        def load(offset: int) -> Any:
            return self.list_workflows(
                page=offset // per_page,
                per_page=per_page,
                categories=categories,
                tags=tags,
                query=query,
            )

        return AsyncPage(list(result.items), offset=page * per_page, total=result.total, load=load)

    async def iter_workflows(
        self,
        *,
        per_page: int = 50,
        categories: Sequence[str] | None = None,
        tags: Sequence[str] | None = None,
        query: str | None = None,
    ) -> AsyncIterator[WorkflowRecordListItemWithThumbnailDTO]:
        """Every library entry that matches, reading ``per_page`` at a time."""
        first = await self.list_workflows(
            per_page=per_page, categories=categories, tags=tags, query=query
        )
        async for record in first.auto_paging():
            yield record

    async def _legacy_list(
        self,
        page: int,
        per_page: int,
        categories: list[str],
        tags: Sequence[str] | None,
        query: str | None,
    ) -> PaginatedResultsWorkflowRecordListItemWithThumbnailDTO:
        # Before 5.0 the library took one `category` and no tags.
        if tags:
            await self._ctx.require("workflow_filters")
        if len(categories) != 1:
            raise UnsupportedByServerError(
                feature="listing several workflow categories at once",
                since=FEATURES["workflow_filters"].since,
                server_version=str(await self._ctx.server_version()),
            )
        params: dict[str, Any] = {"page": page, "per_page": per_page, "category": categories[0]}
        if query:
            params["query"] = query
        path = self._ctx.options.endpoint_path("/workflows/")
        payload = json_of(await self._ctx.request("GET", path, params=params))
        return PaginatedResultsWorkflowRecordListItemWithThumbnailDTO.from_dict(payload)

    async def get_workflow(self, workflow_id: str) -> WorkflowRecordWithThumbnailDTO:
        """A library entry (raises ``NotFoundError`` when there is none)."""
        parsed = await self._ctx.call(get_workflow, workflow_id)
        return expect(parsed, WorkflowRecordWithThumbnailDTO, "get workflow")

    async def get_workflow_definition(self, workflow_id: str) -> WorkflowDefinition:
        """A library workflow (user or default) as a definition to run."""
        record = await self.get_workflow(workflow_id)
        return WorkflowDefinition.from_dict(record.workflow.to_dict())

    async def save_workflow(self, definition: WorkflowDefinition) -> WorkflowRecordDTO:
        """Store a copy in the library (as a user workflow); returns the new record."""
        data = _stored_shape(definition)
        data.pop("id", None)
        body = BodyCreateWorkflow(workflow=WorkflowWithoutID.from_dict(data))
        parsed = await self._ctx.call(create_workflow, body=body)
        return expect(parsed, WorkflowRecordDTO, "create workflow")

    async def update_workflow(
        self, workflow_id: str, definition: WorkflowDefinition
    ) -> WorkflowRecordDTO:
        """Replace a user workflow of the library with ``definition``."""
        data = {**_stored_shape(definition), "id": workflow_id}
        body = BodyUpdateWorkflow(workflow=Workflow.from_dict(data))
        parsed = await self._ctx.call(update_workflow, workflow_id, body=body)
        return expect(parsed, WorkflowRecordDTO, "update workflow")

    async def delete_workflow(self, workflow_id: str) -> None:
        """Delete a user workflow from the library."""
        await self._ctx.call(delete_workflow, workflow_id)

    async def get_workflow_from_image(self, image_name: str) -> WorkflowDefinition:
        """The workflow embedded in an image made by a workflow (raises when it has none)."""
        parsed = await self._ctx.call(get_image_workflow, image_name)
        embedded = expect(parsed, WorkflowAndGraphResponse, "image workflow")
        if not isinstance(embedded.workflow, str) or not embedded.workflow:
            raise WorkflowValidationError(f"image {image_name!r} carries no workflow")
        return WorkflowDefinition.from_dict(json.loads(embedded.workflow))
