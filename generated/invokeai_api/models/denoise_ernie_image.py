from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.denoise_ernie_image_scheduler import DenoiseERNIEImageScheduler
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ernie_image_conditioning_field import ErnieImageConditioningField
    from ..models.latents_field import LatentsField
    from ..models.transformer_field import TransformerField


T = TypeVar("T", bound="DenoiseERNIEImage")


@_attrs_define
class DenoiseERNIEImage:
    """Run the ERNIE-Image denoising loop and emit packed latents.

    Attributes:
        id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
        type_ (Literal['ernie_image_denoise']):  Default: 'ernie_image_denoise'.
        add_noise (bool | Unset): Noise the starting latents up to `denoising_start` before denoising. Turn this off to
            continue an earlier denoise stage, whose output already sits at that sigma. Ignored when no starting latents are
            connected. Default: True.
        denoising_end (float | Unset): When to stop denoising, expressed a percentage of total steps Default: 1.0.
        denoising_start (float | Unset): When to start denoising, expressed a percentage of total steps Default: 0.0.
        guidance_scale (float | Unset): Classifier-free guidance scale. 4.0 for ERNIE-Image, 1.0 (no CFG) for Turbo.
            Default: 4.0.
        height (int | Unset): Generation height. Default: 1024.
        is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
        latents (LatentsField | None | Unset): Optional starting latents. Must be patched ERNIE-Image latents: either
            clean ones (VAE-encoded, BN-normalized, patchified) with `add_noise` on, or the output of an earlier ERNIE-Image
            denoise stage with `add_noise` off.
        negative_conditioning (ErnieImageConditioningField | None | Unset): Negative prompt conditioning (required when
            guidance_scale != 1.0)
        positive_conditioning (ErnieImageConditioningField | None | Unset): Positive prompt conditioning
        scheduler (DenoiseERNIEImageScheduler | Unset): Scheduler used during denoising. Default:
            DenoiseERNIEImageScheduler.EULER.
        seed (int | Unset): Random seed for noise generation. Default: 0.
        steps (int | Unset): Denoising steps. Use 8 for ERNIE-Image-Turbo. Default: 50.
        transformer (None | TransformerField | Unset): Transformer
        use_cache (bool | Unset): Whether or not to use the cache Default: True.
        width (int | Unset): Generation width. Default: 1024.
    """

    id: str
    type_: Literal["ernie_image_denoise"] = "ernie_image_denoise"
    add_noise: bool | Unset = True
    denoising_end: float | Unset = 1.0
    denoising_start: float | Unset = 0.0
    guidance_scale: float | Unset = 4.0
    height: int | Unset = 1024
    is_intermediate: bool | Unset = False
    latents: LatentsField | None | Unset = UNSET
    negative_conditioning: ErnieImageConditioningField | None | Unset = UNSET
    positive_conditioning: ErnieImageConditioningField | None | Unset = UNSET
    scheduler: DenoiseERNIEImageScheduler | Unset = DenoiseERNIEImageScheduler.EULER
    seed: int | Unset = 0
    steps: int | Unset = 50
    transformer: None | TransformerField | Unset = UNSET
    use_cache: bool | Unset = True
    width: int | Unset = 1024
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ernie_image_conditioning_field import ErnieImageConditioningField  # noqa: PLC0415
        from ..models.latents_field import LatentsField  # noqa: PLC0415
        from ..models.transformer_field import TransformerField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        add_noise = self.add_noise

        denoising_end = self.denoising_end

        denoising_start = self.denoising_start

        guidance_scale = self.guidance_scale

        height = self.height

        is_intermediate = self.is_intermediate

        latents: dict[str, Any] | None | Unset
        if isinstance(self.latents, Unset):
            latents = UNSET
        elif isinstance(self.latents, LatentsField):
            latents = self.latents.to_dict()
        else:
            latents = self.latents

        negative_conditioning: dict[str, Any] | None | Unset
        if isinstance(self.negative_conditioning, Unset):
            negative_conditioning = UNSET
        elif isinstance(self.negative_conditioning, ErnieImageConditioningField):
            negative_conditioning = self.negative_conditioning.to_dict()
        else:
            negative_conditioning = self.negative_conditioning

        positive_conditioning: dict[str, Any] | None | Unset
        if isinstance(self.positive_conditioning, Unset):
            positive_conditioning = UNSET
        elif isinstance(self.positive_conditioning, ErnieImageConditioningField):
            positive_conditioning = self.positive_conditioning.to_dict()
        else:
            positive_conditioning = self.positive_conditioning

        scheduler: str | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler.value

        seed = self.seed

        steps = self.steps

        transformer: dict[str, Any] | None | Unset
        if isinstance(self.transformer, Unset):
            transformer = UNSET
        elif isinstance(self.transformer, TransformerField):
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
        if add_noise is not UNSET:
            field_dict["add_noise"] = add_noise
        if denoising_end is not UNSET:
            field_dict["denoising_end"] = denoising_end
        if denoising_start is not UNSET:
            field_dict["denoising_start"] = denoising_start
        if guidance_scale is not UNSET:
            field_dict["guidance_scale"] = guidance_scale
        if height is not UNSET:
            field_dict["height"] = height
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if latents is not UNSET:
            field_dict["latents"] = latents
        if negative_conditioning is not UNSET:
            field_dict["negative_conditioning"] = negative_conditioning
        if positive_conditioning is not UNSET:
            field_dict["positive_conditioning"] = positive_conditioning
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
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
        from ..models.ernie_image_conditioning_field import ErnieImageConditioningField  # noqa: PLC0415
        from ..models.latents_field import LatentsField  # noqa: PLC0415
        from ..models.transformer_field import TransformerField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["ernie_image_denoise"], d.pop("type"))
        if type_ != "ernie_image_denoise":
            raise ValueError(f"type must match const 'ernie_image_denoise', got '{type_}'")

        add_noise = d.pop("add_noise", UNSET)

        denoising_end = d.pop("denoising_end", UNSET)

        denoising_start = d.pop("denoising_start", UNSET)

        guidance_scale = d.pop("guidance_scale", UNSET)

        height = d.pop("height", UNSET)

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_latents(data: object) -> LatentsField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latents_type_0 = LatentsField.from_dict(data)

                return latents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LatentsField | None | Unset, data)

        latents = _parse_latents(d.pop("latents", UNSET))

        def _parse_negative_conditioning(
            data: object,
        ) -> ErnieImageConditioningField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                negative_conditioning_type_0 = ErnieImageConditioningField.from_dict(data)

                return negative_conditioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErnieImageConditioningField | None | Unset, data)

        negative_conditioning = _parse_negative_conditioning(d.pop("negative_conditioning", UNSET))

        def _parse_positive_conditioning(
            data: object,
        ) -> ErnieImageConditioningField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                positive_conditioning_type_0 = ErnieImageConditioningField.from_dict(data)

                return positive_conditioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErnieImageConditioningField | None | Unset, data)

        positive_conditioning = _parse_positive_conditioning(d.pop("positive_conditioning", UNSET))

        _scheduler = d.pop("scheduler", UNSET)
        scheduler: DenoiseERNIEImageScheduler | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = DenoiseERNIEImageScheduler(_scheduler)

        seed = d.pop("seed", UNSET)

        steps = d.pop("steps", UNSET)

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

        width = d.pop("width", UNSET)

        denoise_ernie_image = cls(
            id=id,
            type_=type_,
            add_noise=add_noise,
            denoising_end=denoising_end,
            denoising_start=denoising_start,
            guidance_scale=guidance_scale,
            height=height,
            is_intermediate=is_intermediate,
            latents=latents,
            negative_conditioning=negative_conditioning,
            positive_conditioning=positive_conditioning,
            scheduler=scheduler,
            seed=seed,
            steps=steps,
            transformer=transformer,
            use_cache=use_cache,
            width=width,
        )

        denoise_ernie_image.additional_properties = d
        return denoise_ernie_image

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
