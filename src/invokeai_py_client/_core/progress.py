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

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

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


__all__ = ["DenoiseProgress", "denoise_progress"]
