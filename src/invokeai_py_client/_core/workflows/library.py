"""The server's workflow library, I/O-free: its requests, and the shape a stored workflow must
have (exports of older editors may lack some fields)."""

from __future__ import annotations

import json
from collections.abc import Sequence
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
    WorkflowRecordWithThumbnailDTO,
    WorkflowWithoutID,
)
from invokeai_api.types import UNSET

from .. import checks
from ..errors import InvalidInputError, WorkflowValidationError
from ..spec import Spec, checked, nothing
from .definition import WorkflowDefinition

Page = PaginatedResultsWorkflowRecordListItemWithThumbnailDTO

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


def stored_shape(definition: WorkflowDefinition) -> dict[str, Any]:
    data = {**_WORKFLOW_DEFAULTS, **definition.to_dict()}
    meta: dict[str, Any] = data["meta"] if isinstance(data.get("meta"), dict) else {}
    data["meta"] = {**_WORKFLOW_DEFAULTS["meta"], **meta, "category": "user"}
    return data


def page_of(page: int, per_page: int) -> None:
    if isinstance(page, bool) or isinstance(per_page, bool) or page < 0 or per_page < 1:
        raise InvalidInputError(f"need page >= 0 and per_page >= 1, got {page=} {per_page=}")


def list_page(
    *,
    page: int,
    per_page: int,
    categories: Sequence[str] | None,
    tags: Sequence[str] | None,
    query: str | None,
) -> Spec[Page]:
    return Spec.of(
        list_workflows,
        page=page,
        per_page=per_page,
        categories=checks.members(WorkflowCategory, categories, "workflow category"),
        tags=list(tags) if tags else UNSET,
        query=query if query else UNSET,
        returns=checked(Page),
    )


def legacy_list_page(
    path: str, *, page: int, per_page: int, category: str, query: str | None
) -> Spec[Page]:
    """A page of the library of servers before 5.0 (one ``category``, no tags)."""
    params: dict[str, Any] = {"page": page, "per_page": per_page, "category": category}
    if query:
        params["query"] = query
    return Spec.route("GET", path, params=params, returns=Page.from_dict)


def get(workflow_id: str) -> Spec[WorkflowRecordWithThumbnailDTO]:
    return Spec.of(get_workflow, workflow_id, returns=checked(WorkflowRecordWithThumbnailDTO))


def create(definition: WorkflowDefinition) -> Spec[WorkflowRecordDTO]:
    data = stored_shape(definition)
    data.pop("id", None)
    body = BodyCreateWorkflow(workflow=WorkflowWithoutID.from_dict(data))
    return Spec.of(create_workflow, body=body, returns=checked(WorkflowRecordDTO))


def update(workflow_id: str, definition: WorkflowDefinition) -> Spec[WorkflowRecordDTO]:
    data = {**stored_shape(definition), "id": workflow_id}
    body = BodyUpdateWorkflow(workflow=Workflow.from_dict(data))
    return Spec.of(update_workflow, workflow_id, body=body, returns=checked(WorkflowRecordDTO))


def delete(workflow_id: str) -> Spec[None]:
    return Spec.of(delete_workflow, workflow_id, returns=nothing)


def from_image(image_name: str) -> Spec[WorkflowDefinition]:
    """The workflow embedded in an image made by a workflow (raises when it has none)."""
    response = checked(WorkflowAndGraphResponse)

    def read(value: Any) -> WorkflowDefinition:
        embedded = response(value)
        if not isinstance(embedded.workflow, str) or not embedded.workflow:
            raise WorkflowValidationError(f"image {image_name!r} carries no workflow")
        return WorkflowDefinition.from_dict(json.loads(embedded.workflow))

    return Spec.of(get_image_workflow, image_name, returns=read)
