"""``queue status|cancel|clear`` and ``server version``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import click

from .._core.errors import InvalidInputError
from ._state import State, pass_state

_COUNTS = ("pending", "in_progress", "completed", "failed", "canceled", "total")


@click.group()
def queue() -> None:
    """The session queue: status, cancel, clear."""


@queue.command("status")
@pass_state
def queue_status(state: State) -> None:
    """Counts of the queue's items per status, and whether the processor runs."""
    status = state.client.queue_repo.get_status()
    counts = {k: getattr(status.queue, k, None) for k in _COUNTS}
    data: dict[str, Any] = {
        **counts,
        "item_id": status.queue.item_id if isinstance(status.queue.item_id, int) else None,
        "processor_started": status.processor.is_started,
        "processor_processing": status.processor.is_processing,
    }

    def render(console: Any) -> None:
        console.print("  ".join(f"{k.replace('_', ' ')}: {counts[k]}" for k in _COUNTS))
        running = "running" if status.processor.is_started else "paused"
        current = f", item {data['item_id']} in progress" if data["item_id"] is not None else ""
        console.print(f"processor: {running}{current}")

    state.emit(data, render)


@queue.command("cancel")
@click.argument("item_ids", nargs=-1, type=int)
@click.option("--batch", "batch_ids", multiple=True, metavar="BATCH_ID", help="Cancel a batch.")
@click.option("--all", "everything", is_flag=True, help="Cancel every item but the current one.")
@pass_state
def queue_cancel(
    state: State, item_ids: Sequence[int], batch_ids: Sequence[str], everything: bool
) -> None:
    """Cancel queue items by id, whole batches (--batch), or all pending items (--all)."""
    if not (item_ids or batch_ids or everything):
        raise click.UsageError("name ITEM_IDS, --batch BATCH_ID or --all")
    repo = state.client.queue_repo
    canceled: list[int] = []
    for item_id in item_ids:
        canceled.append(int(repo.cancel_item(item_id).item_id))
    count = len(canceled)
    if batch_ids:
        count += repo.cancel_batches(batch_ids)
    if everything:
        count += repo.cancel_all_except_current()
    data = {"canceled": count, "item_ids": canceled, "batch_ids": list(batch_ids)}
    state.emit(data, lambda c: c.print(f"canceled {count} queue item(s)"))


@queue.command("clear")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_state
def queue_clear(state: State, yes: bool) -> None:
    """Remove every item from the queue (cancelling the current one)."""
    if not yes and not click.confirm("Clear the whole queue, other users' items included?"):
        raise InvalidInputError("not confirmed: the queue was left as it is")
    deleted = state.client.queue_repo.clear()
    state.emit({"deleted": deleted}, lambda c: c.print(f"cleared the queue ({deleted} items)"))


@click.group()
def server() -> None:
    """The server: version."""


@server.command("version")
@pass_state
def server_version(state: State) -> None:
    """The server's InvokeAI version."""
    client = state.client
    version = str(client.get_server_version())
    data = {"url": client.server_url, "version": version}
    state.emit(data, lambda c: c.print(version))
