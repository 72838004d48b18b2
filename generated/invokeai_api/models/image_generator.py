from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_generator_field import ImageGeneratorField


T = TypeVar("T", bound="ImageGenerator")


@_attrs_define
class ImageGenerator:
    """Generated a collection of images for use in a batched generation

    Attributes:
        generator (ImageGeneratorField):
        id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
        type_ (Literal['image_generator']):  Default: 'image_generator'.
        is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
        use_cache (bool | Unset): Whether or not to use the cache Default: True.
    """

    generator: ImageGeneratorField
    id: str
    type_: Literal["image_generator"] = "image_generator"
    is_intermediate: bool | Unset = False
    use_cache: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generator = self.generator.to_dict()

        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        use_cache = self.use_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generator": generator,
                "id": id,
                "type": type_,
            }
        )
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_generator_field import ImageGeneratorField  # noqa: PLC0415

        d = dict(src_dict)
        generator = ImageGeneratorField.from_dict(d.pop("generator"))

        id = d.pop("id")

        type_ = cast(Literal["image_generator"], d.pop("type"))
        if type_ != "image_generator":
            raise ValueError(f"type must match const 'image_generator', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        image_generator = cls(
            generator=generator,
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            use_cache=use_cache,
        )

        image_generator.additional_properties = d
        return image_generator

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
