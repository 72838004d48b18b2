from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.krea_2_conditioning_field import Krea2ConditioningField


T = TypeVar("T", bound="ConditioningRebalanceKrea2")


@_attrs_define
class ConditioningRebalanceKrea2:
    """Per-layer rebalancing of Krea-2 text conditioning (improves prompt adherence).

    Krea-2 conditioning stacks 12 Qwen3-VL hidden-state layers per token. Weighting those layers
    individually (and applying an overall multiplier) lets you push the model harder toward the prompt,
    counteracting the quality-dilution from distillation. Ported from the ComfyUI
    `ConditioningKrea2Rebalance` node. This is an optional pass between the text encoder and denoise.

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            type_ (Literal['krea2_conditioning_rebalance']):  Default: 'krea2_conditioning_rebalance'.
            conditioning (Krea2ConditioningField | None | Unset): Conditioning tensor
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            multiplier (float | Unset): Overall multiplier applied to the conditioning after per-layer weighting. Default:
                4.0.
            per_layer_weights (str | Unset): Comma-separated gains for the 12 tapped encoder layers (exactly 12 values).
                Default: '1.0,1.0,1.0,1.0,1.0,1.0,1.0,2.5,5.0,1.1,4.0,1.0'.
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
    """

    id: str
    type_: Literal["krea2_conditioning_rebalance"] = "krea2_conditioning_rebalance"
    conditioning: Krea2ConditioningField | None | Unset = UNSET
    is_intermediate: bool | Unset = False
    multiplier: float | Unset = 4.0
    per_layer_weights: str | Unset = "1.0,1.0,1.0,1.0,1.0,1.0,1.0,2.5,5.0,1.1,4.0,1.0"
    use_cache: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.krea_2_conditioning_field import Krea2ConditioningField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        conditioning: dict[str, Any] | None | Unset
        if isinstance(self.conditioning, Unset):
            conditioning = UNSET
        elif isinstance(self.conditioning, Krea2ConditioningField):
            conditioning = self.conditioning.to_dict()
        else:
            conditioning = self.conditioning

        is_intermediate = self.is_intermediate

        multiplier = self.multiplier

        per_layer_weights = self.per_layer_weights

        use_cache = self.use_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if conditioning is not UNSET:
            field_dict["conditioning"] = conditioning
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if per_layer_weights is not UNSET:
            field_dict["per_layer_weights"] = per_layer_weights
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.krea_2_conditioning_field import Krea2ConditioningField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["krea2_conditioning_rebalance"], d.pop("type"))
        if type_ != "krea2_conditioning_rebalance":
            raise ValueError(f"type must match const 'krea2_conditioning_rebalance', got '{type_}'")

        def _parse_conditioning(data: object) -> Krea2ConditioningField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conditioning_type_0 = Krea2ConditioningField.from_dict(data)

                return conditioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Krea2ConditioningField | None | Unset, data)

        conditioning = _parse_conditioning(d.pop("conditioning", UNSET))

        is_intermediate = d.pop("is_intermediate", UNSET)

        multiplier = d.pop("multiplier", UNSET)

        per_layer_weights = d.pop("per_layer_weights", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        conditioning_rebalance_krea_2 = cls(
            id=id,
            type_=type_,
            conditioning=conditioning,
            is_intermediate=is_intermediate,
            multiplier=multiplier,
            per_layer_weights=per_layer_weights,
            use_cache=use_cache,
        )

        conditioning_rebalance_krea_2.additional_properties = d
        return conditioning_rebalance_krea_2

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
