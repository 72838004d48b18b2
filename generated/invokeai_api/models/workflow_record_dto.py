from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow import Workflow


T = TypeVar("T", bound="WorkflowRecordDTO")


@_attrs_define
class WorkflowRecordDTO:
    """
    Attributes:
        created_at (datetime.datetime | str): The created timestamp of the workflow.
        is_public (bool): Whether this workflow is shared with all users.
        name (str): The name of the workflow.
        updated_at (datetime.datetime | str): The updated timestamp of the workflow.
        user_id (str): The id of the user who owns this workflow.
        workflow (Workflow):
        workflow_id (str): The id of the workflow.
        opened_at (datetime.datetime | None | str | Unset): The opened timestamp of the workflow.
    """

    created_at: datetime.datetime | str
    is_public: bool
    name: str
    updated_at: datetime.datetime | str
    user_id: str
    workflow: Workflow
    workflow_id: str
    opened_at: datetime.datetime | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        is_public = self.is_public

        name = self.name

        updated_at: str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        user_id = self.user_id

        workflow = self.workflow.to_dict()

        workflow_id = self.workflow_id

        opened_at: None | str | Unset
        if isinstance(self.opened_at, Unset):
            opened_at = UNSET
        elif isinstance(self.opened_at, datetime.datetime):
            opened_at = self.opened_at.isoformat()
        else:
            opened_at = self.opened_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "is_public": is_public,
                "name": name,
                "updated_at": updated_at,
                "user_id": user_id,
                "workflow": workflow,
                "workflow_id": workflow_id,
            }
        )
        if opened_at is not UNSET:
            field_dict["opened_at"] = opened_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow import Workflow  # noqa: PLC0415

        d = dict(src_dict)

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

        is_public = d.pop("is_public")

        name = d.pop("name")

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

        workflow = Workflow.from_dict(d.pop("workflow"))

        workflow_id = d.pop("workflow_id")

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

        workflow_record_dto = cls(
            created_at=created_at,
            is_public=is_public,
            name=name,
            updated_at=updated_at,
            user_id=user_id,
            workflow=workflow,
            workflow_id=workflow_id,
            opened_at=opened_at,
        )

        workflow_record_dto.additional_properties = d
        return workflow_record_dto

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
