from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvocationCacheStatus")


@_attrs_define
class InvocationCacheStatus:
    """
    Attributes:
        enabled (bool): Whether the invocation cache is enabled
        hits (int): The number of cache hits
        max_size (int): The maximum size of the invocation cache
        misses (int): The number of cache misses
        size (int): The current size of the invocation cache
    """

    enabled: bool
    hits: int
    max_size: int
    misses: int
    size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        hits = self.hits

        max_size = self.max_size

        misses = self.misses

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "hits": hits,
                "max_size": max_size,
                "misses": misses,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        hits = d.pop("hits")

        max_size = d.pop("max_size")

        misses = d.pop("misses")

        size = d.pop("size")

        invocation_cache_status = cls(
            enabled=enabled,
            hits=hits,
            max_size=max_size,
            misses=misses,
            size=size,
        )

        invocation_cache_status.additional_properties = d
        return invocation_cache_status

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
