from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_field import ImageField
    from ..models.vae_field import VAEField


T = TypeVar("T", bound="ReferenceImageWan22")


@_attrs_define
class ReferenceImageWan22:
    """VAE-encode a reference image into Wan 2.2 I2V conditioning.

    The wired VAE selects the output shape. With the 16-channel A14B VAE the
    output is a ``[1, 20, T_lat, height // 8, width // 8]`` condition (4-ch
    first-frame mask + 16-ch image latents) that the denoise loop concatenates
    to the noise latents each step, producing the 36-channel input the
    I2V-A14B transformer expects. With the 48-channel TI2V-5B VAE the output
    is a ``[1, 48, 1, height // 16, width // 16]`` condition that the denoise
    loop blends into the noisy latents at every step.

    For image (single-frame) I2V leave ``num_frames=1`` (T_lat=1). For A14B
    video I2V set ``num_frames`` to match the value on the video-denoise node
    (e.g. 81 for the Wan 2.2 reference defaults); TI2V-5B always uses the
    single-frame condition.

    Supply an optional ``end_image`` for **first-last-frame interpolation
    (FLF2V)** — the model then interpolates the motion from ``image`` (first
    frame) to ``end_image`` (final frame). FLF2V is I2V-A14B video only
    (``num_frames > 1``); it is not supported for TI2V-5B or single-frame I2V.

    For T2V (no reference image), omit this node entirely.

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            type_ (Literal['wan_ref_image_encoder']):  Default: 'wan_ref_image_encoder'.
            end_image (ImageField | None | Unset): Optional end frame for first-last-frame interpolation (FLF2V). When set,
                the video interpolates from the reference image (first frame) to this image (final frame). I2V-A14B video only
                (num_frames > 1); not supported for TI2V-5B or single-frame I2V.
            height (int | Unset): Height to resize the reference image to (must match denoise height). Default: 1024.
            image (ImageField | None | Unset): Reference image to condition on (the first frame).
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            num_frames (int | Unset): Pixel-frame count to build the condition for. Use 1 for single-frame image I2V. For
                video I2V, set this to match the video-denoise node's num_frames (and ensure (num_frames - 1) %% 4 == 0, e.g.
                81). Default: 1.
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
            vae (None | Unset | VAEField): VAE
            width (int | Unset): Width to resize the reference image to (must match denoise width). Default: 1024.
    """

    id: str
    type_: Literal["wan_ref_image_encoder"] = "wan_ref_image_encoder"
    end_image: ImageField | None | Unset = UNSET
    height: int | Unset = 1024
    image: ImageField | None | Unset = UNSET
    is_intermediate: bool | Unset = False
    num_frames: int | Unset = 1
    use_cache: bool | Unset = True
    vae: None | Unset | VAEField = UNSET
    width: int | Unset = 1024
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.vae_field import VAEField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        end_image: dict[str, Any] | None | Unset
        if isinstance(self.end_image, Unset):
            end_image = UNSET
        elif isinstance(self.end_image, ImageField):
            end_image = self.end_image.to_dict()
        else:
            end_image = self.end_image

        height = self.height

        image: dict[str, Any] | None | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, ImageField):
            image = self.image.to_dict()
        else:
            image = self.image

        is_intermediate = self.is_intermediate

        num_frames = self.num_frames

        use_cache = self.use_cache

        vae: dict[str, Any] | None | Unset
        if isinstance(self.vae, Unset):
            vae = UNSET
        elif isinstance(self.vae, VAEField):
            vae = self.vae.to_dict()
        else:
            vae = self.vae

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if end_image is not UNSET:
            field_dict["end_image"] = end_image
        if height is not UNSET:
            field_dict["height"] = height
        if image is not UNSET:
            field_dict["image"] = image
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if vae is not UNSET:
            field_dict["vae"] = vae
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.vae_field import VAEField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["wan_ref_image_encoder"], d.pop("type"))
        if type_ != "wan_ref_image_encoder":
            raise ValueError(f"type must match const 'wan_ref_image_encoder', got '{type_}'")

        def _parse_end_image(data: object) -> ImageField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                end_image_type_0 = ImageField.from_dict(data)

                return end_image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageField | None | Unset, data)

        end_image = _parse_end_image(d.pop("end_image", UNSET))

        height = d.pop("height", UNSET)

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

        num_frames = d.pop("num_frames", UNSET)

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

        width = d.pop("width", UNSET)

        reference_image_wan_22 = cls(
            id=id,
            type_=type_,
            end_image=end_image,
            height=height,
            image=image,
            is_intermediate=is_intermediate,
            num_frames=num_frames,
            use_cache=use_cache,
            vae=vae,
            width=width,
        )

        reference_image_wan_22.additional_properties = d
        return reference_image_wan_22

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
