from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.image_field import ImageField


T = TypeVar("T", bound="PBRMapsOutput")


@_attrs_define
class PBRMapsOutput:
    """
    Attributes:
        displacement_map (ImageField): An image primitive field
        normal_map (ImageField): An image primitive field
        roughness_map (ImageField): An image primitive field
        type_ (Literal['pbr_maps-output']):  Default: 'pbr_maps-output'.
    """

    displacement_map: ImageField
    normal_map: ImageField
    roughness_map: ImageField
    type_: Literal["pbr_maps-output"] = "pbr_maps-output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        displacement_map = self.displacement_map.to_dict()

        normal_map = self.normal_map.to_dict()

        roughness_map = self.roughness_map.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displacement_map": displacement_map,
                "normal_map": normal_map,
                "roughness_map": roughness_map,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_field import ImageField  # noqa: PLC0415

        d = dict(src_dict)
        displacement_map = ImageField.from_dict(d.pop("displacement_map"))

        normal_map = ImageField.from_dict(d.pop("normal_map"))

        roughness_map = ImageField.from_dict(d.pop("roughness_map"))

        type_ = cast(Literal["pbr_maps-output"], d.pop("type"))
        if type_ != "pbr_maps-output":
            raise ValueError(f"type must match const 'pbr_maps-output', got '{type_}'")

        pbr_maps_output = cls(
            displacement_map=displacement_map,
            normal_map=normal_map,
            roughness_map=roughness_map,
            type_=type_,
        )

        pbr_maps_output.additional_properties = d
        return pbr_maps_output

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
