from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PresetData")


@_attrs_define
class PresetData:
    """
    Attributes:
        negative_prompt (str): Negative prompt
        positive_prompt (str): Positive prompt
    """

    negative_prompt: str
    positive_prompt: str

    def to_dict(self) -> dict[str, Any]:
        negative_prompt = self.negative_prompt

        positive_prompt = self.positive_prompt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "negative_prompt": negative_prompt,
                "positive_prompt": positive_prompt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        negative_prompt = d.pop("negative_prompt")

        positive_prompt = d.pop("positive_prompt")

        preset_data = cls(
            negative_prompt=negative_prompt,
            positive_prompt=positive_prompt,
        )

        return preset_data

    def get(self, key: str, default: Any = None) -> Any:
        """The value named ``key`` in this record's JSON form (:meth:`to_dict`), or ``default``:
        dict-style reading, as the original client's results were read."""
        return self.to_dict().get(key, default)
