from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="IfInvocationOutput")


@_attrs_define
class IfInvocationOutput:
    """
    Attributes:
        type_ (Literal['if_output']):  Default: 'if_output'.
        value (Any | None): The selected value
    """

    value: Any | None
    type_: Literal["if_output"] = "if_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value: Any | None
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["if_output"], d.pop("type"))
        if type_ != "if_output":
            raise ValueError(f"type must match const 'if_output', got '{type_}'")

        def _parse_value(data: object) -> Any | None:
            if data is None:
                return data
            return cast(Any | None, data)

        value = _parse_value(d.pop("value"))

        if_invocation_output = cls(
            type_=type_,
            value=value,
        )

        if_invocation_output.additional_properties = d
        return if_invocation_output

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
