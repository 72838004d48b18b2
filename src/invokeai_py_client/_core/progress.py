"""Denoising progress of every server line as one typed value.

4.x sends ``invocation_denoise_progress`` with ``step`` (-1 before the first step, then 0 to
``total_steps - 1``) and ``total_steps``; 5.x and 6.x send ``invocation_progress`` with only a
``percentage`` (0.0 before the first step, then ``step / total_steps``) and a message. Both arrive
as the typed ``InvocationProgressEvent`` (``_compat.normalize_event`` keeps 4.x's ``step`` and
``total_steps`` as additional properties); :func:`denoise_progress` reads either into
:class:`DenoiseProgress`. 5.x/6.x's percentage counts the scheduler's timesteps, which a
second-order scheduler makes more than the node's ``steps``: no step count can be told from it,
so there ``step`` and ``total_steps`` are None and ``percentage`` is the progress.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .events import Event, event_name, field

if TYPE_CHECKING:
    from invokeai_api.models import ProgressImage


@dataclass(frozen=True)
class DenoiseProgress:
    """One denoising step of a running node."""

    step: int | None
    """Steps done: 0 before the first, ``total_steps`` after the last (4.x; None on 5.x/6.x,
    which send only the percentage)."""
    total_steps: int | None
    """The scheduler's number of steps (4.x; None on 5.x/6.x)."""
    percentage: float
    """0.0 to 1.0, as the server sent it."""
    image: ProgressImage | None
    """The preview the server sent with this step (a small PNG as a data URL), if any."""
    invocation_source_id: str
    """The id of the workflow's node that is denoising."""


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def denoise_progress(event: object) -> DenoiseProgress | None:
    """The denoising step an event reports, or None for any other event (including 5.x/6.x
    progress messages without a percentage, such as "Loading model")."""
    from invokeai_api.models import InvocationProgressEvent

    if not isinstance(event, InvocationProgressEvent) or event.percentage is None:
        return None
    extra = event.additional_properties
    total = _int(extra.get("total_steps"))
    step = _int(extra.get("step"))
    if step is not None:
        step += 1  # 4.x counts the start as step -1
    image = event.image if not _is_unset(event.image) else None
    return DenoiseProgress(
        step=step,
        total_steps=total,
        percentage=float(event.percentage),
        image=image,
        invocation_source_id=event.invocation_source_id,
    )


def _is_unset(value: object) -> bool:
    return value is None or type(value).__name__ == "Unset"


_ENDED = ("completed", "failed", "canceled")


class ItemsProgress:
    """How far a set of queue items has got, read from the events of their run (I/O-free).

    Feed it every event with :meth:`update` (it ignores those of other items); ``fraction`` is
    the share of the whole work done (each item counts equally: an ended item as 1, a running
    one as its denoising percentage), ``summary`` one line for a person.
    """

    def __init__(self, item_ids: Iterable[int] | None = None) -> None:
        self._known = item_ids is not None
        self._fractions: dict[int, float] = dict.fromkeys(item_ids or (), 0.0)
        self._status: dict[int, str] = dict.fromkeys(self._fractions, "pending")
        self._detail = ""

    @property
    def item_ids(self) -> list[int]:
        return list(self._fractions)

    @property
    def fraction(self) -> float:
        if not self._fractions:
            return 0.0
        return sum(self._fractions.values()) / len(self._fractions)

    @property
    def ended(self) -> int:
        return sum(1 for status in self._status.values() if status in _ENDED)

    @property
    def done(self) -> bool:
        return bool(self._status) and self.ended == len(self._status)

    def status_of(self, item_id: int) -> str:
        return self._status.get(item_id, "unknown")

    @property
    def summary(self) -> str:
        count = len(self._status)
        counts = [
            f"{sum(1 for s in self._status.values() if s == status)} {status}"
            for status in _ENDED
            if status in self._status.values()
        ]
        head = f"{self.ended}/{count} items ended" if count != 1 else "1 item"
        parts = [head, f"{round(100 * self.fraction)}%"]
        if counts:
            parts.append(", ".join(counts))
        if self._detail and not self.done:
            parts.append(self._detail)
        return " · ".join(parts)

    def update(self, event: Event) -> bool:
        """Take one event into account; True when it changed what is shown."""
        item_id = field(event, "item_id")
        if not isinstance(item_id, int) or isinstance(item_id, bool):
            return False
        if item_id not in self._fractions:
            if self._known:
                return False
            self._fractions[item_id] = 0.0
            self._status[item_id] = "pending"
        name = event_name(event)
        if name == "queue_item_status_changed":
            raw = field(event, "status")
            status = str(getattr(raw, "value", raw))
            self._status[item_id] = status
            if status in _ENDED:
                self._fractions[item_id] = 1.0
            return True
        if self._status[item_id] in _ENDED:
            return False
        self._status[item_id] = "in_progress"
        if name == "invocation_started":
            invocation = field(event, "invocation")
            kind = getattr(invocation, "type", None)
            if kind is None and isinstance(invocation, dict):
                kind = invocation.get("type")
            if kind is None:
                kind = getattr(invocation, "additional_properties", {}).get("type")
            self._detail = f"item {item_id}: {kind or field(event, 'invocation_source_id')}"
            return True
        if name in ("invocation_progress", "invocation_denoise_progress"):
            step = denoise_progress(event)
            if step is None:
                return False
            self._fractions[item_id] = max(self._fractions[item_id], min(step.percentage, 0.99))
            self._detail = f"item {item_id}: {round(100 * step.percentage)}%"
            return True
        return False


__all__ = ["DenoiseProgress", "ItemsProgress", "denoise_progress"]
