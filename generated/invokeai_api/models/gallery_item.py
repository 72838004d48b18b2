from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gallery_item_kind import GalleryItemKind
from ..models.image_category import ImageCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="GalleryItem")


@_attrs_define
class GalleryItem:
    """A gallery item — either an image or a video, with shared fields and a discriminator.

    Frontend code should dispatch on `kind` to render image- vs video-specific UI.

        Attributes:
            category (ImageCategory): The category of an image.

                - GENERAL: The image is an output, init image, or otherwise an image without a specialized purpose.
                - MASK: The image is a mask image.
                - CONTROL: The image is a ControlNet control image.
                - USER: The image is a user-provide image.
                - OTHER: The image is some other type of image with a specialized purpose. To be used by external nodes.
            created_at (datetime.datetime | str): The created timestamp of the item.
            full_url (str): URL to the full-resolution image PNG or the full-quality video MP4.
            height (int): The height of the item in pixels.
            is_intermediate (bool): Whether the item is an intermediate output.
            kind (GalleryItemKind): Discriminator for polymorphic gallery items.
            name (str): The unique name of the image or video.
            starred (bool): Whether the item is starred.
            thumbnail_url (str): URL to the static (WebP) thumbnail.
            width (int): The width of the item in pixels.
            board_id (None | str | Unset): Owning board id, if any.
            duration (float | None | Unset): Video duration in seconds. None for images.
            fps (float | None | Unset): Video frames per second. None for images.
    """

    category: ImageCategory
    created_at: datetime.datetime | str
    full_url: str
    height: int
    is_intermediate: bool
    kind: GalleryItemKind
    name: str
    starred: bool
    thumbnail_url: str
    width: int
    board_id: None | str | Unset = UNSET
    duration: float | None | Unset = UNSET
    fps: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        created_at: str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        full_url = self.full_url

        height = self.height

        is_intermediate = self.is_intermediate

        kind = self.kind.value

        name = self.name

        starred = self.starred

        thumbnail_url = self.thumbnail_url

        width = self.width

        board_id: None | str | Unset
        if isinstance(self.board_id, Unset):
            board_id = UNSET
        else:
            board_id = self.board_id

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        fps: float | None | Unset
        if isinstance(self.fps, Unset):
            fps = UNSET
        else:
            fps = self.fps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "created_at": created_at,
                "full_url": full_url,
                "height": height,
                "is_intermediate": is_intermediate,
                "kind": kind,
                "name": name,
                "starred": starred,
                "thumbnail_url": thumbnail_url,
                "width": width,
            }
        )
        if board_id is not UNSET:
            field_dict["board_id"] = board_id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if fps is not UNSET:
            field_dict["fps"] = fps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = ImageCategory(d.pop("category"))

        def _parse_created_at(data: object) -> datetime.datetime | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str, data)

        created_at = _parse_created_at(d.pop("created_at"))

        full_url = d.pop("full_url")

        height = d.pop("height")

        is_intermediate = d.pop("is_intermediate")

        kind = GalleryItemKind(d.pop("kind"))

        name = d.pop("name")

        starred = d.pop("starred")

        thumbnail_url = d.pop("thumbnail_url")

        width = d.pop("width")

        def _parse_board_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        board_id = _parse_board_id(d.pop("board_id", UNSET))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_fps(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        fps = _parse_fps(d.pop("fps", UNSET))

        gallery_item = cls(
            category=category,
            created_at=created_at,
            full_url=full_url,
            height=height,
            is_intermediate=is_intermediate,
            kind=kind,
            name=name,
            starred=starred,
            thumbnail_url=thumbnail_url,
            width=width,
            board_id=board_id,
            duration=duration,
            fps=fps,
        )

        gallery_item.additional_properties = d
        return gallery_item

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
