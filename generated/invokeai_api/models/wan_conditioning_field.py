from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WanConditioningField")


@_attrs_define
class WanConditioningField:
    """A Wan 2.2 conditioning tensor primitive value.

    Wan conditioning is the UMT5-XXL hidden state for the prompt plus an attention
    mask marking valid (non-padding) tokens.

        Attributes:
            conditioning_name (str): The name of conditioning tensor
    """

    conditioning_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conditioning_name = self.conditioning_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditioning_name": conditioning_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conditioning_name = d.pop("conditioning_name")

        wan_conditioning_field = cls(
            conditioning_name=conditioning_name,
        )

        wan_conditioning_field.additional_properties = d
        return wan_conditioning_field

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
