from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.recall_parameters_updated_event_parameters import (
        RecallParametersUpdatedEventParameters,
    )


T = TypeVar("T", bound="RecallParametersUpdatedEvent")


@_attrs_define
class RecallParametersUpdatedEvent:
    """Event model for recall_parameters_updated

    Attributes:
        parameters (RecallParametersUpdatedEventParameters): The recall parameters that were updated
        queue_id (str): The ID of the queue
        timestamp (int): The timestamp of the event
        user_id (str): The ID of the user whose recall parameters were updated
    """

    parameters: RecallParametersUpdatedEventParameters
    queue_id: str
    timestamp: int
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parameters = self.parameters.to_dict()

        queue_id = self.queue_id

        timestamp = self.timestamp

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parameters": parameters,
                "queue_id": queue_id,
                "timestamp": timestamp,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recall_parameters_updated_event_parameters import (
            RecallParametersUpdatedEventParameters,  # noqa: PLC0415
        )

        d = dict(src_dict)
        parameters = RecallParametersUpdatedEventParameters.from_dict(d.pop("parameters"))

        queue_id = d.pop("queue_id")

        timestamp = d.pop("timestamp")

        user_id = d.pop("user_id")

        recall_parameters_updated_event = cls(
            parameters=parameters,
            queue_id=queue_id,
            timestamp=timestamp,
            user_id=user_id,
        )

        recall_parameters_updated_event.additional_properties = d
        return recall_parameters_updated_event

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
