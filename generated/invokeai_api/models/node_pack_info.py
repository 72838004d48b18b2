from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NodePackInfo")


@_attrs_define
class NodePackInfo:
    """Information about an installed node pack.

    Attributes:
        name (str): The name of the node pack.
        node_count (int): The number of nodes in the pack.
        node_types (list[str]): The invocation types provided by this node pack.
        path (str): The path to the node pack directory.
    """

    name: str
    node_count: int
    node_types: list[str]
    path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        node_count = self.node_count

        node_types = self.node_types

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "node_count": node_count,
                "node_types": node_types,
                "path": path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        node_count = d.pop("node_count")

        node_types = cast(list[str], d.pop("node_types"))

        path = d.pop("path")

        node_pack_info = cls(
            name=name,
            node_count=node_count,
            node_types=node_types,
            path=path,
        )

        node_pack_info.additional_properties = d
        return node_pack_info

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
