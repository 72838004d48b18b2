from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoraModelDefaultSettings")


@_attrs_define
class LoraModelDefaultSettings:
    """
    Attributes:
        weight (float | None | Unset): Default weight for this model
        weight_max (float | None | Unset): Maximum weight slider value for this model
        weight_min (float | None | Unset): Minimum weight slider value for this model
    """

    weight: float | None | Unset = UNSET
    weight_max: float | None | Unset = UNSET
    weight_min: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        weight: float | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        weight_max: float | None | Unset
        if isinstance(self.weight_max, Unset):
            weight_max = UNSET
        else:
            weight_max = self.weight_max

        weight_min: float | None | Unset
        if isinstance(self.weight_min, Unset):
            weight_min = UNSET
        else:
            weight_min = self.weight_min

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if weight is not UNSET:
            field_dict["weight"] = weight
        if weight_max is not UNSET:
            field_dict["weight_max"] = weight_max
        if weight_min is not UNSET:
            field_dict["weight_min"] = weight_min

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_weight(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weight = _parse_weight(d.pop("weight", UNSET))

        def _parse_weight_max(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weight_max = _parse_weight_max(d.pop("weight_max", UNSET))

        def _parse_weight_min(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weight_min = _parse_weight_min(d.pop("weight_min", UNSET))

        lora_model_default_settings = cls(
            weight=weight,
            weight_max=weight_max,
            weight_min=weight_min,
        )

        return lora_model_default_settings

    def get(self, key: str, default: Any = None) -> Any:
        """The value named ``key`` in this record's JSON form (:meth:`to_dict`), or ``default``:
        dict-style reading, as the original client's results were read."""
        return self.to_dict().get(key, default)
