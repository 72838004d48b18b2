from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.clip_embed_diffusers_g_config import CLIPEmbedDiffusersGConfig
    from ..models.clip_embed_diffusers_l_config import CLIPEmbedDiffusersLConfig
    from ..models.clip_vision_diffusers_config import CLIPVisionDiffusersConfig
    from ..models.control_lo_ra_ly_corisflux_config import ControlLoRALyCORISFLUXConfig
    from ..models.control_net_checkpoint_anima_config import ControlNetCheckpointAnimaConfig
    from ..models.control_net_checkpoint_flux_config import ControlNetCheckpointFLUXConfig
    from ..models.control_net_checkpoint_sd1_config import ControlNetCheckpointSD1Config
    from ..models.control_net_checkpoint_sd2_config import ControlNetCheckpointSD2Config
    from ..models.control_net_checkpoint_sdxl_config import ControlNetCheckpointSDXLConfig
    from ..models.control_net_checkpoint_z_image_config import ControlNetCheckpointZImageConfig
    from ..models.control_net_diffusers_flux_config import ControlNetDiffusersFLUXConfig
    from ..models.control_net_diffusers_sd1_config import ControlNetDiffusersSD1Config
    from ..models.control_net_diffusers_sd2_config import ControlNetDiffusersSD2Config
    from ..models.control_net_diffusers_sdxl_config import ControlNetDiffusersSDXLConfig
    from ..models.external_api_model_config import ExternalApiModelConfig
    from ..models.flux_redux_checkpoint_config import FLUXReduxCheckpointConfig
    from ..models.gemma_2_encoder_gemma_2_encoder_config import Gemma2EncoderGemma2EncoderConfig
    from ..models.gemma_2_encoder_gguf_config import Gemma2EncoderGGUFConfig
    from ..models.ip_adapter_checkpoint_flux_config import IPAdapterCheckpointFLUXConfig
    from ..models.ip_adapter_checkpoint_sd1_config import IPAdapterCheckpointSD1Config
    from ..models.ip_adapter_checkpoint_sd2_config import IPAdapterCheckpointSD2Config
    from ..models.ip_adapter_checkpoint_sdxl_config import IPAdapterCheckpointSDXLConfig
    from ..models.ip_adapter_invoke_aisd1_config import IPAdapterInvokeAISD1Config
    from ..models.ip_adapter_invoke_aisd2_config import IPAdapterInvokeAISD2Config
    from ..models.ip_adapter_invoke_aisdxl_config import IPAdapterInvokeAISDXLConfig
    from ..models.llava_onevision_diffusers_config import LlavaOnevisionDiffusersConfig
    from ..models.lo_ra_diffusers_flux_2_config import LoRADiffusersFlux2Config
    from ..models.lo_ra_diffusers_flux_config import LoRADiffusersFLUXConfig
    from ..models.lo_ra_diffusers_sd1_config import LoRADiffusersSD1Config
    from ..models.lo_ra_diffusers_sd2_config import LoRADiffusersSD2Config
    from ..models.lo_ra_diffusers_sdxl_config import LoRADiffusersSDXLConfig
    from ..models.lo_ra_diffusers_z_image_config import LoRADiffusersZImageConfig
    from ..models.lo_ra_ly_coris_anima_config import LoRALyCORISAnimaConfig
    from ..models.lo_ra_ly_coris_flux_2_config import LoRALyCORISFlux2Config
    from ..models.lo_ra_ly_coris_krea_2_config import LoRALyCORISKrea2Config
    from ..models.lo_ra_ly_coris_qwen_image_config import LoRALyCORISQwenImageConfig
    from ..models.lo_ra_ly_coris_wan_config import LoRALyCORISWanConfig
    from ..models.lo_ra_ly_corisflux_config import LoRALyCORISFLUXConfig
    from ..models.lo_ra_ly_corissd1_config import LoRALyCORISSD1Config
    from ..models.lo_ra_ly_corissd2_config import LoRALyCORISSD2Config
    from ..models.lo_ra_ly_corissdxl_config import LoRALyCORISSDXLConfig
    from ..models.lo_ra_ly_corisz_image_config import LoRALyCORISZImageConfig
    from ..models.lo_raomiflux_config import LoRAOMIFLUXConfig
    from ..models.lo_raomisdxl_config import LoRAOMISDXLConfig
    from ..models.main_bn_bnf4flux_config import MainBnBNF4FLUXConfig
    from ..models.main_checkpoint_anima_config import MainCheckpointAnimaConfig
    from ..models.main_checkpoint_flux_2_config import MainCheckpointFlux2Config
    from ..models.main_checkpoint_flux_config import MainCheckpointFLUXConfig
    from ..models.main_checkpoint_krea_2_config import MainCheckpointKrea2Config
    from ..models.main_checkpoint_qwen_image_config import MainCheckpointQwenImageConfig
    from ..models.main_checkpoint_sd1_config import MainCheckpointSD1Config
    from ..models.main_checkpoint_sd2_config import MainCheckpointSD2Config
    from ..models.main_checkpoint_sdxl_config import MainCheckpointSDXLConfig
    from ..models.main_checkpoint_sdxl_refiner_config import MainCheckpointSDXLRefinerConfig
    from ..models.main_checkpoint_wan_config import MainCheckpointWanConfig
    from ..models.main_checkpoint_z_image_config import MainCheckpointZImageConfig
    from ..models.main_diffusers_cog_view_4_config import MainDiffusersCogView4Config
    from ..models.main_diffusers_ernie_image_config import MainDiffusersErnieImageConfig
    from ..models.main_diffusers_flux_2_config import MainDiffusersFlux2Config
    from ..models.main_diffusers_flux_config import MainDiffusersFLUXConfig
    from ..models.main_diffusers_ideogram_4_config import MainDiffusersIdeogram4Config
    from ..models.main_diffusers_krea_2_config import MainDiffusersKrea2Config
    from ..models.main_diffusers_qwen_image_config import MainDiffusersQwenImageConfig
    from ..models.main_diffusers_sd1_config import MainDiffusersSD1Config
    from ..models.main_diffusers_sd2_config import MainDiffusersSD2Config
    from ..models.main_diffusers_sd3_config import MainDiffusersSD3Config
    from ..models.main_diffusers_sdxl_config import MainDiffusersSDXLConfig
    from ..models.main_diffusers_sdxl_refiner_config import MainDiffusersSDXLRefinerConfig
    from ..models.main_diffusers_wan_config import MainDiffusersWanConfig
    from ..models.main_diffusers_z_image_config import MainDiffusersZImageConfig
    from ..models.main_gguf_flux_2_config import MainGGUFFlux2Config
    from ..models.main_gguf_krea_2_config import MainGGUFKrea2Config
    from ..models.main_gguf_qwen_image_config import MainGGUFQwenImageConfig
    from ..models.main_gguf_wan_config import MainGGUFWanConfig
    from ..models.main_ggufflux_config import MainGGUFFLUXConfig
    from ..models.main_ggufz_image_config import MainGGUFZImageConfig
    from ..models.main_sdnq_diffusers_flux_2_config import MainSDNQDiffusersFlux2Config
    from ..models.main_sdnq_diffusers_flux_config import MainSDNQDiffusersFLUXConfig
    from ..models.main_sdnq_diffusers_z_image_config import MainSDNQDiffusersZImageConfig
    from ..models.mistral_encoder_checkpoint_config import MistralEncoderCheckpointConfig
    from ..models.mistral_encoder_diffusers_config import MistralEncoderDiffusersConfig
    from ..models.mistral_encoder_gguf_config import MistralEncoderGGUFConfig
    from ..models.pi_d_decoder_checkpoint_flux_2_config import PiDDecoderCheckpointFlux2Config
    from ..models.pi_d_decoder_checkpoint_flux_config import PiDDecoderCheckpointFLUXConfig
    from ..models.pi_d_decoder_checkpoint_qwen_image_config import (
        PiDDecoderCheckpointQwenImageConfig,
    )
    from ..models.pi_d_decoder_checkpoint_sd3_config import PiDDecoderCheckpointSD3Config
    from ..models.pi_d_decoder_checkpoint_sdxl_config import PiDDecoderCheckpointSDXLConfig
    from ..models.qwen_3_encoder_checkpoint_config import Qwen3EncoderCheckpointConfig
    from ..models.qwen_3_encoder_gguf_config import Qwen3EncoderGGUFConfig
    from ..models.qwen_3_encoder_qwen_3_encoder_config import Qwen3EncoderQwen3EncoderConfig
    from ..models.qwen_3_encoder_sdnq_folder_config import Qwen3EncoderSDNQFolderConfig
    from ..models.qwen_3vl_encoder_checkpoint_config import Qwen3VLEncoderCheckpointConfig
    from ..models.qwen_3vl_encoder_qwen_3vl_encoder_config import Qwen3VLEncoderQwen3VLEncoderConfig
    from ..models.qwen_vl_encoder_checkpoint_config import QwenVLEncoderCheckpointConfig
    from ..models.qwen_vl_encoder_diffusers_config import QwenVLEncoderDiffusersConfig
    from ..models.sig_lip_diffusers_config import SigLIPDiffusersConfig
    from ..models.spandrel_checkpoint_config import SpandrelCheckpointConfig
    from ..models.t2i_adapter_diffusers_sd1_config import T2IAdapterDiffusersSD1Config
    from ..models.t2i_adapter_diffusers_sdxl_config import T2IAdapterDiffusersSDXLConfig
    from ..models.t5_encoder_bn_bll_mint_8_config import T5EncoderBnBLLMint8Config
    from ..models.t5_encoder_gguf_config import T5EncoderGGUFConfig
    from ..models.t5_encoder_sdnq_config import T5EncoderSDNQConfig
    from ..models.t5_encoder_t5_encoder_config import T5EncoderT5EncoderConfig
    from ..models.text_llm_diffusers_config import TextLLMDiffusersConfig
    from ..models.ti_file_sd1_config import TIFileSD1Config
    from ..models.ti_file_sd2_config import TIFileSD2Config
    from ..models.ti_file_sdxl_config import TIFileSDXLConfig
    from ..models.ti_folder_sd1_config import TIFolderSD1Config
    from ..models.ti_folder_sd2_config import TIFolderSD2Config
    from ..models.ti_folder_sdxl_config import TIFolderSDXLConfig
    from ..models.unknown_config import UnknownConfig
    from ..models.vae_checkpoint_anima_config import VAECheckpointAnimaConfig
    from ..models.vae_checkpoint_flux_2_config import VAECheckpointFlux2Config
    from ..models.vae_checkpoint_flux_config import VAECheckpointFLUXConfig
    from ..models.vae_checkpoint_qwen_image_config import VAECheckpointQwenImageConfig
    from ..models.vae_checkpoint_sd1_config import VAECheckpointSD1Config
    from ..models.vae_checkpoint_sd2_config import VAECheckpointSD2Config
    from ..models.vae_checkpoint_sdxl_config import VAECheckpointSDXLConfig
    from ..models.vae_checkpoint_wan_config import VAECheckpointWanConfig
    from ..models.vae_diffusers_flux_2_config import VAEDiffusersFlux2Config
    from ..models.vae_diffusers_sd1_config import VAEDiffusersSD1Config
    from ..models.vae_diffusers_sdxl_config import VAEDiffusersSDXLConfig
    from ..models.vae_diffusers_wan_config import VAEDiffusersWanConfig
    from ..models.wan_t5_encoder_wan_t5_encoder_config import WanT5EncoderWanT5EncoderConfig


T = TypeVar("T", bound="ModelsList")


@_attrs_define
class ModelsList:
    """Return list of configs.

    Attributes:
        models (list[CLIPEmbedDiffusersGConfig | CLIPEmbedDiffusersLConfig | CLIPVisionDiffusersConfig |
            ControlLoRALyCORISFLUXConfig | ControlNetCheckpointAnimaConfig | ControlNetCheckpointFLUXConfig |
            ControlNetCheckpointSD1Config | ControlNetCheckpointSD2Config | ControlNetCheckpointSDXLConfig |
            ControlNetCheckpointZImageConfig | ControlNetDiffusersFLUXConfig | ControlNetDiffusersSD1Config |
            ControlNetDiffusersSD2Config | ControlNetDiffusersSDXLConfig | ExternalApiModelConfig |
            FLUXReduxCheckpointConfig | Gemma2EncoderGemma2EncoderConfig | Gemma2EncoderGGUFConfig |
            IPAdapterCheckpointFLUXConfig | IPAdapterCheckpointSD1Config | IPAdapterCheckpointSD2Config |
            IPAdapterCheckpointSDXLConfig | IPAdapterInvokeAISD1Config | IPAdapterInvokeAISD2Config |
            IPAdapterInvokeAISDXLConfig | LlavaOnevisionDiffusersConfig | LoRADiffusersFlux2Config | LoRADiffusersFLUXConfig
            | LoRADiffusersSD1Config | LoRADiffusersSD2Config | LoRADiffusersSDXLConfig | LoRADiffusersZImageConfig |
            LoRALyCORISAnimaConfig | LoRALyCORISFlux2Config | LoRALyCORISFLUXConfig | LoRALyCORISKrea2Config |
            LoRALyCORISQwenImageConfig | LoRALyCORISSD1Config | LoRALyCORISSD2Config | LoRALyCORISSDXLConfig |
            LoRALyCORISWanConfig | LoRALyCORISZImageConfig | LoRAOMIFLUXConfig | LoRAOMISDXLConfig | MainBnBNF4FLUXConfig |
            MainCheckpointAnimaConfig | MainCheckpointFlux2Config | MainCheckpointFLUXConfig | MainCheckpointKrea2Config |
            MainCheckpointQwenImageConfig | MainCheckpointSD1Config | MainCheckpointSD2Config | MainCheckpointSDXLConfig |
            MainCheckpointSDXLRefinerConfig | MainCheckpointWanConfig | MainCheckpointZImageConfig |
            MainDiffusersCogView4Config | MainDiffusersErnieImageConfig | MainDiffusersFlux2Config | MainDiffusersFLUXConfig
            | MainDiffusersIdeogram4Config | MainDiffusersKrea2Config | MainDiffusersQwenImageConfig |
            MainDiffusersSD1Config | MainDiffusersSD2Config | MainDiffusersSD3Config | MainDiffusersSDXLConfig |
            MainDiffusersSDXLRefinerConfig | MainDiffusersWanConfig | MainDiffusersZImageConfig | MainGGUFFlux2Config |
            MainGGUFFLUXConfig | MainGGUFKrea2Config | MainGGUFQwenImageConfig | MainGGUFWanConfig | MainGGUFZImageConfig |
            MainSDNQDiffusersFlux2Config | MainSDNQDiffusersFLUXConfig | MainSDNQDiffusersZImageConfig |
            MistralEncoderCheckpointConfig | MistralEncoderDiffusersConfig | MistralEncoderGGUFConfig |
            PiDDecoderCheckpointFlux2Config | PiDDecoderCheckpointFLUXConfig | PiDDecoderCheckpointQwenImageConfig |
            PiDDecoderCheckpointSD3Config | PiDDecoderCheckpointSDXLConfig | Qwen3EncoderCheckpointConfig |
            Qwen3EncoderGGUFConfig | Qwen3EncoderQwen3EncoderConfig | Qwen3EncoderSDNQFolderConfig |
            Qwen3VLEncoderCheckpointConfig | Qwen3VLEncoderQwen3VLEncoderConfig | QwenVLEncoderCheckpointConfig |
            QwenVLEncoderDiffusersConfig | SigLIPDiffusersConfig | SpandrelCheckpointConfig | T2IAdapterDiffusersSD1Config |
            T2IAdapterDiffusersSDXLConfig | T5EncoderBnBLLMint8Config | T5EncoderGGUFConfig | T5EncoderSDNQConfig |
            T5EncoderT5EncoderConfig | TextLLMDiffusersConfig | TIFileSD1Config | TIFileSD2Config | TIFileSDXLConfig |
            TIFolderSD1Config | TIFolderSD2Config | TIFolderSDXLConfig | UnknownConfig | VAECheckpointAnimaConfig |
            VAECheckpointFlux2Config | VAECheckpointFLUXConfig | VAECheckpointQwenImageConfig | VAECheckpointSD1Config |
            VAECheckpointSD2Config | VAECheckpointSDXLConfig | VAECheckpointWanConfig | VAEDiffusersFlux2Config |
            VAEDiffusersSD1Config | VAEDiffusersSDXLConfig | VAEDiffusersWanConfig | WanT5EncoderWanT5EncoderConfig]):
    """

    models: list[
        CLIPEmbedDiffusersGConfig
        | CLIPEmbedDiffusersLConfig
        | CLIPVisionDiffusersConfig
        | ControlLoRALyCORISFLUXConfig
        | ControlNetCheckpointAnimaConfig
        | ControlNetCheckpointFLUXConfig
        | ControlNetCheckpointSD1Config
        | ControlNetCheckpointSD2Config
        | ControlNetCheckpointSDXLConfig
        | ControlNetCheckpointZImageConfig
        | ControlNetDiffusersFLUXConfig
        | ControlNetDiffusersSD1Config
        | ControlNetDiffusersSD2Config
        | ControlNetDiffusersSDXLConfig
        | ExternalApiModelConfig
        | FLUXReduxCheckpointConfig
        | Gemma2EncoderGemma2EncoderConfig
        | Gemma2EncoderGGUFConfig
        | IPAdapterCheckpointFLUXConfig
        | IPAdapterCheckpointSD1Config
        | IPAdapterCheckpointSD2Config
        | IPAdapterCheckpointSDXLConfig
        | IPAdapterInvokeAISD1Config
        | IPAdapterInvokeAISD2Config
        | IPAdapterInvokeAISDXLConfig
        | LlavaOnevisionDiffusersConfig
        | LoRADiffusersFlux2Config
        | LoRADiffusersFLUXConfig
        | LoRADiffusersSD1Config
        | LoRADiffusersSD2Config
        | LoRADiffusersSDXLConfig
        | LoRADiffusersZImageConfig
        | LoRALyCORISAnimaConfig
        | LoRALyCORISFlux2Config
        | LoRALyCORISFLUXConfig
        | LoRALyCORISKrea2Config
        | LoRALyCORISQwenImageConfig
        | LoRALyCORISSD1Config
        | LoRALyCORISSD2Config
        | LoRALyCORISSDXLConfig
        | LoRALyCORISWanConfig
        | LoRALyCORISZImageConfig
        | LoRAOMIFLUXConfig
        | LoRAOMISDXLConfig
        | MainBnBNF4FLUXConfig
        | MainCheckpointAnimaConfig
        | MainCheckpointFlux2Config
        | MainCheckpointFLUXConfig
        | MainCheckpointKrea2Config
        | MainCheckpointQwenImageConfig
        | MainCheckpointSD1Config
        | MainCheckpointSD2Config
        | MainCheckpointSDXLConfig
        | MainCheckpointSDXLRefinerConfig
        | MainCheckpointWanConfig
        | MainCheckpointZImageConfig
        | MainDiffusersCogView4Config
        | MainDiffusersErnieImageConfig
        | MainDiffusersFlux2Config
        | MainDiffusersFLUXConfig
        | MainDiffusersIdeogram4Config
        | MainDiffusersKrea2Config
        | MainDiffusersQwenImageConfig
        | MainDiffusersSD1Config
        | MainDiffusersSD2Config
        | MainDiffusersSD3Config
        | MainDiffusersSDXLConfig
        | MainDiffusersSDXLRefinerConfig
        | MainDiffusersWanConfig
        | MainDiffusersZImageConfig
        | MainGGUFFlux2Config
        | MainGGUFFLUXConfig
        | MainGGUFKrea2Config
        | MainGGUFQwenImageConfig
        | MainGGUFWanConfig
        | MainGGUFZImageConfig
        | MainSDNQDiffusersFlux2Config
        | MainSDNQDiffusersFLUXConfig
        | MainSDNQDiffusersZImageConfig
        | MistralEncoderCheckpointConfig
        | MistralEncoderDiffusersConfig
        | MistralEncoderGGUFConfig
        | PiDDecoderCheckpointFlux2Config
        | PiDDecoderCheckpointFLUXConfig
        | PiDDecoderCheckpointQwenImageConfig
        | PiDDecoderCheckpointSD3Config
        | PiDDecoderCheckpointSDXLConfig
        | Qwen3EncoderCheckpointConfig
        | Qwen3EncoderGGUFConfig
        | Qwen3EncoderQwen3EncoderConfig
        | Qwen3EncoderSDNQFolderConfig
        | Qwen3VLEncoderCheckpointConfig
        | Qwen3VLEncoderQwen3VLEncoderConfig
        | QwenVLEncoderCheckpointConfig
        | QwenVLEncoderDiffusersConfig
        | SigLIPDiffusersConfig
        | SpandrelCheckpointConfig
        | T2IAdapterDiffusersSD1Config
        | T2IAdapterDiffusersSDXLConfig
        | T5EncoderBnBLLMint8Config
        | T5EncoderGGUFConfig
        | T5EncoderSDNQConfig
        | T5EncoderT5EncoderConfig
        | TextLLMDiffusersConfig
        | TIFileSD1Config
        | TIFileSD2Config
        | TIFileSDXLConfig
        | TIFolderSD1Config
        | TIFolderSD2Config
        | TIFolderSDXLConfig
        | UnknownConfig
        | VAECheckpointAnimaConfig
        | VAECheckpointFlux2Config
        | VAECheckpointFLUXConfig
        | VAECheckpointQwenImageConfig
        | VAECheckpointSD1Config
        | VAECheckpointSD2Config
        | VAECheckpointSDXLConfig
        | VAECheckpointWanConfig
        | VAEDiffusersFlux2Config
        | VAEDiffusersSD1Config
        | VAEDiffusersSDXLConfig
        | VAEDiffusersWanConfig
        | WanT5EncoderWanT5EncoderConfig
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.clip_embed_diffusers_g_config import CLIPEmbedDiffusersGConfig  # noqa: PLC0415
        from ..models.clip_embed_diffusers_l_config import CLIPEmbedDiffusersLConfig  # noqa: PLC0415
        from ..models.clip_vision_diffusers_config import CLIPVisionDiffusersConfig  # noqa: PLC0415
        from ..models.control_lo_ra_ly_corisflux_config import ControlLoRALyCORISFLUXConfig  # noqa: PLC0415
        from ..models.control_net_checkpoint_anima_config import ControlNetCheckpointAnimaConfig  # noqa: PLC0415
        from ..models.control_net_checkpoint_flux_config import ControlNetCheckpointFLUXConfig  # noqa: PLC0415
        from ..models.control_net_checkpoint_sd1_config import ControlNetCheckpointSD1Config  # noqa: PLC0415
        from ..models.control_net_checkpoint_sd2_config import ControlNetCheckpointSD2Config  # noqa: PLC0415
        from ..models.control_net_checkpoint_sdxl_config import ControlNetCheckpointSDXLConfig  # noqa: PLC0415
        from ..models.control_net_checkpoint_z_image_config import ControlNetCheckpointZImageConfig  # noqa: PLC0415
        from ..models.control_net_diffusers_flux_config import ControlNetDiffusersFLUXConfig  # noqa: PLC0415
        from ..models.control_net_diffusers_sd1_config import ControlNetDiffusersSD1Config  # noqa: PLC0415
        from ..models.control_net_diffusers_sd2_config import ControlNetDiffusersSD2Config  # noqa: PLC0415
        from ..models.control_net_diffusers_sdxl_config import ControlNetDiffusersSDXLConfig  # noqa: PLC0415
        from ..models.external_api_model_config import ExternalApiModelConfig  # noqa: PLC0415
        from ..models.flux_redux_checkpoint_config import FLUXReduxCheckpointConfig  # noqa: PLC0415
        from ..models.gemma_2_encoder_gemma_2_encoder_config import Gemma2EncoderGemma2EncoderConfig  # noqa: PLC0415
        from ..models.gemma_2_encoder_gguf_config import Gemma2EncoderGGUFConfig  # noqa: PLC0415
        from ..models.ip_adapter_checkpoint_flux_config import IPAdapterCheckpointFLUXConfig  # noqa: PLC0415
        from ..models.ip_adapter_checkpoint_sd1_config import IPAdapterCheckpointSD1Config  # noqa: PLC0415
        from ..models.ip_adapter_checkpoint_sd2_config import IPAdapterCheckpointSD2Config  # noqa: PLC0415
        from ..models.ip_adapter_checkpoint_sdxl_config import IPAdapterCheckpointSDXLConfig  # noqa: PLC0415
        from ..models.ip_adapter_invoke_aisd1_config import IPAdapterInvokeAISD1Config  # noqa: PLC0415
        from ..models.ip_adapter_invoke_aisd2_config import IPAdapterInvokeAISD2Config  # noqa: PLC0415
        from ..models.ip_adapter_invoke_aisdxl_config import IPAdapterInvokeAISDXLConfig  # noqa: PLC0415
        from ..models.llava_onevision_diffusers_config import LlavaOnevisionDiffusersConfig  # noqa: PLC0415
        from ..models.lo_ra_diffusers_flux_2_config import LoRADiffusersFlux2Config  # noqa: PLC0415
        from ..models.lo_ra_diffusers_flux_config import LoRADiffusersFLUXConfig  # noqa: PLC0415
        from ..models.lo_ra_diffusers_sd1_config import LoRADiffusersSD1Config  # noqa: PLC0415
        from ..models.lo_ra_diffusers_sd2_config import LoRADiffusersSD2Config  # noqa: PLC0415
        from ..models.lo_ra_diffusers_sdxl_config import LoRADiffusersSDXLConfig  # noqa: PLC0415
        from ..models.lo_ra_diffusers_z_image_config import LoRADiffusersZImageConfig  # noqa: PLC0415
        from ..models.lo_ra_ly_coris_anima_config import LoRALyCORISAnimaConfig  # noqa: PLC0415
        from ..models.lo_ra_ly_coris_flux_2_config import LoRALyCORISFlux2Config  # noqa: PLC0415
        from ..models.lo_ra_ly_coris_krea_2_config import LoRALyCORISKrea2Config  # noqa: PLC0415
        from ..models.lo_ra_ly_coris_qwen_image_config import LoRALyCORISQwenImageConfig  # noqa: PLC0415
        from ..models.lo_ra_ly_coris_wan_config import LoRALyCORISWanConfig  # noqa: PLC0415
        from ..models.lo_ra_ly_corisflux_config import LoRALyCORISFLUXConfig  # noqa: PLC0415
        from ..models.lo_ra_ly_corissd1_config import LoRALyCORISSD1Config  # noqa: PLC0415
        from ..models.lo_ra_ly_corissd2_config import LoRALyCORISSD2Config  # noqa: PLC0415
        from ..models.lo_ra_ly_corissdxl_config import LoRALyCORISSDXLConfig  # noqa: PLC0415
        from ..models.lo_ra_ly_corisz_image_config import LoRALyCORISZImageConfig  # noqa: PLC0415
        from ..models.lo_raomiflux_config import LoRAOMIFLUXConfig  # noqa: PLC0415
        from ..models.lo_raomisdxl_config import LoRAOMISDXLConfig  # noqa: PLC0415
        from ..models.main_bn_bnf4flux_config import MainBnBNF4FLUXConfig  # noqa: PLC0415
        from ..models.main_checkpoint_anima_config import MainCheckpointAnimaConfig  # noqa: PLC0415
        from ..models.main_checkpoint_flux_2_config import MainCheckpointFlux2Config  # noqa: PLC0415
        from ..models.main_checkpoint_flux_config import MainCheckpointFLUXConfig  # noqa: PLC0415
        from ..models.main_checkpoint_krea_2_config import MainCheckpointKrea2Config  # noqa: PLC0415
        from ..models.main_checkpoint_qwen_image_config import MainCheckpointQwenImageConfig  # noqa: PLC0415
        from ..models.main_checkpoint_sd1_config import MainCheckpointSD1Config  # noqa: PLC0415
        from ..models.main_checkpoint_sd2_config import MainCheckpointSD2Config  # noqa: PLC0415
        from ..models.main_checkpoint_sdxl_config import MainCheckpointSDXLConfig  # noqa: PLC0415
        from ..models.main_checkpoint_sdxl_refiner_config import MainCheckpointSDXLRefinerConfig  # noqa: PLC0415
        from ..models.main_checkpoint_wan_config import MainCheckpointWanConfig  # noqa: PLC0415
        from ..models.main_checkpoint_z_image_config import MainCheckpointZImageConfig  # noqa: PLC0415
        from ..models.main_diffusers_cog_view_4_config import MainDiffusersCogView4Config  # noqa: PLC0415
        from ..models.main_diffusers_ernie_image_config import MainDiffusersErnieImageConfig  # noqa: PLC0415
        from ..models.main_diffusers_flux_2_config import MainDiffusersFlux2Config  # noqa: PLC0415
        from ..models.main_diffusers_flux_config import MainDiffusersFLUXConfig  # noqa: PLC0415
        from ..models.main_diffusers_ideogram_4_config import MainDiffusersIdeogram4Config  # noqa: PLC0415
        from ..models.main_diffusers_krea_2_config import MainDiffusersKrea2Config  # noqa: PLC0415
        from ..models.main_diffusers_qwen_image_config import MainDiffusersQwenImageConfig  # noqa: PLC0415
        from ..models.main_diffusers_sd1_config import MainDiffusersSD1Config  # noqa: PLC0415
        from ..models.main_diffusers_sd2_config import MainDiffusersSD2Config  # noqa: PLC0415
        from ..models.main_diffusers_sd3_config import MainDiffusersSD3Config  # noqa: PLC0415
        from ..models.main_diffusers_sdxl_config import MainDiffusersSDXLConfig  # noqa: PLC0415
        from ..models.main_diffusers_sdxl_refiner_config import MainDiffusersSDXLRefinerConfig  # noqa: PLC0415
        from ..models.main_diffusers_wan_config import MainDiffusersWanConfig  # noqa: PLC0415
        from ..models.main_diffusers_z_image_config import MainDiffusersZImageConfig  # noqa: PLC0415
        from ..models.main_gguf_flux_2_config import MainGGUFFlux2Config  # noqa: PLC0415
        from ..models.main_gguf_krea_2_config import MainGGUFKrea2Config  # noqa: PLC0415
        from ..models.main_gguf_qwen_image_config import MainGGUFQwenImageConfig  # noqa: PLC0415
        from ..models.main_gguf_wan_config import MainGGUFWanConfig  # noqa: PLC0415
        from ..models.main_ggufflux_config import MainGGUFFLUXConfig  # noqa: PLC0415
        from ..models.main_ggufz_image_config import MainGGUFZImageConfig  # noqa: PLC0415
        from ..models.main_sdnq_diffusers_flux_2_config import MainSDNQDiffusersFlux2Config  # noqa: PLC0415
        from ..models.main_sdnq_diffusers_flux_config import MainSDNQDiffusersFLUXConfig  # noqa: PLC0415
        from ..models.main_sdnq_diffusers_z_image_config import MainSDNQDiffusersZImageConfig  # noqa: PLC0415
        from ..models.mistral_encoder_checkpoint_config import MistralEncoderCheckpointConfig  # noqa: PLC0415
        from ..models.mistral_encoder_diffusers_config import MistralEncoderDiffusersConfig  # noqa: PLC0415
        from ..models.mistral_encoder_gguf_config import MistralEncoderGGUFConfig  # noqa: PLC0415
        from ..models.pi_d_decoder_checkpoint_flux_2_config import PiDDecoderCheckpointFlux2Config  # noqa: PLC0415
        from ..models.pi_d_decoder_checkpoint_flux_config import PiDDecoderCheckpointFLUXConfig  # noqa: PLC0415
        from ..models.pi_d_decoder_checkpoint_qwen_image_config import (
            PiDDecoderCheckpointQwenImageConfig,  # noqa: PLC0415
        )
        from ..models.pi_d_decoder_checkpoint_sd3_config import PiDDecoderCheckpointSD3Config  # noqa: PLC0415
        from ..models.pi_d_decoder_checkpoint_sdxl_config import PiDDecoderCheckpointSDXLConfig  # noqa: PLC0415
        from ..models.qwen_3_encoder_checkpoint_config import Qwen3EncoderCheckpointConfig  # noqa: PLC0415
        from ..models.qwen_3_encoder_gguf_config import Qwen3EncoderGGUFConfig  # noqa: PLC0415
        from ..models.qwen_3_encoder_qwen_3_encoder_config import Qwen3EncoderQwen3EncoderConfig  # noqa: PLC0415
        from ..models.qwen_3_encoder_sdnq_folder_config import Qwen3EncoderSDNQFolderConfig  # noqa: PLC0415
        from ..models.qwen_3vl_encoder_checkpoint_config import Qwen3VLEncoderCheckpointConfig  # noqa: PLC0415
        from ..models.qwen_3vl_encoder_qwen_3vl_encoder_config import (
            Qwen3VLEncoderQwen3VLEncoderConfig,  # noqa: PLC0415
        )
        from ..models.qwen_vl_encoder_checkpoint_config import QwenVLEncoderCheckpointConfig  # noqa: PLC0415
        from ..models.qwen_vl_encoder_diffusers_config import QwenVLEncoderDiffusersConfig  # noqa: PLC0415
        from ..models.sig_lip_diffusers_config import SigLIPDiffusersConfig  # noqa: PLC0415
        from ..models.spandrel_checkpoint_config import SpandrelCheckpointConfig  # noqa: PLC0415
        from ..models.t2i_adapter_diffusers_sd1_config import T2IAdapterDiffusersSD1Config  # noqa: PLC0415
        from ..models.t2i_adapter_diffusers_sdxl_config import T2IAdapterDiffusersSDXLConfig  # noqa: PLC0415
        from ..models.t5_encoder_bn_bll_mint_8_config import T5EncoderBnBLLMint8Config  # noqa: PLC0415
        from ..models.t5_encoder_gguf_config import T5EncoderGGUFConfig  # noqa: PLC0415
        from ..models.t5_encoder_sdnq_config import T5EncoderSDNQConfig  # noqa: PLC0415
        from ..models.t5_encoder_t5_encoder_config import T5EncoderT5EncoderConfig  # noqa: PLC0415
        from ..models.text_llm_diffusers_config import TextLLMDiffusersConfig  # noqa: PLC0415
        from ..models.ti_file_sd1_config import TIFileSD1Config  # noqa: PLC0415
        from ..models.ti_file_sd2_config import TIFileSD2Config  # noqa: PLC0415
        from ..models.ti_file_sdxl_config import TIFileSDXLConfig  # noqa: PLC0415
        from ..models.ti_folder_sd1_config import TIFolderSD1Config  # noqa: PLC0415
        from ..models.ti_folder_sd2_config import TIFolderSD2Config  # noqa: PLC0415
        from ..models.ti_folder_sdxl_config import TIFolderSDXLConfig  # noqa: PLC0415
        from ..models.vae_checkpoint_anima_config import VAECheckpointAnimaConfig  # noqa: PLC0415
        from ..models.vae_checkpoint_flux_2_config import VAECheckpointFlux2Config  # noqa: PLC0415
        from ..models.vae_checkpoint_flux_config import VAECheckpointFLUXConfig  # noqa: PLC0415
        from ..models.vae_checkpoint_qwen_image_config import VAECheckpointQwenImageConfig  # noqa: PLC0415
        from ..models.vae_checkpoint_sd1_config import VAECheckpointSD1Config  # noqa: PLC0415
        from ..models.vae_checkpoint_sd2_config import VAECheckpointSD2Config  # noqa: PLC0415
        from ..models.vae_checkpoint_sdxl_config import VAECheckpointSDXLConfig  # noqa: PLC0415
        from ..models.vae_checkpoint_wan_config import VAECheckpointWanConfig  # noqa: PLC0415
        from ..models.vae_diffusers_flux_2_config import VAEDiffusersFlux2Config  # noqa: PLC0415
        from ..models.vae_diffusers_sd1_config import VAEDiffusersSD1Config  # noqa: PLC0415
        from ..models.vae_diffusers_sdxl_config import VAEDiffusersSDXLConfig  # noqa: PLC0415
        from ..models.vae_diffusers_wan_config import VAEDiffusersWanConfig  # noqa: PLC0415
        from ..models.wan_t5_encoder_wan_t5_encoder_config import WanT5EncoderWanT5EncoderConfig  # noqa: PLC0415

        models = []
        for models_item_data in self.models:
            models_item: dict[str, Any]
            if isinstance(models_item_data, MainDiffusersSD1Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainDiffusersSD2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainDiffusersSDXLConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainDiffusersSDXLRefinerConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainDiffusersSD3Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainDiffusersFLUXConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainDiffusersFlux2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainDiffusersCogView4Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainDiffusersQwenImageConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainDiffusersWanConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainDiffusersZImageConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainDiffusersErnieImageConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainDiffusersIdeogram4Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainDiffusersKrea2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainCheckpointSD1Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainCheckpointSD2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainCheckpointSDXLConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainCheckpointSDXLRefinerConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainCheckpointFlux2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainCheckpointFLUXConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainCheckpointQwenImageConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainCheckpointWanConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainCheckpointZImageConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainCheckpointKrea2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainCheckpointAnimaConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainBnBNF4FLUXConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainGGUFFlux2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainGGUFFLUXConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainGGUFQwenImageConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainGGUFWanConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainGGUFZImageConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainGGUFKrea2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainSDNQDiffusersFlux2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainSDNQDiffusersFLUXConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MainSDNQDiffusersZImageConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, VAECheckpointSD1Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, VAECheckpointSD2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, VAECheckpointSDXLConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, VAECheckpointFLUXConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, VAECheckpointFlux2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, VAECheckpointWanConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, VAECheckpointQwenImageConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, VAECheckpointAnimaConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, VAEDiffusersSD1Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, VAEDiffusersSDXLConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, VAEDiffusersFlux2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, VAEDiffusersWanConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, PiDDecoderCheckpointFLUXConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, PiDDecoderCheckpointFlux2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, PiDDecoderCheckpointSD3Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, PiDDecoderCheckpointSDXLConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, PiDDecoderCheckpointQwenImageConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, ControlNetCheckpointSD1Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, ControlNetCheckpointSD2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, ControlNetCheckpointSDXLConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, ControlNetCheckpointFLUXConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, ControlNetCheckpointZImageConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, ControlNetCheckpointAnimaConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, ControlNetDiffusersSD1Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, ControlNetDiffusersSD2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, ControlNetDiffusersSDXLConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, ControlNetDiffusersFLUXConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, LoRALyCORISSD1Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, LoRALyCORISSD2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, LoRALyCORISSDXLConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, LoRALyCORISFlux2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, LoRALyCORISFLUXConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, LoRALyCORISZImageConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, LoRALyCORISKrea2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, LoRALyCORISQwenImageConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, LoRALyCORISWanConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, LoRALyCORISAnimaConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, LoRAOMISDXLConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, LoRAOMIFLUXConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, LoRADiffusersSD1Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, LoRADiffusersSD2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, LoRADiffusersSDXLConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, LoRADiffusersFlux2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, LoRADiffusersFLUXConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, LoRADiffusersZImageConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, ControlLoRALyCORISFLUXConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, T5EncoderT5EncoderConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, T5EncoderBnBLLMint8Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, T5EncoderSDNQConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, T5EncoderGGUFConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, Qwen3VLEncoderCheckpointConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, Qwen3VLEncoderQwen3VLEncoderConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, Qwen3EncoderQwen3EncoderConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, Qwen3EncoderCheckpointConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, Qwen3EncoderGGUFConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, Qwen3EncoderSDNQFolderConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MistralEncoderDiffusersConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MistralEncoderCheckpointConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, MistralEncoderGGUFConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, Gemma2EncoderGemma2EncoderConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, Gemma2EncoderGGUFConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, QwenVLEncoderDiffusersConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, QwenVLEncoderCheckpointConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, WanT5EncoderWanT5EncoderConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, TIFileSD1Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, TIFileSD2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, TIFileSDXLConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, TIFolderSD1Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, TIFolderSD2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, TIFolderSDXLConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, IPAdapterInvokeAISD1Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, IPAdapterInvokeAISD2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, IPAdapterInvokeAISDXLConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, IPAdapterCheckpointSD1Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, IPAdapterCheckpointSD2Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, IPAdapterCheckpointSDXLConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, IPAdapterCheckpointFLUXConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, T2IAdapterDiffusersSD1Config):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, T2IAdapterDiffusersSDXLConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, SpandrelCheckpointConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, CLIPEmbedDiffusersGConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, CLIPEmbedDiffusersLConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, CLIPVisionDiffusersConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, SigLIPDiffusersConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, FLUXReduxCheckpointConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, LlavaOnevisionDiffusersConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, TextLLMDiffusersConfig):
                models_item = models_item_data.to_dict()
            elif isinstance(models_item_data, ExternalApiModelConfig):
                models_item = models_item_data.to_dict()
            else:
                models_item = models_item_data.to_dict()

            models.append(models_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "models": models,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clip_embed_diffusers_g_config import CLIPEmbedDiffusersGConfig  # noqa: PLC0415
        from ..models.clip_embed_diffusers_l_config import CLIPEmbedDiffusersLConfig  # noqa: PLC0415
        from ..models.clip_vision_diffusers_config import CLIPVisionDiffusersConfig  # noqa: PLC0415
        from ..models.control_lo_ra_ly_corisflux_config import ControlLoRALyCORISFLUXConfig  # noqa: PLC0415
        from ..models.control_net_checkpoint_anima_config import ControlNetCheckpointAnimaConfig  # noqa: PLC0415
        from ..models.control_net_checkpoint_flux_config import ControlNetCheckpointFLUXConfig  # noqa: PLC0415
        from ..models.control_net_checkpoint_sd1_config import ControlNetCheckpointSD1Config  # noqa: PLC0415
        from ..models.control_net_checkpoint_sd2_config import ControlNetCheckpointSD2Config  # noqa: PLC0415
        from ..models.control_net_checkpoint_sdxl_config import ControlNetCheckpointSDXLConfig  # noqa: PLC0415
        from ..models.control_net_checkpoint_z_image_config import ControlNetCheckpointZImageConfig  # noqa: PLC0415
        from ..models.control_net_diffusers_flux_config import ControlNetDiffusersFLUXConfig  # noqa: PLC0415
        from ..models.control_net_diffusers_sd1_config import ControlNetDiffusersSD1Config  # noqa: PLC0415
        from ..models.control_net_diffusers_sd2_config import ControlNetDiffusersSD2Config  # noqa: PLC0415
        from ..models.control_net_diffusers_sdxl_config import ControlNetDiffusersSDXLConfig  # noqa: PLC0415
        from ..models.external_api_model_config import ExternalApiModelConfig  # noqa: PLC0415
        from ..models.flux_redux_checkpoint_config import FLUXReduxCheckpointConfig  # noqa: PLC0415
        from ..models.gemma_2_encoder_gemma_2_encoder_config import Gemma2EncoderGemma2EncoderConfig  # noqa: PLC0415
        from ..models.gemma_2_encoder_gguf_config import Gemma2EncoderGGUFConfig  # noqa: PLC0415
        from ..models.ip_adapter_checkpoint_flux_config import IPAdapterCheckpointFLUXConfig  # noqa: PLC0415
        from ..models.ip_adapter_checkpoint_sd1_config import IPAdapterCheckpointSD1Config  # noqa: PLC0415
        from ..models.ip_adapter_checkpoint_sd2_config import IPAdapterCheckpointSD2Config  # noqa: PLC0415
        from ..models.ip_adapter_checkpoint_sdxl_config import IPAdapterCheckpointSDXLConfig  # noqa: PLC0415
        from ..models.ip_adapter_invoke_aisd1_config import IPAdapterInvokeAISD1Config  # noqa: PLC0415
        from ..models.ip_adapter_invoke_aisd2_config import IPAdapterInvokeAISD2Config  # noqa: PLC0415
        from ..models.ip_adapter_invoke_aisdxl_config import IPAdapterInvokeAISDXLConfig  # noqa: PLC0415
        from ..models.llava_onevision_diffusers_config import LlavaOnevisionDiffusersConfig  # noqa: PLC0415
        from ..models.lo_ra_diffusers_flux_2_config import LoRADiffusersFlux2Config  # noqa: PLC0415
        from ..models.lo_ra_diffusers_flux_config import LoRADiffusersFLUXConfig  # noqa: PLC0415
        from ..models.lo_ra_diffusers_sd1_config import LoRADiffusersSD1Config  # noqa: PLC0415
        from ..models.lo_ra_diffusers_sd2_config import LoRADiffusersSD2Config  # noqa: PLC0415
        from ..models.lo_ra_diffusers_sdxl_config import LoRADiffusersSDXLConfig  # noqa: PLC0415
        from ..models.lo_ra_diffusers_z_image_config import LoRADiffusersZImageConfig  # noqa: PLC0415
        from ..models.lo_ra_ly_coris_anima_config import LoRALyCORISAnimaConfig  # noqa: PLC0415
        from ..models.lo_ra_ly_coris_flux_2_config import LoRALyCORISFlux2Config  # noqa: PLC0415
        from ..models.lo_ra_ly_coris_krea_2_config import LoRALyCORISKrea2Config  # noqa: PLC0415
        from ..models.lo_ra_ly_coris_qwen_image_config import LoRALyCORISQwenImageConfig  # noqa: PLC0415
        from ..models.lo_ra_ly_coris_wan_config import LoRALyCORISWanConfig  # noqa: PLC0415
        from ..models.lo_ra_ly_corisflux_config import LoRALyCORISFLUXConfig  # noqa: PLC0415
        from ..models.lo_ra_ly_corissd1_config import LoRALyCORISSD1Config  # noqa: PLC0415
        from ..models.lo_ra_ly_corissd2_config import LoRALyCORISSD2Config  # noqa: PLC0415
        from ..models.lo_ra_ly_corissdxl_config import LoRALyCORISSDXLConfig  # noqa: PLC0415
        from ..models.lo_ra_ly_corisz_image_config import LoRALyCORISZImageConfig  # noqa: PLC0415
        from ..models.lo_raomiflux_config import LoRAOMIFLUXConfig  # noqa: PLC0415
        from ..models.lo_raomisdxl_config import LoRAOMISDXLConfig  # noqa: PLC0415
        from ..models.main_bn_bnf4flux_config import MainBnBNF4FLUXConfig  # noqa: PLC0415
        from ..models.main_checkpoint_anima_config import MainCheckpointAnimaConfig  # noqa: PLC0415
        from ..models.main_checkpoint_flux_2_config import MainCheckpointFlux2Config  # noqa: PLC0415
        from ..models.main_checkpoint_flux_config import MainCheckpointFLUXConfig  # noqa: PLC0415
        from ..models.main_checkpoint_krea_2_config import MainCheckpointKrea2Config  # noqa: PLC0415
        from ..models.main_checkpoint_qwen_image_config import MainCheckpointQwenImageConfig  # noqa: PLC0415
        from ..models.main_checkpoint_sd1_config import MainCheckpointSD1Config  # noqa: PLC0415
        from ..models.main_checkpoint_sd2_config import MainCheckpointSD2Config  # noqa: PLC0415
        from ..models.main_checkpoint_sdxl_config import MainCheckpointSDXLConfig  # noqa: PLC0415
        from ..models.main_checkpoint_sdxl_refiner_config import MainCheckpointSDXLRefinerConfig  # noqa: PLC0415
        from ..models.main_checkpoint_wan_config import MainCheckpointWanConfig  # noqa: PLC0415
        from ..models.main_checkpoint_z_image_config import MainCheckpointZImageConfig  # noqa: PLC0415
        from ..models.main_diffusers_cog_view_4_config import MainDiffusersCogView4Config  # noqa: PLC0415
        from ..models.main_diffusers_ernie_image_config import MainDiffusersErnieImageConfig  # noqa: PLC0415
        from ..models.main_diffusers_flux_2_config import MainDiffusersFlux2Config  # noqa: PLC0415
        from ..models.main_diffusers_flux_config import MainDiffusersFLUXConfig  # noqa: PLC0415
        from ..models.main_diffusers_ideogram_4_config import MainDiffusersIdeogram4Config  # noqa: PLC0415
        from ..models.main_diffusers_krea_2_config import MainDiffusersKrea2Config  # noqa: PLC0415
        from ..models.main_diffusers_qwen_image_config import MainDiffusersQwenImageConfig  # noqa: PLC0415
        from ..models.main_diffusers_sd1_config import MainDiffusersSD1Config  # noqa: PLC0415
        from ..models.main_diffusers_sd2_config import MainDiffusersSD2Config  # noqa: PLC0415
        from ..models.main_diffusers_sd3_config import MainDiffusersSD3Config  # noqa: PLC0415
        from ..models.main_diffusers_sdxl_config import MainDiffusersSDXLConfig  # noqa: PLC0415
        from ..models.main_diffusers_sdxl_refiner_config import MainDiffusersSDXLRefinerConfig  # noqa: PLC0415
        from ..models.main_diffusers_wan_config import MainDiffusersWanConfig  # noqa: PLC0415
        from ..models.main_diffusers_z_image_config import MainDiffusersZImageConfig  # noqa: PLC0415
        from ..models.main_gguf_flux_2_config import MainGGUFFlux2Config  # noqa: PLC0415
        from ..models.main_gguf_krea_2_config import MainGGUFKrea2Config  # noqa: PLC0415
        from ..models.main_gguf_qwen_image_config import MainGGUFQwenImageConfig  # noqa: PLC0415
        from ..models.main_gguf_wan_config import MainGGUFWanConfig  # noqa: PLC0415
        from ..models.main_ggufflux_config import MainGGUFFLUXConfig  # noqa: PLC0415
        from ..models.main_ggufz_image_config import MainGGUFZImageConfig  # noqa: PLC0415
        from ..models.main_sdnq_diffusers_flux_2_config import MainSDNQDiffusersFlux2Config  # noqa: PLC0415
        from ..models.main_sdnq_diffusers_flux_config import MainSDNQDiffusersFLUXConfig  # noqa: PLC0415
        from ..models.main_sdnq_diffusers_z_image_config import MainSDNQDiffusersZImageConfig  # noqa: PLC0415
        from ..models.mistral_encoder_checkpoint_config import MistralEncoderCheckpointConfig  # noqa: PLC0415
        from ..models.mistral_encoder_diffusers_config import MistralEncoderDiffusersConfig  # noqa: PLC0415
        from ..models.mistral_encoder_gguf_config import MistralEncoderGGUFConfig  # noqa: PLC0415
        from ..models.pi_d_decoder_checkpoint_flux_2_config import PiDDecoderCheckpointFlux2Config  # noqa: PLC0415
        from ..models.pi_d_decoder_checkpoint_flux_config import PiDDecoderCheckpointFLUXConfig  # noqa: PLC0415
        from ..models.pi_d_decoder_checkpoint_qwen_image_config import (
            PiDDecoderCheckpointQwenImageConfig,  # noqa: PLC0415
        )
        from ..models.pi_d_decoder_checkpoint_sd3_config import PiDDecoderCheckpointSD3Config  # noqa: PLC0415
        from ..models.pi_d_decoder_checkpoint_sdxl_config import PiDDecoderCheckpointSDXLConfig  # noqa: PLC0415
        from ..models.qwen_3_encoder_checkpoint_config import Qwen3EncoderCheckpointConfig  # noqa: PLC0415
        from ..models.qwen_3_encoder_gguf_config import Qwen3EncoderGGUFConfig  # noqa: PLC0415
        from ..models.qwen_3_encoder_qwen_3_encoder_config import Qwen3EncoderQwen3EncoderConfig  # noqa: PLC0415
        from ..models.qwen_3_encoder_sdnq_folder_config import Qwen3EncoderSDNQFolderConfig  # noqa: PLC0415
        from ..models.qwen_3vl_encoder_checkpoint_config import Qwen3VLEncoderCheckpointConfig  # noqa: PLC0415
        from ..models.qwen_3vl_encoder_qwen_3vl_encoder_config import (
            Qwen3VLEncoderQwen3VLEncoderConfig,  # noqa: PLC0415
        )
        from ..models.qwen_vl_encoder_checkpoint_config import QwenVLEncoderCheckpointConfig  # noqa: PLC0415
        from ..models.qwen_vl_encoder_diffusers_config import QwenVLEncoderDiffusersConfig  # noqa: PLC0415
        from ..models.sig_lip_diffusers_config import SigLIPDiffusersConfig  # noqa: PLC0415
        from ..models.spandrel_checkpoint_config import SpandrelCheckpointConfig  # noqa: PLC0415
        from ..models.t2i_adapter_diffusers_sd1_config import T2IAdapterDiffusersSD1Config  # noqa: PLC0415
        from ..models.t2i_adapter_diffusers_sdxl_config import T2IAdapterDiffusersSDXLConfig  # noqa: PLC0415
        from ..models.t5_encoder_bn_bll_mint_8_config import T5EncoderBnBLLMint8Config  # noqa: PLC0415
        from ..models.t5_encoder_gguf_config import T5EncoderGGUFConfig  # noqa: PLC0415
        from ..models.t5_encoder_sdnq_config import T5EncoderSDNQConfig  # noqa: PLC0415
        from ..models.t5_encoder_t5_encoder_config import T5EncoderT5EncoderConfig  # noqa: PLC0415
        from ..models.text_llm_diffusers_config import TextLLMDiffusersConfig  # noqa: PLC0415
        from ..models.ti_file_sd1_config import TIFileSD1Config  # noqa: PLC0415
        from ..models.ti_file_sd2_config import TIFileSD2Config  # noqa: PLC0415
        from ..models.ti_file_sdxl_config import TIFileSDXLConfig  # noqa: PLC0415
        from ..models.ti_folder_sd1_config import TIFolderSD1Config  # noqa: PLC0415
        from ..models.ti_folder_sd2_config import TIFolderSD2Config  # noqa: PLC0415
        from ..models.ti_folder_sdxl_config import TIFolderSDXLConfig  # noqa: PLC0415
        from ..models.unknown_config import UnknownConfig  # noqa: PLC0415
        from ..models.vae_checkpoint_anima_config import VAECheckpointAnimaConfig  # noqa: PLC0415
        from ..models.vae_checkpoint_flux_2_config import VAECheckpointFlux2Config  # noqa: PLC0415
        from ..models.vae_checkpoint_flux_config import VAECheckpointFLUXConfig  # noqa: PLC0415
        from ..models.vae_checkpoint_qwen_image_config import VAECheckpointQwenImageConfig  # noqa: PLC0415
        from ..models.vae_checkpoint_sd1_config import VAECheckpointSD1Config  # noqa: PLC0415
        from ..models.vae_checkpoint_sd2_config import VAECheckpointSD2Config  # noqa: PLC0415
        from ..models.vae_checkpoint_sdxl_config import VAECheckpointSDXLConfig  # noqa: PLC0415
        from ..models.vae_checkpoint_wan_config import VAECheckpointWanConfig  # noqa: PLC0415
        from ..models.vae_diffusers_flux_2_config import VAEDiffusersFlux2Config  # noqa: PLC0415
        from ..models.vae_diffusers_sd1_config import VAEDiffusersSD1Config  # noqa: PLC0415
        from ..models.vae_diffusers_sdxl_config import VAEDiffusersSDXLConfig  # noqa: PLC0415
        from ..models.vae_diffusers_wan_config import VAEDiffusersWanConfig  # noqa: PLC0415
        from ..models.wan_t5_encoder_wan_t5_encoder_config import WanT5EncoderWanT5EncoderConfig  # noqa: PLC0415

        d = dict(src_dict)
        models = []
        _models = d.pop("models")
        for models_item_data in _models:

            def _parse_models_item(
                data: object,
            ) -> (
                CLIPEmbedDiffusersGConfig
                | CLIPEmbedDiffusersLConfig
                | CLIPVisionDiffusersConfig
                | ControlLoRALyCORISFLUXConfig
                | ControlNetCheckpointAnimaConfig
                | ControlNetCheckpointFLUXConfig
                | ControlNetCheckpointSD1Config
                | ControlNetCheckpointSD2Config
                | ControlNetCheckpointSDXLConfig
                | ControlNetCheckpointZImageConfig
                | ControlNetDiffusersFLUXConfig
                | ControlNetDiffusersSD1Config
                | ControlNetDiffusersSD2Config
                | ControlNetDiffusersSDXLConfig
                | ExternalApiModelConfig
                | FLUXReduxCheckpointConfig
                | Gemma2EncoderGemma2EncoderConfig
                | Gemma2EncoderGGUFConfig
                | IPAdapterCheckpointFLUXConfig
                | IPAdapterCheckpointSD1Config
                | IPAdapterCheckpointSD2Config
                | IPAdapterCheckpointSDXLConfig
                | IPAdapterInvokeAISD1Config
                | IPAdapterInvokeAISD2Config
                | IPAdapterInvokeAISDXLConfig
                | LlavaOnevisionDiffusersConfig
                | LoRADiffusersFlux2Config
                | LoRADiffusersFLUXConfig
                | LoRADiffusersSD1Config
                | LoRADiffusersSD2Config
                | LoRADiffusersSDXLConfig
                | LoRADiffusersZImageConfig
                | LoRALyCORISAnimaConfig
                | LoRALyCORISFlux2Config
                | LoRALyCORISFLUXConfig
                | LoRALyCORISKrea2Config
                | LoRALyCORISQwenImageConfig
                | LoRALyCORISSD1Config
                | LoRALyCORISSD2Config
                | LoRALyCORISSDXLConfig
                | LoRALyCORISWanConfig
                | LoRALyCORISZImageConfig
                | LoRAOMIFLUXConfig
                | LoRAOMISDXLConfig
                | MainBnBNF4FLUXConfig
                | MainCheckpointAnimaConfig
                | MainCheckpointFlux2Config
                | MainCheckpointFLUXConfig
                | MainCheckpointKrea2Config
                | MainCheckpointQwenImageConfig
                | MainCheckpointSD1Config
                | MainCheckpointSD2Config
                | MainCheckpointSDXLConfig
                | MainCheckpointSDXLRefinerConfig
                | MainCheckpointWanConfig
                | MainCheckpointZImageConfig
                | MainDiffusersCogView4Config
                | MainDiffusersErnieImageConfig
                | MainDiffusersFlux2Config
                | MainDiffusersFLUXConfig
                | MainDiffusersIdeogram4Config
                | MainDiffusersKrea2Config
                | MainDiffusersQwenImageConfig
                | MainDiffusersSD1Config
                | MainDiffusersSD2Config
                | MainDiffusersSD3Config
                | MainDiffusersSDXLConfig
                | MainDiffusersSDXLRefinerConfig
                | MainDiffusersWanConfig
                | MainDiffusersZImageConfig
                | MainGGUFFlux2Config
                | MainGGUFFLUXConfig
                | MainGGUFKrea2Config
                | MainGGUFQwenImageConfig
                | MainGGUFWanConfig
                | MainGGUFZImageConfig
                | MainSDNQDiffusersFlux2Config
                | MainSDNQDiffusersFLUXConfig
                | MainSDNQDiffusersZImageConfig
                | MistralEncoderCheckpointConfig
                | MistralEncoderDiffusersConfig
                | MistralEncoderGGUFConfig
                | PiDDecoderCheckpointFlux2Config
                | PiDDecoderCheckpointFLUXConfig
                | PiDDecoderCheckpointQwenImageConfig
                | PiDDecoderCheckpointSD3Config
                | PiDDecoderCheckpointSDXLConfig
                | Qwen3EncoderCheckpointConfig
                | Qwen3EncoderGGUFConfig
                | Qwen3EncoderQwen3EncoderConfig
                | Qwen3EncoderSDNQFolderConfig
                | Qwen3VLEncoderCheckpointConfig
                | Qwen3VLEncoderQwen3VLEncoderConfig
                | QwenVLEncoderCheckpointConfig
                | QwenVLEncoderDiffusersConfig
                | SigLIPDiffusersConfig
                | SpandrelCheckpointConfig
                | T2IAdapterDiffusersSD1Config
                | T2IAdapterDiffusersSDXLConfig
                | T5EncoderBnBLLMint8Config
                | T5EncoderGGUFConfig
                | T5EncoderSDNQConfig
                | T5EncoderT5EncoderConfig
                | TextLLMDiffusersConfig
                | TIFileSD1Config
                | TIFileSD2Config
                | TIFileSDXLConfig
                | TIFolderSD1Config
                | TIFolderSD2Config
                | TIFolderSDXLConfig
                | UnknownConfig
                | VAECheckpointAnimaConfig
                | VAECheckpointFlux2Config
                | VAECheckpointFLUXConfig
                | VAECheckpointQwenImageConfig
                | VAECheckpointSD1Config
                | VAECheckpointSD2Config
                | VAECheckpointSDXLConfig
                | VAECheckpointWanConfig
                | VAEDiffusersFlux2Config
                | VAEDiffusersSD1Config
                | VAEDiffusersSDXLConfig
                | VAEDiffusersWanConfig
                | WanT5EncoderWanT5EncoderConfig
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_0 = MainDiffusersSD1Config.from_dict(data)

                    return models_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_1 = MainDiffusersSD2Config.from_dict(data)

                    return models_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_2 = MainDiffusersSDXLConfig.from_dict(data)

                    return models_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_3 = MainDiffusersSDXLRefinerConfig.from_dict(data)

                    return models_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_4 = MainDiffusersSD3Config.from_dict(data)

                    return models_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_5 = MainDiffusersFLUXConfig.from_dict(data)

                    return models_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_6 = MainDiffusersFlux2Config.from_dict(data)

                    return models_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_7 = MainDiffusersCogView4Config.from_dict(data)

                    return models_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_8 = MainDiffusersQwenImageConfig.from_dict(data)

                    return models_item_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_9 = MainDiffusersWanConfig.from_dict(data)

                    return models_item_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_10 = MainDiffusersZImageConfig.from_dict(data)

                    return models_item_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_11 = MainDiffusersErnieImageConfig.from_dict(data)

                    return models_item_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_12 = MainDiffusersIdeogram4Config.from_dict(data)

                    return models_item_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_13 = MainDiffusersKrea2Config.from_dict(data)

                    return models_item_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_14 = MainCheckpointSD1Config.from_dict(data)

                    return models_item_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_15 = MainCheckpointSD2Config.from_dict(data)

                    return models_item_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_16 = MainCheckpointSDXLConfig.from_dict(data)

                    return models_item_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_17 = MainCheckpointSDXLRefinerConfig.from_dict(data)

                    return models_item_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_18 = MainCheckpointFlux2Config.from_dict(data)

                    return models_item_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_19 = MainCheckpointFLUXConfig.from_dict(data)

                    return models_item_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_20 = MainCheckpointQwenImageConfig.from_dict(data)

                    return models_item_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_21 = MainCheckpointWanConfig.from_dict(data)

                    return models_item_type_21
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_22 = MainCheckpointZImageConfig.from_dict(data)

                    return models_item_type_22
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_23 = MainCheckpointKrea2Config.from_dict(data)

                    return models_item_type_23
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_24 = MainCheckpointAnimaConfig.from_dict(data)

                    return models_item_type_24
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_25 = MainBnBNF4FLUXConfig.from_dict(data)

                    return models_item_type_25
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_26 = MainGGUFFlux2Config.from_dict(data)

                    return models_item_type_26
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_27 = MainGGUFFLUXConfig.from_dict(data)

                    return models_item_type_27
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_28 = MainGGUFQwenImageConfig.from_dict(data)

                    return models_item_type_28
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_29 = MainGGUFWanConfig.from_dict(data)

                    return models_item_type_29
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_30 = MainGGUFZImageConfig.from_dict(data)

                    return models_item_type_30
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_31 = MainGGUFKrea2Config.from_dict(data)

                    return models_item_type_31
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_32 = MainSDNQDiffusersFlux2Config.from_dict(data)

                    return models_item_type_32
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_33 = MainSDNQDiffusersFLUXConfig.from_dict(data)

                    return models_item_type_33
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_34 = MainSDNQDiffusersZImageConfig.from_dict(data)

                    return models_item_type_34
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_35 = VAECheckpointSD1Config.from_dict(data)

                    return models_item_type_35
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_36 = VAECheckpointSD2Config.from_dict(data)

                    return models_item_type_36
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_37 = VAECheckpointSDXLConfig.from_dict(data)

                    return models_item_type_37
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_38 = VAECheckpointFLUXConfig.from_dict(data)

                    return models_item_type_38
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_39 = VAECheckpointFlux2Config.from_dict(data)

                    return models_item_type_39
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_40 = VAECheckpointWanConfig.from_dict(data)

                    return models_item_type_40
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_41 = VAECheckpointQwenImageConfig.from_dict(data)

                    return models_item_type_41
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_42 = VAECheckpointAnimaConfig.from_dict(data)

                    return models_item_type_42
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_43 = VAEDiffusersSD1Config.from_dict(data)

                    return models_item_type_43
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_44 = VAEDiffusersSDXLConfig.from_dict(data)

                    return models_item_type_44
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_45 = VAEDiffusersFlux2Config.from_dict(data)

                    return models_item_type_45
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_46 = VAEDiffusersWanConfig.from_dict(data)

                    return models_item_type_46
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_47 = PiDDecoderCheckpointFLUXConfig.from_dict(data)

                    return models_item_type_47
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_48 = PiDDecoderCheckpointFlux2Config.from_dict(data)

                    return models_item_type_48
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_49 = PiDDecoderCheckpointSD3Config.from_dict(data)

                    return models_item_type_49
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_50 = PiDDecoderCheckpointSDXLConfig.from_dict(data)

                    return models_item_type_50
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_51 = PiDDecoderCheckpointQwenImageConfig.from_dict(data)

                    return models_item_type_51
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_52 = ControlNetCheckpointSD1Config.from_dict(data)

                    return models_item_type_52
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_53 = ControlNetCheckpointSD2Config.from_dict(data)

                    return models_item_type_53
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_54 = ControlNetCheckpointSDXLConfig.from_dict(data)

                    return models_item_type_54
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_55 = ControlNetCheckpointFLUXConfig.from_dict(data)

                    return models_item_type_55
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_56 = ControlNetCheckpointZImageConfig.from_dict(data)

                    return models_item_type_56
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_57 = ControlNetCheckpointAnimaConfig.from_dict(data)

                    return models_item_type_57
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_58 = ControlNetDiffusersSD1Config.from_dict(data)

                    return models_item_type_58
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_59 = ControlNetDiffusersSD2Config.from_dict(data)

                    return models_item_type_59
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_60 = ControlNetDiffusersSDXLConfig.from_dict(data)

                    return models_item_type_60
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_61 = ControlNetDiffusersFLUXConfig.from_dict(data)

                    return models_item_type_61
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_62 = LoRALyCORISSD1Config.from_dict(data)

                    return models_item_type_62
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_63 = LoRALyCORISSD2Config.from_dict(data)

                    return models_item_type_63
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_64 = LoRALyCORISSDXLConfig.from_dict(data)

                    return models_item_type_64
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_65 = LoRALyCORISFlux2Config.from_dict(data)

                    return models_item_type_65
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_66 = LoRALyCORISFLUXConfig.from_dict(data)

                    return models_item_type_66
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_67 = LoRALyCORISZImageConfig.from_dict(data)

                    return models_item_type_67
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_68 = LoRALyCORISKrea2Config.from_dict(data)

                    return models_item_type_68
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_69 = LoRALyCORISQwenImageConfig.from_dict(data)

                    return models_item_type_69
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_70 = LoRALyCORISWanConfig.from_dict(data)

                    return models_item_type_70
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_71 = LoRALyCORISAnimaConfig.from_dict(data)

                    return models_item_type_71
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_72 = LoRAOMISDXLConfig.from_dict(data)

                    return models_item_type_72
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_73 = LoRAOMIFLUXConfig.from_dict(data)

                    return models_item_type_73
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_74 = LoRADiffusersSD1Config.from_dict(data)

                    return models_item_type_74
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_75 = LoRADiffusersSD2Config.from_dict(data)

                    return models_item_type_75
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_76 = LoRADiffusersSDXLConfig.from_dict(data)

                    return models_item_type_76
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_77 = LoRADiffusersFlux2Config.from_dict(data)

                    return models_item_type_77
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_78 = LoRADiffusersFLUXConfig.from_dict(data)

                    return models_item_type_78
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_79 = LoRADiffusersZImageConfig.from_dict(data)

                    return models_item_type_79
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_80 = ControlLoRALyCORISFLUXConfig.from_dict(data)

                    return models_item_type_80
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_81 = T5EncoderT5EncoderConfig.from_dict(data)

                    return models_item_type_81
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_82 = T5EncoderBnBLLMint8Config.from_dict(data)

                    return models_item_type_82
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_83 = T5EncoderSDNQConfig.from_dict(data)

                    return models_item_type_83
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_84 = T5EncoderGGUFConfig.from_dict(data)

                    return models_item_type_84
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_85 = Qwen3VLEncoderCheckpointConfig.from_dict(data)

                    return models_item_type_85
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_86 = Qwen3VLEncoderQwen3VLEncoderConfig.from_dict(data)

                    return models_item_type_86
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_87 = Qwen3EncoderQwen3EncoderConfig.from_dict(data)

                    return models_item_type_87
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_88 = Qwen3EncoderCheckpointConfig.from_dict(data)

                    return models_item_type_88
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_89 = Qwen3EncoderGGUFConfig.from_dict(data)

                    return models_item_type_89
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_90 = Qwen3EncoderSDNQFolderConfig.from_dict(data)

                    return models_item_type_90
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_91 = MistralEncoderDiffusersConfig.from_dict(data)

                    return models_item_type_91
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_92 = MistralEncoderCheckpointConfig.from_dict(data)

                    return models_item_type_92
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_93 = MistralEncoderGGUFConfig.from_dict(data)

                    return models_item_type_93
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_94 = Gemma2EncoderGemma2EncoderConfig.from_dict(data)

                    return models_item_type_94
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_95 = Gemma2EncoderGGUFConfig.from_dict(data)

                    return models_item_type_95
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_96 = QwenVLEncoderDiffusersConfig.from_dict(data)

                    return models_item_type_96
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_97 = QwenVLEncoderCheckpointConfig.from_dict(data)

                    return models_item_type_97
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_98 = WanT5EncoderWanT5EncoderConfig.from_dict(data)

                    return models_item_type_98
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_99 = TIFileSD1Config.from_dict(data)

                    return models_item_type_99
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_100 = TIFileSD2Config.from_dict(data)

                    return models_item_type_100
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_101 = TIFileSDXLConfig.from_dict(data)

                    return models_item_type_101
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_102 = TIFolderSD1Config.from_dict(data)

                    return models_item_type_102
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_103 = TIFolderSD2Config.from_dict(data)

                    return models_item_type_103
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_104 = TIFolderSDXLConfig.from_dict(data)

                    return models_item_type_104
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_105 = IPAdapterInvokeAISD1Config.from_dict(data)

                    return models_item_type_105
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_106 = IPAdapterInvokeAISD2Config.from_dict(data)

                    return models_item_type_106
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_107 = IPAdapterInvokeAISDXLConfig.from_dict(data)

                    return models_item_type_107
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_108 = IPAdapterCheckpointSD1Config.from_dict(data)

                    return models_item_type_108
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_109 = IPAdapterCheckpointSD2Config.from_dict(data)

                    return models_item_type_109
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_110 = IPAdapterCheckpointSDXLConfig.from_dict(data)

                    return models_item_type_110
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_111 = IPAdapterCheckpointFLUXConfig.from_dict(data)

                    return models_item_type_111
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_112 = T2IAdapterDiffusersSD1Config.from_dict(data)

                    return models_item_type_112
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_113 = T2IAdapterDiffusersSDXLConfig.from_dict(data)

                    return models_item_type_113
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_114 = SpandrelCheckpointConfig.from_dict(data)

                    return models_item_type_114
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_115 = CLIPEmbedDiffusersGConfig.from_dict(data)

                    return models_item_type_115
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_116 = CLIPEmbedDiffusersLConfig.from_dict(data)

                    return models_item_type_116
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_117 = CLIPVisionDiffusersConfig.from_dict(data)

                    return models_item_type_117
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_118 = SigLIPDiffusersConfig.from_dict(data)

                    return models_item_type_118
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_119 = FLUXReduxCheckpointConfig.from_dict(data)

                    return models_item_type_119
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_120 = LlavaOnevisionDiffusersConfig.from_dict(data)

                    return models_item_type_120
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_121 = TextLLMDiffusersConfig.from_dict(data)

                    return models_item_type_121
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    models_item_type_122 = ExternalApiModelConfig.from_dict(data)

                    return models_item_type_122
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                models_item_type_123 = UnknownConfig.from_dict(data)

                return models_item_type_123

            models_item = _parse_models_item(models_item_data)

            models.append(models_item)

        models_list = cls(
            models=models,
        )

        models_list.additional_properties = d
        return models_list

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
