from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lo_ra_ly_coris_wan_config_expert_type_0 import LoRALyCORISWanConfigExpertType0
from ..models.model_source_type import ModelSourceType
from ..models.wan_lo_ra_variant_type import WanLoRAVariantType

if TYPE_CHECKING:
    from ..models.lora_model_default_settings import LoraModelDefaultSettings


T = TypeVar("T", bound="LoRALyCORISWanConfig")


@_attrs_define
class LoRALyCORISWanConfig:
    """Model config for Wan 2.2 LoRA models in LyCORIS format.

    Wan LoRAs target ``WanTransformer3DModel`` blocks. The Wan 2.2 A14B family
    is dual-expert (high-noise + low-noise) — LoRAs are typically trained
    against one expert. ``expert`` records which one so the model loader
    invocation can wire it to the correct ``loras`` / ``loras_low_noise`` list.
    Many LoRAs are expert-agnostic (TI2V-5B family, or community LoRAs that
    just don't tag the expert) — these get ``expert=None`` and are applied to
    both experts by default.

        Attributes:
            base (Literal['wan']):  Default: 'wan'.
            cover_image (None | str): Url for image to preview model
            default_settings (LoraModelDefaultSettings | None): Default settings for this model
            description (None | str): Model description
            expert (LoRALyCORISWanConfigExpertType0 | None): For Wan 2.2 A14B dual-expert LoRAs: 'high' targets the high-
                noise expert, 'low' targets the low-noise expert. None means the LoRA is expert-agnostic (TI2V-5B, or community
                LoRAs without explicit tagging) and is applied to both.
            file_size (int): The size of the model in bytes.
            format_ (Literal['lycoris']):  Default: 'lycoris'.
            hash_ (str): The hash of the model file(s).
            key (str): A unique key for this model.
            name (str): Name of the model.
            path (str): Path to the model on the filesystem. Relative paths are relative to the Invoke root directory.
            source (str): The original source of the model (path, URL or repo_id).
            source_api_response (None | str): The original API response from the source, as stringified JSON.
            source_type (ModelSourceType): Model source type.
            source_url (None | str): Optional URL for the model (e.g. download page or model page).
            trigger_phrases (list[str] | None): Set of trigger phrases for this model
            type_ (Literal['lora']):  Default: 'lora'.
            variant (None | WanLoRAVariantType): The Wan model family this LoRA targets, detected from its inner-dim (5120
                -> A14B, 3072 -> TI2V-5B). A14B LoRAs are incompatible with TI2V-5B mains (and vice versa) — they crash with a
                shape mismatch in the layer patcher. The linear-view graph builder filters LoRAs on variant when building the
                LoRA collection. None means the LoRA's inner-dim couldn't be identified.
    """

    cover_image: None | str
    default_settings: LoraModelDefaultSettings | None
    description: None | str
    expert: LoRALyCORISWanConfigExpertType0 | None
    file_size: int
    hash_: str
    key: str
    name: str
    path: str
    source: str
    source_api_response: None | str
    source_type: ModelSourceType
    source_url: None | str
    trigger_phrases: list[str] | None
    variant: None | WanLoRAVariantType
    base: Literal["wan"] = "wan"
    format_: Literal["lycoris"] = "lycoris"
    type_: Literal["lora"] = "lora"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lora_model_default_settings import LoraModelDefaultSettings  # noqa: PLC0415

        base = self.base

        cover_image: None | str
        cover_image = self.cover_image

        default_settings: dict[str, Any] | None
        if isinstance(self.default_settings, LoraModelDefaultSettings):
            default_settings = self.default_settings.to_dict()
        else:
            default_settings = self.default_settings

        description: None | str
        description = self.description

        expert: None | str
        if isinstance(self.expert, LoRALyCORISWanConfigExpertType0):
            expert = self.expert.value
        else:
            expert = self.expert

        file_size = self.file_size

        format_ = self.format_

        hash_ = self.hash_

        key = self.key

        name = self.name

        path = self.path

        source = self.source

        source_api_response: None | str
        source_api_response = self.source_api_response

        source_type = self.source_type.value

        source_url: None | str
        source_url = self.source_url

        trigger_phrases: list[str] | None
        if isinstance(self.trigger_phrases, list):
            trigger_phrases = self.trigger_phrases

        else:
            trigger_phrases = self.trigger_phrases

        type_ = self.type_

        variant: None | str
        if isinstance(self.variant, WanLoRAVariantType):
            variant = self.variant.value
        else:
            variant = self.variant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "cover_image": cover_image,
                "default_settings": default_settings,
                "description": description,
                "expert": expert,
                "file_size": file_size,
                "format": format_,
                "hash": hash_,
                "key": key,
                "name": name,
                "path": path,
                "source": source,
                "source_api_response": source_api_response,
                "source_type": source_type,
                "source_url": source_url,
                "trigger_phrases": trigger_phrases,
                "type": type_,
                "variant": variant,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lora_model_default_settings import LoraModelDefaultSettings  # noqa: PLC0415

        d = dict(src_dict)
        base = cast(Literal["wan"], d.pop("base"))
        if base != "wan":
            raise ValueError(f"base must match const 'wan', got '{base}'")

        def _parse_cover_image(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cover_image = _parse_cover_image(d.pop("cover_image"))

        def _parse_default_settings(data: object) -> LoraModelDefaultSettings | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_settings_type_0 = LoraModelDefaultSettings.from_dict(data)

                return default_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LoraModelDefaultSettings | None, data)

        default_settings = _parse_default_settings(d.pop("default_settings"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_expert(data: object) -> LoRALyCORISWanConfigExpertType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expert_type_0 = LoRALyCORISWanConfigExpertType0(data)

                return expert_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LoRALyCORISWanConfigExpertType0 | None, data)

        expert = _parse_expert(d.pop("expert"))

        file_size = d.pop("file_size")

        format_ = cast(Literal["lycoris"], d.pop("format"))
        if format_ != "lycoris":
            raise ValueError(f"format must match const 'lycoris', got '{format_}'")

        hash_ = d.pop("hash")

        key = d.pop("key")

        name = d.pop("name")

        path = d.pop("path")

        source = d.pop("source")

        def _parse_source_api_response(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_api_response = _parse_source_api_response(d.pop("source_api_response"))

        source_type = ModelSourceType(d.pop("source_type"))

        def _parse_source_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_url = _parse_source_url(d.pop("source_url"))

        def _parse_trigger_phrases(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trigger_phrases_type_0 = cast(list[str], data)

                return trigger_phrases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        trigger_phrases = _parse_trigger_phrases(d.pop("trigger_phrases"))

        type_ = cast(Literal["lora"], d.pop("type"))
        if type_ != "lora":
            raise ValueError(f"type must match const 'lora', got '{type_}'")

        def _parse_variant(data: object) -> None | WanLoRAVariantType:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_0 = WanLoRAVariantType(data)

                return variant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WanLoRAVariantType, data)

        variant = _parse_variant(d.pop("variant"))

        lo_ra_ly_coris_wan_config = cls(
            base=base,
            cover_image=cover_image,
            default_settings=default_settings,
            description=description,
            expert=expert,
            file_size=file_size,
            format_=format_,
            hash_=hash_,
            key=key,
            name=name,
            path=path,
            source=source,
            source_api_response=source_api_response,
            source_type=source_type,
            source_url=source_url,
            trigger_phrases=trigger_phrases,
            type_=type_,
            variant=variant,
        )

        lo_ra_ly_coris_wan_config.additional_properties = d
        return lo_ra_ly_coris_wan_config

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
