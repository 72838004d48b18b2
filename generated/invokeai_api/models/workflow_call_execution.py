from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_call_execution_status import WorkflowCallExecutionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_call_execution_aggregated_values import (
        WorkflowCallExecutionAggregatedValues,
    )
    from ..models.workflow_call_execution_child_outputs import WorkflowCallExecutionChildOutputs


T = TypeVar("T", bound="WorkflowCallExecution")


@_attrs_define
class WorkflowCallExecution:
    """Tracks one parent/child workflow-call relationship and its lifecycle.

    Attributes:
        depth (int): The 1-based depth of this call frame.
        parent_session_id (str): The parent graph execution state id.
        prepared_call_node_id (str): The prepared exec node id for the parent call site.
        source_call_node_id (str): The source graph node id for the parent call site.
        status (WorkflowCallExecutionStatus): The current workflow-call lifecycle state.
        workflow_id (str): The saved workflow being called.
        aggregated_values (WorkflowCallExecutionAggregatedValues | Unset): The aggregated workflow_return values
            accumulated from child executions.
        child_item_ids (list[int] | Unset): Child queue item ids in enqueue order.
        child_outputs (WorkflowCallExecutionChildOutputs | Unset): Workflow return values keyed by child queue item id.
        child_session_id (None | str | Unset): The child graph execution state id, if any.
        child_session_ids (list[str] | Unset): All child graph execution state ids.
        completed_child_item_ids (list[int] | Unset): The child queue item ids whose workflow_return outputs have been
            aggregated.
        error_message (None | str | Unset): Failure reason, if the call failed.
        expected_child_count (int | Unset): The number of child executions for this call. Default: 1.
        id (str | Unset): The workflow-call execution id.
    """

    depth: int
    parent_session_id: str
    prepared_call_node_id: str
    source_call_node_id: str
    status: WorkflowCallExecutionStatus
    workflow_id: str
    aggregated_values: WorkflowCallExecutionAggregatedValues | Unset = UNSET
    child_item_ids: list[int] | Unset = UNSET
    child_outputs: WorkflowCallExecutionChildOutputs | Unset = UNSET
    child_session_id: None | str | Unset = UNSET
    child_session_ids: list[str] | Unset = UNSET
    completed_child_item_ids: list[int] | Unset = UNSET
    error_message: None | str | Unset = UNSET
    expected_child_count: int | Unset = 1
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        depth = self.depth

        parent_session_id = self.parent_session_id

        prepared_call_node_id = self.prepared_call_node_id

        source_call_node_id = self.source_call_node_id

        status = self.status.value

        workflow_id = self.workflow_id

        aggregated_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aggregated_values, Unset):
            aggregated_values = self.aggregated_values.to_dict()

        child_item_ids: list[int] | Unset = UNSET
        if not isinstance(self.child_item_ids, Unset):
            child_item_ids = self.child_item_ids

        child_outputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.child_outputs, Unset):
            child_outputs = self.child_outputs.to_dict()

        child_session_id: None | str | Unset
        if isinstance(self.child_session_id, Unset):
            child_session_id = UNSET
        else:
            child_session_id = self.child_session_id

        child_session_ids: list[str] | Unset = UNSET
        if not isinstance(self.child_session_ids, Unset):
            child_session_ids = self.child_session_ids

        completed_child_item_ids: list[int] | Unset = UNSET
        if not isinstance(self.completed_child_item_ids, Unset):
            completed_child_item_ids = self.completed_child_item_ids

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        expected_child_count = self.expected_child_count

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "depth": depth,
                "parent_session_id": parent_session_id,
                "prepared_call_node_id": prepared_call_node_id,
                "source_call_node_id": source_call_node_id,
                "status": status,
                "workflow_id": workflow_id,
            }
        )
        if aggregated_values is not UNSET:
            field_dict["aggregated_values"] = aggregated_values
        if child_item_ids is not UNSET:
            field_dict["child_item_ids"] = child_item_ids
        if child_outputs is not UNSET:
            field_dict["child_outputs"] = child_outputs
        if child_session_id is not UNSET:
            field_dict["child_session_id"] = child_session_id
        if child_session_ids is not UNSET:
            field_dict["child_session_ids"] = child_session_ids
        if completed_child_item_ids is not UNSET:
            field_dict["completed_child_item_ids"] = completed_child_item_ids
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if expected_child_count is not UNSET:
            field_dict["expected_child_count"] = expected_child_count
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_call_execution_aggregated_values import (
            WorkflowCallExecutionAggregatedValues,  # noqa: PLC0415
        )
        from ..models.workflow_call_execution_child_outputs import WorkflowCallExecutionChildOutputs  # noqa: PLC0415

        d = dict(src_dict)
        depth = d.pop("depth")

        parent_session_id = d.pop("parent_session_id")

        prepared_call_node_id = d.pop("prepared_call_node_id")

        source_call_node_id = d.pop("source_call_node_id")

        status = WorkflowCallExecutionStatus(d.pop("status"))

        workflow_id = d.pop("workflow_id")

        _aggregated_values = d.pop("aggregated_values", UNSET)
        aggregated_values: WorkflowCallExecutionAggregatedValues | Unset
        if isinstance(_aggregated_values, Unset):
            aggregated_values = UNSET
        else:
            aggregated_values = WorkflowCallExecutionAggregatedValues.from_dict(_aggregated_values)

        child_item_ids = cast(list[int], d.pop("child_item_ids", UNSET))

        _child_outputs = d.pop("child_outputs", UNSET)
        child_outputs: WorkflowCallExecutionChildOutputs | Unset
        if isinstance(_child_outputs, Unset):
            child_outputs = UNSET
        else:
            child_outputs = WorkflowCallExecutionChildOutputs.from_dict(_child_outputs)

        def _parse_child_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        child_session_id = _parse_child_session_id(d.pop("child_session_id", UNSET))

        child_session_ids = cast(list[str], d.pop("child_session_ids", UNSET))

        completed_child_item_ids = cast(list[int], d.pop("completed_child_item_ids", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        expected_child_count = d.pop("expected_child_count", UNSET)

        id = d.pop("id", UNSET)

        workflow_call_execution = cls(
            depth=depth,
            parent_session_id=parent_session_id,
            prepared_call_node_id=prepared_call_node_id,
            source_call_node_id=source_call_node_id,
            status=status,
            workflow_id=workflow_id,
            aggregated_values=aggregated_values,
            child_item_ids=child_item_ids,
            child_outputs=child_outputs,
            child_session_id=child_session_id,
            child_session_ids=child_session_ids,
            completed_child_item_ids=completed_child_item_ids,
            error_message=error_message,
            expected_child_count=expected_child_count,
            id=id,
        )

        workflow_call_execution.additional_properties = d
        return workflow_call_execution

    def get(self, key: str, default: Any = None) -> Any:
        """The value named ``key`` in this record's JSON form (:meth:`to_dict`), or ``default``:
        dict-style reading, as the original client's results were read."""
        return self.to_dict().get(key, default)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
