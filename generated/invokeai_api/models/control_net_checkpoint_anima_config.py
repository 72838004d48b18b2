from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_source_type import ModelSourceType

if TYPE_CHECKING:
    from ..models.control_adapter_default_settings import ControlAdapterDefaultSettings


T = TypeVar("T", bound="ControlNetCheckpointAnimaConfig")


@_attrs_define
class ControlNetCheckpointAnimaConfig:
    """Model config for Anima ControlNet-LLLite adapter models (Safetensors checkpoint).

    Anima LLLite adapters are standalone adapters consisting of a shared conditioning trunk
    (lllite_conditioning1) that encodes a conditioning image, plus tiny per-Linear modules
    (lllite_dit_blocks_*) that perturb the inputs of target Linears in the Anima DiT.

        Attributes:
            base (Literal['anima']):  Default: 'anima'.
            cond_in_channels (int | None): Number of conditioning image channels (3 = RGB control image, 4 = RGB + inpaint
                mask). None for models installed before this field was recorded.
            config_path (None | str): Path to the config for this model, if any.
            cover_image (None | str): Url for image to preview model
            default_settings (ControlAdapterDefaultSettings | None):
            description (None | str): Model description
            file_size (int): The size of the model in bytes.
            format_ (Literal['checkpoint']):  Default: 'checkpoint'.
            hash_ (str): The hash of the model file(s).
            key (str): A unique key for this model.
            name (str): Name of the model.
            path (str): Path to the model on the filesystem. Relative paths are relative to the Invoke root directory.
            source (str): The original source of the model (path, URL or repo_id).
            source_api_response (None | str): The original API response from the source, as stringified JSON.
            source_type (ModelSourceType): Model source type.
            source_url (None | str): Optional URL for the model (e.g. download page or model page).
            type_ (Literal['controlnet']):  Default: 'controlnet'.
    """

    cond_in_channels: int | None
    config_path: None | str
    cover_image: None | str
    default_settings: ControlAdapterDefaultSettings | None
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
    base: Literal["anima"] = "anima"
    format_: Literal["checkpoint"] = "checkpoint"
    type_: Literal["controlnet"] = "controlnet"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.control_adapter_default_settings import ControlAdapterDefaultSettings  # noqa: PLC0415

        base = self.base

        cond_in_channels: int | None
        cond_in_channels = self.cond_in_channels

        config_path: None | str
        config_path = self.config_path

        cover_image: None | str
        cover_image = self.cover_image

        default_settings: dict[str, Any] | None
        if isinstance(self.default_settings, ControlAdapterDefaultSettings):
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

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base": base,
                "cond_in_channels": cond_in_channels,
                "config_path": config_path,
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
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.control_adapter_default_settings import ControlAdapterDefaultSettings  # noqa: PLC0415

        d = dict(src_dict)
        base = cast(Literal["anima"], d.pop("base"))
        if base != "anima":
            raise ValueError(f"base must match const 'anima', got '{base}'")

        def _parse_cond_in_channels(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        cond_in_channels = _parse_cond_in_channels(d.pop("cond_in_channels"))

        def _parse_config_path(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        config_path = _parse_config_path(d.pop("config_path"))

        def _parse_cover_image(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cover_image = _parse_cover_image(d.pop("cover_image"))

        def _parse_default_settings(data: object) -> ControlAdapterDefaultSettings | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_settings_type_0 = ControlAdapterDefaultSettings.from_dict(data)

                return default_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ControlAdapterDefaultSettings | None, data)

        default_settings = _parse_default_settings(d.pop("default_settings"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        file_size = d.pop("file_size")

        format_ = cast(Literal["checkpoint"], d.pop("format"))
        if format_ != "checkpoint":
            raise ValueError(f"format must match const 'checkpoint', got '{format_}'")

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

        type_ = cast(Literal["controlnet"], d.pop("type"))
        if type_ != "controlnet":
            raise ValueError(f"type must match const 'controlnet', got '{type_}'")

        control_net_checkpoint_anima_config = cls(
            base=base,
            cond_in_channels=cond_in_channels,
            config_path=config_path,
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
            type_=type_,
        )

        control_net_checkpoint_anima_config.additional_properties = d
        return control_net_checkpoint_anima_config

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
