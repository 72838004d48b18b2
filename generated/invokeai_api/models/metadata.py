from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_item_field import MetadataItemField


T = TypeVar("T", bound="Metadata")


@_attrs_define
class Metadata:
    """Takes a MetadataItem or collection of MetadataItems and outputs a MetadataDict.

    Attributes:
        id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
        type_ (Literal['metadata']):  Default: 'metadata'.
        is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
        items (list[MetadataItemField] | MetadataItemField | None | Unset): A single metadata item or collection of
            metadata items
        use_cache (bool | Unset): Whether or not to use the cache Default: True.
    """

    id: str
    type_: Literal["metadata"] = "metadata"
    is_intermediate: bool | Unset = False
    items: list[MetadataItemField] | MetadataItemField | None | Unset = UNSET
    use_cache: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata_item_field import MetadataItemField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        items: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        elif isinstance(self.items, MetadataItemField):
            items = self.items.to_dict()
        else:
            items = self.items

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
        if items is not UNSET:
            field_dict["items"] = items
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metadata_item_field import MetadataItemField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["metadata"], d.pop("type"))
        if type_ != "metadata":
            raise ValueError(f"type must match const 'metadata', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_items(
            data: object,
        ) -> list[MetadataItemField] | MetadataItemField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = MetadataItemField.from_dict(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                items_type_1 = MetadataItemField.from_dict(data)

                return items_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MetadataItemField] | MetadataItemField | None | Unset, data)

        items = _parse_items(d.pop("items", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        metadata = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            items=items,
            use_cache=use_cache,
        )

        metadata.additional_properties = d
        return metadata

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
