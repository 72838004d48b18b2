from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workflow_return_output_values import WorkflowReturnOutputValues


T = TypeVar("T", bound="WorkflowReturnOutput")


@_attrs_define
class WorkflowReturnOutput:
    """The explicit named values returned from a callable workflow.

    Attributes:
        type_ (Literal['workflow_return_output']):  Default: 'workflow_return_output'.
        values (WorkflowReturnOutputValues): The workflow return values, keyed by return name.
    """

    values: WorkflowReturnOutputValues
    type_: Literal["workflow_return_output"] = "workflow_return_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        values = self.values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_return_output_values import WorkflowReturnOutputValues  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["workflow_return_output"], d.pop("type"))
        if type_ != "workflow_return_output":
            raise ValueError(f"type must match const 'workflow_return_output', got '{type_}'")

        values = WorkflowReturnOutputValues.from_dict(d.pop("values"))

        workflow_return_output = cls(
            type_=type_,
            values=values,
        )

        workflow_return_output.additional_properties = d
        return workflow_return_output

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
