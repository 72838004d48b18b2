from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_source_type import ModelSourceType
from ..models.z_image_variant_type import ZImageVariantType

if TYPE_CHECKING:
    from ..models.lora_model_default_settings import LoraModelDefaultSettings


T = TypeVar("T", bound="LoRADiffusersZImageConfig")


@_attrs_define
class LoRADiffusersZImageConfig:
    """Model config for Z-Image LoRA models in Diffusers format.

    Attributes:
        base (Literal['z-image']):  Default: 'z-image'.
        cover_image (None | str): Url for image to preview model
        default_settings (LoraModelDefaultSettings | None): Default settings for this model
        description (None | str): Model description
        file_size (int): The size of the model in bytes.
        format_ (Literal['diffusers']):  Default: 'diffusers'.
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
        variant (None | ZImageVariantType):
    """

    cover_image: None | str
    default_settings: LoraModelDefaultSettings | None
    description: None | str
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
    variant: None | ZImageVariantType
    base: Literal["z-image"] = "z-image"
    format_: Literal["diffusers"] = "diffusers"
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
        if isinstance(self.variant, ZImageVariantType):
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
        base = cast(Literal["z-image"], d.pop("base"))
        if base != "z-image":
            raise ValueError(f"base must match const 'z-image', got '{base}'")

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

        file_size = d.pop("file_size")

        format_ = cast(Literal["diffusers"], d.pop("format"))
        if format_ != "diffusers":
            raise ValueError(f"format must match const 'diffusers', got '{format_}'")

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

        def _parse_variant(data: object) -> None | ZImageVariantType:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_0 = ZImageVariantType(data)

                return variant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ZImageVariantType, data)

        variant = _parse_variant(d.pop("variant"))

        lo_ra_diffusers_z_image_config = cls(
            base=base,
            cover_image=cover_image,
            default_settings=default_settings,
            description=description,
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

        lo_ra_diffusers_z_image_config.additional_properties = d
        return lo_ra_diffusers_z_image_config

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
