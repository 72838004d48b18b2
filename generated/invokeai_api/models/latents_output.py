from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.latents_field import LatentsField


T = TypeVar("T", bound="LatentsOutput")


@_attrs_define
class LatentsOutput:
    """Base class for nodes that output a single latents tensor

    Attributes:
        height (int): Height of output (px)
        latents (LatentsField): A latents tensor primitive field
        type_ (Literal['latents_output']):  Default: 'latents_output'.
        width (int): Width of output (px)
    """

    height: int
    latents: LatentsField
    width: int
    type_: Literal["latents_output"] = "latents_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        latents = self.latents.to_dict()

        type_ = self.type_

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "height": height,
                "latents": latents,
                "type": type_,
                "width": width,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.latents_field import LatentsField  # noqa: PLC0415

        d = dict(src_dict)
        height = d.pop("height")

        latents = LatentsField.from_dict(d.pop("latents"))

        type_ = cast(Literal["latents_output"], d.pop("type"))
        if type_ != "latents_output":
            raise ValueError(f"type must match const 'latents_output', got '{type_}'")

        width = d.pop("width")

        latents_output = cls(
            height=height,
            latents=latents,
            type_=type_,
            width=width,
        )

        latents_output.additional_properties = d
        return latents_output

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
