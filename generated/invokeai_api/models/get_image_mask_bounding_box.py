from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.color_field import ColorField
    from ..models.image_field import ImageField


T = TypeVar("T", bound="GetImageMaskBoundingBox")


@_attrs_define
class GetImageMaskBoundingBox:
    """Gets the bounding box of the given mask image.

    Attributes:
        id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
        type_ (Literal['get_image_mask_bounding_box']):  Default: 'get_image_mask_bounding_box'.
        is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
        margin (int | Unset): Margin to add to the bounding box. Default: 0.
        mask (ImageField | None | Unset): The mask to crop.
        mask_color (ColorField | Unset): A color primitive field
        use_cache (bool | Unset): Whether or not to use the cache Default: True.
    """

    id: str
    type_: Literal["get_image_mask_bounding_box"] = "get_image_mask_bounding_box"
    is_intermediate: bool | Unset = False
    margin: int | Unset = 0
    mask: ImageField | None | Unset = UNSET
    mask_color: ColorField | Unset = UNSET
    use_cache: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_field import ImageField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        margin = self.margin

        mask: dict[str, Any] | None | Unset
        if isinstance(self.mask, Unset):
            mask = UNSET
        elif isinstance(self.mask, ImageField):
            mask = self.mask.to_dict()
        else:
            mask = self.mask

        mask_color: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mask_color, Unset):
            mask_color = self.mask_color.to_dict()

        use_cache = self.use_cache

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
        if margin is not UNSET:
            field_dict["margin"] = margin
        if mask is not UNSET:
            field_dict["mask"] = mask
        if mask_color is not UNSET:
            field_dict["mask_color"] = mask_color
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.color_field import ColorField  # noqa: PLC0415
        from ..models.image_field import ImageField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["get_image_mask_bounding_box"], d.pop("type"))
        if type_ != "get_image_mask_bounding_box":
            raise ValueError(f"type must match const 'get_image_mask_bounding_box', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        margin = d.pop("margin", UNSET)

        def _parse_mask(data: object) -> ImageField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mask_type_0 = ImageField.from_dict(data)

                return mask_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageField | None | Unset, data)

        mask = _parse_mask(d.pop("mask", UNSET))

        _mask_color = d.pop("mask_color", UNSET)
        mask_color: ColorField | Unset
        if isinstance(_mask_color, Unset):
            mask_color = UNSET
        else:
            mask_color = ColorField.from_dict(_mask_color)

        use_cache = d.pop("use_cache", UNSET)

        get_image_mask_bounding_box = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            margin=margin,
            mask=mask,
            mask_color=mask_color,
            use_cache=use_cache,
        )

        get_image_mask_bounding_box.additional_properties = d
        return get_image_mask_bounding_box

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
