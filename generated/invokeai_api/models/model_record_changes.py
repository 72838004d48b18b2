from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_model_type import BaseModelType
from ..models.clip_variant_type import ClipVariantType
from ..models.flux_2_variant_type import Flux2VariantType
from ..models.flux_variant_type import FluxVariantType
from ..models.krea_2_variant_type import Krea2VariantType
from ..models.mistral_variant_type import MistralVariantType
from ..models.model_source_type import ModelSourceType
from ..models.model_type import ModelType
from ..models.model_variant_type import ModelVariantType
from ..models.pi_d_decoder_variant_type import PiDDecoderVariantType
from ..models.qwen_3_variant_type import Qwen3VariantType
from ..models.qwen_image_variant_type import QwenImageVariantType
from ..models.scheduler_prediction_type import SchedulerPredictionType
from ..models.wan_lo_ra_variant_type import WanLoRAVariantType
from ..models.wan_variant_type import WanVariantType
from ..models.z_image_variant_type import ZImageVariantType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.control_adapter_default_settings import ControlAdapterDefaultSettings
    from ..models.external_api_model_default_settings import ExternalApiModelDefaultSettings
    from ..models.external_model_capabilities import ExternalModelCapabilities
    from ..models.lora_model_default_settings import LoraModelDefaultSettings
    from ..models.main_model_default_settings import MainModelDefaultSettings


T = TypeVar("T", bound="ModelRecordChanges")


@_attrs_define
class ModelRecordChanges:
    """A set of changes to apply to a model.

    Attributes:
        base (BaseModelType | None | Unset): The base model.
        capabilities (ExternalModelCapabilities | None | Unset): External model capabilities
        config_path (None | str | Unset): Path to config file for model
        cpu_only (bool | None | Unset): Whether this model should run on CPU only
        default_settings (ControlAdapterDefaultSettings | ExternalApiModelDefaultSettings | LoraModelDefaultSettings |
            MainModelDefaultSettings | None | Unset): Default settings for this model
        description (None | str | Unset): Model description
        file_size (int | None | Unset): Size of model file
        format_ (None | str | Unset): format of model file
        hash_ (None | str | Unset): hash of model file
        key (None | str | Unset): Database ID for this model
        name (None | str | Unset): Name of the model.
        path (None | str | Unset): Path to the model.
        prediction_type (None | SchedulerPredictionType | Unset): The prediction type of the model.
        provider_id (None | str | Unset): External provider identifier
        provider_model_id (None | str | Unset): External provider model identifier
        source (None | str | Unset): original source of the model
        source_api_response (None | str | Unset): metadata from remote source
        source_type (ModelSourceType | None | Unset): type of model source
        source_url (None | str | Unset): Optional URL for the model (e.g. download page)
        trigger_phrases (list[str] | None | Unset): Set of trigger phrases for this model
        type_ (ModelType | None | Unset): Type of model
        upcast_attention (bool | None | Unset): Whether to upcast attention.
        variant (ClipVariantType | Flux2VariantType | FluxVariantType | Krea2VariantType | MistralVariantType |
            ModelVariantType | None | PiDDecoderVariantType | Qwen3VariantType | QwenImageVariantType | Unset |
            WanLoRAVariantType | WanVariantType | ZImageVariantType): The variant of the model.
    """

    base: BaseModelType | None | Unset = UNSET
    capabilities: ExternalModelCapabilities | None | Unset = UNSET
    config_path: None | str | Unset = UNSET
    cpu_only: bool | None | Unset = UNSET
    default_settings: (
        ControlAdapterDefaultSettings
        | ExternalApiModelDefaultSettings
        | LoraModelDefaultSettings
        | MainModelDefaultSettings
        | None
        | Unset
    ) = UNSET
    description: None | str | Unset = UNSET
    file_size: int | None | Unset = UNSET
    format_: None | str | Unset = UNSET
    hash_: None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    prediction_type: None | SchedulerPredictionType | Unset = UNSET
    provider_id: None | str | Unset = UNSET
    provider_model_id: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    source_api_response: None | str | Unset = UNSET
    source_type: ModelSourceType | None | Unset = UNSET
    source_url: None | str | Unset = UNSET
    trigger_phrases: list[str] | None | Unset = UNSET
    type_: ModelType | None | Unset = UNSET
    upcast_attention: bool | None | Unset = UNSET
    variant: (
        ClipVariantType
        | Flux2VariantType
        | FluxVariantType
        | Krea2VariantType
        | MistralVariantType
        | ModelVariantType
        | None
        | PiDDecoderVariantType
        | Qwen3VariantType
        | QwenImageVariantType
        | Unset
        | WanLoRAVariantType
        | WanVariantType
        | ZImageVariantType
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.control_adapter_default_settings import ControlAdapterDefaultSettings  # noqa: PLC0415
        from ..models.external_api_model_default_settings import ExternalApiModelDefaultSettings  # noqa: PLC0415
        from ..models.external_model_capabilities import ExternalModelCapabilities  # noqa: PLC0415
        from ..models.lora_model_default_settings import LoraModelDefaultSettings  # noqa: PLC0415
        from ..models.main_model_default_settings import MainModelDefaultSettings  # noqa: PLC0415

        base: None | str | Unset
        if isinstance(self.base, Unset):
            base = UNSET
        elif isinstance(self.base, BaseModelType):
            base = self.base.value
        else:
            base = self.base

        capabilities: dict[str, Any] | None | Unset
        if isinstance(self.capabilities, Unset):
            capabilities = UNSET
        elif isinstance(self.capabilities, ExternalModelCapabilities):
            capabilities = self.capabilities.to_dict()
        else:
            capabilities = self.capabilities

        config_path: None | str | Unset
        if isinstance(self.config_path, Unset):
            config_path = UNSET
        else:
            config_path = self.config_path

        cpu_only: bool | None | Unset
        if isinstance(self.cpu_only, Unset):
            cpu_only = UNSET
        else:
            cpu_only = self.cpu_only

        default_settings: dict[str, Any] | None | Unset
        if isinstance(self.default_settings, Unset):
            default_settings = UNSET
        elif isinstance(self.default_settings, MainModelDefaultSettings):
            default_settings = self.default_settings.to_dict()
        elif isinstance(self.default_settings, LoraModelDefaultSettings):
            default_settings = self.default_settings.to_dict()
        elif isinstance(self.default_settings, ControlAdapterDefaultSettings):
            default_settings = self.default_settings.to_dict()
        elif isinstance(self.default_settings, ExternalApiModelDefaultSettings):
            default_settings = self.default_settings.to_dict()
        else:
            default_settings = self.default_settings

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        file_size: int | None | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        else:
            format_ = self.format_

        hash_: None | str | Unset
        if isinstance(self.hash_, Unset):
            hash_ = UNSET
        else:
            hash_ = self.hash_

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        prediction_type: None | str | Unset
        if isinstance(self.prediction_type, Unset):
            prediction_type = UNSET
        elif isinstance(self.prediction_type, SchedulerPredictionType):
            prediction_type = self.prediction_type.value
        else:
            prediction_type = self.prediction_type

        provider_id: None | str | Unset
        if isinstance(self.provider_id, Unset):
            provider_id = UNSET
        else:
            provider_id = self.provider_id

        provider_model_id: None | str | Unset
        if isinstance(self.provider_model_id, Unset):
            provider_model_id = UNSET
        else:
            provider_model_id = self.provider_model_id

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        source_api_response: None | str | Unset
        if isinstance(self.source_api_response, Unset):
            source_api_response = UNSET
        else:
            source_api_response = self.source_api_response

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        elif isinstance(self.source_type, ModelSourceType):
            source_type = self.source_type.value
        else:
            source_type = self.source_type

        source_url: None | str | Unset
        if isinstance(self.source_url, Unset):
            source_url = UNSET
        else:
            source_url = self.source_url

        trigger_phrases: list[str] | None | Unset
        if isinstance(self.trigger_phrases, Unset):
            trigger_phrases = UNSET
        elif isinstance(self.trigger_phrases, list):
            trigger_phrases = self.trigger_phrases

        else:
            trigger_phrases = self.trigger_phrases

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ModelType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        upcast_attention: bool | None | Unset
        if isinstance(self.upcast_attention, Unset):
            upcast_attention = UNSET
        else:
            upcast_attention = self.upcast_attention

        variant: None | str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        elif isinstance(self.variant, ModelVariantType):
            variant = self.variant.value
        elif isinstance(self.variant, ClipVariantType):
            variant = self.variant.value
        elif isinstance(self.variant, FluxVariantType):
            variant = self.variant.value
        elif isinstance(self.variant, Flux2VariantType):
            variant = self.variant.value
        elif isinstance(self.variant, ZImageVariantType):
            variant = self.variant.value
        elif isinstance(self.variant, QwenImageVariantType):
            variant = self.variant.value
        elif isinstance(self.variant, WanVariantType):
            variant = self.variant.value
        elif isinstance(self.variant, WanLoRAVariantType):
            variant = self.variant.value
        elif isinstance(self.variant, Qwen3VariantType):
            variant = self.variant.value
        elif isinstance(self.variant, Krea2VariantType):
            variant = self.variant.value
        elif isinstance(self.variant, MistralVariantType):
            variant = self.variant.value
        elif isinstance(self.variant, PiDDecoderVariantType):
            variant = self.variant.value
        else:
            variant = self.variant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base is not UNSET:
            field_dict["base"] = base
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if config_path is not UNSET:
            field_dict["config_path"] = config_path
        if cpu_only is not UNSET:
            field_dict["cpu_only"] = cpu_only
        if default_settings is not UNSET:
            field_dict["default_settings"] = default_settings
        if description is not UNSET:
            field_dict["description"] = description
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if format_ is not UNSET:
            field_dict["format"] = format_
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name
        if path is not UNSET:
            field_dict["path"] = path
        if prediction_type is not UNSET:
            field_dict["prediction_type"] = prediction_type
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if provider_model_id is not UNSET:
            field_dict["provider_model_id"] = provider_model_id
        if source is not UNSET:
            field_dict["source"] = source
        if source_api_response is not UNSET:
            field_dict["source_api_response"] = source_api_response
        if source_type is not UNSET:
            field_dict["source_type"] = source_type
        if source_url is not UNSET:
            field_dict["source_url"] = source_url
        if trigger_phrases is not UNSET:
            field_dict["trigger_phrases"] = trigger_phrases
        if type_ is not UNSET:
            field_dict["type"] = type_
        if upcast_attention is not UNSET:
            field_dict["upcast_attention"] = upcast_attention
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.control_adapter_default_settings import ControlAdapterDefaultSettings  # noqa: PLC0415
        from ..models.external_api_model_default_settings import ExternalApiModelDefaultSettings  # noqa: PLC0415
        from ..models.external_model_capabilities import ExternalModelCapabilities  # noqa: PLC0415
        from ..models.lora_model_default_settings import LoraModelDefaultSettings  # noqa: PLC0415
        from ..models.main_model_default_settings import MainModelDefaultSettings  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_base(data: object) -> BaseModelType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                base_type_0 = BaseModelType(data)

                return base_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BaseModelType | None | Unset, data)

        base = _parse_base(d.pop("base", UNSET))

        def _parse_capabilities(data: object) -> ExternalModelCapabilities | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                capabilities_type_0 = ExternalModelCapabilities.from_dict(data)

                return capabilities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExternalModelCapabilities | None | Unset, data)

        capabilities = _parse_capabilities(d.pop("capabilities", UNSET))

        def _parse_config_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        config_path = _parse_config_path(d.pop("config_path", UNSET))

        def _parse_cpu_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cpu_only = _parse_cpu_only(d.pop("cpu_only", UNSET))

        def _parse_default_settings(
            data: object,
        ) -> (
            ControlAdapterDefaultSettings
            | ExternalApiModelDefaultSettings
            | LoraModelDefaultSettings
            | MainModelDefaultSettings
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_settings_type_0 = MainModelDefaultSettings.from_dict(data)

                return default_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_settings_type_1 = LoraModelDefaultSettings.from_dict(data)

                return default_settings_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_settings_type_2 = ControlAdapterDefaultSettings.from_dict(data)

                return default_settings_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_settings_type_3 = ExternalApiModelDefaultSettings.from_dict(data)

                return default_settings_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ControlAdapterDefaultSettings
                | ExternalApiModelDefaultSettings
                | LoraModelDefaultSettings
                | MainModelDefaultSettings
                | None
                | Unset,
                data,
            )

        default_settings = _parse_default_settings(d.pop("default_settings", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_file_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        file_size = _parse_file_size(d.pop("file_size", UNSET))

        def _parse_format_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        def _parse_hash_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hash_ = _parse_hash_(d.pop("hash", UNSET))

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_prediction_type(data: object) -> None | SchedulerPredictionType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prediction_type_type_0 = SchedulerPredictionType(data)

                return prediction_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SchedulerPredictionType | Unset, data)

        prediction_type = _parse_prediction_type(d.pop("prediction_type", UNSET))

        def _parse_provider_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_id = _parse_provider_id(d.pop("provider_id", UNSET))

        def _parse_provider_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_model_id = _parse_provider_model_id(d.pop("provider_model_id", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_source_api_response(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_api_response = _parse_source_api_response(d.pop("source_api_response", UNSET))

        def _parse_source_type(data: object) -> ModelSourceType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_type_0 = ModelSourceType(data)

                return source_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelSourceType | None | Unset, data)

        source_type = _parse_source_type(d.pop("source_type", UNSET))

        def _parse_source_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_url = _parse_source_url(d.pop("source_url", UNSET))

        def _parse_trigger_phrases(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trigger_phrases_type_0 = cast(list[str], data)

                return trigger_phrases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        trigger_phrases = _parse_trigger_phrases(d.pop("trigger_phrases", UNSET))

        def _parse_type_(data: object) -> ModelType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = ModelType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_upcast_attention(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        upcast_attention = _parse_upcast_attention(d.pop("upcast_attention", UNSET))

        def _parse_variant(
            data: object,
        ) -> (
            ClipVariantType
            | Flux2VariantType
            | FluxVariantType
            | Krea2VariantType
            | MistralVariantType
            | ModelVariantType
            | None
            | PiDDecoderVariantType
            | Qwen3VariantType
            | QwenImageVariantType
            | Unset
            | WanLoRAVariantType
            | WanVariantType
            | ZImageVariantType
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_0 = ModelVariantType(data)

                return variant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_1 = ClipVariantType(data)

                return variant_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_2 = FluxVariantType(data)

                return variant_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_3 = Flux2VariantType(data)

                return variant_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_4 = ZImageVariantType(data)

                return variant_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_5 = QwenImageVariantType(data)

                return variant_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_6 = WanVariantType(data)

                return variant_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_7 = WanLoRAVariantType(data)

                return variant_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_8 = Qwen3VariantType(data)

                return variant_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_9 = Krea2VariantType(data)

                return variant_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_10 = MistralVariantType(data)

                return variant_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                variant_type_11 = PiDDecoderVariantType(data)

                return variant_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ClipVariantType
                | Flux2VariantType
                | FluxVariantType
                | Krea2VariantType
                | MistralVariantType
                | ModelVariantType
                | None
                | PiDDecoderVariantType
                | Qwen3VariantType
                | QwenImageVariantType
                | Unset
                | WanLoRAVariantType
                | WanVariantType
                | ZImageVariantType,
                data,
            )

        variant = _parse_variant(d.pop("variant", UNSET))

        model_record_changes = cls(
            base=base,
            capabilities=capabilities,
            config_path=config_path,
            cpu_only=cpu_only,
            default_settings=default_settings,
            description=description,
            file_size=file_size,
            format_=format_,
            hash_=hash_,
            key=key,
            name=name,
            path=path,
            prediction_type=prediction_type,
            provider_id=provider_id,
            provider_model_id=provider_model_id,
            source=source,
            source_api_response=source_api_response,
            source_type=source_type,
            source_url=source_url,
            trigger_phrases=trigger_phrases,
            type_=type_,
            upcast_attention=upcast_attention,
            variant=variant,
        )

        model_record_changes.additional_properties = d
        return model_record_changes

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
