from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cache_stats_loaded_model_sizes import CacheStatsLoadedModelSizes


T = TypeVar("T", bound="CacheStats")


@_attrs_define
class CacheStats:
    """Collect statistics on cache performance.

    Attributes:
        cache_size (int | Unset):  Default: 0.
        cleared (int | Unset):  Default: 0.
        high_watermark (int | Unset):  Default: 0.
        hits (int | Unset):  Default: 0.
        in_cache (int | Unset):  Default: 0.
        loaded_model_sizes (CacheStatsLoadedModelSizes | Unset):
        misses (int | Unset):  Default: 0.
    """

    cache_size: int | Unset = 0
    cleared: int | Unset = 0
    high_watermark: int | Unset = 0
    hits: int | Unset = 0
    in_cache: int | Unset = 0
    loaded_model_sizes: CacheStatsLoadedModelSizes | Unset = UNSET
    misses: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_size = self.cache_size

        cleared = self.cleared

        high_watermark = self.high_watermark

        hits = self.hits

        in_cache = self.in_cache

        loaded_model_sizes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loaded_model_sizes, Unset):
            loaded_model_sizes = self.loaded_model_sizes.to_dict()

        misses = self.misses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cache_size is not UNSET:
            field_dict["cache_size"] = cache_size
        if cleared is not UNSET:
            field_dict["cleared"] = cleared
        if high_watermark is not UNSET:
            field_dict["high_watermark"] = high_watermark
        if hits is not UNSET:
            field_dict["hits"] = hits
        if in_cache is not UNSET:
            field_dict["in_cache"] = in_cache
        if loaded_model_sizes is not UNSET:
            field_dict["loaded_model_sizes"] = loaded_model_sizes
        if misses is not UNSET:
            field_dict["misses"] = misses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cache_stats_loaded_model_sizes import CacheStatsLoadedModelSizes  # noqa: PLC0415

        d = dict(src_dict)
        cache_size = d.pop("cache_size", UNSET)

        cleared = d.pop("cleared", UNSET)

        high_watermark = d.pop("high_watermark", UNSET)

        hits = d.pop("hits", UNSET)

        in_cache = d.pop("in_cache", UNSET)

        _loaded_model_sizes = d.pop("loaded_model_sizes", UNSET)
        loaded_model_sizes: CacheStatsLoadedModelSizes | Unset
        if isinstance(_loaded_model_sizes, Unset):
            loaded_model_sizes = UNSET
        else:
            loaded_model_sizes = CacheStatsLoadedModelSizes.from_dict(_loaded_model_sizes)

        misses = d.pop("misses", UNSET)

        cache_stats = cls(
            cache_size=cache_size,
            cleared=cleared,
            high_watermark=high_watermark,
            hits=hits,
            in_cache=in_cache,
            loaded_model_sizes=loaded_model_sizes,
            misses=misses,
        )

        cache_stats.additional_properties = d
        return cache_stats

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
