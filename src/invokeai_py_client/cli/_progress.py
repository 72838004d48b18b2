"""Live progress of queue items: one bar per item, driven by the server's events (the current
node, denoising steps, the final status)."""

from __future__ import annotations

from collections.abc import Iterable
from types import TracebackType
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    TaskID,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)

from ..events import Event, RawEvent, event_name

_FINAL = {"completed", "failed", "canceled"}


def event_field(event: Event, name: str) -> Any:
    """A payload field of a typed or raw event (None when absent)."""
    if isinstance(event, RawEvent):
        return event.data.get(name) if isinstance(event.data, dict) else None
    value = getattr(event, name, None)
    if value is None:
        value = getattr(event, "additional_properties", {}).get(name)
    return value


def _invocation(event: Event) -> dict[str, Any]:
    """The invocation an ``invocation_started`` event carries, as a dict (may be empty)."""
    invocation = event_field(event, "invocation")
    data = invocation.to_dict() if hasattr(invocation, "to_dict") else invocation
    return data if isinstance(data, dict) else {}


def _steps_of(invocation: dict[str, Any]) -> int | None:
    steps = invocation.get("steps")
    return steps if isinstance(steps, int) and not isinstance(steps, bool) and steps > 0 else None


class QueueProgress:
    """A context manager showing one bar per queue item; feed it with :meth:`on_event`."""

    def __init__(self, console: Console, item_ids: Iterable[int]) -> None:
        # Without a terminal there is nothing to redraw: each item gets one line when it ends
        # (its final status), never a frozen frame of bars.
        self._console = console
        self._live = console.is_terminal
        self._ended: set[int] = set()
        self._progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(bar_width=30),
            TaskProgressColumn(),
            TextColumn("{task.fields[detail]}"),
            TimeElapsedColumn(),
            console=console,
            refresh_per_second=8,
        )
        self._tasks: dict[int, TaskID] = {}
        self._steps: dict[int, int | None] = {}
        for item_id in item_ids:
            # Started (its clock running) by the item's first event, not while it waits.
            self._tasks[item_id] = self._progress.add_task(
                f"item {item_id}", total=100, detail="pending", start=False
            )
        self._started: set[int] = set()

    def __enter__(self) -> QueueProgress:
        if self._live:
            self._progress.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._live:
            self._progress.stop()

    def on_event(self, event: Event) -> None:
        item_id = event_field(event, "item_id")
        task = self._tasks.get(item_id) if isinstance(item_id, int) else None
        if task is None or item_id is None:
            return
        if item_id not in self._started:
            self._started.add(item_id)
            self._progress.start_task(task)
        name = event_name(event)
        if name == "invocation_started":
            invocation = _invocation(event)
            self._steps[item_id] = _steps_of(invocation)
            kind = invocation.get("type") or event_field(event, "invocation_source_id")
            self._progress.update(task, detail=str(kind or "running"))
        elif name == "invocation_progress":
            self._on_progress(task, item_id, event)
        elif name == "invocation_error":
            self._progress.update(task, detail=f"[red]{event_field(event, 'error_type')}")
        elif name == "queue_item_status_changed":
            raw = event_field(event, "status")
            status = str(getattr(raw, "value", raw))
            if status in _FINAL:
                self.finish(item_id, status)
            else:
                self._progress.update(task, detail=status.replace("_", " "))
        # Drawn at each event rather than only on the timer: every step shows, however fast
        # the events come.
        if self._live:
            self._progress.refresh()

    def _on_progress(self, task: TaskID, item_id: int, event: Event) -> None:
        percentage = event_field(event, "percentage")
        message = str(event_field(event, "message") or "")
        if not isinstance(percentage, int | float):
            if message:
                self._progress.update(task, detail=message)
            return
        steps = self._steps.get(item_id)
        detail = message or "working"
        if steps:
            # Schedulers differ in how many progress events a step makes; the share of the
            # steps done is what every server reports alike.
            done = min(steps, max(0, round(percentage * steps)))
            detail = f"step {done}/{steps}"
        self._progress.update(task, completed=100 * percentage, detail=detail)

    def finish(self, item_id: int, status: str) -> None:
        task = self._tasks.get(item_id)
        if task is None:
            return
        if not self._live:
            if item_id not in self._ended:
                self._ended.add(item_id)
                self._console.print(f"item {item_id}: {status}", markup=False, highlight=False)
            return
        if item_id not in self._started:
            self._started.add(item_id)
            self._progress.start_task(task)
        colour = {"completed": "green", "failed": "red", "canceled": "yellow"}.get(status, "")
        detail = f"[{colour}]{status}" if colour else status
        if status == "completed":
            self._progress.update(task, detail=detail, completed=100.0)
        else:
            self._progress.update(task, detail=detail)


class PoolDisplay:
    """One bar for a run spread over several servers (``--url`` given more than once): items
    done of all, how many run now, which servers answer; feed it with :meth:`update`."""

    def __init__(self, console: Console, total: int) -> None:
        self._progress = Progress(
            TextColumn("[bold]pool"),
            BarColumn(bar_width=30),
            TextColumn("{task.completed:.0f}/{task.total:.0f}"),
            TextColumn("{task.fields[detail]}"),
            TimeElapsedColumn(),
            console=console,
            refresh_per_second=8,
        )
        self._task = self._progress.add_task("pool", total=total, detail="starting")

    def __enter__(self) -> PoolDisplay:
        self._progress.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._progress.stop()

    def update(self, progress: Any) -> None:
        """Called with the pool's ``PoolProgress`` (from the pool's thread)."""
        up, down = len(progress.servers_up), len(progress.servers_down)
        detail = f"{progress.running} running, {up}/{up + down} servers up"
        if progress.failed:
            detail += f", {progress.failed} failed"
        if progress.failovers:
            detail += f", {progress.failovers} moved"
        self._progress.update(self._task, completed=progress.finished, detail=detail)
