# Generated from _async/workflow_repo.py by scripts/unasync.py: do not edit by hand.
"""Workflows: prepare one for running, and the server's workflow library."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from invokeai_api.models import (
    WorkflowRecordDTO,
    WorkflowRecordListItemWithThumbnailDTO,
    WorkflowRecordWithThumbnailDTO,
)

from .._backends._sync import Lock
from .._core.errors import InvalidInputError, UnexpectedResponseError, UnsupportedByServerError
from .._core.spec import Spec
from .._core.versions import FEATURES
from .._core.workflows import library
from .._core.workflows.definition import WorkflowDefinition
from .._core.workflows.node_schema import NodeSchema, NodeSchemaCache
from ._requester import Requester
from .pagination import Page
from .workflow_handle import WorkflowHandle


class WorkflowRepository:
    """Run workflows exported from the web UI, and manage the server's workflow library."""

    def __init__(self, requester: Requester) -> None:
        self._ctx = requester
        self._schemas = NodeSchemaCache()
        # Concurrent first create_workflow calls share one fetch of the node schemas.
        self._schemas_lock = Lock()

    # ------------------------------------------------------------------------- running
    def create_workflow(self, definition: WorkflowDefinition) -> WorkflowHandle:
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
        return WorkflowHandle(self._ctx, definition, self._node_schemas())

    def _node_schemas(self) -> dict[str, NodeSchema]:
        if self._schemas.nodes is not None:
            return self._schemas.nodes
        with self._schemas_lock:
            if self._schemas.nodes is not None:  # fetched while this call waited for the lock
                return self._schemas.nodes
            # /openapi.json is served from the server root, beside /api.
            openapi = self._ctx.call(Spec.route("GET", "/openapi.json", returns=_document))
            return self._schemas.load(openapi)

    def load_node_schemas(self, openapi: dict[str, Any]) -> None:
        """Take the node schemas from this OpenAPI document (a saved copy of the server's
        ``/openapi.json``) instead of fetching it on first use: about 2 MB saved per client."""
        if not isinstance(openapi, dict) or "components" not in openapi:
            raise InvalidInputError("load_node_schemas needs the server's OpenAPI document")
        self._schemas.load(openapi)

    # ------------------------------------------------------------------------- library
    def list_workflows(
        self,
        *,
        page: int = 0,
        per_page: int = 50,
        categories: Sequence[str] | None = None,
        tags: Sequence[str] | None = None,
        query: str | None = None,
    ) -> Page[WorkflowRecordListItemWithThumbnailDTO]:
        """One page of the library (iterate it; ``next_page()`` reads on). ``categories``:
        ``user``, ``default`` (the server's own workflows), ``project``; ``tags`` and ``query``
        filter further."""
        library.page_of(page, per_page)
        spec = library.list_page(
            page=page, per_page=per_page, categories=categories, tags=tags, query=query
        )
        if not self._ctx.supports("workflow_filters"):
            result = self._legacy_list(page, per_page, list(categories or ["user"]), tags, query)
        else:
            result = self._ctx.call(spec)

        def load(offset: int) -> Any:
            return self.list_workflows(
                page=offset // per_page,
                per_page=per_page,
                categories=categories,
                tags=tags,
                query=query,
            )

        return Page(list(result.items), offset=page * per_page, total=result.total, load=load)

    def iter_workflows(
        self,
        *,
        per_page: int = 50,
        categories: Sequence[str] | None = None,
        tags: Sequence[str] | None = None,
        query: str | None = None,
    ) -> Iterator[WorkflowRecordListItemWithThumbnailDTO]:
        """Every library entry that matches, reading ``per_page`` at a time."""
        first = self.list_workflows(
            per_page=per_page, categories=categories, tags=tags, query=query
        )
        for record in first.auto_paging():
            yield record

    def _legacy_list(
        self,
        page: int,
        per_page: int,
        categories: list[str],
        tags: Sequence[str] | None,
        query: str | None,
    ) -> library.Page:
        # Before 5.0 the library took one `category` and no tags.
        if tags:
            self._ctx.require("workflow_filters")
        if len(categories) != 1:
            raise UnsupportedByServerError(
                feature="listing several workflow categories at once",
                since=FEATURES["workflow_filters"].since,
                server_version=str(self._ctx.server_version()),
            )
        path = self._ctx.options.endpoint_path("/workflows/")
        return self._ctx.call(
            library.legacy_list_page(
                path, page=page, per_page=per_page, category=categories[0], query=query
            )
        )

    def get_workflow(self, workflow_id: str) -> WorkflowRecordWithThumbnailDTO:
        """A library entry (raises ``NotFoundError`` when there is none)."""
        return self._ctx.call(library.get(workflow_id))

    def get_workflow_definition(self, workflow_id: str) -> WorkflowDefinition:
        """A library workflow (user or default) as a definition to run."""
        record = self.get_workflow(workflow_id)
        return WorkflowDefinition.from_dict(record.workflow.to_dict())

    def save_workflow(self, definition: WorkflowDefinition) -> WorkflowRecordDTO:
        """Store a copy in the library (as a user workflow); returns the new record."""
        return self._ctx.call(library.create(definition))

    def update_workflow(
        self, workflow_id: str, definition: WorkflowDefinition
    ) -> WorkflowRecordDTO:
        """Replace a user workflow of the library with ``definition``."""
        return self._ctx.call(library.update(workflow_id, definition))

    def delete_workflow(self, workflow_id: str) -> None:
        """Delete a user workflow from the library."""
        self._ctx.call(library.delete(workflow_id))

    def get_workflow_from_image(self, image_name: str) -> WorkflowDefinition:
        """The workflow embedded in an image made by a workflow (raises when it has none)."""
        return self._ctx.call(library.from_image(image_name))


def _document(payload: Any) -> dict[str, Any]:
    if not isinstance(payload, dict) or "components" not in payload:
        raise UnexpectedResponseError("the server's /openapi.json is not an OpenAPI document")
    return payload
