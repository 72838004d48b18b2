from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.concatenate_videos_transition import ConcatenateVideosTransition
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.board_field import BoardField
    from ..models.metadata_field import MetadataField
    from ..models.video_field import VideoField


T = TypeVar("T", bound="ConcatenateVideos")


@_attrs_define
class ConcatenateVideos:
    """Join two or more videos into a single MP4.

    Transitions:

    * ``cut`` — hard splice, no blending. Fastest; total length is the sum of inputs.
    * ``crossfade`` — linear A→B cross-dissolve over ``transition_frames``. Each boundary
      consumes ``transition_frames`` from both adjacent clips, so total length is
      ``sum(inputs) - transition_frames * (n - 1)``.
    * ``fade_through_black`` — A fades to black, then B fades in from black. Each boundary
      consumes ``transition_frames // 2`` frames from the preceding clip's tail and the
      remainder (``transition_frames - transition_frames // 2``) from the next clip's head,
      so the total emitted is exactly ``transition_frames`` per boundary — even for odd
      ``transition_frames`` — and the overall length equals the sum of inputs.

    All inputs must share the same pixel dimensions. Output frame rate defaults to the
    first input's fps; override with ``fps`` to force a specific rate (the frames are not
    resampled, only the container is encoded at the new rate).

        Attributes:
            id (str): The id of this instance of an invocation. Must be unique among all instances of invocations.
            type_ (Literal['video_concat']):  Default: 'video_concat'.
            board (BoardField | None | Unset): The board to save the image to
            fps (int | None | Unset): Output frame rate. Defaults to the first input's fps.
            is_intermediate (bool | Unset): Whether or not this is an intermediate invocation. Default: False.
            metadata (MetadataField | None | Unset): Optional metadata to be saved with the image
            transition (ConcatenateVideosTransition | Unset): Transition between consecutive clips. Default:
                ConcatenateVideosTransition.CUT.
            transition_frames (int | Unset): Length of each transition in frames. Ignored when transition is 'cut'. Default:
                8.
            use_cache (bool | Unset): Whether or not to use the cache Default: True.
            videos (list[VideoField] | None | Unset): Videos to concatenate, in order. At least two are required.
    """

    id: str
    type_: Literal["video_concat"] = "video_concat"
    board: BoardField | None | Unset = UNSET
    fps: int | None | Unset = UNSET
    is_intermediate: bool | Unset = False
    metadata: MetadataField | None | Unset = UNSET
    transition: ConcatenateVideosTransition | Unset = ConcatenateVideosTransition.CUT
    transition_frames: int | Unset = 8
    use_cache: bool | Unset = True
    videos: list[VideoField] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.board_field import BoardField  # noqa: PLC0415
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

        fps: int | None | Unset
        if isinstance(self.fps, Unset):
            fps = UNSET
        else:
            fps = self.fps

        is_intermediate = self.is_intermediate

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataField):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        transition: str | Unset = UNSET
        if not isinstance(self.transition, Unset):
            transition = self.transition.value

        transition_frames = self.transition_frames

        use_cache = self.use_cache

        videos: list[dict[str, Any]] | None | Unset
        if isinstance(self.videos, Unset):
            videos = UNSET
        elif isinstance(self.videos, list):
            videos = []
            for videos_type_0_item_data in self.videos:
                videos_type_0_item = videos_type_0_item_data.to_dict()
                videos.append(videos_type_0_item)

        else:
            videos = self.videos

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
        if fps is not UNSET:
            field_dict["fps"] = fps
        if is_intermediate is not UNSET:
            field_dict["is_intermediate"] = is_intermediate
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if transition is not UNSET:
            field_dict["transition"] = transition
        if transition_frames is not UNSET:
            field_dict["transition_frames"] = transition_frames
        if use_cache is not UNSET:
            field_dict["use_cache"] = use_cache
        if videos is not UNSET:
            field_dict["videos"] = videos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.board_field import BoardField  # noqa: PLC0415
        from ..models.metadata_field import MetadataField  # noqa: PLC0415
        from ..models.video_field import VideoField  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["video_concat"], d.pop("type"))
        if type_ != "video_concat":
            raise ValueError(f"type must match const 'video_concat', got '{type_}'")

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

        def _parse_fps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fps = _parse_fps(d.pop("fps", UNSET))

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

        _transition = d.pop("transition", UNSET)
        transition: ConcatenateVideosTransition | Unset
        if isinstance(_transition, Unset):
            transition = UNSET
        else:
            transition = ConcatenateVideosTransition(_transition)

        transition_frames = d.pop("transition_frames", UNSET)

        use_cache = d.pop("use_cache", UNSET)

        def _parse_videos(data: object) -> list[VideoField] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                videos_type_0 = []
                _videos_type_0 = data
                for videos_type_0_item_data in _videos_type_0:
                    videos_type_0_item = VideoField.from_dict(videos_type_0_item_data)

                    videos_type_0.append(videos_type_0_item)

                return videos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VideoField] | None | Unset, data)

        videos = _parse_videos(d.pop("videos", UNSET))

        concatenate_videos = cls(
            id=id,
            type_=type_,
            board=board,
            fps=fps,
            is_intermediate=is_intermediate,
            metadata=metadata,
            transition=transition,
            transition_frames=transition_frames,
            use_cache=use_cache,
            videos=videos,
        )

        concatenate_videos.additional_properties = d
        return concatenate_videos

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
