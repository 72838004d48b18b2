"""The original client's surface on the async twin (same names, awaited), on real servers
(recorded per line): boards and images with the documented returns for missing things, models
returning None when missing, and the quick client."""

from __future__ import annotations

from pathlib import Path

import pytest

from invokeai_py_client import AsyncInvokeAIClient, NotFoundError, UnsupportedByServerError
from invokeai_py_client.dnn_model import ModelInstallJobNotFoundError
from invokeai_py_client.models import ImageCategory, IvkImage
from invokeai_py_client.quick import AsyncQuickClient
from scripts.png import make_png


async def test_async_boards_as_documented(aclient: AsyncInvokeAIClient, tmp_path: Path) -> None:
    repo = aclient.board_repo
    assert await repo.get_board_by_id("no-such-board") is None
    with pytest.raises(NotFoundError):
        await repo.get_board_by_id("no-such-board", strict=True)
    assert await repo.delete_board("no-such-board") is False
    assert await repo.get_board_handle_by_name("no board has this name") is None
    assert repo.get_board_handle(None).board_id == "none"
    uncategorized = await repo.get_uncategorized_board()
    assert uncategorized.board_id == "none" and uncategorized.board_name == "Uncategorized"

    handle = await repo.create_board("async spec board")
    try:
        assert handle.board_name == "async spec board"
        found = await repo.get_board_handle_by_name("async spec board")
        assert found is not None and found.board_id == handle.board_id
        updated = await repo.update_board(handle.board_id, name="async spec renamed")
        assert updated is not None and updated.board_name == "async spec renamed"
        bare = repo.get_board_handle(handle.board_id)
        assert bare.board_name is None
        await bare.refresh()
        assert bare.board_name == "async spec renamed"

        path = tmp_path / "control.png"
        path.write_bytes(make_png(12, 12, (1, 2, 3)))
        image = await handle.upload_image(path, image_category=ImageCategory.CONTROL)
        assert isinstance(image, IvkImage) and image.image_category is ImageCategory.CONTROL
        other = await handle.upload_image_data(make_png(10, 10, (9, 9, 9)))
        assert other.image_name != image.image_name and other.board_id == handle.board_id
        assert await handle.get_image_count() == 2
        assert await handle.star_image(other.image_name) is True
        assert (await handle.list_images(starred_first=True))[0] == other.image_name
        assert await handle.unstar_image(other.image_name) is True
        oldest_first = await handle.list_images(order_dir="ASC", limit=1)
        assert oldest_first[0] in (image.image_name, other.image_name)  # same second: a tie
        assert await handle.move_image_to(other.image_name, "none") is True
        assert await handle.list_images() == [image.image_name]
        uncat = repo.get_uncategorized_handle()
        assert await uncat.delete_image(other.image_name) is True
        assert await uncat.delete_image(other.image_name) is False  # gone: False, no raise
        with pytest.raises(NotFoundError):
            await uncat.delete_image(other.image_name, strict=True)
    finally:
        assert await repo.delete_board(handle.board_id, delete_images=True) is True


async def test_async_models_as_documented(aclient: AsyncInvokeAIClient) -> None:
    models = aclient.dnn_model_repo
    assert await models.get_model_by_key("no-such-model-key") is None
    with pytest.raises(NotFoundError):
        await models.get_model_by_key("no-such-model-key", strict=True)
    assert await models.get_install_job(987654) is None
    with pytest.raises(ModelInstallJobNotFoundError):
        await models.get_install_job(987654, strict=True)
    stats = await models.get_stats()
    assert stats is None or isinstance(stats.hits, int)
    version = await aclient.get_server_version()
    if version.at_least("5.3.1"):
        assert str(await models.hf_status()) in ("valid", "invalid", "unknown")
    else:
        with pytest.raises(UnsupportedByServerError):
            await models.hf_status()


@pytest.mark.destructive
async def test_async_quick_client_copies_an_image(aclient: AsyncInvokeAIClient) -> None:
    repo = aclient.board_repo
    source = await repo.get_uncategorized_handle().upload_image_data(make_png(8, 8, (5, 5, 5)))
    target = await repo.create_board("async quick copy")
    try:
        qc = AsyncQuickClient(aclient)
        copied = await qc.copy_image_to_board(source.image_name, target.board_id)
        assert copied is not None and copied.image_name != source.image_name
        assert copied.board_id == target.board_id and (copied.width, copied.height) == (8, 8)
        assert await target.list_images() == [copied.image_name]
        with pytest.raises(ValueError, match="no board"):
            await qc.copy_image_to_board(source.image_name, "no-such-board")
        with pytest.raises(ValueError, match="no image"):
            await qc.copy_image_to_board("no-such-image.png", target.board_id)
    finally:
        await repo.delete_board(target.board_id, delete_images=True)
        await repo.get_uncategorized_handle().delete_image(source.image_name)
