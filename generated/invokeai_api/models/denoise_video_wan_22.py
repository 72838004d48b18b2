from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.wan_conditioning_field import WanConditioningField
    from ..models.wan_ref_image_conditioning_field import WanRefImageConditioningField
    from ..models.wan_transformer_field import WanTransformerField


T = TypeVar("T", bound="DenoiseVideoWan22")


@_attrs_define
class DenoiseVideoWan22:
    """Run the Wan 2.2 denoising loop on a multi-frame latent tensor.

    The output is a 5D ``[1, C, T_lat, H/8, W/8]`` latent tensor ready for
    :class:`WanLatentsToVideoInvocation` to VAE-decode and encode as MP4.

    Mirrors :class:`WanDenoiseInvocation` for the per-step logic (CFG, MoE
    expert swap at the boundary timestep, LoRA patching, scheduler selection).
    Differences from the image denoise:

    * The noise tensor has a real temporal dim built from ``num_frames``.
    * The I2V condition is built across all latent frames (frame 0
      conditioned, rest zero) via
      :func:`encode_reference_image_to_video_condition` upstream — the
      ``ref_image`` field on this node carries a tensor of shape
      ``[1, 20, T_lat, H_lat, W_lat]`` instead of ``[1, 20, 1, ...]``.
    * No ``denoising_start`` / ``denoising_end`` / initial-latents inputs.
      The image denoise node uses those for img2img (noise injection on an
      existing latent), but image-conditioned video generation flows through
      the reference-frame conditioning mechanism instead — the first frame
      drives subsequent frames at every step, so a partial-schedule run from
      an initial latent has no analogue here. Run the schedule from t=1
      to t=0 every time. The base ``WanDenoiseInvocation`` still handles
      the img2img case for stills.

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            type_ (Literal['wan_video_denoise']):  Default: 'wan_video_denoise'.
            guidance_scale (float | Unset): Classifier-free guidance scale. Wan 2.2 video reference uses 5.0 for the high-
                noise expert and 4.0 for the low-noise expert. Default: 5.0.
            guidance_scale_low_noise (float | None | Unset): Optional separate CFG scale for the low-noise expert (Wan 2.2
                A14B only). Values below 1.0 fall back to the primary 'Guidance Scale'. Default: 4.0.
            height (int | Unset): Height of the generated video. Default: 480.
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            negative_conditioning (None | Unset | WanConditioningField): Negative conditioning tensor
            num_frames (int | Unset): Number of output frames. Must satisfy (num_frames - 1) %% 4 == 0 so the latent
                temporal dim divides cleanly. Wan 2.2 was trained at 81 frames @ 16 FPS (~5 s). Default: 81.
            positive_conditioning (None | Unset | WanConditioningField): Positive conditioning tensor
            ref_image (None | Unset | WanRefImageConditioningField): Reference-image (VAE-latent) conditioning for Wan 2.2
                I2V.
            seed (int | Unset): Randomness seed for reproducibility. Default: 0.
            steps (int | Unset): Number of denoising steps. Default: 40.
            transformer (None | Unset | WanTransformerField): Wan transformer field. Supported: T2V-A14B / I2V-A14B (dual-
                expert) and TI2V-5B (single-expert, handles both T2V and I2V). All three accept a Reference Image input for
                image-to-video; A14B uses the 36-channel concat scheme while TI2V-5B uses the expand_timesteps first-frame-mask
                blend.
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
            width (int | Unset): Width of the generated video. Default: 832.
    """

    id: str
    type_: Literal["wan_video_denoise"] = "wan_video_denoise"
    guidance_scale: float | Unset = 5.0
    guidance_scale_low_noise: float | None | Unset = 4.0
    height: int | Unset = 480
    is_intermediate: bool | Unset = False
    negative_conditioning: None | Unset | WanConditioningField = UNSET
    num_frames: int | Unset = 81
    positive_conditioning: None | Unset | WanConditioningField = UNSET
    ref_image: None | Unset | WanRefImageConditioningField = UNSET
    seed: int | Unset = 0
    steps: int | Unset = 40
    transformer: None | Unset | WanTransformerField = UNSET
    use_cache: bool | Unset = True
    width: int | Unset = 832
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.wan_conditioning_field import WanConditioningField  # noqa: PLC0415
        from ..models.wan_ref_image_conditioning_field import WanRefImageConditioningField  # noqa: PLC0415
        from ..models.wan_transformer_field import WanTransformerField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        guidance_scale = self.guidance_scale

        guidance_scale_low_noise: float | None | Unset
        if isinstance(self.guidance_scale_low_noise, Unset):
            guidance_scale_low_noise = UNSET
        else:
            guidance_scale_low_noise = self.guidance_scale_low_noise

        height = self.height

        is_intermediate = self.is_intermediate

        negative_conditioning: dict[str, Any] | None | Unset
        if isinstance(self.negative_conditioning, Unset):
            negative_conditioning = UNSET
        elif isinstance(self.negative_conditioning, WanConditioningField):
            negative_conditioning = self.negative_conditioning.to_dict()
        else:
            negative_conditioning = self.negative_conditioning

        num_frames = self.num_frames

        positive_conditioning: dict[str, Any] | None | Unset
        if isinstance(self.positive_conditioning, Unset):
            positive_conditioning = UNSET
        elif isinstance(self.positive_conditioning, WanConditioningField):
            positive_conditioning = self.positive_conditioning.to_dict()
        else:
            positive_conditioning = self.positive_conditioning

        ref_image: dict[str, Any] | None | Unset
        if isinstance(self.ref_image, Unset):
            ref_image = UNSET
        elif isinstance(self.ref_image, WanRefImageConditioningField):
            ref_image = self.ref_image.to_dict()
        else:
            ref_image = self.ref_image

        seed = self.seed

        steps = self.steps

        transformer: dict[str, Any] | None | Unset
        if isinstance(self.transformer, Unset):
            transformer = UNSET
        elif isinstance(self.transformer, WanTransformerField):
            transformer = self.transformer.to_dict()
        else:
            transformer = self.transformer

        use_cache = self.use_cache

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if guidance_scale_low_noise is not UNSET:
            field_dict["guidance_scale_low_noise"] = guidance_scale_low_noise
        if height is not UNSET:
            field_dict["height"] = height
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if negative_conditioning is not UNSET:
            field_dict["negative_conditioning"] = negative_conditioning
        if num_frames is not UNSET:
            field_dict["num_frames"] = num_frames
        if positive_conditioning is not UNSET:
            field_dict["positive_conditioning"] = positive_conditioning
        if ref_image is not UNSET:
            field_dict["ref_image"] = ref_image
        if seed is not UNSET:
            field_dict["seed"] = seed
        if steps is not UNSET:
            field_dict["steps"] = steps
        if transformer is not UNSET:
            field_dict["transformer"] = transformer
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wan_conditioning_field import WanConditioningField  # noqa: PLC0415
        from ..models.wan_ref_image_conditioning_field import WanRefImageConditioningField  # noqa: PLC0415
        from ..models.wan_transformer_field import WanTransformerField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["wan_video_denoise"], d.pop("type"))
        if type_ != "wan_video_denoise":
            raise ValueError(f"type must match const 'wan_video_denoise', got '{type_}'")

        guidance_scale = d.pop("guidance_scale", UNSET)

        def _parse_guidance_scale_low_noise(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        guidance_scale_low_noise = _parse_guidance_scale_low_noise(
            d.pop("guidance_scale_low_noise", UNSET)
        )

        height = d.pop("height", UNSET)

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_negative_conditioning(data: object) -> None | Unset | WanConditioningField:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                negative_conditioning_type_0 = WanConditioningField.from_dict(data)

                return negative_conditioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WanConditioningField, data)

        negative_conditioning = _parse_negative_conditioning(d.pop("negative_conditioning", UNSET))

        num_frames = d.pop("num_frames", UNSET)

        def _parse_positive_conditioning(data: object) -> None | Unset | WanConditioningField:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                positive_conditioning_type_0 = WanConditioningField.from_dict(data)

                return positive_conditioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WanConditioningField, data)

        positive_conditioning = _parse_positive_conditioning(d.pop("positive_conditioning", UNSET))

        def _parse_ref_image(data: object) -> None | Unset | WanRefImageConditioningField:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ref_image_type_0 = WanRefImageConditioningField.from_dict(data)

                return ref_image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WanRefImageConditioningField, data)

        ref_image = _parse_ref_image(d.pop("ref_image", UNSET))

        seed = d.pop("seed", UNSET)

        steps = d.pop("steps", UNSET)

        def _parse_transformer(data: object) -> None | Unset | WanTransformerField:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transformer_type_0 = WanTransformerField.from_dict(data)

                return transformer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WanTransformerField, data)

        transformer = _parse_transformer(d.pop("transformer", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        width = d.pop("width", UNSET)

        denoise_video_wan_22 = cls(
            id=id,
            type_=type_,
            guidance_scale=guidance_scale,
            guidance_scale_low_noise=guidance_scale_low_noise,
            height=height,
            is_intermediate=is_intermediate,
            negative_conditioning=negative_conditioning,
            num_frames=num_frames,
            positive_conditioning=positive_conditioning,
            ref_image=ref_image,
            seed=seed,
            steps=steps,
            transformer=transformer,
            use_cache=use_cache,
            width=width,
        )

        denoise_video_wan_22.additional_properties = d
        return denoise_video_wan_22

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
