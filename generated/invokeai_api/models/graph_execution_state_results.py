from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.anima_conditioning_output import AnimaConditioningOutput
    from ..models.anima_ll_lite_output import AnimaLLLiteOutput
    from ..models.anima_lo_ra_loader_output import AnimaLoRALoaderOutput
    from ..models.anima_model_loader_output import AnimaModelLoaderOutput
    from ..models.boolean_collection_output import BooleanCollectionOutput
    from ..models.boolean_output import BooleanOutput
    from ..models.bounding_box_collection_output import BoundingBoxCollectionOutput
    from ..models.bounding_box_output import BoundingBoxOutput
    from ..models.calculate_image_tiles_output import CalculateImageTilesOutput
    from ..models.clip_output import CLIPOutput
    from ..models.clip_skip_invocation_output import CLIPSkipInvocationOutput
    from ..models.cog_view_4_conditioning_output import CogView4ConditioningOutput
    from ..models.cog_view_4_model_loader_output import CogView4ModelLoaderOutput
    from ..models.collect_invocation_output import CollectInvocationOutput
    from ..models.color_collection_output import ColorCollectionOutput
    from ..models.color_output import ColorOutput
    from ..models.conditioning_collection_output import ConditioningCollectionOutput
    from ..models.conditioning_output import ConditioningOutput
    from ..models.control_output import ControlOutput
    from ..models.denoise_mask_output import DenoiseMaskOutput
    from ..models.ernie_image_conditioning_output import ErnieImageConditioningOutput
    from ..models.ernie_image_model_loader_output import ErnieImageModelLoaderOutput
    from ..models.extract_video_range_output import ExtractVideoRangeOutput
    from ..models.face_mask_output import FaceMaskOutput
    from ..models.face_off_output import FaceOffOutput
    from ..models.float_collection_output import FloatCollectionOutput
    from ..models.float_generator_output import FloatGeneratorOutput
    from ..models.float_output import FloatOutput
    from ..models.flux_2_dev_lo_ra_loader_output import Flux2DevLoRALoaderOutput
    from ..models.flux_2_dev_model_loader_output import Flux2DevModelLoaderOutput
    from ..models.flux_2_klein_lo_ra_loader_output import Flux2KleinLoRALoaderOutput
    from ..models.flux_2_klein_model_loader_output import Flux2KleinModelLoaderOutput
    from ..models.flux_conditioning_collection_output import FluxConditioningCollectionOutput
    from ..models.flux_conditioning_output import FluxConditioningOutput
    from ..models.flux_control_lo_ra_loader_output import FluxControlLoRALoaderOutput
    from ..models.flux_control_net_output import FluxControlNetOutput
    from ..models.flux_fill_output import FluxFillOutput
    from ..models.flux_kontext_output import FluxKontextOutput
    from ..models.flux_lo_ra_loader_output import FluxLoRALoaderOutput
    from ..models.flux_model_loader_output import FluxModelLoaderOutput
    from ..models.flux_redux_output import FluxReduxOutput
    from ..models.gemma_2_encoder_output import Gemma2EncoderOutput
    from ..models.gradient_mask_output import GradientMaskOutput
    from ..models.ideal_size_output import IdealSizeOutput
    from ..models.ideogram_4_conditioning_output import Ideogram4ConditioningOutput
    from ..models.ideogram_4_model_loader_output import Ideogram4ModelLoaderOutput
    from ..models.if_invocation_output import IfInvocationOutput
    from ..models.image_collection_output import ImageCollectionOutput
    from ..models.image_generator_output import ImageGeneratorOutput
    from ..models.image_output import ImageOutput
    from ..models.image_panel_coordinate_output import ImagePanelCoordinateOutput
    from ..models.integer_collection_output import IntegerCollectionOutput
    from ..models.integer_generator_output import IntegerGeneratorOutput
    from ..models.integer_output import IntegerOutput
    from ..models.ip_adapter_output import IPAdapterOutput
    from ..models.iterate_invocation_output import IterateInvocationOutput
    from ..models.krea_2_conditioning_output import Krea2ConditioningOutput
    from ..models.krea_2_lo_ra_loader_output import Krea2LoRALoaderOutput
    from ..models.krea_2_model_loader_output import Krea2ModelLoaderOutput
    from ..models.krea_2_style_reference_output import Krea2StyleReferenceOutput
    from ..models.latents_collection_output import LatentsCollectionOutput
    from ..models.latents_meta_output import LatentsMetaOutput
    from ..models.latents_output import LatentsOutput
    from ..models.lo_ra_loader_output import LoRALoaderOutput
    from ..models.lo_ra_selector_output import LoRASelectorOutput
    from ..models.mask_output import MaskOutput
    from ..models.md_control_list_output import MDControlListOutput
    from ..models.mdip_adapter_list_output import MDIPAdapterListOutput
    from ..models.mdt2i_adapter_list_output import MDT2IAdapterListOutput
    from ..models.metadata_item_output import MetadataItemOutput
    from ..models.metadata_output import MetadataOutput
    from ..models.metadata_to_loras_collection_output import MetadataToLorasCollectionOutput
    from ..models.metadata_to_model_output import MetadataToModelOutput
    from ..models.metadata_to_sdxl_model_output import MetadataToSDXLModelOutput
    from ..models.model_identifier_output import ModelIdentifierOutput
    from ..models.model_loader_output import ModelLoaderOutput
    from ..models.noise_output import NoiseOutput
    from ..models.pair_tile_image_output import PairTileImageOutput
    from ..models.pbr_maps_output import PBRMapsOutput
    from ..models.pi_d_decoder_output import PiDDecoderOutput
    from ..models.prompt_template_output import PromptTemplateOutput
    from ..models.qwen_image_conditioning_output import QwenImageConditioningOutput
    from ..models.qwen_image_lo_ra_loader_output import QwenImageLoRALoaderOutput
    from ..models.qwen_image_model_loader_output import QwenImageModelLoaderOutput
    from ..models.scheduler_output import SchedulerOutput
    from ..models.sd3_conditioning_output import SD3ConditioningOutput
    from ..models.sd_3_model_loader_output import Sd3ModelLoaderOutput
    from ..models.sdxl_lo_ra_loader_output import SDXLLoRALoaderOutput
    from ..models.sdxl_model_loader_output import SDXLModelLoaderOutput
    from ..models.sdxl_refiner_model_loader_output import SDXLRefinerModelLoaderOutput
    from ..models.seamless_mode_output import SeamlessModeOutput
    from ..models.string_2_output import String2Output
    from ..models.string_collection_output import StringCollectionOutput
    from ..models.string_generator_output import StringGeneratorOutput
    from ..models.string_output import StringOutput
    from ..models.string_pos_neg_output import StringPosNegOutput
    from ..models.t2i_adapter_output import T2IAdapterOutput
    from ..models.tile_to_properties_output import TileToPropertiesOutput
    from ..models.u_net_output import UNetOutput
    from ..models.vae_output import VAEOutput
    from ..models.video_output import VideoOutput
    from ..models.wan_conditioning_output import WanConditioningOutput
    from ..models.wan_lo_ra_loader_output import WanLoRALoaderOutput
    from ..models.wan_model_loader_output import WanModelLoaderOutput
    from ..models.wan_ref_image_output import WanRefImageOutput
    from ..models.workflow_return_get_output import WorkflowReturnGetOutput
    from ..models.workflow_return_output import WorkflowReturnOutput
    from ..models.workflow_return_value_output import WorkflowReturnValueOutput
    from ..models.z_image_conditioning_output import ZImageConditioningOutput
    from ..models.z_image_control_output import ZImageControlOutput
    from ..models.z_image_lo_ra_loader_output import ZImageLoRALoaderOutput
    from ..models.z_image_model_loader_output import ZImageModelLoaderOutput


T = TypeVar("T", bound="GraphExecutionStateResults")


@_attrs_define
class GraphExecutionStateResults:
    """The results of node executions"""

    additional_properties: dict[
        str,
        AnimaConditioningOutput
        | AnimaLLLiteOutput
        | AnimaLoRALoaderOutput
        | AnimaModelLoaderOutput
        | BooleanCollectionOutput
        | BooleanOutput
        | BoundingBoxCollectionOutput
        | BoundingBoxOutput
        | CalculateImageTilesOutput
        | CLIPOutput
        | CLIPSkipInvocationOutput
        | CogView4ConditioningOutput
        | CogView4ModelLoaderOutput
        | CollectInvocationOutput
        | ColorCollectionOutput
        | ColorOutput
        | ConditioningCollectionOutput
        | ConditioningOutput
        | ControlOutput
        | DenoiseMaskOutput
        | ErnieImageConditioningOutput
        | ErnieImageModelLoaderOutput
        | ExtractVideoRangeOutput
        | FaceMaskOutput
        | FaceOffOutput
        | FloatCollectionOutput
        | FloatGeneratorOutput
        | FloatOutput
        | Flux2DevLoRALoaderOutput
        | Flux2DevModelLoaderOutput
        | Flux2KleinLoRALoaderOutput
        | Flux2KleinModelLoaderOutput
        | FluxConditioningCollectionOutput
        | FluxConditioningOutput
        | FluxControlLoRALoaderOutput
        | FluxControlNetOutput
        | FluxFillOutput
        | FluxKontextOutput
        | FluxLoRALoaderOutput
        | FluxModelLoaderOutput
        | FluxReduxOutput
        | Gemma2EncoderOutput
        | GradientMaskOutput
        | IdealSizeOutput
        | Ideogram4ConditioningOutput
        | Ideogram4ModelLoaderOutput
        | IfInvocationOutput
        | ImageCollectionOutput
        | ImageGeneratorOutput
        | ImageOutput
        | ImagePanelCoordinateOutput
        | IntegerCollectionOutput
        | IntegerGeneratorOutput
        | IntegerOutput
        | IPAdapterOutput
        | IterateInvocationOutput
        | Krea2ConditioningOutput
        | Krea2LoRALoaderOutput
        | Krea2ModelLoaderOutput
        | Krea2StyleReferenceOutput
        | LatentsCollectionOutput
        | LatentsMetaOutput
        | LatentsOutput
        | LoRALoaderOutput
        | LoRASelectorOutput
        | MaskOutput
        | MDControlListOutput
        | MDIPAdapterListOutput
        | MDT2IAdapterListOutput
        | MetadataItemOutput
        | MetadataOutput
        | MetadataToLorasCollectionOutput
        | MetadataToModelOutput
        | MetadataToSDXLModelOutput
        | ModelIdentifierOutput
        | ModelLoaderOutput
        | NoiseOutput
        | PairTileImageOutput
        | PBRMapsOutput
        | PiDDecoderOutput
        | PromptTemplateOutput
        | QwenImageConditioningOutput
        | QwenImageLoRALoaderOutput
        | QwenImageModelLoaderOutput
        | SchedulerOutput
        | SD3ConditioningOutput
        | Sd3ModelLoaderOutput
        | SDXLLoRALoaderOutput
        | SDXLModelLoaderOutput
        | SDXLRefinerModelLoaderOutput
        | SeamlessModeOutput
        | String2Output
        | StringCollectionOutput
        | StringGeneratorOutput
        | StringOutput
        | StringPosNegOutput
        | T2IAdapterOutput
        | TileToPropertiesOutput
        | UNetOutput
        | VAEOutput
        | VideoOutput
        | WanConditioningOutput
        | WanLoRALoaderOutput
        | WanModelLoaderOutput
        | WanRefImageOutput
        | WorkflowReturnGetOutput
        | WorkflowReturnOutput
        | WorkflowReturnValueOutput
        | ZImageConditioningOutput
        | ZImageControlOutput
        | ZImageLoRALoaderOutput
        | ZImageModelLoaderOutput,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if prop is None:
                field_dict[prop_name] = None
            else:
                from invokeai_api.types import dump_tagged  # noqa: PLC0415

                field_dict[prop_name] = dump_tagged(prop)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        graph_execution_state_results = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                AnimaConditioningOutput
                | AnimaLLLiteOutput
                | AnimaLoRALoaderOutput
                | AnimaModelLoaderOutput
                | BooleanCollectionOutput
                | BooleanOutput
                | BoundingBoxCollectionOutput
                | BoundingBoxOutput
                | CalculateImageTilesOutput
                | CLIPOutput
                | CLIPSkipInvocationOutput
                | CogView4ConditioningOutput
                | CogView4ModelLoaderOutput
                | CollectInvocationOutput
                | ColorCollectionOutput
                | ColorOutput
                | ConditioningCollectionOutput
                | ConditioningOutput
                | ControlOutput
                | DenoiseMaskOutput
                | ErnieImageConditioningOutput
                | ErnieImageModelLoaderOutput
                | ExtractVideoRangeOutput
                | FaceMaskOutput
                | FaceOffOutput
                | FloatCollectionOutput
                | FloatGeneratorOutput
                | FloatOutput
                | Flux2DevLoRALoaderOutput
                | Flux2DevModelLoaderOutput
                | Flux2KleinLoRALoaderOutput
                | Flux2KleinModelLoaderOutput
                | FluxConditioningCollectionOutput
                | FluxConditioningOutput
                | FluxControlLoRALoaderOutput
                | FluxControlNetOutput
                | FluxFillOutput
                | FluxKontextOutput
                | FluxLoRALoaderOutput
                | FluxModelLoaderOutput
                | FluxReduxOutput
                | Gemma2EncoderOutput
                | GradientMaskOutput
                | IdealSizeOutput
                | Ideogram4ConditioningOutput
                | Ideogram4ModelLoaderOutput
                | IfInvocationOutput
                | ImageCollectionOutput
                | ImageGeneratorOutput
                | ImageOutput
                | ImagePanelCoordinateOutput
                | IntegerCollectionOutput
                | IntegerGeneratorOutput
                | IntegerOutput
                | IPAdapterOutput
                | IterateInvocationOutput
                | Krea2ConditioningOutput
                | Krea2LoRALoaderOutput
                | Krea2ModelLoaderOutput
                | Krea2StyleReferenceOutput
                | LatentsCollectionOutput
                | LatentsMetaOutput
                | LatentsOutput
                | LoRALoaderOutput
                | LoRASelectorOutput
                | MaskOutput
                | MDControlListOutput
                | MDIPAdapterListOutput
                | MDT2IAdapterListOutput
                | MetadataItemOutput
                | MetadataOutput
                | MetadataToLorasCollectionOutput
                | MetadataToModelOutput
                | MetadataToSDXLModelOutput
                | ModelIdentifierOutput
                | ModelLoaderOutput
                | NoiseOutput
                | PairTileImageOutput
                | PBRMapsOutput
                | PiDDecoderOutput
                | PromptTemplateOutput
                | QwenImageConditioningOutput
                | QwenImageLoRALoaderOutput
                | QwenImageModelLoaderOutput
                | SchedulerOutput
                | SD3ConditioningOutput
                | Sd3ModelLoaderOutput
                | SDXLLoRALoaderOutput
                | SDXLModelLoaderOutput
                | SDXLRefinerModelLoaderOutput
                | SeamlessModeOutput
                | String2Output
                | StringCollectionOutput
                | StringGeneratorOutput
                | StringOutput
                | StringPosNegOutput
                | T2IAdapterOutput
                | TileToPropertiesOutput
                | UNetOutput
                | VAEOutput
                | VideoOutput
                | WanConditioningOutput
                | WanLoRALoaderOutput
                | WanModelLoaderOutput
                | WanRefImageOutput
                | WorkflowReturnGetOutput
                | WorkflowReturnOutput
                | WorkflowReturnValueOutput
                | ZImageConditioningOutput
                | ZImageControlOutput
                | ZImageLoRALoaderOutput
                | ZImageModelLoaderOutput
            ):
                from invokeai_api.types import parse_tagged  # noqa: PLC0415

                return parse_tagged(
                    data,
                    (
                        (
                            "anima_conditioning_output",
                            "anima_conditioning_output",
                            "AnimaConditioningOutput",
                        ),
                        ("anima_lllite_output", "anima_ll_lite_output", "AnimaLLLiteOutput"),
                        (
                            "anima_lora_loader_output",
                            "anima_lo_ra_loader_output",
                            "AnimaLoRALoaderOutput",
                        ),
                        (
                            "anima_model_loader_output",
                            "anima_model_loader_output",
                            "AnimaModelLoaderOutput",
                        ),
                        (
                            "boolean_collection_output",
                            "boolean_collection_output",
                            "BooleanCollectionOutput",
                        ),
                        ("boolean_output", "boolean_output", "BooleanOutput"),
                        (
                            "bounding_box_collection_output",
                            "bounding_box_collection_output",
                            "BoundingBoxCollectionOutput",
                        ),
                        ("bounding_box_output", "bounding_box_output", "BoundingBoxOutput"),
                        ("clip_output", "clip_output", "CLIPOutput"),
                        (
                            "clip_skip_output",
                            "clip_skip_invocation_output",
                            "CLIPSkipInvocationOutput",
                        ),
                        (
                            "calculate_image_tiles_output",
                            "calculate_image_tiles_output",
                            "CalculateImageTilesOutput",
                        ),
                        (
                            "cogview4_conditioning_output",
                            "cog_view_4_conditioning_output",
                            "CogView4ConditioningOutput",
                        ),
                        (
                            "cogview4_model_loader_output",
                            "cog_view_4_model_loader_output",
                            "CogView4ModelLoaderOutput",
                        ),
                        ("collect_output", "collect_invocation_output", "CollectInvocationOutput"),
                        (
                            "color_collection_output",
                            "color_collection_output",
                            "ColorCollectionOutput",
                        ),
                        ("color_output", "color_output", "ColorOutput"),
                        (
                            "conditioning_collection_output",
                            "conditioning_collection_output",
                            "ConditioningCollectionOutput",
                        ),
                        ("conditioning_output", "conditioning_output", "ConditioningOutput"),
                        ("control_output", "control_output", "ControlOutput"),
                        ("denoise_mask_output", "denoise_mask_output", "DenoiseMaskOutput"),
                        (
                            "ernie_image_conditioning_output",
                            "ernie_image_conditioning_output",
                            "ErnieImageConditioningOutput",
                        ),
                        (
                            "ernie_image_model_loader_output",
                            "ernie_image_model_loader_output",
                            "ErnieImageModelLoaderOutput",
                        ),
                        (
                            "extract_video_range_output",
                            "extract_video_range_output",
                            "ExtractVideoRangeOutput",
                        ),
                        ("face_mask_output", "face_mask_output", "FaceMaskOutput"),
                        ("face_off_output", "face_off_output", "FaceOffOutput"),
                        (
                            "float_collection_output",
                            "float_collection_output",
                            "FloatCollectionOutput",
                        ),
                        (
                            "float_generator_output",
                            "float_generator_output",
                            "FloatGeneratorOutput",
                        ),
                        ("float_output", "float_output", "FloatOutput"),
                        (
                            "flux2_dev_lora_loader_output",
                            "flux_2_dev_lo_ra_loader_output",
                            "Flux2DevLoRALoaderOutput",
                        ),
                        (
                            "flux2_dev_model_loader_output",
                            "flux_2_dev_model_loader_output",
                            "Flux2DevModelLoaderOutput",
                        ),
                        (
                            "flux2_klein_lora_loader_output",
                            "flux_2_klein_lo_ra_loader_output",
                            "Flux2KleinLoRALoaderOutput",
                        ),
                        (
                            "flux2_klein_model_loader_output",
                            "flux_2_klein_model_loader_output",
                            "Flux2KleinModelLoaderOutput",
                        ),
                        (
                            "flux_conditioning_collection_output",
                            "flux_conditioning_collection_output",
                            "FluxConditioningCollectionOutput",
                        ),
                        (
                            "flux_conditioning_output",
                            "flux_conditioning_output",
                            "FluxConditioningOutput",
                        ),
                        (
                            "flux_control_lora_loader_output",
                            "flux_control_lo_ra_loader_output",
                            "FluxControlLoRALoaderOutput",
                        ),
                        (
                            "flux_controlnet_output",
                            "flux_control_net_output",
                            "FluxControlNetOutput",
                        ),
                        ("flux_fill_output", "flux_fill_output", "FluxFillOutput"),
                        ("flux_kontext_output", "flux_kontext_output", "FluxKontextOutput"),
                        (
                            "flux_lora_loader_output",
                            "flux_lo_ra_loader_output",
                            "FluxLoRALoaderOutput",
                        ),
                        (
                            "flux_model_loader_output",
                            "flux_model_loader_output",
                            "FluxModelLoaderOutput",
                        ),
                        ("flux_redux_output", "flux_redux_output", "FluxReduxOutput"),
                        ("gemma2_encoder_output", "gemma_2_encoder_output", "Gemma2EncoderOutput"),
                        ("gradient_mask_output", "gradient_mask_output", "GradientMaskOutput"),
                        ("ip_adapter_output", "ip_adapter_output", "IPAdapterOutput"),
                        ("ideal_size_output", "ideal_size_output", "IdealSizeOutput"),
                        (
                            "ideogram4_conditioning_output",
                            "ideogram_4_conditioning_output",
                            "Ideogram4ConditioningOutput",
                        ),
                        (
                            "ideogram4_model_loader_output",
                            "ideogram_4_model_loader_output",
                            "Ideogram4ModelLoaderOutput",
                        ),
                        ("if_output", "if_invocation_output", "IfInvocationOutput"),
                        (
                            "image_collection_output",
                            "image_collection_output",
                            "ImageCollectionOutput",
                        ),
                        (
                            "image_generator_output",
                            "image_generator_output",
                            "ImageGeneratorOutput",
                        ),
                        ("image_output", "image_output", "ImageOutput"),
                        (
                            "image_panel_coordinate_output",
                            "image_panel_coordinate_output",
                            "ImagePanelCoordinateOutput",
                        ),
                        (
                            "integer_collection_output",
                            "integer_collection_output",
                            "IntegerCollectionOutput",
                        ),
                        (
                            "integer_generator_output",
                            "integer_generator_output",
                            "IntegerGeneratorOutput",
                        ),
                        ("integer_output", "integer_output", "IntegerOutput"),
                        ("iterate_output", "iterate_invocation_output", "IterateInvocationOutput"),
                        (
                            "krea2_conditioning_output",
                            "krea_2_conditioning_output",
                            "Krea2ConditioningOutput",
                        ),
                        (
                            "krea2_lora_loader_output",
                            "krea_2_lo_ra_loader_output",
                            "Krea2LoRALoaderOutput",
                        ),
                        (
                            "krea2_model_loader_output",
                            "krea_2_model_loader_output",
                            "Krea2ModelLoaderOutput",
                        ),
                        (
                            "krea2_style_reference_output",
                            "krea_2_style_reference_output",
                            "Krea2StyleReferenceOutput",
                        ),
                        (
                            "latents_collection_output",
                            "latents_collection_output",
                            "LatentsCollectionOutput",
                        ),
                        ("latents_meta_output", "latents_meta_output", "LatentsMetaOutput"),
                        ("latents_output", "latents_output", "LatentsOutput"),
                        ("lora_loader_output", "lo_ra_loader_output", "LoRALoaderOutput"),
                        ("lora_selector_output", "lo_ra_selector_output", "LoRASelectorOutput"),
                        ("md_control_list_output", "md_control_list_output", "MDControlListOutput"),
                        (
                            "md_ip_adapter_list_output",
                            "mdip_adapter_list_output",
                            "MDIPAdapterListOutput",
                        ),
                        (
                            "md_ip_adapters_output",
                            "mdt2i_adapter_list_output",
                            "MDT2IAdapterListOutput",
                        ),
                        ("mask_output", "mask_output", "MaskOutput"),
                        ("metadata_item_output", "metadata_item_output", "MetadataItemOutput"),
                        ("metadata_output", "metadata_output", "MetadataOutput"),
                        (
                            "metadata_to_lora_collection_output",
                            "metadata_to_loras_collection_output",
                            "MetadataToLorasCollectionOutput",
                        ),
                        (
                            "metadata_to_model_output",
                            "metadata_to_model_output",
                            "MetadataToModelOutput",
                        ),
                        (
                            "metadata_to_sdxl_model_output",
                            "metadata_to_sdxl_model_output",
                            "MetadataToSDXLModelOutput",
                        ),
                        (
                            "model_identifier_output",
                            "model_identifier_output",
                            "ModelIdentifierOutput",
                        ),
                        ("model_loader_output", "model_loader_output", "ModelLoaderOutput"),
                        ("noise_output", "noise_output", "NoiseOutput"),
                        ("pbr_maps-output", "pbr_maps_output", "PBRMapsOutput"),
                        ("pair_tile_image_output", "pair_tile_image_output", "PairTileImageOutput"),
                        ("pid_decoder_output", "pi_d_decoder_output", "PiDDecoderOutput"),
                        (
                            "prompt_template_output",
                            "prompt_template_output",
                            "PromptTemplateOutput",
                        ),
                        (
                            "qwen_image_conditioning_output",
                            "qwen_image_conditioning_output",
                            "QwenImageConditioningOutput",
                        ),
                        (
                            "qwen_image_lora_loader_output",
                            "qwen_image_lo_ra_loader_output",
                            "QwenImageLoRALoaderOutput",
                        ),
                        (
                            "qwen_image_model_loader_output",
                            "qwen_image_model_loader_output",
                            "QwenImageModelLoaderOutput",
                        ),
                        (
                            "sd3_conditioning_output",
                            "sd3_conditioning_output",
                            "SD3ConditioningOutput",
                        ),
                        (
                            "sdxl_lora_loader_output",
                            "sdxl_lo_ra_loader_output",
                            "SDXLLoRALoaderOutput",
                        ),
                        (
                            "sdxl_model_loader_output",
                            "sdxl_model_loader_output",
                            "SDXLModelLoaderOutput",
                        ),
                        (
                            "sdxl_refiner_model_loader_output",
                            "sdxl_refiner_model_loader_output",
                            "SDXLRefinerModelLoaderOutput",
                        ),
                        ("scheduler_output", "scheduler_output", "SchedulerOutput"),
                        (
                            "sd3_model_loader_output",
                            "sd_3_model_loader_output",
                            "Sd3ModelLoaderOutput",
                        ),
                        ("seamless_output", "seamless_mode_output", "SeamlessModeOutput"),
                        ("string_2_output", "string_2_output", "String2Output"),
                        (
                            "string_collection_output",
                            "string_collection_output",
                            "StringCollectionOutput",
                        ),
                        (
                            "string_generator_output",
                            "string_generator_output",
                            "StringGeneratorOutput",
                        ),
                        ("string_output", "string_output", "StringOutput"),
                        ("string_pos_neg_output", "string_pos_neg_output", "StringPosNegOutput"),
                        ("t2i_adapter_output", "t2i_adapter_output", "T2IAdapterOutput"),
                        (
                            "tile_to_properties_output",
                            "tile_to_properties_output",
                            "TileToPropertiesOutput",
                        ),
                        ("unet_output", "u_net_output", "UNetOutput"),
                        ("vae_output", "vae_output", "VAEOutput"),
                        ("video_output", "video_output", "VideoOutput"),
                        (
                            "wan_conditioning_output",
                            "wan_conditioning_output",
                            "WanConditioningOutput",
                        ),
                        (
                            "wan_lora_loader_output",
                            "wan_lo_ra_loader_output",
                            "WanLoRALoaderOutput",
                        ),
                        (
                            "wan_model_loader_output",
                            "wan_model_loader_output",
                            "WanModelLoaderOutput",
                        ),
                        ("wan_ref_image_output", "wan_ref_image_output", "WanRefImageOutput"),
                        (
                            "workflow_return_get_output",
                            "workflow_return_get_output",
                            "WorkflowReturnGetOutput",
                        ),
                        (
                            "workflow_return_output",
                            "workflow_return_output",
                            "WorkflowReturnOutput",
                        ),
                        (
                            "workflow_return_value_output",
                            "workflow_return_value_output",
                            "WorkflowReturnValueOutput",
                        ),
                        (
                            "z_image_conditioning_output",
                            "z_image_conditioning_output",
                            "ZImageConditioningOutput",
                        ),
                        ("z_image_control_output", "z_image_control_output", "ZImageControlOutput"),
                        (
                            "z_image_lora_loader_output",
                            "z_image_lo_ra_loader_output",
                            "ZImageLoRALoaderOutput",
                        ),
                        (
                            "z_image_model_loader_output",
                            "z_image_model_loader_output",
                            "ZImageModelLoaderOutput",
                        ),
                    ),
                )  # type: ignore[no-any-return]

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        graph_execution_state_results.additional_properties = additional_properties
        return graph_execution_state_results

    def get(self, key: str, default: Any = None) -> Any:
        """The value named ``key`` in this record's JSON form (:meth:`to_dict`), or ``default``:
        dict-style reading, as the original client's results were read."""
        return self.to_dict().get(key, default)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        AnimaConditioningOutput
        | AnimaLLLiteOutput
        | AnimaLoRALoaderOutput
        | AnimaModelLoaderOutput
        | BooleanCollectionOutput
        | BooleanOutput
        | BoundingBoxCollectionOutput
        | BoundingBoxOutput
        | CalculateImageTilesOutput
        | CLIPOutput
        | CLIPSkipInvocationOutput
        | CogView4ConditioningOutput
        | CogView4ModelLoaderOutput
        | CollectInvocationOutput
        | ColorCollectionOutput
        | ColorOutput
        | ConditioningCollectionOutput
        | ConditioningOutput
        | ControlOutput
        | DenoiseMaskOutput
        | ErnieImageConditioningOutput
        | ErnieImageModelLoaderOutput
        | ExtractVideoRangeOutput
        | FaceMaskOutput
        | FaceOffOutput
        | FloatCollectionOutput
        | FloatGeneratorOutput
        | FloatOutput
        | Flux2DevLoRALoaderOutput
        | Flux2DevModelLoaderOutput
        | Flux2KleinLoRALoaderOutput
        | Flux2KleinModelLoaderOutput
        | FluxConditioningCollectionOutput
        | FluxConditioningOutput
        | FluxControlLoRALoaderOutput
        | FluxControlNetOutput
        | FluxFillOutput
        | FluxKontextOutput
        | FluxLoRALoaderOutput
        | FluxModelLoaderOutput
        | FluxReduxOutput
        | Gemma2EncoderOutput
        | GradientMaskOutput
        | IdealSizeOutput
        | Ideogram4ConditioningOutput
        | Ideogram4ModelLoaderOutput
        | IfInvocationOutput
        | ImageCollectionOutput
        | ImageGeneratorOutput
        | ImageOutput
        | ImagePanelCoordinateOutput
        | IntegerCollectionOutput
        | IntegerGeneratorOutput
        | IntegerOutput
        | IPAdapterOutput
        | IterateInvocationOutput
        | Krea2ConditioningOutput
        | Krea2LoRALoaderOutput
        | Krea2ModelLoaderOutput
        | Krea2StyleReferenceOutput
        | LatentsCollectionOutput
        | LatentsMetaOutput
        | LatentsOutput
        | LoRALoaderOutput
        | LoRASelectorOutput
        | MaskOutput
        | MDControlListOutput
        | MDIPAdapterListOutput
        | MDT2IAdapterListOutput
        | MetadataItemOutput
        | MetadataOutput
        | MetadataToLorasCollectionOutput
        | MetadataToModelOutput
        | MetadataToSDXLModelOutput
        | ModelIdentifierOutput
        | ModelLoaderOutput
        | NoiseOutput
        | PairTileImageOutput
        | PBRMapsOutput
        | PiDDecoderOutput
        | PromptTemplateOutput
        | QwenImageConditioningOutput
        | QwenImageLoRALoaderOutput
        | QwenImageModelLoaderOutput
        | SchedulerOutput
        | SD3ConditioningOutput
        | Sd3ModelLoaderOutput
        | SDXLLoRALoaderOutput
        | SDXLModelLoaderOutput
        | SDXLRefinerModelLoaderOutput
        | SeamlessModeOutput
        | String2Output
        | StringCollectionOutput
        | StringGeneratorOutput
        | StringOutput
        | StringPosNegOutput
        | T2IAdapterOutput
        | TileToPropertiesOutput
        | UNetOutput
        | VAEOutput
        | VideoOutput
        | WanConditioningOutput
        | WanLoRALoaderOutput
        | WanModelLoaderOutput
        | WanRefImageOutput
        | WorkflowReturnGetOutput
        | WorkflowReturnOutput
        | WorkflowReturnValueOutput
        | ZImageConditioningOutput
        | ZImageControlOutput
        | ZImageLoRALoaderOutput
        | ZImageModelLoaderOutput
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: AnimaConditioningOutput
        | AnimaLLLiteOutput
        | AnimaLoRALoaderOutput
        | AnimaModelLoaderOutput
        | BooleanCollectionOutput
        | BooleanOutput
        | BoundingBoxCollectionOutput
        | BoundingBoxOutput
        | CalculateImageTilesOutput
        | CLIPOutput
        | CLIPSkipInvocationOutput
        | CogView4ConditioningOutput
        | CogView4ModelLoaderOutput
        | CollectInvocationOutput
        | ColorCollectionOutput
        | ColorOutput
        | ConditioningCollectionOutput
        | ConditioningOutput
        | ControlOutput
        | DenoiseMaskOutput
        | ErnieImageConditioningOutput
        | ErnieImageModelLoaderOutput
        | ExtractVideoRangeOutput
        | FaceMaskOutput
        | FaceOffOutput
        | FloatCollectionOutput
        | FloatGeneratorOutput
        | FloatOutput
        | Flux2DevLoRALoaderOutput
        | Flux2DevModelLoaderOutput
        | Flux2KleinLoRALoaderOutput
        | Flux2KleinModelLoaderOutput
        | FluxConditioningCollectionOutput
        | FluxConditioningOutput
        | FluxControlLoRALoaderOutput
        | FluxControlNetOutput
        | FluxFillOutput
        | FluxKontextOutput
        | FluxLoRALoaderOutput
        | FluxModelLoaderOutput
        | FluxReduxOutput
        | Gemma2EncoderOutput
        | GradientMaskOutput
        | IdealSizeOutput
        | Ideogram4ConditioningOutput
        | Ideogram4ModelLoaderOutput
        | IfInvocationOutput
        | ImageCollectionOutput
        | ImageGeneratorOutput
        | ImageOutput
        | ImagePanelCoordinateOutput
        | IntegerCollectionOutput
        | IntegerGeneratorOutput
        | IntegerOutput
        | IPAdapterOutput
        | IterateInvocationOutput
        | Krea2ConditioningOutput
        | Krea2LoRALoaderOutput
        | Krea2ModelLoaderOutput
        | Krea2StyleReferenceOutput
        | LatentsCollectionOutput
        | LatentsMetaOutput
        | LatentsOutput
        | LoRALoaderOutput
        | LoRASelectorOutput
        | MaskOutput
        | MDControlListOutput
        | MDIPAdapterListOutput
        | MDT2IAdapterListOutput
        | MetadataItemOutput
        | MetadataOutput
        | MetadataToLorasCollectionOutput
        | MetadataToModelOutput
        | MetadataToSDXLModelOutput
        | ModelIdentifierOutput
        | ModelLoaderOutput
        | NoiseOutput
        | PairTileImageOutput
        | PBRMapsOutput
        | PiDDecoderOutput
        | PromptTemplateOutput
        | QwenImageConditioningOutput
        | QwenImageLoRALoaderOutput
        | QwenImageModelLoaderOutput
        | SchedulerOutput
        | SD3ConditioningOutput
        | Sd3ModelLoaderOutput
        | SDXLLoRALoaderOutput
        | SDXLModelLoaderOutput
        | SDXLRefinerModelLoaderOutput
        | SeamlessModeOutput
        | String2Output
        | StringCollectionOutput
        | StringGeneratorOutput
        | StringOutput
        | StringPosNegOutput
        | T2IAdapterOutput
        | TileToPropertiesOutput
        | UNetOutput
        | VAEOutput
        | VideoOutput
        | WanConditioningOutput
        | WanLoRALoaderOutput
        | WanModelLoaderOutput
        | WanRefImageOutput
        | WorkflowReturnGetOutput
        | WorkflowReturnOutput
        | WorkflowReturnValueOutput
        | ZImageConditioningOutput
        | ZImageControlOutput
        | ZImageLoRALoaderOutput
        | ZImageModelLoaderOutput,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
