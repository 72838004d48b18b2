from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.wan_ref_image_conditioning_field import WanRefImageConditioningField


T = TypeVar("T", bound="WanRefImageOutput")


@_attrs_define
class WanRefImageOutput:
    """Output of a Wan 2.2 reference-image VAE-encoder.

    Attributes:
        ref_image (WanRefImageConditioningField): Reference-image conditioning for Wan 2.2 I2V.

            Carries the 20-channel VAE-latent condition tensor (4-channel first-frame
            mask + 16-channel ref-image latents). The denoise loop concatenates this
            to the 16-channel noise latents along the channel dim each step, producing
            the 36-channel input the I2V-A14B transformer expects.

            Also carries the spatial dims and frame count used to encode the image so
            the denoise node can sanity-check the user's width/height/num_frames — a
            latent temporal-dim mismatch is hard to debug from the downstream error.
        type_ (Literal['wan_ref_image_output']):  Default: 'wan_ref_image_output'.
    """

    ref_image: WanRefImageConditioningField
    type_: Literal["wan_ref_image_output"] = "wan_ref_image_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ref_image = self.ref_image.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ref_image": ref_image,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wan_ref_image_conditioning_field import WanRefImageConditioningField  # noqa: PLC0415

        d = dict(src_dict)
        ref_image = WanRefImageConditioningField.from_dict(d.pop("ref_image"))

        type_ = cast(Literal["wan_ref_image_output"], d.pop("type"))
        if type_ != "wan_ref_image_output":
            raise ValueError(f"type must match const 'wan_ref_image_output', got '{type_}'")

        wan_ref_image_output = cls(
            ref_image=ref_image,
            type_=type_,
        )

        wan_ref_image_output.additional_properties = d
        return wan_ref_image_output

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
