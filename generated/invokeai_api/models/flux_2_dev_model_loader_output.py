from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flux_2_dev_model_loader_output_max_seq_length import (
    Flux2DevModelLoaderOutputMaxSeqLength,
)

if TYPE_CHECKING:
    from ..models.mistral_encoder_field import MistralEncoderField
    from ..models.transformer_field import TransformerField
    from ..models.vae_field import VAEField


T = TypeVar("T", bound="Flux2DevModelLoaderOutput")


@_attrs_define
class Flux2DevModelLoaderOutput:
    """FLUX.2 [dev] model loader output.

    Attributes:
        max_seq_len (Flux2DevModelLoaderOutputMaxSeqLength): Max sequence length for the Mistral encoder.
        mistral_encoder (MistralEncoderField): Field for the Mistral text encoder used by FLUX.2 [dev].

            The "tokenizer" submodel actually points to the multimodal processor (AutoProcessor /
            Mistral3Processor), which wraps the tokenizer plus the chat template needed by FLUX.2.
        transformer (TransformerField):
        type_ (Literal['flux2_dev_model_loader_output']):  Default: 'flux2_dev_model_loader_output'.
        vae (VAEField):
    """

    max_seq_len: Flux2DevModelLoaderOutputMaxSeqLength
    mistral_encoder: MistralEncoderField
    transformer: TransformerField
    vae: VAEField
    type_: Literal["flux2_dev_model_loader_output"] = "flux2_dev_model_loader_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_seq_len = self.max_seq_len.value

        mistral_encoder = self.mistral_encoder.to_dict()

        transformer = self.transformer.to_dict()

        type_ = self.type_

        vae = self.vae.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_seq_len": max_seq_len,
                "mistral_encoder": mistral_encoder,
                "transformer": transformer,
                "type": type_,
                "vae": vae,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mistral_encoder_field import MistralEncoderField  # noqa: PLC0415
        from ..models.transformer_field import TransformerField  # noqa: PLC0415
        from ..models.vae_field import VAEField  # noqa: PLC0415

        d = dict(src_dict)
        max_seq_len = Flux2DevModelLoaderOutputMaxSeqLength(d.pop("max_seq_len"))

        mistral_encoder = MistralEncoderField.from_dict(d.pop("mistral_encoder"))

        transformer = TransformerField.from_dict(d.pop("transformer"))

        type_ = cast(Literal["flux2_dev_model_loader_output"], d.pop("type"))
        if type_ != "flux2_dev_model_loader_output":
            raise ValueError(
                f"type must match const 'flux2_dev_model_loader_output', got '{type_}'"
            )

        vae = VAEField.from_dict(d.pop("vae"))

        flux_2_dev_model_loader_output = cls(
            max_seq_len=max_seq_len,
            mistral_encoder=mistral_encoder,
            transformer=transformer,
            type_=type_,
            vae=vae,
        )

        flux_2_dev_model_loader_output.additional_properties = d
        return flux_2_dev_model_loader_output

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
