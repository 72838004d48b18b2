from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.image_field import ImageField


T = TypeVar("T", bound="ImageOutput")


@_attrs_define
class ImageOutput:
    """Base class for nodes that output a single image

    Attributes:
        height (int): The height of the image in pixels
        image (ImageField): An image primitive field
        type_ (Literal['image_output']):  Default: 'image_output'.
        width (int): The width of the image in pixels
    """

    height: int
    image: ImageField
    width: int
    type_: Literal["image_output"] = "image_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        image = self.image.to_dict()

        type_ = self.type_

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "height": height,
                "image": image,
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

        type_ = cast(Literal["image_output"], d.pop("type"))
        if type_ != "image_output":
            raise ValueError(f"type must match const 'image_output', got '{type_}'")

        width = d.pop("width")

        image_output = cls(
            height=height,
            image=image,
            type_=type_,
            width=width,
        )

        image_output.additional_properties = d
        return image_output

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
