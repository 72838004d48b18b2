from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RandomRange")


@_attrs_define
class RandomRange:
    """Creates a collection of random numbers

    Attributes:
        id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
        type_ (Literal['random_range']):  Default: 'random_range'.
        high (int | Unset): The exclusive high value Default: 2147483647.
        is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
        low (int | Unset): The inclusive low value Default: 0.
        seed (int | Unset): The seed for the RNG (omit for random) Default: 0.
        size (int | Unset): The number of values to generate Default: 1.
        use_cache (bool | Unset): Whether or not to use the cache Default: False.
    """

    id: str
    type_: Literal["random_range"] = "random_range"
    high: int | Unset = 2147483647
    is_intermediate: bool | Unset = False
    low: int | Unset = 0
    seed: int | Unset = 0
    size: int | Unset = 1
    use_cache: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        high = self.high

        is_intermediate = self.is_intermediate

        low = self.low

        seed = self.seed

        size = self.size

        use_cache = self.use_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if high is not UNSET:
            field_dict["high"] = high
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if low is not UNSET:
            field_dict["low"] = low
        if seed is not UNSET:
            field_dict["seed"] = seed
        if size is not UNSET:
            field_dict["size"] = size
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["random_range"], d.pop("type"))
        if type_ != "random_range":
            raise ValueError(f"type must match const 'random_range', got '{type_}'")

        high = d.pop("high", UNSET)

        is_intermediate = d.pop("is_intermediate", UNSET)

        low = d.pop("low", UNSET)

        seed = d.pop("seed", UNSET)

        size = d.pop("size", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        random_range = cls(
            id=id,
            type_=type_,
            high=high,
            is_intermediate=is_intermediate,
            low=low,
            seed=seed,
            size=size,
            use_cache=use_cache,
        )

        random_range.additional_properties = d
        return random_range

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
