"""The demo's path: upload an image, put it on a board, download it back."""

from __future__ import annotations

import pytest

from invokeai_py_client import InvalidInputError, InvokeAIClient
from scripts.png import make_png


@pytest.mark.smoke
def test_upload_move_to_board_and_download_back(client: InvokeAIClient) -> None:
    png = make_png(24, 16, (0, 128, 255))
    board = client.board_repo.create_board("roundtrip")
    try:
        uploaded = client.board_repo.get_board_handle("none").upload_image_data(png, "gradient.png")
        assert (uploaded.width, uploaded.height) == (24, 16)
        handle = client.board_repo.get_board_handle(board.board_id)
        handle.add_image(uploaded.image_name)
        assert handle.list_images(starred_first=True) == [uploaded.image_name]
        # 6.x counts uploaded (category "user") images as assets, apart from generated images;
        # older servers count every image in image_count and have no asset_count.
        counted = client.board_repo.get_board_by_id(board.board_id)
        assert counted is not None
        expected = (0, 1) if client.server_version.at_least("6.0.0") else (1, 0)
        assert (counted.image_count, counted.asset_count) == expected
        downloaded = handle.download_image(uploaded.image_name, full_resolution=True)
        assert downloaded.startswith(b"\x89PNG")
        thumbnail = handle.download_image(uploaded.image_name, full_resolution=False)
        assert thumbnail[8:12] == b"WEBP"
    finally:
        client.board_repo.delete_board_result(board.board_id, delete_images=True)


@pytest.mark.smoke
def test_uncategorized_pseudo_board_is_listed_on_request(client: InvokeAIClient) -> None:
    boards = client.board_repo.list_boards(include_uncategorized=True)
    assert boards[0].board_id == "none"
    assert all(b.board_id != "none" for b in client.board_repo.list_boards())


def test_non_image_upload_is_rejected_before_sending() -> None:
    with InvokeAIClient(port=1) as offline, pytest.raises(InvalidInputError, match="not a PNG"):
        offline.board_repo.get_board_handle("none").upload_image_data(b"hello", "x.png")
