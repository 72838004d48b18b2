from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.wan_transformer_field import WanTransformerField


T = TypeVar("T", bound="WanLoRALoaderOutput")


@_attrs_define
class WanLoRALoaderOutput:
    """Wan 2.2 LoRA loader output.

    Attributes:
        transformer (None | WanTransformerField): Transformer
        type_ (Literal['wan_lora_loader_output']):  Default: 'wan_lora_loader_output'.
    """

    transformer: None | WanTransformerField
    type_: Literal["wan_lora_loader_output"] = "wan_lora_loader_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.wan_transformer_field import WanTransformerField  # noqa: PLC0415

        transformer: dict[str, Any] | None
        if isinstance(self.transformer, WanTransformerField):
            transformer = self.transformer.to_dict()
        else:
            transformer = self.transformer

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transformer": transformer,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wan_transformer_field import WanTransformerField  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_transformer(data: object) -> None | WanTransformerField:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transformer_type_0 = WanTransformerField.from_dict(data)

                return transformer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WanTransformerField, data)

        transformer = _parse_transformer(d.pop("transformer"))

        type_ = cast(Literal["wan_lora_loader_output"], d.pop("type"))
        if type_ != "wan_lora_loader_output":
            raise ValueError(f"type must match const 'wan_lora_loader_output', got '{type_}'")

        wan_lo_ra_loader_output = cls(
            transformer=transformer,
            type_=type_,
        )

        wan_lo_ra_loader_output.additional_properties = d
        return wan_lo_ra_loader_output

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
