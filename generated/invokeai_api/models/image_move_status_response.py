from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_move_status_response_operation_type_0 import (
    ImageMoveStatusResponseOperationType0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_move_job_response import ImageMoveJobResponse


T = TypeVar("T", bound="ImageMoveStatusResponse")


@_attrs_define
class ImageMoveStatusResponse:
    """
    Attributes:
        is_running (bool): Whether an image move background operation is currently running.
        needs_move_count (int): The number of images that do not match the current subfolder strategy.
        active_job_id (int | None | Unset): The active journal job id, if any.
        last_error (None | str | Unset): The last background worker error, if any.
        latest_job (ImageMoveJobResponse | None | Unset): The latest journal job, if any.
        operation (ImageMoveStatusResponseOperationType0 | None | Unset): The active background operation, if any.
    """

    is_running: bool
    needs_move_count: int
    active_job_id: int | None | Unset = UNSET
    last_error: None | str | Unset = UNSET
    latest_job: ImageMoveJobResponse | None | Unset = UNSET
    operation: ImageMoveStatusResponseOperationType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_move_job_response import ImageMoveJobResponse  # noqa: PLC0415

        is_running = self.is_running

        needs_move_count = self.needs_move_count

        active_job_id: int | None | Unset
        if isinstance(self.active_job_id, Unset):
            active_job_id = UNSET
        else:
            active_job_id = self.active_job_id

        last_error: None | str | Unset
        if isinstance(self.last_error, Unset):
            last_error = UNSET
        else:
            last_error = self.last_error

        latest_job: dict[str, Any] | None | Unset
        if isinstance(self.latest_job, Unset):
            latest_job = UNSET
        elif isinstance(self.latest_job, ImageMoveJobResponse):
            latest_job = self.latest_job.to_dict()
        else:
            latest_job = self.latest_job

        operation: None | str | Unset
        if isinstance(self.operation, Unset):
            operation = UNSET
        elif isinstance(self.operation, ImageMoveStatusResponseOperationType0):
            operation = self.operation.value
        else:
            operation = self.operation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_running": is_running,
                "needs_move_count": needs_move_count,
            }
        )
        if active_job_id is not UNSET:
            field_dict["active_job_id"] = active_job_id
        if last_error is not UNSET:
            field_dict["last_error"] = last_error
        if latest_job is not UNSET:
            field_dict["latest_job"] = latest_job
        if operation is not UNSET:
            field_dict["operation"] = operation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_move_job_response import ImageMoveJobResponse  # noqa: PLC0415

        d = dict(src_dict)
        is_running = d.pop("is_running")

        needs_move_count = d.pop("needs_move_count")

        def _parse_active_job_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        active_job_id = _parse_active_job_id(d.pop("active_job_id", UNSET))

        def _parse_last_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_error = _parse_last_error(d.pop("last_error", UNSET))

        def _parse_latest_job(data: object) -> ImageMoveJobResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_job_type_0 = ImageMoveJobResponse.from_dict(data)

                return latest_job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageMoveJobResponse | None | Unset, data)

        latest_job = _parse_latest_job(d.pop("latest_job", UNSET))

        def _parse_operation(data: object) -> ImageMoveStatusResponseOperationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                operation_type_0 = ImageMoveStatusResponseOperationType0(data)

                return operation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageMoveStatusResponseOperationType0 | None | Unset, data)

        operation = _parse_operation(d.pop("operation", UNSET))

        image_move_status_response = cls(
            is_running=is_running,
            needs_move_count=needs_move_count,
            active_job_id=active_job_id,
            last_error=last_error,
            latest_job=latest_job,
            operation=operation,
        )

        image_move_status_response.additional_properties = d
        return image_move_status_response

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
