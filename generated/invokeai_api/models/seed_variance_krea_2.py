from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.krea_2_conditioning_field import Krea2ConditioningField


T = TypeVar("T", bound="SeedVarianceKrea2")


@_attrs_define
class SeedVarianceKrea2:
    """Inject per-seed diversity into Krea-2 text conditioning.

    Distilled few-step models (like Krea-2-Turbo) suffer from low seed variance — different seeds give
    near-identical images. This adds seeded uniform noise to a random subset of the text-embedding
    values, trading some prompt adherence for variety (the same idea as the Z-Image-Turbo
    `SeedVarianceEnhancer`). Optional pass between the text encoder and denoise.

    The noise magnitude is auto-calibrated relative to the embedding's standard deviation, so a given
    `strength` behaves consistently regardless of the embedding scale — in particular it stays sane
    whether or not the upstream Conditioning Rebalance node has scaled the embeddings up.

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            type_ (Literal['krea2_seed_variance']):  Default: 'krea2_seed_variance'.
            conditioning (Krea2ConditioningField | None | Unset): Conditioning tensor
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            randomize_percent (float | Unset): Percentage of embedding values that get perturbed (Bernoulli mask); 0
                disables. Default: 50.0.
            strength (float | Unset): Noise strength as a multiplier of the embedding std (0=off, 0.1=subtle, 0.5=strong).
                Default: 0.1.
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
            variance_seed (int | Unset): Seed for the variance noise (vary this to get variety). Default: 0.
    """

    id: str
    type_: Literal["krea2_seed_variance"] = "krea2_seed_variance"
    conditioning: Krea2ConditioningField | None | Unset = UNSET
    is_intermediate: bool | Unset = False
    randomize_percent: float | Unset = 50.0
    strength: float | Unset = 0.1
    use_cache: bool | Unset = True
    variance_seed: int | Unset = 0
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

        randomize_percent = self.randomize_percent

        strength = self.strength

        use_cache = self.use_cache

        variance_seed = self.variance_seed

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
        if randomize_percent is not UNSET:
            field_dict["randomize_percent"] = randomize_percent
        if strength is not UNSET:
            field_dict["strength"] = strength
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if variance_seed is not UNSET:
            field_dict["variance_seed"] = variance_seed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.krea_2_conditioning_field import Krea2ConditioningField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["krea2_seed_variance"], d.pop("type"))
        if type_ != "krea2_seed_variance":
            raise ValueError(f"type must match const 'krea2_seed_variance', got '{type_}'")

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

        randomize_percent = d.pop("randomize_percent", UNSET)

        strength = d.pop("strength", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        variance_seed = d.pop("variance_seed", UNSET)

        seed_variance_krea_2 = cls(
            id=id,
            type_=type_,
            conditioning=conditioning,
            is_intermediate=is_intermediate,
            randomize_percent=randomize_percent,
            strength=strength,
            use_cache=use_cache,
            variance_seed=variance_seed,
        )

        seed_variance_krea_2.additional_properties = d
        return seed_variance_krea_2

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
