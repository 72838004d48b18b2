"""Typed Socket.IO events: the generated event models, plus a raw fallback.

Every server→client event of InvokeAI 6.14.2 is parsed into its generated attrs model (e.g.
``invokeai_api.models.InvocationCompleteEvent``). Payloads of older servers are first brought to
the 6.14 shape by ``_compat.normalize_event`` (renamed events and fields, fields added later).
An event this client does not know, or a payload that still does not parse, arrives as
:class:`RawEvent` holding the dict: nothing the server sends is dropped.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

from .compat import legacy_event_name, normalize_event
from .constants import LOGGER_NAME

if TYPE_CHECKING:
    from invokeai_api.models import (
        BatchEnqueuedEvent,
        BulkDownloadCompleteEvent,
        BulkDownloadErrorEvent,
        BulkDownloadStartedEvent,
        DownloadCancelledEvent,
        DownloadCompleteEvent,
        DownloadErrorEvent,
        DownloadProgressEvent,
        DownloadStartedEvent,
        InvocationCompleteEvent,
        InvocationErrorEvent,
        InvocationProgressEvent,
        InvocationStartedEvent,
        LLMTaskCompleteEvent,
        LLMTaskErrorEvent,
        LLMTaskProgressEvent,
        ModelInstallCancelledEvent,
        ModelInstallCompleteEvent,
        ModelInstallDownloadProgressEvent,
        ModelInstallDownloadsCompleteEvent,
        ModelInstallDownloadStartedEvent,
        ModelInstallErrorEvent,
        ModelInstallStartedEvent,
        ModelLoadCompleteEvent,
        ModelLoadStartedEvent,
        QueueClearedEvent,
        QueueItemsCanceledEvent,
        QueueItemsRetriedEvent,
        QueueItemStatusChangedEvent,
        RecallParametersUpdatedEvent,
        WorkflowAccessRevokedEvent,
        WorkflowCreatedEvent,
        WorkflowDeletedEvent,
        WorkflowUpdatedEvent,
    )

logger = logging.getLogger(LOGGER_NAME)

# Socket.IO event name -> generated model class name (all in invokeai_api.models).
EVENT_MODELS: dict[str, str] = {
    "invocation_started": "InvocationStartedEvent",
    "invocation_progress": "InvocationProgressEvent",
    "invocation_complete": "InvocationCompleteEvent",
    "invocation_error": "InvocationErrorEvent",
    "queue_item_status_changed": "QueueItemStatusChangedEvent",
    "batch_enqueued": "BatchEnqueuedEvent",
    "queue_items_retried": "QueueItemsRetriedEvent",
    "queue_items_canceled": "QueueItemsCanceledEvent",
    "queue_cleared": "QueueClearedEvent",
    "recall_parameters_updated": "RecallParametersUpdatedEvent",
    "model_load_started": "ModelLoadStartedEvent",
    "model_load_complete": "ModelLoadCompleteEvent",
    "model_install_download_started": "ModelInstallDownloadStartedEvent",
    "model_install_download_progress": "ModelInstallDownloadProgressEvent",
    "model_install_downloads_complete": "ModelInstallDownloadsCompleteEvent",
    "model_install_started": "ModelInstallStartedEvent",
    "model_install_complete": "ModelInstallCompleteEvent",
    "model_install_cancelled": "ModelInstallCancelledEvent",
    "model_install_error": "ModelInstallErrorEvent",
    "download_started": "DownloadStartedEvent",
    "download_progress": "DownloadProgressEvent",
    "download_complete": "DownloadCompleteEvent",
    "download_cancelled": "DownloadCancelledEvent",
    "download_error": "DownloadErrorEvent",
    "bulk_download_started": "BulkDownloadStartedEvent",
    "bulk_download_complete": "BulkDownloadCompleteEvent",
    "bulk_download_error": "BulkDownloadErrorEvent",
    "llm_task_progress": "LLMTaskProgressEvent",
    "llm_task_complete": "LLMTaskCompleteEvent",
    "llm_task_error": "LLMTaskErrorEvent",
    "workflow_created": "WorkflowCreatedEvent",
    "workflow_updated": "WorkflowUpdatedEvent",
    "workflow_deleted": "WorkflowDeletedEvent",
    "workflow_access_revoked": "WorkflowAccessRevokedEvent",
}

QUEUE_EVENT_NAMES = frozenset(
    {
        "invocation_started",
        "invocation_progress",
        "invocation_complete",
        "invocation_error",
        "queue_item_status_changed",
        "batch_enqueued",
        "queue_items_retried",
        "queue_items_canceled",
        "queue_cleared",
    }
)


@dataclass(frozen=True)
class RawEvent:
    """An event this client could not type: its name and payload, untouched."""

    name: str
    data: Any

    @property
    def event_name(self) -> str:
        return self.name

    def get(self, key: str, default: Any = None) -> Any:
        """A payload value by name, as the typed events answer ``get``."""
        return self.data.get(key, default) if isinstance(self.data, dict) else default


TypedEvent: TypeAlias = (
    "InvocationStartedEvent | InvocationProgressEvent | InvocationCompleteEvent "
    "| InvocationErrorEvent | QueueItemStatusChangedEvent | BatchEnqueuedEvent "
    "| QueueItemsRetriedEvent | QueueItemsCanceledEvent | QueueClearedEvent "
    "| RecallParametersUpdatedEvent | ModelLoadStartedEvent | ModelLoadCompleteEvent "
    "| ModelInstallDownloadStartedEvent | ModelInstallDownloadProgressEvent "
    "| ModelInstallDownloadsCompleteEvent | ModelInstallStartedEvent | ModelInstallCompleteEvent "
    "| ModelInstallCancelledEvent | ModelInstallErrorEvent | DownloadStartedEvent "
    "| DownloadProgressEvent | DownloadCompleteEvent | DownloadCancelledEvent | DownloadErrorEvent "
    "| BulkDownloadStartedEvent | BulkDownloadCompleteEvent | BulkDownloadErrorEvent "
    "| LLMTaskProgressEvent | LLMTaskCompleteEvent | LLMTaskErrorEvent | WorkflowCreatedEvent "
    "| WorkflowUpdatedEvent | WorkflowDeletedEvent | WorkflowAccessRevokedEvent"
)
Event: TypeAlias = "TypedEvent | RawEvent"

_CLASSES: dict[str, type[Any]] = {}


def model_for(name: str) -> type[Any] | None:
    """The generated model class of event ``name`` (imported on first use), or None."""
    class_name = EVENT_MODELS.get(name)
    if class_name is None:
        return None
    cls = _CLASSES.get(name)
    if cls is None:
        cls = getattr(importlib.import_module("invokeai_api.models"), class_name)
        _CLASSES[name] = cls
    return cls


def parse_event(name: str, data: Any) -> tuple[str, Event]:
    """The current name of a server event and its typed payload (or a :class:`RawEvent`)."""
    original = data
    name = legacy_event_name(name)
    data = normalize_event(name, data, EVENT_MODELS.get(name))
    cls = model_for(name)
    if cls is None or not isinstance(data, dict):
        return name, RawEvent(name, original)
    try:
        return name, cls.from_dict(data)
    except (KeyError, ValueError, TypeError) as exc:
        logger.debug("event %s kept raw, its payload did not parse: %r", name, exc)
        return name, RawEvent(name, original)


def event_as_dict(event: Event) -> dict[str, Any]:
    """An event's fields as JSON-style values, with its name under ``event_type`` (and
    ``percentage`` also under ``progress``, the original client's key)."""
    data = event.data if isinstance(event, RawEvent) else event.to_dict()
    fields = dict(data) if isinstance(data, dict) else {"data": data}
    if "percentage" in fields:  # the original client's name for it
        fields.setdefault("progress", fields["percentage"])
    return {"event_type": event_name(event), **fields}


def event_name(event: Event) -> str:
    """The Socket.IO name of a parsed event."""
    if isinstance(event, RawEvent):
        return event.name
    return _NAME_BY_CLASS.get(type(event).__name__, type(event).__name__)


_NAME_BY_CLASS = {class_name: name for name, class_name in EVENT_MODELS.items()}


def field(event: Event, name: str) -> Any:
    """A payload field of a typed or raw event (None when absent)."""
    if isinstance(event, RawEvent):
        return event.data.get(name) if isinstance(event.data, dict) else None
    value = getattr(event, name, None)
    if value is None and hasattr(event, "additional_properties"):
        value = event.additional_properties.get(name)
    return value


ProgressCallback = Callable[[Event], Any]
"""Given each typed event of a wait (a coroutine function is awaited by the async client)."""
