from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ExternalResolutionPreset")


@_attrs_define
class ExternalResolutionPreset:
    """
    Attributes:
        aspect_ratio (str): Aspect ratio string, e.g. '1:1'
        height (int):
        image_size (str): Image size preset, e.g. '1K'
        label (str): Display label, e.g. '1:1 (1K)'
        width (int):
    """

    aspect_ratio: str
    height: int
    image_size: str
    label: str
    width: int

    def to_dict(self) -> dict[str, Any]:
        aspect_ratio = self.aspect_ratio

        height = self.height

        image_size = self.image_size

        label = self.label

        width = self.width

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "aspect_ratio": aspect_ratio,
                "height": height,
                "image_size": image_size,
                "label": label,
                "width": width,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        aspect_ratio = d.pop("aspect_ratio")

        height = d.pop("height")

        image_size = d.pop("image_size")

        label = d.pop("label")

        width = d.pop("width")

        external_resolution_preset = cls(
            aspect_ratio=aspect_ratio,
            height=height,
            image_size=image_size,
            label=label,
            width=width,
        )

        return external_resolution_preset

    def get(self, key: str, default: Any = None) -> Any:
        """The value named ``key`` in this record's JSON form (:meth:`to_dict`), or ``default``:
        dict-style reading, as the original client's results were read."""
        return self.to_dict().get(key, default)
