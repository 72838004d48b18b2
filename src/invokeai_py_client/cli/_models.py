"""``models ls|install|rm``."""

from __future__ import annotations

from typing import Any

import click
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from .._core.errors import InvalidInputError, NotFoundError
from ..dnn_model import InstallProgress
from ._state import State, pass_state

_COLUMNS = ("key", "name", "base", "type", "format")


def model_row(model: Any) -> dict[str, Any]:
    raw = getattr(model, "data", None)
    data = raw if isinstance(raw, dict) else model.to_dict()
    return {k: getattr(data.get(k), "value", data.get(k)) for k in _COLUMNS}


def _mb(count: int) -> str:
    return f"{count / 1_000_000:.1f}"


@click.group()
def models() -> None:
    """Models: list, install (with progress), remove."""


@models.command("ls")
@click.option("--type", "model_type", help="Only this type (main, vae, lora, ...).")
@click.option("--base", help="Only this base (sd-1, sdxl, flux, ...).")
@pass_state
def models_ls(state: State, model_type: str | None, base: str | None) -> None:
    """List the installed models."""
    found = state.client.dnn_model_repo.list_models(type=model_type, base=base)
    rows = sorted((model_row(m) for m in found), key=lambda r: (str(r["name"]), str(r["key"])))
    state.table(rows, list(_COLUMNS), "models")


@models.command("install")
@click.argument("source")
@click.option(
    "--inplace", is_flag=True, help="Leave a local model where it is (else the server moves it)."
)
@click.option("--name", help="Name to give the model (else the server's probe names it).")
@click.option("--timeout", type=float, default=None, help="Seconds to wait (default: no limit).")
@pass_state
def models_install(
    state: State, source: str, inplace: bool, name: str | None, timeout: float | None
) -> None:
    """Install a model from SOURCE (a path on the server's machine, a URL or a Hugging Face
    repo id) and wait for it, with a progress bar."""
    repo = state.client.dnn_model_repo
    handle = repo.install_model(source, inplace=inplace, config={"name": name} if name else None)
    if state.json:
        info = handle.wait_until(timeout)
    else:
        progress = Progress(
            TextColumn("[bold]install {task.fields[job]}"),
            BarColumn(bar_width=30),
            TextColumn("{task.fields[size]}"),
            TextColumn("{task.fields[status]}"),
            TimeElapsedColumn(),
            console=state.err,
        )
        task = progress.add_task(
            "install", total=None, job=handle.job_id, status="waiting", size=""
        )

        def on_progress(report: InstallProgress) -> None:
            # A local install reports no bytes: the bar then only follows its status.
            total = report.total_bytes or None
            size = f"{_mb(report.bytes)}/{_mb(report.total_bytes)} MB" if total else ""
            progress.update(
                task,
                total=total,
                completed=report.bytes,
                status=report.status.replace("_", " "),
                size=size,
            )

        with progress:
            info = handle.wait_until(timeout, on_progress=on_progress)
            progress.update(task, total=1, completed=1, status="[green]completed")
    model = repo.get_model(info.model_key) if info.model_key else None
    data: dict[str, Any] = {
        "job_id": info.id,
        "status": info.status,
        "already_installed": info.already_installed,
        "model": model_row(model) if model is not None else None,
    }

    def render(console: Any) -> None:
        row = data["model"] or {}
        note = " (already installed)" if info.already_installed else ""
        console.print(
            f"{row.get('key')}  {row.get('name')}  {row.get('base')} {row.get('type')}{note}"
        )

    state.emit(data, render)


@models.command("rm")
@click.argument("model")
@pass_state
def models_rm(state: State, model: str) -> None:
    """Delete MODEL (a key or a unique name) from the server."""
    repo = state.client.dnn_model_repo
    try:
        key = str(repo.get_model(model).key)
    except NotFoundError:
        named = [model_row(m) for m in repo.list_models(name=model)]
        if len(named) != 1:
            what = "no model" if not named else f"{len(named)} models"
            raise InvalidInputError(f"{what} with the key or name {model!r}") from None
        key = str(named[0]["key"])
    repo.delete_model(key)
    state.emit({"deleted": key}, lambda c: c.print(f"deleted model {key}"))
