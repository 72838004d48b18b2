from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_category import WorkflowCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_call_compatibility import WorkflowCallCompatibility


T = TypeVar("T", bound="WorkflowRecordListItemWithThumbnailDTO")


@_attrs_define
class WorkflowRecordListItemWithThumbnailDTO:
    """
    Attributes:
        category (WorkflowCategory):
        created_at (datetime.datetime | str): The created timestamp of the workflow.
        description (str): The description of the workflow.
        is_public (bool): Whether this workflow is shared with all users.
        name (str): The name of the workflow.
        tags (str): The tags of the workflow.
        updated_at (datetime.datetime | str): The updated timestamp of the workflow.
        user_id (str): The id of the user who owns this workflow.
        workflow_id (str): The id of the workflow.
        call_saved_workflow_compatibility (None | Unset | WorkflowCallCompatibility): Whether this workflow is currently
            callable by call_saved_workflow.
        opened_at (datetime.datetime | None | str | Unset): The opened timestamp of the workflow.
        thumbnail_url (None | str | Unset): The URL of the workflow thumbnail.
    """

    category: WorkflowCategory
    created_at: datetime.datetime | str
    description: str
    is_public: bool
    name: str
    tags: str
    updated_at: datetime.datetime | str
    user_id: str
    workflow_id: str
    call_saved_workflow_compatibility: None | Unset | WorkflowCallCompatibility = UNSET
    opened_at: datetime.datetime | None | str | Unset = UNSET
    thumbnail_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_call_compatibility import WorkflowCallCompatibility  # noqa: PLC0415

        category = self.category.value

        created_at: str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        description = self.description

        is_public = self.is_public

        name = self.name

        tags = self.tags

        updated_at: str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        user_id = self.user_id

        workflow_id = self.workflow_id

        call_saved_workflow_compatibility: dict[str, Any] | None | Unset
        if isinstance(self.call_saved_workflow_compatibility, Unset):
            call_saved_workflow_compatibility = UNSET
        elif isinstance(self.call_saved_workflow_compatibility, WorkflowCallCompatibility):
            call_saved_workflow_compatibility = self.call_saved_workflow_compatibility.to_dict()
        else:
            call_saved_workflow_compatibility = self.call_saved_workflow_compatibility

        opened_at: None | str | Unset
        if isinstance(self.opened_at, Unset):
            opened_at = UNSET
        elif isinstance(self.opened_at, datetime.datetime):
            opened_at = self.opened_at.isoformat()
        else:
            opened_at = self.opened_at

        thumbnail_url: None | str | Unset
        if isinstance(self.thumbnail_url, Unset):
            thumbnail_url = UNSET
        else:
            thumbnail_url = self.thumbnail_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "created_at": created_at,
                "description": description,
                "is_public": is_public,
                "name": name,
                "tags": tags,
                "updated_at": updated_at,
                "user_id": user_id,
                "workflow_id": workflow_id,
            }
        )
        if call_saved_workflow_compatibility is not UNSET:
            field_dict["call_saved_workflow_compatibility"] = call_saved_workflow_compatibility
        if opened_at is not UNSET:
            field_dict["opened_at"] = opened_at
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_call_compatibility import WorkflowCallCompatibility  # noqa: PLC0415

        d = dict(src_dict)
        category = WorkflowCategory(d.pop("category"))

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

        description = d.pop("description")

        is_public = d.pop("is_public")

        name = d.pop("name")

        tags = d.pop("tags")

        def _parse_updated_at(data: object) -> datetime.datetime | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | str, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        user_id = d.pop("user_id")

        workflow_id = d.pop("workflow_id")

        def _parse_call_saved_workflow_compatibility(
            data: object,
        ) -> None | Unset | WorkflowCallCompatibility:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                call_saved_workflow_compatibility_type_0 = WorkflowCallCompatibility.from_dict(data)

                return call_saved_workflow_compatibility_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowCallCompatibility, data)

        call_saved_workflow_compatibility = _parse_call_saved_workflow_compatibility(
            d.pop("call_saved_workflow_compatibility", UNSET)
        )

        def _parse_opened_at(data: object) -> datetime.datetime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opened_at_type_0 = datetime.datetime.fromisoformat(data)

                return opened_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str | Unset, data)

        opened_at = _parse_opened_at(d.pop("opened_at", UNSET))

        def _parse_thumbnail_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail_url = _parse_thumbnail_url(d.pop("thumbnail_url", UNSET))

        workflow_record_list_item_with_thumbnail_dto = cls(
            category=category,
            created_at=created_at,
            description=description,
            is_public=is_public,
            name=name,
            tags=tags,
            updated_at=updated_at,
            user_id=user_id,
            workflow_id=workflow_id,
            call_saved_workflow_compatibility=call_saved_workflow_compatibility,
            opened_at=opened_at,
            thumbnail_url=thumbnail_url,
        )

        workflow_record_list_item_with_thumbnail_dto.additional_properties = d
        return workflow_record_list_item_with_thumbnail_dto

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
