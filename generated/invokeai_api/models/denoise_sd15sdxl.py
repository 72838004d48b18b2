from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.denoise_sd15sdxl_scheduler import DenoiseSD15SDXLScheduler
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conditioning_field import ConditioningField
    from ..models.control_field import ControlField
    from ..models.denoise_mask_field import DenoiseMaskField
    from ..models.ip_adapter_field import IPAdapterField
    from ..models.latents_field import LatentsField
    from ..models.t2i_adapter_field import T2IAdapterField
    from ..models.u_net_field import UNetField


T = TypeVar("T", bound="DenoiseSD15SDXL")


@_attrs_define
class DenoiseSD15SDXL:
    """Denoises noisy latents to decodable images

    Attributes:
        id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
        type_ (Literal['denoise_latents']):  Default: 'denoise_latents'.
        cfg_rescale_multiplier (float | Unset): Rescale multiplier for CFG guidance, used for models trained with zero-
            terminal SNR Default: 0.0.
        cfg_scale (float | list[float] | Unset): Classifier-Free Guidance scale Default: 7.5.
        control (ControlField | list[ControlField] | None | Unset):
        denoise_mask (DenoiseMaskField | None | Unset): A mask of the region to apply the denoising process to. Values
            of 0.0 represent the regions to be fully denoised, and 1.0 represent the regions to be preserved.
        denoising_end (float | Unset): When to stop denoising, expressed a percentage of total steps Default: 1.0.
        denoising_start (float | Unset): When to start denoising, expressed a percentage of total steps Default: 0.0.
        hidiffusion (bool | Unset): Apply HiDiffusion (RAU-Net + MSW-MSA) for higher-resolution denoising Default:
            False.
        hidiffusion_raunet (bool | Unset): Apply HiDiffusion RAU-Net blocks Default: True.
        hidiffusion_t1_ratio (float | Unset): Override HiDiffusion early switch threshold (T1 ratio) Default: 0.4.
        hidiffusion_t2_ratio (float | Unset): Override HiDiffusion late switch threshold (T2 ratio) Default: 0.0.
        hidiffusion_window_attn (bool | Unset): Apply HiDiffusion window attention blocks Default: True.
        ip_adapter (IPAdapterField | list[IPAdapterField] | None | Unset): IP-Adapter to apply
        is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
        latents (LatentsField | None | Unset): Latents tensor
        negative_conditioning (ConditioningField | list[ConditioningField] | None | Unset): Negative conditioning tensor
        noise (LatentsField | None | Unset): Noise tensor
        positive_conditioning (ConditioningField | list[ConditioningField] | None | Unset): Positive conditioning tensor
        scheduler (DenoiseSD15SDXLScheduler | Unset): Scheduler to use during inference Default:
            DenoiseSD15SDXLScheduler.EULER.
        steps (int | Unset): Number of steps to run Default: 10.
        t2i_adapter (list[T2IAdapterField] | None | T2IAdapterField | Unset): T2I-Adapter(s) to apply
        unet (None | UNetField | Unset): UNet (scheduler, LoRAs)
        use_cache (bool | Unset): Whether or not to use the cache Default: True.
    """

    id: str
    type_: Literal["denoise_latents"] = "denoise_latents"
    cfg_rescale_multiplier: float | Unset = 0.0
    cfg_scale: float | list[float] | Unset = 7.5
    control: ControlField | list[ControlField] | None | Unset = UNSET
    denoise_mask: DenoiseMaskField | None | Unset = UNSET
    denoising_end: float | Unset = 1.0
    denoising_start: float | Unset = 0.0
    hidiffusion: bool | Unset = False
    hidiffusion_raunet: bool | Unset = True
    hidiffusion_t1_ratio: float | Unset = 0.4
    hidiffusion_t2_ratio: float | Unset = 0.0
    hidiffusion_window_attn: bool | Unset = True
    ip_adapter: IPAdapterField | list[IPAdapterField] | None | Unset = UNSET
    is_intermediate: bool | Unset = False
    latents: LatentsField | None | Unset = UNSET
    negative_conditioning: ConditioningField | list[ConditioningField] | None | Unset = UNSET
    noise: LatentsField | None | Unset = UNSET
    positive_conditioning: ConditioningField | list[ConditioningField] | None | Unset = UNSET
    scheduler: DenoiseSD15SDXLScheduler | Unset = DenoiseSD15SDXLScheduler.EULER
    steps: int | Unset = 10
    t2i_adapter: list[T2IAdapterField] | None | T2IAdapterField | Unset = UNSET
    unet: None | UNetField | Unset = UNSET
    use_cache: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conditioning_field import ConditioningField  # noqa: PLC0415
        from ..models.control_field import ControlField  # noqa: PLC0415
        from ..models.denoise_mask_field import DenoiseMaskField  # noqa: PLC0415
        from ..models.ip_adapter_field import IPAdapterField  # noqa: PLC0415
        from ..models.latents_field import LatentsField  # noqa: PLC0415
        from ..models.t2i_adapter_field import T2IAdapterField  # noqa: PLC0415
        from ..models.u_net_field import UNetField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        cfg_rescale_multiplier = self.cfg_rescale_multiplier

        cfg_scale: float | list[float] | Unset
        if isinstance(self.cfg_scale, Unset):
            cfg_scale = UNSET
        elif isinstance(self.cfg_scale, list):
            cfg_scale = self.cfg_scale

        else:
            cfg_scale = self.cfg_scale

        control: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.control, Unset):
            control = UNSET
        elif isinstance(self.control, ControlField):
            control = self.control.to_dict()
        elif isinstance(self.control, list):
            control = []
            for control_type_1_item_data in self.control:
                control_type_1_item = control_type_1_item_data.to_dict()
                control.append(control_type_1_item)

        else:
            control = self.control

        denoise_mask: dict[str, Any] | None | Unset
        if isinstance(self.denoise_mask, Unset):
            denoise_mask = UNSET
        elif isinstance(self.denoise_mask, DenoiseMaskField):
            denoise_mask = self.denoise_mask.to_dict()
        else:
            denoise_mask = self.denoise_mask

        denoising_end = self.denoising_end

        denoising_start = self.denoising_start

        hidiffusion = self.hidiffusion

        hidiffusion_raunet = self.hidiffusion_raunet

        hidiffusion_t1_ratio = self.hidiffusion_t1_ratio

        hidiffusion_t2_ratio = self.hidiffusion_t2_ratio

        hidiffusion_window_attn = self.hidiffusion_window_attn

        ip_adapter: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.ip_adapter, Unset):
            ip_adapter = UNSET
        elif isinstance(self.ip_adapter, IPAdapterField):
            ip_adapter = self.ip_adapter.to_dict()
        elif isinstance(self.ip_adapter, list):
            ip_adapter = []
            for ip_adapter_type_1_item_data in self.ip_adapter:
                ip_adapter_type_1_item = ip_adapter_type_1_item_data.to_dict()
                ip_adapter.append(ip_adapter_type_1_item)

        else:
            ip_adapter = self.ip_adapter

        is_intermediate = self.is_intermediate

        latents: dict[str, Any] | None | Unset
        if isinstance(self.latents, Unset):
            latents = UNSET
        elif isinstance(self.latents, LatentsField):
            latents = self.latents.to_dict()
        else:
            latents = self.latents

        negative_conditioning: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.negative_conditioning, Unset):
            negative_conditioning = UNSET
        elif isinstance(self.negative_conditioning, ConditioningField):
            negative_conditioning = self.negative_conditioning.to_dict()
        elif isinstance(self.negative_conditioning, list):
            negative_conditioning = []
            for negative_conditioning_type_1_item_data in self.negative_conditioning:
                negative_conditioning_type_1_item = negative_conditioning_type_1_item_data.to_dict()
                negative_conditioning.append(negative_conditioning_type_1_item)

        else:
            negative_conditioning = self.negative_conditioning

        noise: dict[str, Any] | None | Unset
        if isinstance(self.noise, Unset):
            noise = UNSET
        elif isinstance(self.noise, LatentsField):
            noise = self.noise.to_dict()
        else:
            noise = self.noise

        positive_conditioning: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.positive_conditioning, Unset):
            positive_conditioning = UNSET
        elif isinstance(self.positive_conditioning, ConditioningField):
            positive_conditioning = self.positive_conditioning.to_dict()
        elif isinstance(self.positive_conditioning, list):
            positive_conditioning = []
            for positive_conditioning_type_1_item_data in self.positive_conditioning:
                positive_conditioning_type_1_item = positive_conditioning_type_1_item_data.to_dict()
                positive_conditioning.append(positive_conditioning_type_1_item)

        else:
            positive_conditioning = self.positive_conditioning

        scheduler: str | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler.value

        steps = self.steps

        t2i_adapter: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.t2i_adapter, Unset):
            t2i_adapter = UNSET
        elif isinstance(self.t2i_adapter, T2IAdapterField):
            t2i_adapter = self.t2i_adapter.to_dict()
        elif isinstance(self.t2i_adapter, list):
            t2i_adapter = []
            for t2i_adapter_type_1_item_data in self.t2i_adapter:
                t2i_adapter_type_1_item = t2i_adapter_type_1_item_data.to_dict()
                t2i_adapter.append(t2i_adapter_type_1_item)

        else:
            t2i_adapter = self.t2i_adapter

        unet: dict[str, Any] | None | Unset
        if isinstance(self.unet, Unset):
            unet = UNSET
        elif isinstance(self.unet, UNetField):
            unet = self.unet.to_dict()
        else:
            unet = self.unet

        use_cache = self.use_cache

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if cfg_rescale_multiplier is not UNSET:
            field_dict["cfg_rescale_multiplier"] = cfg_rescale_multiplier
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale
        if control is not UNSET:
            field_dict["control"] = control
        if denoise_mask is not UNSET:
            field_dict["denoise_mask"] = denoise_mask
        if denoising_end is not UNSET:
            field_dict["denoising_end"] = denoising_end
        if denoising_start is not UNSET:
            field_dict["denoising_start"] = denoising_start
        if hidiffusion is not UNSET:
            field_dict["hidiffusion"] = hidiffusion
        if hidiffusion_raunet is not UNSET:
            field_dict["hidiffusion_raunet"] = hidiffusion_raunet
        if hidiffusion_t1_ratio is not UNSET:
            field_dict["hidiffusion_t1_ratio"] = hidiffusion_t1_ratio
        if hidiffusion_t2_ratio is not UNSET:
            field_dict["hidiffusion_t2_ratio"] = hidiffusion_t2_ratio
        if hidiffusion_window_attn is not UNSET:
            field_dict["hidiffusion_window_attn"] = hidiffusion_window_attn
        if ip_adapter is not UNSET:
            field_dict["ip_adapter"] = ip_adapter
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if latents is not UNSET:
            field_dict["latents"] = latents
        if negative_conditioning is not UNSET:
            field_dict["negative_conditioning"] = negative_conditioning
        if noise is not UNSET:
            field_dict["noise"] = noise
        if positive_conditioning is not UNSET:
            field_dict["positive_conditioning"] = positive_conditioning
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler
        if steps is not UNSET:
            field_dict["steps"] = steps
        if t2i_adapter is not UNSET:
            field_dict["t2i_adapter"] = t2i_adapter
        if unet is not UNSET:
            field_dict["unet"] = unet
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conditioning_field import ConditioningField  # noqa: PLC0415
        from ..models.control_field import ControlField  # noqa: PLC0415
        from ..models.denoise_mask_field import DenoiseMaskField  # noqa: PLC0415
        from ..models.ip_adapter_field import IPAdapterField  # noqa: PLC0415
        from ..models.latents_field import LatentsField  # noqa: PLC0415
        from ..models.t2i_adapter_field import T2IAdapterField  # noqa: PLC0415
        from ..models.u_net_field import UNetField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["denoise_latents"], d.pop("type"))
        if type_ != "denoise_latents":
            raise ValueError(f"type must match const 'denoise_latents', got '{type_}'")

        cfg_rescale_multiplier = d.pop("cfg_rescale_multiplier", UNSET)

        def _parse_cfg_scale(data: object) -> float | list[float] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cfg_scale_type_1 = cast(list[float], data)

                return cfg_scale_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | list[float] | Unset, data)

        cfg_scale = _parse_cfg_scale(d.pop("cfg_scale", UNSET))

        def _parse_control(data: object) -> ControlField | list[ControlField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                control_type_0 = ControlField.from_dict(data)

                return control_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                control_type_1 = []
                _control_type_1 = data
                for control_type_1_item_data in _control_type_1:
                    control_type_1_item = ControlField.from_dict(control_type_1_item_data)

                    control_type_1.append(control_type_1_item)

                return control_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ControlField | list[ControlField] | None | Unset, data)

        control = _parse_control(d.pop("control", UNSET))

        def _parse_denoise_mask(data: object) -> DenoiseMaskField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                denoise_mask_type_0 = DenoiseMaskField.from_dict(data)

                return denoise_mask_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DenoiseMaskField | None | Unset, data)

        denoise_mask = _parse_denoise_mask(d.pop("denoise_mask", UNSET))

        denoising_end = d.pop("denoising_end", UNSET)

        denoising_start = d.pop("denoising_start", UNSET)

        hidiffusion = d.pop("hidiffusion", UNSET)

        hidiffusion_raunet = d.pop("hidiffusion_raunet", UNSET)

        hidiffusion_t1_ratio = d.pop("hidiffusion_t1_ratio", UNSET)

        hidiffusion_t2_ratio = d.pop("hidiffusion_t2_ratio", UNSET)

        hidiffusion_window_attn = d.pop("hidiffusion_window_attn", UNSET)

        def _parse_ip_adapter(data: object) -> IPAdapterField | list[IPAdapterField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ip_adapter_type_0 = IPAdapterField.from_dict(data)

                return ip_adapter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ip_adapter_type_1 = []
                _ip_adapter_type_1 = data
                for ip_adapter_type_1_item_data in _ip_adapter_type_1:
                    ip_adapter_type_1_item = IPAdapterField.from_dict(ip_adapter_type_1_item_data)

                    ip_adapter_type_1.append(ip_adapter_type_1_item)

                return ip_adapter_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IPAdapterField | list[IPAdapterField] | None | Unset, data)

        ip_adapter = _parse_ip_adapter(d.pop("ip_adapter", UNSET))

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
        ) -> ConditioningField | list[ConditioningField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                negative_conditioning_type_0 = ConditioningField.from_dict(data)

                return negative_conditioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                negative_conditioning_type_1 = []
                _negative_conditioning_type_1 = data
                for negative_conditioning_type_1_item_data in _negative_conditioning_type_1:
                    negative_conditioning_type_1_item = ConditioningField.from_dict(
                        negative_conditioning_type_1_item_data
                    )

                    negative_conditioning_type_1.append(negative_conditioning_type_1_item)

                return negative_conditioning_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConditioningField | list[ConditioningField] | None | Unset, data)

        negative_conditioning = _parse_negative_conditioning(d.pop("negative_conditioning", UNSET))

        def _parse_noise(data: object) -> LatentsField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                noise_type_0 = LatentsField.from_dict(data)

                return noise_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LatentsField | None | Unset, data)

        noise = _parse_noise(d.pop("noise", UNSET))

        def _parse_positive_conditioning(
            data: object,
        ) -> ConditioningField | list[ConditioningField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                positive_conditioning_type_0 = ConditioningField.from_dict(data)

                return positive_conditioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                positive_conditioning_type_1 = []
                _positive_conditioning_type_1 = data
                for positive_conditioning_type_1_item_data in _positive_conditioning_type_1:
                    positive_conditioning_type_1_item = ConditioningField.from_dict(
                        positive_conditioning_type_1_item_data
                    )

                    positive_conditioning_type_1.append(positive_conditioning_type_1_item)

                return positive_conditioning_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConditioningField | list[ConditioningField] | None | Unset, data)

        positive_conditioning = _parse_positive_conditioning(d.pop("positive_conditioning", UNSET))

        _scheduler = d.pop("scheduler", UNSET)
        scheduler: DenoiseSD15SDXLScheduler | Unset
        if isinstance(_scheduler, Unset):
            scheduler = UNSET
        else:
            scheduler = DenoiseSD15SDXLScheduler(_scheduler)

        steps = d.pop("steps", UNSET)

        def _parse_t2i_adapter(
            data: object,
        ) -> list[T2IAdapterField] | None | T2IAdapterField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                t2i_adapter_type_0 = T2IAdapterField.from_dict(data)

                return t2i_adapter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                t2i_adapter_type_1 = []
                _t2i_adapter_type_1 = data
                for t2i_adapter_type_1_item_data in _t2i_adapter_type_1:
                    t2i_adapter_type_1_item = T2IAdapterField.from_dict(
                        t2i_adapter_type_1_item_data
                    )

                    t2i_adapter_type_1.append(t2i_adapter_type_1_item)

                return t2i_adapter_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[T2IAdapterField] | None | T2IAdapterField | Unset, data)

        t2i_adapter = _parse_t2i_adapter(d.pop("t2i_adapter", UNSET))

        def _parse_unet(data: object) -> None | UNetField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                unet_type_0 = UNetField.from_dict(data)

                return unet_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UNetField | Unset, data)

        unet = _parse_unet(d.pop("unet", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        denoise_sd15sdxl = cls(
            id=id,
            type_=type_,
            cfg_rescale_multiplier=cfg_rescale_multiplier,
            cfg_scale=cfg_scale,
            control=control,
            denoise_mask=denoise_mask,
            denoising_end=denoising_end,
            denoising_start=denoising_start,
            hidiffusion=hidiffusion,
            hidiffusion_raunet=hidiffusion_raunet,
            hidiffusion_t1_ratio=hidiffusion_t1_ratio,
            hidiffusion_t2_ratio=hidiffusion_t2_ratio,
            hidiffusion_window_attn=hidiffusion_window_attn,
            ip_adapter=ip_adapter,
            is_intermediate=is_intermediate,
            latents=latents,
            negative_conditioning=negative_conditioning,
            noise=noise,
            positive_conditioning=positive_conditioning,
            scheduler=scheduler,
            steps=steps,
            t2i_adapter=t2i_adapter,
            unet=unet,
            use_cache=use_cache,
        )

        denoise_sd15sdxl.additional_properties = d
        return denoise_sd15sdxl

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
