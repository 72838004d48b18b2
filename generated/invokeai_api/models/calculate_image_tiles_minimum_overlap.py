from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CalculateImageTilesMinimumOverlap")


@_attrs_define
class CalculateImageTilesMinimumOverlap:
    """Calculate the coordinates and overlaps of tiles that cover a target image shape.

    Attributes:
        id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
        type_ (Literal['calculate_image_tiles_min_overlap']):  Default: 'calculate_image_tiles_min_overlap'.
        image_height (int | Unset): The image height, in pixels, to calculate tiles for. Default: 1024.
        image_width (int | Unset): The image width, in pixels, to calculate tiles for. Default: 1024.
        is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
        min_overlap (int | Unset): Minimum overlap between adjacent tiles, in pixels. Default: 128.
        tile_height (int | Unset): The tile height, in pixels. Default: 576.
        tile_width (int | Unset): The tile width, in pixels. Default: 576.
        use_cache (bool | Unset): Whether or not to use the cache Default: True.
    """

    id: str
    type_: Literal["calculate_image_tiles_min_overlap"] = "calculate_image_tiles_min_overlap"
    image_height: int | Unset = 1024
    image_width: int | Unset = 1024
    is_intermediate: bool | Unset = False
    min_overlap: int | Unset = 128
    tile_height: int | Unset = 576
    tile_width: int | Unset = 576
    use_cache: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        image_height = self.image_height

        image_width = self.image_width

        is_intermediate = self.is_intermediate

        min_overlap = self.min_overlap

        tile_height = self.tile_height

        tile_width = self.tile_width

        use_cache = self.use_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if image_height is not UNSET:
            field_dict["image_height"] = image_height
        if image_width is not UNSET:
            field_dict["image_width"] = image_width
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if min_overlap is not UNSET:
            field_dict["min_overlap"] = min_overlap
        if tile_height is not UNSET:
            field_dict["tile_height"] = tile_height
        if tile_width is not UNSET:
            field_dict["tile_width"] = tile_width
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["calculate_image_tiles_min_overlap"], d.pop("type"))
        if type_ != "calculate_image_tiles_min_overlap":
            raise ValueError(
                f"type must match const 'calculate_image_tiles_min_overlap', got '{type_}'"
            )

        image_height = d.pop("image_height", UNSET)

        image_width = d.pop("image_width", UNSET)

        is_intermediate = d.pop("is_intermediate", UNSET)

        min_overlap = d.pop("min_overlap", UNSET)

        tile_height = d.pop("tile_height", UNSET)

        tile_width = d.pop("tile_width", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        calculate_image_tiles_minimum_overlap = cls(
            id=id,
            type_=type_,
            image_height=image_height,
            image_width=image_width,
            is_intermediate=is_intermediate,
            min_overlap=min_overlap,
            tile_height=tile_height,
            tile_width=tile_width,
            use_cache=use_cache,
        )

        calculate_image_tiles_minimum_overlap.additional_properties = d
        return calculate_image_tiles_minimum_overlap

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
