from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lo_ra_field import LoRAField
    from ..models.model_identifier_field import ModelIdentifierField


T = TypeVar("T", bound="WanTransformerField")


@_attrs_define
class WanTransformerField:
    """Transformer field for Wan 2.2 models.

    Wan 2.2 A14B is a Mixture-of-Experts model with two transformer experts:
    a high-noise expert (active at large timesteps) and a low-noise expert
    (active at small timesteps). TI2V-5B is a single-transformer model and only
    populates ``transformer``.

    ``boundary_ratio`` matches Diffusers' ``WanPipeline`` semantics: it's the
    boundary timestep as a fraction of ``num_train_timesteps`` (typically 1000),
    so ``boundary_ratio=0.875`` means the high-noise expert handles t >= 875 and
    the low-noise expert handles t < 875.

        Attributes:
            transformer (ModelIdentifierField):
            boundary_ratio (float | Unset): Boundary timestep as a fraction of num_train_timesteps (Wan 2.2 A14B only).
                High-noise expert: t >= boundary_ratio * num_train_timesteps. Low-noise expert: t below. Ignored for TI2V-5B.
                Default: 0.875.
            loras (list[LoRAField] | Unset): LoRAs to apply to the primary transformer. For A14B applied to the high-noise
                expert.
            loras_low_noise (list[LoRAField] | Unset): LoRAs to apply to the low-noise expert (Wan 2.2 A14B). The Wan LoRA
                loader routes 'both'- and 'low'-targeted LoRAs here; if empty, no LoRAs are applied to the low-noise expert (a
                'high'-targeted LoRA must not leak onto it).
            transformer_low_noise (ModelIdentifierField | None | Unset): Low-noise transformer expert (Wan 2.2 A14B only).
                None for TI2V-5B.
    """

    transformer: ModelIdentifierField
    boundary_ratio: float | Unset = 0.875
    loras: list[LoRAField] | Unset = UNSET
    loras_low_noise: list[LoRAField] | Unset = UNSET
    transformer_low_noise: ModelIdentifierField | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

        transformer = self.transformer.to_dict()

        boundary_ratio = self.boundary_ratio

        loras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras, Unset):
            loras = []
            for loras_item_data in self.loras:
                loras_item = loras_item_data.to_dict()
                loras.append(loras_item)

        loras_low_noise: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.loras_low_noise, Unset):
            loras_low_noise = []
            for loras_low_noise_item_data in self.loras_low_noise:
                loras_low_noise_item = loras_low_noise_item_data.to_dict()
                loras_low_noise.append(loras_low_noise_item)

        transformer_low_noise: dict[str, Any] | None | Unset
        if isinstance(self.transformer_low_noise, Unset):
            transformer_low_noise = UNSET
        elif isinstance(self.transformer_low_noise, ModelIdentifierField):
            transformer_low_noise = self.transformer_low_noise.to_dict()
        else:
            transformer_low_noise = self.transformer_low_noise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transformer": transformer,
            }
        )
        if boundary_ratio is not UNSET:
            field_dict["boundary_ratio"] = boundary_ratio
        if loras is not UNSET:
            field_dict["loras"] = loras
        if loras_low_noise is not UNSET:
            field_dict["loras_low_noise"] = loras_low_noise
        if transformer_low_noise is not UNSET:
            field_dict["transformer_low_noise"] = transformer_low_noise

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lo_ra_field import LoRAField  # noqa: PLC0415
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

        d = dict(src_dict)
        transformer = ModelIdentifierField.from_dict(d.pop("transformer"))

        boundary_ratio = d.pop("boundary_ratio", UNSET)

        _loras = d.pop("loras", UNSET)
        loras: list[LoRAField] | Unset = UNSET
        if _loras is not UNSET:
            loras = []
            for loras_item_data in _loras:
                loras_item = LoRAField.from_dict(loras_item_data)

                loras.append(loras_item)

        _loras_low_noise = d.pop("loras_low_noise", UNSET)
        loras_low_noise: list[LoRAField] | Unset = UNSET
        if _loras_low_noise is not UNSET:
            loras_low_noise = []
            for loras_low_noise_item_data in _loras_low_noise:
                loras_low_noise_item = LoRAField.from_dict(loras_low_noise_item_data)

                loras_low_noise.append(loras_low_noise_item)

        def _parse_transformer_low_noise(data: object) -> ModelIdentifierField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transformer_low_noise_type_0 = ModelIdentifierField.from_dict(data)

                return transformer_low_noise_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelIdentifierField | None | Unset, data)

        transformer_low_noise = _parse_transformer_low_noise(d.pop("transformer_low_noise", UNSET))

        wan_transformer_field = cls(
            transformer=transformer,
            boundary_ratio=boundary_ratio,
            loras=loras,
            loras_low_noise=loras_low_noise,
            transformer_low_noise=transformer_low_noise,
        )

        wan_transformer_field.additional_properties = d
        return wan_transformer_field

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
