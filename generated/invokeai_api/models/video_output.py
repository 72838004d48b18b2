from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.video_field import VideoField


T = TypeVar("T", bound="VideoOutput")


@_attrs_define
class VideoOutput:
    """Output of a node that produces a video file (e.g. Wan 2.2 latents-to-video).

    Attributes:
        duration (float): The duration of the video in seconds
        fps (float): The frames-per-second of the video
        height (int): The height of the video in pixels
        num_frames (int): The number of frames in the video
        type_ (Literal['video_output']):  Default: 'video_output'.
        video (VideoField): A video primitive field
        width (int): The width of the video in pixels
    """

    duration: float
    fps: float
    height: int
    num_frames: int
    video: VideoField
    width: int
    type_: Literal["video_output"] = "video_output"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration = self.duration

        fps = self.fps

        height = self.height

        num_frames = self.num_frames

        type_ = self.type_

        video = self.video.to_dict()

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration": duration,
                "fps": fps,
                "height": height,
                "num_frames": num_frames,
                "type": type_,
                "video": video,
                "width": width,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_field import VideoField  # noqa: PLC0415

        d = dict(src_dict)
        duration = d.pop("duration")

        fps = d.pop("fps")

        height = d.pop("height")

        num_frames = d.pop("num_frames")

        type_ = cast(Literal["video_output"], d.pop("type"))
        if type_ != "video_output":
            raise ValueError(f"type must match const 'video_output', got '{type_}'")

        video = VideoField.from_dict(d.pop("video"))

        width = d.pop("width")

        video_output = cls(
            duration=duration,
            fps=fps,
            height=height,
            num_frames=num_frames,
            type_=type_,
            video=video,
            width=width,
        )

        video_output.additional_properties = d
        return video_output

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
