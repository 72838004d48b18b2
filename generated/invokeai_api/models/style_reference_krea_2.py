from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.style_reference_krea_2_fit import StyleReferenceKrea2Fit
from ..models.style_reference_krea_2_value_mode import StyleReferenceKrea2ValueMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_field import ImageField
    from ..models.vae_field import VAEField


T = TypeVar("T", bound="StyleReferenceKrea2")


@_attrs_define
class StyleReferenceKrea2:
    """Encode a reference image into Krea-2 style-reference conditioning.

    Transfers the *look* of the reference image -- palette, texture, rendering -- while the prompt keeps
    driving the content. No adapter model or LoRA is involved.

    ``width`` and ``height`` must match the Krea-2 denoise node. Everything below ``style_strength`` is
    for tuning and should be left at its default; ``style_strength`` already modulates several of them.

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            type_ (Literal['krea2_style_reference']):  Default: 'krea2_style_reference'.
            adain_strength (float | Unset): How strongly the reference's query/key statistics are applied to the target.
                Default: 0.85.
            beta (float | Unset): Exponent of the high-to-low frequency falloff curve. Default: 2.5.
            blocks (str | Unset): Transformer blocks to inject the reference into, e.g. '7-27'. Styling the earliest blocks
                damages composition. Default: '7-27'.
            fit (StyleReferenceKrea2Fit | Unset): How to reconcile the reference's aspect ratio with the target size. 'crop'
                scales to cover and center-crops, 'contain' letterboxes on white, 'stretch' distorts. Default:
                StyleReferenceKrea2Fit.CROP.
            height (int | Unset): Height to encode the reference at (must match the denoise node's height). Default: 1024.
            high_scale_end (float | Unset): Scale on the reference key's high-frequency bands at the last step. 0 decays
                them away, which is what keeps reference content from leaking in. Default: 0.0.
            high_scale_start (float | Unset): Scale on the reference key's high-frequency bands at the first step. Default:
                1.04.
            image (ImageField | None | Unset): Reference image whose style should be transferred.
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            low_scale_end (float | Unset): Scale on the reference key's low-frequency bands at the last step. Raising this
                strengthens the style but also invites content leakage and quality loss. Default: 1.1.
            low_scale_start (float | Unset): Scale on the reference key's low-frequency bands at the first step. Default:
                1.0.
            ref_k_strength (float | Unset): Multiplier on the reference key path. This is the knob that makes the style
                visible without raising low_scale_end (which would also let reference content leak in). Default: 1.06.
            ref_value_mix (float | Unset): How much raw reference value signal is kept. Higher usually preserves style
                material. Default: 1.0.
            style_strength (float | Unset): Overall style strength. 1.0 is the recommended setting. 0 makes the denoise node
                ignore the reference entirely - no capture pass, no retained keys/values - though this node still encodes it;
                disconnect the node to skip that too. Default: 1.0.
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
            vae (None | Unset | VAEField): VAE
            value_adain_strength (float | Unset): Reference statistics applied to the target value path. Has no effect while
                ref_value_mix is 1.0. Default: 0.65.
            value_mode (StyleReferenceKrea2ValueMode | Unset): How the reference value vectors are built. Default:
                StyleReferenceKrea2ValueMode.TARGET_ADAIN_PLUS_REF.
            width (int | Unset): Width to encode the reference at (must match the denoise node's width). Default: 1024.
    """

    id: str
    type_: Literal["krea2_style_reference"] = "krea2_style_reference"
    adain_strength: float | Unset = 0.85
    beta: float | Unset = 2.5
    blocks: str | Unset = "7-27"
    fit: StyleReferenceKrea2Fit | Unset = StyleReferenceKrea2Fit.CROP
    height: int | Unset = 1024
    high_scale_end: float | Unset = 0.0
    high_scale_start: float | Unset = 1.04
    image: ImageField | None | Unset = UNSET
    is_intermediate: bool | Unset = False
    low_scale_end: float | Unset = 1.1
    low_scale_start: float | Unset = 1.0
    ref_k_strength: float | Unset = 1.06
    ref_value_mix: float | Unset = 1.0
    style_strength: float | Unset = 1.0
    use_cache: bool | Unset = True
    vae: None | Unset | VAEField = UNSET
    value_adain_strength: float | Unset = 0.65
    value_mode: StyleReferenceKrea2ValueMode | Unset = (
        StyleReferenceKrea2ValueMode.TARGET_ADAIN_PLUS_REF
    )
    width: int | Unset = 1024
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.vae_field import VAEField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        adain_strength = self.adain_strength

        beta = self.beta

        blocks = self.blocks

        fit: str | Unset = UNSET
        if not isinstance(self.fit, Unset):
            fit = self.fit.value

        height = self.height

        high_scale_end = self.high_scale_end

        high_scale_start = self.high_scale_start

        image: dict[str, Any] | None | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, ImageField):
            image = self.image.to_dict()
        else:
            image = self.image

        is_intermediate = self.is_intermediate

        low_scale_end = self.low_scale_end

        low_scale_start = self.low_scale_start

        ref_k_strength = self.ref_k_strength

        ref_value_mix = self.ref_value_mix

        style_strength = self.style_strength

        use_cache = self.use_cache

        vae: dict[str, Any] | None | Unset
        if isinstance(self.vae, Unset):
            vae = UNSET
        elif isinstance(self.vae, VAEField):
            vae = self.vae.to_dict()
        else:
            vae = self.vae

        value_adain_strength = self.value_adain_strength

        value_mode: str | Unset = UNSET
        if not isinstance(self.value_mode, Unset):
            value_mode = self.value_mode.value

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if adain_strength is not UNSET:
            field_dict["adain_strength"] = adain_strength
        if beta is not UNSET:
            field_dict["beta"] = beta
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if fit is not UNSET:
            field_dict["fit"] = fit
        if height is not UNSET:
            field_dict["height"] = height
        if high_scale_end is not UNSET:
            field_dict["high_scale_end"] = high_scale_end
        if high_scale_start is not UNSET:
            field_dict["high_scale_start"] = high_scale_start
        if image is not UNSET:
            field_dict["image"] = image
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if low_scale_end is not UNSET:
            field_dict["low_scale_end"] = low_scale_end
        if low_scale_start is not UNSET:
            field_dict["low_scale_start"] = low_scale_start
        if ref_k_strength is not UNSET:
            field_dict["ref_k_strength"] = ref_k_strength
        if ref_value_mix is not UNSET:
            field_dict["ref_value_mix"] = ref_value_mix
        if style_strength is not UNSET:
            field_dict["style_strength"] = style_strength
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if vae is not UNSET:
            field_dict["vae"] = vae
        if value_adain_strength is not UNSET:
            field_dict["value_adain_strength"] = value_adain_strength
        if value_mode is not UNSET:
            field_dict["value_mode"] = value_mode
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.vae_field import VAEField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["krea2_style_reference"], d.pop("type"))
        if type_ != "krea2_style_reference":
            raise ValueError(f"type must match const 'krea2_style_reference', got '{type_}'")

        adain_strength = d.pop("adain_strength", UNSET)

        beta = d.pop("beta", UNSET)

        blocks = d.pop("blocks", UNSET)

        _fit = d.pop("fit", UNSET)
        fit: StyleReferenceKrea2Fit | Unset
        if isinstance(_fit, Unset):
            fit = UNSET
        else:
            fit = StyleReferenceKrea2Fit(_fit)

        height = d.pop("height", UNSET)

        high_scale_end = d.pop("high_scale_end", UNSET)

        high_scale_start = d.pop("high_scale_start", UNSET)

        def _parse_image(data: object) -> ImageField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                image_type_0 = ImageField.from_dict(data)

                return image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageField | None | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        is_intermediate = d.pop("is_intermediate", UNSET)

        low_scale_end = d.pop("low_scale_end", UNSET)

        low_scale_start = d.pop("low_scale_start", UNSET)

        ref_k_strength = d.pop("ref_k_strength", UNSET)

        ref_value_mix = d.pop("ref_value_mix", UNSET)

        style_strength = d.pop("style_strength", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        def _parse_vae(data: object) -> None | Unset | VAEField:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vae_type_0 = VAEField.from_dict(data)

                return vae_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VAEField, data)

        vae = _parse_vae(d.pop("vae", UNSET))

        value_adain_strength = d.pop("value_adain_strength", UNSET)

        _value_mode = d.pop("value_mode", UNSET)
        value_mode: StyleReferenceKrea2ValueMode | Unset
        if isinstance(_value_mode, Unset):
            value_mode = UNSET
        else:
            value_mode = StyleReferenceKrea2ValueMode(_value_mode)

        width = d.pop("width", UNSET)

        style_reference_krea_2 = cls(
            id=id,
            type_=type_,
            adain_strength=adain_strength,
            beta=beta,
            blocks=blocks,
            fit=fit,
            height=height,
            high_scale_end=high_scale_end,
            high_scale_start=high_scale_start,
            image=image,
            is_intermediate=is_intermediate,
            low_scale_end=low_scale_end,
            low_scale_start=low_scale_start,
            ref_k_strength=ref_k_strength,
            ref_value_mix=ref_value_mix,
            style_strength=style_strength,
            use_cache=use_cache,
            vae=vae,
            value_adain_strength=value_adain_strength,
            value_mode=value_mode,
            width=width,
        )

        style_reference_krea_2.additional_properties = d
        return style_reference_krea_2

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
