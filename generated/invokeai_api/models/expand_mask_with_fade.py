from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.board_field import BoardField
    from ..models.image_field import ImageField
    from ..models.metadata_field import MetadataField


T = TypeVar("T", bound="ExpandMaskWithFade")


@_attrs_define
class ExpandMaskWithFade:
    """Expands a mask with a fade effect. The mask uses black to indicate areas to keep from the generated image and white
    for areas to discard.
    The mask is thresholded to create a binary mask, and then a distance transform is applied to create a fade effect.
    The fade size is specified in pixels, and the mask is expanded by that amount. The result is a mask with a smooth
    transition from black to white.
    If the fade size is 0, the mask is returned as-is.

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            type_ (Literal['expand_mask_with_fade']):  Default: 'expand_mask_with_fade'.
            board (BoardField | None | Unset): The board to save the image to
            fade_size_px (int | Unset): The size of the fade in pixels Default: 32.
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            mask (ImageField | None | Unset): The mask to expand
            metadata (MetadataField | None | Unset): Optional metadata to be saved with the image
            threshold (int | Unset): The threshold for the binary mask (0-255) Default: 0.
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
    """

    id: str
    type_: Literal["expand_mask_with_fade"] = "expand_mask_with_fade"
    board: BoardField | None | Unset = UNSET
    fade_size_px: int | Unset = 32
    is_intermediate: bool | Unset = False
    mask: ImageField | None | Unset = UNSET
    metadata: MetadataField | None | Unset = UNSET
    threshold: int | Unset = 0
    use_cache: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.board_field import BoardField  # noqa: PLC0415
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        board: dict[str, Any] | None | Unset
        if isinstance(self.board, Unset):
            board = UNSET
        elif isinstance(self.board, BoardField):
            board = self.board.to_dict()
        else:
            board = self.board

        fade_size_px = self.fade_size_px

        is_intermediate = self.is_intermediate

        mask: dict[str, Any] | None | Unset
        if isinstance(self.mask, Unset):
            mask = UNSET
        elif isinstance(self.mask, ImageField):
            mask = self.mask.to_dict()
        else:
            mask = self.mask

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataField):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        threshold = self.threshold

        use_cache = self.use_cache

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
        if fade_size_px is not UNSET:
            field_dict["fade_size_px"] = fade_size_px
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if mask is not UNSET:
            field_dict["mask"] = mask
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.board_field import BoardField  # noqa: PLC0415
        from ..models.image_field import ImageField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["expand_mask_with_fade"], d.pop("type"))
        if type_ != "expand_mask_with_fade":
            raise ValueError(f"type must match const 'expand_mask_with_fade', got '{type_}'")

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

        fade_size_px = d.pop("fade_size_px", UNSET)

        is_intermediate = d.pop("is_intermediate", UNSET)

        def _parse_mask(data: object) -> ImageField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mask_type_0 = ImageField.from_dict(data)

                return mask_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageField | None | Unset, data)

        mask = _parse_mask(d.pop("mask", UNSET))

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

        threshold = d.pop("threshold", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        expand_mask_with_fade = cls(
            id=id,
            type_=type_,
            board=board,
            fade_size_px=fade_size_px,
            is_intermediate=is_intermediate,
            mask=mask,
            metadata=metadata,
            threshold=threshold,
            use_cache=use_cache,
        )

        expand_mask_with_fade.additional_properties = d
        return expand_mask_with_fade

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
