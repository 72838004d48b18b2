from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vae_field import VAEField
    from ..models.wan_t5_encoder_field import WanT5EncoderField
    from ..models.wan_transformer_field import WanTransformerField


T = TypeVar("T", bound="WanModelLoaderOutput")


@_attrs_define
class WanModelLoaderOutput:
    """Wan 2.2 model loader output.

    Attributes:
        transformer (WanTransformerField): Transformer field for Wan 2.2 models.

            Wan 2.2 A14B is a Mixture-of-Experts model with two transformer experts:
            a high-noise expert (active at large timesteps) and a low-noise expert
            (active at small timesteps). TI2V-5B is a single-transformer model and only
            populates ``transformer``.

            ``boundary_ratio`` matches Diffusers' ``WanPipeline`` semantics: it's the
            boundary timestep as a fraction of ``num_train_timesteps`` (typically 1000),
            so ``boundary_ratio=0.875`` means the high-noise expert handles t >= 875 and
            the low-noise expert handles t < 875.
        type_ (Literal['wan_model_loader_output']):  Default: 'wan_model_loader_output'.
        vae (VAEField):
        wan_t5_encoder (WanT5EncoderField): Field for the UMT5-XXL text encoder used by Wan 2.2 models.
    """

    transformer: WanTransformerField
    vae: VAEField
    wan_t5_encoder: WanT5EncoderField
    type_: Literal["wan_model_loader_output"] = "wan_model_loader_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transformer = self.transformer.to_dict()

        type_ = self.type_

        vae = self.vae.to_dict()

        wan_t5_encoder = self.wan_t5_encoder.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transformer": transformer,
                "type": type_,
                "vae": vae,
                "wan_t5_encoder": wan_t5_encoder,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vae_field import VAEField  # noqa: PLC0415
        from ..models.wan_t5_encoder_field import WanT5EncoderField  # noqa: PLC0415
        from ..models.wan_transformer_field import WanTransformerField  # noqa: PLC0415

        d = dict(src_dict)
        transformer = WanTransformerField.from_dict(d.pop("transformer"))

        type_ = cast(Literal["wan_model_loader_output"], d.pop("type"))
        if type_ != "wan_model_loader_output":
            raise ValueError(f"type must match const 'wan_model_loader_output', got '{type_}'")

        vae = VAEField.from_dict(d.pop("vae"))

        wan_t5_encoder = WanT5EncoderField.from_dict(d.pop("wan_t5_encoder"))

        wan_model_loader_output = cls(
            transformer=transformer,
            type_=type_,
            vae=vae,
            wan_t5_encoder=wan_t5_encoder,
        )

        wan_model_loader_output.additional_properties = d
        return wan_model_loader_output

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
