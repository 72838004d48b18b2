from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.add_image_noise import AddImageNoise
    from ..models.add_integers import AddIntegers
    from ..models.add_invisible_watermark import AddInvisibleWatermark
    from ..models.adjust_image_hue import AdjustImageHue
    from ..models.adjust_image_hue_oklch import AdjustImageHueOklch
    from ..models.adjust_image_hue_plus import AdjustImageHuePlus
    from ..models.alibaba_cloud_dash_scope_image_generation import (
        AlibabaCloudDashScopeImageGeneration,
    )
    from ..models.alpha_mask_to_tensor import AlphaMaskToTensor
    from ..models.anima_conditioning_output import AnimaConditioningOutput
    from ..models.anima_control_net_ll_lite import AnimaControlNetLLLite
    from ..models.anima_ll_lite_output import AnimaLLLiteOutput
    from ..models.anima_lo_ra_loader_output import AnimaLoRALoaderOutput
    from ..models.anima_model_loader_output import AnimaModelLoaderOutput
    from ..models.any_model import AnyModel
    from ..models.apply_clip_skip_sd15sdxl import ApplyCLIPSkipSD15SDXL
    from ..models.apply_free_usd15sdxl import ApplyFreeUSD15SDXL
    from ..models.apply_lo_ra_anima import ApplyLoRAAnima
    from ..models.apply_lo_ra_collection_anima import ApplyLoRACollectionAnima
    from ..models.apply_lo_ra_collection_flux import ApplyLoRACollectionFLUX
    from ..models.apply_lo_ra_collection_flux2_dev import ApplyLoRACollectionFLUX2Dev
    from ..models.apply_lo_ra_collection_flux_2_klein import ApplyLoRACollectionFlux2Klein
    from ..models.apply_lo_ra_collection_krea_2 import ApplyLoRACollectionKrea2
    from ..models.apply_lo_ra_collection_qwen_image import ApplyLoRACollectionQwenImage
    from ..models.apply_lo_ra_collection_sd15 import ApplyLoRACollectionSD15
    from ..models.apply_lo_ra_collection_sdxl import ApplyLoRACollectionSDXL
    from ..models.apply_lo_ra_collection_wan_22 import ApplyLoRACollectionWan22
    from ..models.apply_lo_ra_collection_z_image import ApplyLoRACollectionZImage
    from ..models.apply_lo_ra_flux_2_klein import ApplyLoRAFlux2Klein
    from ..models.apply_lo_ra_krea_2 import ApplyLoRAKrea2
    from ..models.apply_lo_ra_qwen_image import ApplyLoRAQwenImage
    from ..models.apply_lo_ra_wan_22 import ApplyLoRAWan22
    from ..models.apply_lo_raflux import ApplyLoRAFLUX
    from ..models.apply_lo_raflux2_dev import ApplyLoRAFLUX2Dev
    from ..models.apply_lo_rasd15 import ApplyLoRASD15
    from ..models.apply_lo_rasdxl import ApplyLoRASDXL
    from ..models.apply_lo_raz_image import ApplyLoRAZImage
    from ..models.apply_mask_to_image import ApplyMaskToImage
    from ..models.apply_seamless_sd15sdxl import ApplySeamlessSD15SDXL
    from ..models.apply_tensor_mask_to_image import ApplyTensorMaskToImage
    from ..models.blank_image import BlankImage
    from ..models.blend_latents import BlendLatents
    from ..models.blur_image import BlurImage
    from ..models.blur_nsfw_image import BlurNSFWImage
    from ..models.boolean_collection_output import BooleanCollectionOutput
    from ..models.boolean_collection_primitive import BooleanCollectionPrimitive
    from ..models.boolean_output import BooleanOutput
    from ..models.boolean_primitive import BooleanPrimitive
    from ..models.bounding_box import BoundingBox
    from ..models.bounding_box_collection_output import BoundingBoxCollectionOutput
    from ..models.bounding_box_output import BoundingBoxOutput
    from ..models.calculate_image_tiles import CalculateImageTiles
    from ..models.calculate_image_tiles_even_split import CalculateImageTilesEvenSplit
    from ..models.calculate_image_tiles_minimum_overlap import CalculateImageTilesMinimumOverlap
    from ..models.calculate_image_tiles_output import CalculateImageTilesOutput
    from ..models.call_saved_workflow import CallSavedWorkflow
    from ..models.canny_edge_detection import CannyEdgeDetection
    from ..models.canvas_output import CanvasOutput
    from ..models.canvas_paste_back import CanvasPasteBack
    from ..models.canvas_v2_mask_and_crop import CanvasV2MaskAndCrop
    from ..models.caption_builder_ideogram_4 import CaptionBuilderIdeogram4
    from ..models.center_pad_or_crop_image import CenterPadOrCropImage
    from ..models.clip_output import CLIPOutput
    from ..models.clip_skip_invocation_output import CLIPSkipInvocationOutput
    from ..models.cog_view_4_conditioning_output import CogView4ConditioningOutput
    from ..models.cog_view_4_model_loader_output import CogView4ModelLoaderOutput
    from ..models.collect_invocation import CollectInvocation
    from ..models.collect_invocation_output import CollectInvocationOutput
    from ..models.color_collection_output import ColorCollectionOutput
    from ..models.color_correct import ColorCorrect
    from ..models.color_map import ColorMap
    from ..models.color_output import ColorOutput
    from ..models.color_primitive import ColorPrimitive
    from ..models.combine_masks import CombineMasks
    from ..models.concatenate_videos import ConcatenateVideos
    from ..models.conditioning_collection_output import ConditioningCollectionOutput
    from ..models.conditioning_collection_primitive import ConditioningCollectionPrimitive
    from ..models.conditioning_output import ConditioningOutput
    from ..models.conditioning_primitive import ConditioningPrimitive
    from ..models.conditioning_rebalance_krea_2 import ConditioningRebalanceKrea2
    from ..models.content_shuffle import ContentShuffle
    from ..models.control_lo_raflux import ControlLoRAFLUX
    from ..models.control_net_sd15sd2sdxl import ControlNetSD15SD2SDXL
    from ..models.control_output import ControlOutput
    from ..models.convert_image_mode import ConvertImageMode
    from ..models.core_metadata import CoreMetadata
    from ..models.create_denoise_mask import CreateDenoiseMask
    from ..models.create_gradient_mask import CreateGradientMask
    from ..models.create_latent_noise import CreateLatentNoise
    from ..models.create_rectangle_mask import CreateRectangleMask
    from ..models.crop_image import CropImage
    from ..models.crop_image_to_bounding_box import CropImageToBoundingBox
    from ..models.crop_latents import CropLatents
    from ..models.cv2_infill import CV2Infill
    from ..models.decode_invisible_watermark import DecodeInvisibleWatermark
    from ..models.denoise_anima import DenoiseAnima
    from ..models.denoise_anima_metadata import DenoiseAnimaMetadata
    from ..models.denoise_cog_view_4 import DenoiseCogView4
    from ..models.denoise_ernie_image import DenoiseERNIEImage
    from ..models.denoise_ideogram_4 import DenoiseIdeogram4
    from ..models.denoise_krea_2 import DenoiseKrea2
    from ..models.denoise_mask_output import DenoiseMaskOutput
    from ..models.denoise_qwen_image import DenoiseQwenImage
    from ..models.denoise_sd3 import DenoiseSD3
    from ..models.denoise_sd15sdxl import DenoiseSD15SDXL
    from ..models.denoise_sd15sdxl_metadata import DenoiseSD15SDXLMetadata
    from ..models.denoise_video_wan_22 import DenoiseVideoWan22
    from ..models.denoise_wan_22 import DenoiseWan22
    from ..models.denoise_z_image import DenoiseZImage
    from ..models.denoise_z_image_metadata import DenoiseZImageMetadata
    from ..models.depth_anything_depth_estimation import DepthAnythingDepthEstimation
    from ..models.divide_integers import DivideIntegers
    from ..models.dw_openpose_detection import DWOpenposeDetection
    from ..models.dynamic_prompt import DynamicPrompt
    from ..models.enhance_image import EnhanceImage
    from ..models.equivalent_achromatic_lightness import EquivalentAchromaticLightness
    from ..models.ernie_image_conditioning_output import ErnieImageConditioningOutput
    from ..models.ernie_image_model_loader_output import ErnieImageModelLoaderOutput
    from ..models.expand_mask_with_fade import ExpandMaskWithFade
    from ..models.extract_image_channel import ExtractImageChannel
    from ..models.extract_video_range_output import ExtractVideoRangeOutput
    from ..models.face_identifier import FaceIdentifier
    from ..models.face_mask import FaceMask
    from ..models.face_mask_output import FaceMaskOutput
    from ..models.face_off import FaceOff
    from ..models.face_off_output import FaceOffOutput
    from ..models.float_batch import FloatBatch
    from ..models.float_collection_output import FloatCollectionOutput
    from ..models.float_collection_primitive import FloatCollectionPrimitive
    from ..models.float_generator import FloatGenerator
    from ..models.float_generator_output import FloatGeneratorOutput
    from ..models.float_math import FloatMath
    from ..models.float_output import FloatOutput
    from ..models.float_primitive import FloatPrimitive
    from ..models.float_range import FloatRange
    from ..models.float_to_integer import FloatToInteger
    from ..models.flux2_denoise import FLUX2Denoise
    from ..models.flux_2_dev_lo_ra_loader_output import Flux2DevLoRALoaderOutput
    from ..models.flux_2_dev_model_loader_output import Flux2DevModelLoaderOutput
    from ..models.flux_2_klein_lo_ra_loader_output import Flux2KleinLoRALoaderOutput
    from ..models.flux_2_klein_model_loader_output import Flux2KleinModelLoaderOutput
    from ..models.flux_conditioning_collection_output import FluxConditioningCollectionOutput
    from ..models.flux_conditioning_output import FluxConditioningOutput
    from ..models.flux_control_lo_ra_loader_output import FluxControlLoRALoaderOutput
    from ..models.flux_control_net import FLUXControlNet
    from ..models.flux_control_net_output import FluxControlNetOutput
    from ..models.flux_denoise import FLUXDenoise
    from ..models.flux_denoise_metadata import FLUXDenoiseMetadata
    from ..models.flux_fill_conditioning import FLUXFillConditioning
    from ..models.flux_fill_output import FluxFillOutput
    from ..models.flux_kontext_image_prep import FLUXKontextImagePrep
    from ..models.flux_kontext_output import FluxKontextOutput
    from ..models.flux_lo_ra_loader_output import FluxLoRALoaderOutput
    from ..models.flux_model_loader_output import FluxModelLoaderOutput
    from ..models.flux_redux import FLUXRedux
    from ..models.flux_redux_output import FluxReduxOutput
    from ..models.fluxip_adapter import FLUXIPAdapter
    from ..models.frame_from_video import FrameFromVideo
    from ..models.frame_range_from_video import FrameRangeFromVideo
    from ..models.gemini_image_generation import GeminiImageGeneration
    from ..models.gemma_2_encoder_output import Gemma2EncoderOutput
    from ..models.gemma_2_encoder_pi_d import Gemma2EncoderPiD
    from ..models.get_image_mask_bounding_box import GetImageMaskBoundingBox
    from ..models.get_workflow_return_value import GetWorkflowReturnValue
    from ..models.gradient_mask_output import GradientMaskOutput
    from ..models.grounding_dino_text_prompt_object_detection import (
        GroundingDINOTextPromptObjectDetection,
    )
    from ..models.hed_edge_detection import HEDEdgeDetection
    from ..models.heuristic_resize import HeuristicResize
    from ..models.ideal_size_output import IdealSizeOutput
    from ..models.ideal_size_sd15sdxl import IdealSizeSD15SDXL
    from ..models.ideogram_4_conditioning_output import Ideogram4ConditioningOutput
    from ..models.ideogram_4_model_loader_output import Ideogram4ModelLoaderOutput
    from ..models.if_ import If
    from ..models.if_invocation_output import IfInvocationOutput
    from ..models.image_batch import ImageBatch
    from ..models.image_collection_output import ImageCollectionOutput
    from ..models.image_collection_primitive import ImageCollectionPrimitive
    from ..models.image_compositor import ImageCompositor
    from ..models.image_dilate_or_erode import ImageDilateOrErode
    from ..models.image_generator import ImageGenerator
    from ..models.image_generator_output import ImageGeneratorOutput
    from ..models.image_layer_blend import ImageLayerBlend
    from ..models.image_mask_to_tensor import ImageMaskToTensor
    from ..models.image_output import ImageOutput
    from ..models.image_panel_coordinate_output import ImagePanelCoordinateOutput
    from ..models.image_panel_layout import ImagePanelLayout
    from ..models.image_primitive import ImagePrimitive
    from ..models.image_to_image import ImageToImage
    from ..models.image_to_image_autoscale import ImageToImageAutoscale
    from ..models.image_to_latents_anima import ImageToLatentsAnima
    from ..models.image_to_latents_cog_view_4 import ImageToLatentsCogView4
    from ..models.image_to_latents_flux import ImageToLatentsFLUX
    from ..models.image_to_latents_flux2 import ImageToLatentsFLUX2
    from ..models.image_to_latents_qwen_image import ImageToLatentsQwenImage
    from ..models.image_to_latents_sd3 import ImageToLatentsSD3
    from ..models.image_to_latents_sd15sdxl import ImageToLatentsSD15SDXL
    from ..models.image_to_latents_wan_22 import ImageToLatentsWan22
    from ..models.image_to_latents_z_image import ImageToLatentsZImage
    from ..models.image_value_thresholds import ImageValueThresholds
    from ..models.integer_batch import IntegerBatch
    from ..models.integer_collection_output import IntegerCollectionOutput
    from ..models.integer_collection_primitive import IntegerCollectionPrimitive
    from ..models.integer_generator import IntegerGenerator
    from ..models.integer_generator_output import IntegerGeneratorOutput
    from ..models.integer_math import IntegerMath
    from ..models.integer_output import IntegerOutput
    from ..models.integer_primitive import IntegerPrimitive
    from ..models.integer_range import IntegerRange
    from ..models.integer_range_of_size import IntegerRangeOfSize
    from ..models.inverse_lerp_image import InverseLerpImage
    from ..models.invert_tensor_mask import InvertTensorMask
    from ..models.ip_adapter_output import IPAdapterOutput
    from ..models.ip_adapter_sd15sdxl import IPAdapterSD15SDXL
    from ..models.iterate_invocation import IterateInvocation
    from ..models.iterate_invocation_output import IterateInvocationOutput
    from ..models.kontext_conditioning_flux import KontextConditioningFLUX
    from ..models.krea_2_conditioning_output import Krea2ConditioningOutput
    from ..models.krea_2_lo_ra_loader_output import Krea2LoRALoaderOutput
    from ..models.krea_2_model_loader_output import Krea2ModelLoaderOutput
    from ..models.krea_2_style_reference_output import Krea2StyleReferenceOutput
    from ..models.l_la_va_one_vision_vllm import LLaVAOneVisionVLLM
    from ..models.la_ma_infill import LaMaInfill
    from ..models.latents_collection_output import LatentsCollectionOutput
    from ..models.latents_collection_primitive import LatentsCollectionPrimitive
    from ..models.latents_meta_output import LatentsMetaOutput
    from ..models.latents_output import LatentsOutput
    from ..models.latents_primitive import LatentsPrimitive
    from ..models.latents_to_image_anima import LatentsToImageAnima
    from ..models.latents_to_image_cog_view_4 import LatentsToImageCogView4
    from ..models.latents_to_image_ernie_image import LatentsToImageERNIEImage
    from ..models.latents_to_image_flux import LatentsToImageFLUX
    from ..models.latents_to_image_flux2 import LatentsToImageFLUX2
    from ..models.latents_to_image_flux2_pi_d4xsr import LatentsToImageFLUX2PiD4XSR
    from ..models.latents_to_image_flux_pi_d4xsr import LatentsToImageFLUXPiD4XSR
    from ..models.latents_to_image_ideogram_4 import LatentsToImageIdeogram4
    from ..models.latents_to_image_qwen_image import LatentsToImageQwenImage
    from ..models.latents_to_image_qwen_image_pi_d4xsr import LatentsToImageQwenImagePiD4XSR
    from ..models.latents_to_image_sd3 import LatentsToImageSD3
    from ..models.latents_to_image_sd3_pi_d4xsr import LatentsToImageSD3PiD4XSR
    from ..models.latents_to_image_sd15sdxl import LatentsToImageSD15SDXL
    from ..models.latents_to_image_sdxl_pi_d4xsr import LatentsToImageSDXLPiD4XSR
    from ..models.latents_to_image_wan_22 import LatentsToImageWan22
    from ..models.latents_to_image_z_image import LatentsToImageZImage
    from ..models.latents_to_image_z_image_pi_d4xsr import LatentsToImageZImagePiD4XSR
    from ..models.latents_to_video_wan_22 import LatentsToVideoWan22
    from ..models.lerp_image import LerpImage
    from ..models.lineart_anime_edge_detection import LineartAnimeEdgeDetection
    from ..models.lineart_edge_detection import LineartEdgeDetection
    from ..models.lo_ra_loader_output import LoRALoaderOutput
    from ..models.lo_ra_selector_output import LoRASelectorOutput
    from ..models.main_model_anima import MainModelAnima
    from ..models.main_model_cog_view_4 import MainModelCogView4
    from ..models.main_model_ernie_image import MainModelERNIEImage
    from ..models.main_model_flux import MainModelFLUX
    from ..models.main_model_flux2_dev import MainModelFLUX2Dev
    from ..models.main_model_flux_2_klein import MainModelFlux2Klein
    from ..models.main_model_ideogram_4 import MainModelIdeogram4
    from ..models.main_model_krea_2 import MainModelKrea2
    from ..models.main_model_qwen_image import MainModelQwenImage
    from ..models.main_model_sd3 import MainModelSD3
    from ..models.main_model_sd15sd2 import MainModelSD15SD2
    from ..models.main_model_sdxl import MainModelSDXL
    from ..models.main_model_wan_22 import MainModelWan22
    from ..models.main_model_z_image import MainModelZImage
    from ..models.mask_edge import MaskEdge
    from ..models.mask_from_alpha import MaskFromAlpha
    from ..models.mask_from_segmented_image import MaskFromSegmentedImage
    from ..models.mask_output import MaskOutput
    from ..models.md_control_list_output import MDControlListOutput
    from ..models.mdip_adapter_list_output import MDIPAdapterListOutput
    from ..models.mdt2i_adapter_list_output import MDT2IAdapterListOutput
    from ..models.media_pipe_face_detection import MediaPipeFaceDetection
    from ..models.merge_tiles_to_image import MergeTilesToImage
    from ..models.metadata import Metadata
    from ..models.metadata_field_extractor import MetadataFieldExtractor
    from ..models.metadata_from_image import MetadataFromImage
    from ..models.metadata_item import MetadataItem
    from ..models.metadata_item_linked import MetadataItemLinked
    from ..models.metadata_item_output import MetadataItemOutput
    from ..models.metadata_merge import MetadataMerge
    from ..models.metadata_output import MetadataOutput
    from ..models.metadata_to_bool import MetadataToBool
    from ..models.metadata_to_bool_collection import MetadataToBoolCollection
    from ..models.metadata_to_control_nets import MetadataToControlNets
    from ..models.metadata_to_float import MetadataToFloat
    from ..models.metadata_to_float_collection import MetadataToFloatCollection
    from ..models.metadata_to_integer import MetadataToInteger
    from ..models.metadata_to_integer_collection import MetadataToIntegerCollection
    from ..models.metadata_to_ip_adapters import MetadataToIPAdapters
    from ..models.metadata_to_lo_r_as import MetadataToLoRAs
    from ..models.metadata_to_lo_ra_collection import MetadataToLoRACollection
    from ..models.metadata_to_loras_collection_output import MetadataToLorasCollectionOutput
    from ..models.metadata_to_model import MetadataToModel
    from ..models.metadata_to_model_output import MetadataToModelOutput
    from ..models.metadata_to_scheduler import MetadataToScheduler
    from ..models.metadata_to_sdxl_lo_r_as import MetadataToSDXLLoRAs
    from ..models.metadata_to_sdxl_model import MetadataToSDXLModel
    from ..models.metadata_to_sdxl_model_output import MetadataToSDXLModelOutput
    from ..models.metadata_to_string import MetadataToString
    from ..models.metadata_to_string_collection import MetadataToStringCollection
    from ..models.metadata_to_t2i_adapters import MetadataToT2IAdapters
    from ..models.metadata_to_vae import MetadataToVAE
    from ..models.mlsd_detection import MLSDDetection
    from ..models.model_identifier_output import ModelIdentifierOutput
    from ..models.model_loader_output import ModelLoaderOutput
    from ..models.multiply_image_channel import MultiplyImageChannel
    from ..models.multiply_images import MultiplyImages
    from ..models.multiply_integers import MultiplyIntegers
    from ..models.noise_output import NoiseOutput
    from ..models.normal_map import NormalMap
    from ..models.offset_image_channel import OffsetImageChannel
    from ..models.open_ai_image_generation import OpenAIImageGeneration
    from ..models.open_cv_inpaint import OpenCVInpaint
    from ..models.pair_tile_image_output import PairTileImageOutput
    from ..models.pair_tile_with_image import PairTileWithImage
    from ..models.paste_image import PasteImage
    from ..models.paste_image_into_bounding_box import PasteImageIntoBoundingBox
    from ..models.patch_match_infill import PatchMatchInfill
    from ..models.pbr_maps import PBRMaps
    from ..models.pbr_maps_output import PBRMapsOutput
    from ..models.pi_d_decoder_output import PiDDecoderOutput
    from ..models.pi_d_upscale_4xfluxvae import PiDUpscale4XFLUXVAE
    from ..models.pi_di_net_edge_detection import PiDiNetEdgeDetection
    from ..models.prompt_anima import PromptAnima
    from ..models.prompt_cog_view_4 import PromptCogView4
    from ..models.prompt_enhancer_ernie_image import PromptEnhancerERNIEImage
    from ..models.prompt_ernie_image import PromptERNIEImage
    from ..models.prompt_flux import PromptFLUX
    from ..models.prompt_flux2_dev import PromptFLUX2Dev
    from ..models.prompt_flux_2_klein import PromptFlux2Klein
    from ..models.prompt_ideogram_4 import PromptIdeogram4
    from ..models.prompt_krea_2 import PromptKrea2
    from ..models.prompt_qwen_image import PromptQwenImage
    from ..models.prompt_sd3 import PromptSD3
    from ..models.prompt_sd15 import PromptSD15
    from ..models.prompt_sdxl import PromptSDXL
    from ..models.prompt_sdxl_refiner import PromptSDXLRefiner
    from ..models.prompt_template import PromptTemplate
    from ..models.prompt_template_output import PromptTemplateOutput
    from ..models.prompt_wan_22 import PromptWan22
    from ..models.prompt_z_image import PromptZImage
    from ..models.prompts_from_file import PromptsFromFile
    from ..models.qwen_image import QwenImage
    from ..models.qwen_image_conditioning_output import QwenImageConditioningOutput
    from ..models.qwen_image_lo_ra_loader_output import QwenImageLoRALoaderOutput
    from ..models.qwen_image_model_loader_output import QwenImageModelLoaderOutput
    from ..models.random_float import RandomFloat
    from ..models.random_integer import RandomInteger
    from ..models.random_range import RandomRange
    from ..models.reference_image_wan_22 import ReferenceImageWan22
    from ..models.refiner_model_sdxl import RefinerModelSDXL
    from ..models.resize_image import ResizeImage
    from ..models.resize_latents import ResizeLatents
    from ..models.round_float import RoundFloat
    from ..models.save_image import SaveImage
    from ..models.save_image_gallery_file_export import SaveImageGalleryFileExport
    from ..models.scale_image import ScaleImage
    from ..models.scale_latents import ScaleLatents
    from ..models.scheduler import Scheduler
    from ..models.scheduler_output import SchedulerOutput
    from ..models.sd3_conditioning_output import SD3ConditioningOutput
    from ..models.sd_3_model_loader_output import Sd3ModelLoaderOutput
    from ..models.sdxl_lo_ra_loader_output import SDXLLoRALoaderOutput
    from ..models.sdxl_model_loader_output import SDXLModelLoaderOutput
    from ..models.sdxl_refiner_model_loader_output import SDXLRefinerModelLoaderOutput
    from ..models.seamless_mode_output import SeamlessModeOutput
    from ..models.seed_variance_enhancer_z_image import SeedVarianceEnhancerZImage
    from ..models.seed_variance_krea_2 import SeedVarianceKrea2
    from ..models.seedream_image_generation import SeedreamImageGeneration
    from ..models.segment_anything import SegmentAnything
    from ..models.select_lo_ra import SelectLoRA
    from ..models.show_image import ShowImage
    from ..models.solid_color_infill import SolidColorInfill
    from ..models.string_2_output import String2Output
    from ..models.string_batch import StringBatch
    from ..models.string_collection_output import StringCollectionOutput
    from ..models.string_collection_primitive import StringCollectionPrimitive
    from ..models.string_generator import StringGenerator
    from ..models.string_generator_output import StringGeneratorOutput
    from ..models.string_join import StringJoin
    from ..models.string_join_three import StringJoinThree
    from ..models.string_output import StringOutput
    from ..models.string_pos_neg_output import StringPosNegOutput
    from ..models.string_primitive import StringPrimitive
    from ..models.string_replace import StringReplace
    from ..models.string_split import StringSplit
    from ..models.string_split_negative import StringSplitNegative
    from ..models.style_reference_krea_2 import StyleReferenceKrea2
    from ..models.subtract_integers import SubtractIntegers
    from ..models.t2i_adapter_output import T2IAdapterOutput
    from ..models.t2i_adapter_sd15sdxl import T2IAdapterSD15SDXL
    from ..models.tensor_mask_to_image import TensorMaskToImage
    from ..models.text_llm import TextLLM
    from ..models.text_llm_with_system_prompt_preset import TextLLMWithSystemPromptPreset
    from ..models.tile_infill import TileInfill
    from ..models.tile_to_properties import TileToProperties
    from ..models.tile_to_properties_output import TileToPropertiesOutput
    from ..models.tiled_multi_diffusion_denoise_sd15sdxl import TiledMultiDiffusionDenoiseSD15SDXL
    from ..models.u_net_output import UNetOutput
    from ..models.unsharp_mask import UnsharpMask
    from ..models.unsharp_mask_oklab import UnsharpMaskOklab
    from ..models.upscale_real_esrgan import UpscaleRealESRGAN
    from ..models.vae_model_sd15sd2sdxlsd3flux import VAEModelSD15SD2SDXLSD3FLUX
    from ..models.vae_output import VAEOutput
    from ..models.video_output import VideoOutput
    from ..models.video_primitive import VideoPrimitive
    from ..models.wan_22i2v_ideal_dimensions_a14b import Wan22I2VIdealDimensionsA14B
    from ..models.wan_22ti2v_ideal_dimensions_5b import Wan22TI2VIdealDimensions5B
    from ..models.wan_conditioning_output import WanConditioningOutput
    from ..models.wan_lo_ra_loader_output import WanLoRALoaderOutput
    from ..models.wan_model_loader_output import WanModelLoaderOutput
    from ..models.wan_ref_image_output import WanRefImageOutput
    from ..models.workflow_return import WorkflowReturn
    from ..models.workflow_return_get_output import WorkflowReturnGetOutput
    from ..models.workflow_return_output import WorkflowReturnOutput
    from ..models.workflow_return_value import WorkflowReturnValue
    from ..models.workflow_return_value_output import WorkflowReturnValueOutput
    from ..models.z_image_conditioning_output import ZImageConditioningOutput
    from ..models.z_image_control_net import ZImageControlNet
    from ..models.z_image_control_output import ZImageControlOutput
    from ..models.z_image_lo_ra_loader_output import ZImageLoRALoaderOutput
    from ..models.z_image_model_loader_output import ZImageModelLoaderOutput


T = TypeVar("T", bound="InvocationCompleteEvent")


@_attrs_define
class InvocationCompleteEvent:
    """Event model for invocation_complete

    Attributes:
        batch_id (str): The ID of the queue batch
        destination (None | str): The destination of the queue item
        invocation (AddImageNoise | AddIntegers | AddInvisibleWatermark | AdjustImageHue | AdjustImageHueOklch |
            AdjustImageHuePlus | AlibabaCloudDashScopeImageGeneration | AlphaMaskToTensor | AnimaControlNetLLLite | AnyModel
            | ApplyCLIPSkipSD15SDXL | ApplyFreeUSD15SDXL | ApplyLoRAAnima | ApplyLoRACollectionAnima |
            ApplyLoRACollectionFLUX | ApplyLoRACollectionFLUX2Dev | ApplyLoRACollectionFlux2Klein | ApplyLoRACollectionKrea2
            | ApplyLoRACollectionQwenImage | ApplyLoRACollectionSD15 | ApplyLoRACollectionSDXL | ApplyLoRACollectionWan22 |
            ApplyLoRACollectionZImage | ApplyLoRAFLUX | ApplyLoRAFLUX2Dev | ApplyLoRAFlux2Klein | ApplyLoRAKrea2 |
            ApplyLoRAQwenImage | ApplyLoRASD15 | ApplyLoRASDXL | ApplyLoRAWan22 | ApplyLoRAZImage | ApplyMaskToImage |
            ApplySeamlessSD15SDXL | ApplyTensorMaskToImage | BlankImage | BlendLatents | BlurImage | BlurNSFWImage |
            BooleanCollectionPrimitive | BooleanPrimitive | BoundingBox | CalculateImageTiles | CalculateImageTilesEvenSplit
            | CalculateImageTilesMinimumOverlap | CallSavedWorkflow | CannyEdgeDetection | CanvasOutput | CanvasPasteBack |
            CanvasV2MaskAndCrop | CaptionBuilderIdeogram4 | CenterPadOrCropImage | CollectInvocation | ColorCorrect |
            ColorMap | ColorPrimitive | CombineMasks | ConcatenateVideos | ConditioningCollectionPrimitive |
            ConditioningPrimitive | ConditioningRebalanceKrea2 | ContentShuffle | ControlLoRAFLUX | ControlNetSD15SD2SDXL |
            ConvertImageMode | CoreMetadata | CreateDenoiseMask | CreateGradientMask | CreateLatentNoise |
            CreateRectangleMask | CropImage | CropImageToBoundingBox | CropLatents | CV2Infill | DecodeInvisibleWatermark |
            DenoiseAnima | DenoiseAnimaMetadata | DenoiseCogView4 | DenoiseERNIEImage | DenoiseIdeogram4 | DenoiseKrea2 |
            DenoiseQwenImage | DenoiseSD15SDXL | DenoiseSD15SDXLMetadata | DenoiseSD3 | DenoiseVideoWan22 | DenoiseWan22 |
            DenoiseZImage | DenoiseZImageMetadata | DepthAnythingDepthEstimation | DivideIntegers | DWOpenposeDetection |
            DynamicPrompt | EnhanceImage | EquivalentAchromaticLightness | ExpandMaskWithFade | ExtractImageChannel |
            FaceIdentifier | FaceMask | FaceOff | FloatBatch | FloatCollectionPrimitive | FloatGenerator | FloatMath |
            FloatPrimitive | FloatRange | FloatToInteger | FLUX2Denoise | FLUXControlNet | FLUXDenoise | FLUXDenoiseMetadata
            | FLUXFillConditioning | FLUXIPAdapter | FLUXKontextImagePrep | FLUXRedux | FrameFromVideo | FrameRangeFromVideo
            | GeminiImageGeneration | Gemma2EncoderPiD | GetImageMaskBoundingBox | GetWorkflowReturnValue |
            GroundingDINOTextPromptObjectDetection | HEDEdgeDetection | HeuristicResize | IdealSizeSD15SDXL | If |
            ImageBatch | ImageCollectionPrimitive | ImageCompositor | ImageDilateOrErode | ImageGenerator | ImageLayerBlend
            | ImageMaskToTensor | ImagePanelLayout | ImagePrimitive | ImageToImage | ImageToImageAutoscale |
            ImageToLatentsAnima | ImageToLatentsCogView4 | ImageToLatentsFLUX | ImageToLatentsFLUX2 |
            ImageToLatentsQwenImage | ImageToLatentsSD15SDXL | ImageToLatentsSD3 | ImageToLatentsWan22 |
            ImageToLatentsZImage | ImageValueThresholds | IntegerBatch | IntegerCollectionPrimitive | IntegerGenerator |
            IntegerMath | IntegerPrimitive | IntegerRange | IntegerRangeOfSize | InverseLerpImage | InvertTensorMask |
            IPAdapterSD15SDXL | IterateInvocation | KontextConditioningFLUX | LaMaInfill | LatentsCollectionPrimitive |
            LatentsPrimitive | LatentsToImageAnima | LatentsToImageCogView4 | LatentsToImageERNIEImage | LatentsToImageFLUX
            | LatentsToImageFLUX2 | LatentsToImageFLUX2PiD4XSR | LatentsToImageFLUXPiD4XSR | LatentsToImageIdeogram4 |
            LatentsToImageQwenImage | LatentsToImageQwenImagePiD4XSR | LatentsToImageSD15SDXL | LatentsToImageSD3 |
            LatentsToImageSD3PiD4XSR | LatentsToImageSDXLPiD4XSR | LatentsToImageWan22 | LatentsToImageZImage |
            LatentsToImageZImagePiD4XSR | LatentsToVideoWan22 | LerpImage | LineartAnimeEdgeDetection | LineartEdgeDetection
            | LLaVAOneVisionVLLM | MainModelAnima | MainModelCogView4 | MainModelERNIEImage | MainModelFLUX |
            MainModelFLUX2Dev | MainModelFlux2Klein | MainModelIdeogram4 | MainModelKrea2 | MainModelQwenImage |
            MainModelSD15SD2 | MainModelSD3 | MainModelSDXL | MainModelWan22 | MainModelZImage | MaskEdge | MaskFromAlpha |
            MaskFromSegmentedImage | MediaPipeFaceDetection | MergeTilesToImage | Metadata | MetadataFieldExtractor |
            MetadataFromImage | MetadataItem | MetadataItemLinked | MetadataMerge | MetadataToBool |
            MetadataToBoolCollection | MetadataToControlNets | MetadataToFloat | MetadataToFloatCollection |
            MetadataToInteger | MetadataToIntegerCollection | MetadataToIPAdapters | MetadataToLoRACollection |
            MetadataToLoRAs | MetadataToModel | MetadataToScheduler | MetadataToSDXLLoRAs | MetadataToSDXLModel |
            MetadataToString | MetadataToStringCollection | MetadataToT2IAdapters | MetadataToVAE | MLSDDetection |
            MultiplyImageChannel | MultiplyImages | MultiplyIntegers | NormalMap | OffsetImageChannel |
            OpenAIImageGeneration | OpenCVInpaint | PairTileWithImage | PasteImage | PasteImageIntoBoundingBox |
            PatchMatchInfill | PBRMaps | PiDiNetEdgeDetection | PiDUpscale4XFLUXVAE | PromptAnima | PromptCogView4 |
            PromptEnhancerERNIEImage | PromptERNIEImage | PromptFLUX | PromptFLUX2Dev | PromptFlux2Klein | PromptIdeogram4 |
            PromptKrea2 | PromptQwenImage | PromptSD15 | PromptSD3 | PromptSDXL | PromptSDXLRefiner | PromptsFromFile |
            PromptTemplate | PromptWan22 | PromptZImage | QwenImage | RandomFloat | RandomInteger | RandomRange |
            ReferenceImageWan22 | RefinerModelSDXL | ResizeImage | ResizeLatents | RoundFloat | SaveImage |
            SaveImageGalleryFileExport | ScaleImage | ScaleLatents | Scheduler | SeedreamImageGeneration |
            SeedVarianceEnhancerZImage | SeedVarianceKrea2 | SegmentAnything | SelectLoRA | ShowImage | SolidColorInfill |
            StringBatch | StringCollectionPrimitive | StringGenerator | StringJoin | StringJoinThree | StringPrimitive |
            StringReplace | StringSplit | StringSplitNegative | StyleReferenceKrea2 | SubtractIntegers | T2IAdapterSD15SDXL
            | TensorMaskToImage | TextLLM | TextLLMWithSystemPromptPreset | TiledMultiDiffusionDenoiseSD15SDXL | TileInfill
            | TileToProperties | UnsharpMask | UnsharpMaskOklab | UpscaleRealESRGAN | VAEModelSD15SD2SDXLSD3FLUX |
            VideoPrimitive | Wan22I2VIdealDimensionsA14B | Wan22TI2VIdealDimensions5B | WorkflowReturn | WorkflowReturnValue
            | ZImageControlNet): The ID of the invocation
        invocation_source_id (str): The ID of the prepared invocation's source node
        item_id (int): The ID of the queue item
        origin (None | str): The origin of the queue item
        queue_id (str): The ID of the queue
        result (AnimaConditioningOutput | AnimaLLLiteOutput | AnimaLoRALoaderOutput | AnimaModelLoaderOutput |
            BooleanCollectionOutput | BooleanOutput | BoundingBoxCollectionOutput | BoundingBoxOutput |
            CalculateImageTilesOutput | CLIPOutput | CLIPSkipInvocationOutput | CogView4ConditioningOutput |
            CogView4ModelLoaderOutput | CollectInvocationOutput | ColorCollectionOutput | ColorOutput |
            ConditioningCollectionOutput | ConditioningOutput | ControlOutput | DenoiseMaskOutput |
            ErnieImageConditioningOutput | ErnieImageModelLoaderOutput | ExtractVideoRangeOutput | FaceMaskOutput |
            FaceOffOutput | FloatCollectionOutput | FloatGeneratorOutput | FloatOutput | Flux2DevLoRALoaderOutput |
            Flux2DevModelLoaderOutput | Flux2KleinLoRALoaderOutput | Flux2KleinModelLoaderOutput |
            FluxConditioningCollectionOutput | FluxConditioningOutput | FluxControlLoRALoaderOutput | FluxControlNetOutput |
            FluxFillOutput | FluxKontextOutput | FluxLoRALoaderOutput | FluxModelLoaderOutput | FluxReduxOutput |
            Gemma2EncoderOutput | GradientMaskOutput | IdealSizeOutput | Ideogram4ConditioningOutput |
            Ideogram4ModelLoaderOutput | IfInvocationOutput | ImageCollectionOutput | ImageGeneratorOutput | ImageOutput |
            ImagePanelCoordinateOutput | IntegerCollectionOutput | IntegerGeneratorOutput | IntegerOutput | IPAdapterOutput
            | IterateInvocationOutput | Krea2ConditioningOutput | Krea2LoRALoaderOutput | Krea2ModelLoaderOutput |
            Krea2StyleReferenceOutput | LatentsCollectionOutput | LatentsMetaOutput | LatentsOutput | LoRALoaderOutput |
            LoRASelectorOutput | MaskOutput | MDControlListOutput | MDIPAdapterListOutput | MDT2IAdapterListOutput |
            MetadataItemOutput | MetadataOutput | MetadataToLorasCollectionOutput | MetadataToModelOutput |
            MetadataToSDXLModelOutput | ModelIdentifierOutput | ModelLoaderOutput | NoiseOutput | PairTileImageOutput |
            PBRMapsOutput | PiDDecoderOutput | PromptTemplateOutput | QwenImageConditioningOutput |
            QwenImageLoRALoaderOutput | QwenImageModelLoaderOutput | SchedulerOutput | SD3ConditioningOutput |
            Sd3ModelLoaderOutput | SDXLLoRALoaderOutput | SDXLModelLoaderOutput | SDXLRefinerModelLoaderOutput |
            SeamlessModeOutput | String2Output | StringCollectionOutput | StringGeneratorOutput | StringOutput |
            StringPosNegOutput | T2IAdapterOutput | TileToPropertiesOutput | UNetOutput | VAEOutput | VideoOutput |
            WanConditioningOutput | WanLoRALoaderOutput | WanModelLoaderOutput | WanRefImageOutput | WorkflowReturnGetOutput
            | WorkflowReturnOutput | WorkflowReturnValueOutput | ZImageConditioningOutput | ZImageControlOutput |
            ZImageLoRALoaderOutput | ZImageModelLoaderOutput): The result of the invocation
        session_id (str): The ID of the session (aka graph execution state)
        timestamp (int): The timestamp of the event
        user_id (str): The ID of the user who created the queue item Default: 'system'.
    """

    batch_id: str
    destination: None | str
    invocation: (
        AddImageNoise
        | AddIntegers
        | AddInvisibleWatermark
        | AdjustImageHue
        | AdjustImageHueOklch
        | AdjustImageHuePlus
        | AlibabaCloudDashScopeImageGeneration
        | AlphaMaskToTensor
        | AnimaControlNetLLLite
        | AnyModel
        | ApplyCLIPSkipSD15SDXL
        | ApplyFreeUSD15SDXL
        | ApplyLoRAAnima
        | ApplyLoRACollectionAnima
        | ApplyLoRACollectionFLUX
        | ApplyLoRACollectionFLUX2Dev
        | ApplyLoRACollectionFlux2Klein
        | ApplyLoRACollectionKrea2
        | ApplyLoRACollectionQwenImage
        | ApplyLoRACollectionSD15
        | ApplyLoRACollectionSDXL
        | ApplyLoRACollectionWan22
        | ApplyLoRACollectionZImage
        | ApplyLoRAFLUX
        | ApplyLoRAFLUX2Dev
        | ApplyLoRAFlux2Klein
        | ApplyLoRAKrea2
        | ApplyLoRAQwenImage
        | ApplyLoRASD15
        | ApplyLoRASDXL
        | ApplyLoRAWan22
        | ApplyLoRAZImage
        | ApplyMaskToImage
        | ApplySeamlessSD15SDXL
        | ApplyTensorMaskToImage
        | BlankImage
        | BlendLatents
        | BlurImage
        | BlurNSFWImage
        | BooleanCollectionPrimitive
        | BooleanPrimitive
        | BoundingBox
        | CalculateImageTiles
        | CalculateImageTilesEvenSplit
        | CalculateImageTilesMinimumOverlap
        | CallSavedWorkflow
        | CannyEdgeDetection
        | CanvasOutput
        | CanvasPasteBack
        | CanvasV2MaskAndCrop
        | CaptionBuilderIdeogram4
        | CenterPadOrCropImage
        | CollectInvocation
        | ColorCorrect
        | ColorMap
        | ColorPrimitive
        | CombineMasks
        | ConcatenateVideos
        | ConditioningCollectionPrimitive
        | ConditioningPrimitive
        | ConditioningRebalanceKrea2
        | ContentShuffle
        | ControlLoRAFLUX
        | ControlNetSD15SD2SDXL
        | ConvertImageMode
        | CoreMetadata
        | CreateDenoiseMask
        | CreateGradientMask
        | CreateLatentNoise
        | CreateRectangleMask
        | CropImage
        | CropImageToBoundingBox
        | CropLatents
        | CV2Infill
        | DecodeInvisibleWatermark
        | DenoiseAnima
        | DenoiseAnimaMetadata
        | DenoiseCogView4
        | DenoiseERNIEImage
        | DenoiseIdeogram4
        | DenoiseKrea2
        | DenoiseQwenImage
        | DenoiseSD15SDXL
        | DenoiseSD15SDXLMetadata
        | DenoiseSD3
        | DenoiseVideoWan22
        | DenoiseWan22
        | DenoiseZImage
        | DenoiseZImageMetadata
        | DepthAnythingDepthEstimation
        | DivideIntegers
        | DWOpenposeDetection
        | DynamicPrompt
        | EnhanceImage
        | EquivalentAchromaticLightness
        | ExpandMaskWithFade
        | ExtractImageChannel
        | FaceIdentifier
        | FaceMask
        | FaceOff
        | FloatBatch
        | FloatCollectionPrimitive
        | FloatGenerator
        | FloatMath
        | FloatPrimitive
        | FloatRange
        | FloatToInteger
        | FLUX2Denoise
        | FLUXControlNet
        | FLUXDenoise
        | FLUXDenoiseMetadata
        | FLUXFillConditioning
        | FLUXIPAdapter
        | FLUXKontextImagePrep
        | FLUXRedux
        | FrameFromVideo
        | FrameRangeFromVideo
        | GeminiImageGeneration
        | Gemma2EncoderPiD
        | GetImageMaskBoundingBox
        | GetWorkflowReturnValue
        | GroundingDINOTextPromptObjectDetection
        | HEDEdgeDetection
        | HeuristicResize
        | IdealSizeSD15SDXL
        | If
        | ImageBatch
        | ImageCollectionPrimitive
        | ImageCompositor
        | ImageDilateOrErode
        | ImageGenerator
        | ImageLayerBlend
        | ImageMaskToTensor
        | ImagePanelLayout
        | ImagePrimitive
        | ImageToImage
        | ImageToImageAutoscale
        | ImageToLatentsAnima
        | ImageToLatentsCogView4
        | ImageToLatentsFLUX
        | ImageToLatentsFLUX2
        | ImageToLatentsQwenImage
        | ImageToLatentsSD15SDXL
        | ImageToLatentsSD3
        | ImageToLatentsWan22
        | ImageToLatentsZImage
        | ImageValueThresholds
        | IntegerBatch
        | IntegerCollectionPrimitive
        | IntegerGenerator
        | IntegerMath
        | IntegerPrimitive
        | IntegerRange
        | IntegerRangeOfSize
        | InverseLerpImage
        | InvertTensorMask
        | IPAdapterSD15SDXL
        | IterateInvocation
        | KontextConditioningFLUX
        | LaMaInfill
        | LatentsCollectionPrimitive
        | LatentsPrimitive
        | LatentsToImageAnima
        | LatentsToImageCogView4
        | LatentsToImageERNIEImage
        | LatentsToImageFLUX
        | LatentsToImageFLUX2
        | LatentsToImageFLUX2PiD4XSR
        | LatentsToImageFLUXPiD4XSR
        | LatentsToImageIdeogram4
        | LatentsToImageQwenImage
        | LatentsToImageQwenImagePiD4XSR
        | LatentsToImageSD15SDXL
        | LatentsToImageSD3
        | LatentsToImageSD3PiD4XSR
        | LatentsToImageSDXLPiD4XSR
        | LatentsToImageWan22
        | LatentsToImageZImage
        | LatentsToImageZImagePiD4XSR
        | LatentsToVideoWan22
        | LerpImage
        | LineartAnimeEdgeDetection
        | LineartEdgeDetection
        | LLaVAOneVisionVLLM
        | MainModelAnima
        | MainModelCogView4
        | MainModelERNIEImage
        | MainModelFLUX
        | MainModelFLUX2Dev
        | MainModelFlux2Klein
        | MainModelIdeogram4
        | MainModelKrea2
        | MainModelQwenImage
        | MainModelSD15SD2
        | MainModelSD3
        | MainModelSDXL
        | MainModelWan22
        | MainModelZImage
        | MaskEdge
        | MaskFromAlpha
        | MaskFromSegmentedImage
        | MediaPipeFaceDetection
        | MergeTilesToImage
        | Metadata
        | MetadataFieldExtractor
        | MetadataFromImage
        | MetadataItem
        | MetadataItemLinked
        | MetadataMerge
        | MetadataToBool
        | MetadataToBoolCollection
        | MetadataToControlNets
        | MetadataToFloat
        | MetadataToFloatCollection
        | MetadataToInteger
        | MetadataToIntegerCollection
        | MetadataToIPAdapters
        | MetadataToLoRACollection
        | MetadataToLoRAs
        | MetadataToModel
        | MetadataToScheduler
        | MetadataToSDXLLoRAs
        | MetadataToSDXLModel
        | MetadataToString
        | MetadataToStringCollection
        | MetadataToT2IAdapters
        | MetadataToVAE
        | MLSDDetection
        | MultiplyImageChannel
        | MultiplyImages
        | MultiplyIntegers
        | NormalMap
        | OffsetImageChannel
        | OpenAIImageGeneration
        | OpenCVInpaint
        | PairTileWithImage
        | PasteImage
        | PasteImageIntoBoundingBox
        | PatchMatchInfill
        | PBRMaps
        | PiDiNetEdgeDetection
        | PiDUpscale4XFLUXVAE
        | PromptAnima
        | PromptCogView4
        | PromptEnhancerERNIEImage
        | PromptERNIEImage
        | PromptFLUX
        | PromptFLUX2Dev
        | PromptFlux2Klein
        | PromptIdeogram4
        | PromptKrea2
        | PromptQwenImage
        | PromptSD15
        | PromptSD3
        | PromptSDXL
        | PromptSDXLRefiner
        | PromptsFromFile
        | PromptTemplate
        | PromptWan22
        | PromptZImage
        | QwenImage
        | RandomFloat
        | RandomInteger
        | RandomRange
        | ReferenceImageWan22
        | RefinerModelSDXL
        | ResizeImage
        | ResizeLatents
        | RoundFloat
        | SaveImage
        | SaveImageGalleryFileExport
        | ScaleImage
        | ScaleLatents
        | Scheduler
        | SeedreamImageGeneration
        | SeedVarianceEnhancerZImage
        | SeedVarianceKrea2
        | SegmentAnything
        | SelectLoRA
        | ShowImage
        | SolidColorInfill
        | StringBatch
        | StringCollectionPrimitive
        | StringGenerator
        | StringJoin
        | StringJoinThree
        | StringPrimitive
        | StringReplace
        | StringSplit
        | StringSplitNegative
        | StyleReferenceKrea2
        | SubtractIntegers
        | T2IAdapterSD15SDXL
        | TensorMaskToImage
        | TextLLM
        | TextLLMWithSystemPromptPreset
        | TiledMultiDiffusionDenoiseSD15SDXL
        | TileInfill
        | TileToProperties
        | UnsharpMask
        | UnsharpMaskOklab
        | UpscaleRealESRGAN
        | VAEModelSD15SD2SDXLSD3FLUX
        | VideoPrimitive
        | Wan22I2VIdealDimensionsA14B
        | Wan22TI2VIdealDimensions5B
        | WorkflowReturn
        | WorkflowReturnValue
        | ZImageControlNet
    )
    invocation_source_id: str
    item_id: int
    origin: None | str
    queue_id: str
    result: (
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
    )
    session_id: str
    timestamp: int
    user_id: str = "system"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        destination: None | str
        destination = self.destination

        invocation: dict[str, Any]
        if self.invocation is None:
            invocation = None
        else:
            from invokeai_api.types import dump_tagged  # noqa: PLC0415

            invocation = dump_tagged(self.invocation)

        invocation_source_id = self.invocation_source_id

        item_id = self.item_id

        origin: None | str
        origin = self.origin

        queue_id = self.queue_id

        result: dict[str, Any]
        if self.result is None:
            result = None
        else:
            from invokeai_api.types import dump_tagged  # noqa: PLC0415

            result = dump_tagged(self.result)

        session_id = self.session_id

        timestamp = self.timestamp

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
                "destination": destination,
                "invocation": invocation,
                "invocation_source_id": invocation_source_id,
                "item_id": item_id,
                "origin": origin,
                "queue_id": queue_id,
                "result": result,
                "session_id": session_id,
                "timestamp": timestamp,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        batch_id = d.pop("batch_id")

        def _parse_destination(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        destination = _parse_destination(d.pop("destination"))

        def _parse_invocation(
            data: object,
        ) -> (
            AddImageNoise
            | AddIntegers
            | AddInvisibleWatermark
            | AdjustImageHue
            | AdjustImageHueOklch
            | AdjustImageHuePlus
            | AlibabaCloudDashScopeImageGeneration
            | AlphaMaskToTensor
            | AnimaControlNetLLLite
            | AnyModel
            | ApplyCLIPSkipSD15SDXL
            | ApplyFreeUSD15SDXL
            | ApplyLoRAAnima
            | ApplyLoRACollectionAnima
            | ApplyLoRACollectionFLUX
            | ApplyLoRACollectionFLUX2Dev
            | ApplyLoRACollectionFlux2Klein
            | ApplyLoRACollectionKrea2
            | ApplyLoRACollectionQwenImage
            | ApplyLoRACollectionSD15
            | ApplyLoRACollectionSDXL
            | ApplyLoRACollectionWan22
            | ApplyLoRACollectionZImage
            | ApplyLoRAFLUX
            | ApplyLoRAFLUX2Dev
            | ApplyLoRAFlux2Klein
            | ApplyLoRAKrea2
            | ApplyLoRAQwenImage
            | ApplyLoRASD15
            | ApplyLoRASDXL
            | ApplyLoRAWan22
            | ApplyLoRAZImage
            | ApplyMaskToImage
            | ApplySeamlessSD15SDXL
            | ApplyTensorMaskToImage
            | BlankImage
            | BlendLatents
            | BlurImage
            | BlurNSFWImage
            | BooleanCollectionPrimitive
            | BooleanPrimitive
            | BoundingBox
            | CalculateImageTiles
            | CalculateImageTilesEvenSplit
            | CalculateImageTilesMinimumOverlap
            | CallSavedWorkflow
            | CannyEdgeDetection
            | CanvasOutput
            | CanvasPasteBack
            | CanvasV2MaskAndCrop
            | CaptionBuilderIdeogram4
            | CenterPadOrCropImage
            | CollectInvocation
            | ColorCorrect
            | ColorMap
            | ColorPrimitive
            | CombineMasks
            | ConcatenateVideos
            | ConditioningCollectionPrimitive
            | ConditioningPrimitive
            | ConditioningRebalanceKrea2
            | ContentShuffle
            | ControlLoRAFLUX
            | ControlNetSD15SD2SDXL
            | ConvertImageMode
            | CoreMetadata
            | CreateDenoiseMask
            | CreateGradientMask
            | CreateLatentNoise
            | CreateRectangleMask
            | CropImage
            | CropImageToBoundingBox
            | CropLatents
            | CV2Infill
            | DecodeInvisibleWatermark
            | DenoiseAnima
            | DenoiseAnimaMetadata
            | DenoiseCogView4
            | DenoiseERNIEImage
            | DenoiseIdeogram4
            | DenoiseKrea2
            | DenoiseQwenImage
            | DenoiseSD15SDXL
            | DenoiseSD15SDXLMetadata
            | DenoiseSD3
            | DenoiseVideoWan22
            | DenoiseWan22
            | DenoiseZImage
            | DenoiseZImageMetadata
            | DepthAnythingDepthEstimation
            | DivideIntegers
            | DWOpenposeDetection
            | DynamicPrompt
            | EnhanceImage
            | EquivalentAchromaticLightness
            | ExpandMaskWithFade
            | ExtractImageChannel
            | FaceIdentifier
            | FaceMask
            | FaceOff
            | FloatBatch
            | FloatCollectionPrimitive
            | FloatGenerator
            | FloatMath
            | FloatPrimitive
            | FloatRange
            | FloatToInteger
            | FLUX2Denoise
            | FLUXControlNet
            | FLUXDenoise
            | FLUXDenoiseMetadata
            | FLUXFillConditioning
            | FLUXIPAdapter
            | FLUXKontextImagePrep
            | FLUXRedux
            | FrameFromVideo
            | FrameRangeFromVideo
            | GeminiImageGeneration
            | Gemma2EncoderPiD
            | GetImageMaskBoundingBox
            | GetWorkflowReturnValue
            | GroundingDINOTextPromptObjectDetection
            | HEDEdgeDetection
            | HeuristicResize
            | IdealSizeSD15SDXL
            | If
            | ImageBatch
            | ImageCollectionPrimitive
            | ImageCompositor
            | ImageDilateOrErode
            | ImageGenerator
            | ImageLayerBlend
            | ImageMaskToTensor
            | ImagePanelLayout
            | ImagePrimitive
            | ImageToImage
            | ImageToImageAutoscale
            | ImageToLatentsAnima
            | ImageToLatentsCogView4
            | ImageToLatentsFLUX
            | ImageToLatentsFLUX2
            | ImageToLatentsQwenImage
            | ImageToLatentsSD15SDXL
            | ImageToLatentsSD3
            | ImageToLatentsWan22
            | ImageToLatentsZImage
            | ImageValueThresholds
            | IntegerBatch
            | IntegerCollectionPrimitive
            | IntegerGenerator
            | IntegerMath
            | IntegerPrimitive
            | IntegerRange
            | IntegerRangeOfSize
            | InverseLerpImage
            | InvertTensorMask
            | IPAdapterSD15SDXL
            | IterateInvocation
            | KontextConditioningFLUX
            | LaMaInfill
            | LatentsCollectionPrimitive
            | LatentsPrimitive
            | LatentsToImageAnima
            | LatentsToImageCogView4
            | LatentsToImageERNIEImage
            | LatentsToImageFLUX
            | LatentsToImageFLUX2
            | LatentsToImageFLUX2PiD4XSR
            | LatentsToImageFLUXPiD4XSR
            | LatentsToImageIdeogram4
            | LatentsToImageQwenImage
            | LatentsToImageQwenImagePiD4XSR
            | LatentsToImageSD15SDXL
            | LatentsToImageSD3
            | LatentsToImageSD3PiD4XSR
            | LatentsToImageSDXLPiD4XSR
            | LatentsToImageWan22
            | LatentsToImageZImage
            | LatentsToImageZImagePiD4XSR
            | LatentsToVideoWan22
            | LerpImage
            | LineartAnimeEdgeDetection
            | LineartEdgeDetection
            | LLaVAOneVisionVLLM
            | MainModelAnima
            | MainModelCogView4
            | MainModelERNIEImage
            | MainModelFLUX
            | MainModelFLUX2Dev
            | MainModelFlux2Klein
            | MainModelIdeogram4
            | MainModelKrea2
            | MainModelQwenImage
            | MainModelSD15SD2
            | MainModelSD3
            | MainModelSDXL
            | MainModelWan22
            | MainModelZImage
            | MaskEdge
            | MaskFromAlpha
            | MaskFromSegmentedImage
            | MediaPipeFaceDetection
            | MergeTilesToImage
            | Metadata
            | MetadataFieldExtractor
            | MetadataFromImage
            | MetadataItem
            | MetadataItemLinked
            | MetadataMerge
            | MetadataToBool
            | MetadataToBoolCollection
            | MetadataToControlNets
            | MetadataToFloat
            | MetadataToFloatCollection
            | MetadataToInteger
            | MetadataToIntegerCollection
            | MetadataToIPAdapters
            | MetadataToLoRACollection
            | MetadataToLoRAs
            | MetadataToModel
            | MetadataToScheduler
            | MetadataToSDXLLoRAs
            | MetadataToSDXLModel
            | MetadataToString
            | MetadataToStringCollection
            | MetadataToT2IAdapters
            | MetadataToVAE
            | MLSDDetection
            | MultiplyImageChannel
            | MultiplyImages
            | MultiplyIntegers
            | NormalMap
            | OffsetImageChannel
            | OpenAIImageGeneration
            | OpenCVInpaint
            | PairTileWithImage
            | PasteImage
            | PasteImageIntoBoundingBox
            | PatchMatchInfill
            | PBRMaps
            | PiDiNetEdgeDetection
            | PiDUpscale4XFLUXVAE
            | PromptAnima
            | PromptCogView4
            | PromptEnhancerERNIEImage
            | PromptERNIEImage
            | PromptFLUX
            | PromptFLUX2Dev
            | PromptFlux2Klein
            | PromptIdeogram4
            | PromptKrea2
            | PromptQwenImage
            | PromptSD15
            | PromptSD3
            | PromptSDXL
            | PromptSDXLRefiner
            | PromptsFromFile
            | PromptTemplate
            | PromptWan22
            | PromptZImage
            | QwenImage
            | RandomFloat
            | RandomInteger
            | RandomRange
            | ReferenceImageWan22
            | RefinerModelSDXL
            | ResizeImage
            | ResizeLatents
            | RoundFloat
            | SaveImage
            | SaveImageGalleryFileExport
            | ScaleImage
            | ScaleLatents
            | Scheduler
            | SeedreamImageGeneration
            | SeedVarianceEnhancerZImage
            | SeedVarianceKrea2
            | SegmentAnything
            | SelectLoRA
            | ShowImage
            | SolidColorInfill
            | StringBatch
            | StringCollectionPrimitive
            | StringGenerator
            | StringJoin
            | StringJoinThree
            | StringPrimitive
            | StringReplace
            | StringSplit
            | StringSplitNegative
            | StyleReferenceKrea2
            | SubtractIntegers
            | T2IAdapterSD15SDXL
            | TensorMaskToImage
            | TextLLM
            | TextLLMWithSystemPromptPreset
            | TiledMultiDiffusionDenoiseSD15SDXL
            | TileInfill
            | TileToProperties
            | UnsharpMask
            | UnsharpMaskOklab
            | UpscaleRealESRGAN
            | VAEModelSD15SD2SDXLSD3FLUX
            | VideoPrimitive
            | Wan22I2VIdealDimensionsA14B
            | Wan22TI2VIdealDimensions5B
            | WorkflowReturn
            | WorkflowReturnValue
            | ZImageControlNet
        ):
            from invokeai_api.types import parse_tagged  # noqa: PLC0415

            return parse_tagged(
                data,
                (
                    ("add", "add_integers", "AddIntegers"),
                    (
                        "alibabacloud_image_generation",
                        "alibaba_cloud_dash_scope_image_generation",
                        "AlibabaCloudDashScopeImageGeneration",
                    ),
                    ("alpha_mask_to_tensor", "alpha_mask_to_tensor", "AlphaMaskToTensor"),
                    ("anima_denoise", "denoise_anima", "DenoiseAnima"),
                    ("anima_denoise_meta", "denoise_anima_metadata", "DenoiseAnimaMetadata"),
                    ("anima_i2l", "image_to_latents_anima", "ImageToLatentsAnima"),
                    ("anima_lllite", "anima_control_net_ll_lite", "AnimaControlNetLLLite"),
                    ("anima_l2i", "latents_to_image_anima", "LatentsToImageAnima"),
                    (
                        "anima_lora_collection_loader",
                        "apply_lo_ra_collection_anima",
                        "ApplyLoRACollectionAnima",
                    ),
                    ("anima_lora_loader", "apply_lo_ra_anima", "ApplyLoRAAnima"),
                    ("anima_model_loader", "main_model_anima", "MainModelAnima"),
                    ("anima_text_encoder", "prompt_anima", "PromptAnima"),
                    (
                        "apply_tensor_mask_to_image",
                        "apply_tensor_mask_to_image",
                        "ApplyTensorMaskToImage",
                    ),
                    ("apply_mask_to_image", "apply_mask_to_image", "ApplyMaskToImage"),
                    ("blank_image", "blank_image", "BlankImage"),
                    ("lblend", "blend_latents", "BlendLatents"),
                    (
                        "boolean_collection",
                        "boolean_collection_primitive",
                        "BooleanCollectionPrimitive",
                    ),
                    ("boolean", "boolean_primitive", "BooleanPrimitive"),
                    ("bounding_box", "bounding_box", "BoundingBox"),
                    ("clip_skip", "apply_clip_skip_sd15sdxl", "ApplyCLIPSkipSD15SDXL"),
                    ("infill_cv2", "cv2_infill", "CV2Infill"),
                    (
                        "calculate_image_tiles_even_split",
                        "calculate_image_tiles_even_split",
                        "CalculateImageTilesEvenSplit",
                    ),
                    ("calculate_image_tiles", "calculate_image_tiles", "CalculateImageTiles"),
                    (
                        "calculate_image_tiles_min_overlap",
                        "calculate_image_tiles_minimum_overlap",
                        "CalculateImageTilesMinimumOverlap",
                    ),
                    ("call_saved_workflow", "call_saved_workflow", "CallSavedWorkflow"),
                    ("canny_edge_detection", "canny_edge_detection", "CannyEdgeDetection"),
                    ("canvas_output", "canvas_output", "CanvasOutput"),
                    ("canvas_paste_back", "canvas_paste_back", "CanvasPasteBack"),
                    ("canvas_v2_mask_and_crop", "canvas_v2_mask_and_crop", "CanvasV2MaskAndCrop"),
                    ("img_pad_crop", "center_pad_or_crop_image", "CenterPadOrCropImage"),
                    ("cogview4_denoise", "denoise_cog_view_4", "DenoiseCogView4"),
                    ("cogview4_i2l", "image_to_latents_cog_view_4", "ImageToLatentsCogView4"),
                    ("cogview4_l2i", "latents_to_image_cog_view_4", "LatentsToImageCogView4"),
                    ("cogview4_model_loader", "main_model_cog_view_4", "MainModelCogView4"),
                    ("cogview4_text_encoder", "prompt_cog_view_4", "PromptCogView4"),
                    ("collect", "collect_invocation", "CollectInvocation"),
                    ("color_correct", "color_correct", "ColorCorrect"),
                    ("color", "color_primitive", "ColorPrimitive"),
                    ("color_map", "color_map", "ColorMap"),
                    ("compel", "prompt_sd15", "PromptSD15"),
                    (
                        "conditioning_collection",
                        "conditioning_collection_primitive",
                        "ConditioningCollectionPrimitive",
                    ),
                    ("conditioning", "conditioning_primitive", "ConditioningPrimitive"),
                    ("content_shuffle", "content_shuffle", "ContentShuffle"),
                    ("controlnet", "control_net_sd15sd2sdxl", "ControlNetSD15SD2SDXL"),
                    ("core_metadata", "core_metadata", "CoreMetadata"),
                    ("create_denoise_mask", "create_denoise_mask", "CreateDenoiseMask"),
                    ("create_gradient_mask", "create_gradient_mask", "CreateGradientMask"),
                    (
                        "crop_image_to_bounding_box",
                        "crop_image_to_bounding_box",
                        "CropImageToBoundingBox",
                    ),
                    ("crop_latents", "crop_latents", "CropLatents"),
                    ("cv_inpaint", "open_cv_inpaint", "OpenCVInpaint"),
                    ("dw_openpose_detection", "dw_openpose_detection", "DWOpenposeDetection"),
                    ("decode_watermark", "decode_invisible_watermark", "DecodeInvisibleWatermark"),
                    ("denoise_latents", "denoise_sd15sdxl", "DenoiseSD15SDXL"),
                    (
                        "denoise_latents_meta",
                        "denoise_sd15sdxl_metadata",
                        "DenoiseSD15SDXLMetadata",
                    ),
                    (
                        "depth_anything_depth_estimation",
                        "depth_anything_depth_estimation",
                        "DepthAnythingDepthEstimation",
                    ),
                    ("div", "divide_integers", "DivideIntegers"),
                    ("dynamic_prompt", "dynamic_prompt", "DynamicPrompt"),
                    ("esrgan", "upscale_real_esrgan", "UpscaleRealESRGAN"),
                    ("ernie_image_denoise", "denoise_ernie_image", "DenoiseERNIEImage"),
                    ("ernie_image_model_loader", "main_model_ernie_image", "MainModelERNIEImage"),
                    (
                        "ernie_image_prompt_enhancer",
                        "prompt_enhancer_ernie_image",
                        "PromptEnhancerERNIEImage",
                    ),
                    ("ernie_image_text_encoder", "prompt_ernie_image", "PromptERNIEImage"),
                    (
                        "ernie_image_vae_decode",
                        "latents_to_image_ernie_image",
                        "LatentsToImageERNIEImage",
                    ),
                    ("expand_mask_with_fade", "expand_mask_with_fade", "ExpandMaskWithFade"),
                    ("extract_video_range", "frame_range_from_video", "FrameRangeFromVideo"),
                    (
                        "flux_lora_collection_loader",
                        "apply_lo_ra_collection_flux",
                        "ApplyLoRACollectionFLUX",
                    ),
                    ("face_identifier", "face_identifier", "FaceIdentifier"),
                    ("face_mask_detection", "face_mask", "FaceMask"),
                    ("face_off", "face_off", "FaceOff"),
                    ("float_batch", "float_batch", "FloatBatch"),
                    ("float_collection", "float_collection_primitive", "FloatCollectionPrimitive"),
                    ("float_generator", "float_generator", "FloatGenerator"),
                    ("float", "float_primitive", "FloatPrimitive"),
                    ("float_range", "float_range", "FloatRange"),
                    ("float_math", "float_math", "FloatMath"),
                    ("float_to_int", "float_to_integer", "FloatToInteger"),
                    ("flux2_denoise", "flux2_denoise", "FLUX2Denoise"),
                    (
                        "flux2_dev_lora_collection_loader",
                        "apply_lo_ra_collection_flux2_dev",
                        "ApplyLoRACollectionFLUX2Dev",
                    ),
                    ("flux2_dev_lora_loader", "apply_lo_raflux2_dev", "ApplyLoRAFLUX2Dev"),
                    ("flux2_dev_model_loader", "main_model_flux2_dev", "MainModelFLUX2Dev"),
                    ("flux2_dev_text_encoder", "prompt_flux2_dev", "PromptFLUX2Dev"),
                    (
                        "flux2_klein_lora_collection_loader",
                        "apply_lo_ra_collection_flux_2_klein",
                        "ApplyLoRACollectionFlux2Klein",
                    ),
                    ("flux2_klein_lora_loader", "apply_lo_ra_flux_2_klein", "ApplyLoRAFlux2Klein"),
                    ("flux2_klein_model_loader", "main_model_flux_2_klein", "MainModelFlux2Klein"),
                    ("flux2_klein_text_encoder", "prompt_flux_2_klein", "PromptFlux2Klein"),
                    (
                        "flux2_pid_decode",
                        "latents_to_image_flux2_pi_d4xsr",
                        "LatentsToImageFLUX2PiD4XSR",
                    ),
                    ("flux2_vae_decode", "latents_to_image_flux2", "LatentsToImageFLUX2"),
                    ("flux2_vae_encode", "image_to_latents_flux2", "ImageToLatentsFLUX2"),
                    ("flux_control_lora_loader", "control_lo_raflux", "ControlLoRAFLUX"),
                    ("flux_controlnet", "flux_control_net", "FLUXControlNet"),
                    ("flux_denoise", "flux_denoise", "FLUXDenoise"),
                    ("flux_denoise_meta", "flux_denoise_metadata", "FLUXDenoiseMetadata"),
                    ("flux_fill", "flux_fill_conditioning", "FLUXFillConditioning"),
                    ("flux_ip_adapter", "fluxip_adapter", "FLUXIPAdapter"),
                    ("flux_kontext_image_prep", "flux_kontext_image_prep", "FLUXKontextImagePrep"),
                    ("flux_kontext", "kontext_conditioning_flux", "KontextConditioningFLUX"),
                    ("flux_lora_loader", "apply_lo_raflux", "ApplyLoRAFLUX"),
                    ("flux_model_loader", "main_model_flux", "MainModelFLUX"),
                    (
                        "flux_pid_decode",
                        "latents_to_image_flux_pi_d4xsr",
                        "LatentsToImageFLUXPiD4XSR",
                    ),
                    ("flux_redux", "flux_redux", "FLUXRedux"),
                    ("flux_text_encoder", "prompt_flux", "PromptFLUX"),
                    ("flux_vae_decode", "latents_to_image_flux", "LatentsToImageFLUX"),
                    ("flux_vae_encode", "image_to_latents_flux", "ImageToLatentsFLUX"),
                    ("freeu", "apply_free_usd15sdxl", "ApplyFreeUSD15SDXL"),
                    ("gemini_image_generation", "gemini_image_generation", "GeminiImageGeneration"),
                    ("gemma2_encoder_loader", "gemma_2_encoder_pi_d", "Gemma2EncoderPiD"),
                    (
                        "get_image_mask_bounding_box",
                        "get_image_mask_bounding_box",
                        "GetImageMaskBoundingBox",
                    ),
                    (
                        "grounding_dino",
                        "grounding_dino_text_prompt_object_detection",
                        "GroundingDINOTextPromptObjectDetection",
                    ),
                    ("hed_edge_detection", "hed_edge_detection", "HEDEdgeDetection"),
                    ("heuristic_resize", "heuristic_resize", "HeuristicResize"),
                    ("ip_adapter", "ip_adapter_sd15sdxl", "IPAdapterSD15SDXL"),
                    ("ideal_size", "ideal_size_sd15sdxl", "IdealSizeSD15SDXL"),
                    (
                        "ideogram4_caption_builder",
                        "caption_builder_ideogram_4",
                        "CaptionBuilderIdeogram4",
                    ),
                    ("ideogram4_denoise", "denoise_ideogram_4", "DenoiseIdeogram4"),
                    ("ideogram4_l2i", "latents_to_image_ideogram_4", "LatentsToImageIdeogram4"),
                    ("ideogram4_model_loader", "main_model_ideogram_4", "MainModelIdeogram4"),
                    ("ideogram4_text_encoder", "prompt_ideogram_4", "PromptIdeogram4"),
                    ("if", "if_", "If"),
                    ("image_batch", "image_batch", "ImageBatch"),
                    ("img_blur", "blur_image", "BlurImage"),
                    ("img_chan", "extract_image_channel", "ExtractImageChannel"),
                    ("img_channel_multiply", "multiply_image_channel", "MultiplyImageChannel"),
                    ("img_channel_offset", "offset_image_channel", "OffsetImageChannel"),
                    ("image_collection", "image_collection_primitive", "ImageCollectionPrimitive"),
                    ("img_conv", "convert_image_mode", "ConvertImageMode"),
                    ("img_crop", "crop_image", "CropImage"),
                    ("image_generator", "image_generator", "ImageGenerator"),
                    ("img_hue_adjust", "adjust_image_hue", "AdjustImageHue"),
                    ("img_ilerp", "inverse_lerp_image", "InverseLerpImage"),
                    ("image", "image_primitive", "ImagePrimitive"),
                    ("img_lerp", "lerp_image", "LerpImage"),
                    ("image_mask_to_tensor", "image_mask_to_tensor", "ImageMaskToTensor"),
                    ("img_mul", "multiply_images", "MultiplyImages"),
                    ("img_nsfw", "blur_nsfw_image", "BlurNSFWImage"),
                    ("img_noise", "add_image_noise", "AddImageNoise"),
                    ("image_panel_layout", "image_panel_layout", "ImagePanelLayout"),
                    ("img_paste", "paste_image", "PasteImage"),
                    ("img_resize", "resize_image", "ResizeImage"),
                    ("img_scale", "scale_image", "ScaleImage"),
                    ("i2l", "image_to_latents_sd15sdxl", "ImageToLatentsSD15SDXL"),
                    ("img_watermark", "add_invisible_watermark", "AddInvisibleWatermark"),
                    ("infill_rgba", "solid_color_infill", "SolidColorInfill"),
                    ("infill_patchmatch", "patch_match_infill", "PatchMatchInfill"),
                    ("infill_tile", "tile_infill", "TileInfill"),
                    ("integer_batch", "integer_batch", "IntegerBatch"),
                    (
                        "integer_collection",
                        "integer_collection_primitive",
                        "IntegerCollectionPrimitive",
                    ),
                    ("integer_generator", "integer_generator", "IntegerGenerator"),
                    ("integer", "integer_primitive", "IntegerPrimitive"),
                    ("integer_math", "integer_math", "IntegerMath"),
                    ("invert_tensor_mask", "invert_tensor_mask", "InvertTensorMask"),
                    ("invokeai_img_hue_adjust_plus", "adjust_image_hue_plus", "AdjustImageHuePlus"),
                    (
                        "invokeai_ealightness",
                        "equivalent_achromatic_lightness",
                        "EquivalentAchromaticLightness",
                    ),
                    ("invokeai_img_blend", "image_layer_blend", "ImageLayerBlend"),
                    ("invokeai_img_composite", "image_compositor", "ImageCompositor"),
                    ("invokeai_img_dilate_erode", "image_dilate_or_erode", "ImageDilateOrErode"),
                    ("invokeai_img_enhance", "enhance_image", "EnhanceImage"),
                    (
                        "invokeai_img_val_thresholds",
                        "image_value_thresholds",
                        "ImageValueThresholds",
                    ),
                    ("iterate", "iterate_invocation", "IterateInvocation"),
                    (
                        "krea2_conditioning_rebalance",
                        "conditioning_rebalance_krea_2",
                        "ConditioningRebalanceKrea2",
                    ),
                    ("krea2_denoise", "denoise_krea_2", "DenoiseKrea2"),
                    (
                        "krea2_lora_collection_loader",
                        "apply_lo_ra_collection_krea_2",
                        "ApplyLoRACollectionKrea2",
                    ),
                    ("krea2_lora_loader", "apply_lo_ra_krea_2", "ApplyLoRAKrea2"),
                    ("krea2_model_loader", "main_model_krea_2", "MainModelKrea2"),
                    ("krea2_seed_variance", "seed_variance_krea_2", "SeedVarianceKrea2"),
                    ("krea2_style_reference", "style_reference_krea_2", "StyleReferenceKrea2"),
                    ("krea2_text_encoder", "prompt_krea_2", "PromptKrea2"),
                    ("infill_lama", "la_ma_infill", "LaMaInfill"),
                    (
                        "latents_collection",
                        "latents_collection_primitive",
                        "LatentsCollectionPrimitive",
                    ),
                    ("latents", "latents_primitive", "LatentsPrimitive"),
                    ("l2i", "latents_to_image_sd15sdxl", "LatentsToImageSD15SDXL"),
                    (
                        "lineart_anime_edge_detection",
                        "lineart_anime_edge_detection",
                        "LineartAnimeEdgeDetection",
                    ),
                    ("lineart_edge_detection", "lineart_edge_detection", "LineartEdgeDetection"),
                    ("llava_onevision_vllm", "l_la_va_one_vision_vllm", "LLaVAOneVisionVLLM"),
                    (
                        "lora_collection_loader",
                        "apply_lo_ra_collection_sd15",
                        "ApplyLoRACollectionSD15",
                    ),
                    ("lora_loader", "apply_lo_rasd15", "ApplyLoRASD15"),
                    ("lora_selector", "select_lo_ra", "SelectLoRA"),
                    ("mlsd_detection", "mlsd_detection", "MLSDDetection"),
                    ("main_model_loader", "main_model_sd15sd2", "MainModelSD15SD2"),
                    ("mask_combine", "combine_masks", "CombineMasks"),
                    ("mask_edge", "mask_edge", "MaskEdge"),
                    ("tomask", "mask_from_alpha", "MaskFromAlpha"),
                    ("mask_from_id", "mask_from_segmented_image", "MaskFromSegmentedImage"),
                    ("tensor_mask_to_image", "tensor_mask_to_image", "TensorMaskToImage"),
                    (
                        "mediapipe_face_detection",
                        "media_pipe_face_detection",
                        "MediaPipeFaceDetection",
                    ),
                    ("merge_metadata", "metadata_merge", "MetadataMerge"),
                    ("merge_tiles_to_image", "merge_tiles_to_image", "MergeTilesToImage"),
                    (
                        "metadata_field_extractor",
                        "metadata_field_extractor",
                        "MetadataFieldExtractor",
                    ),
                    ("metadata_from_image", "metadata_from_image", "MetadataFromImage"),
                    ("metadata", "metadata", "Metadata"),
                    ("metadata_item", "metadata_item", "MetadataItem"),
                    ("metadata_item_linked", "metadata_item_linked", "MetadataItemLinked"),
                    (
                        "metadata_to_bool_collection",
                        "metadata_to_bool_collection",
                        "MetadataToBoolCollection",
                    ),
                    ("metadata_to_bool", "metadata_to_bool", "MetadataToBool"),
                    (
                        "metadata_to_controlnets",
                        "metadata_to_control_nets",
                        "MetadataToControlNets",
                    ),
                    (
                        "metadata_to_float_collection",
                        "metadata_to_float_collection",
                        "MetadataToFloatCollection",
                    ),
                    ("metadata_to_float", "metadata_to_float", "MetadataToFloat"),
                    ("metadata_to_ip_adapters", "metadata_to_ip_adapters", "MetadataToIPAdapters"),
                    (
                        "metadata_to_integer_collection",
                        "metadata_to_integer_collection",
                        "MetadataToIntegerCollection",
                    ),
                    ("metadata_to_integer", "metadata_to_integer", "MetadataToInteger"),
                    (
                        "metadata_to_lora_collection",
                        "metadata_to_lo_ra_collection",
                        "MetadataToLoRACollection",
                    ),
                    ("metadata_to_loras", "metadata_to_lo_r_as", "MetadataToLoRAs"),
                    ("metadata_to_model", "metadata_to_model", "MetadataToModel"),
                    ("metadata_to_sdlx_loras", "metadata_to_sdxl_lo_r_as", "MetadataToSDXLLoRAs"),
                    ("metadata_to_sdxl_model", "metadata_to_sdxl_model", "MetadataToSDXLModel"),
                    ("metadata_to_scheduler", "metadata_to_scheduler", "MetadataToScheduler"),
                    (
                        "metadata_to_string_collection",
                        "metadata_to_string_collection",
                        "MetadataToStringCollection",
                    ),
                    ("metadata_to_string", "metadata_to_string", "MetadataToString"),
                    (
                        "metadata_to_t2i_adapters",
                        "metadata_to_t2i_adapters",
                        "MetadataToT2IAdapters",
                    ),
                    ("metadata_to_vae", "metadata_to_vae", "MetadataToVAE"),
                    ("model_identifier", "any_model", "AnyModel"),
                    ("mul", "multiply_integers", "MultiplyIntegers"),
                    ("noise", "create_latent_noise", "CreateLatentNoise"),
                    ("normal_map", "normal_map", "NormalMap"),
                    ("unsharp_mask_oklab", "unsharp_mask_oklab", "UnsharpMaskOklab"),
                    ("img_hue_adjust_oklch", "adjust_image_hue_oklch", "AdjustImageHueOklch"),
                    (
                        "openai_image_generation",
                        "open_ai_image_generation",
                        "OpenAIImageGeneration",
                    ),
                    ("pbr_maps", "pbr_maps", "PBRMaps"),
                    ("pair_tile_image", "pair_tile_with_image", "PairTileWithImage"),
                    (
                        "paste_image_into_bounding_box",
                        "paste_image_into_bounding_box",
                        "PasteImageIntoBoundingBox",
                    ),
                    ("pid_decoder_loader", "qwen_image", "QwenImage"),
                    ("pid_upscale", "pi_d_upscale_4xfluxvae", "PiDUpscale4XFLUXVAE"),
                    ("pidi_edge_detection", "pi_di_net_edge_detection", "PiDiNetEdgeDetection"),
                    ("prompt_template", "prompt_template", "PromptTemplate"),
                    ("prompt_from_file", "prompts_from_file", "PromptsFromFile"),
                    ("qwen_image_denoise", "denoise_qwen_image", "DenoiseQwenImage"),
                    ("qwen_image_i2l", "image_to_latents_qwen_image", "ImageToLatentsQwenImage"),
                    ("qwen_image_l2i", "latents_to_image_qwen_image", "LatentsToImageQwenImage"),
                    (
                        "qwen_image_lora_collection_loader",
                        "apply_lo_ra_collection_qwen_image",
                        "ApplyLoRACollectionQwenImage",
                    ),
                    ("qwen_image_lora_loader", "apply_lo_ra_qwen_image", "ApplyLoRAQwenImage"),
                    ("qwen_image_model_loader", "main_model_qwen_image", "MainModelQwenImage"),
                    (
                        "qwen_image_pid_decode",
                        "latents_to_image_qwen_image_pi_d4xsr",
                        "LatentsToImageQwenImagePiD4XSR",
                    ),
                    ("qwen_image_text_encoder", "prompt_qwen_image", "PromptQwenImage"),
                    ("rand_float", "random_float", "RandomFloat"),
                    ("rand_int", "random_integer", "RandomInteger"),
                    ("random_range", "random_range", "RandomRange"),
                    ("range", "integer_range", "IntegerRange"),
                    ("range_of_size", "integer_range_of_size", "IntegerRangeOfSize"),
                    ("rectangle_mask", "create_rectangle_mask", "CreateRectangleMask"),
                    ("lresize", "resize_latents", "ResizeLatents"),
                    ("round_float", "round_float", "RoundFloat"),
                    ("sd3_denoise", "denoise_sd3", "DenoiseSD3"),
                    ("sd3_i2l", "image_to_latents_sd3", "ImageToLatentsSD3"),
                    ("sd3_l2i", "latents_to_image_sd3", "LatentsToImageSD3"),
                    ("sd3_pid_decode", "latents_to_image_sd3_pi_d4xsr", "LatentsToImageSD3PiD4XSR"),
                    ("sdxl_compel_prompt", "prompt_sdxl", "PromptSDXL"),
                    (
                        "sdxl_lora_collection_loader",
                        "apply_lo_ra_collection_sdxl",
                        "ApplyLoRACollectionSDXL",
                    ),
                    ("sdxl_lora_loader", "apply_lo_rasdxl", "ApplyLoRASDXL"),
                    ("sdxl_model_loader", "main_model_sdxl", "MainModelSDXL"),
                    (
                        "sdxl_pid_decode",
                        "latents_to_image_sdxl_pi_d4xsr",
                        "LatentsToImageSDXLPiD4XSR",
                    ),
                    ("sdxl_refiner_compel_prompt", "prompt_sdxl_refiner", "PromptSDXLRefiner"),
                    ("sdxl_refiner_model_loader", "refiner_model_sdxl", "RefinerModelSDXL"),
                    ("save_image", "save_image", "SaveImage"),
                    (
                        "save_image_to_file",
                        "save_image_gallery_file_export",
                        "SaveImageGalleryFileExport",
                    ),
                    ("lscale", "scale_latents", "ScaleLatents"),
                    ("scheduler", "scheduler", "Scheduler"),
                    ("sd3_model_loader", "main_model_sd3", "MainModelSD3"),
                    ("sd3_text_encoder", "prompt_sd3", "PromptSD3"),
                    ("seamless", "apply_seamless_sd15sdxl", "ApplySeamlessSD15SDXL"),
                    (
                        "seedream_image_generation",
                        "seedream_image_generation",
                        "SeedreamImageGeneration",
                    ),
                    ("segment_anything", "segment_anything", "SegmentAnything"),
                    ("show_image", "show_image", "ShowImage"),
                    (
                        "spandrel_image_to_image_autoscale",
                        "image_to_image_autoscale",
                        "ImageToImageAutoscale",
                    ),
                    ("spandrel_image_to_image", "image_to_image", "ImageToImage"),
                    ("string_batch", "string_batch", "StringBatch"),
                    (
                        "string_collection",
                        "string_collection_primitive",
                        "StringCollectionPrimitive",
                    ),
                    ("string_generator", "string_generator", "StringGenerator"),
                    ("string", "string_primitive", "StringPrimitive"),
                    ("string_join", "string_join", "StringJoin"),
                    ("string_join_three", "string_join_three", "StringJoinThree"),
                    ("string_replace", "string_replace", "StringReplace"),
                    ("string_split", "string_split", "StringSplit"),
                    ("string_split_neg", "string_split_negative", "StringSplitNegative"),
                    ("sub", "subtract_integers", "SubtractIntegers"),
                    ("t2i_adapter", "t2i_adapter_sd15sdxl", "T2IAdapterSD15SDXL"),
                    ("text_llm", "text_llm", "TextLLM"),
                    (
                        "text_llm_with_preset",
                        "text_llm_with_system_prompt_preset",
                        "TextLLMWithSystemPromptPreset",
                    ),
                    ("tile_to_properties", "tile_to_properties", "TileToProperties"),
                    (
                        "tiled_multi_diffusion_denoise_latents",
                        "tiled_multi_diffusion_denoise_sd15sdxl",
                        "TiledMultiDiffusionDenoiseSD15SDXL",
                    ),
                    ("unsharp_mask", "unsharp_mask", "UnsharpMask"),
                    ("vae_loader", "vae_model_sd15sd2sdxlsd3flux", "VAEModelSD15SD2SDXLSD3FLUX"),
                    ("video_concat", "concatenate_videos", "ConcatenateVideos"),
                    ("video_frame_extract", "frame_from_video", "FrameFromVideo"),
                    ("video", "video_primitive", "VideoPrimitive"),
                    ("wan_denoise", "denoise_wan_22", "DenoiseWan22"),
                    (
                        "wan_i2v_ideal_dimensions",
                        "wan_22i2v_ideal_dimensions_a14b",
                        "Wan22I2VIdealDimensionsA14B",
                    ),
                    ("wan_i2l", "image_to_latents_wan_22", "ImageToLatentsWan22"),
                    ("wan_l2i", "latents_to_image_wan_22", "LatentsToImageWan22"),
                    ("wan_l2v", "latents_to_video_wan_22", "LatentsToVideoWan22"),
                    (
                        "wan_lora_collection_loader",
                        "apply_lo_ra_collection_wan_22",
                        "ApplyLoRACollectionWan22",
                    ),
                    ("wan_lora_loader", "apply_lo_ra_wan_22", "ApplyLoRAWan22"),
                    ("wan_model_loader", "main_model_wan_22", "MainModelWan22"),
                    ("wan_ref_image_encoder", "reference_image_wan_22", "ReferenceImageWan22"),
                    (
                        "wan_ti2v_ideal_dimensions",
                        "wan_22ti2v_ideal_dimensions_5b",
                        "Wan22TI2VIdealDimensions5B",
                    ),
                    ("wan_text_encoder", "prompt_wan_22", "PromptWan22"),
                    ("wan_video_denoise", "denoise_video_wan_22", "DenoiseVideoWan22"),
                    ("workflow_return_get", "get_workflow_return_value", "GetWorkflowReturnValue"),
                    ("workflow_return", "workflow_return", "WorkflowReturn"),
                    ("workflow_return_value", "workflow_return_value", "WorkflowReturnValue"),
                    ("z_image_control", "z_image_control_net", "ZImageControlNet"),
                    ("z_image_denoise", "denoise_z_image", "DenoiseZImage"),
                    ("z_image_denoise_meta", "denoise_z_image_metadata", "DenoiseZImageMetadata"),
                    ("z_image_i2l", "image_to_latents_z_image", "ImageToLatentsZImage"),
                    ("z_image_l2i", "latents_to_image_z_image", "LatentsToImageZImage"),
                    (
                        "z_image_lora_collection_loader",
                        "apply_lo_ra_collection_z_image",
                        "ApplyLoRACollectionZImage",
                    ),
                    ("z_image_lora_loader", "apply_lo_raz_image", "ApplyLoRAZImage"),
                    ("z_image_model_loader", "main_model_z_image", "MainModelZImage"),
                    (
                        "z_image_pid_decode",
                        "latents_to_image_z_image_pi_d4xsr",
                        "LatentsToImageZImagePiD4XSR",
                    ),
                    (
                        "z_image_seed_variance_enhancer",
                        "seed_variance_enhancer_z_image",
                        "SeedVarianceEnhancerZImage",
                    ),
                    ("z_image_text_encoder", "prompt_z_image", "PromptZImage"),
                ),
            )  # type: ignore[no-any-return]

        invocation = _parse_invocation(d.pop("invocation"))

        invocation_source_id = d.pop("invocation_source_id")

        item_id = d.pop("item_id")

        def _parse_origin(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        origin = _parse_origin(d.pop("origin"))

        queue_id = d.pop("queue_id")

        def _parse_result(
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
                    ("clip_skip_output", "clip_skip_invocation_output", "CLIPSkipInvocationOutput"),
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
                    ("color_collection_output", "color_collection_output", "ColorCollectionOutput"),
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
                    ("float_collection_output", "float_collection_output", "FloatCollectionOutput"),
                    ("float_generator_output", "float_generator_output", "FloatGeneratorOutput"),
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
                    ("flux_controlnet_output", "flux_control_net_output", "FluxControlNetOutput"),
                    ("flux_fill_output", "flux_fill_output", "FluxFillOutput"),
                    ("flux_kontext_output", "flux_kontext_output", "FluxKontextOutput"),
                    ("flux_lora_loader_output", "flux_lo_ra_loader_output", "FluxLoRALoaderOutput"),
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
                    ("image_collection_output", "image_collection_output", "ImageCollectionOutput"),
                    ("image_generator_output", "image_generator_output", "ImageGeneratorOutput"),
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
                    ("model_identifier_output", "model_identifier_output", "ModelIdentifierOutput"),
                    ("model_loader_output", "model_loader_output", "ModelLoaderOutput"),
                    ("noise_output", "noise_output", "NoiseOutput"),
                    ("pbr_maps-output", "pbr_maps_output", "PBRMapsOutput"),
                    ("pair_tile_image_output", "pair_tile_image_output", "PairTileImageOutput"),
                    ("pid_decoder_output", "pi_d_decoder_output", "PiDDecoderOutput"),
                    ("prompt_template_output", "prompt_template_output", "PromptTemplateOutput"),
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
                    ("sd3_conditioning_output", "sd3_conditioning_output", "SD3ConditioningOutput"),
                    ("sdxl_lora_loader_output", "sdxl_lo_ra_loader_output", "SDXLLoRALoaderOutput"),
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
                    ("sd3_model_loader_output", "sd_3_model_loader_output", "Sd3ModelLoaderOutput"),
                    ("seamless_output", "seamless_mode_output", "SeamlessModeOutput"),
                    ("string_2_output", "string_2_output", "String2Output"),
                    (
                        "string_collection_output",
                        "string_collection_output",
                        "StringCollectionOutput",
                    ),
                    ("string_generator_output", "string_generator_output", "StringGeneratorOutput"),
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
                    ("wan_conditioning_output", "wan_conditioning_output", "WanConditioningOutput"),
                    ("wan_lora_loader_output", "wan_lo_ra_loader_output", "WanLoRALoaderOutput"),
                    ("wan_model_loader_output", "wan_model_loader_output", "WanModelLoaderOutput"),
                    ("wan_ref_image_output", "wan_ref_image_output", "WanRefImageOutput"),
                    (
                        "workflow_return_get_output",
                        "workflow_return_get_output",
                        "WorkflowReturnGetOutput",
                    ),
                    ("workflow_return_output", "workflow_return_output", "WorkflowReturnOutput"),
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

        result = _parse_result(d.pop("result"))

        session_id = d.pop("session_id")

        timestamp = d.pop("timestamp")

        user_id = d.pop("user_id")

        invocation_complete_event = cls(
            batch_id=batch_id,
            destination=destination,
            invocation=invocation,
            invocation_source_id=invocation_source_id,
            item_id=item_id,
            origin=origin,
            queue_id=queue_id,
            result=result,
            session_id=session_id,
            timestamp=timestamp,
            user_id=user_id,
        )

        invocation_complete_event.additional_properties = d
        return invocation_complete_event

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
