from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SystemPromptRecordDTO")


@_attrs_define
class SystemPromptRecordDTO:
    """
    Attributes:
        content (str): The system prompt content.
        created_at (datetime.datetime): When the system prompt was created.
        id (str): The system prompt ID.
        is_public (bool): Whether the prompt is shared with all users.
        name (str): The name of the system prompt.
        updated_at (datetime.datetime): When the system prompt was last updated.
        user_id (str): The owning user id ('system' for built-in defaults, and for everything created in single-user
            mode).
    """

    content: str
    created_at: datetime.datetime
    id: str
    is_public: bool
    name: str
    updated_at: datetime.datetime
    user_id: str

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        created_at = self.created_at.isoformat()

        id = self.id

        is_public = self.is_public

        name = self.name

        updated_at = self.updated_at.isoformat()

        user_id = self.user_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content": content,
                "created_at": created_at,
                "id": id,
                "is_public": is_public,
                "name": name,
                "updated_at": updated_at,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        id = d.pop("id")

        is_public = d.pop("is_public")

        name = d.pop("name")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        user_id = d.pop("user_id")

        system_prompt_record_dto = cls(
            content=content,
            created_at=created_at,
            id=id,
            is_public=is_public,
            name=name,
            updated_at=updated_at,
            user_id=user_id,
        )

        return system_prompt_record_dto

    def get(self, key: str, default: Any = None) -> Any:
        """The value named ``key`` in this record's JSON form (:meth:`to_dict`), or ``default``:
        dict-style reading, as the original client's results were read."""
        return self.to_dict().get(key, default)
