from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.queue_item_status_changed_event_status import QueueItemStatusChangedEventStatus

if TYPE_CHECKING:
    from ..models.batch_status import BatchStatus
    from ..models.session_queue_status import SessionQueueStatus


T = TypeVar("T", bound="QueueItemStatusChangedEvent")


@_attrs_define
class QueueItemStatusChangedEvent:
    """Event model for queue_item_status_changed

    Attributes:
        batch_id (str): The ID of the queue batch
        batch_status (BatchStatus):
        completed_at (None | str): The timestamp when the queue item was completed
        created_at (str): The timestamp when the queue item was created
        destination (None | str): The destination of the queue item
        error_message (None | str): The error message, if any
        error_traceback (None | str): The error traceback, if any
        error_type (None | str): The error type, if any
        item_id (int): The ID of the queue item
        origin (None | str): The origin of the queue item
        queue_id (str): The ID of the queue
        queue_status (SessionQueueStatus):
        session_id (str): The ID of the session (aka graph execution state)
        started_at (None | str): The timestamp when the queue item was started
        status (QueueItemStatusChangedEventStatus): The new status of the queue item
        status_sequence (int | None): A monotonically increasing version for this queue item's visible status lifecycle
        timestamp (int): The timestamp of the event
        updated_at (str): The timestamp when the queue item was last updated
        user_id (str): The ID of the user who created the queue item Default: 'system'.
    """

    batch_id: str
    batch_status: BatchStatus
    completed_at: None | str
    created_at: str
    destination: None | str
    error_message: None | str
    error_traceback: None | str
    error_type: None | str
    item_id: int
    origin: None | str
    queue_id: str
    queue_status: SessionQueueStatus
    session_id: str
    started_at: None | str
    status: QueueItemStatusChangedEventStatus
    status_sequence: int | None
    timestamp: int
    updated_at: str
    user_id: str = "system"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        batch_status = self.batch_status.to_dict()

        completed_at: None | str
        completed_at = self.completed_at

        created_at = self.created_at

        destination: None | str
        destination = self.destination

        error_message: None | str
        error_message = self.error_message

        error_traceback: None | str
        error_traceback = self.error_traceback

        error_type: None | str
        error_type = self.error_type

        item_id = self.item_id

        origin: None | str
        origin = self.origin

        queue_id = self.queue_id

        queue_status = self.queue_status.to_dict()

        session_id = self.session_id

        started_at: None | str
        started_at = self.started_at

        status = self.status.value

        status_sequence: int | None
        status_sequence = self.status_sequence

        timestamp = self.timestamp

        updated_at = self.updated_at

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
                "batch_status": batch_status,
                "completed_at": completed_at,
                "created_at": created_at,
                "destination": destination,
                "error_message": error_message,
                "error_traceback": error_traceback,
                "error_type": error_type,
                "item_id": item_id,
                "origin": origin,
                "queue_id": queue_id,
                "queue_status": queue_status,
                "session_id": session_id,
                "started_at": started_at,
                "status": status,
                "status_sequence": status_sequence,
                "timestamp": timestamp,
                "updated_at": updated_at,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_status import BatchStatus  # noqa: PLC0415
        from ..models.session_queue_status import SessionQueueStatus  # noqa: PLC0415

        d = dict(src_dict)
        batch_id = d.pop("batch_id")

        batch_status = BatchStatus.from_dict(d.pop("batch_status"))

        def _parse_completed_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        created_at = d.pop("created_at")

        def _parse_destination(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        destination = _parse_destination(d.pop("destination"))

        def _parse_error_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_message = _parse_error_message(d.pop("error_message"))

        def _parse_error_traceback(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_traceback = _parse_error_traceback(d.pop("error_traceback"))

        def _parse_error_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_type = _parse_error_type(d.pop("error_type"))

        item_id = d.pop("item_id")

        def _parse_origin(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        origin = _parse_origin(d.pop("origin"))

        queue_id = d.pop("queue_id")

        queue_status = SessionQueueStatus.from_dict(d.pop("queue_status"))

        session_id = d.pop("session_id")

        def _parse_started_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        started_at = _parse_started_at(d.pop("started_at"))

        status = QueueItemStatusChangedEventStatus(d.pop("status"))

        def _parse_status_sequence(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        status_sequence = _parse_status_sequence(d.pop("status_sequence"))

        timestamp = d.pop("timestamp")

        updated_at = d.pop("updated_at")

        user_id = d.pop("user_id")

        queue_item_status_changed_event = cls(
            batch_id=batch_id,
            batch_status=batch_status,
            completed_at=completed_at,
            created_at=created_at,
            destination=destination,
            error_message=error_message,
            error_traceback=error_traceback,
            error_type=error_type,
            item_id=item_id,
            origin=origin,
            queue_id=queue_id,
            queue_status=queue_status,
            session_id=session_id,
            started_at=started_at,
            status=status,
            status_sequence=status_sequence,
            timestamp=timestamp,
            updated_at=updated_at,
            user_id=user_id,
        )

        queue_item_status_changed_event.additional_properties = d
        return queue_item_status_changed_event

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
