"""The data models of the original client's reference (``models.md``): ``JobStatus``,
``ImageCategory``, ``IvkImage``, ``IvkJob``, ``IvkDnnModel``, and the ``OutputMapping`` record
of ``map_outputs_to_images``.

They are plain dataclasses (no pydantic): what users rely on is the documented attributes and
``from_api_response`` / ``to_dict`` / ``is_complete`` / ``is_successful``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import datetime
from enum import Enum, StrEnum
from typing import Any

from invokeai_api.models import ImageCategory  # the generated enum: the same members and values

from ._core.dnn_models.types import BaseDnnModelType, DnnModel
from ._core.errors import InvalidInputError
from ._core.workflows.outputs import OutputMapping


class JobStatus(StrEnum):
    """The lifecycle of a job, as the original client names it (``CANCELLED`` is the server's
    ``canceled``)."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @classmethod
    def from_server(cls, status: Any) -> JobStatus:
        """A queue item's status (``pending``, ``in_progress``, ``completed``, ``failed``,
        ``canceled``) as a ``JobStatus``."""
        raw = str(getattr(status, "value", status) or "pending")
        aliases = {"in_progress": cls.RUNNING, "canceled": cls.CANCELLED}
        if raw in aliases:
            return aliases[raw]
        try:
            return cls(raw)
        except ValueError:
            raise InvalidInputError(f"not a job status: {status!r}") from None


BaseModelEnum = BaseDnnModelType
"""The original client's name of the model base enum."""


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _known(cls: type[Any], data: Mapping[str, Any]) -> dict[str, Any]:
    if not isinstance(data, Mapping):
        raise InvalidInputError(f"{cls.__name__}.from_api_response needs a mapping, got {data!r}")
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in data.items() if k in names}


@dataclasses.dataclass
class IvkImage:
    """An image on the server (``BoardHandle.upload_image`` returns one)."""

    image_name: str
    board_id: str | None = None
    image_category: ImageCategory = ImageCategory.GENERAL
    width: int | None = None
    height: int | None = None
    created_at: datetime | str | None = None
    updated_at: datetime | str | None = None
    starred: bool = False
    metadata: dict[str, Any] | None = None
    thumbnail_url: str | None = None
    image_url: str | None = None
    is_intermediate: bool = False
    workflow_id: str | None = None
    node_id: str | None = None
    session_id: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.image_name, str) or not self.image_name:
            raise InvalidInputError(f"image_name must be a non-empty string: {self.image_name!r}")
        self.image_category = ImageCategory(_plain(self.image_category))

    @classmethod
    def from_api_response(cls, data: Mapping[str, Any]) -> IvkImage:
        """An image from the server's image record (``ImageDTO`` JSON); unknown keys ignored.
        A record with ``board_id`` null (uncategorized) gets ``"none"``."""
        known = _known(cls, data)
        if "board_id" in known and known["board_id"] is None:
            known["board_id"] = "none"  # the server's record of an uncategorized image
        if known.get("image_category") is None:
            known.pop("image_category", None)
        for flag in ("starred", "is_intermediate"):
            if known.get(flag) is None:
                known.pop(flag, None)
        return cls(**known)

    def to_dict(self) -> dict[str, Any]:
        """The attributes as JSON-ready values (enums as their values), ``None`` ones left out."""
        return {
            f.name: _plain(getattr(self, f.name))
            for f in dataclasses.fields(self)
            if getattr(self, f.name) is not None
        }


@dataclasses.dataclass
class IvkJob:
    """A queue item as a small typed record (``IvkJob.from_api_response(queue_item_dict)``)."""

    id: str
    workflow_id: str | None = None
    status: JobStatus = JobStatus.PENDING
    progress: float = 0.0
    created_at: datetime | str | None = None
    started_at: datetime | str | None = None
    completed_at: datetime | str | None = None
    error: str | None = None
    outputs: dict[str, Any] = dataclasses.field(default_factory=dict)
    metadata: dict[str, Any] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        self.status = JobStatus.from_server(self.status)

    @classmethod
    def from_api_response(cls, data: Mapping[str, Any]) -> IvkJob:
        """A job from a queue item (``item_id`` becomes ``id``; ``error_message`` /
        ``error_type`` become ``error``); other keys go to ``metadata``."""
        if not isinstance(data, Mapping):
            raise InvalidInputError(f"IvkJob.from_api_response needs a mapping, got {data!r}")
        job_id = data.get("id", data.get("item_id"))
        if job_id is None:
            raise InvalidInputError("a job needs an 'id' (or a queue item's 'item_id')")
        known = _known(cls, data)
        known["id"] = str(job_id)
        if known.get("error") is None:
            known["error"] = data.get("error_message") or data.get("error_type")
        known.setdefault("metadata", {k: v for k, v in data.items() if k not in known})
        for key in ("outputs", "metadata"):
            if known.get(key) is None:
                known.pop(key, None)
        if known.get("status") is None:
            known.pop("status", None)
        return cls(**known)

    def is_complete(self) -> bool:
        """Finished: completed, failed or cancelled."""
        return self.status in (JobStatus.COMPLETED, JobStatus.FAILED, JobStatus.CANCELLED)

    def is_successful(self) -> bool:
        return self.status is JobStatus.COMPLETED

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _plain(getattr(self, f.name)) for f in dataclasses.fields(self)}


IvkDnnModel = DnnModel
"""The original client's model record; the same class as ``dnn_model.DnnModel``."""


__all__ = [
    "BaseModelEnum",
    "ImageCategory",
    "IvkDnnModel",
    "IvkImage",
    "IvkJob",
    "JobStatus",
    "OutputMapping",
]
