from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowReturnValue")


@_attrs_define
class WorkflowReturnValue:
    """Creates one named value for a callable workflow return.

    Attributes:
        id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
        type_ (Literal['workflow_return_value']):  Default: 'workflow_return_value'.
        is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
        key (str | Unset): The return key. Default: ''.
        use_cache (bool | Unset): Whether or not to use the cache Default: False.
        value (Any | None | Unset): The value returned under this key.
    """

    id: str
    type_: Literal["workflow_return_value"] = "workflow_return_value"
    is_intermediate: bool | Unset = False
    key: str | Unset = ""
    use_cache: bool | Unset = False
    value: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        key = self.key

        use_cache = self.use_cache

        value: Any | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

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
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["workflow_return_value"], d.pop("type"))
        if type_ != "workflow_return_value":
            raise ValueError(f"type must match const 'workflow_return_value', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        key = d.pop("key", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        def _parse_value(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        workflow_return_value = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            key=key,
            use_cache=use_cache,
            value=value,
        )

        workflow_return_value.additional_properties = d
        return workflow_return_value

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
