from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.queue_items_retried_event_retried_item_ids_by_user import (
        QueueItemsRetriedEventRetriedItemIdsByUser,
    )


T = TypeVar("T", bound="QueueItemsRetriedEvent")


@_attrs_define
class QueueItemsRetriedEvent:
    """Event model for queue_items_retried

    Attributes:
        queue_id (str): The ID of the queue
        retried_item_ids (list[int]): The IDs of the queue items that were retried
        retried_item_ids_by_user (QueueItemsRetriedEventRetriedItemIdsByUser): The retried root queue item IDs keyed by
            owner user ID.
        timestamp (int): The timestamp of the event
        user_ids (list[str]): The IDs of the users who own the retried root queue items
    """

    queue_id: str
    retried_item_ids: list[int]
    retried_item_ids_by_user: QueueItemsRetriedEventRetriedItemIdsByUser
    timestamp: int
    user_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queue_id = self.queue_id

        retried_item_ids = self.retried_item_ids

        retried_item_ids_by_user = self.retried_item_ids_by_user.to_dict()

        timestamp = self.timestamp

        user_ids = self.user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queue_id": queue_id,
                "retried_item_ids": retried_item_ids,
                "retried_item_ids_by_user": retried_item_ids_by_user,
                "timestamp": timestamp,
                "user_ids": user_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.queue_items_retried_event_retried_item_ids_by_user import (
            QueueItemsRetriedEventRetriedItemIdsByUser,  # noqa: PLC0415
        )

        d = dict(src_dict)
        queue_id = d.pop("queue_id")

        retried_item_ids = cast(list[int], d.pop("retried_item_ids"))

        retried_item_ids_by_user = QueueItemsRetriedEventRetriedItemIdsByUser.from_dict(
            d.pop("retried_item_ids_by_user")
        )

        timestamp = d.pop("timestamp")

        user_ids = cast(list[str], d.pop("user_ids"))

        queue_items_retried_event = cls(
            queue_id=queue_id,
            retried_item_ids=retried_item_ids,
            retried_item_ids_by_user=retried_item_ids_by_user,
            timestamp=timestamp,
            user_ids=user_ids,
        )

        queue_items_retried_event.additional_properties = d
        return queue_items_retried_event

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
