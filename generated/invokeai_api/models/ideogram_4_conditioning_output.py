from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ideogram_4_conditioning_field import Ideogram4ConditioningField


T = TypeVar("T", bound="Ideogram4ConditioningOutput")


@_attrs_define
class Ideogram4ConditioningOutput:
    """Base class for nodes that output an Ideogram 4 text conditioning tensor.

    Attributes:
        conditioning (Ideogram4ConditioningField): An Ideogram 4 conditioning tensor primitive value
        type_ (Literal['ideogram4_conditioning_output']):  Default: 'ideogram4_conditioning_output'.
    """

    conditioning: Ideogram4ConditioningField
    type_: Literal["ideogram4_conditioning_output"] = "ideogram4_conditioning_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conditioning = self.conditioning.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditioning": conditioning,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ideogram_4_conditioning_field import Ideogram4ConditioningField  # noqa: PLC0415

        d = dict(src_dict)
        conditioning = Ideogram4ConditioningField.from_dict(d.pop("conditioning"))

        type_ = cast(Literal["ideogram4_conditioning_output"], d.pop("type"))
        if type_ != "ideogram4_conditioning_output":
            raise ValueError(
                f"type must match const 'ideogram4_conditioning_output', got '{type_}'"
            )

        ideogram_4_conditioning_output = cls(
            conditioning=conditioning,
            type_=type_,
        )

        ideogram_4_conditioning_output.additional_properties = d
        return ideogram_4_conditioning_output

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
