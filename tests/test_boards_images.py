"""Boards and images on a real server: every board and image operation, and downloads that
never lose data (streamed, atomic, no overwrite, no path traversal)."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from invokeai_api.models import BoardDTO

from invokeai_py_client import InvalidInputError, InvokeAIClient
from invokeai_py_client.board import BoardHandle
from scripts.png import make_png


@pytest.fixture
def board(client: InvokeAIClient) -> Iterator[BoardDTO]:
    created = client.board_repo.create_board("py-client images")
    yield created
    client.board_repo.delete_board_result(created.board_id, delete_images=True)


def upload(handle: BoardHandle, width: int, name: str) -> str:
    return handle.upload_image_data(make_png(width, 8, (10, 200, 30)), name).image_name


@pytest.mark.smoke
def test_rename_archive_and_find_by_name(client: InvokeAIClient, board: BoardDTO) -> None:
    repo = client.board_repo
    assert repo.rename_board(board.board_id, "renamed board").board_name == "renamed board"
    assert [b.board_id for b in repo.get_boards_by_name("renamed board")] == [board.board_id]
    assert repo.archive_board(board.board_id).archived is True
    assert board.board_id not in [b.board_id for b in repo.list_boards()]
    assert board.board_id in [b.board_id for b in repo.list_boards(include_archived=True)]
    assert repo.unarchive_board(board.board_id).archived is False
    with pytest.raises(InvalidInputError, match="'none' cannot be changed"):
        repo.rename_board("none", "x")


@pytest.mark.smoke
def test_move_remove_star_and_delete_images(client: InvokeAIClient, board: BoardDTO) -> None:
    here = client.board_repo.get_board_handle(board.board_id)
    uncategorized = client.board_repo.get_board_handle("none")
    first, second = upload(here, 16, "first.png"), upload(here, 24, "second.png")
    assert set(here.list_images(starred_first=True)) == {first, second}
    here.star_images([first])
    assert here.get_image(first).starred is True
    assert here.list_images(starred_first=True)[0] == first  # starred first
    here.unstar_images([first])
    assert here.get_image(first).starred is False
    here.move_image(second, "none")
    assert (
        here.list_images(starred_first=True) == [first]
        and second in uncategorized.list_image_names()
    )
    uncategorized.move_image(second, board.board_id)
    here.remove_image(first)
    assert here.list_images(starred_first=True) == [second]
    assert uncategorized.delete_image(first) is True
    assert first not in uncategorized.list_image_names()
    assert [d.image_name for d in here.list_image_dtos(categories=["user"])] == [second]
    assert here.list_image_dtos(categories=["general"]).items == []


def test_download_to_a_folder_is_atomic_and_keeps_existing_files(
    client: InvokeAIClient, board: BoardDTO, tmp_path: Path
) -> None:
    here = client.board_repo.get_board_handle(board.board_id)
    name = upload(here, 32, "kept.png")
    written = here.download_image_to(name, tmp_path)
    assert written == tmp_path / name and written.read_bytes().startswith(b"\x89PNG")
    written.write_bytes(b"my own edits")
    with pytest.raises(FileExistsError, match="overwrite=True"):
        here.download_image_to(name, tmp_path)
    assert written.read_bytes() == b"my own edits"  # untouched
    here.download_image_to(name, written, overwrite=True)
    assert written.read_bytes() == here.download_image(name)
    thumbnail = here.download_image_to(name, tmp_path, full_resolution=False)
    assert thumbnail.name == name + ".webp" and thumbnail.read_bytes()[8:12] == b"WEBP"
    assert sorted(os.listdir(tmp_path)) == sorted([name, name + ".webp"])  # no temporary left


def test_metadata_and_embedded_workflow(client: InvokeAIClient, board: BoardDTO) -> None:
    here = client.board_repo.get_board_handle(board.board_id)
    name = upload(here, 16, "plain.png")
    assert here.get_image_metadata(name) is None
    assert here.get_image_workflow(name) == (None, None)


def test_bulk_download_as_zip(client: InvokeAIClient, board: BoardDTO, tmp_path: Path) -> None:
    here = client.board_repo.get_board_handle(board.board_id)
    names = {upload(here, 16, "a.png"), upload(here, 20, "b.png")}
    archive = here.download_zip(tmp_path)
    assert archive.parent == tmp_path and archive.suffix == ".zip"
    with zipfile.ZipFile(archive) as opened:
        assert {Path(n).name for n in opened.namelist()} == names


def test_server_names_cannot_escape_the_folder(tmp_path: Path) -> None:
    from invokeai_py_client._backends._files import target_path

    for hostile in ("../escape.png", "/etc/passwd", "..", ".hidden", "a/b.png", "c:\\x.png"):
        with pytest.raises(InvalidInputError, match="not a plain name"):
            target_path(tmp_path, hostile)
    with pytest.raises(InvalidInputError, match="folder does not exist"):
        target_path(tmp_path / "missing" / "x.png", "x.png")


def test_missing_or_non_image_files_are_refused_before_sending(tmp_path: Path) -> None:
    with InvokeAIClient(host="127.0.0.1", port=1) as offline:
        handle = offline.board_repo.get_board_handle("none")
        with pytest.raises(InvalidInputError, match="no such file"):
            handle.upload_image(tmp_path / "absent.png")
        text = tmp_path / "notes.png"
        text.write_text("not an image")
        with pytest.raises(InvalidInputError, match="not a PNG"):
            handle.upload_image(text)
        with pytest.raises(InvalidInputError, match="not an image name"):
            handle.download_image("../x.png")
        with pytest.raises(InvalidInputError, match="unknown image category 'selfies'"):
            handle.list_image_dtos(categories=["selfies"])
        with pytest.raises(InvalidInputError, match="unknown workflow category 'mine'"):
            offline.workflow_repo.list_workflows(categories=["mine"])
