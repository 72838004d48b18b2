from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_font_face import UserFontFace


T = TypeVar("T", bound="UserFont")


@_attrs_define
class UserFont:
    """
    Attributes:
        faces (list[UserFontFace]):
        family (str):
        id (str):
        label (str):
        path (str):
        url (str):
    """

    faces: list[UserFontFace]
    family: str
    id: str
    label: str
    path: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        faces = []
        for faces_item_data in self.faces:
            faces_item = faces_item_data.to_dict()
            faces.append(faces_item)

        family = self.family

        id = self.id

        label = self.label

        path = self.path

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "faces": faces,
                "family": family,
                "id": id,
                "label": label,
                "path": path,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_font_face import UserFontFace  # noqa: PLC0415

        d = dict(src_dict)
        faces = []
        _faces = d.pop("faces")
        for faces_item_data in _faces:
            faces_item = UserFontFace.from_dict(faces_item_data)

            faces.append(faces_item)

        family = d.pop("family")

        id = d.pop("id")

        label = d.pop("label")

        path = d.pop("path")

        url = d.pop("url")

        user_font = cls(
            faces=faces,
            family=family,
            id=id,
            label=label,
            path=path,
            url=url,
        )

        user_font.additional_properties = d
        return user_font

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
