from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.image_field import ImageField


T = TypeVar("T", bound="FaceMaskOutput")


@_attrs_define
class FaceMaskOutput:
    """Base class for FaceMask output

    Attributes:
        height (int): The height of the image in pixels
        image (ImageField): An image primitive field
        mask (ImageField): An image primitive field
        type_ (Literal['face_mask_output']):  Default: 'face_mask_output'.
        width (int): The width of the image in pixels
    """

    height: int
    image: ImageField
    mask: ImageField
    width: int
    type_: Literal["face_mask_output"] = "face_mask_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        image = self.image.to_dict()

        mask = self.mask.to_dict()

        type_ = self.type_

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "height": height,
                "image": image,
                "mask": mask,
                "type": type_,
                "width": width,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_field import ImageField  # noqa: PLC0415

        d = dict(src_dict)
        height = d.pop("height")

        image = ImageField.from_dict(d.pop("image"))

        mask = ImageField.from_dict(d.pop("mask"))

        type_ = cast(Literal["face_mask_output"], d.pop("type"))
        if type_ != "face_mask_output":
            raise ValueError(f"type must match const 'face_mask_output', got '{type_}'")

        width = d.pop("width")

        face_mask_output = cls(
            height=height,
            image=image,
            mask=mask,
            type_=type_,
            width=width,
        )

        face_mask_output.additional_properties = d
        return face_mask_output

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
