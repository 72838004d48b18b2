from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.model_identifier_field import ModelIdentifierField


T = TypeVar("T", bound="PromptEnhancerField")


@_attrs_define
class PromptEnhancerField:
    """Field for the optional ERNIE-Image prompt-enhancer (Ministral3ForCausalLM).

    Attributes:
        text_encoder (ModelIdentifierField):
        tokenizer (ModelIdentifierField):
    """

    text_encoder: ModelIdentifierField
    tokenizer: ModelIdentifierField
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text_encoder = self.text_encoder.to_dict()

        tokenizer = self.tokenizer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text_encoder": text_encoder,
                "tokenizer": tokenizer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_identifier_field import ModelIdentifierField  # noqa: PLC0415

        d = dict(src_dict)
        text_encoder = ModelIdentifierField.from_dict(d.pop("text_encoder"))

        tokenizer = ModelIdentifierField.from_dict(d.pop("tokenizer"))

        prompt_enhancer_field = cls(
            text_encoder=text_encoder,
            tokenizer=tokenizer,
        )

        prompt_enhancer_field.additional_properties = d
        return prompt_enhancer_field

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
