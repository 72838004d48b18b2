from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prompt_flux2_dev_max_seq_len import PromptFLUX2DevMaxSeqLen
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mistral_encoder_field import MistralEncoderField
    from ..models.tensor_field import TensorField


T = TypeVar("T", bound="PromptFLUX2Dev")


@_attrs_define
class PromptFLUX2Dev:
    """Encode a prompt for FLUX.2 [dev] using its Mistral Small 3.1 text encoder.

    Attributes:
        id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
        type_ (Literal['flux2_dev_text_encoder']):  Default: 'flux2_dev_text_encoder'.
        is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
        mask (None | TensorField | Unset): A mask defining the region that this conditioning prompt applies to.
        max_seq_len (PromptFLUX2DevMaxSeqLen | Unset): Max sequence length for the Mistral encoder. Default:
            PromptFLUX2DevMaxSeqLen.VALUE_512.
        mistral_encoder (MistralEncoderField | None | Unset): Mistral tokenizer/processor and text encoder
        prompt (None | str | Unset): Text prompt to encode.
        use_cache (bool | Unset): Whether or not to use the cache Default: True.
    """

    id: str
    type_: Literal["flux2_dev_text_encoder"] = "flux2_dev_text_encoder"
    is_intermediate: bool | Unset = False
    mask: None | TensorField | Unset = UNSET
    max_seq_len: PromptFLUX2DevMaxSeqLen | Unset = PromptFLUX2DevMaxSeqLen.VALUE_512
    mistral_encoder: MistralEncoderField | None | Unset = UNSET
    prompt: None | str | Unset = UNSET
    use_cache: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mistral_encoder_field import MistralEncoderField  # noqa: PLC0415
        from ..models.tensor_field import TensorField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        is_intermediate = self.is_intermediate

        mask: dict[str, Any] | None | Unset
        if isinstance(self.mask, Unset):
            mask = UNSET
        elif isinstance(self.mask, TensorField):
            mask = self.mask.to_dict()
        else:
            mask = self.mask

        max_seq_len: int | Unset = UNSET
        if not isinstance(self.max_seq_len, Unset):
            max_seq_len = self.max_seq_len.value

        mistral_encoder: dict[str, Any] | None | Unset
        if isinstance(self.mistral_encoder, Unset):
            mistral_encoder = UNSET
        elif isinstance(self.mistral_encoder, MistralEncoderField):
            mistral_encoder = self.mistral_encoder.to_dict()
        else:
            mistral_encoder = self.mistral_encoder

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        use_cache = self.use_cache

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
        if mask is not UNSET:
            field_dict["mask"] = mask
        if max_seq_len is not UNSET:
            field_dict["max_seq_len"] = max_seq_len
        if mistral_encoder is not UNSET:
            field_dict["mistral_encoder"] = mistral_encoder
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mistral_encoder_field import MistralEncoderField  # noqa: PLC0415
        from ..models.tensor_field import TensorField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["flux2_dev_text_encoder"], d.pop("type"))
        if type_ != "flux2_dev_text_encoder":
            raise ValueError(f"type must match const 'flux2_dev_text_encoder', got '{type_}'")

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_mask(data: object) -> None | TensorField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mask_type_0 = TensorField.from_dict(data)

                return mask_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TensorField | Unset, data)

        mask = _parse_mask(d.pop("mask", UNSET))

        _max_seq_len = d.pop("max_seq_len", UNSET)
        max_seq_len: PromptFLUX2DevMaxSeqLen | Unset
        if isinstance(_max_seq_len, Unset):
            max_seq_len = UNSET
        else:
            max_seq_len = PromptFLUX2DevMaxSeqLen(_max_seq_len)

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

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        prompt_flux2_dev = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            mask=mask,
            max_seq_len=max_seq_len,
            mistral_encoder=mistral_encoder,
            prompt=prompt,
            use_cache=use_cache,
        )

        prompt_flux2_dev.additional_properties = d
        return prompt_flux2_dev

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
