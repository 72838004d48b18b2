from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_return_value_field import WorkflowReturnValueField


T = TypeVar("T", bound="WorkflowReturn")


@_attrs_define
class WorkflowReturn:
    """Defines the explicit named result returned by a callable workflow.

    Attributes:
        id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
        type_ (Literal['workflow_return']):  Default: 'workflow_return'.
        is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
        use_cache (bool | Unset): Whether or not to use the cache Default: False.
        values (list[WorkflowReturnValueField] | Unset | WorkflowReturnValueField): The named values returned to a
            calling workflow.
    """

    id: str
    type_: Literal["workflow_return"] = "workflow_return"
    is_intermediate: bool | Unset = False
    use_cache: bool | Unset = False
    values: list[WorkflowReturnValueField] | Unset | WorkflowReturnValueField = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_return_value_field import WorkflowReturnValueField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        use_cache = self.use_cache

        values: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, WorkflowReturnValueField):
            values = self.values.to_dict()
        else:
            values = []
            for values_type_1_item_data in self.values:
                values_type_1_item = values_type_1_item_data.to_dict()
                values.append(values_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_return_value_field import WorkflowReturnValueField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["workflow_return"], d.pop("type"))
        if type_ != "workflow_return":
            raise ValueError(f"type must match const 'workflow_return', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        def _parse_values(
            data: object,
        ) -> list[WorkflowReturnValueField] | Unset | WorkflowReturnValueField:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                values_type_0 = WorkflowReturnValueField.from_dict(data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            values_type_1 = []
            _values_type_1 = data
            for values_type_1_item_data in _values_type_1:
                values_type_1_item = WorkflowReturnValueField.from_dict(values_type_1_item_data)

                values_type_1.append(values_type_1_item)

            return values_type_1

        values = _parse_values(d.pop("values", UNSET))

        workflow_return = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
            values=values,
        )

        workflow_return.additional_properties = d
        return workflow_return

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
