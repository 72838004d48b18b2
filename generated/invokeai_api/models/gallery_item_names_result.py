from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.gallery_item_ref import GalleryItemRef


T = TypeVar("T", bound="GalleryItemNamesResult")


@_attrs_define
class GalleryItemNamesResult:
    """Ordered list of gallery item references plus counts for optimistic UI.

    Deprecated in favour of :class:`GalleryItemNames`. Wrapping every name in an object to
    carry a `kind` discriminator costs ~800ms of model construction on a 200k-item library,
    for a field callers derive from the filename extension anyway.

        Attributes:
            items (list[GalleryItemRef]): Ordered list of (kind, name) references.
            starred_count (int): Number of starred items (when starred_first=True).
            total_count (int): Total number of items matching the query.
    """

    items: list[GalleryItemRef]
    starred_count: int
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        starred_count = self.starred_count

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "starred_count": starred_count,
                "total_count": total_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gallery_item_ref import GalleryItemRef  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = GalleryItemRef.from_dict(items_item_data)

            items.append(items_item)

        starred_count = d.pop("starred_count")

        total_count = d.pop("total_count")

        gallery_item_names_result = cls(
            items=items,
            starred_count=starred_count,
            total_count=total_count,
        )

        gallery_item_names_result.additional_properties = d
        return gallery_item_names_result

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
