from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.llm_task_progress_event_phase import LLMTaskProgressEventPhase

T = TypeVar("T", bound="LLMTaskProgressEvent")


@_attrs_define
class LLMTaskProgressEvent:
    """Event model for llm_task_progress

    Attributes:
        current_tokens (int | None): Number of tokens generated so far (generating phase)
        message (str): A short message describing the current phase
        percentage (float | None): Progress fraction in [0, 1]; omit for indeterminate progress
        phase (LLMTaskProgressEventPhase): Which phase of the task is in progress
        task_id (str): Client-supplied task ID correlating events to a single request
        timestamp (int): The timestamp of the event
        total_tokens (int | None): Max tokens the request will generate (generating phase)
        user_id (str): ID of the user who initiated the task Default: 'system'.
    """

    current_tokens: int | None
    message: str
    percentage: float | None
    phase: LLMTaskProgressEventPhase
    task_id: str
    timestamp: int
    total_tokens: int | None
    user_id: str = "system"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_tokens: int | None
        current_tokens = self.current_tokens

        message = self.message

        percentage: float | None
        percentage = self.percentage

        phase = self.phase.value

        task_id = self.task_id

        timestamp = self.timestamp

        total_tokens: int | None
        total_tokens = self.total_tokens

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_tokens": current_tokens,
                "message": message,
                "percentage": percentage,
                "phase": phase,
                "task_id": task_id,
                "timestamp": timestamp,
                "total_tokens": total_tokens,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_current_tokens(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        current_tokens = _parse_current_tokens(d.pop("current_tokens"))

        message = d.pop("message")

        def _parse_percentage(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        percentage = _parse_percentage(d.pop("percentage"))

        phase = LLMTaskProgressEventPhase(d.pop("phase"))

        task_id = d.pop("task_id")

        timestamp = d.pop("timestamp")

        def _parse_total_tokens(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total_tokens = _parse_total_tokens(d.pop("total_tokens"))

        user_id = d.pop("user_id")

        llm_task_progress_event = cls(
            current_tokens=current_tokens,
            message=message,
            percentage=percentage,
            phase=phase,
            task_id=task_id,
            timestamp=timestamp,
            total_tokens=total_tokens,
            user_id=user_id,
        )

        llm_task_progress_event.additional_properties = d
        return llm_task_progress_event

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
