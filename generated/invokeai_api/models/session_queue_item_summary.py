from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.session_queue_item_summary_status import SessionQueueItemSummaryStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_field_value import NodeFieldValue


T = TypeVar("T", bound="SessionQueueItemSummary")


@_attrs_define
class SessionQueueItemSummary:
    """Queue item fields needed to render the queue list.

    Attributes:
        batch_id (str): The ID of the batch associated with this queue item
        completed_at (datetime.datetime | None | str): When this queue item was completed
        created_at (datetime.datetime | str): When this queue item was created
        destination (None | str): The destination of this queue item
        field_values (list[NodeFieldValue] | None): The batch field values used for this queue item
        item_id (int): The identifier of the session queue item
        origin (None | str): The origin of this queue item
        parent_item_id (int | None): The ID of the parent queue item, if this is a child item
        started_at (datetime.datetime | None | str): When this queue item was started
        status (SessionQueueItemSummaryStatus): The status of this queue item
        user_display_name (None | str): The display name of the user who created this queue item
        user_email (None | str): The email of the user who created this queue item
        user_id (str): The ID of the user who created this queue item
        device (None | str | Unset): The device that processed this queue item, e.g. 'cuda:1'
    """

    batch_id: str
    completed_at: datetime.datetime | None | str
    created_at: datetime.datetime | str
    destination: None | str
    field_values: list[NodeFieldValue] | None
    item_id: int
    origin: None | str
    parent_item_id: int | None
    started_at: datetime.datetime | None | str
    status: SessionQueueItemSummaryStatus
    user_display_name: None | str
    user_email: None | str
    user_id: str
    device: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        created_at: str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        destination: None | str
        destination = self.destination

        field_values: list[dict[str, Any]] | None
        if isinstance(self.field_values, list):
            field_values = []
            for field_values_type_0_item_data in self.field_values:
                field_values_type_0_item = field_values_type_0_item_data.to_dict()
                field_values.append(field_values_type_0_item)

        else:
            field_values = self.field_values

        item_id = self.item_id

        origin: None | str
        origin = self.origin

        parent_item_id: int | None
        parent_item_id = self.parent_item_id

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        status = self.status.value

        user_display_name: None | str
        user_display_name = self.user_display_name

        user_email: None | str
        user_email = self.user_email

        user_id = self.user_id

        device: None | str | Unset
        if isinstance(self.device, Unset):
            device = UNSET
        else:
            device = self.device

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
                "completed_at": completed_at,
                "created_at": created_at,
                "destination": destination,
                "field_values": field_values,
                "item_id": item_id,
                "origin": origin,
                "parent_item_id": parent_item_id,
                "started_at": started_at,
                "status": status,
                "user_display_name": user_display_name,
                "user_email": user_email,
                "user_id": user_id,
            }
        )
        if device is not UNSET:
            field_dict["device"] = device

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.node_field_value import NodeFieldValue  # noqa: PLC0415

        d = dict(src_dict)
        batch_id = d.pop("batch_id")

        def _parse_completed_at(data: object) -> datetime.datetime | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

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

        def _parse_destination(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        destination = _parse_destination(d.pop("destination"))

        def _parse_field_values(data: object) -> list[NodeFieldValue] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                field_values_type_0 = []
                _field_values_type_0 = data
                for field_values_type_0_item_data in _field_values_type_0:
                    field_values_type_0_item = NodeFieldValue.from_dict(
                        field_values_type_0_item_data
                    )

                    field_values_type_0.append(field_values_type_0_item)

                return field_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NodeFieldValue] | None, data)

        field_values = _parse_field_values(d.pop("field_values"))

        item_id = d.pop("item_id")

        def _parse_origin(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        origin = _parse_origin(d.pop("origin"))

        def _parse_parent_item_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        parent_item_id = _parse_parent_item_id(d.pop("parent_item_id"))

        def _parse_started_at(data: object) -> datetime.datetime | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str, data)

        started_at = _parse_started_at(d.pop("started_at"))

        status = SessionQueueItemSummaryStatus(d.pop("status"))

        def _parse_user_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_display_name = _parse_user_display_name(d.pop("user_display_name"))

        def _parse_user_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_email = _parse_user_email(d.pop("user_email"))

        user_id = d.pop("user_id")

        def _parse_device(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device = _parse_device(d.pop("device", UNSET))

        session_queue_item_summary = cls(
            batch_id=batch_id,
            completed_at=completed_at,
            created_at=created_at,
            destination=destination,
            field_values=field_values,
            item_id=item_id,
            origin=origin,
            parent_item_id=parent_item_id,
            started_at=started_at,
            status=status,
            user_display_name=user_display_name,
            user_email=user_email,
            user_id=user_id,
            device=device,
        )

        session_queue_item_summary.additional_properties = d
        return session_queue_item_summary

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
