"""Workflows: prepare one for running, and the server's workflow library."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Any

from invokeai_api.models import (
    WorkflowRecordDTO,
    WorkflowRecordListItemWithThumbnailDTO,
    WorkflowRecordWithThumbnailDTO,
)

from .._backends._async import AsyncLock
from .._core.errors import InvalidInputError, UnexpectedResponseError, UnsupportedByServerError
from .._core.spec import Spec
from .._core.versions import FEATURES
from .._core.workflows import library
from .._core.workflows.definition import WorkflowDefinition
from .._core.workflows.node_schema import NodeSchema, NodeSchemaCache
from ._requester import AsyncRequester
from .pagination import AsyncPage
from .workflow_handle import AsyncWorkflowHandle


class AsyncWorkflowRepository:
    """Run workflows exported from the web UI, and manage the server's workflow library."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._ctx = requester
        self._schemas = NodeSchemaCache()
        # Concurrent first create_workflow calls share one fetch of the node schemas.
        self._schemas_lock = AsyncLock()

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
        async with self._schemas_lock:
            if self._schemas.nodes is not None:  # fetched while this call waited for the lock
                return self._schemas.nodes
            # /openapi.json is served from the server root, beside /api.
            openapi = await self._ctx.call(Spec.route("GET", "/openapi.json", returns=_document))
            return self._schemas.load(openapi)

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
        library.page_of(page, per_page)
        spec = library.list_page(
            page=page, per_page=per_page, categories=categories, tags=tags, query=query
        )
        if not await self._ctx.supports("workflow_filters"):
            result = await self._legacy_list(
                page, per_page, list(categories or ["user"]), tags, query
            )
        else:
            result = await self._ctx.call(spec)

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
    ) -> library.Page:
        # Before 5.0 the library took one `category` and no tags.
        if tags:
            await self._ctx.require("workflow_filters")
        if len(categories) != 1:
            raise UnsupportedByServerError(
                feature="listing several workflow categories at once",
                since=FEATURES["workflow_filters"].since,
                server_version=str(await self._ctx.server_version()),
            )
        path = self._ctx.options.endpoint_path("/workflows/")
        return await self._ctx.call(
            library.legacy_list_page(
                path, page=page, per_page=per_page, category=categories[0], query=query
            )
        )

    async def get_workflow(self, workflow_id: str) -> WorkflowRecordWithThumbnailDTO:
        """A library entry (raises ``NotFoundError`` when there is none)."""
        return await self._ctx.call(library.get(workflow_id))

    async def get_workflow_definition(self, workflow_id: str) -> WorkflowDefinition:
        """A library workflow (user or default) as a definition to run."""
        record = await self.get_workflow(workflow_id)
        return WorkflowDefinition.from_dict(record.workflow.to_dict())

    async def save_workflow(self, definition: WorkflowDefinition) -> WorkflowRecordDTO:
        """Store a copy in the library (as a user workflow); returns the new record."""
        return await self._ctx.call(library.create(definition))

    async def update_workflow(
        self, workflow_id: str, definition: WorkflowDefinition
    ) -> WorkflowRecordDTO:
        """Replace a user workflow of the library with ``definition``."""
        return await self._ctx.call(library.update(workflow_id, definition))

    async def delete_workflow(self, workflow_id: str) -> None:
        """Delete a user workflow from the library."""
        await self._ctx.call(library.delete(workflow_id))

    async def get_workflow_from_image(self, image_name: str) -> WorkflowDefinition:
        """The workflow embedded in an image made by a workflow (raises when it has none)."""
        return await self._ctx.call(library.from_image(image_name))


def _document(payload: Any) -> dict[str, Any]:
    if not isinstance(payload, dict) or "components" not in payload:
        raise UnexpectedResponseError("the server's /openapi.json is not an OpenAPI document")
    return payload
