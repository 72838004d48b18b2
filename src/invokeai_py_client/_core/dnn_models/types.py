"""The model taxonomy and record of the original client's reference (``BaseDnnModelType``,
``DnnModelType``, ``DnnModelFormat``, ``DnnModel``), as str enums whose members compare equal
to the server's strings (``config.base == BaseDnnModelType.StableDiffusionXL``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from ..errors import InvalidInputError


class BaseDnnModelType(StrEnum):
    """A model's base architecture (the server's ``base``)."""

    Any = "any"
    StableDiffusion1 = "sd-1"
    StableDiffusion2 = "sd-2"
    StableDiffusion3 = "sd-3"
    StableDiffusionXL = "sdxl"
    StableDiffusionXLRefiner = "sdxl-refiner"
    Flux = "flux"
    Flux2 = "flux2"
    CogView4 = "cogview4"
    QwenImage = "qwen-image"
    ZImage = "z-image"
    Imagen3 = "imagen3"
    Imagen4 = "imagen4"
    Gemini2_5 = "gemini-2.5"
    ChatGPT4o = "chatgpt-4o"
    FluxKontext = "flux-kontext"
    Veo3 = "veo3"
    Runway = "runway"
    Unknown = "unknown"

    @classmethod
    def _missing_(cls, value: object) -> BaseDnnModelType:
        # A base newer than this list still reads (as Unknown) rather than breaking a listing.
        return cls.Unknown


class DnnModelType(StrEnum):
    """A model's kind (the server's ``type``)."""

    ONNX = "onnx"
    Main = "main"
    VAE = "vae"
    LoRA = "lora"
    ControlLoRa = "control_lora"
    ControlNet = "controlnet"
    TextualInversion = "embedding"
    IPAdapter = "ip_adapter"
    CLIPVision = "clip_vision"
    CLIPEmbed = "clip_embed"
    T2IAdapter = "t2i_adapter"
    T5Encoder = "t5_encoder"
    SpandrelImageToImage = "spandrel_image_to_image"
    SigLIP = "siglip"
    FluxRedux = "flux_redux"
    LlavaOnevision = "llava_onevision"
    Unknown = "unknown"

    @classmethod
    def _missing_(cls, value: object) -> DnnModelType:
        return cls.Unknown


class DnnModelFormat(StrEnum):
    """A model's storage format (the server's ``format``)."""

    OMI = "omi"
    Diffusers = "diffusers"
    Checkpoint = "checkpoint"
    LyCORIS = "lycoris"
    ONNX = "onnx"
    Olive = "olive"
    EmbeddingFile = "embedding_file"
    EmbeddingFolder = "embedding_folder"
    InvokeAI = "invokeai"
    T5Encoder = "t5_encoder"
    BnbQuantizedLlmInt8b = "bnb_quantized_int8b"
    BnbQuantizednf4b = "bnb_quantized_nf4b"
    GGUFQuantized = "gguf_quantized"
    Api = "api"
    Unknown = "unknown"

    @classmethod
    def _missing_(cls, value: object) -> DnnModelFormat:
        return cls.Unknown


def _text(data: Mapping[str, Any], *names: str) -> str:
    for name in names:
        value = data.get(name)
        if value is not None:
            return str(getattr(value, "value", value))
    return ""


@dataclasses.dataclass
class DnnModel:
    """A model installed on the server, with the original client's attribute names
    (``type``, ``format``, ``hash`` rather than the generated configs' ``type_`` ...).

    ``DnnModel.from_api_response(payload)`` reads the server's JSON,
    ``DnnModel.from_config(config)`` a config returned by ``dnn_model_repo.list_models()``.
    """

    key: str
    name: str
    type: DnnModelType
    base: BaseDnnModelType
    hash: str = ""
    description: str = ""
    format: DnnModelFormat = DnnModelFormat.Unknown
    path: str = ""
    source: str = ""
    file_size: int | None = None
    variant: str | None = None
    prediction_type: str | None = None
    metadata: dict[str, Any] = dataclasses.field(default_factory=dict)

    @classmethod
    def from_api_response(cls, data: Mapping[str, Any]) -> DnnModel:
        if not isinstance(data, Mapping) or not data.get("key"):
            raise InvalidInputError(f"a model record needs at least a 'key', got {data!r}")
        size = data.get("file_size")
        return cls(
            key=_text(data, "key"),
            name=_text(data, "name"),
            type=DnnModelType(_text(data, "type", "type_")),
            base=BaseDnnModelType(_text(data, "base")),
            hash=_text(data, "hash", "hash_"),
            description=_text(data, "description"),
            format=DnnModelFormat(_text(data, "format", "format_")),
            path=_text(data, "path"),
            source=_text(data, "source"),
            file_size=size if isinstance(size, int) else None,
            variant=_text(data, "variant") or None,
            prediction_type=_text(data, "prediction_type") or None,
            metadata=dict(data),
        )

    @classmethod
    def from_config(cls, config: Any) -> DnnModel:
        """The record of a config from ``list_models()`` / ``get_model()``."""
        return cls.from_api_response(config.to_dict())

    def to_dict(self) -> dict[str, Any]:
        out = {
            f.name: getattr(getattr(self, f.name), "value", getattr(self, f.name))
            for f in dataclasses.fields(self)
        }
        out.pop("metadata")
        return out
