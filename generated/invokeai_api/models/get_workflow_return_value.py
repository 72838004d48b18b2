from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_workflow_return_value_values import GetWorkflowReturnValueValues


T = TypeVar("T", bound="GetWorkflowReturnValue")


@_attrs_define
class GetWorkflowReturnValue:
    """Extracts one named value from a callable workflow return.

    Attributes:
        id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
        type_ (Literal['workflow_return_get']):  Default: 'workflow_return_get'.
        is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
        key (str | Unset): The return key to extract. Default: ''.
        use_cache (bool | Unset): Whether or not to use the cache Default: False.
        values (GetWorkflowReturnValueValues | Unset): The named workflow return values.
    """

    id: str
    type_: Literal["workflow_return_get"] = "workflow_return_get"
    is_intermediate: bool | Unset = False
    key: str | Unset = ""
    use_cache: bool | Unset = False
    values: GetWorkflowReturnValueValues | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        key = self.key

        use_cache = self.use_cache

        values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values.to_dict()

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
        if key is not UNSET:
            field_dict["key"] = key
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_workflow_return_value_values import GetWorkflowReturnValueValues  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["workflow_return_get"], d.pop("type"))
        if type_ != "workflow_return_get":
            raise ValueError(f"type must match const 'workflow_return_get', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        key = d.pop("key", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        _values = d.pop("values", UNSET)
        values: GetWorkflowReturnValueValues | Unset
        if isinstance(_values, Unset):
            values = UNSET
        else:
            values = GetWorkflowReturnValueValues.from_dict(_values)

        get_workflow_return_value = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            key=key,
            use_cache=use_cache,
            values=values,
        )

        get_workflow_return_value.additional_properties = d
        return get_workflow_return_value

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
