from enum import StrEnum


class ModelFormat(StrEnum):
    BNB_QUANTIZED_INT8B = "bnb_quantized_int8b"
    BNB_QUANTIZED_NF4B = "bnb_quantized_nf4b"
    CHECKPOINT = "checkpoint"
    DIFFUSERS = "diffusers"
    EMBEDDING_FILE = "embedding_file"
    EMBEDDING_FOLDER = "embedding_folder"
    EXTERNAL_API = "external_api"
    GEMMA2_ENCODER = "gemma2_encoder"
    GGUF_QUANTIZED = "gguf_quantized"
    INVOKEAI = "invokeai"
    LYCORIS = "lycoris"
    MISTRAL_ENCODER = "mistral_encoder"
    OLIVE = "olive"
    OMI = "omi"
    ONNX = "onnx"
    QWEN3_ENCODER = "qwen3_encoder"
    QWEN3_VL_ENCODER = "qwen3_vl_encoder"
    QWEN_VL_ENCODER = "qwen_vl_encoder"
    SDNQ_QUANTIZED = "sdnq_quantized"
    T5_ENCODER = "t5_encoder"
    UNKNOWN = "unknown"
    WAN_T5_ENCODER = "wan_t5_encoder"

    def __str__(self) -> str:
        return str(self.value)
