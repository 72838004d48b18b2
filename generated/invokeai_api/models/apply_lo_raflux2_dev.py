from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mistral_encoder_field import MistralEncoderField
    from ..models.model_identifier_field import ModelIdentifierField
    from ..models.transformer_field import TransformerField


T = TypeVar("T", bound="ApplyLoRAFLUX2Dev")


@_attrs_define
class ApplyLoRAFLUX2Dev:
    """Apply a LoRA to a FLUX.2 [dev] transformer and/or its Mistral text encoder.

    Attributes:
        id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
        type_ (Literal['flux2_dev_lora_loader']):  Default: 'flux2_dev_lora_loader'.
        is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
        lora (ModelIdentifierField | None | Unset): LoRA model to load
        mistral_encoder (MistralEncoderField | None | Unset): Mistral tokenizer/processor and text encoder
        transformer (None | TransformerField | Unset): Transformer
        use_cache (bool | Unset): Whether or not to use the cache Default: True.
        weight (float | Unset): The weight at which the LoRA is applied to each model Default: 0.75.
    """

    id: str
    type_: Literal["flux2_dev_lora_loader"] = "flux2_dev_lora_loader"
    is_intermediate: bool | Unset = False
    lora: ModelIdentifierField | None | Unset = UNSET
    mistral_encoder: MistralEncoderField | None | Unset = UNSET
    transformer: None | TransformerField | Unset = UNSET
    use_cache: bool | Unset = True
    weight: float | Unset = 0.75
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mistral_encoder_field import MistralEncoderField  # noqa: PLC0415
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415
        from ..models.transformer_field import TransformerField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        lora: dict[str, Any] | None | Unset
        if isinstance(self.lora, Unset):
            lora = UNSET
        elif isinstance(self.lora, ModelIdentifierField):
            lora = self.lora.to_dict()
        else:
            lora = self.lora

        mistral_encoder: dict[str, Any] | None | Unset
        if isinstance(self.mistral_encoder, Unset):
            mistral_encoder = UNSET
        elif isinstance(self.mistral_encoder, MistralEncoderField):
            mistral_encoder = self.mistral_encoder.to_dict()
        else:
            mistral_encoder = self.mistral_encoder

        transformer: dict[str, Any] | None | Unset
        if isinstance(self.transformer, Unset):
            transformer = UNSET
        elif isinstance(self.transformer, TransformerField):
            transformer = self.transformer.to_dict()
        else:
            transformer = self.transformer

        use_cache = self.use_cache

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if lora is not UNSET:
            field_dict["lora"] = lora
        if mistral_encoder is not UNSET:
            field_dict["mistral_encoder"] = mistral_encoder
        if transformer is not UNSET:
            field_dict["transformer"] = transformer
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if weight is not UNSET:
            field_dict["weight"] = weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mistral_encoder_field import MistralEncoderField  # noqa: PLC0415
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415
        from ..models.transformer_field import TransformerField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["flux2_dev_lora_loader"], d.pop("type"))
        if type_ != "flux2_dev_lora_loader":
            raise ValueError(f"type must match const 'flux2_dev_lora_loader', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_lora(data: object) -> ModelIdentifierField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lora_type_0 = ModelIdentifierField.from_dict(data)

                return lora_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelIdentifierField | None | Unset, data)

        lora = _parse_lora(d.pop("lora", UNSET))

        def _parse_mistral_encoder(data: object) -> MistralEncoderField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mistral_encoder_type_0 = MistralEncoderField.from_dict(data)

                return mistral_encoder_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MistralEncoderField | None | Unset, data)

        mistral_encoder = _parse_mistral_encoder(d.pop("mistral_encoder", UNSET))

        def _parse_transformer(data: object) -> None | TransformerField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transformer_type_0 = TransformerField.from_dict(data)

                return transformer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransformerField | Unset, data)

        transformer = _parse_transformer(d.pop("transformer", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        weight = d.pop("weight", UNSET)

        apply_lo_raflux2_dev = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            lora=lora,
            mistral_encoder=mistral_encoder,
            transformer=transformer,
            use_cache=use_cache,
            weight=weight,
        )

        apply_lo_raflux2_dev.additional_properties = d
        return apply_lo_raflux2_dev

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
