from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SessionQueueCountsByDestination")


@_attrs_define
class SessionQueueCountsByDestination:
    """
    Attributes:
        canceled (int): Number of queue items with status 'canceled' for the destination
        completed (int): Number of queue items with status 'complete' for the destination
        destination (str): The destination of queue items included in this status
        failed (int): Number of queue items with status 'error' for the destination
        in_progress (int): Number of queue items with status 'in_progress' for the destination
        pending (int): Number of queue items with status 'pending' for the destination
        queue_id (str): The ID of the queue
        total (int): Total number of queue items for the destination
        waiting (int): Number of queue items with status 'waiting' for the destination
    """

    canceled: int
    completed: int
    destination: str
    failed: int
    in_progress: int
    pending: int
    queue_id: str
    total: int
    waiting: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        canceled = self.canceled

        completed = self.completed

        destination = self.destination

        failed = self.failed

        in_progress = self.in_progress

        pending = self.pending

        queue_id = self.queue_id

        total = self.total

        waiting = self.waiting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "canceled": canceled,
                "completed": completed,
                "destination": destination,
                "failed": failed,
                "in_progress": in_progress,
                "pending": pending,
                "queue_id": queue_id,
                "total": total,
                "waiting": waiting,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        canceled = d.pop("canceled")

        completed = d.pop("completed")

        destination = d.pop("destination")

        failed = d.pop("failed")

        in_progress = d.pop("in_progress")

        pending = d.pop("pending")

        queue_id = d.pop("queue_id")

        total = d.pop("total")

        waiting = d.pop("waiting")

        session_queue_counts_by_destination = cls(
            canceled=canceled,
            completed=completed,
            destination=destination,
            failed=failed,
            in_progress=in_progress,
            pending=pending,
            queue_id=queue_id,
            total=total,
            waiting=waiting,
        )

        session_queue_counts_by_destination.additional_properties = d
        return session_queue_counts_by_destination

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
