from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.batch import Batch


T = TypeVar("T", bound="EnqueueBatchResult")


@_attrs_define
class EnqueueBatchResult:
    """
    Attributes:
        batch (Batch):
        enqueued (int): The total number of queue items enqueued
        item_ids (list[int]): The IDs of the queue items that were enqueued
        priority (int): The priority of the enqueued batch
        queue_id (str): The ID of the queue
        requested (int): The total number of queue items requested to be enqueued
    """

    batch: Batch
    enqueued: int
    item_ids: list[int]
    priority: int
    queue_id: str
    requested: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch = self.batch.to_dict()

        enqueued = self.enqueued

        item_ids = self.item_ids

        priority = self.priority

        queue_id = self.queue_id

        requested = self.requested

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch": batch,
                "enqueued": enqueued,
                "item_ids": item_ids,
                "priority": priority,
                "queue_id": queue_id,
                "requested": requested,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch import Batch  # noqa: PLC0415

        d = dict(src_dict)
        batch = Batch.from_dict(d.pop("batch"))

        enqueued = d.pop("enqueued")

        item_ids = cast(list[int], d.pop("item_ids"))

        priority = d.pop("priority")

        queue_id = d.pop("queue_id")

        requested = d.pop("requested")

        enqueue_batch_result = cls(
            batch=batch,
            enqueued=enqueued,
            item_ids=item_ids,
            priority=priority,
            queue_id=queue_id,
            requested=requested,
        )

        enqueue_batch_result.additional_properties = d
        return enqueue_batch_result

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
