from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_source_type import ModelSourceType
from ..models.qwen_3_variant_type import Qwen3VariantType

T = TypeVar("T", bound="Qwen3EncoderQwen3EncoderConfig")


@_attrs_define
class Qwen3EncoderQwen3EncoderConfig:
    """Configuration for Qwen3 Encoder models in a diffusers-like format.

    The model weights are expected to be in a folder called text_encoder inside the model directory,
    compatible with Qwen2VLForConditionalGeneration or similar architectures used by Z-Image.

        Attributes:
            base (Literal['any']):  Default: 'any'.
            cover_image (None | str): Url for image to preview model
            cpu_only (bool | None): Whether this model should run on CPU only
            description (None | str): Model description
            file_size (int): The size of the model in bytes.
            format_ (Literal['qwen3_encoder']):  Default: 'qwen3_encoder'.
            hash_ (str): The hash of the model file(s).
            key (str): A unique key for this model.
            name (str): Name of the model.
            path (str): Path to the model on the filesystem. Relative paths are relative to the Invoke root directory.
            source (str): The original source of the model (path, URL or repo_id).
            source_api_response (None | str): The original API response from the source, as stringified JSON.
            source_type (ModelSourceType): Model source type.
            source_url (None | str): Optional URL for the model (e.g. download page or model page).
            type_ (Literal['qwen3_encoder']):  Default: 'qwen3_encoder'.
            variant (Qwen3VariantType): Qwen3 text encoder variants based on model size.
    """

    cover_image: None | str
    cpu_only: bool | None
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
    variant: Qwen3VariantType
    base: Literal["any"] = "any"
    format_: Literal["qwen3_encoder"] = "qwen3_encoder"
    type_: Literal["qwen3_encoder"] = "qwen3_encoder"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base = self.base

        cover_image: None | str
        cover_image = self.cover_image

        cpu_only: bool | None
        cpu_only = self.cpu_only

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

        type_ = self.type_

        variant = self.variant.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "cover_image": cover_image,
                "cpu_only": cpu_only,
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
                "type": type_,
                "variant": variant,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base = cast(Literal["any"], d.pop("base"))
        if base != "any":
            raise ValueError(f"base must match const 'any', got '{base}'")

        def _parse_cover_image(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cover_image = _parse_cover_image(d.pop("cover_image"))

        def _parse_cpu_only(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        cpu_only = _parse_cpu_only(d.pop("cpu_only"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        file_size = d.pop("file_size")

        format_ = cast(Literal["qwen3_encoder"], d.pop("format"))
        if format_ != "qwen3_encoder":
            raise ValueError(f"format must match const 'qwen3_encoder', got '{format_}'")

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

        type_ = cast(Literal["qwen3_encoder"], d.pop("type"))
        if type_ != "qwen3_encoder":
            raise ValueError(f"type must match const 'qwen3_encoder', got '{type_}'")

        variant = Qwen3VariantType(d.pop("variant"))

        qwen_3_encoder_qwen_3_encoder_config = cls(
            base=base,
            cover_image=cover_image,
            cpu_only=cpu_only,
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
            type_=type_,
            variant=variant,
        )

        qwen_3_encoder_qwen_3_encoder_config.additional_properties = d
        return qwen_3_encoder_qwen_3_encoder_config

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
