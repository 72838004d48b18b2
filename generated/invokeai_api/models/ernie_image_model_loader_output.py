from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mistral_3_encoder_field import Mistral3EncoderField
    from ..models.prompt_enhancer_field import PromptEnhancerField
    from ..models.transformer_field import TransformerField
    from ..models.vae_field import VAEField


T = TypeVar("T", bound="ErnieImageModelLoaderOutput")


@_attrs_define
class ErnieImageModelLoaderOutput:
    """ERNIE-Image model loader output.

    Attributes:
        prompt_enhancer (None | PromptEnhancerField): Optional prompt-enhancer (Ministral3ForCausalLM)
        text_encoder (Mistral3EncoderField): Field for Mistral3 text encoder used by ERNIE-Image models.
        transformer (TransformerField):
        type_ (Literal['ernie_image_model_loader_output']):  Default: 'ernie_image_model_loader_output'.
        vae (VAEField):
    """

    prompt_enhancer: None | PromptEnhancerField
    text_encoder: Mistral3EncoderField
    transformer: TransformerField
    vae: VAEField
    type_: Literal["ernie_image_model_loader_output"] = "ernie_image_model_loader_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.prompt_enhancer_field import PromptEnhancerField  # noqa: PLC0415

        prompt_enhancer: dict[str, Any] | None
        if isinstance(self.prompt_enhancer, PromptEnhancerField):
            prompt_enhancer = self.prompt_enhancer.to_dict()
        else:
            prompt_enhancer = self.prompt_enhancer

        text_encoder = self.text_encoder.to_dict()

        transformer = self.transformer.to_dict()

        type_ = self.type_

        vae = self.vae.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt_enhancer": prompt_enhancer,
                "text_encoder": text_encoder,
                "transformer": transformer,
                "type": type_,
                "vae": vae,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mistral_3_encoder_field import Mistral3EncoderField  # noqa: PLC0415
        from ..models.prompt_enhancer_field import PromptEnhancerField  # noqa: PLC0415
        from ..models.transformer_field import TransformerField  # noqa: PLC0415
        from ..models.vae_field import VAEField  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_prompt_enhancer(data: object) -> None | PromptEnhancerField:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_enhancer_type_0 = PromptEnhancerField.from_dict(data)

                return prompt_enhancer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromptEnhancerField, data)

        prompt_enhancer = _parse_prompt_enhancer(d.pop("prompt_enhancer"))

        text_encoder = Mistral3EncoderField.from_dict(d.pop("text_encoder"))

        transformer = TransformerField.from_dict(d.pop("transformer"))

        type_ = cast(Literal["ernie_image_model_loader_output"], d.pop("type"))
        if type_ != "ernie_image_model_loader_output":
            raise ValueError(
                f"type must match const 'ernie_image_model_loader_output', got '{type_}'"
            )

        vae = VAEField.from_dict(d.pop("vae"))

        ernie_image_model_loader_output = cls(
            prompt_enhancer=prompt_enhancer,
            text_encoder=text_encoder,
            transformer=transformer,
            type_=type_,
            vae=vae,
        )

        ernie_image_model_loader_output.additional_properties = d
        return ernie_image_model_loader_output

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
