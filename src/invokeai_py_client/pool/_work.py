"""What a pool is given to run (a batch, a graph, a GUI workflow with its values, a callable on a
client) and what it hands back for each (:class:`PoolResult`, :class:`PoolProgress`)."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._core.errors import InvalidInputError
from .._core.pool import model_refs
from .._core.results import output_image_names
from .._core.workflows.definition import WorkflowDefinition

if TYPE_CHECKING:
    from invokeai_api.models import SessionQueueItem

    from .._core.errors import InvokeAIError

InputRef = int | str | tuple[str, str]


@dataclass(frozen=True)
class WorkflowJob:
    """A GUI workflow to run on whichever server the pool picks.

    ``values`` set inputs (index, label or ``(node_id, field)``, as ``set_input_value``);
    ``images`` are local files (or bytes) uploaded to the server that runs the item, each then
    set as the value of its input; ``batch_values``, ``board_id`` and ``runs`` are
    ``build_batch``'s. Model inputs are pointed at each server's own copy of the model.
    """

    definition: WorkflowDefinition
    values: Mapping[InputRef, Any] = field(default_factory=dict)
    images: Mapping[InputRef, str | os.PathLike[str] | bytes] = field(default_factory=dict)
    batch_values: Any = None
    board_id: str | None = None
    runs: int = 1

    def __post_init__(self) -> None:
        if not isinstance(self.definition, WorkflowDefinition):
            raise InvalidInputError(
                f"WorkflowJob takes a WorkflowDefinition, got {type(self.definition).__name__}"
            )
        for ref, image in self.images.items():
            if not isinstance(image, bytes) and not Path(image).is_file():
                raise InvalidInputError(f"image for input {ref!r}: no such file {str(image)!r}")

    def needed_models(self) -> list[Mapping[str, Any]]:
        return model_refs([self.definition.to_dict(), list(self.values.values())])


def as_batch(work: Mapping[str, Any]) -> dict[str, Any]:
    """A batch (``{"graph": ..., "runs": ...}``) from what ``enqueue_batch`` takes, or from a
    bare graph (``{"nodes": ..., "edges": ...}``)."""
    if "graph" in work:
        return dict(work)
    if "nodes" in work:
        return {"graph": dict(work), "runs": 1}
    raise InvalidInputError(
        "a pool runs batches ({'graph': ..., 'runs': ...}), graphs ({'nodes': ..., 'edges': ...}),"
        f" WorkflowJob or callables; got a mapping with keys {sorted(work)[:5]}"
    )


@dataclass
class PoolResult:
    """One piece of work, done.

    Attributes:
        index: its position in the submission.
        server: the URL of the server that ran it.
        batch_id: the batch it was enqueued as there (None for a callable).
        items: its queue items (ordered by item id); ``[]`` for a callable.
        value: what a callable returned.
        error: why it did not complete (``JobFailedError`` and the like), else None.
        files: the images downloaded for it (with ``download_to``).
        attempts: how many servers it was sent to (more than 1 after a failover).
    """

    index: int
    server: str
    batch_id: str | None = None
    items: list[SessionQueueItem] = field(default_factory=list)
    value: Any = None
    error: InvokeAIError | None = None
    files: list[Path] = field(default_factory=list)
    attempts: int = 1

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def image_names(self) -> list[str]:
        """Names (on :attr:`server`) of the images its items produced, in order."""
        return [name for item in self.items for name in output_image_names(item)]


@dataclass
class PoolProgress:
    """The whole pool's progress, handed to ``on_progress`` whenever it changes."""

    total: int
    completed: int = 0
    failed: int = 0
    running: int = 0
    failovers: int = 0
    servers_up: Sequence[str] = ()
    servers_down: Sequence[str] = ()
    done_by_server: dict[str, int] = field(default_factory=dict)

    @property
    def finished(self) -> int:
        return self.completed + self.failed
