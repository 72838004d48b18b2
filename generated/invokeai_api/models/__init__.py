"""All data models of the InvokeAI API, imported on first use.

There are over a thousand models; importing them all takes seconds. Each name below is
resolved from its own module the first time it is accessed, so ``import invokeai_api.models``
is instant and parsing one response imports only the models it needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_image_noise import AddImageNoise
    from .add_image_noise_noise_type import AddImageNoiseNoiseType
    from .add_images_to_board_result import AddImagesToBoardResult
    from .add_integers import AddIntegers
    from .add_invisible_watermark import AddInvisibleWatermark
    from .add_videos_to_board_result import AddVideosToBoardResult
    from .adjust_image_hue import AdjustImageHue
    from .adjust_image_hue_oklch import AdjustImageHueOklch
    from .adjust_image_hue_plus import AdjustImageHuePlus
    from .adjust_image_hue_plus_space import AdjustImageHuePlusSpace
    from .admin_user_create_request import AdminUserCreateRequest
    from .admin_user_update_request import AdminUserUpdateRequest
    from .alibaba_cloud_dash_scope_image_generation import AlibabaCloudDashScopeImageGeneration
    from .alibaba_cloud_dash_scope_image_generation_mode import (
        AlibabaCloudDashScopeImageGenerationMode,
    )
    from .alpha_mask_to_tensor import AlphaMaskToTensor
    from .anima_conditioning_field import AnimaConditioningField
    from .anima_conditioning_output import AnimaConditioningOutput
    from .anima_control_net_ll_lite import AnimaControlNetLLLite
    from .anima_ll_lite_field import AnimaLLLiteField
    from .anima_ll_lite_output import AnimaLLLiteOutput
    from .anima_lo_ra_loader_output import AnimaLoRALoaderOutput
    from .anima_model_loader_output import AnimaModelLoaderOutput
    from .any_model import AnyModel
    from .app_version import AppVersion
    from .apply_clip_skip_sd15sdxl import ApplyCLIPSkipSD15SDXL
    from .apply_free_usd15sdxl import ApplyFreeUSD15SDXL
    from .apply_lo_ra_anima import ApplyLoRAAnima
    from .apply_lo_ra_collection_anima import ApplyLoRACollectionAnima
    from .apply_lo_ra_collection_flux import ApplyLoRACollectionFLUX
    from .apply_lo_ra_collection_flux2_dev import ApplyLoRACollectionFLUX2Dev
    from .apply_lo_ra_collection_flux_2_klein import ApplyLoRACollectionFlux2Klein
    from .apply_lo_ra_collection_krea_2 import ApplyLoRACollectionKrea2
    from .apply_lo_ra_collection_qwen_image import ApplyLoRACollectionQwenImage
    from .apply_lo_ra_collection_sd15 import ApplyLoRACollectionSD15
    from .apply_lo_ra_collection_sdxl import ApplyLoRACollectionSDXL
    from .apply_lo_ra_collection_wan_22 import ApplyLoRACollectionWan22
    from .apply_lo_ra_collection_z_image import ApplyLoRACollectionZImage
    from .apply_lo_ra_flux_2_klein import ApplyLoRAFlux2Klein
    from .apply_lo_ra_krea_2 import ApplyLoRAKrea2
    from .apply_lo_ra_qwen_image import ApplyLoRAQwenImage
    from .apply_lo_ra_wan_22 import ApplyLoRAWan22
    from .apply_lo_ra_wan_22_target import ApplyLoRAWan22Target
    from .apply_lo_raflux import ApplyLoRAFLUX
    from .apply_lo_raflux2_dev import ApplyLoRAFLUX2Dev
    from .apply_lo_rasd15 import ApplyLoRASD15
    from .apply_lo_rasdxl import ApplyLoRASDXL
    from .apply_lo_raz_image import ApplyLoRAZImage
    from .apply_mask_to_image import ApplyMaskToImage
    from .apply_seamless_sd15sdxl import ApplySeamlessSD15SDXL
    from .apply_tensor_mask_to_image import ApplyTensorMaskToImage
    from .base_metadata import BaseMetadata
    from .base_model_type import BaseModelType
    from .batch import Batch
    from .batch_datum import BatchDatum
    from .batch_enqueued_event import BatchEnqueuedEvent
    from .batch_status import BatchStatus
    from .blank_image import BlankImage
    from .blank_image_mode import BlankImageMode
    from .blend_latents import BlendLatents
    from .blur_image import BlurImage
    from .blur_image_blur_type import BlurImageBlurType
    from .blur_nsfw_image import BlurNSFWImage
    from .board_changes import BoardChanges
    from .board_dto import BoardDTO
    from .board_field import BoardField
    from .board_record_order_by import BoardRecordOrderBy
    from .board_visibility import BoardVisibility
    from .body_add_image_to_board import BodyAddImageToBoard
    from .body_add_images_to_board import BodyAddImagesToBoard
    from .body_cancel_by_batch_ids import BodyCancelByBatchIds
    from .body_create_image_upload_entry import BodyCreateImageUploadEntry
    from .body_create_style_preset import BodyCreateStylePreset
    from .body_create_workflow import BodyCreateWorkflow
    from .body_delete_images_from_list import BodyDeleteImagesFromList
    from .body_do_hf_login import BodyDoHfLogin
    from .body_download_images_from_list import BodyDownloadImagesFromList
    from .body_enqueue_batch import BodyEnqueueBatch
    from .body_get_images_by_names import BodyGetImagesByNames
    from .body_get_queue_item_summaries_by_ids import BodyGetQueueItemSummariesByIds
    from .body_get_queue_items_by_item_ids import BodyGetQueueItemsByItemIds
    from .body_import_style_presets import BodyImportStylePresets
    from .body_parse_dynamicprompts import BodyParseDynamicprompts
    from .body_remove_image_from_board import BodyRemoveImageFromBoard
    from .body_remove_images_from_board import BodyRemoveImagesFromBoard
    from .body_remove_video_from_board import BodyRemoveVideoFromBoard
    from .body_set_workflow_thumbnail import BodySetWorkflowThumbnail
    from .body_star_images_in_list import BodyStarImagesInList
    from .body_unstar_images_in_list import BodyUnstarImagesInList
    from .body_update_model_image import BodyUpdateModelImage
    from .body_update_style_preset import BodyUpdateStylePreset
    from .body_update_workflow import BodyUpdateWorkflow
    from .body_update_workflow_is_public import BodyUpdateWorkflowIsPublic
    from .body_upload_image import BodyUploadImage
    from .boolean_collection_output import BooleanCollectionOutput
    from .boolean_collection_primitive import BooleanCollectionPrimitive
    from .boolean_output import BooleanOutput
    from .boolean_primitive import BooleanPrimitive
    from .bounding_box import BoundingBox
    from .bounding_box_collection_output import BoundingBoxCollectionOutput
    from .bounding_box_field import BoundingBoxField
    from .bounding_box_output import BoundingBoxOutput
    from .bulk_delete_models_request import BulkDeleteModelsRequest
    from .bulk_delete_models_response import BulkDeleteModelsResponse
    from .bulk_delete_models_response_failed_item import BulkDeleteModelsResponseFailedItem
    from .bulk_download_complete_event import BulkDownloadCompleteEvent
    from .bulk_download_error_event import BulkDownloadErrorEvent
    from .bulk_download_started_event import BulkDownloadStartedEvent
    from .bulk_reidentify_models_request import BulkReidentifyModelsRequest
    from .bulk_reidentify_models_response import BulkReidentifyModelsResponse
    from .bulk_reidentify_models_response_failed_item import BulkReidentifyModelsResponseFailedItem
    from .cache_stats import CacheStats
    from .cache_stats_loaded_model_sizes import CacheStatsLoadedModelSizes
    from .calculate_image_tiles import CalculateImageTiles
    from .calculate_image_tiles_even_split import CalculateImageTilesEvenSplit
    from .calculate_image_tiles_minimum_overlap import CalculateImageTilesMinimumOverlap
    from .calculate_image_tiles_output import CalculateImageTilesOutput
    from .call_saved_workflow import CallSavedWorkflow
    from .call_saved_workflow_workflow_inputs import CallSavedWorkflowWorkflowInputs
    from .cancel_all_except_current_result import CancelAllExceptCurrentResult
    from .cancel_by_batch_i_ds_result import CancelByBatchIDsResult
    from .cancel_by_destination_result import CancelByDestinationResult
    from .canny_edge_detection import CannyEdgeDetection
    from .canvas_output import CanvasOutput
    from .canvas_paste_back import CanvasPasteBack
    from .canvas_v2_mask_and_crop import CanvasV2MaskAndCrop
    from .caption_builder_ideogram_4 import CaptionBuilderIdeogram4
    from .center_pad_or_crop_image import CenterPadOrCropImage
    from .classification import Classification
    from .clear_result import ClearResult
    from .clip_embed_diffusers_g_config import CLIPEmbedDiffusersGConfig
    from .clip_embed_diffusers_l_config import CLIPEmbedDiffusersLConfig
    from .clip_field import CLIPField
    from .clip_output import CLIPOutput
    from .clip_skip_invocation_output import CLIPSkipInvocationOutput
    from .clip_variant_type import ClipVariantType
    from .clip_vision_diffusers_config import CLIPVisionDiffusersConfig
    from .cog_view_4_conditioning_field import CogView4ConditioningField
    from .cog_view_4_conditioning_output import CogView4ConditioningOutput
    from .cog_view_4_model_loader_output import CogView4ModelLoaderOutput
    from .collect_invocation import CollectInvocation
    from .collect_invocation_output import CollectInvocationOutput
    from .color_collection_output import ColorCollectionOutput
    from .color_correct import ColorCorrect
    from .color_correct_color_space import ColorCorrectColorSpace
    from .color_field import ColorField
    from .color_map import ColorMap
    from .color_output import ColorOutput
    from .color_primitive import ColorPrimitive
    from .combine_masks import CombineMasks
    from .concatenate_videos import ConcatenateVideos
    from .concatenate_videos_transition import ConcatenateVideosTransition
    from .conditioning_collection_output import ConditioningCollectionOutput
    from .conditioning_collection_primitive import ConditioningCollectionPrimitive
    from .conditioning_field import ConditioningField
    from .conditioning_output import ConditioningOutput
    from .conditioning_primitive import ConditioningPrimitive
    from .conditioning_rebalance_krea_2 import ConditioningRebalanceKrea2
    from .content_shuffle import ContentShuffle
    from .control_adapter_default_settings import ControlAdapterDefaultSettings
    from .control_field import ControlField
    from .control_field_control_mode import ControlFieldControlMode
    from .control_field_resize_mode import ControlFieldResizeMode
    from .control_lo_ra_field import ControlLoRAField
    from .control_lo_ra_ly_corisflux_config import ControlLoRALyCORISFLUXConfig
    from .control_lo_raflux import ControlLoRAFLUX
    from .control_net_checkpoint_anima_config import ControlNetCheckpointAnimaConfig
    from .control_net_checkpoint_flux_config import ControlNetCheckpointFLUXConfig
    from .control_net_checkpoint_sd1_config import ControlNetCheckpointSD1Config
    from .control_net_checkpoint_sd2_config import ControlNetCheckpointSD2Config
    from .control_net_checkpoint_sdxl_config import ControlNetCheckpointSDXLConfig
    from .control_net_checkpoint_z_image_config import ControlNetCheckpointZImageConfig
    from .control_net_diffusers_flux_config import ControlNetDiffusersFLUXConfig
    from .control_net_diffusers_sd1_config import ControlNetDiffusersSD1Config
    from .control_net_diffusers_sd2_config import ControlNetDiffusersSD2Config
    from .control_net_diffusers_sdxl_config import ControlNetDiffusersSDXLConfig
    from .control_net_metadata_field import ControlNetMetadataField
    from .control_net_metadata_field_control_mode import ControlNetMetadataFieldControlMode
    from .control_net_metadata_field_resize_mode import ControlNetMetadataFieldResizeMode
    from .control_net_recall_parameter import ControlNetRecallParameter
    from .control_net_recall_parameter_control_mode_type_0 import (
        ControlNetRecallParameterControlModeType0,
    )
    from .control_net_sd15sd2sdxl import ControlNetSD15SD2SDXL
    from .control_net_sd15sd2sdxl_control_mode import ControlNetSD15SD2SDXLControlMode
    from .control_net_sd15sd2sdxl_resize_mode import ControlNetSD15SD2SDXLResizeMode
    from .control_output import ControlOutput
    from .convert_image_mode import ConvertImageMode
    from .convert_image_mode_mode import ConvertImageModeMode
    from .core_metadata import CoreMetadata
    from .core_metadata_generation_mode_type_0 import CoreMetadataGenerationModeType0
    from .counts_by_category_response_counts_by_category import (
        CountsByCategoryResponseCountsByCategory,
    )
    from .create_denoise_mask import CreateDenoiseMask
    from .create_gradient_mask import CreateGradientMask
    from .create_gradient_mask_coherence_mode import CreateGradientMaskCoherenceMode
    from .create_latent_noise import CreateLatentNoise
    from .create_latent_noise_noise_type import CreateLatentNoiseNoiseType
    from .create_rectangle_mask import CreateRectangleMask
    from .crop_image import CropImage
    from .crop_image_to_bounding_box import CropImageToBoundingBox
    from .crop_latents import CropLatents
    from .cv2_infill import CV2Infill
    from .decode_invisible_watermark import DecodeInvisibleWatermark
    from .delete_all_except_current_result import DeleteAllExceptCurrentResult
    from .delete_board_result import DeleteBoardResult
    from .delete_by_destination_result import DeleteByDestinationResult
    from .delete_images_result import DeleteImagesResult
    from .delete_orphaned_models_request import DeleteOrphanedModelsRequest
    from .delete_orphaned_models_response import DeleteOrphanedModelsResponse
    from .delete_orphaned_models_response_errors import DeleteOrphanedModelsResponseErrors
    from .delete_videos_result import DeleteVideosResult
    from .denoise_anima import DenoiseAnima
    from .denoise_anima_metadata import DenoiseAnimaMetadata
    from .denoise_anima_metadata_scheduler import DenoiseAnimaMetadataScheduler
    from .denoise_anima_scheduler import DenoiseAnimaScheduler
    from .denoise_cog_view_4 import DenoiseCogView4
    from .denoise_ernie_image import DenoiseERNIEImage
    from .denoise_ernie_image_scheduler import DenoiseERNIEImageScheduler
    from .denoise_ideogram_4 import DenoiseIdeogram4
    from .denoise_ideogram_4_sampler_preset import DenoiseIdeogram4SamplerPreset
    from .denoise_krea_2 import DenoiseKrea2
    from .denoise_mask_field import DenoiseMaskField
    from .denoise_mask_output import DenoiseMaskOutput
    from .denoise_qwen_image import DenoiseQwenImage
    from .denoise_sd3 import DenoiseSD3
    from .denoise_sd15sdxl import DenoiseSD15SDXL
    from .denoise_sd15sdxl_metadata import DenoiseSD15SDXLMetadata
    from .denoise_sd15sdxl_metadata_scheduler import DenoiseSD15SDXLMetadataScheduler
    from .denoise_sd15sdxl_scheduler import DenoiseSD15SDXLScheduler
    from .denoise_video_wan_22 import DenoiseVideoWan22
    from .denoise_wan_22 import DenoiseWan22
    from .denoise_z_image import DenoiseZImage
    from .denoise_z_image_metadata import DenoiseZImageMetadata
    from .denoise_z_image_metadata_scheduler import DenoiseZImageMetadataScheduler
    from .denoise_z_image_scheduler import DenoiseZImageScheduler
    from .depth_anything_depth_estimation import DepthAnythingDepthEstimation
    from .depth_anything_depth_estimation_model_size import DepthAnythingDepthEstimationModelSize
    from .divide_integers import DivideIntegers
    from .download_cancelled_event import DownloadCancelledEvent
    from .download_complete_event import DownloadCompleteEvent
    from .download_error_event import DownloadErrorEvent
    from .download_job import DownloadJob
    from .download_job_status import DownloadJobStatus
    from .download_paused_event import DownloadPausedEvent
    from .download_progress_event import DownloadProgressEvent
    from .download_started_event import DownloadStartedEvent
    from .dw_openpose_detection import DWOpenposeDetection
    from .dynamic_prompt import DynamicPrompt
    from .dynamic_prompts_response import DynamicPromptsResponse
    from .edge import Edge
    from .edge_connection import EdgeConnection
    from .enhance_image import EnhanceImage
    from .enqueue_batch_result import EnqueueBatchResult
    from .equivalent_achromatic_lightness import EquivalentAchromaticLightness
    from .ernie_image_conditioning_field import ErnieImageConditioningField
    from .ernie_image_conditioning_output import ErnieImageConditioningOutput
    from .ernie_image_model_loader_output import ErnieImageModelLoaderOutput
    from .expand_mask_with_fade import ExpandMaskWithFade
    from .expand_prompt_request import ExpandPromptRequest
    from .expand_prompt_response import ExpandPromptResponse
    from .exposed_field import ExposedField
    from .external_api_model_config import ExternalApiModelConfig
    from .external_api_model_default_settings import ExternalApiModelDefaultSettings
    from .external_image_size import ExternalImageSize
    from .external_model_capabilities import ExternalModelCapabilities
    from .external_model_capabilities_aspect_ratio_sizes_type_0 import (
        ExternalModelCapabilitiesAspectRatioSizesType0,
    )
    from .external_model_capabilities_input_image_required_for_type_0_item import (
        ExternalModelCapabilitiesInputImageRequiredForType0Item,
    )
    from .external_model_capabilities_mask_format import ExternalModelCapabilitiesMaskFormat
    from .external_model_capabilities_modes_item import ExternalModelCapabilitiesModesItem
    from .external_model_panel_control import ExternalModelPanelControl
    from .external_model_panel_control_name import ExternalModelPanelControlName
    from .external_model_panel_schema import ExternalModelPanelSchema
    from .external_model_source import ExternalModelSource
    from .external_provider_config_model import ExternalProviderConfigModel
    from .external_provider_config_update import ExternalProviderConfigUpdate
    from .external_provider_status_model import ExternalProviderStatusModel
    from .external_resolution_preset import ExternalResolutionPreset
    from .extract_image_channel import ExtractImageChannel
    from .extract_image_channel_channel import ExtractImageChannelChannel
    from .extract_video_range_output import ExtractVideoRangeOutput
    from .face_identifier import FaceIdentifier
    from .face_mask import FaceMask
    from .face_mask_output import FaceMaskOutput
    from .face_off import FaceOff
    from .face_off_output import FaceOffOutput
    from .field_kind import FieldKind
    from .float_batch import FloatBatch
    from .float_batch_batch_group import FloatBatchBatchGroup
    from .float_collection_output import FloatCollectionOutput
    from .float_collection_primitive import FloatCollectionPrimitive
    from .float_generator import FloatGenerator
    from .float_generator_field import FloatGeneratorField
    from .float_generator_output import FloatGeneratorOutput
    from .float_math import FloatMath
    from .float_math_operation import FloatMathOperation
    from .float_output import FloatOutput
    from .float_primitive import FloatPrimitive
    from .float_range import FloatRange
    from .float_to_integer import FloatToInteger
    from .float_to_integer_method import FloatToIntegerMethod
    from .flux2_denoise import FLUX2Denoise
    from .flux2_denoise_scheduler import FLUX2DenoiseScheduler
    from .flux_2_dev_lo_ra_loader_output import Flux2DevLoRALoaderOutput
    from .flux_2_dev_model_loader_output import Flux2DevModelLoaderOutput
    from .flux_2_dev_model_loader_output_max_seq_length import Flux2DevModelLoaderOutputMaxSeqLength
    from .flux_2_klein_lo_ra_loader_output import Flux2KleinLoRALoaderOutput
    from .flux_2_klein_model_loader_output import Flux2KleinModelLoaderOutput
    from .flux_2_klein_model_loader_output_max_seq_length import (
        Flux2KleinModelLoaderOutputMaxSeqLength,
    )
    from .flux_2_variant_type import Flux2VariantType
    from .flux_conditioning_collection_output import FluxConditioningCollectionOutput
    from .flux_conditioning_field import FluxConditioningField
    from .flux_conditioning_output import FluxConditioningOutput
    from .flux_control_lo_ra_loader_output import FluxControlLoRALoaderOutput
    from .flux_control_net import FLUXControlNet
    from .flux_control_net_field import FluxControlNetField
    from .flux_control_net_field_resize_mode import FluxControlNetFieldResizeMode
    from .flux_control_net_output import FluxControlNetOutput
    from .flux_control_net_resize_mode import FLUXControlNetResizeMode
    from .flux_denoise import FLUXDenoise
    from .flux_denoise_dype_preset import FLUXDenoiseDypePreset
    from .flux_denoise_metadata import FLUXDenoiseMetadata
    from .flux_denoise_metadata_dype_preset import FLUXDenoiseMetadataDypePreset
    from .flux_denoise_metadata_scheduler import FLUXDenoiseMetadataScheduler
    from .flux_denoise_scheduler import FLUXDenoiseScheduler
    from .flux_fill_conditioning import FLUXFillConditioning
    from .flux_fill_conditioning_field import FluxFillConditioningField
    from .flux_fill_output import FluxFillOutput
    from .flux_kontext_conditioning_field import FluxKontextConditioningField
    from .flux_kontext_image_prep import FLUXKontextImagePrep
    from .flux_kontext_output import FluxKontextOutput
    from .flux_lo_ra_loader_output import FluxLoRALoaderOutput
    from .flux_model_loader_output import FluxModelLoaderOutput
    from .flux_model_loader_output_max_seq_length import FluxModelLoaderOutputMaxSeqLength
    from .flux_redux import FLUXRedux
    from .flux_redux_checkpoint_config import FLUXReduxCheckpointConfig
    from .flux_redux_conditioning_field import FluxReduxConditioningField
    from .flux_redux_downsampling_function import FLUXReduxDownsamplingFunction
    from .flux_redux_output import FluxReduxOutput
    from .flux_variant_type import FluxVariantType
    from .fluxip_adapter import FLUXIPAdapter
    from .found_model import FoundModel
    from .frame_from_video import FrameFromVideo
    from .frame_range_from_video import FrameRangeFromVideo
    from .free_u_config import FreeUConfig
    from .gallery_item import GalleryItem
    from .gallery_item_kind import GalleryItemKind
    from .gallery_item_names import GalleryItemNames
    from .gallery_item_names_result import GalleryItemNamesResult
    from .gallery_item_ref import GalleryItemRef
    from .gemini_image_generation import GeminiImageGeneration
    from .gemini_image_generation_mode import GeminiImageGenerationMode
    from .gemini_image_generation_thinking_level_type_0 import (
        GeminiImageGenerationThinkingLevelType0,
    )
    from .gemma_2_encoder_field import Gemma2EncoderField
    from .gemma_2_encoder_gemma_2_encoder_config import Gemma2EncoderGemma2EncoderConfig
    from .gemma_2_encoder_gguf_config import Gemma2EncoderGGUFConfig
    from .gemma_2_encoder_output import Gemma2EncoderOutput
    from .gemma_2_encoder_pi_d import Gemma2EncoderPiD
    from .generate_password_response import GeneratePasswordResponse
    from .generation_device_option import GenerationDeviceOption
    from .get_app_deps_response_get_app_deps import GetAppDepsResponseGetAppDeps
    from .get_counts_by_tag_response_get_counts_by_tag import GetCountsByTagResponseGetCountsByTag
    from .get_image_mask_bounding_box import GetImageMaskBoundingBox
    from .get_recall_parameters_response_get_recall_parameters import (
        GetRecallParametersResponseGetRecallParameters,
    )
    from .get_workflow_return_value import GetWorkflowReturnValue
    from .get_workflow_return_value_values import GetWorkflowReturnValueValues
    from .glm_encoder_field import GlmEncoderField
    from .gradient_mask_output import GradientMaskOutput
    from .graph import Graph
    from .graph_execution_state import GraphExecutionState
    from .graph_execution_state_errors import GraphExecutionStateErrors
    from .graph_execution_state_indegree import GraphExecutionStateIndegree
    from .graph_execution_state_prepared_iteration_paths import (
        GraphExecutionStatePreparedIterationPaths,
    )
    from .graph_execution_state_prepared_source_mapping import (
        GraphExecutionStatePreparedSourceMapping,
    )
    from .graph_execution_state_results import GraphExecutionStateResults
    from .graph_execution_state_source_prepared_mapping import (
        GraphExecutionStateSourcePreparedMapping,
    )
    from .graph_nodes import GraphNodes
    from .grounding_dino_text_prompt_object_detection import GroundingDINOTextPromptObjectDetection
    from .grounding_dino_text_prompt_object_detection_model_type_0 import (
        GroundingDINOTextPromptObjectDetectionModelType0,
    )
    from .hed_edge_detection import HEDEdgeDetection
    from .heuristic_resize import HeuristicResize
    from .hf_model_source import HFModelSource
    from .hf_token_status import HFTokenStatus
    from .http_validation_error import HTTPValidationError
    from .hugging_face_metadata import HuggingFaceMetadata
    from .hugging_face_models import HuggingFaceModels
    from .ideal_size_output import IdealSizeOutput
    from .ideal_size_sd15sdxl import IdealSizeSD15SDXL
    from .ideogram_4_conditioning_field import Ideogram4ConditioningField
    from .ideogram_4_conditioning_output import Ideogram4ConditioningOutput
    from .ideogram_4_model_loader_output import Ideogram4ModelLoaderOutput
    from .ideogram_4_region import Ideogram4Region
    from .if_ import If
    from .if_invocation_output import IfInvocationOutput
    from .image_batch import ImageBatch
    from .image_batch_batch_group import ImageBatchBatchGroup
    from .image_category import ImageCategory
    from .image_collection_output import ImageCollectionOutput
    from .image_collection_primitive import ImageCollectionPrimitive
    from .image_compositor import ImageCompositor
    from .image_dilate_or_erode import ImageDilateOrErode
    from .image_dilate_or_erode_mode import ImageDilateOrErodeMode
    from .image_dto import ImageDTO
    from .image_field import ImageField
    from .image_generator import ImageGenerator
    from .image_generator_field import ImageGeneratorField
    from .image_generator_output import ImageGeneratorOutput
    from .image_layer_blend import ImageLayerBlend
    from .image_layer_blend_blend_mode import ImageLayerBlendBlendMode
    from .image_layer_blend_color_space import ImageLayerBlendColorSpace
    from .image_mask_to_tensor import ImageMaskToTensor
    from .image_move_job_response import ImageMoveJobResponse
    from .image_move_job_response_state import ImageMoveJobResponseState
    from .image_move_status_response import ImageMoveStatusResponse
    from .image_move_status_response_operation_type_0 import ImageMoveStatusResponseOperationType0
    from .image_names_result import ImageNamesResult
    from .image_output import ImageOutput
    from .image_panel_coordinate_output import ImagePanelCoordinateOutput
    from .image_panel_layout import ImagePanelLayout
    from .image_primitive import ImagePrimitive
    from .image_record_changes import ImageRecordChanges
    from .image_to_image import ImageToImage
    from .image_to_image_autoscale import ImageToImageAutoscale
    from .image_to_latents_anima import ImageToLatentsAnima
    from .image_to_latents_cog_view_4 import ImageToLatentsCogView4
    from .image_to_latents_flux import ImageToLatentsFLUX
    from .image_to_latents_flux2 import ImageToLatentsFLUX2
    from .image_to_latents_qwen_image import ImageToLatentsQwenImage
    from .image_to_latents_sd3 import ImageToLatentsSD3
    from .image_to_latents_sd15sdxl import ImageToLatentsSD15SDXL
    from .image_to_latents_sd15sdxl_color_compensation import (
        ImageToLatentsSD15SDXLColorCompensation,
    )
    from .image_to_latents_wan_22 import ImageToLatentsWan22
    from .image_to_latents_z_image import ImageToLatentsZImage
    from .image_to_prompt_request import ImageToPromptRequest
    from .image_to_prompt_response import ImageToPromptResponse
    from .image_upload_entry import ImageUploadEntry
    from .image_urls_dto import ImageUrlsDTO
    from .image_value_thresholds import ImageValueThresholds
    from .images_downloaded import ImagesDownloaded
    from .input_ import Input
    from .input_field_json_schema_extra import InputFieldJSONSchemaExtra
    from .input_field_json_schema_extra_ui_choice_labels_type_0 import (
        InputFieldJSONSchemaExtraUiChoiceLabelsType0,
    )
    from .install_node_pack_request import InstallNodePackRequest
    from .install_node_pack_response import InstallNodePackResponse
    from .install_status import InstallStatus
    from .integer_batch import IntegerBatch
    from .integer_batch_batch_group import IntegerBatchBatchGroup
    from .integer_collection_output import IntegerCollectionOutput
    from .integer_collection_primitive import IntegerCollectionPrimitive
    from .integer_generator import IntegerGenerator
    from .integer_generator_field import IntegerGeneratorField
    from .integer_generator_output import IntegerGeneratorOutput
    from .integer_math import IntegerMath
    from .integer_math_operation import IntegerMathOperation
    from .integer_output import IntegerOutput
    from .integer_primitive import IntegerPrimitive
    from .integer_range import IntegerRange
    from .integer_range_of_size import IntegerRangeOfSize
    from .inverse_lerp_image import InverseLerpImage
    from .invert_tensor_mask import InvertTensorMask
    from .invocation_cache_status import InvocationCacheStatus
    from .invocation_complete_event import InvocationCompleteEvent
    from .invocation_error_event import InvocationErrorEvent
    from .invocation_output_map import InvocationOutputMap
    from .invocation_progress_event import InvocationProgressEvent
    from .invocation_started_event import InvocationStartedEvent
    from .invoke_ai_app_config import InvokeAIAppConfig
    from .invoke_ai_app_config_attention_slice_size_type_0 import (
        InvokeAIAppConfigAttentionSliceSizeType0,
    )
    from .invoke_ai_app_config_attention_slice_size_type_1 import (
        InvokeAIAppConfigAttentionSliceSizeType1,
    )
    from .invoke_ai_app_config_attention_type import InvokeAIAppConfigAttentionType
    from .invoke_ai_app_config_hashing_algorithm import InvokeAIAppConfigHashingAlgorithm
    from .invoke_ai_app_config_image_subfolder_strategy import (
        InvokeAIAppConfigImageSubfolderStrategy,
    )
    from .invoke_ai_app_config_log_format import InvokeAIAppConfigLogFormat
    from .invoke_ai_app_config_log_level import InvokeAIAppConfigLogLevel
    from .invoke_ai_app_config_log_level_network import InvokeAIAppConfigLogLevelNetwork
    from .invoke_ai_app_config_precision import InvokeAIAppConfigPrecision
    from .invoke_ai_app_config_session_queue_mode import InvokeAIAppConfigSessionQueueMode
    from .invoke_ai_app_config_with_set_fields import InvokeAIAppConfigWithSetFields
    from .ip_adapter_checkpoint_flux_config import IPAdapterCheckpointFLUXConfig
    from .ip_adapter_checkpoint_sd1_config import IPAdapterCheckpointSD1Config
    from .ip_adapter_checkpoint_sd2_config import IPAdapterCheckpointSD2Config
    from .ip_adapter_checkpoint_sdxl_config import IPAdapterCheckpointSDXLConfig
    from .ip_adapter_field import IPAdapterField
    from .ip_adapter_invoke_aisd1_config import IPAdapterInvokeAISD1Config
    from .ip_adapter_invoke_aisd2_config import IPAdapterInvokeAISD2Config
    from .ip_adapter_invoke_aisdxl_config import IPAdapterInvokeAISDXLConfig
    from .ip_adapter_metadata_field import IPAdapterMetadataField
    from .ip_adapter_metadata_field_clip_vision_model import IPAdapterMetadataFieldClipVisionModel
    from .ip_adapter_metadata_field_method import IPAdapterMetadataFieldMethod
    from .ip_adapter_output import IPAdapterOutput
    from .ip_adapter_recall_parameter import IPAdapterRecallParameter
    from .ip_adapter_recall_parameter_image_influence_type_0 import (
        IPAdapterRecallParameterImageInfluenceType0,
    )
    from .ip_adapter_recall_parameter_method_type_0 import IPAdapterRecallParameterMethodType0
    from .ip_adapter_sd15sdxl import IPAdapterSD15SDXL
    from .ip_adapter_sd15sdxl_clip_vision_model import IPAdapterSD15SDXLClipVisionModel
    from .ip_adapter_sd15sdxl_method import IPAdapterSD15SDXLMethod
    from .item_ids_result import ItemIdsResult
    from .iterate_invocation import IterateInvocation
    from .iterate_invocation_output import IterateInvocationOutput
    from .kontext_conditioning_flux import KontextConditioningFLUX
    from .krea_2_conditioning_field import Krea2ConditioningField
    from .krea_2_conditioning_output import Krea2ConditioningOutput
    from .krea_2_lo_ra_loader_output import Krea2LoRALoaderOutput
    from .krea_2_model_loader_output import Krea2ModelLoaderOutput
    from .krea_2_style_reference_field import Krea2StyleReferenceField
    from .krea_2_style_reference_field_value_mode import Krea2StyleReferenceFieldValueMode
    from .krea_2_style_reference_output import Krea2StyleReferenceOutput
    from .krea_2_variant_type import Krea2VariantType
    from .l_la_va_one_vision_vllm import LLaVAOneVisionVLLM
    from .la_ma_infill import LaMaInfill
    from .latents_collection_output import LatentsCollectionOutput
    from .latents_collection_primitive import LatentsCollectionPrimitive
    from .latents_field import LatentsField
    from .latents_meta_output import LatentsMetaOutput
    from .latents_output import LatentsOutput
    from .latents_primitive import LatentsPrimitive
    from .latents_to_image_anima import LatentsToImageAnima
    from .latents_to_image_cog_view_4 import LatentsToImageCogView4
    from .latents_to_image_ernie_image import LatentsToImageERNIEImage
    from .latents_to_image_flux import LatentsToImageFLUX
    from .latents_to_image_flux2 import LatentsToImageFLUX2
    from .latents_to_image_flux2_pi_d4xsr import LatentsToImageFLUX2PiD4XSR
    from .latents_to_image_flux_pi_d4xsr import LatentsToImageFLUXPiD4XSR
    from .latents_to_image_ideogram_4 import LatentsToImageIdeogram4
    from .latents_to_image_qwen_image import LatentsToImageQwenImage
    from .latents_to_image_qwen_image_pi_d4xsr import LatentsToImageQwenImagePiD4XSR
    from .latents_to_image_sd3 import LatentsToImageSD3
    from .latents_to_image_sd3_pi_d4xsr import LatentsToImageSD3PiD4XSR
    from .latents_to_image_sd15sdxl import LatentsToImageSD15SDXL
    from .latents_to_image_sdxl_pi_d4xsr import LatentsToImageSDXLPiD4XSR
    from .latents_to_image_wan_22 import LatentsToImageWan22
    from .latents_to_image_z_image import LatentsToImageZImage
    from .latents_to_image_z_image_pi_d4xsr import LatentsToImageZImagePiD4XSR
    from .latents_to_video_wan_22 import LatentsToVideoWan22
    from .lerp_image import LerpImage
    from .lineart_anime_edge_detection import LineartAnimeEdgeDetection
    from .lineart_edge_detection import LineartEdgeDetection
    from .llava_onevision_diffusers_config import LlavaOnevisionDiffusersConfig
    from .llm_task_complete_event import LLMTaskCompleteEvent
    from .llm_task_error_event import LLMTaskErrorEvent
    from .llm_task_progress_event import LLMTaskProgressEvent
    from .llm_task_progress_event_phase import LLMTaskProgressEventPhase
    from .lo_ra_diffusers_flux_2_config import LoRADiffusersFlux2Config
    from .lo_ra_diffusers_flux_config import LoRADiffusersFLUXConfig
    from .lo_ra_diffusers_sd1_config import LoRADiffusersSD1Config
    from .lo_ra_diffusers_sd2_config import LoRADiffusersSD2Config
    from .lo_ra_diffusers_sdxl_config import LoRADiffusersSDXLConfig
    from .lo_ra_diffusers_z_image_config import LoRADiffusersZImageConfig
    from .lo_ra_field import LoRAField
    from .lo_ra_loader_output import LoRALoaderOutput
    from .lo_ra_ly_coris_anima_config import LoRALyCORISAnimaConfig
    from .lo_ra_ly_coris_flux_2_config import LoRALyCORISFlux2Config
    from .lo_ra_ly_coris_krea_2_config import LoRALyCORISKrea2Config
    from .lo_ra_ly_coris_qwen_image_config import LoRALyCORISQwenImageConfig
    from .lo_ra_ly_coris_wan_config import LoRALyCORISWanConfig
    from .lo_ra_ly_coris_wan_config_expert_type_0 import LoRALyCORISWanConfigExpertType0
    from .lo_ra_ly_corisflux_config import LoRALyCORISFLUXConfig
    from .lo_ra_ly_corissd1_config import LoRALyCORISSD1Config
    from .lo_ra_ly_corissd2_config import LoRALyCORISSD2Config
    from .lo_ra_ly_corissdxl_config import LoRALyCORISSDXLConfig
    from .lo_ra_ly_corisz_image_config import LoRALyCORISZImageConfig
    from .lo_ra_metadata_field import LoRAMetadataField
    from .lo_ra_recall_parameter import LoRARecallParameter
    from .lo_ra_selector_output import LoRASelectorOutput
    from .lo_raomiflux_config import LoRAOMIFLUXConfig
    from .lo_raomisdxl_config import LoRAOMISDXLConfig
    from .local_model_source import LocalModelSource
    from .log_level import LogLevel
    from .login_request import LoginRequest
    from .login_response import LoginResponse
    from .logout_response import LogoutResponse
    from .lora_model_default_settings import LoraModelDefaultSettings
    from .main_bn_bnf4flux_config import MainBnBNF4FLUXConfig
    from .main_checkpoint_anima_config import MainCheckpointAnimaConfig
    from .main_checkpoint_flux_2_config import MainCheckpointFlux2Config
    from .main_checkpoint_flux_config import MainCheckpointFLUXConfig
    from .main_checkpoint_krea_2_config import MainCheckpointKrea2Config
    from .main_checkpoint_qwen_image_config import MainCheckpointQwenImageConfig
    from .main_checkpoint_sd1_config import MainCheckpointSD1Config
    from .main_checkpoint_sd2_config import MainCheckpointSD2Config
    from .main_checkpoint_sdxl_config import MainCheckpointSDXLConfig
    from .main_checkpoint_sdxl_refiner_config import MainCheckpointSDXLRefinerConfig
    from .main_checkpoint_wan_config import MainCheckpointWanConfig
    from .main_checkpoint_wan_config_expert import MainCheckpointWanConfigExpert
    from .main_checkpoint_z_image_config import MainCheckpointZImageConfig
    from .main_diffusers_cog_view_4_config import MainDiffusersCogView4Config
    from .main_diffusers_ernie_image_config import MainDiffusersErnieImageConfig
    from .main_diffusers_flux_2_config import MainDiffusersFlux2Config
    from .main_diffusers_flux_config import MainDiffusersFLUXConfig
    from .main_diffusers_ideogram_4_config import MainDiffusersIdeogram4Config
    from .main_diffusers_krea_2_config import MainDiffusersKrea2Config
    from .main_diffusers_qwen_image_config import MainDiffusersQwenImageConfig
    from .main_diffusers_sd1_config import MainDiffusersSD1Config
    from .main_diffusers_sd2_config import MainDiffusersSD2Config
    from .main_diffusers_sd3_config import MainDiffusersSD3Config
    from .main_diffusers_sd3_config_submodels_type_0 import MainDiffusersSD3ConfigSubmodelsType0
    from .main_diffusers_sdxl_config import MainDiffusersSDXLConfig
    from .main_diffusers_sdxl_refiner_config import MainDiffusersSDXLRefinerConfig
    from .main_diffusers_wan_config import MainDiffusersWanConfig
    from .main_diffusers_z_image_config import MainDiffusersZImageConfig
    from .main_gguf_flux_2_config import MainGGUFFlux2Config
    from .main_gguf_krea_2_config import MainGGUFKrea2Config
    from .main_gguf_qwen_image_config import MainGGUFQwenImageConfig
    from .main_gguf_wan_config import MainGGUFWanConfig
    from .main_gguf_wan_config_expert import MainGGUFWanConfigExpert
    from .main_ggufflux_config import MainGGUFFLUXConfig
    from .main_ggufz_image_config import MainGGUFZImageConfig
    from .main_model_anima import MainModelAnima
    from .main_model_cog_view_4 import MainModelCogView4
    from .main_model_default_settings import MainModelDefaultSettings
    from .main_model_default_settings_scheduler_type_0 import MainModelDefaultSettingsSchedulerType0
    from .main_model_default_settings_vae_precision_type_0 import (
        MainModelDefaultSettingsVaePrecisionType0,
    )
    from .main_model_ernie_image import MainModelERNIEImage
    from .main_model_flux import MainModelFLUX
    from .main_model_flux2_dev import MainModelFLUX2Dev
    from .main_model_flux2_dev_max_seq_length import MainModelFLUX2DevMaxSeqLength
    from .main_model_flux_2_klein import MainModelFlux2Klein
    from .main_model_flux_2_klein_max_seq_length import MainModelFlux2KleinMaxSeqLength
    from .main_model_ideogram_4 import MainModelIdeogram4
    from .main_model_krea_2 import MainModelKrea2
    from .main_model_qwen_image import MainModelQwenImage
    from .main_model_sd3 import MainModelSD3
    from .main_model_sd15sd2 import MainModelSD15SD2
    from .main_model_sdxl import MainModelSDXL
    from .main_model_wan_22 import MainModelWan22
    from .main_model_z_image import MainModelZImage
    from .main_sdnq_diffusers_flux_2_config import MainSDNQDiffusersFlux2Config
    from .main_sdnq_diffusers_flux_2_config_submodels_type_0 import (
        MainSDNQDiffusersFlux2ConfigSubmodelsType0,
    )
    from .main_sdnq_diffusers_flux_config import MainSDNQDiffusersFLUXConfig
    from .main_sdnq_diffusers_flux_config_submodels_type_0 import (
        MainSDNQDiffusersFLUXConfigSubmodelsType0,
    )
    from .main_sdnq_diffusers_z_image_config import MainSDNQDiffusersZImageConfig
    from .main_sdnq_diffusers_z_image_config_submodels_type_0 import (
        MainSDNQDiffusersZImageConfigSubmodelsType0,
    )
    from .main_sdnq_flux_2_config import MainSDNQFlux2Config
    from .main_sdnqflux_config import MainSDNQFLUXConfig
    from .main_sdnqz_image_config import MainSDNQZImageConfig
    from .mask_edge import MaskEdge
    from .mask_from_alpha import MaskFromAlpha
    from .mask_from_segmented_image import MaskFromSegmentedImage
    from .mask_output import MaskOutput
    from .md_control_list_output import MDControlListOutput
    from .mdip_adapter_list_output import MDIPAdapterListOutput
    from .mdt2i_adapter_list_output import MDT2IAdapterListOutput
    from .media_cookie_response import MediaCookieResponse
    from .media_pipe_face_detection import MediaPipeFaceDetection
    from .merge_tiles_to_image import MergeTilesToImage
    from .merge_tiles_to_image_blend_mode import MergeTilesToImageBlendMode
    from .metadata import Metadata
    from .metadata_field import MetadataField
    from .metadata_field_extractor import MetadataFieldExtractor
    from .metadata_from_image import MetadataFromImage
    from .metadata_item import MetadataItem
    from .metadata_item_field import MetadataItemField
    from .metadata_item_linked import MetadataItemLinked
    from .metadata_item_linked_label import MetadataItemLinkedLabel
    from .metadata_item_output import MetadataItemOutput
    from .metadata_merge import MetadataMerge
    from .metadata_output import MetadataOutput
    from .metadata_to_bool import MetadataToBool
    from .metadata_to_bool_collection import MetadataToBoolCollection
    from .metadata_to_bool_collection_label import MetadataToBoolCollectionLabel
    from .metadata_to_bool_label import MetadataToBoolLabel
    from .metadata_to_control_nets import MetadataToControlNets
    from .metadata_to_float import MetadataToFloat
    from .metadata_to_float_collection import MetadataToFloatCollection
    from .metadata_to_float_collection_label import MetadataToFloatCollectionLabel
    from .metadata_to_float_label import MetadataToFloatLabel
    from .metadata_to_integer import MetadataToInteger
    from .metadata_to_integer_collection import MetadataToIntegerCollection
    from .metadata_to_integer_collection_label import MetadataToIntegerCollectionLabel
    from .metadata_to_integer_label import MetadataToIntegerLabel
    from .metadata_to_ip_adapters import MetadataToIPAdapters
    from .metadata_to_lo_r_as import MetadataToLoRAs
    from .metadata_to_lo_ra_collection import MetadataToLoRACollection
    from .metadata_to_loras_collection_output import MetadataToLorasCollectionOutput
    from .metadata_to_model import MetadataToModel
    from .metadata_to_model_label import MetadataToModelLabel
    from .metadata_to_model_output import MetadataToModelOutput
    from .metadata_to_scheduler import MetadataToScheduler
    from .metadata_to_scheduler_default_value import MetadataToSchedulerDefaultValue
    from .metadata_to_scheduler_label import MetadataToSchedulerLabel
    from .metadata_to_sdxl_lo_r_as import MetadataToSDXLLoRAs
    from .metadata_to_sdxl_model import MetadataToSDXLModel
    from .metadata_to_sdxl_model_label import MetadataToSDXLModelLabel
    from .metadata_to_sdxl_model_output import MetadataToSDXLModelOutput
    from .metadata_to_string import MetadataToString
    from .metadata_to_string_collection import MetadataToStringCollection
    from .metadata_to_string_collection_label import MetadataToStringCollectionLabel
    from .metadata_to_string_label import MetadataToStringLabel
    from .metadata_to_t2i_adapters import MetadataToT2IAdapters
    from .metadata_to_vae import MetadataToVAE
    from .metadata_to_vae_label import MetadataToVAELabel
    from .mistral_3_encoder_field import Mistral3EncoderField
    from .mistral_encoder_checkpoint_config import MistralEncoderCheckpointConfig
    from .mistral_encoder_diffusers_config import MistralEncoderDiffusersConfig
    from .mistral_encoder_field import MistralEncoderField
    from .mistral_encoder_gguf_config import MistralEncoderGGUFConfig
    from .mistral_variant_type import MistralVariantType
    from .mlsd_detection import MLSDDetection
    from .model_format import ModelFormat
    from .model_identifier_field import ModelIdentifierField
    from .model_identifier_output import ModelIdentifierOutput
    from .model_install_cancelled_event import ModelInstallCancelledEvent
    from .model_install_complete_event import ModelInstallCompleteEvent
    from .model_install_download_progress_event import ModelInstallDownloadProgressEvent
    from .model_install_download_progress_event_parts_item import (
        ModelInstallDownloadProgressEventPartsItem,
    )
    from .model_install_download_started_event import ModelInstallDownloadStartedEvent
    from .model_install_download_started_event_parts_item import (
        ModelInstallDownloadStartedEventPartsItem,
    )
    from .model_install_downloads_complete_event import ModelInstallDownloadsCompleteEvent
    from .model_install_error_event import ModelInstallErrorEvent
    from .model_install_job import ModelInstallJob
    from .model_install_started_event import ModelInstallStartedEvent
    from .model_load_complete_event import ModelLoadCompleteEvent
    from .model_load_started_event import ModelLoadStartedEvent
    from .model_loader_output import ModelLoaderOutput
    from .model_record_changes import ModelRecordChanges
    from .model_record_order_by import ModelRecordOrderBy
    from .model_relationship_batch_request import ModelRelationshipBatchRequest
    from .model_relationship_create_request import ModelRelationshipCreateRequest
    from .model_repo_variant import ModelRepoVariant
    from .model_source_type import ModelSourceType
    from .model_type import ModelType
    from .model_variant_type import ModelVariantType
    from .models_list import ModelsList
    from .multiply_image_channel import MultiplyImageChannel
    from .multiply_image_channel_channel_type_0 import MultiplyImageChannelChannelType0
    from .multiply_images import MultiplyImages
    from .multiply_integers import MultiplyIntegers
    from .node_field_value import NodeFieldValue
    from .node_pack_info import NodePackInfo
    from .node_pack_list_response import NodePackListResponse
    from .noise_output import NoiseOutput
    from .normal_map import NormalMap
    from .offset_image_channel import OffsetImageChannel
    from .offset_image_channel_channel_type_0 import OffsetImageChannelChannelType0
    from .offset_paginated_results_board_dto import OffsetPaginatedResultsBoardDTO
    from .offset_paginated_results_gallery_item import OffsetPaginatedResultsGalleryItem
    from .offset_paginated_results_image_dto import OffsetPaginatedResultsImageDTO
    from .offset_paginated_results_video_dto import OffsetPaginatedResultsVideoDTO
    from .open_ai_image_generation import OpenAIImageGeneration
    from .open_ai_image_generation_background import OpenAIImageGenerationBackground
    from .open_ai_image_generation_input_fidelity_type_0 import (
        OpenAIImageGenerationInputFidelityType0,
    )
    from .open_ai_image_generation_mode import OpenAIImageGenerationMode
    from .open_ai_image_generation_quality import OpenAIImageGenerationQuality
    from .open_cv_inpaint import OpenCVInpaint
    from .orphaned_model_info import OrphanedModelInfo
    from .output_field_json_schema_extra import OutputFieldJSONSchemaExtra
    from .paginated_results_workflow_record_list_item_with_thumbnail_dto import (
        PaginatedResultsWorkflowRecordListItemWithThumbnailDTO,
    )
    from .pair_tile_image_output import PairTileImageOutput
    from .pair_tile_with_image import PairTileWithImage
    from .paste_image import PasteImage
    from .paste_image_into_bounding_box import PasteImageIntoBoundingBox
    from .patch_match_infill import PatchMatchInfill
    from .patch_match_infill_resample_mode import PatchMatchInfillResampleMode
    from .pbr_maps import PBRMaps
    from .pbr_maps_border_mode import PBRMapsBorderMode
    from .pbr_maps_output import PBRMapsOutput
    from .pi_d_decoder_checkpoint_flux_2_config import PiDDecoderCheckpointFlux2Config
    from .pi_d_decoder_checkpoint_flux_config import PiDDecoderCheckpointFLUXConfig
    from .pi_d_decoder_checkpoint_qwen_image_config import PiDDecoderCheckpointQwenImageConfig
    from .pi_d_decoder_checkpoint_sd3_config import PiDDecoderCheckpointSD3Config
    from .pi_d_decoder_checkpoint_sdxl_config import PiDDecoderCheckpointSDXLConfig
    from .pi_d_decoder_field import PiDDecoderField
    from .pi_d_decoder_output import PiDDecoderOutput
    from .pi_d_decoder_variant_type import PiDDecoderVariantType
    from .pi_d_upscale_4xfluxvae import PiDUpscale4XFLUXVAE
    from .pi_di_net_edge_detection import PiDiNetEdgeDetection
    from .preset_data import PresetData
    from .preset_type import PresetType
    from .progress_image import ProgressImage
    from .prompt_anima import PromptAnima
    from .prompt_cog_view_4 import PromptCogView4
    from .prompt_enhancer_ernie_image import PromptEnhancerERNIEImage
    from .prompt_enhancer_field import PromptEnhancerField
    from .prompt_ernie_image import PromptERNIEImage
    from .prompt_flux import PromptFLUX
    from .prompt_flux2_dev import PromptFLUX2Dev
    from .prompt_flux2_dev_max_seq_len import PromptFLUX2DevMaxSeqLen
    from .prompt_flux_2_klein import PromptFlux2Klein
    from .prompt_flux_2_klein_max_seq_len import PromptFlux2KleinMaxSeqLen
    from .prompt_fluxt5_max_seq_len_type_0 import PromptFLUXT5MaxSeqLenType0
    from .prompt_ideogram_4 import PromptIdeogram4
    from .prompt_krea_2 import PromptKrea2
    from .prompt_qwen_image import PromptQwenImage
    from .prompt_qwen_image_quantization import PromptQwenImageQuantization
    from .prompt_sd3 import PromptSD3
    from .prompt_sd15 import PromptSD15
    from .prompt_sdxl import PromptSDXL
    from .prompt_sdxl_refiner import PromptSDXLRefiner
    from .prompt_template import PromptTemplate
    from .prompt_template_output import PromptTemplateOutput
    from .prompt_wan_22 import PromptWan22
    from .prompt_z_image import PromptZImage
    from .prompts_from_file import PromptsFromFile
    from .prune_result import PruneResult
    from .queue_cleared_event import QueueClearedEvent
    from .queue_item_status_changed_event import QueueItemStatusChangedEvent
    from .queue_item_status_changed_event_status import QueueItemStatusChangedEventStatus
    from .queue_items_canceled_event import QueueItemsCanceledEvent
    from .queue_items_canceled_event_canceled_item_ids_by_user import (
        QueueItemsCanceledEventCanceledItemIdsByUser,
    )
    from .queue_items_retried_event import QueueItemsRetriedEvent
    from .queue_items_retried_event_retried_item_ids_by_user import (
        QueueItemsRetriedEventRetriedItemIdsByUser,
    )
    from .qwen_3_encoder_checkpoint_config import Qwen3EncoderCheckpointConfig
    from .qwen_3_encoder_field import Qwen3EncoderField
    from .qwen_3_encoder_gguf_config import Qwen3EncoderGGUFConfig
    from .qwen_3_encoder_qwen_3_encoder_config import Qwen3EncoderQwen3EncoderConfig
    from .qwen_3_encoder_sdnq_config import Qwen3EncoderSDNQConfig
    from .qwen_3_encoder_sdnq_folder_config import Qwen3EncoderSDNQFolderConfig
    from .qwen_3_variant_type import Qwen3VariantType
    from .qwen_3vl_encoder_checkpoint_config import Qwen3VLEncoderCheckpointConfig
    from .qwen_3vl_encoder_field import Qwen3VLEncoderField
    from .qwen_3vl_encoder_qwen_3vl_encoder_config import Qwen3VLEncoderQwen3VLEncoderConfig
    from .qwen_image import QwenImage
    from .qwen_image_conditioning_field import QwenImageConditioningField
    from .qwen_image_conditioning_output import QwenImageConditioningOutput
    from .qwen_image_lo_ra_loader_output import QwenImageLoRALoaderOutput
    from .qwen_image_model_loader_output import QwenImageModelLoaderOutput
    from .qwen_image_variant_type import QwenImageVariantType
    from .qwen_vl_encoder_checkpoint_config import QwenVLEncoderCheckpointConfig
    from .qwen_vl_encoder_diffusers_config import QwenVLEncoderDiffusersConfig
    from .qwen_vl_encoder_field import QwenVLEncoderField
    from .random_float import RandomFloat
    from .random_integer import RandomInteger
    from .random_range import RandomRange
    from .recall_parameter import RecallParameter
    from .recall_parameters_updated_event import RecallParametersUpdatedEvent
    from .recall_parameters_updated_event_parameters import RecallParametersUpdatedEventParameters
    from .reference_image_recall_parameter import ReferenceImageRecallParameter
    from .reference_image_wan_22 import ReferenceImageWan22
    from .refiner_model_sdxl import RefinerModelSDXL
    from .reload_custom_nodes_response_reload_custom_nodes import (
        ReloadCustomNodesResponseReloadCustomNodes,
    )
    from .remote_model_file import RemoteModelFile
    from .remove_images_from_board_result import RemoveImagesFromBoardResult
    from .remove_videos_from_board_result import RemoveVideosFromBoardResult
    from .resize_image import ResizeImage
    from .resize_image_resample_mode import ResizeImageResampleMode
    from .resize_latents import ResizeLatents
    from .resize_latents_mode import ResizeLatentsMode
    from .resource_origin import ResourceOrigin
    from .retry_items_result import RetryItemsResult
    from .round_float import RoundFloat
    from .sam_point import SAMPoint
    from .sam_point_label import SAMPointLabel
    from .sam_points_field import SAMPointsField
    from .save_image import SaveImage
    from .save_image_gallery_file_export import SaveImageGalleryFileExport
    from .save_image_gallery_file_export_file_format import SaveImageGalleryFileExportFileFormat
    from .scale_image import ScaleImage
    from .scale_image_resample_mode import ScaleImageResampleMode
    from .scale_latents import ScaleLatents
    from .scale_latents_mode import ScaleLatentsMode
    from .scheduler import Scheduler
    from .scheduler_output import SchedulerOutput
    from .scheduler_output_scheduler import SchedulerOutputScheduler
    from .scheduler_prediction_type import SchedulerPredictionType
    from .scheduler_scheduler import SchedulerScheduler
    from .sd3_conditioning_field import SD3ConditioningField
    from .sd3_conditioning_output import SD3ConditioningOutput
    from .sd_3_model_loader_output import Sd3ModelLoaderOutput
    from .sdxl_lo_ra_loader_output import SDXLLoRALoaderOutput
    from .sdxl_model_loader_output import SDXLModelLoaderOutput
    from .sdxl_refiner_model_loader_output import SDXLRefinerModelLoaderOutput
    from .seamless_mode_output import SeamlessModeOutput
    from .seed_variance_enhancer_z_image import SeedVarianceEnhancerZImage
    from .seed_variance_krea_2 import SeedVarianceKrea2
    from .seedream_image_generation import SeedreamImageGeneration
    from .seedream_image_generation_mode import SeedreamImageGenerationMode
    from .segment_anything import SegmentAnything
    from .segment_anything_mask_filter import SegmentAnythingMaskFilter
    from .segment_anything_model_type_0 import SegmentAnythingModelType0
    from .select_lo_ra import SelectLoRA
    from .session_processor_status import SessionProcessorStatus
    from .session_queue_and_processor_status import SessionQueueAndProcessorStatus
    from .session_queue_counts_by_destination import SessionQueueCountsByDestination
    from .session_queue_item import SessionQueueItem
    from .session_queue_item_status import SessionQueueItemStatus
    from .session_queue_item_summary import SessionQueueItemSummary
    from .session_queue_item_summary_status import SessionQueueItemSummaryStatus
    from .session_queue_status import SessionQueueStatus
    from .setup_request import SetupRequest
    from .setup_response import SetupResponse
    from .setup_status_response import SetupStatusResponse
    from .show_image import ShowImage
    from .sig_lip_diffusers_config import SigLIPDiffusersConfig
    from .solid_color_infill import SolidColorInfill
    from .spandrel_checkpoint_config import SpandrelCheckpointConfig
    from .sq_lite_direction import SQLiteDirection
    from .starred_images_result import StarredImagesResult
    from .starred_videos_result import StarredVideosResult
    from .starter_model import StarterModel
    from .starter_model_bundle import StarterModelBundle
    from .starter_model_response import StarterModelResponse
    from .starter_model_response_starter_bundles import StarterModelResponseStarterBundles
    from .starter_model_without_dependencies import StarterModelWithoutDependencies
    from .string_2_output import String2Output
    from .string_batch import StringBatch
    from .string_batch_batch_group import StringBatchBatchGroup
    from .string_collection_output import StringCollectionOutput
    from .string_collection_primitive import StringCollectionPrimitive
    from .string_generator import StringGenerator
    from .string_generator_field import StringGeneratorField
    from .string_generator_output import StringGeneratorOutput
    from .string_join import StringJoin
    from .string_join_three import StringJoinThree
    from .string_output import StringOutput
    from .string_pos_neg_output import StringPosNegOutput
    from .string_primitive import StringPrimitive
    from .string_replace import StringReplace
    from .string_split import StringSplit
    from .string_split_negative import StringSplitNegative
    from .style_preset_field import StylePresetField
    from .style_preset_record_with_image import StylePresetRecordWithImage
    from .style_reference_krea_2 import StyleReferenceKrea2
    from .style_reference_krea_2_fit import StyleReferenceKrea2Fit
    from .style_reference_krea_2_value_mode import StyleReferenceKrea2ValueMode
    from .sub_model_type import SubModelType
    from .submodel_definition import SubmodelDefinition
    from .subtract_integers import SubtractIntegers
    from .system_prompt_changes import SystemPromptChanges
    from .system_prompt_field import SystemPromptField
    from .system_prompt_record_dto import SystemPromptRecordDTO
    from .system_prompt_without_id import SystemPromptWithoutId
    from .t2i_adapter_diffusers_sd1_config import T2IAdapterDiffusersSD1Config
    from .t2i_adapter_diffusers_sdxl_config import T2IAdapterDiffusersSDXLConfig
    from .t2i_adapter_field import T2IAdapterField
    from .t2i_adapter_field_resize_mode import T2IAdapterFieldResizeMode
    from .t2i_adapter_metadata_field import T2IAdapterMetadataField
    from .t2i_adapter_metadata_field_resize_mode import T2IAdapterMetadataFieldResizeMode
    from .t2i_adapter_output import T2IAdapterOutput
    from .t2i_adapter_sd15sdxl import T2IAdapterSD15SDXL
    from .t2i_adapter_sd15sdxl_resize_mode import T2IAdapterSD15SDXLResizeMode
    from .t5_encoder_bn_bll_mint_8_config import T5EncoderBnBLLMint8Config
    from .t5_encoder_field import T5EncoderField
    from .t5_encoder_gguf_config import T5EncoderGGUFConfig
    from .t5_encoder_sdnq_config import T5EncoderSDNQConfig
    from .t5_encoder_t5_encoder_config import T5EncoderT5EncoderConfig
    from .tblr import TBLR
    from .tensor_field import TensorField
    from .tensor_mask_to_image import TensorMaskToImage
    from .text_llm import TextLLM
    from .text_llm_diffusers_config import TextLLMDiffusersConfig
    from .text_llm_with_system_prompt_preset import TextLLMWithSystemPromptPreset
    from .ti_file_sd1_config import TIFileSD1Config
    from .ti_file_sd2_config import TIFileSD2Config
    from .ti_file_sdxl_config import TIFileSDXLConfig
    from .ti_folder_sd1_config import TIFolderSD1Config
    from .ti_folder_sd2_config import TIFolderSD2Config
    from .ti_folder_sdxl_config import TIFolderSDXLConfig
    from .tile import Tile
    from .tile_infill import TileInfill
    from .tile_to_properties import TileToProperties
    from .tile_to_properties_output import TileToPropertiesOutput
    from .tile_with_image import TileWithImage
    from .tiled_multi_diffusion_denoise_sd15sdxl import TiledMultiDiffusionDenoiseSD15SDXL
    from .tiled_multi_diffusion_denoise_sd15sdxl_scheduler import (
        TiledMultiDiffusionDenoiseSD15SDXLScheduler,
    )
    from .transformer_field import TransformerField
    from .u_net_field import UNetField
    from .u_net_output import UNetOutput
    from .ui_component import UIComponent
    from .ui_config_base import UIConfigBase
    from .ui_type import UIType
    from .uninstall_node_pack_response import UninstallNodePackResponse
    from .unknown_config import UnknownConfig
    from .unsharp_mask import UnsharpMask
    from .unsharp_mask_oklab import UnsharpMaskOklab
    from .unstarred_images_result import UnstarredImagesResult
    from .unstarred_videos_result import UnstarredVideosResult
    from .update_app_generation_settings_request import UpdateAppGenerationSettingsRequest
    from .update_app_generation_settings_request_image_subfolder_strategy import (
        UpdateAppGenerationSettingsRequestImageSubfolderStrategy,
    )
    from .update_recall_parameters_response_update_recall_parameters import (
        UpdateRecallParametersResponseUpdateRecallParameters,
    )
    from .upload_video_body_upload_video import UploadVideoBodyUploadVideo
    from .upscale_real_esrgan import UpscaleRealESRGAN
    from .upscale_real_esrgan_model_name import UpscaleRealESRGANModelName
    from .url_model_source import URLModelSource
    from .url_regex_token_pair import URLRegexTokenPair
    from .user_dto import UserDTO
    from .user_font import UserFont
    from .user_font_face import UserFontFace
    from .user_fonts_response import UserFontsResponse
    from .user_profile_update_request import UserProfileUpdateRequest
    from .vae_checkpoint_anima_config import VAECheckpointAnimaConfig
    from .vae_checkpoint_flux_2_config import VAECheckpointFlux2Config
    from .vae_checkpoint_flux_config import VAECheckpointFLUXConfig
    from .vae_checkpoint_qwen_image_config import VAECheckpointQwenImageConfig
    from .vae_checkpoint_sd1_config import VAECheckpointSD1Config
    from .vae_checkpoint_sd2_config import VAECheckpointSD2Config
    from .vae_checkpoint_sdxl_config import VAECheckpointSDXLConfig
    from .vae_checkpoint_wan_config import VAECheckpointWanConfig
    from .vae_checkpoint_wan_config_latent_channels import VAECheckpointWanConfigLatentChannels
    from .vae_diffusers_flux_2_config import VAEDiffusersFlux2Config
    from .vae_diffusers_sd1_config import VAEDiffusersSD1Config
    from .vae_diffusers_sdxl_config import VAEDiffusersSDXLConfig
    from .vae_diffusers_wan_config import VAEDiffusersWanConfig
    from .vae_diffusers_wan_config_latent_channels import VAEDiffusersWanConfigLatentChannels
    from .vae_field import VAEField
    from .vae_model_sd15sd2sdxlsd3flux import VAEModelSD15SD2SDXLSD3FLUX
    from .vae_output import VAEOutput
    from .validation_error import ValidationError
    from .validation_error_context import ValidationErrorContext
    from .video_board_arg import VideoBoardArg
    from .video_dto import VideoDTO
    from .video_field import VideoField
    from .video_names_batch import VideoNamesBatch
    from .video_names_result import VideoNamesResult
    from .video_output import VideoOutput
    from .video_primitive import VideoPrimitive
    from .video_record_changes import VideoRecordChanges
    from .video_urls_dto import VideoUrlsDTO
    from .virtual_sub_board_dto import VirtualSubBoardDTO
    from .wan_22i2v_ideal_dimensions_a14b import Wan22I2VIdealDimensionsA14B
    from .wan_22i2v_ideal_dimensions_a14b_rounding import Wan22I2VIdealDimensionsA14BRounding
    from .wan_22i2v_ideal_dimensions_a14b_target_resolution import (
        Wan22I2VIdealDimensionsA14BTargetResolution,
    )
    from .wan_22ti2v_ideal_dimensions_5b import Wan22TI2VIdealDimensions5B
    from .wan_22ti2v_ideal_dimensions_5b_rounding import Wan22TI2VIdealDimensions5BRounding
    from .wan_22ti2v_ideal_dimensions_5b_target_resolution import (
        Wan22TI2VIdealDimensions5BTargetResolution,
    )
    from .wan_conditioning_field import WanConditioningField
    from .wan_conditioning_output import WanConditioningOutput
    from .wan_lo_ra_loader_output import WanLoRALoaderOutput
    from .wan_lo_ra_variant_type import WanLoRAVariantType
    from .wan_model_loader_output import WanModelLoaderOutput
    from .wan_ref_image_conditioning_field import WanRefImageConditioningField
    from .wan_ref_image_output import WanRefImageOutput
    from .wan_t5_encoder_field import WanT5EncoderField
    from .wan_t5_encoder_wan_t5_encoder_config import WanT5EncoderWanT5EncoderConfig
    from .wan_transformer_field import WanTransformerField
    from .wan_variant_type import WanVariantType
    from .workflow import Workflow
    from .workflow_access_revoked_event import WorkflowAccessRevokedEvent
    from .workflow_and_graph_response import WorkflowAndGraphResponse
    from .workflow_call_compatibility import WorkflowCallCompatibility
    from .workflow_call_compatibility_reason import WorkflowCallCompatibilityReason
    from .workflow_call_execution import WorkflowCallExecution
    from .workflow_call_execution_aggregated_values import WorkflowCallExecutionAggregatedValues
    from .workflow_call_execution_child_outputs import WorkflowCallExecutionChildOutputs
    from .workflow_call_execution_child_outputs_additional_property import (
        WorkflowCallExecutionChildOutputsAdditionalProperty,
    )
    from .workflow_call_execution_status import WorkflowCallExecutionStatus
    from .workflow_call_frame import WorkflowCallFrame
    from .workflow_call_parent_ref import WorkflowCallParentRef
    from .workflow_category import WorkflowCategory
    from .workflow_created_event import WorkflowCreatedEvent
    from .workflow_deleted_event import WorkflowDeletedEvent
    from .workflow_edges_item import WorkflowEdgesItem
    from .workflow_form_type_0 import WorkflowFormType0
    from .workflow_meta import WorkflowMeta
    from .workflow_nodes_item import WorkflowNodesItem
    from .workflow_record_dto import WorkflowRecordDTO
    from .workflow_record_list_item_with_thumbnail_dto import WorkflowRecordListItemWithThumbnailDTO
    from .workflow_record_order_by import WorkflowRecordOrderBy
    from .workflow_record_with_thumbnail_dto import WorkflowRecordWithThumbnailDTO
    from .workflow_return import WorkflowReturn
    from .workflow_return_get_output import WorkflowReturnGetOutput
    from .workflow_return_output import WorkflowReturnOutput
    from .workflow_return_output_values import WorkflowReturnOutputValues
    from .workflow_return_value import WorkflowReturnValue
    from .workflow_return_value_field import WorkflowReturnValueField
    from .workflow_return_value_output import WorkflowReturnValueOutput
    from .workflow_updated_event import WorkflowUpdatedEvent
    from .workflow_without_id import WorkflowWithoutID
    from .workflow_without_id_edges_item import WorkflowWithoutIDEdgesItem
    from .workflow_without_id_form_type_0 import WorkflowWithoutIDFormType0
    from .workflow_without_id_nodes_item import WorkflowWithoutIDNodesItem
    from .z_image_conditioning_field import ZImageConditioningField
    from .z_image_conditioning_output import ZImageConditioningOutput
    from .z_image_control_field import ZImageControlField
    from .z_image_control_net import ZImageControlNet
    from .z_image_control_output import ZImageControlOutput
    from .z_image_lo_ra_loader_output import ZImageLoRALoaderOutput
    from .z_image_model_loader_output import ZImageModelLoaderOutput
    from .z_image_variant_type import ZImageVariantType

_MODULE_OF: dict[str, str] = {
    "AddImageNoise": ".add_image_noise",
    "AddImageNoiseNoiseType": ".add_image_noise_noise_type",
    "AddImagesToBoardResult": ".add_images_to_board_result",
    "AddIntegers": ".add_integers",
    "AddInvisibleWatermark": ".add_invisible_watermark",
    "AddVideosToBoardResult": ".add_videos_to_board_result",
    "AdjustImageHue": ".adjust_image_hue",
    "AdjustImageHueOklch": ".adjust_image_hue_oklch",
    "AdjustImageHuePlus": ".adjust_image_hue_plus",
    "AdjustImageHuePlusSpace": ".adjust_image_hue_plus_space",
    "AdminUserCreateRequest": ".admin_user_create_request",
    "AdminUserUpdateRequest": ".admin_user_update_request",
    "AlibabaCloudDashScopeImageGeneration": ".alibaba_cloud_dash_scope_image_generation",
    "AlibabaCloudDashScopeImageGenerationMode": ".alibaba_cloud_dash_scope_image_generation_mode",
    "AlphaMaskToTensor": ".alpha_mask_to_tensor",
    "AnimaConditioningField": ".anima_conditioning_field",
    "AnimaConditioningOutput": ".anima_conditioning_output",
    "AnimaControlNetLLLite": ".anima_control_net_ll_lite",
    "AnimaLLLiteField": ".anima_ll_lite_field",
    "AnimaLLLiteOutput": ".anima_ll_lite_output",
    "AnimaLoRALoaderOutput": ".anima_lo_ra_loader_output",
    "AnimaModelLoaderOutput": ".anima_model_loader_output",
    "AnyModel": ".any_model",
    "AppVersion": ".app_version",
    "ApplyCLIPSkipSD15SDXL": ".apply_clip_skip_sd15sdxl",
    "ApplyFreeUSD15SDXL": ".apply_free_usd15sdxl",
    "ApplyLoRAAnima": ".apply_lo_ra_anima",
    "ApplyLoRACollectionAnima": ".apply_lo_ra_collection_anima",
    "ApplyLoRACollectionFLUX": ".apply_lo_ra_collection_flux",
    "ApplyLoRACollectionFLUX2Dev": ".apply_lo_ra_collection_flux2_dev",
    "ApplyLoRACollectionFlux2Klein": ".apply_lo_ra_collection_flux_2_klein",
    "ApplyLoRACollectionKrea2": ".apply_lo_ra_collection_krea_2",
    "ApplyLoRACollectionQwenImage": ".apply_lo_ra_collection_qwen_image",
    "ApplyLoRACollectionSD15": ".apply_lo_ra_collection_sd15",
    "ApplyLoRACollectionSDXL": ".apply_lo_ra_collection_sdxl",
    "ApplyLoRACollectionWan22": ".apply_lo_ra_collection_wan_22",
    "ApplyLoRACollectionZImage": ".apply_lo_ra_collection_z_image",
    "ApplyLoRAFlux2Klein": ".apply_lo_ra_flux_2_klein",
    "ApplyLoRAKrea2": ".apply_lo_ra_krea_2",
    "ApplyLoRAQwenImage": ".apply_lo_ra_qwen_image",
    "ApplyLoRAWan22": ".apply_lo_ra_wan_22",
    "ApplyLoRAWan22Target": ".apply_lo_ra_wan_22_target",
    "ApplyLoRAFLUX": ".apply_lo_raflux",
    "ApplyLoRAFLUX2Dev": ".apply_lo_raflux2_dev",
    "ApplyLoRASD15": ".apply_lo_rasd15",
    "ApplyLoRASDXL": ".apply_lo_rasdxl",
    "ApplyLoRAZImage": ".apply_lo_raz_image",
    "ApplyMaskToImage": ".apply_mask_to_image",
    "ApplySeamlessSD15SDXL": ".apply_seamless_sd15sdxl",
    "ApplyTensorMaskToImage": ".apply_tensor_mask_to_image",
    "BaseMetadata": ".base_metadata",
    "BaseModelType": ".base_model_type",
    "Batch": ".batch",
    "BatchDatum": ".batch_datum",
    "BatchEnqueuedEvent": ".batch_enqueued_event",
    "BatchStatus": ".batch_status",
    "BlankImage": ".blank_image",
    "BlankImageMode": ".blank_image_mode",
    "BlendLatents": ".blend_latents",
    "BlurImage": ".blur_image",
    "BlurImageBlurType": ".blur_image_blur_type",
    "BlurNSFWImage": ".blur_nsfw_image",
    "BoardChanges": ".board_changes",
    "BoardDTO": ".board_dto",
    "BoardField": ".board_field",
    "BoardRecordOrderBy": ".board_record_order_by",
    "BoardVisibility": ".board_visibility",
    "BodyAddImageToBoard": ".body_add_image_to_board",
    "BodyAddImagesToBoard": ".body_add_images_to_board",
    "BodyCancelByBatchIds": ".body_cancel_by_batch_ids",
    "BodyCreateImageUploadEntry": ".body_create_image_upload_entry",
    "BodyCreateStylePreset": ".body_create_style_preset",
    "BodyCreateWorkflow": ".body_create_workflow",
    "BodyDeleteImagesFromList": ".body_delete_images_from_list",
    "BodyDoHfLogin": ".body_do_hf_login",
    "BodyDownloadImagesFromList": ".body_download_images_from_list",
    "BodyEnqueueBatch": ".body_enqueue_batch",
    "BodyGetImagesByNames": ".body_get_images_by_names",
    "BodyGetQueueItemSummariesByIds": ".body_get_queue_item_summaries_by_ids",
    "BodyGetQueueItemsByItemIds": ".body_get_queue_items_by_item_ids",
    "BodyImportStylePresets": ".body_import_style_presets",
    "BodyParseDynamicprompts": ".body_parse_dynamicprompts",
    "BodyRemoveImageFromBoard": ".body_remove_image_from_board",
    "BodyRemoveImagesFromBoard": ".body_remove_images_from_board",
    "BodyRemoveVideoFromBoard": ".body_remove_video_from_board",
    "BodySetWorkflowThumbnail": ".body_set_workflow_thumbnail",
    "BodyStarImagesInList": ".body_star_images_in_list",
    "BodyUnstarImagesInList": ".body_unstar_images_in_list",
    "BodyUpdateModelImage": ".body_update_model_image",
    "BodyUpdateStylePreset": ".body_update_style_preset",
    "BodyUpdateWorkflow": ".body_update_workflow",
    "BodyUpdateWorkflowIsPublic": ".body_update_workflow_is_public",
    "BodyUploadImage": ".body_upload_image",
    "BooleanCollectionOutput": ".boolean_collection_output",
    "BooleanCollectionPrimitive": ".boolean_collection_primitive",
    "BooleanOutput": ".boolean_output",
    "BooleanPrimitive": ".boolean_primitive",
    "BoundingBox": ".bounding_box",
    "BoundingBoxCollectionOutput": ".bounding_box_collection_output",
    "BoundingBoxField": ".bounding_box_field",
    "BoundingBoxOutput": ".bounding_box_output",
    "BulkDeleteModelsRequest": ".bulk_delete_models_request",
    "BulkDeleteModelsResponse": ".bulk_delete_models_response",
    "BulkDeleteModelsResponseFailedItem": ".bulk_delete_models_response_failed_item",
    "BulkDownloadCompleteEvent": ".bulk_download_complete_event",
    "BulkDownloadErrorEvent": ".bulk_download_error_event",
    "BulkDownloadStartedEvent": ".bulk_download_started_event",
    "BulkReidentifyModelsRequest": ".bulk_reidentify_models_request",
    "BulkReidentifyModelsResponse": ".bulk_reidentify_models_response",
    "BulkReidentifyModelsResponseFailedItem": ".bulk_reidentify_models_response_failed_item",
    "CacheStats": ".cache_stats",
    "CacheStatsLoadedModelSizes": ".cache_stats_loaded_model_sizes",
    "CalculateImageTiles": ".calculate_image_tiles",
    "CalculateImageTilesEvenSplit": ".calculate_image_tiles_even_split",
    "CalculateImageTilesMinimumOverlap": ".calculate_image_tiles_minimum_overlap",
    "CalculateImageTilesOutput": ".calculate_image_tiles_output",
    "CallSavedWorkflow": ".call_saved_workflow",
    "CallSavedWorkflowWorkflowInputs": ".call_saved_workflow_workflow_inputs",
    "CancelAllExceptCurrentResult": ".cancel_all_except_current_result",
    "CancelByBatchIDsResult": ".cancel_by_batch_i_ds_result",
    "CancelByDestinationResult": ".cancel_by_destination_result",
    "CannyEdgeDetection": ".canny_edge_detection",
    "CanvasOutput": ".canvas_output",
    "CanvasPasteBack": ".canvas_paste_back",
    "CanvasV2MaskAndCrop": ".canvas_v2_mask_and_crop",
    "CaptionBuilderIdeogram4": ".caption_builder_ideogram_4",
    "CenterPadOrCropImage": ".center_pad_or_crop_image",
    "Classification": ".classification",
    "ClearResult": ".clear_result",
    "CLIPEmbedDiffusersGConfig": ".clip_embed_diffusers_g_config",
    "CLIPEmbedDiffusersLConfig": ".clip_embed_diffusers_l_config",
    "CLIPField": ".clip_field",
    "CLIPOutput": ".clip_output",
    "CLIPSkipInvocationOutput": ".clip_skip_invocation_output",
    "ClipVariantType": ".clip_variant_type",
    "CLIPVisionDiffusersConfig": ".clip_vision_diffusers_config",
    "CogView4ConditioningField": ".cog_view_4_conditioning_field",
    "CogView4ConditioningOutput": ".cog_view_4_conditioning_output",
    "CogView4ModelLoaderOutput": ".cog_view_4_model_loader_output",
    "CollectInvocation": ".collect_invocation",
    "CollectInvocationOutput": ".collect_invocation_output",
    "ColorCollectionOutput": ".color_collection_output",
    "ColorCorrect": ".color_correct",
    "ColorCorrectColorSpace": ".color_correct_color_space",
    "ColorField": ".color_field",
    "ColorMap": ".color_map",
    "ColorOutput": ".color_output",
    "ColorPrimitive": ".color_primitive",
    "CombineMasks": ".combine_masks",
    "ConcatenateVideos": ".concatenate_videos",
    "ConcatenateVideosTransition": ".concatenate_videos_transition",
    "ConditioningCollectionOutput": ".conditioning_collection_output",
    "ConditioningCollectionPrimitive": ".conditioning_collection_primitive",
    "ConditioningField": ".conditioning_field",
    "ConditioningOutput": ".conditioning_output",
    "ConditioningPrimitive": ".conditioning_primitive",
    "ConditioningRebalanceKrea2": ".conditioning_rebalance_krea_2",
    "ContentShuffle": ".content_shuffle",
    "ControlAdapterDefaultSettings": ".control_adapter_default_settings",
    "ControlField": ".control_field",
    "ControlFieldControlMode": ".control_field_control_mode",
    "ControlFieldResizeMode": ".control_field_resize_mode",
    "ControlLoRAField": ".control_lo_ra_field",
    "ControlLoRALyCORISFLUXConfig": ".control_lo_ra_ly_corisflux_config",
    "ControlLoRAFLUX": ".control_lo_raflux",
    "ControlNetCheckpointAnimaConfig": ".control_net_checkpoint_anima_config",
    "ControlNetCheckpointFLUXConfig": ".control_net_checkpoint_flux_config",
    "ControlNetCheckpointSD1Config": ".control_net_checkpoint_sd1_config",
    "ControlNetCheckpointSD2Config": ".control_net_checkpoint_sd2_config",
    "ControlNetCheckpointSDXLConfig": ".control_net_checkpoint_sdxl_config",
    "ControlNetCheckpointZImageConfig": ".control_net_checkpoint_z_image_config",
    "ControlNetDiffusersFLUXConfig": ".control_net_diffusers_flux_config",
    "ControlNetDiffusersSD1Config": ".control_net_diffusers_sd1_config",
    "ControlNetDiffusersSD2Config": ".control_net_diffusers_sd2_config",
    "ControlNetDiffusersSDXLConfig": ".control_net_diffusers_sdxl_config",
    "ControlNetMetadataField": ".control_net_metadata_field",
    "ControlNetMetadataFieldControlMode": ".control_net_metadata_field_control_mode",
    "ControlNetMetadataFieldResizeMode": ".control_net_metadata_field_resize_mode",
    "ControlNetRecallParameter": ".control_net_recall_parameter",
    "ControlNetRecallParameterControlModeType0": ".control_net_recall_parameter_control_mode_type_0",
    "ControlNetSD15SD2SDXL": ".control_net_sd15sd2sdxl",
    "ControlNetSD15SD2SDXLControlMode": ".control_net_sd15sd2sdxl_control_mode",
    "ControlNetSD15SD2SDXLResizeMode": ".control_net_sd15sd2sdxl_resize_mode",
    "ControlOutput": ".control_output",
    "ConvertImageMode": ".convert_image_mode",
    "ConvertImageModeMode": ".convert_image_mode_mode",
    "CoreMetadata": ".core_metadata",
    "CoreMetadataGenerationModeType0": ".core_metadata_generation_mode_type_0",
    "CountsByCategoryResponseCountsByCategory": ".counts_by_category_response_counts_by_category",
    "CreateDenoiseMask": ".create_denoise_mask",
    "CreateGradientMask": ".create_gradient_mask",
    "CreateGradientMaskCoherenceMode": ".create_gradient_mask_coherence_mode",
    "CreateLatentNoise": ".create_latent_noise",
    "CreateLatentNoiseNoiseType": ".create_latent_noise_noise_type",
    "CreateRectangleMask": ".create_rectangle_mask",
    "CropImage": ".crop_image",
    "CropImageToBoundingBox": ".crop_image_to_bounding_box",
    "CropLatents": ".crop_latents",
    "CV2Infill": ".cv2_infill",
    "DecodeInvisibleWatermark": ".decode_invisible_watermark",
    "DeleteAllExceptCurrentResult": ".delete_all_except_current_result",
    "DeleteBoardResult": ".delete_board_result",
    "DeleteByDestinationResult": ".delete_by_destination_result",
    "DeleteImagesResult": ".delete_images_result",
    "DeleteOrphanedModelsRequest": ".delete_orphaned_models_request",
    "DeleteOrphanedModelsResponse": ".delete_orphaned_models_response",
    "DeleteOrphanedModelsResponseErrors": ".delete_orphaned_models_response_errors",
    "DeleteVideosResult": ".delete_videos_result",
    "DenoiseAnima": ".denoise_anima",
    "DenoiseAnimaMetadata": ".denoise_anima_metadata",
    "DenoiseAnimaMetadataScheduler": ".denoise_anima_metadata_scheduler",
    "DenoiseAnimaScheduler": ".denoise_anima_scheduler",
    "DenoiseCogView4": ".denoise_cog_view_4",
    "DenoiseERNIEImage": ".denoise_ernie_image",
    "DenoiseERNIEImageScheduler": ".denoise_ernie_image_scheduler",
    "DenoiseIdeogram4": ".denoise_ideogram_4",
    "DenoiseIdeogram4SamplerPreset": ".denoise_ideogram_4_sampler_preset",
    "DenoiseKrea2": ".denoise_krea_2",
    "DenoiseMaskField": ".denoise_mask_field",
    "DenoiseMaskOutput": ".denoise_mask_output",
    "DenoiseQwenImage": ".denoise_qwen_image",
    "DenoiseSD15SDXL": ".denoise_sd15sdxl",
    "DenoiseSD15SDXLMetadata": ".denoise_sd15sdxl_metadata",
    "DenoiseSD15SDXLMetadataScheduler": ".denoise_sd15sdxl_metadata_scheduler",
    "DenoiseSD15SDXLScheduler": ".denoise_sd15sdxl_scheduler",
    "DenoiseSD3": ".denoise_sd3",
    "DenoiseVideoWan22": ".denoise_video_wan_22",
    "DenoiseWan22": ".denoise_wan_22",
    "DenoiseZImage": ".denoise_z_image",
    "DenoiseZImageMetadata": ".denoise_z_image_metadata",
    "DenoiseZImageMetadataScheduler": ".denoise_z_image_metadata_scheduler",
    "DenoiseZImageScheduler": ".denoise_z_image_scheduler",
    "DepthAnythingDepthEstimation": ".depth_anything_depth_estimation",
    "DepthAnythingDepthEstimationModelSize": ".depth_anything_depth_estimation_model_size",
    "DivideIntegers": ".divide_integers",
    "DownloadCancelledEvent": ".download_cancelled_event",
    "DownloadCompleteEvent": ".download_complete_event",
    "DownloadErrorEvent": ".download_error_event",
    "DownloadJob": ".download_job",
    "DownloadJobStatus": ".download_job_status",
    "DownloadPausedEvent": ".download_paused_event",
    "DownloadProgressEvent": ".download_progress_event",
    "DownloadStartedEvent": ".download_started_event",
    "DWOpenposeDetection": ".dw_openpose_detection",
    "DynamicPrompt": ".dynamic_prompt",
    "DynamicPromptsResponse": ".dynamic_prompts_response",
    "Edge": ".edge",
    "EdgeConnection": ".edge_connection",
    "EnhanceImage": ".enhance_image",
    "EnqueueBatchResult": ".enqueue_batch_result",
    "EquivalentAchromaticLightness": ".equivalent_achromatic_lightness",
    "ErnieImageConditioningField": ".ernie_image_conditioning_field",
    "ErnieImageConditioningOutput": ".ernie_image_conditioning_output",
    "ErnieImageModelLoaderOutput": ".ernie_image_model_loader_output",
    "ExpandMaskWithFade": ".expand_mask_with_fade",
    "ExpandPromptRequest": ".expand_prompt_request",
    "ExpandPromptResponse": ".expand_prompt_response",
    "ExposedField": ".exposed_field",
    "ExternalApiModelConfig": ".external_api_model_config",
    "ExternalApiModelDefaultSettings": ".external_api_model_default_settings",
    "ExternalImageSize": ".external_image_size",
    "ExternalModelCapabilities": ".external_model_capabilities",
    "ExternalModelCapabilitiesAspectRatioSizesType0": ".external_model_capabilities_aspect_ratio_sizes_type_0",
    "ExternalModelCapabilitiesInputImageRequiredForType0Item": ".external_model_capabilities_input_image_required_for_type_0_item",
    "ExternalModelCapabilitiesMaskFormat": ".external_model_capabilities_mask_format",
    "ExternalModelCapabilitiesModesItem": ".external_model_capabilities_modes_item",
    "ExternalModelPanelControl": ".external_model_panel_control",
    "ExternalModelPanelControlName": ".external_model_panel_control_name",
    "ExternalModelPanelSchema": ".external_model_panel_schema",
    "ExternalModelSource": ".external_model_source",
    "ExternalProviderConfigModel": ".external_provider_config_model",
    "ExternalProviderConfigUpdate": ".external_provider_config_update",
    "ExternalProviderStatusModel": ".external_provider_status_model",
    "ExternalResolutionPreset": ".external_resolution_preset",
    "ExtractImageChannel": ".extract_image_channel",
    "ExtractImageChannelChannel": ".extract_image_channel_channel",
    "ExtractVideoRangeOutput": ".extract_video_range_output",
    "FaceIdentifier": ".face_identifier",
    "FaceMask": ".face_mask",
    "FaceMaskOutput": ".face_mask_output",
    "FaceOff": ".face_off",
    "FaceOffOutput": ".face_off_output",
    "FieldKind": ".field_kind",
    "FloatBatch": ".float_batch",
    "FloatBatchBatchGroup": ".float_batch_batch_group",
    "FloatCollectionOutput": ".float_collection_output",
    "FloatCollectionPrimitive": ".float_collection_primitive",
    "FloatGenerator": ".float_generator",
    "FloatGeneratorField": ".float_generator_field",
    "FloatGeneratorOutput": ".float_generator_output",
    "FloatMath": ".float_math",
    "FloatMathOperation": ".float_math_operation",
    "FloatOutput": ".float_output",
    "FloatPrimitive": ".float_primitive",
    "FloatRange": ".float_range",
    "FloatToInteger": ".float_to_integer",
    "FloatToIntegerMethod": ".float_to_integer_method",
    "FLUX2Denoise": ".flux2_denoise",
    "FLUX2DenoiseScheduler": ".flux2_denoise_scheduler",
    "Flux2DevLoRALoaderOutput": ".flux_2_dev_lo_ra_loader_output",
    "Flux2DevModelLoaderOutput": ".flux_2_dev_model_loader_output",
    "Flux2DevModelLoaderOutputMaxSeqLength": ".flux_2_dev_model_loader_output_max_seq_length",
    "Flux2KleinLoRALoaderOutput": ".flux_2_klein_lo_ra_loader_output",
    "Flux2KleinModelLoaderOutput": ".flux_2_klein_model_loader_output",
    "Flux2KleinModelLoaderOutputMaxSeqLength": ".flux_2_klein_model_loader_output_max_seq_length",
    "Flux2VariantType": ".flux_2_variant_type",
    "FluxConditioningCollectionOutput": ".flux_conditioning_collection_output",
    "FluxConditioningField": ".flux_conditioning_field",
    "FluxConditioningOutput": ".flux_conditioning_output",
    "FluxControlLoRALoaderOutput": ".flux_control_lo_ra_loader_output",
    "FLUXControlNet": ".flux_control_net",
    "FluxControlNetField": ".flux_control_net_field",
    "FluxControlNetFieldResizeMode": ".flux_control_net_field_resize_mode",
    "FluxControlNetOutput": ".flux_control_net_output",
    "FLUXControlNetResizeMode": ".flux_control_net_resize_mode",
    "FLUXDenoise": ".flux_denoise",
    "FLUXDenoiseDypePreset": ".flux_denoise_dype_preset",
    "FLUXDenoiseMetadata": ".flux_denoise_metadata",
    "FLUXDenoiseMetadataDypePreset": ".flux_denoise_metadata_dype_preset",
    "FLUXDenoiseMetadataScheduler": ".flux_denoise_metadata_scheduler",
    "FLUXDenoiseScheduler": ".flux_denoise_scheduler",
    "FLUXFillConditioning": ".flux_fill_conditioning",
    "FluxFillConditioningField": ".flux_fill_conditioning_field",
    "FluxFillOutput": ".flux_fill_output",
    "FluxKontextConditioningField": ".flux_kontext_conditioning_field",
    "FLUXKontextImagePrep": ".flux_kontext_image_prep",
    "FluxKontextOutput": ".flux_kontext_output",
    "FluxLoRALoaderOutput": ".flux_lo_ra_loader_output",
    "FluxModelLoaderOutput": ".flux_model_loader_output",
    "FluxModelLoaderOutputMaxSeqLength": ".flux_model_loader_output_max_seq_length",
    "FLUXRedux": ".flux_redux",
    "FLUXReduxCheckpointConfig": ".flux_redux_checkpoint_config",
    "FluxReduxConditioningField": ".flux_redux_conditioning_field",
    "FLUXReduxDownsamplingFunction": ".flux_redux_downsampling_function",
    "FluxReduxOutput": ".flux_redux_output",
    "FluxVariantType": ".flux_variant_type",
    "FLUXIPAdapter": ".fluxip_adapter",
    "FoundModel": ".found_model",
    "FrameFromVideo": ".frame_from_video",
    "FrameRangeFromVideo": ".frame_range_from_video",
    "FreeUConfig": ".free_u_config",
    "GalleryItem": ".gallery_item",
    "GalleryItemKind": ".gallery_item_kind",
    "GalleryItemNames": ".gallery_item_names",
    "GalleryItemNamesResult": ".gallery_item_names_result",
    "GalleryItemRef": ".gallery_item_ref",
    "GeminiImageGeneration": ".gemini_image_generation",
    "GeminiImageGenerationMode": ".gemini_image_generation_mode",
    "GeminiImageGenerationThinkingLevelType0": ".gemini_image_generation_thinking_level_type_0",
    "Gemma2EncoderField": ".gemma_2_encoder_field",
    "Gemma2EncoderGemma2EncoderConfig": ".gemma_2_encoder_gemma_2_encoder_config",
    "Gemma2EncoderGGUFConfig": ".gemma_2_encoder_gguf_config",
    "Gemma2EncoderOutput": ".gemma_2_encoder_output",
    "Gemma2EncoderPiD": ".gemma_2_encoder_pi_d",
    "GeneratePasswordResponse": ".generate_password_response",
    "GenerationDeviceOption": ".generation_device_option",
    "GetAppDepsResponseGetAppDeps": ".get_app_deps_response_get_app_deps",
    "GetCountsByTagResponseGetCountsByTag": ".get_counts_by_tag_response_get_counts_by_tag",
    "GetImageMaskBoundingBox": ".get_image_mask_bounding_box",
    "GetRecallParametersResponseGetRecallParameters": ".get_recall_parameters_response_get_recall_parameters",
    "GetWorkflowReturnValue": ".get_workflow_return_value",
    "GetWorkflowReturnValueValues": ".get_workflow_return_value_values",
    "GlmEncoderField": ".glm_encoder_field",
    "GradientMaskOutput": ".gradient_mask_output",
    "Graph": ".graph",
    "GraphExecutionState": ".graph_execution_state",
    "GraphExecutionStateErrors": ".graph_execution_state_errors",
    "GraphExecutionStateIndegree": ".graph_execution_state_indegree",
    "GraphExecutionStatePreparedIterationPaths": ".graph_execution_state_prepared_iteration_paths",
    "GraphExecutionStatePreparedSourceMapping": ".graph_execution_state_prepared_source_mapping",
    "GraphExecutionStateResults": ".graph_execution_state_results",
    "GraphExecutionStateSourcePreparedMapping": ".graph_execution_state_source_prepared_mapping",
    "GraphNodes": ".graph_nodes",
    "GroundingDINOTextPromptObjectDetection": ".grounding_dino_text_prompt_object_detection",
    "GroundingDINOTextPromptObjectDetectionModelType0": ".grounding_dino_text_prompt_object_detection_model_type_0",
    "HEDEdgeDetection": ".hed_edge_detection",
    "HeuristicResize": ".heuristic_resize",
    "HFModelSource": ".hf_model_source",
    "HFTokenStatus": ".hf_token_status",
    "HTTPValidationError": ".http_validation_error",
    "HuggingFaceMetadata": ".hugging_face_metadata",
    "HuggingFaceModels": ".hugging_face_models",
    "IdealSizeOutput": ".ideal_size_output",
    "IdealSizeSD15SDXL": ".ideal_size_sd15sdxl",
    "Ideogram4ConditioningField": ".ideogram_4_conditioning_field",
    "Ideogram4ConditioningOutput": ".ideogram_4_conditioning_output",
    "Ideogram4ModelLoaderOutput": ".ideogram_4_model_loader_output",
    "Ideogram4Region": ".ideogram_4_region",
    "If": ".if_",
    "IfInvocationOutput": ".if_invocation_output",
    "ImageBatch": ".image_batch",
    "ImageBatchBatchGroup": ".image_batch_batch_group",
    "ImageCategory": ".image_category",
    "ImageCollectionOutput": ".image_collection_output",
    "ImageCollectionPrimitive": ".image_collection_primitive",
    "ImageCompositor": ".image_compositor",
    "ImageDilateOrErode": ".image_dilate_or_erode",
    "ImageDilateOrErodeMode": ".image_dilate_or_erode_mode",
    "ImageDTO": ".image_dto",
    "ImageField": ".image_field",
    "ImageGenerator": ".image_generator",
    "ImageGeneratorField": ".image_generator_field",
    "ImageGeneratorOutput": ".image_generator_output",
    "ImageLayerBlend": ".image_layer_blend",
    "ImageLayerBlendBlendMode": ".image_layer_blend_blend_mode",
    "ImageLayerBlendColorSpace": ".image_layer_blend_color_space",
    "ImageMaskToTensor": ".image_mask_to_tensor",
    "ImageMoveJobResponse": ".image_move_job_response",
    "ImageMoveJobResponseState": ".image_move_job_response_state",
    "ImageMoveStatusResponse": ".image_move_status_response",
    "ImageMoveStatusResponseOperationType0": ".image_move_status_response_operation_type_0",
    "ImageNamesResult": ".image_names_result",
    "ImageOutput": ".image_output",
    "ImagePanelCoordinateOutput": ".image_panel_coordinate_output",
    "ImagePanelLayout": ".image_panel_layout",
    "ImagePrimitive": ".image_primitive",
    "ImageRecordChanges": ".image_record_changes",
    "ImageToImage": ".image_to_image",
    "ImageToImageAutoscale": ".image_to_image_autoscale",
    "ImageToLatentsAnima": ".image_to_latents_anima",
    "ImageToLatentsCogView4": ".image_to_latents_cog_view_4",
    "ImageToLatentsFLUX": ".image_to_latents_flux",
    "ImageToLatentsFLUX2": ".image_to_latents_flux2",
    "ImageToLatentsQwenImage": ".image_to_latents_qwen_image",
    "ImageToLatentsSD15SDXL": ".image_to_latents_sd15sdxl",
    "ImageToLatentsSD15SDXLColorCompensation": ".image_to_latents_sd15sdxl_color_compensation",
    "ImageToLatentsSD3": ".image_to_latents_sd3",
    "ImageToLatentsWan22": ".image_to_latents_wan_22",
    "ImageToLatentsZImage": ".image_to_latents_z_image",
    "ImageToPromptRequest": ".image_to_prompt_request",
    "ImageToPromptResponse": ".image_to_prompt_response",
    "ImageUploadEntry": ".image_upload_entry",
    "ImageUrlsDTO": ".image_urls_dto",
    "ImageValueThresholds": ".image_value_thresholds",
    "ImagesDownloaded": ".images_downloaded",
    "Input": ".input_",
    "InputFieldJSONSchemaExtra": ".input_field_json_schema_extra",
    "InputFieldJSONSchemaExtraUiChoiceLabelsType0": ".input_field_json_schema_extra_ui_choice_labels_type_0",
    "InstallNodePackRequest": ".install_node_pack_request",
    "InstallNodePackResponse": ".install_node_pack_response",
    "InstallStatus": ".install_status",
    "IntegerBatch": ".integer_batch",
    "IntegerBatchBatchGroup": ".integer_batch_batch_group",
    "IntegerCollectionOutput": ".integer_collection_output",
    "IntegerCollectionPrimitive": ".integer_collection_primitive",
    "IntegerGenerator": ".integer_generator",
    "IntegerGeneratorField": ".integer_generator_field",
    "IntegerGeneratorOutput": ".integer_generator_output",
    "IntegerMath": ".integer_math",
    "IntegerMathOperation": ".integer_math_operation",
    "IntegerOutput": ".integer_output",
    "IntegerPrimitive": ".integer_primitive",
    "IntegerRange": ".integer_range",
    "IntegerRangeOfSize": ".integer_range_of_size",
    "InverseLerpImage": ".inverse_lerp_image",
    "InvertTensorMask": ".invert_tensor_mask",
    "InvocationCacheStatus": ".invocation_cache_status",
    "InvocationCompleteEvent": ".invocation_complete_event",
    "InvocationErrorEvent": ".invocation_error_event",
    "InvocationOutputMap": ".invocation_output_map",
    "InvocationProgressEvent": ".invocation_progress_event",
    "InvocationStartedEvent": ".invocation_started_event",
    "InvokeAIAppConfig": ".invoke_ai_app_config",
    "InvokeAIAppConfigAttentionSliceSizeType0": ".invoke_ai_app_config_attention_slice_size_type_0",
    "InvokeAIAppConfigAttentionSliceSizeType1": ".invoke_ai_app_config_attention_slice_size_type_1",
    "InvokeAIAppConfigAttentionType": ".invoke_ai_app_config_attention_type",
    "InvokeAIAppConfigHashingAlgorithm": ".invoke_ai_app_config_hashing_algorithm",
    "InvokeAIAppConfigImageSubfolderStrategy": ".invoke_ai_app_config_image_subfolder_strategy",
    "InvokeAIAppConfigLogFormat": ".invoke_ai_app_config_log_format",
    "InvokeAIAppConfigLogLevel": ".invoke_ai_app_config_log_level",
    "InvokeAIAppConfigLogLevelNetwork": ".invoke_ai_app_config_log_level_network",
    "InvokeAIAppConfigPrecision": ".invoke_ai_app_config_precision",
    "InvokeAIAppConfigSessionQueueMode": ".invoke_ai_app_config_session_queue_mode",
    "InvokeAIAppConfigWithSetFields": ".invoke_ai_app_config_with_set_fields",
    "IPAdapterCheckpointFLUXConfig": ".ip_adapter_checkpoint_flux_config",
    "IPAdapterCheckpointSD1Config": ".ip_adapter_checkpoint_sd1_config",
    "IPAdapterCheckpointSD2Config": ".ip_adapter_checkpoint_sd2_config",
    "IPAdapterCheckpointSDXLConfig": ".ip_adapter_checkpoint_sdxl_config",
    "IPAdapterField": ".ip_adapter_field",
    "IPAdapterInvokeAISD1Config": ".ip_adapter_invoke_aisd1_config",
    "IPAdapterInvokeAISD2Config": ".ip_adapter_invoke_aisd2_config",
    "IPAdapterInvokeAISDXLConfig": ".ip_adapter_invoke_aisdxl_config",
    "IPAdapterMetadataField": ".ip_adapter_metadata_field",
    "IPAdapterMetadataFieldClipVisionModel": ".ip_adapter_metadata_field_clip_vision_model",
    "IPAdapterMetadataFieldMethod": ".ip_adapter_metadata_field_method",
    "IPAdapterOutput": ".ip_adapter_output",
    "IPAdapterRecallParameter": ".ip_adapter_recall_parameter",
    "IPAdapterRecallParameterImageInfluenceType0": ".ip_adapter_recall_parameter_image_influence_type_0",
    "IPAdapterRecallParameterMethodType0": ".ip_adapter_recall_parameter_method_type_0",
    "IPAdapterSD15SDXL": ".ip_adapter_sd15sdxl",
    "IPAdapterSD15SDXLClipVisionModel": ".ip_adapter_sd15sdxl_clip_vision_model",
    "IPAdapterSD15SDXLMethod": ".ip_adapter_sd15sdxl_method",
    "ItemIdsResult": ".item_ids_result",
    "IterateInvocation": ".iterate_invocation",
    "IterateInvocationOutput": ".iterate_invocation_output",
    "KontextConditioningFLUX": ".kontext_conditioning_flux",
    "Krea2ConditioningField": ".krea_2_conditioning_field",
    "Krea2ConditioningOutput": ".krea_2_conditioning_output",
    "Krea2LoRALoaderOutput": ".krea_2_lo_ra_loader_output",
    "Krea2ModelLoaderOutput": ".krea_2_model_loader_output",
    "Krea2StyleReferenceField": ".krea_2_style_reference_field",
    "Krea2StyleReferenceFieldValueMode": ".krea_2_style_reference_field_value_mode",
    "Krea2StyleReferenceOutput": ".krea_2_style_reference_output",
    "Krea2VariantType": ".krea_2_variant_type",
    "LLaVAOneVisionVLLM": ".l_la_va_one_vision_vllm",
    "LaMaInfill": ".la_ma_infill",
    "LatentsCollectionOutput": ".latents_collection_output",
    "LatentsCollectionPrimitive": ".latents_collection_primitive",
    "LatentsField": ".latents_field",
    "LatentsMetaOutput": ".latents_meta_output",
    "LatentsOutput": ".latents_output",
    "LatentsPrimitive": ".latents_primitive",
    "LatentsToImageAnima": ".latents_to_image_anima",
    "LatentsToImageCogView4": ".latents_to_image_cog_view_4",
    "LatentsToImageERNIEImage": ".latents_to_image_ernie_image",
    "LatentsToImageFLUX": ".latents_to_image_flux",
    "LatentsToImageFLUX2": ".latents_to_image_flux2",
    "LatentsToImageFLUX2PiD4XSR": ".latents_to_image_flux2_pi_d4xsr",
    "LatentsToImageFLUXPiD4XSR": ".latents_to_image_flux_pi_d4xsr",
    "LatentsToImageIdeogram4": ".latents_to_image_ideogram_4",
    "LatentsToImageQwenImage": ".latents_to_image_qwen_image",
    "LatentsToImageQwenImagePiD4XSR": ".latents_to_image_qwen_image_pi_d4xsr",
    "LatentsToImageSD15SDXL": ".latents_to_image_sd15sdxl",
    "LatentsToImageSD3": ".latents_to_image_sd3",
    "LatentsToImageSD3PiD4XSR": ".latents_to_image_sd3_pi_d4xsr",
    "LatentsToImageSDXLPiD4XSR": ".latents_to_image_sdxl_pi_d4xsr",
    "LatentsToImageWan22": ".latents_to_image_wan_22",
    "LatentsToImageZImage": ".latents_to_image_z_image",
    "LatentsToImageZImagePiD4XSR": ".latents_to_image_z_image_pi_d4xsr",
    "LatentsToVideoWan22": ".latents_to_video_wan_22",
    "LerpImage": ".lerp_image",
    "LineartAnimeEdgeDetection": ".lineart_anime_edge_detection",
    "LineartEdgeDetection": ".lineart_edge_detection",
    "LlavaOnevisionDiffusersConfig": ".llava_onevision_diffusers_config",
    "LLMTaskCompleteEvent": ".llm_task_complete_event",
    "LLMTaskErrorEvent": ".llm_task_error_event",
    "LLMTaskProgressEvent": ".llm_task_progress_event",
    "LLMTaskProgressEventPhase": ".llm_task_progress_event_phase",
    "LoRADiffusersFlux2Config": ".lo_ra_diffusers_flux_2_config",
    "LoRADiffusersFLUXConfig": ".lo_ra_diffusers_flux_config",
    "LoRADiffusersSD1Config": ".lo_ra_diffusers_sd1_config",
    "LoRADiffusersSD2Config": ".lo_ra_diffusers_sd2_config",
    "LoRADiffusersSDXLConfig": ".lo_ra_diffusers_sdxl_config",
    "LoRADiffusersZImageConfig": ".lo_ra_diffusers_z_image_config",
    "LoRAField": ".lo_ra_field",
    "LoRALoaderOutput": ".lo_ra_loader_output",
    "LoRALyCORISAnimaConfig": ".lo_ra_ly_coris_anima_config",
    "LoRALyCORISFlux2Config": ".lo_ra_ly_coris_flux_2_config",
    "LoRALyCORISKrea2Config": ".lo_ra_ly_coris_krea_2_config",
    "LoRALyCORISQwenImageConfig": ".lo_ra_ly_coris_qwen_image_config",
    "LoRALyCORISWanConfig": ".lo_ra_ly_coris_wan_config",
    "LoRALyCORISWanConfigExpertType0": ".lo_ra_ly_coris_wan_config_expert_type_0",
    "LoRALyCORISFLUXConfig": ".lo_ra_ly_corisflux_config",
    "LoRALyCORISSD1Config": ".lo_ra_ly_corissd1_config",
    "LoRALyCORISSD2Config": ".lo_ra_ly_corissd2_config",
    "LoRALyCORISSDXLConfig": ".lo_ra_ly_corissdxl_config",
    "LoRALyCORISZImageConfig": ".lo_ra_ly_corisz_image_config",
    "LoRAMetadataField": ".lo_ra_metadata_field",
    "LoRARecallParameter": ".lo_ra_recall_parameter",
    "LoRASelectorOutput": ".lo_ra_selector_output",
    "LoRAOMIFLUXConfig": ".lo_raomiflux_config",
    "LoRAOMISDXLConfig": ".lo_raomisdxl_config",
    "LocalModelSource": ".local_model_source",
    "LogLevel": ".log_level",
    "LoginRequest": ".login_request",
    "LoginResponse": ".login_response",
    "LogoutResponse": ".logout_response",
    "LoraModelDefaultSettings": ".lora_model_default_settings",
    "MainBnBNF4FLUXConfig": ".main_bn_bnf4flux_config",
    "MainCheckpointAnimaConfig": ".main_checkpoint_anima_config",
    "MainCheckpointFlux2Config": ".main_checkpoint_flux_2_config",
    "MainCheckpointFLUXConfig": ".main_checkpoint_flux_config",
    "MainCheckpointKrea2Config": ".main_checkpoint_krea_2_config",
    "MainCheckpointQwenImageConfig": ".main_checkpoint_qwen_image_config",
    "MainCheckpointSD1Config": ".main_checkpoint_sd1_config",
    "MainCheckpointSD2Config": ".main_checkpoint_sd2_config",
    "MainCheckpointSDXLConfig": ".main_checkpoint_sdxl_config",
    "MainCheckpointSDXLRefinerConfig": ".main_checkpoint_sdxl_refiner_config",
    "MainCheckpointWanConfig": ".main_checkpoint_wan_config",
    "MainCheckpointWanConfigExpert": ".main_checkpoint_wan_config_expert",
    "MainCheckpointZImageConfig": ".main_checkpoint_z_image_config",
    "MainDiffusersCogView4Config": ".main_diffusers_cog_view_4_config",
    "MainDiffusersErnieImageConfig": ".main_diffusers_ernie_image_config",
    "MainDiffusersFlux2Config": ".main_diffusers_flux_2_config",
    "MainDiffusersFLUXConfig": ".main_diffusers_flux_config",
    "MainDiffusersIdeogram4Config": ".main_diffusers_ideogram_4_config",
    "MainDiffusersKrea2Config": ".main_diffusers_krea_2_config",
    "MainDiffusersQwenImageConfig": ".main_diffusers_qwen_image_config",
    "MainDiffusersSD1Config": ".main_diffusers_sd1_config",
    "MainDiffusersSD2Config": ".main_diffusers_sd2_config",
    "MainDiffusersSD3Config": ".main_diffusers_sd3_config",
    "MainDiffusersSD3ConfigSubmodelsType0": ".main_diffusers_sd3_config_submodels_type_0",
    "MainDiffusersSDXLConfig": ".main_diffusers_sdxl_config",
    "MainDiffusersSDXLRefinerConfig": ".main_diffusers_sdxl_refiner_config",
    "MainDiffusersWanConfig": ".main_diffusers_wan_config",
    "MainDiffusersZImageConfig": ".main_diffusers_z_image_config",
    "MainGGUFFlux2Config": ".main_gguf_flux_2_config",
    "MainGGUFKrea2Config": ".main_gguf_krea_2_config",
    "MainGGUFQwenImageConfig": ".main_gguf_qwen_image_config",
    "MainGGUFWanConfig": ".main_gguf_wan_config",
    "MainGGUFWanConfigExpert": ".main_gguf_wan_config_expert",
    "MainGGUFFLUXConfig": ".main_ggufflux_config",
    "MainGGUFZImageConfig": ".main_ggufz_image_config",
    "MainModelAnima": ".main_model_anima",
    "MainModelCogView4": ".main_model_cog_view_4",
    "MainModelDefaultSettings": ".main_model_default_settings",
    "MainModelDefaultSettingsSchedulerType0": ".main_model_default_settings_scheduler_type_0",
    "MainModelDefaultSettingsVaePrecisionType0": ".main_model_default_settings_vae_precision_type_0",
    "MainModelERNIEImage": ".main_model_ernie_image",
    "MainModelFLUX": ".main_model_flux",
    "MainModelFLUX2Dev": ".main_model_flux2_dev",
    "MainModelFLUX2DevMaxSeqLength": ".main_model_flux2_dev_max_seq_length",
    "MainModelFlux2Klein": ".main_model_flux_2_klein",
    "MainModelFlux2KleinMaxSeqLength": ".main_model_flux_2_klein_max_seq_length",
    "MainModelIdeogram4": ".main_model_ideogram_4",
    "MainModelKrea2": ".main_model_krea_2",
    "MainModelQwenImage": ".main_model_qwen_image",
    "MainModelSD15SD2": ".main_model_sd15sd2",
    "MainModelSD3": ".main_model_sd3",
    "MainModelSDXL": ".main_model_sdxl",
    "MainModelWan22": ".main_model_wan_22",
    "MainModelZImage": ".main_model_z_image",
    "MainSDNQDiffusersFlux2Config": ".main_sdnq_diffusers_flux_2_config",
    "MainSDNQDiffusersFlux2ConfigSubmodelsType0": ".main_sdnq_diffusers_flux_2_config_submodels_type_0",
    "MainSDNQDiffusersFLUXConfig": ".main_sdnq_diffusers_flux_config",
    "MainSDNQDiffusersFLUXConfigSubmodelsType0": ".main_sdnq_diffusers_flux_config_submodels_type_0",
    "MainSDNQDiffusersZImageConfig": ".main_sdnq_diffusers_z_image_config",
    "MainSDNQDiffusersZImageConfigSubmodelsType0": ".main_sdnq_diffusers_z_image_config_submodels_type_0",
    "MainSDNQFlux2Config": ".main_sdnq_flux_2_config",
    "MainSDNQFLUXConfig": ".main_sdnqflux_config",
    "MainSDNQZImageConfig": ".main_sdnqz_image_config",
    "MaskEdge": ".mask_edge",
    "MaskFromAlpha": ".mask_from_alpha",
    "MaskFromSegmentedImage": ".mask_from_segmented_image",
    "MaskOutput": ".mask_output",
    "MDControlListOutput": ".md_control_list_output",
    "MDIPAdapterListOutput": ".mdip_adapter_list_output",
    "MDT2IAdapterListOutput": ".mdt2i_adapter_list_output",
    "MediaCookieResponse": ".media_cookie_response",
    "MediaPipeFaceDetection": ".media_pipe_face_detection",
    "MergeTilesToImage": ".merge_tiles_to_image",
    "MergeTilesToImageBlendMode": ".merge_tiles_to_image_blend_mode",
    "Metadata": ".metadata",
    "MetadataField": ".metadata_field",
    "MetadataFieldExtractor": ".metadata_field_extractor",
    "MetadataFromImage": ".metadata_from_image",
    "MetadataItem": ".metadata_item",
    "MetadataItemField": ".metadata_item_field",
    "MetadataItemLinked": ".metadata_item_linked",
    "MetadataItemLinkedLabel": ".metadata_item_linked_label",
    "MetadataItemOutput": ".metadata_item_output",
    "MetadataMerge": ".metadata_merge",
    "MetadataOutput": ".metadata_output",
    "MetadataToBool": ".metadata_to_bool",
    "MetadataToBoolCollection": ".metadata_to_bool_collection",
    "MetadataToBoolCollectionLabel": ".metadata_to_bool_collection_label",
    "MetadataToBoolLabel": ".metadata_to_bool_label",
    "MetadataToControlNets": ".metadata_to_control_nets",
    "MetadataToFloat": ".metadata_to_float",
    "MetadataToFloatCollection": ".metadata_to_float_collection",
    "MetadataToFloatCollectionLabel": ".metadata_to_float_collection_label",
    "MetadataToFloatLabel": ".metadata_to_float_label",
    "MetadataToInteger": ".metadata_to_integer",
    "MetadataToIntegerCollection": ".metadata_to_integer_collection",
    "MetadataToIntegerCollectionLabel": ".metadata_to_integer_collection_label",
    "MetadataToIntegerLabel": ".metadata_to_integer_label",
    "MetadataToIPAdapters": ".metadata_to_ip_adapters",
    "MetadataToLoRAs": ".metadata_to_lo_r_as",
    "MetadataToLoRACollection": ".metadata_to_lo_ra_collection",
    "MetadataToLorasCollectionOutput": ".metadata_to_loras_collection_output",
    "MetadataToModel": ".metadata_to_model",
    "MetadataToModelLabel": ".metadata_to_model_label",
    "MetadataToModelOutput": ".metadata_to_model_output",
    "MetadataToScheduler": ".metadata_to_scheduler",
    "MetadataToSchedulerDefaultValue": ".metadata_to_scheduler_default_value",
    "MetadataToSchedulerLabel": ".metadata_to_scheduler_label",
    "MetadataToSDXLLoRAs": ".metadata_to_sdxl_lo_r_as",
    "MetadataToSDXLModel": ".metadata_to_sdxl_model",
    "MetadataToSDXLModelLabel": ".metadata_to_sdxl_model_label",
    "MetadataToSDXLModelOutput": ".metadata_to_sdxl_model_output",
    "MetadataToString": ".metadata_to_string",
    "MetadataToStringCollection": ".metadata_to_string_collection",
    "MetadataToStringCollectionLabel": ".metadata_to_string_collection_label",
    "MetadataToStringLabel": ".metadata_to_string_label",
    "MetadataToT2IAdapters": ".metadata_to_t2i_adapters",
    "MetadataToVAE": ".metadata_to_vae",
    "MetadataToVAELabel": ".metadata_to_vae_label",
    "Mistral3EncoderField": ".mistral_3_encoder_field",
    "MistralEncoderCheckpointConfig": ".mistral_encoder_checkpoint_config",
    "MistralEncoderDiffusersConfig": ".mistral_encoder_diffusers_config",
    "MistralEncoderField": ".mistral_encoder_field",
    "MistralEncoderGGUFConfig": ".mistral_encoder_gguf_config",
    "MistralVariantType": ".mistral_variant_type",
    "MLSDDetection": ".mlsd_detection",
    "ModelFormat": ".model_format",
    "ModelIdentifierField": ".model_identifier_field",
    "ModelIdentifierOutput": ".model_identifier_output",
    "ModelInstallCancelledEvent": ".model_install_cancelled_event",
    "ModelInstallCompleteEvent": ".model_install_complete_event",
    "ModelInstallDownloadProgressEvent": ".model_install_download_progress_event",
    "ModelInstallDownloadProgressEventPartsItem": ".model_install_download_progress_event_parts_item",
    "ModelInstallDownloadStartedEvent": ".model_install_download_started_event",
    "ModelInstallDownloadStartedEventPartsItem": ".model_install_download_started_event_parts_item",
    "ModelInstallDownloadsCompleteEvent": ".model_install_downloads_complete_event",
    "ModelInstallErrorEvent": ".model_install_error_event",
    "ModelInstallJob": ".model_install_job",
    "ModelInstallStartedEvent": ".model_install_started_event",
    "ModelLoadCompleteEvent": ".model_load_complete_event",
    "ModelLoadStartedEvent": ".model_load_started_event",
    "ModelLoaderOutput": ".model_loader_output",
    "ModelRecordChanges": ".model_record_changes",
    "ModelRecordOrderBy": ".model_record_order_by",
    "ModelRelationshipBatchRequest": ".model_relationship_batch_request",
    "ModelRelationshipCreateRequest": ".model_relationship_create_request",
    "ModelRepoVariant": ".model_repo_variant",
    "ModelSourceType": ".model_source_type",
    "ModelType": ".model_type",
    "ModelVariantType": ".model_variant_type",
    "ModelsList": ".models_list",
    "MultiplyImageChannel": ".multiply_image_channel",
    "MultiplyImageChannelChannelType0": ".multiply_image_channel_channel_type_0",
    "MultiplyImages": ".multiply_images",
    "MultiplyIntegers": ".multiply_integers",
    "NodeFieldValue": ".node_field_value",
    "NodePackInfo": ".node_pack_info",
    "NodePackListResponse": ".node_pack_list_response",
    "NoiseOutput": ".noise_output",
    "NormalMap": ".normal_map",
    "OffsetImageChannel": ".offset_image_channel",
    "OffsetImageChannelChannelType0": ".offset_image_channel_channel_type_0",
    "OffsetPaginatedResultsBoardDTO": ".offset_paginated_results_board_dto",
    "OffsetPaginatedResultsGalleryItem": ".offset_paginated_results_gallery_item",
    "OffsetPaginatedResultsImageDTO": ".offset_paginated_results_image_dto",
    "OffsetPaginatedResultsVideoDTO": ".offset_paginated_results_video_dto",
    "OpenAIImageGeneration": ".open_ai_image_generation",
    "OpenAIImageGenerationBackground": ".open_ai_image_generation_background",
    "OpenAIImageGenerationInputFidelityType0": ".open_ai_image_generation_input_fidelity_type_0",
    "OpenAIImageGenerationMode": ".open_ai_image_generation_mode",
    "OpenAIImageGenerationQuality": ".open_ai_image_generation_quality",
    "OpenCVInpaint": ".open_cv_inpaint",
    "OrphanedModelInfo": ".orphaned_model_info",
    "OutputFieldJSONSchemaExtra": ".output_field_json_schema_extra",
    "PaginatedResultsWorkflowRecordListItemWithThumbnailDTO": ".paginated_results_workflow_record_list_item_with_thumbnail_dto",
    "PairTileImageOutput": ".pair_tile_image_output",
    "PairTileWithImage": ".pair_tile_with_image",
    "PasteImage": ".paste_image",
    "PasteImageIntoBoundingBox": ".paste_image_into_bounding_box",
    "PatchMatchInfill": ".patch_match_infill",
    "PatchMatchInfillResampleMode": ".patch_match_infill_resample_mode",
    "PBRMaps": ".pbr_maps",
    "PBRMapsBorderMode": ".pbr_maps_border_mode",
    "PBRMapsOutput": ".pbr_maps_output",
    "PiDDecoderCheckpointFlux2Config": ".pi_d_decoder_checkpoint_flux_2_config",
    "PiDDecoderCheckpointFLUXConfig": ".pi_d_decoder_checkpoint_flux_config",
    "PiDDecoderCheckpointQwenImageConfig": ".pi_d_decoder_checkpoint_qwen_image_config",
    "PiDDecoderCheckpointSD3Config": ".pi_d_decoder_checkpoint_sd3_config",
    "PiDDecoderCheckpointSDXLConfig": ".pi_d_decoder_checkpoint_sdxl_config",
    "PiDDecoderField": ".pi_d_decoder_field",
    "PiDDecoderOutput": ".pi_d_decoder_output",
    "PiDDecoderVariantType": ".pi_d_decoder_variant_type",
    "PiDUpscale4XFLUXVAE": ".pi_d_upscale_4xfluxvae",
    "PiDiNetEdgeDetection": ".pi_di_net_edge_detection",
    "PresetData": ".preset_data",
    "PresetType": ".preset_type",
    "ProgressImage": ".progress_image",
    "PromptAnima": ".prompt_anima",
    "PromptCogView4": ".prompt_cog_view_4",
    "PromptEnhancerERNIEImage": ".prompt_enhancer_ernie_image",
    "PromptEnhancerField": ".prompt_enhancer_field",
    "PromptERNIEImage": ".prompt_ernie_image",
    "PromptFLUX": ".prompt_flux",
    "PromptFLUX2Dev": ".prompt_flux2_dev",
    "PromptFLUX2DevMaxSeqLen": ".prompt_flux2_dev_max_seq_len",
    "PromptFlux2Klein": ".prompt_flux_2_klein",
    "PromptFlux2KleinMaxSeqLen": ".prompt_flux_2_klein_max_seq_len",
    "PromptFLUXT5MaxSeqLenType0": ".prompt_fluxt5_max_seq_len_type_0",
    "PromptIdeogram4": ".prompt_ideogram_4",
    "PromptKrea2": ".prompt_krea_2",
    "PromptQwenImage": ".prompt_qwen_image",
    "PromptQwenImageQuantization": ".prompt_qwen_image_quantization",
    "PromptSD15": ".prompt_sd15",
    "PromptSD3": ".prompt_sd3",
    "PromptSDXL": ".prompt_sdxl",
    "PromptSDXLRefiner": ".prompt_sdxl_refiner",
    "PromptTemplate": ".prompt_template",
    "PromptTemplateOutput": ".prompt_template_output",
    "PromptWan22": ".prompt_wan_22",
    "PromptZImage": ".prompt_z_image",
    "PromptsFromFile": ".prompts_from_file",
    "PruneResult": ".prune_result",
    "QueueClearedEvent": ".queue_cleared_event",
    "QueueItemStatusChangedEvent": ".queue_item_status_changed_event",
    "QueueItemStatusChangedEventStatus": ".queue_item_status_changed_event_status",
    "QueueItemsCanceledEvent": ".queue_items_canceled_event",
    "QueueItemsCanceledEventCanceledItemIdsByUser": ".queue_items_canceled_event_canceled_item_ids_by_user",
    "QueueItemsRetriedEvent": ".queue_items_retried_event",
    "QueueItemsRetriedEventRetriedItemIdsByUser": ".queue_items_retried_event_retried_item_ids_by_user",
    "Qwen3EncoderCheckpointConfig": ".qwen_3_encoder_checkpoint_config",
    "Qwen3EncoderField": ".qwen_3_encoder_field",
    "Qwen3EncoderGGUFConfig": ".qwen_3_encoder_gguf_config",
    "Qwen3EncoderQwen3EncoderConfig": ".qwen_3_encoder_qwen_3_encoder_config",
    "Qwen3EncoderSDNQConfig": ".qwen_3_encoder_sdnq_config",
    "Qwen3EncoderSDNQFolderConfig": ".qwen_3_encoder_sdnq_folder_config",
    "Qwen3VariantType": ".qwen_3_variant_type",
    "Qwen3VLEncoderCheckpointConfig": ".qwen_3vl_encoder_checkpoint_config",
    "Qwen3VLEncoderField": ".qwen_3vl_encoder_field",
    "Qwen3VLEncoderQwen3VLEncoderConfig": ".qwen_3vl_encoder_qwen_3vl_encoder_config",
    "QwenImage": ".qwen_image",
    "QwenImageConditioningField": ".qwen_image_conditioning_field",
    "QwenImageConditioningOutput": ".qwen_image_conditioning_output",
    "QwenImageLoRALoaderOutput": ".qwen_image_lo_ra_loader_output",
    "QwenImageModelLoaderOutput": ".qwen_image_model_loader_output",
    "QwenImageVariantType": ".qwen_image_variant_type",
    "QwenVLEncoderCheckpointConfig": ".qwen_vl_encoder_checkpoint_config",
    "QwenVLEncoderDiffusersConfig": ".qwen_vl_encoder_diffusers_config",
    "QwenVLEncoderField": ".qwen_vl_encoder_field",
    "RandomFloat": ".random_float",
    "RandomInteger": ".random_integer",
    "RandomRange": ".random_range",
    "RecallParameter": ".recall_parameter",
    "RecallParametersUpdatedEvent": ".recall_parameters_updated_event",
    "RecallParametersUpdatedEventParameters": ".recall_parameters_updated_event_parameters",
    "ReferenceImageRecallParameter": ".reference_image_recall_parameter",
    "ReferenceImageWan22": ".reference_image_wan_22",
    "RefinerModelSDXL": ".refiner_model_sdxl",
    "ReloadCustomNodesResponseReloadCustomNodes": ".reload_custom_nodes_response_reload_custom_nodes",
    "RemoteModelFile": ".remote_model_file",
    "RemoveImagesFromBoardResult": ".remove_images_from_board_result",
    "RemoveVideosFromBoardResult": ".remove_videos_from_board_result",
    "ResizeImage": ".resize_image",
    "ResizeImageResampleMode": ".resize_image_resample_mode",
    "ResizeLatents": ".resize_latents",
    "ResizeLatentsMode": ".resize_latents_mode",
    "ResourceOrigin": ".resource_origin",
    "RetryItemsResult": ".retry_items_result",
    "RoundFloat": ".round_float",
    "SAMPoint": ".sam_point",
    "SAMPointLabel": ".sam_point_label",
    "SAMPointsField": ".sam_points_field",
    "SaveImage": ".save_image",
    "SaveImageGalleryFileExport": ".save_image_gallery_file_export",
    "SaveImageGalleryFileExportFileFormat": ".save_image_gallery_file_export_file_format",
    "ScaleImage": ".scale_image",
    "ScaleImageResampleMode": ".scale_image_resample_mode",
    "ScaleLatents": ".scale_latents",
    "ScaleLatentsMode": ".scale_latents_mode",
    "Scheduler": ".scheduler",
    "SchedulerOutput": ".scheduler_output",
    "SchedulerOutputScheduler": ".scheduler_output_scheduler",
    "SchedulerPredictionType": ".scheduler_prediction_type",
    "SchedulerScheduler": ".scheduler_scheduler",
    "SD3ConditioningField": ".sd3_conditioning_field",
    "SD3ConditioningOutput": ".sd3_conditioning_output",
    "Sd3ModelLoaderOutput": ".sd_3_model_loader_output",
    "SDXLLoRALoaderOutput": ".sdxl_lo_ra_loader_output",
    "SDXLModelLoaderOutput": ".sdxl_model_loader_output",
    "SDXLRefinerModelLoaderOutput": ".sdxl_refiner_model_loader_output",
    "SeamlessModeOutput": ".seamless_mode_output",
    "SeedVarianceEnhancerZImage": ".seed_variance_enhancer_z_image",
    "SeedVarianceKrea2": ".seed_variance_krea_2",
    "SeedreamImageGeneration": ".seedream_image_generation",
    "SeedreamImageGenerationMode": ".seedream_image_generation_mode",
    "SegmentAnything": ".segment_anything",
    "SegmentAnythingMaskFilter": ".segment_anything_mask_filter",
    "SegmentAnythingModelType0": ".segment_anything_model_type_0",
    "SelectLoRA": ".select_lo_ra",
    "SessionProcessorStatus": ".session_processor_status",
    "SessionQueueAndProcessorStatus": ".session_queue_and_processor_status",
    "SessionQueueCountsByDestination": ".session_queue_counts_by_destination",
    "SessionQueueItem": ".session_queue_item",
    "SessionQueueItemStatus": ".session_queue_item_status",
    "SessionQueueItemSummary": ".session_queue_item_summary",
    "SessionQueueItemSummaryStatus": ".session_queue_item_summary_status",
    "SessionQueueStatus": ".session_queue_status",
    "SetupRequest": ".setup_request",
    "SetupResponse": ".setup_response",
    "SetupStatusResponse": ".setup_status_response",
    "ShowImage": ".show_image",
    "SigLIPDiffusersConfig": ".sig_lip_diffusers_config",
    "SolidColorInfill": ".solid_color_infill",
    "SpandrelCheckpointConfig": ".spandrel_checkpoint_config",
    "SQLiteDirection": ".sq_lite_direction",
    "StarredImagesResult": ".starred_images_result",
    "StarredVideosResult": ".starred_videos_result",
    "StarterModel": ".starter_model",
    "StarterModelBundle": ".starter_model_bundle",
    "StarterModelResponse": ".starter_model_response",
    "StarterModelResponseStarterBundles": ".starter_model_response_starter_bundles",
    "StarterModelWithoutDependencies": ".starter_model_without_dependencies",
    "String2Output": ".string_2_output",
    "StringBatch": ".string_batch",
    "StringBatchBatchGroup": ".string_batch_batch_group",
    "StringCollectionOutput": ".string_collection_output",
    "StringCollectionPrimitive": ".string_collection_primitive",
    "StringGenerator": ".string_generator",
    "StringGeneratorField": ".string_generator_field",
    "StringGeneratorOutput": ".string_generator_output",
    "StringJoin": ".string_join",
    "StringJoinThree": ".string_join_three",
    "StringOutput": ".string_output",
    "StringPosNegOutput": ".string_pos_neg_output",
    "StringPrimitive": ".string_primitive",
    "StringReplace": ".string_replace",
    "StringSplit": ".string_split",
    "StringSplitNegative": ".string_split_negative",
    "StylePresetField": ".style_preset_field",
    "StylePresetRecordWithImage": ".style_preset_record_with_image",
    "StyleReferenceKrea2": ".style_reference_krea_2",
    "StyleReferenceKrea2Fit": ".style_reference_krea_2_fit",
    "StyleReferenceKrea2ValueMode": ".style_reference_krea_2_value_mode",
    "SubModelType": ".sub_model_type",
    "SubmodelDefinition": ".submodel_definition",
    "SubtractIntegers": ".subtract_integers",
    "SystemPromptChanges": ".system_prompt_changes",
    "SystemPromptField": ".system_prompt_field",
    "SystemPromptRecordDTO": ".system_prompt_record_dto",
    "SystemPromptWithoutId": ".system_prompt_without_id",
    "T2IAdapterDiffusersSD1Config": ".t2i_adapter_diffusers_sd1_config",
    "T2IAdapterDiffusersSDXLConfig": ".t2i_adapter_diffusers_sdxl_config",
    "T2IAdapterField": ".t2i_adapter_field",
    "T2IAdapterFieldResizeMode": ".t2i_adapter_field_resize_mode",
    "T2IAdapterMetadataField": ".t2i_adapter_metadata_field",
    "T2IAdapterMetadataFieldResizeMode": ".t2i_adapter_metadata_field_resize_mode",
    "T2IAdapterOutput": ".t2i_adapter_output",
    "T2IAdapterSD15SDXL": ".t2i_adapter_sd15sdxl",
    "T2IAdapterSD15SDXLResizeMode": ".t2i_adapter_sd15sdxl_resize_mode",
    "T5EncoderBnBLLMint8Config": ".t5_encoder_bn_bll_mint_8_config",
    "T5EncoderField": ".t5_encoder_field",
    "T5EncoderGGUFConfig": ".t5_encoder_gguf_config",
    "T5EncoderSDNQConfig": ".t5_encoder_sdnq_config",
    "T5EncoderT5EncoderConfig": ".t5_encoder_t5_encoder_config",
    "TBLR": ".tblr",
    "TensorField": ".tensor_field",
    "TensorMaskToImage": ".tensor_mask_to_image",
    "TextLLM": ".text_llm",
    "TextLLMDiffusersConfig": ".text_llm_diffusers_config",
    "TextLLMWithSystemPromptPreset": ".text_llm_with_system_prompt_preset",
    "TIFileSD1Config": ".ti_file_sd1_config",
    "TIFileSD2Config": ".ti_file_sd2_config",
    "TIFileSDXLConfig": ".ti_file_sdxl_config",
    "TIFolderSD1Config": ".ti_folder_sd1_config",
    "TIFolderSD2Config": ".ti_folder_sd2_config",
    "TIFolderSDXLConfig": ".ti_folder_sdxl_config",
    "Tile": ".tile",
    "TileInfill": ".tile_infill",
    "TileToProperties": ".tile_to_properties",
    "TileToPropertiesOutput": ".tile_to_properties_output",
    "TileWithImage": ".tile_with_image",
    "TiledMultiDiffusionDenoiseSD15SDXL": ".tiled_multi_diffusion_denoise_sd15sdxl",
    "TiledMultiDiffusionDenoiseSD15SDXLScheduler": ".tiled_multi_diffusion_denoise_sd15sdxl_scheduler",
    "TransformerField": ".transformer_field",
    "UNetField": ".u_net_field",
    "UNetOutput": ".u_net_output",
    "UIComponent": ".ui_component",
    "UIConfigBase": ".ui_config_base",
    "UIType": ".ui_type",
    "UninstallNodePackResponse": ".uninstall_node_pack_response",
    "UnknownConfig": ".unknown_config",
    "UnsharpMask": ".unsharp_mask",
    "UnsharpMaskOklab": ".unsharp_mask_oklab",
    "UnstarredImagesResult": ".unstarred_images_result",
    "UnstarredVideosResult": ".unstarred_videos_result",
    "UpdateAppGenerationSettingsRequest": ".update_app_generation_settings_request",
    "UpdateAppGenerationSettingsRequestImageSubfolderStrategy": ".update_app_generation_settings_request_image_subfolder_strategy",
    "UpdateRecallParametersResponseUpdateRecallParameters": ".update_recall_parameters_response_update_recall_parameters",
    "UploadVideoBodyUploadVideo": ".upload_video_body_upload_video",
    "UpscaleRealESRGAN": ".upscale_real_esrgan",
    "UpscaleRealESRGANModelName": ".upscale_real_esrgan_model_name",
    "URLModelSource": ".url_model_source",
    "URLRegexTokenPair": ".url_regex_token_pair",
    "UserDTO": ".user_dto",
    "UserFont": ".user_font",
    "UserFontFace": ".user_font_face",
    "UserFontsResponse": ".user_fonts_response",
    "UserProfileUpdateRequest": ".user_profile_update_request",
    "VAECheckpointAnimaConfig": ".vae_checkpoint_anima_config",
    "VAECheckpointFlux2Config": ".vae_checkpoint_flux_2_config",
    "VAECheckpointFLUXConfig": ".vae_checkpoint_flux_config",
    "VAECheckpointQwenImageConfig": ".vae_checkpoint_qwen_image_config",
    "VAECheckpointSD1Config": ".vae_checkpoint_sd1_config",
    "VAECheckpointSD2Config": ".vae_checkpoint_sd2_config",
    "VAECheckpointSDXLConfig": ".vae_checkpoint_sdxl_config",
    "VAECheckpointWanConfig": ".vae_checkpoint_wan_config",
    "VAECheckpointWanConfigLatentChannels": ".vae_checkpoint_wan_config_latent_channels",
    "VAEDiffusersFlux2Config": ".vae_diffusers_flux_2_config",
    "VAEDiffusersSD1Config": ".vae_diffusers_sd1_config",
    "VAEDiffusersSDXLConfig": ".vae_diffusers_sdxl_config",
    "VAEDiffusersWanConfig": ".vae_diffusers_wan_config",
    "VAEDiffusersWanConfigLatentChannels": ".vae_diffusers_wan_config_latent_channels",
    "VAEField": ".vae_field",
    "VAEModelSD15SD2SDXLSD3FLUX": ".vae_model_sd15sd2sdxlsd3flux",
    "VAEOutput": ".vae_output",
    "ValidationError": ".validation_error",
    "ValidationErrorContext": ".validation_error_context",
    "VideoBoardArg": ".video_board_arg",
    "VideoDTO": ".video_dto",
    "VideoField": ".video_field",
    "VideoNamesBatch": ".video_names_batch",
    "VideoNamesResult": ".video_names_result",
    "VideoOutput": ".video_output",
    "VideoPrimitive": ".video_primitive",
    "VideoRecordChanges": ".video_record_changes",
    "VideoUrlsDTO": ".video_urls_dto",
    "VirtualSubBoardDTO": ".virtual_sub_board_dto",
    "Wan22I2VIdealDimensionsA14B": ".wan_22i2v_ideal_dimensions_a14b",
    "Wan22I2VIdealDimensionsA14BRounding": ".wan_22i2v_ideal_dimensions_a14b_rounding",
    "Wan22I2VIdealDimensionsA14BTargetResolution": ".wan_22i2v_ideal_dimensions_a14b_target_resolution",
    "Wan22TI2VIdealDimensions5B": ".wan_22ti2v_ideal_dimensions_5b",
    "Wan22TI2VIdealDimensions5BRounding": ".wan_22ti2v_ideal_dimensions_5b_rounding",
    "Wan22TI2VIdealDimensions5BTargetResolution": ".wan_22ti2v_ideal_dimensions_5b_target_resolution",
    "WanConditioningField": ".wan_conditioning_field",
    "WanConditioningOutput": ".wan_conditioning_output",
    "WanLoRALoaderOutput": ".wan_lo_ra_loader_output",
    "WanLoRAVariantType": ".wan_lo_ra_variant_type",
    "WanModelLoaderOutput": ".wan_model_loader_output",
    "WanRefImageConditioningField": ".wan_ref_image_conditioning_field",
    "WanRefImageOutput": ".wan_ref_image_output",
    "WanT5EncoderField": ".wan_t5_encoder_field",
    "WanT5EncoderWanT5EncoderConfig": ".wan_t5_encoder_wan_t5_encoder_config",
    "WanTransformerField": ".wan_transformer_field",
    "WanVariantType": ".wan_variant_type",
    "Workflow": ".workflow",
    "WorkflowAccessRevokedEvent": ".workflow_access_revoked_event",
    "WorkflowAndGraphResponse": ".workflow_and_graph_response",
    "WorkflowCallCompatibility": ".workflow_call_compatibility",
    "WorkflowCallCompatibilityReason": ".workflow_call_compatibility_reason",
    "WorkflowCallExecution": ".workflow_call_execution",
    "WorkflowCallExecutionAggregatedValues": ".workflow_call_execution_aggregated_values",
    "WorkflowCallExecutionChildOutputs": ".workflow_call_execution_child_outputs",
    "WorkflowCallExecutionChildOutputsAdditionalProperty": ".workflow_call_execution_child_outputs_additional_property",
    "WorkflowCallExecutionStatus": ".workflow_call_execution_status",
    "WorkflowCallFrame": ".workflow_call_frame",
    "WorkflowCallParentRef": ".workflow_call_parent_ref",
    "WorkflowCategory": ".workflow_category",
    "WorkflowCreatedEvent": ".workflow_created_event",
    "WorkflowDeletedEvent": ".workflow_deleted_event",
    "WorkflowEdgesItem": ".workflow_edges_item",
    "WorkflowFormType0": ".workflow_form_type_0",
    "WorkflowMeta": ".workflow_meta",
    "WorkflowNodesItem": ".workflow_nodes_item",
    "WorkflowRecordDTO": ".workflow_record_dto",
    "WorkflowRecordListItemWithThumbnailDTO": ".workflow_record_list_item_with_thumbnail_dto",
    "WorkflowRecordOrderBy": ".workflow_record_order_by",
    "WorkflowRecordWithThumbnailDTO": ".workflow_record_with_thumbnail_dto",
    "WorkflowReturn": ".workflow_return",
    "WorkflowReturnGetOutput": ".workflow_return_get_output",
    "WorkflowReturnOutput": ".workflow_return_output",
    "WorkflowReturnOutputValues": ".workflow_return_output_values",
    "WorkflowReturnValue": ".workflow_return_value",
    "WorkflowReturnValueField": ".workflow_return_value_field",
    "WorkflowReturnValueOutput": ".workflow_return_value_output",
    "WorkflowUpdatedEvent": ".workflow_updated_event",
    "WorkflowWithoutID": ".workflow_without_id",
    "WorkflowWithoutIDEdgesItem": ".workflow_without_id_edges_item",
    "WorkflowWithoutIDFormType0": ".workflow_without_id_form_type_0",
    "WorkflowWithoutIDNodesItem": ".workflow_without_id_nodes_item",
    "ZImageConditioningField": ".z_image_conditioning_field",
    "ZImageConditioningOutput": ".z_image_conditioning_output",
    "ZImageControlField": ".z_image_control_field",
    "ZImageControlNet": ".z_image_control_net",
    "ZImageControlOutput": ".z_image_control_output",
    "ZImageLoRALoaderOutput": ".z_image_lo_ra_loader_output",
    "ZImageModelLoaderOutput": ".z_image_model_loader_output",
    "ZImageVariantType": ".z_image_variant_type",
}


def __getattr__(name: str) -> Any:
    module_name = _MODULE_OF.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULE_OF)


__all__ = (
    "AddImageNoise",
    "AddImageNoiseNoiseType",
    "AddImagesToBoardResult",
    "AddIntegers",
    "AddInvisibleWatermark",
    "AddVideosToBoardResult",
    "AdjustImageHue",
    "AdjustImageHueOklch",
    "AdjustImageHuePlus",
    "AdjustImageHuePlusSpace",
    "AdminUserCreateRequest",
    "AdminUserUpdateRequest",
    "AlibabaCloudDashScopeImageGeneration",
    "AlibabaCloudDashScopeImageGenerationMode",
    "AlphaMaskToTensor",
    "AnimaConditioningField",
    "AnimaConditioningOutput",
    "AnimaControlNetLLLite",
    "AnimaLLLiteField",
    "AnimaLLLiteOutput",
    "AnimaLoRALoaderOutput",
    "AnimaModelLoaderOutput",
    "AnyModel",
    "ApplyCLIPSkipSD15SDXL",
    "ApplyFreeUSD15SDXL",
    "ApplyLoRAAnima",
    "ApplyLoRACollectionAnima",
    "ApplyLoRACollectionFLUX",
    "ApplyLoRACollectionFLUX2Dev",
    "ApplyLoRACollectionFlux2Klein",
    "ApplyLoRACollectionKrea2",
    "ApplyLoRACollectionQwenImage",
    "ApplyLoRACollectionSD15",
    "ApplyLoRACollectionSDXL",
    "ApplyLoRACollectionWan22",
    "ApplyLoRACollectionZImage",
    "ApplyLoRAFLUX",
    "ApplyLoRAFLUX2Dev",
    "ApplyLoRAFlux2Klein",
    "ApplyLoRAKrea2",
    "ApplyLoRAQwenImage",
    "ApplyLoRASD15",
    "ApplyLoRASDXL",
    "ApplyLoRAWan22",
    "ApplyLoRAWan22Target",
    "ApplyLoRAZImage",
    "ApplyMaskToImage",
    "ApplySeamlessSD15SDXL",
    "ApplyTensorMaskToImage",
    "AppVersion",
    "BaseMetadata",
    "BaseModelType",
    "Batch",
    "BatchDatum",
    "BatchEnqueuedEvent",
    "BatchStatus",
    "BlankImage",
    "BlankImageMode",
    "BlendLatents",
    "BlurImage",
    "BlurImageBlurType",
    "BlurNSFWImage",
    "BoardChanges",
    "BoardDTO",
    "BoardField",
    "BoardRecordOrderBy",
    "BoardVisibility",
    "BodyAddImagesToBoard",
    "BodyAddImageToBoard",
    "BodyCancelByBatchIds",
    "BodyCreateImageUploadEntry",
    "BodyCreateStylePreset",
    "BodyCreateWorkflow",
    "BodyDeleteImagesFromList",
    "BodyDoHfLogin",
    "BodyDownloadImagesFromList",
    "BodyEnqueueBatch",
    "BodyGetImagesByNames",
    "BodyGetQueueItemsByItemIds",
    "BodyGetQueueItemSummariesByIds",
    "BodyImportStylePresets",
    "BodyParseDynamicprompts",
    "BodyRemoveImageFromBoard",
    "BodyRemoveImagesFromBoard",
    "BodyRemoveVideoFromBoard",
    "BodySetWorkflowThumbnail",
    "BodyStarImagesInList",
    "BodyUnstarImagesInList",
    "BodyUpdateModelImage",
    "BodyUpdateStylePreset",
    "BodyUpdateWorkflow",
    "BodyUpdateWorkflowIsPublic",
    "BodyUploadImage",
    "BooleanCollectionOutput",
    "BooleanCollectionPrimitive",
    "BooleanOutput",
    "BooleanPrimitive",
    "BoundingBox",
    "BoundingBoxCollectionOutput",
    "BoundingBoxField",
    "BoundingBoxOutput",
    "BulkDeleteModelsRequest",
    "BulkDeleteModelsResponse",
    "BulkDeleteModelsResponseFailedItem",
    "BulkDownloadCompleteEvent",
    "BulkDownloadErrorEvent",
    "BulkDownloadStartedEvent",
    "BulkReidentifyModelsRequest",
    "BulkReidentifyModelsResponse",
    "BulkReidentifyModelsResponseFailedItem",
    "CacheStats",
    "CacheStatsLoadedModelSizes",
    "CalculateImageTiles",
    "CalculateImageTilesEvenSplit",
    "CalculateImageTilesMinimumOverlap",
    "CalculateImageTilesOutput",
    "CallSavedWorkflow",
    "CallSavedWorkflowWorkflowInputs",
    "CancelAllExceptCurrentResult",
    "CancelByBatchIDsResult",
    "CancelByDestinationResult",
    "CannyEdgeDetection",
    "CanvasOutput",
    "CanvasPasteBack",
    "CanvasV2MaskAndCrop",
    "CaptionBuilderIdeogram4",
    "CenterPadOrCropImage",
    "Classification",
    "ClearResult",
    "CLIPEmbedDiffusersGConfig",
    "CLIPEmbedDiffusersLConfig",
    "CLIPField",
    "CLIPOutput",
    "CLIPSkipInvocationOutput",
    "ClipVariantType",
    "CLIPVisionDiffusersConfig",
    "CogView4ConditioningField",
    "CogView4ConditioningOutput",
    "CogView4ModelLoaderOutput",
    "CollectInvocation",
    "CollectInvocationOutput",
    "ColorCollectionOutput",
    "ColorCorrect",
    "ColorCorrectColorSpace",
    "ColorField",
    "ColorMap",
    "ColorOutput",
    "ColorPrimitive",
    "CombineMasks",
    "ConcatenateVideos",
    "ConcatenateVideosTransition",
    "ConditioningCollectionOutput",
    "ConditioningCollectionPrimitive",
    "ConditioningField",
    "ConditioningOutput",
    "ConditioningPrimitive",
    "ConditioningRebalanceKrea2",
    "ContentShuffle",
    "ControlAdapterDefaultSettings",
    "ControlField",
    "ControlFieldControlMode",
    "ControlFieldResizeMode",
    "ControlLoRAField",
    "ControlLoRAFLUX",
    "ControlLoRALyCORISFLUXConfig",
    "ControlNetCheckpointAnimaConfig",
    "ControlNetCheckpointFLUXConfig",
    "ControlNetCheckpointSD1Config",
    "ControlNetCheckpointSD2Config",
    "ControlNetCheckpointSDXLConfig",
    "ControlNetCheckpointZImageConfig",
    "ControlNetDiffusersFLUXConfig",
    "ControlNetDiffusersSD1Config",
    "ControlNetDiffusersSD2Config",
    "ControlNetDiffusersSDXLConfig",
    "ControlNetMetadataField",
    "ControlNetMetadataFieldControlMode",
    "ControlNetMetadataFieldResizeMode",
    "ControlNetRecallParameter",
    "ControlNetRecallParameterControlModeType0",
    "ControlNetSD15SD2SDXL",
    "ControlNetSD15SD2SDXLControlMode",
    "ControlNetSD15SD2SDXLResizeMode",
    "ControlOutput",
    "ConvertImageMode",
    "ConvertImageModeMode",
    "CoreMetadata",
    "CoreMetadataGenerationModeType0",
    "CountsByCategoryResponseCountsByCategory",
    "CreateDenoiseMask",
    "CreateGradientMask",
    "CreateGradientMaskCoherenceMode",
    "CreateLatentNoise",
    "CreateLatentNoiseNoiseType",
    "CreateRectangleMask",
    "CropImage",
    "CropImageToBoundingBox",
    "CropLatents",
    "CV2Infill",
    "DecodeInvisibleWatermark",
    "DeleteAllExceptCurrentResult",
    "DeleteBoardResult",
    "DeleteByDestinationResult",
    "DeleteImagesResult",
    "DeleteOrphanedModelsRequest",
    "DeleteOrphanedModelsResponse",
    "DeleteOrphanedModelsResponseErrors",
    "DeleteVideosResult",
    "DenoiseAnima",
    "DenoiseAnimaMetadata",
    "DenoiseAnimaMetadataScheduler",
    "DenoiseAnimaScheduler",
    "DenoiseCogView4",
    "DenoiseERNIEImage",
    "DenoiseERNIEImageScheduler",
    "DenoiseIdeogram4",
    "DenoiseIdeogram4SamplerPreset",
    "DenoiseKrea2",
    "DenoiseMaskField",
    "DenoiseMaskOutput",
    "DenoiseQwenImage",
    "DenoiseSD15SDXL",
    "DenoiseSD15SDXLMetadata",
    "DenoiseSD15SDXLMetadataScheduler",
    "DenoiseSD15SDXLScheduler",
    "DenoiseSD3",
    "DenoiseVideoWan22",
    "DenoiseWan22",
    "DenoiseZImage",
    "DenoiseZImageMetadata",
    "DenoiseZImageMetadataScheduler",
    "DenoiseZImageScheduler",
    "DepthAnythingDepthEstimation",
    "DepthAnythingDepthEstimationModelSize",
    "DivideIntegers",
    "DownloadCancelledEvent",
    "DownloadCompleteEvent",
    "DownloadErrorEvent",
    "DownloadJob",
    "DownloadJobStatus",
    "DownloadPausedEvent",
    "DownloadProgressEvent",
    "DownloadStartedEvent",
    "DWOpenposeDetection",
    "DynamicPrompt",
    "DynamicPromptsResponse",
    "Edge",
    "EdgeConnection",
    "EnhanceImage",
    "EnqueueBatchResult",
    "EquivalentAchromaticLightness",
    "ErnieImageConditioningField",
    "ErnieImageConditioningOutput",
    "ErnieImageModelLoaderOutput",
    "ExpandMaskWithFade",
    "ExpandPromptRequest",
    "ExpandPromptResponse",
    "ExposedField",
    "ExternalApiModelConfig",
    "ExternalApiModelDefaultSettings",
    "ExternalImageSize",
    "ExternalModelCapabilities",
    "ExternalModelCapabilitiesAspectRatioSizesType0",
    "ExternalModelCapabilitiesInputImageRequiredForType0Item",
    "ExternalModelCapabilitiesMaskFormat",
    "ExternalModelCapabilitiesModesItem",
    "ExternalModelPanelControl",
    "ExternalModelPanelControlName",
    "ExternalModelPanelSchema",
    "ExternalModelSource",
    "ExternalProviderConfigModel",
    "ExternalProviderConfigUpdate",
    "ExternalProviderStatusModel",
    "ExternalResolutionPreset",
    "ExtractImageChannel",
    "ExtractImageChannelChannel",
    "ExtractVideoRangeOutput",
    "FaceIdentifier",
    "FaceMask",
    "FaceMaskOutput",
    "FaceOff",
    "FaceOffOutput",
    "FieldKind",
    "FloatBatch",
    "FloatBatchBatchGroup",
    "FloatCollectionOutput",
    "FloatCollectionPrimitive",
    "FloatGenerator",
    "FloatGeneratorField",
    "FloatGeneratorOutput",
    "FloatMath",
    "FloatMathOperation",
    "FloatOutput",
    "FloatPrimitive",
    "FloatRange",
    "FloatToInteger",
    "FloatToIntegerMethod",
    "FLUX2Denoise",
    "FLUX2DenoiseScheduler",
    "Flux2DevLoRALoaderOutput",
    "Flux2DevModelLoaderOutput",
    "Flux2DevModelLoaderOutputMaxSeqLength",
    "Flux2KleinLoRALoaderOutput",
    "Flux2KleinModelLoaderOutput",
    "Flux2KleinModelLoaderOutputMaxSeqLength",
    "Flux2VariantType",
    "FluxConditioningCollectionOutput",
    "FluxConditioningField",
    "FluxConditioningOutput",
    "FluxControlLoRALoaderOutput",
    "FLUXControlNet",
    "FluxControlNetField",
    "FluxControlNetFieldResizeMode",
    "FluxControlNetOutput",
    "FLUXControlNetResizeMode",
    "FLUXDenoise",
    "FLUXDenoiseDypePreset",
    "FLUXDenoiseMetadata",
    "FLUXDenoiseMetadataDypePreset",
    "FLUXDenoiseMetadataScheduler",
    "FLUXDenoiseScheduler",
    "FLUXFillConditioning",
    "FluxFillConditioningField",
    "FluxFillOutput",
    "FLUXIPAdapter",
    "FluxKontextConditioningField",
    "FLUXKontextImagePrep",
    "FluxKontextOutput",
    "FluxLoRALoaderOutput",
    "FluxModelLoaderOutput",
    "FluxModelLoaderOutputMaxSeqLength",
    "FLUXRedux",
    "FLUXReduxCheckpointConfig",
    "FluxReduxConditioningField",
    "FLUXReduxDownsamplingFunction",
    "FluxReduxOutput",
    "FluxVariantType",
    "FoundModel",
    "FrameFromVideo",
    "FrameRangeFromVideo",
    "FreeUConfig",
    "GalleryItem",
    "GalleryItemKind",
    "GalleryItemNames",
    "GalleryItemNamesResult",
    "GalleryItemRef",
    "GeminiImageGeneration",
    "GeminiImageGenerationMode",
    "GeminiImageGenerationThinkingLevelType0",
    "Gemma2EncoderField",
    "Gemma2EncoderGemma2EncoderConfig",
    "Gemma2EncoderGGUFConfig",
    "Gemma2EncoderOutput",
    "Gemma2EncoderPiD",
    "GeneratePasswordResponse",
    "GenerationDeviceOption",
    "GetAppDepsResponseGetAppDeps",
    "GetCountsByTagResponseGetCountsByTag",
    "GetImageMaskBoundingBox",
    "GetRecallParametersResponseGetRecallParameters",
    "GetWorkflowReturnValue",
    "GetWorkflowReturnValueValues",
    "GlmEncoderField",
    "GradientMaskOutput",
    "Graph",
    "GraphExecutionState",
    "GraphExecutionStateErrors",
    "GraphExecutionStateIndegree",
    "GraphExecutionStatePreparedIterationPaths",
    "GraphExecutionStatePreparedSourceMapping",
    "GraphExecutionStateResults",
    "GraphExecutionStateSourcePreparedMapping",
    "GraphNodes",
    "GroundingDINOTextPromptObjectDetection",
    "GroundingDINOTextPromptObjectDetectionModelType0",
    "HEDEdgeDetection",
    "HeuristicResize",
    "HFModelSource",
    "HFTokenStatus",
    "HTTPValidationError",
    "HuggingFaceMetadata",
    "HuggingFaceModels",
    "IdealSizeOutput",
    "IdealSizeSD15SDXL",
    "Ideogram4ConditioningField",
    "Ideogram4ConditioningOutput",
    "Ideogram4ModelLoaderOutput",
    "Ideogram4Region",
    "If",
    "IfInvocationOutput",
    "ImageBatch",
    "ImageBatchBatchGroup",
    "ImageCategory",
    "ImageCollectionOutput",
    "ImageCollectionPrimitive",
    "ImageCompositor",
    "ImageDilateOrErode",
    "ImageDilateOrErodeMode",
    "ImageDTO",
    "ImageField",
    "ImageGenerator",
    "ImageGeneratorField",
    "ImageGeneratorOutput",
    "ImageLayerBlend",
    "ImageLayerBlendBlendMode",
    "ImageLayerBlendColorSpace",
    "ImageMaskToTensor",
    "ImageMoveJobResponse",
    "ImageMoveJobResponseState",
    "ImageMoveStatusResponse",
    "ImageMoveStatusResponseOperationType0",
    "ImageNamesResult",
    "ImageOutput",
    "ImagePanelCoordinateOutput",
    "ImagePanelLayout",
    "ImagePrimitive",
    "ImageRecordChanges",
    "ImagesDownloaded",
    "ImageToImage",
    "ImageToImageAutoscale",
    "ImageToLatentsAnima",
    "ImageToLatentsCogView4",
    "ImageToLatentsFLUX",
    "ImageToLatentsFLUX2",
    "ImageToLatentsQwenImage",
    "ImageToLatentsSD15SDXL",
    "ImageToLatentsSD15SDXLColorCompensation",
    "ImageToLatentsSD3",
    "ImageToLatentsWan22",
    "ImageToLatentsZImage",
    "ImageToPromptRequest",
    "ImageToPromptResponse",
    "ImageUploadEntry",
    "ImageUrlsDTO",
    "ImageValueThresholds",
    "Input",
    "InputFieldJSONSchemaExtra",
    "InputFieldJSONSchemaExtraUiChoiceLabelsType0",
    "InstallNodePackRequest",
    "InstallNodePackResponse",
    "InstallStatus",
    "IntegerBatch",
    "IntegerBatchBatchGroup",
    "IntegerCollectionOutput",
    "IntegerCollectionPrimitive",
    "IntegerGenerator",
    "IntegerGeneratorField",
    "IntegerGeneratorOutput",
    "IntegerMath",
    "IntegerMathOperation",
    "IntegerOutput",
    "IntegerPrimitive",
    "IntegerRange",
    "IntegerRangeOfSize",
    "InverseLerpImage",
    "InvertTensorMask",
    "InvocationCacheStatus",
    "InvocationCompleteEvent",
    "InvocationErrorEvent",
    "InvocationOutputMap",
    "InvocationProgressEvent",
    "InvocationStartedEvent",
    "InvokeAIAppConfig",
    "InvokeAIAppConfigAttentionSliceSizeType0",
    "InvokeAIAppConfigAttentionSliceSizeType1",
    "InvokeAIAppConfigAttentionType",
    "InvokeAIAppConfigHashingAlgorithm",
    "InvokeAIAppConfigImageSubfolderStrategy",
    "InvokeAIAppConfigLogFormat",
    "InvokeAIAppConfigLogLevel",
    "InvokeAIAppConfigLogLevelNetwork",
    "InvokeAIAppConfigPrecision",
    "InvokeAIAppConfigSessionQueueMode",
    "InvokeAIAppConfigWithSetFields",
    "IPAdapterCheckpointFLUXConfig",
    "IPAdapterCheckpointSD1Config",
    "IPAdapterCheckpointSD2Config",
    "IPAdapterCheckpointSDXLConfig",
    "IPAdapterField",
    "IPAdapterInvokeAISD1Config",
    "IPAdapterInvokeAISD2Config",
    "IPAdapterInvokeAISDXLConfig",
    "IPAdapterMetadataField",
    "IPAdapterMetadataFieldClipVisionModel",
    "IPAdapterMetadataFieldMethod",
    "IPAdapterOutput",
    "IPAdapterRecallParameter",
    "IPAdapterRecallParameterImageInfluenceType0",
    "IPAdapterRecallParameterMethodType0",
    "IPAdapterSD15SDXL",
    "IPAdapterSD15SDXLClipVisionModel",
    "IPAdapterSD15SDXLMethod",
    "ItemIdsResult",
    "IterateInvocation",
    "IterateInvocationOutput",
    "KontextConditioningFLUX",
    "Krea2ConditioningField",
    "Krea2ConditioningOutput",
    "Krea2LoRALoaderOutput",
    "Krea2ModelLoaderOutput",
    "Krea2StyleReferenceField",
    "Krea2StyleReferenceFieldValueMode",
    "Krea2StyleReferenceOutput",
    "Krea2VariantType",
    "LaMaInfill",
    "LatentsCollectionOutput",
    "LatentsCollectionPrimitive",
    "LatentsField",
    "LatentsMetaOutput",
    "LatentsOutput",
    "LatentsPrimitive",
    "LatentsToImageAnima",
    "LatentsToImageCogView4",
    "LatentsToImageERNIEImage",
    "LatentsToImageFLUX",
    "LatentsToImageFLUX2",
    "LatentsToImageFLUX2PiD4XSR",
    "LatentsToImageFLUXPiD4XSR",
    "LatentsToImageIdeogram4",
    "LatentsToImageQwenImage",
    "LatentsToImageQwenImagePiD4XSR",
    "LatentsToImageSD15SDXL",
    "LatentsToImageSD3",
    "LatentsToImageSD3PiD4XSR",
    "LatentsToImageSDXLPiD4XSR",
    "LatentsToImageWan22",
    "LatentsToImageZImage",
    "LatentsToImageZImagePiD4XSR",
    "LatentsToVideoWan22",
    "LerpImage",
    "LineartAnimeEdgeDetection",
    "LineartEdgeDetection",
    "LlavaOnevisionDiffusersConfig",
    "LLaVAOneVisionVLLM",
    "LLMTaskCompleteEvent",
    "LLMTaskErrorEvent",
    "LLMTaskProgressEvent",
    "LLMTaskProgressEventPhase",
    "LocalModelSource",
    "LoginRequest",
    "LoginResponse",
    "LogLevel",
    "LogoutResponse",
    "LoRADiffusersFlux2Config",
    "LoRADiffusersFLUXConfig",
    "LoRADiffusersSD1Config",
    "LoRADiffusersSD2Config",
    "LoRADiffusersSDXLConfig",
    "LoRADiffusersZImageConfig",
    "LoRAField",
    "LoRALoaderOutput",
    "LoRALyCORISAnimaConfig",
    "LoRALyCORISFlux2Config",
    "LoRALyCORISFLUXConfig",
    "LoRALyCORISKrea2Config",
    "LoRALyCORISQwenImageConfig",
    "LoRALyCORISSD1Config",
    "LoRALyCORISSD2Config",
    "LoRALyCORISSDXLConfig",
    "LoRALyCORISWanConfig",
    "LoRALyCORISWanConfigExpertType0",
    "LoRALyCORISZImageConfig",
    "LoRAMetadataField",
    "LoraModelDefaultSettings",
    "LoRAOMIFLUXConfig",
    "LoRAOMISDXLConfig",
    "LoRARecallParameter",
    "LoRASelectorOutput",
    "MainBnBNF4FLUXConfig",
    "MainCheckpointAnimaConfig",
    "MainCheckpointFlux2Config",
    "MainCheckpointFLUXConfig",
    "MainCheckpointKrea2Config",
    "MainCheckpointQwenImageConfig",
    "MainCheckpointSD1Config",
    "MainCheckpointSD2Config",
    "MainCheckpointSDXLConfig",
    "MainCheckpointSDXLRefinerConfig",
    "MainCheckpointWanConfig",
    "MainCheckpointWanConfigExpert",
    "MainCheckpointZImageConfig",
    "MainDiffusersCogView4Config",
    "MainDiffusersErnieImageConfig",
    "MainDiffusersFlux2Config",
    "MainDiffusersFLUXConfig",
    "MainDiffusersIdeogram4Config",
    "MainDiffusersKrea2Config",
    "MainDiffusersQwenImageConfig",
    "MainDiffusersSD1Config",
    "MainDiffusersSD2Config",
    "MainDiffusersSD3Config",
    "MainDiffusersSD3ConfigSubmodelsType0",
    "MainDiffusersSDXLConfig",
    "MainDiffusersSDXLRefinerConfig",
    "MainDiffusersWanConfig",
    "MainDiffusersZImageConfig",
    "MainGGUFFlux2Config",
    "MainGGUFFLUXConfig",
    "MainGGUFKrea2Config",
    "MainGGUFQwenImageConfig",
    "MainGGUFWanConfig",
    "MainGGUFWanConfigExpert",
    "MainGGUFZImageConfig",
    "MainModelAnima",
    "MainModelCogView4",
    "MainModelDefaultSettings",
    "MainModelDefaultSettingsSchedulerType0",
    "MainModelDefaultSettingsVaePrecisionType0",
    "MainModelERNIEImage",
    "MainModelFLUX",
    "MainModelFLUX2Dev",
    "MainModelFLUX2DevMaxSeqLength",
    "MainModelFlux2Klein",
    "MainModelFlux2KleinMaxSeqLength",
    "MainModelIdeogram4",
    "MainModelKrea2",
    "MainModelQwenImage",
    "MainModelSD15SD2",
    "MainModelSD3",
    "MainModelSDXL",
    "MainModelWan22",
    "MainModelZImage",
    "MainSDNQDiffusersFlux2Config",
    "MainSDNQDiffusersFlux2ConfigSubmodelsType0",
    "MainSDNQDiffusersFLUXConfig",
    "MainSDNQDiffusersFLUXConfigSubmodelsType0",
    "MainSDNQDiffusersZImageConfig",
    "MainSDNQDiffusersZImageConfigSubmodelsType0",
    "MainSDNQFlux2Config",
    "MainSDNQFLUXConfig",
    "MainSDNQZImageConfig",
    "MaskEdge",
    "MaskFromAlpha",
    "MaskFromSegmentedImage",
    "MaskOutput",
    "MDControlListOutput",
    "MDIPAdapterListOutput",
    "MDT2IAdapterListOutput",
    "MediaCookieResponse",
    "MediaPipeFaceDetection",
    "MergeTilesToImage",
    "MergeTilesToImageBlendMode",
    "Metadata",
    "MetadataField",
    "MetadataFieldExtractor",
    "MetadataFromImage",
    "MetadataItem",
    "MetadataItemField",
    "MetadataItemLinked",
    "MetadataItemLinkedLabel",
    "MetadataItemOutput",
    "MetadataMerge",
    "MetadataOutput",
    "MetadataToBool",
    "MetadataToBoolCollection",
    "MetadataToBoolCollectionLabel",
    "MetadataToBoolLabel",
    "MetadataToControlNets",
    "MetadataToFloat",
    "MetadataToFloatCollection",
    "MetadataToFloatCollectionLabel",
    "MetadataToFloatLabel",
    "MetadataToInteger",
    "MetadataToIntegerCollection",
    "MetadataToIntegerCollectionLabel",
    "MetadataToIntegerLabel",
    "MetadataToIPAdapters",
    "MetadataToLoRACollection",
    "MetadataToLoRAs",
    "MetadataToLorasCollectionOutput",
    "MetadataToModel",
    "MetadataToModelLabel",
    "MetadataToModelOutput",
    "MetadataToScheduler",
    "MetadataToSchedulerDefaultValue",
    "MetadataToSchedulerLabel",
    "MetadataToSDXLLoRAs",
    "MetadataToSDXLModel",
    "MetadataToSDXLModelLabel",
    "MetadataToSDXLModelOutput",
    "MetadataToString",
    "MetadataToStringCollection",
    "MetadataToStringCollectionLabel",
    "MetadataToStringLabel",
    "MetadataToT2IAdapters",
    "MetadataToVAE",
    "MetadataToVAELabel",
    "Mistral3EncoderField",
    "MistralEncoderCheckpointConfig",
    "MistralEncoderDiffusersConfig",
    "MistralEncoderField",
    "MistralEncoderGGUFConfig",
    "MistralVariantType",
    "MLSDDetection",
    "ModelFormat",
    "ModelIdentifierField",
    "ModelIdentifierOutput",
    "ModelInstallCancelledEvent",
    "ModelInstallCompleteEvent",
    "ModelInstallDownloadProgressEvent",
    "ModelInstallDownloadProgressEventPartsItem",
    "ModelInstallDownloadsCompleteEvent",
    "ModelInstallDownloadStartedEvent",
    "ModelInstallDownloadStartedEventPartsItem",
    "ModelInstallErrorEvent",
    "ModelInstallJob",
    "ModelInstallStartedEvent",
    "ModelLoadCompleteEvent",
    "ModelLoaderOutput",
    "ModelLoadStartedEvent",
    "ModelRecordChanges",
    "ModelRecordOrderBy",
    "ModelRelationshipBatchRequest",
    "ModelRelationshipCreateRequest",
    "ModelRepoVariant",
    "ModelsList",
    "ModelSourceType",
    "ModelType",
    "ModelVariantType",
    "MultiplyImageChannel",
    "MultiplyImageChannelChannelType0",
    "MultiplyImages",
    "MultiplyIntegers",
    "NodeFieldValue",
    "NodePackInfo",
    "NodePackListResponse",
    "NoiseOutput",
    "NormalMap",
    "OffsetImageChannel",
    "OffsetImageChannelChannelType0",
    "OffsetPaginatedResultsBoardDTO",
    "OffsetPaginatedResultsGalleryItem",
    "OffsetPaginatedResultsImageDTO",
    "OffsetPaginatedResultsVideoDTO",
    "OpenAIImageGeneration",
    "OpenAIImageGenerationBackground",
    "OpenAIImageGenerationInputFidelityType0",
    "OpenAIImageGenerationMode",
    "OpenAIImageGenerationQuality",
    "OpenCVInpaint",
    "OrphanedModelInfo",
    "OutputFieldJSONSchemaExtra",
    "PaginatedResultsWorkflowRecordListItemWithThumbnailDTO",
    "PairTileImageOutput",
    "PairTileWithImage",
    "PasteImage",
    "PasteImageIntoBoundingBox",
    "PatchMatchInfill",
    "PatchMatchInfillResampleMode",
    "PBRMaps",
    "PBRMapsBorderMode",
    "PBRMapsOutput",
    "PiDDecoderCheckpointFlux2Config",
    "PiDDecoderCheckpointFLUXConfig",
    "PiDDecoderCheckpointQwenImageConfig",
    "PiDDecoderCheckpointSD3Config",
    "PiDDecoderCheckpointSDXLConfig",
    "PiDDecoderField",
    "PiDDecoderOutput",
    "PiDDecoderVariantType",
    "PiDiNetEdgeDetection",
    "PiDUpscale4XFLUXVAE",
    "PresetData",
    "PresetType",
    "ProgressImage",
    "PromptAnima",
    "PromptCogView4",
    "PromptEnhancerERNIEImage",
    "PromptEnhancerField",
    "PromptERNIEImage",
    "PromptFLUX",
    "PromptFLUX2Dev",
    "PromptFLUX2DevMaxSeqLen",
    "PromptFlux2Klein",
    "PromptFlux2KleinMaxSeqLen",
    "PromptFLUXT5MaxSeqLenType0",
    "PromptIdeogram4",
    "PromptKrea2",
    "PromptQwenImage",
    "PromptQwenImageQuantization",
    "PromptSD15",
    "PromptSD3",
    "PromptSDXL",
    "PromptSDXLRefiner",
    "PromptsFromFile",
    "PromptTemplate",
    "PromptTemplateOutput",
    "PromptWan22",
    "PromptZImage",
    "PruneResult",
    "QueueClearedEvent",
    "QueueItemsCanceledEvent",
    "QueueItemsCanceledEventCanceledItemIdsByUser",
    "QueueItemsRetriedEvent",
    "QueueItemsRetriedEventRetriedItemIdsByUser",
    "QueueItemStatusChangedEvent",
    "QueueItemStatusChangedEventStatus",
    "Qwen3EncoderCheckpointConfig",
    "Qwen3EncoderField",
    "Qwen3EncoderGGUFConfig",
    "Qwen3EncoderQwen3EncoderConfig",
    "Qwen3EncoderSDNQConfig",
    "Qwen3EncoderSDNQFolderConfig",
    "Qwen3VariantType",
    "Qwen3VLEncoderCheckpointConfig",
    "Qwen3VLEncoderField",
    "Qwen3VLEncoderQwen3VLEncoderConfig",
    "QwenImage",
    "QwenImageConditioningField",
    "QwenImageConditioningOutput",
    "QwenImageLoRALoaderOutput",
    "QwenImageModelLoaderOutput",
    "QwenImageVariantType",
    "QwenVLEncoderCheckpointConfig",
    "QwenVLEncoderDiffusersConfig",
    "QwenVLEncoderField",
    "RandomFloat",
    "RandomInteger",
    "RandomRange",
    "RecallParameter",
    "RecallParametersUpdatedEvent",
    "RecallParametersUpdatedEventParameters",
    "ReferenceImageRecallParameter",
    "ReferenceImageWan22",
    "RefinerModelSDXL",
    "ReloadCustomNodesResponseReloadCustomNodes",
    "RemoteModelFile",
    "RemoveImagesFromBoardResult",
    "RemoveVideosFromBoardResult",
    "ResizeImage",
    "ResizeImageResampleMode",
    "ResizeLatents",
    "ResizeLatentsMode",
    "ResourceOrigin",
    "RetryItemsResult",
    "RoundFloat",
    "SAMPoint",
    "SAMPointLabel",
    "SAMPointsField",
    "SaveImage",
    "SaveImageGalleryFileExport",
    "SaveImageGalleryFileExportFileFormat",
    "ScaleImage",
    "ScaleImageResampleMode",
    "ScaleLatents",
    "ScaleLatentsMode",
    "Scheduler",
    "SchedulerOutput",
    "SchedulerOutputScheduler",
    "SchedulerPredictionType",
    "SchedulerScheduler",
    "SD3ConditioningField",
    "SD3ConditioningOutput",
    "Sd3ModelLoaderOutput",
    "SDXLLoRALoaderOutput",
    "SDXLModelLoaderOutput",
    "SDXLRefinerModelLoaderOutput",
    "SeamlessModeOutput",
    "SeedreamImageGeneration",
    "SeedreamImageGenerationMode",
    "SeedVarianceEnhancerZImage",
    "SeedVarianceKrea2",
    "SegmentAnything",
    "SegmentAnythingMaskFilter",
    "SegmentAnythingModelType0",
    "SelectLoRA",
    "SessionProcessorStatus",
    "SessionQueueAndProcessorStatus",
    "SessionQueueCountsByDestination",
    "SessionQueueItem",
    "SessionQueueItemStatus",
    "SessionQueueItemSummary",
    "SessionQueueItemSummaryStatus",
    "SessionQueueStatus",
    "SetupRequest",
    "SetupResponse",
    "SetupStatusResponse",
    "ShowImage",
    "SigLIPDiffusersConfig",
    "SolidColorInfill",
    "SpandrelCheckpointConfig",
    "SQLiteDirection",
    "StarredImagesResult",
    "StarredVideosResult",
    "StarterModel",
    "StarterModelBundle",
    "StarterModelResponse",
    "StarterModelResponseStarterBundles",
    "StarterModelWithoutDependencies",
    "String2Output",
    "StringBatch",
    "StringBatchBatchGroup",
    "StringCollectionOutput",
    "StringCollectionPrimitive",
    "StringGenerator",
    "StringGeneratorField",
    "StringGeneratorOutput",
    "StringJoin",
    "StringJoinThree",
    "StringOutput",
    "StringPosNegOutput",
    "StringPrimitive",
    "StringReplace",
    "StringSplit",
    "StringSplitNegative",
    "StylePresetField",
    "StylePresetRecordWithImage",
    "StyleReferenceKrea2",
    "StyleReferenceKrea2Fit",
    "StyleReferenceKrea2ValueMode",
    "SubmodelDefinition",
    "SubModelType",
    "SubtractIntegers",
    "SystemPromptChanges",
    "SystemPromptField",
    "SystemPromptRecordDTO",
    "SystemPromptWithoutId",
    "T2IAdapterDiffusersSD1Config",
    "T2IAdapterDiffusersSDXLConfig",
    "T2IAdapterField",
    "T2IAdapterFieldResizeMode",
    "T2IAdapterMetadataField",
    "T2IAdapterMetadataFieldResizeMode",
    "T2IAdapterOutput",
    "T2IAdapterSD15SDXL",
    "T2IAdapterSD15SDXLResizeMode",
    "T5EncoderBnBLLMint8Config",
    "T5EncoderField",
    "T5EncoderGGUFConfig",
    "T5EncoderSDNQConfig",
    "T5EncoderT5EncoderConfig",
    "TBLR",
    "TensorField",
    "TensorMaskToImage",
    "TextLLM",
    "TextLLMDiffusersConfig",
    "TextLLMWithSystemPromptPreset",
    "TIFileSD1Config",
    "TIFileSD2Config",
    "TIFileSDXLConfig",
    "TIFolderSD1Config",
    "TIFolderSD2Config",
    "TIFolderSDXLConfig",
    "Tile",
    "TiledMultiDiffusionDenoiseSD15SDXL",
    "TiledMultiDiffusionDenoiseSD15SDXLScheduler",
    "TileInfill",
    "TileToProperties",
    "TileToPropertiesOutput",
    "TileWithImage",
    "TransformerField",
    "UIComponent",
    "UIConfigBase",
    "UIType",
    "UNetField",
    "UNetOutput",
    "UninstallNodePackResponse",
    "UnknownConfig",
    "UnsharpMask",
    "UnsharpMaskOklab",
    "UnstarredImagesResult",
    "UnstarredVideosResult",
    "UpdateAppGenerationSettingsRequest",
    "UpdateAppGenerationSettingsRequestImageSubfolderStrategy",
    "UpdateRecallParametersResponseUpdateRecallParameters",
    "UploadVideoBodyUploadVideo",
    "UpscaleRealESRGAN",
    "UpscaleRealESRGANModelName",
    "URLModelSource",
    "URLRegexTokenPair",
    "UserDTO",
    "UserFont",
    "UserFontFace",
    "UserFontsResponse",
    "UserProfileUpdateRequest",
    "VAECheckpointAnimaConfig",
    "VAECheckpointFlux2Config",
    "VAECheckpointFLUXConfig",
    "VAECheckpointQwenImageConfig",
    "VAECheckpointSD1Config",
    "VAECheckpointSD2Config",
    "VAECheckpointSDXLConfig",
    "VAECheckpointWanConfig",
    "VAECheckpointWanConfigLatentChannels",
    "VAEDiffusersFlux2Config",
    "VAEDiffusersSD1Config",
    "VAEDiffusersSDXLConfig",
    "VAEDiffusersWanConfig",
    "VAEDiffusersWanConfigLatentChannels",
    "VAEField",
    "VAEModelSD15SD2SDXLSD3FLUX",
    "VAEOutput",
    "ValidationError",
    "ValidationErrorContext",
    "VideoBoardArg",
    "VideoDTO",
    "VideoField",
    "VideoNamesBatch",
    "VideoNamesResult",
    "VideoOutput",
    "VideoPrimitive",
    "VideoRecordChanges",
    "VideoUrlsDTO",
    "VirtualSubBoardDTO",
    "Wan22I2VIdealDimensionsA14B",
    "Wan22I2VIdealDimensionsA14BRounding",
    "Wan22I2VIdealDimensionsA14BTargetResolution",
    "Wan22TI2VIdealDimensions5B",
    "Wan22TI2VIdealDimensions5BRounding",
    "Wan22TI2VIdealDimensions5BTargetResolution",
    "WanConditioningField",
    "WanConditioningOutput",
    "WanLoRALoaderOutput",
    "WanLoRAVariantType",
    "WanModelLoaderOutput",
    "WanRefImageConditioningField",
    "WanRefImageOutput",
    "WanT5EncoderField",
    "WanT5EncoderWanT5EncoderConfig",
    "WanTransformerField",
    "WanVariantType",
    "Workflow",
    "WorkflowAccessRevokedEvent",
    "WorkflowAndGraphResponse",
    "WorkflowCallCompatibility",
    "WorkflowCallCompatibilityReason",
    "WorkflowCallExecution",
    "WorkflowCallExecutionAggregatedValues",
    "WorkflowCallExecutionChildOutputs",
    "WorkflowCallExecutionChildOutputsAdditionalProperty",
    "WorkflowCallExecutionStatus",
    "WorkflowCallFrame",
    "WorkflowCallParentRef",
    "WorkflowCategory",
    "WorkflowCreatedEvent",
    "WorkflowDeletedEvent",
    "WorkflowEdgesItem",
    "WorkflowFormType0",
    "WorkflowMeta",
    "WorkflowNodesItem",
    "WorkflowRecordDTO",
    "WorkflowRecordListItemWithThumbnailDTO",
    "WorkflowRecordOrderBy",
    "WorkflowRecordWithThumbnailDTO",
    "WorkflowReturn",
    "WorkflowReturnGetOutput",
    "WorkflowReturnOutput",
    "WorkflowReturnOutputValues",
    "WorkflowReturnValue",
    "WorkflowReturnValueField",
    "WorkflowReturnValueOutput",
    "WorkflowUpdatedEvent",
    "WorkflowWithoutID",
    "WorkflowWithoutIDEdgesItem",
    "WorkflowWithoutIDFormType0",
    "WorkflowWithoutIDNodesItem",
    "ZImageConditioningField",
    "ZImageConditioningOutput",
    "ZImageControlField",
    "ZImageControlNet",
    "ZImageControlOutput",
    "ZImageLoRALoaderOutput",
    "ZImageModelLoaderOutput",
    "ZImageVariantType",
)
