from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.board_field import BoardField
    from ..models.denoise_mask_field import DenoiseMaskField
    from ..models.krea_2_conditioning_field import Krea2ConditioningField
    from ..models.krea_2_style_reference_field import Krea2StyleReferenceField
    from ..models.latents_field import LatentsField
    from ..models.metadata_field import MetadataField
    from ..models.transformer_field import TransformerField


T = TypeVar("T", bound="DenoiseKrea2")


@_attrs_define
class DenoiseKrea2:
    """Run the denoising process with a Krea-2 model.

    Attributes:
        id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
        type_ (Literal['krea2_denoise']):  Default: 'krea2_denoise'.
        board (BoardField | None | Unset): The board to save the image to
        cfg_scale (float | list[float] | Unset): Classifier-Free Guidance scale Default: 1.0.
        denoise_mask (DenoiseMaskField | None | Unset): A mask of the region to apply the denoising process to. Values
            of 0.0 represent the regions to be fully denoised, and 1.0 represent the regions to be preserved.
        denoising_end (float | Unset): When to stop denoising, expressed a percentage of total steps Default: 1.0.
        denoising_start (float | Unset): When to start denoising, expressed a percentage of total steps Default: 0.0.
        height (int | Unset): Height of the generated image. Default: 1024.
        is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
        latents (LatentsField | None | Unset): Latents tensor
        metadata (MetadataField | None | Unset): Optional metadata to be saved with the image
        negative_conditioning (Krea2ConditioningField | list[Krea2ConditioningField] | None | Unset): Negative
            conditioning tensor
        positive_conditioning (Krea2ConditioningField | list[Krea2ConditioningField] | None | Unset): Positive
            conditioning tensor
        seed (int | Unset): Randomness seed for reproducibility. Default: 0.
        shift (float | None | Unset): Override the resolution-aware timestep shift (mu). Leave unset -- or 0, which is
            what the node editor fills in for an untouched optional float -- to use the model default: mu=1.15 for the
            distilled Turbo checkpoint, resolution-dependent for Raw.
        steps (int | Unset): Number of steps to run Default: 8.
        style_reference (Krea2StyleReferenceField | None | Unset): Training-free style reference. Adds one reference
            forward per step, so generation takes roughly twice as long, and retains the reference's attention keys/values
            for the whole step (~0.5 GB at 1024x1024, ~1.7 GB at 2560x1440). At 1440p the combined footprint no longer fits
            a 24 GB card alongside the model. A style_strength of 0 is ignored entirely and costs nothing.
        style_reference_conditioning (Krea2ConditioningField | None | Unset): Prompt for the style-reference pass. Leave
            unconnected to reuse the positive prompt; a short neutral prompt describing the reference can give a purer style
            transfer.
        transformer (None | TransformerField | Unset): Krea-2 model (Transformer) to load
        use_cache (bool | Unset): Whether or not to use the cache Default: True.
        width (int | Unset): Width of the generated image. Default: 1024.
    """

    id: str
    type_: Literal["krea2_denoise"] = "krea2_denoise"
    board: BoardField | None | Unset = UNSET
    cfg_scale: float | list[float] | Unset = 1.0
    denoise_mask: DenoiseMaskField | None | Unset = UNSET
    denoising_end: float | Unset = 1.0
    denoising_start: float | Unset = 0.0
    height: int | Unset = 1024
    is_intermediate: bool | Unset = False
    latents: LatentsField | None | Unset = UNSET
    metadata: MetadataField | None | Unset = UNSET
    negative_conditioning: Krea2ConditioningField | list[Krea2ConditioningField] | None | Unset = (
        UNSET
    )
    positive_conditioning: Krea2ConditioningField | list[Krea2ConditioningField] | None | Unset = (
        UNSET
    )
    seed: int | Unset = 0
    shift: float | None | Unset = UNSET
    steps: int | Unset = 8
    style_reference: Krea2StyleReferenceField | None | Unset = UNSET
    style_reference_conditioning: Krea2ConditioningField | None | Unset = UNSET
    transformer: None | TransformerField | Unset = UNSET
    use_cache: bool | Unset = True
    width: int | Unset = 1024
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.board_field import BoardField  # noqa: PLC0415
        from ..models.denoise_mask_field import DenoiseMaskField  # noqa: PLC0415
        from ..models.krea_2_conditioning_field import Krea2ConditioningField  # noqa: PLC0415
        from ..models.krea_2_style_reference_field import Krea2StyleReferenceField  # noqa: PLC0415
        from ..models.latents_field import LatentsField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415
        from ..models.transformer_field import TransformerField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        board: dict[str, Any] | None | Unset
        if isinstance(self.board, Unset):
            board = UNSET
        elif isinstance(self.board, BoardField):
            board = self.board.to_dict()
        else:
            board = self.board

        cfg_scale: float | list[float] | Unset
        if isinstance(self.cfg_scale, Unset):
            cfg_scale = UNSET
        elif isinstance(self.cfg_scale, list):
            cfg_scale = self.cfg_scale

        else:
            cfg_scale = self.cfg_scale

        denoise_mask: dict[str, Any] | None | Unset
        if isinstance(self.denoise_mask, Unset):
            denoise_mask = UNSET
        elif isinstance(self.denoise_mask, DenoiseMaskField):
            denoise_mask = self.denoise_mask.to_dict()
        else:
            denoise_mask = self.denoise_mask

        denoising_end = self.denoising_end

        denoising_start = self.denoising_start

        height = self.height

        is_intermediate = self.is_intermediate

        latents: dict[str, Any] | None | Unset
        if isinstance(self.latents, Unset):
            latents = UNSET
        elif isinstance(self.latents, LatentsField):
            latents = self.latents.to_dict()
        else:
            latents = self.latents

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataField):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        negative_conditioning: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.negative_conditioning, Unset):
            negative_conditioning = UNSET
        elif isinstance(self.negative_conditioning, Krea2ConditioningField):
            negative_conditioning = self.negative_conditioning.to_dict()
        elif isinstance(self.negative_conditioning, list):
            negative_conditioning = []
            for negative_conditioning_type_1_item_data in self.negative_conditioning:
                negative_conditioning_type_1_item = negative_conditioning_type_1_item_data.to_dict()
                negative_conditioning.append(negative_conditioning_type_1_item)

        else:
            negative_conditioning = self.negative_conditioning

        positive_conditioning: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.positive_conditioning, Unset):
            positive_conditioning = UNSET
        elif isinstance(self.positive_conditioning, Krea2ConditioningField):
            positive_conditioning = self.positive_conditioning.to_dict()
        elif isinstance(self.positive_conditioning, list):
            positive_conditioning = []
            for positive_conditioning_type_1_item_data in self.positive_conditioning:
                positive_conditioning_type_1_item = positive_conditioning_type_1_item_data.to_dict()
                positive_conditioning.append(positive_conditioning_type_1_item)

        else:
            positive_conditioning = self.positive_conditioning

        seed = self.seed

        shift: float | None | Unset
        if isinstance(self.shift, Unset):
            shift = UNSET
        else:
            shift = self.shift

        steps = self.steps

        style_reference: dict[str, Any] | None | Unset
        if isinstance(self.style_reference, Unset):
            style_reference = UNSET
        elif isinstance(self.style_reference, Krea2StyleReferenceField):
            style_reference = self.style_reference.to_dict()
        else:
            style_reference = self.style_reference

        style_reference_conditioning: dict[str, Any] | None | Unset
        if isinstance(self.style_reference_conditioning, Unset):
            style_reference_conditioning = UNSET
        elif isinstance(self.style_reference_conditioning, Krea2ConditioningField):
            style_reference_conditioning = self.style_reference_conditioning.to_dict()
        else:
            style_reference_conditioning = self.style_reference_conditioning

        transformer: dict[str, Any] | None | Unset
        if isinstance(self.transformer, Unset):
            transformer = UNSET
        elif isinstance(self.transformer, TransformerField):
            transformer = self.transformer.to_dict()
        else:
            transformer = self.transformer

        use_cache = self.use_cache

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if board is not UNSET:
            field_dict["board"] = board
        if cfg_scale is not UNSET:
            field_dict["cfg_scale"] = cfg_scale
        if denoise_mask is not UNSET:
            field_dict["denoise_mask"] = denoise_mask
        if denoising_end is not UNSET:
            field_dict["denoising_end"] = denoising_end
        if denoising_start is not UNSET:
            field_dict["denoising_start"] = denoising_start
        if height is not UNSET:
            field_dict["height"] = height
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if latents is not UNSET:
            field_dict["latents"] = latents
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if negative_conditioning is not UNSET:
            field_dict["negative_conditioning"] = negative_conditioning
        if positive_conditioning is not UNSET:
            field_dict["positive_conditioning"] = positive_conditioning
        if seed is not UNSET:
            field_dict["seed"] = seed
        if shift is not UNSET:
            field_dict["shift"] = shift
        if steps is not UNSET:
            field_dict["steps"] = steps
        if style_reference is not UNSET:
            field_dict["style_reference"] = style_reference
        if style_reference_conditioning is not UNSET:
            field_dict["style_reference_conditioning"] = style_reference_conditioning
        if transformer is not UNSET:
            field_dict["transformer"] = transformer
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.board_field import BoardField  # noqa: PLC0415
        from ..models.denoise_mask_field import DenoiseMaskField  # noqa: PLC0415
        from ..models.krea_2_conditioning_field import Krea2ConditioningField  # noqa: PLC0415
        from ..models.krea_2_style_reference_field import Krea2StyleReferenceField  # noqa: PLC0415
        from ..models.latents_field import LatentsField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415
        from ..models.transformer_field import TransformerField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["krea2_denoise"], d.pop("type"))
        if type_ != "krea2_denoise":
            raise ValueError(f"type must match const 'krea2_denoise', got '{type_}'")

        def _parse_board(data: object) -> BoardField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                board_type_0 = BoardField.from_dict(data)

                return board_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BoardField | None | Unset, data)

        board = _parse_board(d.pop("board", UNSET))

        def _parse_cfg_scale(data: object) -> float | list[float] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cfg_scale_type_1 = cast(list[float], data)

                return cfg_scale_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | list[float] | Unset, data)

        cfg_scale = _parse_cfg_scale(d.pop("cfg_scale", UNSET))

        def _parse_denoise_mask(data: object) -> DenoiseMaskField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                denoise_mask_type_0 = DenoiseMaskField.from_dict(data)

                return denoise_mask_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DenoiseMaskField | None | Unset, data)

        denoise_mask = _parse_denoise_mask(d.pop("denoise_mask", UNSET))

        denoising_end = d.pop("denoising_end", UNSET)

        denoising_start = d.pop("denoising_start", UNSET)

        height = d.pop("height", UNSET)

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_latents(data: object) -> LatentsField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latents_type_0 = LatentsField.from_dict(data)

                return latents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LatentsField | None | Unset, data)

        latents = _parse_latents(d.pop("latents", UNSET))

        def _parse_metadata(data: object) -> MetadataField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = MetadataField.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MetadataField | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_negative_conditioning(
            data: object,
        ) -> Krea2ConditioningField | list[Krea2ConditioningField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                negative_conditioning_type_0 = Krea2ConditioningField.from_dict(data)

                return negative_conditioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                negative_conditioning_type_1 = []
                _negative_conditioning_type_1 = data
                for negative_conditioning_type_1_item_data in _negative_conditioning_type_1:
                    negative_conditioning_type_1_item = Krea2ConditioningField.from_dict(
                        negative_conditioning_type_1_item_data
                    )

                    negative_conditioning_type_1.append(negative_conditioning_type_1_item)

                return negative_conditioning_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Krea2ConditioningField | list[Krea2ConditioningField] | None | Unset, data)

        negative_conditioning = _parse_negative_conditioning(d.pop("negative_conditioning", UNSET))

        def _parse_positive_conditioning(
            data: object,
        ) -> Krea2ConditioningField | list[Krea2ConditioningField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                positive_conditioning_type_0 = Krea2ConditioningField.from_dict(data)

                return positive_conditioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                positive_conditioning_type_1 = []
                _positive_conditioning_type_1 = data
                for positive_conditioning_type_1_item_data in _positive_conditioning_type_1:
                    positive_conditioning_type_1_item = Krea2ConditioningField.from_dict(
                        positive_conditioning_type_1_item_data
                    )

                    positive_conditioning_type_1.append(positive_conditioning_type_1_item)

                return positive_conditioning_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Krea2ConditioningField | list[Krea2ConditioningField] | None | Unset, data)

        positive_conditioning = _parse_positive_conditioning(d.pop("positive_conditioning", UNSET))

        seed = d.pop("seed", UNSET)

        def _parse_shift(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        shift = _parse_shift(d.pop("shift", UNSET))

        steps = d.pop("steps", UNSET)

        def _parse_style_reference(data: object) -> Krea2StyleReferenceField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                style_reference_type_0 = Krea2StyleReferenceField.from_dict(data)

                return style_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Krea2StyleReferenceField | None | Unset, data)

        style_reference = _parse_style_reference(d.pop("style_reference", UNSET))

        def _parse_style_reference_conditioning(
            data: object,
        ) -> Krea2ConditioningField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                style_reference_conditioning_type_0 = Krea2ConditioningField.from_dict(data)

                return style_reference_conditioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Krea2ConditioningField | None | Unset, data)

        style_reference_conditioning = _parse_style_reference_conditioning(
            d.pop("style_reference_conditioning", UNSET)
        )

        def _parse_transformer(data: object) -> None | TransformerField | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transformer_type_0 = TransformerField.from_dict(data)

                return transformer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransformerField | Unset, data)

        transformer = _parse_transformer(d.pop("transformer", UNSET))

        use_cache = d.pop("use_cache", UNSET)

        width = d.pop("width", UNSET)

        denoise_krea_2 = cls(
            id=id,
            type_=type_,
            board=board,
            cfg_scale=cfg_scale,
            denoise_mask=denoise_mask,
            denoising_end=denoising_end,
            denoising_start=denoising_start,
            height=height,
            is_intermediate=is_intermediate,
            latents=latents,
            metadata=metadata,
            negative_conditioning=negative_conditioning,
            positive_conditioning=positive_conditioning,
            seed=seed,
            shift=shift,
            steps=steps,
            style_reference=style_reference,
            style_reference_conditioning=style_reference_conditioning,
            transformer=transformer,
            use_cache=use_cache,
            width=width,
        )

        denoise_krea_2.additional_properties = d
        return denoise_krea_2

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
