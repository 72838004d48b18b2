"""``run`` and ``inputs``: a workflow from the web UI (a file or the server's library) with
values from the command line, live progress, and its output images downloaded."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click
from rich.markup import escape

from .._core.errors import InvalidInputError, JobTimeoutError
from .._sync.client import InvokeAIClient
from .._sync.queue_handles import BatchHandle
from ..workflow import WorkflowHandle
from ._boards import resolve_board
from ._progress import PoolDisplay, QueueProgress
from ._state import State, pass_state, print_lines
from ._values import apply_sets, batch_values
from ._workflows import open_workflow

EXIT_FAILED = 1
EXIT_INTERRUPTED = 130

_workflow_argument = click.argument(
    "workflow",
    required=False,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
_library_option = click.option(
    "--library", metavar="NAME", help="A workflow of the server's library (name or id)."
)


def _model_lister(client: InvokeAIClient) -> Any:
    def installed() -> list[dict[str, Any]]:
        summaries = []
        for model in client.dnn_model_repo.list_models():
            raw = getattr(model, "data", None)
            data = raw if isinstance(raw, dict) else model.to_dict()
            summaries.append(
                {
                    k: getattr(data.get(k), "value", data.get(k))
                    for k in ("key", "hash", "name", "base", "type")
                }
            )
        return summaries

    return installed


@click.command()
@_workflow_argument
@_library_option
@pass_state
def inputs(state: State, workflow: Path | None, library: str | None) -> None:
    """List the inputs of WORKFLOW.json (index, label, node.field, kind, value)."""
    wf = open_workflow(state.client, workflow, library)
    rows = [
        {
            "index": i.input_index,
            "label": i.label,
            "field": i.key,
            "kind": i.field.kind,
            "required": i.required,
            "value": i.value,
        }
        for i in wf.list_inputs()
    ]
    state.table(rows, ["index", "label", "field", "kind", "required", "value"], "inputs")


@click.command()
@_workflow_argument
@_library_option
@click.option(
    "--set",
    "sets",
    multiple=True,
    metavar="KEY=VALUE",
    help="Set an input: KEY is its index, label or node_id.field; a model by name or key.",
)
@click.option(
    "--batch",
    "batches",
    multiple=True,
    metavar="KEY=V1,V2,...",
    help="One queue item per value (several --batch are zipped); a JSON list also works.",
)
@click.option("--runs", default=1, show_default=True, help="Run the whole batch this many times.")
@click.option("--board", metavar="NAME", help="Board (name or id) for the output images.")
@click.option(
    "--out",
    "out_dir",
    default=".",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder the output images are written to.",
)
@click.option("--no-download", is_flag=True, help="Do not download the output images.")
@click.option("--timeout", type=float, default=None, help="Seconds to wait (default: no limit).")
@pass_state
def run(
    state: State,
    workflow: Path | None,
    library: str | None,
    sets: Sequence[str],
    batches: Sequence[str],
    runs: int,
    board: str | None,
    out_dir: Path,
    no_download: bool,
    timeout: float | None,
) -> None:
    """Run WORKFLOW.json (exported from the web UI) or --library NAME, show its progress and
    download its output images to --out."""
    if runs < 1:
        raise InvalidInputError(f"--runs must be at least 1, got {runs}")
    client = state.client
    wf = open_workflow(client, workflow, library)
    lister = _model_lister(client)
    apply_sets(wf, sets, lister)
    values = batch_values(wf, batches, lister)
    if len(state.urls) > 1:
        if board is not None:
            raise InvalidInputError("--board names a board of one server: not with several --url")
        _run_on_pool(state, wf, values, runs, None if no_download else out_dir, timeout)
        return
    options: dict[str, Any] = {"runs": runs}
    if values:
        options["batch_values"] = values
    if board is not None:
        options["board_id"] = resolve_board(client, board)
    batch = wf.submit_sync(**options)
    if not state.json:
        state.err.print(
            f"enqueued {len(batch.item_ids)} queue item(s) "
            f"({', '.join(map(str, batch.item_ids))}) of batch {batch.batch_id}"
        )
    items = _wait(state, batch, timeout)
    report = _collect(state, wf, items, None if no_download else out_dir)
    failed = [r for r in report if r["status"] != "completed"]
    state.emit({"batch_id": batch.batch_id, "items": report}, lambda c: _print_report(c, report))
    for entry in failed:
        state.err.print(
            f"[red]item {entry['item_id']} {entry['status']}[/]: {escape(entry['error'])}",
            soft_wrap=True,
        )
    if failed:
        raise click.exceptions.Exit(EXIT_FAILED)


def _run_on_pool(
    state: State,
    wf: WorkflowHandle,
    values: dict[int, list[Any]],
    runs: int,
    out_dir: Path | None,
    timeout: float | None,
) -> None:
    """The run as one pool item per queue item, spread over every ``--url``."""
    from ..pool import PoolResult, ServerPool, WorkflowJob
    from ..pool._work import InputRef

    fixed: dict[InputRef, Any] = {
        (i.node_id, i.field_name): i.field.value for i in wf.list_inputs() if i.value is not None
    }
    rows: list[dict[InputRef, Any]] = [
        dict(zip(values, row, strict=True)) for row in zip(*values.values(), strict=True)
    ]
    jobs = [
        WorkflowJob(wf.definition, values={**fixed, **row})
        for _ in range(runs)
        for row in (rows or [{}])
    ]
    results: list[PoolResult] = []
    with ServerPool(state.clients(), item_timeout=timeout) as pool:
        if not state.json:
            state.err.print(f"{len(jobs)} queue item(s) over {len(pool.servers)} servers")
        try:
            if state.json:
                results = pool.run(jobs, download_to=out_dir)
            else:
                with PoolDisplay(state.err, len(jobs)) as display:
                    pool._pool._listeners.append(display.update)
                    results = pool.run(jobs, download_to=out_dir)
        except KeyboardInterrupt:
            state.err.print("[yellow]interrupted: the pool cancels nothing it has not sent")
            raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
    report: list[dict[str, Any]] = [
        {
            "index": r.index,
            "server": r.server,
            "batch_id": r.batch_id,
            "status": "completed" if r.ok else "failed",
            "error": None if r.ok else str(r.error),
            "images": [str(p) for p in r.files] or r.image_names,
        }
        for r in results
    ]
    state.emit({"items": report}, print_lines([line for e in report for line in e["images"]]))
    failed = [e for e in report if e["status"] != "completed"]
    for entry in failed:
        state.err.print(f"[red]item {entry['index']} failed[/]: {escape(entry['error'])}")
    if failed:
        raise click.exceptions.Exit(EXIT_FAILED)


def _wait(state: State, batch: BatchHandle, timeout: float | None) -> list[Any]:
    """The finished items; Ctrl-C cancels what this run enqueued (and says so)."""
    try:
        if state.json:
            return batch.wait(timeout, raise_on_failure=False)
        with QueueProgress(state.err, batch.item_ids) as progress:
            items = batch.wait(timeout, progress.on_event, raise_on_failure=False)
            for item in items:
                progress.finish(item.item_id, _status(item))
            return items
    except (KeyboardInterrupt, JobTimeoutError) as exc:
        # An interrupted wait has canceled the batch's unfinished items itself; a timeout
        # cancels nothing, so the command does.
        if isinstance(exc, KeyboardInterrupt) and batch.canceled_on_interrupt is not None:
            canceled = batch.canceled_on_interrupt
        else:
            canceled = batch.cancel_unfinished()
        why = (
            "interrupted" if isinstance(exc, KeyboardInterrupt) else f"timed out after {timeout} s"
        )
        shown = ", ".join(map(str, canceled)) or "none"
        state.err.print(
            f"[yellow]{why}: canceled {len(canceled)} of the {len(batch.item_ids)} queue "
            f"item(s) this run enqueued (canceled: {shown})"
        )
        code = EXIT_INTERRUPTED if isinstance(exc, KeyboardInterrupt) else EXIT_FAILED
        raise click.exceptions.Exit(code) from None


def output_file_name(item_id: int, node_id: str, image_name: str) -> str:
    """``<item id>-<output node id>-<image name>``, the node id made safe for a file name."""
    node = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in node_id).strip(".")
    return f"{item_id}-{node or 'output'}-{image_name}"


def _status(item: Any) -> str:
    return str(getattr(item.status, "value", item.status))


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _collect(
    state: State, wf: WorkflowHandle, items: list[Any], out_dir: Path | None
) -> list[dict[str, Any]]:
    board = state.client.board_repo.get_board_handle("none")
    report = []
    for item in items:
        status = _status(item)
        entry: dict[str, Any] = {"item_id": item.item_id, "status": status, "images": []}
        if status == "completed":
            for output in wf.map_outputs_to_images(item):
                for name in output["image_names"]:
                    image = {"node_id": output["node_id"], "image_name": name, "path": None}
                    if out_dir is not None:
                        out_dir.mkdir(parents=True, exist_ok=True)
                        # Named after the item and the output node, so that the images of a
                        # batch's items (or of a workflow's several outputs) can be told apart.
                        target = out_dir / output_file_name(item.item_id, output["node_id"], name)
                        image["path"] = str(board.download_image_to(name, target))
                    entry["images"].append(image)
        else:
            error_type, message = _text(item.error_type), _text(item.error_message)
            entry["error"] = ": ".join(p for p in (error_type, message) if p) or status
        report.append(entry)
    return report


def _print_report(console: Any, report: list[dict[str, Any]]) -> None:
    for entry in report:
        if entry["status"] != "completed":
            continue
        for image in entry["images"]:
            console.print(image["path"] or image["image_name"], soft_wrap=True, markup=False)
