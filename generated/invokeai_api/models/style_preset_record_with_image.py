from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset_type import PresetType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preset_data import PresetData


T = TypeVar("T", bound="StylePresetRecordWithImage")


@_attrs_define
class StylePresetRecordWithImage:
    """
    Attributes:
        id (str): The style preset ID.
        image (None | str): The path for image
        name (str): The name of the style preset.
        preset_data (PresetData):
        type_ (PresetType):
        user_id (str): The user who owns this style preset.
        is_public (bool | Unset): Whether the preset is visible to other users. Default: False.
    """

    id: str
    image: None | str
    name: str
    preset_data: PresetData
    type_: PresetType
    user_id: str
    is_public: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        image: None | str
        image = self.image

        name = self.name

        preset_data = self.preset_data.to_dict()

        type_ = self.type_.value

        user_id = self.user_id

        is_public = self.is_public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "image": image,
                "name": name,
                "preset_data": preset_data,
                "type": type_,
                "user_id": user_id,
            }
        )
        if is_public is not UNSET:
            field_dict["is_public"] = is_public

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preset_data import PresetData  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_image(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        image = _parse_image(d.pop("image"))

        name = d.pop("name")

        preset_data = PresetData.from_dict(d.pop("preset_data"))

        type_ = PresetType(d.pop("type"))

        user_id = d.pop("user_id")

        is_public = d.pop("is_public", UNSET)

        style_preset_record_with_image = cls(
            id=id,
            image=image,
            name=name,
            preset_data=preset_data,
            type_=type_,
            user_id=user_id,
            is_public=is_public,
        )

        style_preset_record_with_image.additional_properties = d
        return style_preset_record_with_image

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
