from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SystemPromptWithoutId")


@_attrs_define
class SystemPromptWithoutId:
    """
    Attributes:
        content (str): The system prompt content.
        name (str): The name of the system prompt.
    """

    content: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content": content,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        name = d.pop("name")

        system_prompt_without_id = cls(
            content=content,
            name=name,
        )

        return system_prompt_without_id

    def get(self, key: str, default: Any = None) -> Any:
        """The value named ``key`` in this record's JSON form (:meth:`to_dict`), or ``default``:
        dict-style reading, as the original client's results were read."""
        return self.to_dict().get(key, default)
