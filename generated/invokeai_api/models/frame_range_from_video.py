from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.board_field import BoardField
    from ..models.metadata_field import MetadataField
    from ..models.video_field import VideoField


T = TypeVar("T", bound="FrameRangeFromVideo")


@_attrs_define
class FrameRangeFromVideo:
    """Trim a video to a contiguous frame range and re-encode as MP4.

    Both bounds are inclusive and 0-based — ``start_frame=10, end_frame=50``
    emits 41 frames. Negative indices count from the end (``end_frame=-1``
    is the final frame), matching ``video_frame_extract``. The output frame
    rate defaults to the source video's frame rate; set ``fps=0`` to inherit
    it (or 16 fps if the source rate can't be probed).

    The resolved (positive) ``start_frame`` and ``end_frame`` are also emitted as
    outputs, so chained workflows can re-use the boundary indices — e.g. feeding
    them into a downstream Frame from Video to extract the same boundary frame.

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            type_ (Literal['extract_video_range']):  Default: 'extract_video_range'.
            board (BoardField | None | Unset): The board to save the image to
            end_frame (int | Unset): Last frame to keep, inclusive. -1 = last frame. Negative indices count from the end.
                Default: -1.
            fps (int | Unset): Output frame rate. 0 = match the source video's frame rate (falls back to 16 fps if the
                source rate can't be probed). Default: 0.
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            metadata (MetadataField | None | Unset): Optional metadata to be saved with the image
            start_frame (int | Unset): First frame to keep, inclusive. 0 = first frame. Negative indices count from the end.
                Default: 0.
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
            video (None | Unset | VideoField): The video to extract a frame range from.
    """

    id: str
    type_: Literal["extract_video_range"] = "extract_video_range"
    board: BoardField | None | Unset = UNSET
    end_frame: int | Unset = -1
    fps: int | Unset = 0
    is_intermediate: bool | Unset = False
    metadata: MetadataField | None | Unset = UNSET
    start_frame: int | Unset = 0
    use_cache: bool | Unset = True
    video: None | Unset | VideoField = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.board_field import BoardField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415
        from ..models.video_field import VideoField  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        board: dict[str, Any] | None | Unset
        if isinstance(self.board, Unset):
            board = UNSET
        elif isinstance(self.board, BoardField):
            board = self.board.to_dict()
        else:
            board = self.board

        end_frame = self.end_frame

        fps = self.fps

        is_intermediate = self.is_intermediate

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataField):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        start_frame = self.start_frame

        use_cache = self.use_cache

        video: dict[str, Any] | None | Unset
        if isinstance(self.video, Unset):
            video = UNSET
        elif isinstance(self.video, VideoField):
            video = self.video.to_dict()
        else:
            video = self.video

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
        if end_frame is not UNSET:
            field_dict["end_frame"] = end_frame
        if fps is not UNSET:
            field_dict["fps"] = fps
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if start_frame is not UNSET:
            field_dict["start_frame"] = start_frame
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if video is not UNSET:
            field_dict["video"] = video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.board_field import BoardField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415
        from ..models.video_field import VideoField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["extract_video_range"], d.pop("type"))
        if type_ != "extract_video_range":
            raise ValueError(f"type must match const 'extract_video_range', got '{type_}'")

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

        end_frame = d.pop("end_frame", UNSET)

        fps = d.pop("fps", UNSET)

        is_intermediate = d.pop("is_intermediate", UNSET)

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

        start_frame = d.pop("start_frame", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        def _parse_video(data: object) -> None | Unset | VideoField:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                video_type_0 = VideoField.from_dict(data)

                return video_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VideoField, data)

        video = _parse_video(d.pop("video", UNSET))

        frame_range_from_video = cls(
            id=id,
            type_=type_,
            board=board,
            end_frame=end_frame,
            fps=fps,
            is_intermediate=is_intermediate,
            metadata=metadata,
            start_frame=start_frame,
            use_cache=use_cache,
            video=video,
        )

        frame_range_from_video.additional_properties = d
        return frame_range_from_video

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
