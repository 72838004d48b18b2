from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.clip_field import CLIPField
    from ..models.t5_encoder_field import T5EncoderField
    from ..models.transformer_field import TransformerField
    from ..models.vae_field import VAEField


T = TypeVar("T", bound="Sd3ModelLoaderOutput")


@_attrs_define
class Sd3ModelLoaderOutput:
    """SD3 base model loader output.

    Attributes:
        clip_g (CLIPField):
        clip_l (CLIPField):
        t5_encoder (T5EncoderField):
        transformer (TransformerField):
        type_ (Literal['sd3_model_loader_output']):  Default: 'sd3_model_loader_output'.
        vae (VAEField):
    """

    clip_g: CLIPField
    clip_l: CLIPField
    t5_encoder: T5EncoderField
    transformer: TransformerField
    vae: VAEField
    type_: Literal["sd3_model_loader_output"] = "sd3_model_loader_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clip_g = self.clip_g.to_dict()

        clip_l = self.clip_l.to_dict()

        t5_encoder = self.t5_encoder.to_dict()

        transformer = self.transformer.to_dict()

        type_ = self.type_

        vae = self.vae.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clip_g": clip_g,
                "clip_l": clip_l,
                "t5_encoder": t5_encoder,
                "transformer": transformer,
                "type": type_,
                "vae": vae,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clip_field import CLIPField  # noqa: PLC0415
        from ..models.t5_encoder_field import T5EncoderField  # noqa: PLC0415
        from ..models.transformer_field import TransformerField  # noqa: PLC0415
        from ..models.vae_field import VAEField  # noqa: PLC0415

        d = dict(src_dict)
        clip_g = CLIPField.from_dict(d.pop("clip_g"))

        clip_l = CLIPField.from_dict(d.pop("clip_l"))

        t5_encoder = T5EncoderField.from_dict(d.pop("t5_encoder"))

        transformer = TransformerField.from_dict(d.pop("transformer"))

        type_ = cast(Literal["sd3_model_loader_output"], d.pop("type"))
        if type_ != "sd3_model_loader_output":
            raise ValueError(f"type must match const 'sd3_model_loader_output', got '{type_}'")

        vae = VAEField.from_dict(d.pop("vae"))

        sd_3_model_loader_output = cls(
            clip_g=clip_g,
            clip_l=clip_l,
            t5_encoder=t5_encoder,
            transformer=transformer,
            type_=type_,
            vae=vae,
        )

        sd_3_model_loader_output.additional_properties = d
        return sd_3_model_loader_output

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
