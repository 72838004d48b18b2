"""``boards ls|create|rm|download`` and ``images upload``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from .._core.boards import UNCATEGORIZED
from .._core.errors import InvalidInputError
from .._sync.client import InvokeAIClient
from ._state import State, pass_state, print_lines


def resolve_board(client: InvokeAIClient, name_or_id: str) -> str:
    """The id of the board with that name (or that id); ``none`` is no board."""
    if name_or_id == UNCATEGORIZED:
        return UNCATEGORIZED
    named = client.board_repo.get_boards_by_name(name_or_id)
    if len(named) == 1:
        return str(named[0].board_id)
    if named:
        ids = ", ".join(str(b.board_id) for b in named)
        raise InvalidInputError(f"{len(named)} boards are named {name_or_id!r}: {ids}; give an id")
    found = client.board_repo.get_board_by_id(name_or_id)
    if found is None:
        raise InvalidInputError(
            f"no board named {name_or_id!r} (create it: invokeai-client boards create NAME)"
        )
    return str(found.board_id)


def _board_row(board: Any) -> dict[str, Any]:
    # 6.x counts uploads apart (assets); older servers count every image and have no assets.
    assets = getattr(board, "asset_count", None)
    return {
        "board_id": board.board_id,
        "name": board.board_name,
        "images": board.image_count,
        "assets": assets if isinstance(assets, int) else None,
    }


@click.group()
def boards() -> None:
    """Boards: list, create, remove, download their images."""


@boards.command("ls")
@click.option("--archived", is_flag=True, help="Include archived boards.")
@pass_state
def boards_ls(state: State, archived: bool) -> None:
    """List the boards (the first row is the uncategorized images)."""
    found = state.client.board_repo.list_boards(
        include_uncategorized=True, include_archived=archived
    )
    state.table([_board_row(b) for b in found], ["board_id", "name", "images", "assets"], "boards")


@boards.command("create")
@click.argument("name")
@pass_state
def boards_create(state: State, name: str) -> None:
    """Create a board named NAME; prints its id."""
    board = state.client.board_repo.create_board(name).board
    assert board is not None  # a created board's handle carries the server's record
    state.emit(_board_row(board), lambda c: c.print(board.board_id))


@boards.command("rm")
@click.argument("board")
@click.option(
    "--delete-images", is_flag=True, help="Delete its images too (else they stay, uncategorized)."
)
@pass_state
def boards_rm(state: State, board: str, delete_images: bool) -> None:
    """Delete BOARD (a name or an id)."""
    board_id = resolve_board(state.client, board)
    if board_id == UNCATEGORIZED:
        raise InvalidInputError("the uncategorized images are not a board that can be deleted")
    result = state.client.board_repo.delete_board_result(board_id, delete_images=delete_images)
    deleted = list(result.deleted_images or [])
    data = {"board_id": board_id, "deleted_images": deleted}
    state.emit(data, lambda c: c.print(f"deleted board {board_id} ({len(deleted)} images deleted)"))


@boards.command("download")
@click.argument("board")
@click.option(
    "--out",
    "out_dir",
    default=".",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder the images are written to.",
)
@pass_state
def boards_download(state: State, board: str, out_dir: Path) -> None:
    """Download every image of BOARD (a name, an id, or none) into --out."""
    handle = state.client.board_repo.get_board_handle(resolve_board(state.client, board))
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[dict[str, Any]] = []
    for name in handle.list_image_names():
        target = out_dir / name
        if target.exists():
            written.append({"image_name": name, "path": str(target), "skipped": True})
            continue
        path = handle.download_image_to(name, out_dir)
        written.append({"image_name": name, "path": str(path), "skipped": False})
    skipped = sum(1 for w in written if w["skipped"])
    state.emit(
        written,
        print_lines(
            [w["path"] + (" (skipped: already there)" if w["skipped"] else "") for w in written]
        ),
    )
    if not state.json:
        state.err.print(
            f"downloaded {len(written) - skipped} image(s), skipped {skipped} already in {out_dir}",
            soft_wrap=True,
            markup=False,
        )


@click.group()
def images() -> None:
    """Images: upload."""


@images.command("upload")
@click.argument(
    "paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--board", metavar="NAME", help="Board (name or id) to put them on.")
@pass_state
def images_upload(state: State, paths: Sequence[Path], board: str | None) -> None:
    """Upload image files (PNG, JPEG, WebP), optionally onto --board."""
    board_id = resolve_board(state.client, board) if board else UNCATEGORIZED
    handle = state.client.board_repo.get_board_handle(board_id)
    uploaded: list[dict[str, Any]] = []
    for path in paths:
        image = handle.upload_image(path)
        uploaded.append({"path": str(path), "image_name": image.image_name, "board_id": board_id})
    state.emit(uploaded, print_lines([u["image_name"] for u in uploaded]))
