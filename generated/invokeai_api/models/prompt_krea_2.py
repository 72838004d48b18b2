from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.qwen_3vl_encoder_field import Qwen3VLEncoderField
    from ..models.tensor_field import TensorField


T = TypeVar("T", bound="PromptKrea2")


@_attrs_define
class PromptKrea2:
    """Encodes a text prompt for Krea-2 using the Qwen3-VL text encoder.

    The encoder taps 12 decoder hidden-state layers and stacks them per token, producing a 4D
    conditioning tensor (B, seq, 12, hidden) that the Krea-2 transformer's text-fusion stage consumes.

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            type_ (Literal['krea2_text_encoder']):  Default: 'krea2_text_encoder'.
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            mask (None | TensorField | Unset): A mask defining the image region that this conditioning prompt applies to.
            prompt (None | str | Unset): Text prompt describing the desired image.
            qwen3_vl_encoder (None | Qwen3VLEncoderField | Unset): Qwen3-VL tokenizer and text encoder
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
    """

    id: str
    type_: Literal["krea2_text_encoder"] = "krea2_text_encoder"
    is_intermediate: bool | Unset = False
    mask: None | TensorField | Unset = UNSET
    prompt: None | str | Unset = UNSET
    qwen3_vl_encoder: None | Qwen3VLEncoderField | Unset = UNSET
    use_cache: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.qwen_3vl_encoder_field import Qwen3VLEncoderField  # noqa: PLC0415
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

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        qwen3_vl_encoder: dict[str, Any] | None | Unset
        if isinstance(self.qwen3_vl_encoder, Unset):
            qwen3_vl_encoder = UNSET
        elif isinstance(self.qwen3_vl_encoder, Qwen3VLEncoderField):
            qwen3_vl_encoder = self.qwen3_vl_encoder.to_dict()
        else:
            qwen3_vl_encoder = self.qwen3_vl_encoder

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
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if qwen3_vl_encoder is not UNSET:
            field_dict["qwen3_vl_encoder"] = qwen3_vl_encoder
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.qwen_3vl_encoder_field import Qwen3VLEncoderField  # noqa: PLC0415
        from ..models.tensor_field import TensorField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["krea2_text_encoder"], d.pop("type"))
        if type_ != "krea2_text_encoder":
            raise ValueError(f"type must match const 'krea2_text_encoder', got '{type_}'")

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

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_qwen3_vl_encoder(data: object) -> None | Qwen3VLEncoderField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                qwen3_vl_encoder_type_0 = Qwen3VLEncoderField.from_dict(data)

                return qwen3_vl_encoder_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Qwen3VLEncoderField | Unset, data)

        qwen3_vl_encoder = _parse_qwen3_vl_encoder(d.pop("qwen3_vl_encoder", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        prompt_krea_2 = cls(
            id=id,
            type_=type_,
            is_intermediate=is_intermediate,
            mask=mask,
            prompt=prompt,
            qwen3_vl_encoder=qwen3_vl_encoder,
            use_cache=use_cache,
        )

        prompt_krea_2.additional_properties = d
        return prompt_krea_2

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
