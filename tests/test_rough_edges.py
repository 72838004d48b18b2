"""The rough edges a newcomer hit (issue 24), each fixed and held here: a URL given as the host,
paging past the end, "not found" alike on every line, a handle on a board that does not exist,
typed keywords whose typos name the call, an interrupted wait that cancels what it enqueued,
downloads that honour the umask, one node-schema fetch for concurrent first workflows, and the
documentation browsable from disk."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from invokeai_py_client import (
    AsyncInvokeAIClient,
    InvalidInputError,
    InvokeAIClient,
    NotFoundError,
    UnknownArgumentError,
)
from invokeai_py_client._backends._files import open_download
from invokeai_py_client._sync.pagination import Page
from invokeai_py_client.workflow import WorkflowDefinition
from scripts.png import make_png

REPO = Path(__file__).resolve().parent.parent
FORM = REPO / "tests" / "workflows" / "blank_blur_save_form.json"
MISSING_BOARD = "no-such-board-0000"


# ------------------------------------------------------------------- 2: a URL given as the host
def test_a_url_given_as_the_host_is_read_as_from_url_reads_it() -> None:
    with InvokeAIClient("http://127.0.0.1:19614") as client:
        assert client.base_url == "http://127.0.0.1:19614/api/v1"
        assert (client.host, client.port) == ("127.0.0.1", 19614)
    with InvokeAIClient("https://invoke.example:8443/proxy") as client:
        assert client.base_url == "https://invoke.example:8443/proxy/api/v1"


def test_a_url_host_that_disagrees_with_the_port_or_is_no_host_is_refused_naming_it() -> None:
    with pytest.raises(InvalidInputError, match=r"'http://127.0.0.1:19614' is a URL with port"):
        InvokeAIClient("http://127.0.0.1:19614", port=9090)
    with pytest.raises(InvalidInputError, match=r"'ftp://x' looks like a URL"):
        InvokeAIClient("ftp://x")
    with pytest.raises(InvalidInputError, match=r"host must be a host name.*'localhost/api'"):
        InvokeAIClient("localhost/api")


# ---------------------------------------------------------------------- 3: paging past the end
def test_next_page_is_none_past_the_last_page_so_a_while_loop_ends() -> None:
    listing = list(range(5))

    def load(at: int) -> Page[int]:
        return Page(listing[at : at + 2], offset=at, total=len(listing), load=load)

    page: Page[int] | None = load(0)
    seen: list[int] = []
    turns = 0
    while page is not None:
        seen.extend(page)
        page = page.next_page()
        turns += 1
        assert turns < 10
    assert seen == listing and turns == 3
    assert Page([], offset=0, total=0, load=load).next_page() is None


# ------------------------------------------------- 7: typed keywords, typos naming the call made
def test_an_unknown_constructor_keyword_names_the_call() -> None:
    with pytest.raises(UnknownArgumentError, match=r"^InvokeAIClient\(\) got .*'hedaers'"):
        InvokeAIClient(hedaers={})  # type: ignore[call-arg]
    with pytest.raises(UnknownArgumentError, match=r"^AsyncInvokeAIClient\(\) got .*'hedaers'"):
        AsyncInvokeAIClient(hedaers={})  # type: ignore[call-arg]
    with pytest.raises(UnknownArgumentError, match=r"^InvokeAIClient.from_url\(\) got .*'tiemout'"):
        InvokeAIClient.from_url("http://127.0.0.1:1", tiemout=3)  # type: ignore[call-arg]
    assert isinstance(UnknownArgumentError("x"), TypeError)


def _offline_workflow(client: Any) -> Any:
    import json

    openapi = json.loads((REPO / "openapi" / "invokeai-6.14.2.json").read_text())
    client.workflow_repo.load_node_schemas(openapi)
    return client.workflow_repo.create_workflow(WorkflowDefinition.from_file(FORM))


def test_a_misspelt_submit_keyword_names_submit_not_build_batch() -> None:
    with InvokeAIClient(port=1) as client:  # nothing listens: nothing may be sent
        wf = _offline_workflow(client)
        with pytest.raises(
            UnknownArgumentError, match=r"^WorkflowHandle.submit_sync\(\) got .*'bord_id'"
        ):
            wf.submit_sync(bord_id="x")

    async def awaited() -> None:
        async with AsyncInvokeAIClient(port=1) as aclient:
            wf = await _offline_workflow(aclient)
            with pytest.raises(
                UnknownArgumentError, match=r"^AsyncWorkflowHandle.submit\(\) got .*'bord_id'"
            ):
                await wf.submit(bord_id="x")

    asyncio.run(awaited())


# ----------------------------------------------------------------- 9: downloads and the umask
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_download_gets_the_mode_the_umask_gives_new_files(
    tmp_path: Path, umask: int, mode: int
) -> None:
    previous = os.umask(umask)
    try:
        sink, temporary = open_download(tmp_path / "x.png", overwrite=False)
        sink.close()
    finally:
        os.umask(previous)
    assert os.stat(temporary).st_mode & 0o777 == mode


# ------------------------------------------- 10: concurrent first workflows, one schema fetch
class _CountingServer:
    """Serves the 6.14.2 OpenAPI document slowly and counts how often it is asked for."""

    def __init__(self) -> None:
        self.document = (REPO / "openapi" / "invokeai-6.14.2.json").read_bytes()
        self.fetches = 0
        self._lock = threading.Lock()

    def _answer(self, request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/openapi.json", request.url
        with self._lock:
            self.fetches += 1
        return httpx.Response(200, content=self.document, headers={"content-type": "text/json"})

    def handler(self, request: httpx.Request) -> httpx.Response:
        threading.Event().wait(0.2)  # in flight long enough for every caller to arrive
        return self._answer(request)

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.2)
        return self._answer(request)


def test_concurrent_first_create_workflow_calls_share_one_schema_fetch() -> None:
    server = _CountingServer()
    definition = WorkflowDefinition.from_file(FORM)
    with InvokeAIClient(port=1, transport=httpx.MockTransport(server.handler)) as client:
        repo = client.workflow_repo
        handles: list[Any] = []
        threads = [
            threading.Thread(target=lambda: handles.append(repo.create_workflow(definition)))
            for _ in range(20)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(handles) == 20 and server.fetches == 1


def test_concurrent_first_async_create_workflow_calls_share_one_schema_fetch() -> None:
    server = _CountingServer()
    definition = WorkflowDefinition.from_file(FORM)

    async def twenty() -> int:
        transport = httpx.MockTransport(server.async_handler)
        async with AsyncInvokeAIClient(port=1, async_transport=transport) as client:
            repo = client.workflow_repo
            made = await asyncio.gather(*(repo.create_workflow(definition) for _ in range(20)))
        return len(made)

    assert asyncio.run(twenty()) == 20 and server.fetches == 1


# ------------------------------------------------------------ 11: documentation from the disk
def test_the_documentation_site_browses_from_disk_and_links_no_wrong_repository() -> None:
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text().replace("!!python", "#"))
    assert config["use_directory_urls"] is False  # page.html, not page/ (a listing on file://)
    assert "invoke-ai/InvokeAI" not in str(config.get("repo_url", ""))


# ------------------------------------------------- 4, 5, 6: "not found" alike on every line
def test_a_missing_queue_item_raises_not_found_on_every_line(client: InvokeAIClient) -> None:
    with pytest.raises(NotFoundError, match="999999") as caught:
        client.queue_repo.get_item(999999)
    assert caught.value.status_code == 404
    with pytest.raises(NotFoundError):
        client.queue_repo.get_job(999999).refresh()


def test_changing_a_missing_board_raises_not_found_on_every_line(client: InvokeAIClient) -> None:
    repo = client.board_repo
    with pytest.raises(NotFoundError):
        repo.rename_board(MISSING_BOARD, "renamed")
    with pytest.raises(NotFoundError):
        repo.archive_board(MISSING_BOARD)
    assert repo.update_board(MISSING_BOARD, name="renamed") is None


def test_a_handle_on_a_missing_board_raises_not_found(client: InvokeAIClient) -> None:
    handle = client.board_repo.get_board_handle(MISSING_BOARD)
    with pytest.raises(NotFoundError, match=f"board '{MISSING_BOARD}' does not exist"):
        handle.get_image_count()
    with pytest.raises(NotFoundError, match=f"board '{MISSING_BOARD}' does not exist"):
        handle.list_images()


def test_an_empty_board_of_a_bare_id_lists_nothing_without_error(client: InvokeAIClient) -> None:
    created = client.board_repo.create_board("py-client empty board")
    try:
        other = client.with_options()  # its own board repository: it never saw the board
        handle = other.board_repo.get_board_handle(created.board_id)
        assert handle.get_image_count() == 0 and handle.list_images() == []
    finally:
        client.board_repo.delete_board_result(created.board_id)


def test_an_upload_to_a_missing_board_is_refused_on_every_line(client: InvokeAIClient) -> None:
    uncategorized = client.board_repo.get_uncategorized_handle()
    before = uncategorized.get_image_count()
    handle = client.board_repo.get_board_handle(MISSING_BOARD)
    with pytest.raises(NotFoundError):
        handle.upload_image_data(make_png(8, 8, (1, 2, 3)), "lost.png")
    assert uncategorized.get_image_count() == before  # not filed as uncategorized either


# ----------------------------------------------- 8: an interrupted wait cancels what it enqueued
@pytest.fixture
def paused_form(client: InvokeAIClient, server_openapi: dict[str, Any]) -> Iterator[Any]:
    """A workflow to submit while the queue's processor is paused: its items stay pending, so
    that an interruption always finds them unfinished."""
    client.workflow_repo.load_node_schemas(server_openapi)
    client.queue_repo.pause()
    try:
        yield client.workflow_repo.create_workflow(WorkflowDefinition.from_file(FORM))
    finally:
        client.queue_repo.resume()


def _ctrl_c_in(seconds: float) -> threading.Timer:
    # A real SIGINT, as the terminal sends on Ctrl-C (interrupt_main would not wake a blocked
    # wait).
    timer = threading.Timer(seconds, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()
    return timer


def test_an_interrupted_wait_cancels_the_items_it_enqueued_and_says_so(
    client: InvokeAIClient, paused_form: Any, mode: str, server_version: str
) -> None:
    if mode == "replay" and server_version.startswith("6."):
        # 6.x emits queue_items_canceled before it answers the cancel, so the event is recorded
        # with the exchanges before the cancel and replayed before the interruption comes.
        pytest.skip("replays out of order on 6.x; passes live and in record mode (recorded)")
    batch = paused_form.submit_sync(runs=3)
    timer = _ctrl_c_in(1.0)
    with pytest.raises(KeyboardInterrupt) as caught:
        paused_form.wait_for_completion_sync(timeout=60)
    timer.join()
    assert batch.canceled_on_interrupt == batch.item_ids
    notes = "\n".join(getattr(caught.value, "__notes__", []))
    assert f"canceled 3 of the 3 queue item(s) of batch {batch.batch_id}" in notes
    assert [client.queue_repo.get_job(i).status() for i in batch.item_ids] == ["canceled"] * 3


def test_an_interrupted_wait_can_leave_its_items_queued(
    client: InvokeAIClient, paused_form: Any
) -> None:
    batch = paused_form.submit_sync(runs=2)
    try:
        timer = _ctrl_c_in(1.0)
        with pytest.raises(KeyboardInterrupt):
            paused_form.wait_for_completion_sync(timeout=60, cancel_on_interrupt=False)
        timer.join()
        assert batch.canceled_on_interrupt is None
        assert [client.queue_repo.get_job(i).status() for i in batch.item_ids] == ["pending"] * 2
    finally:
        batch.cancel()


# ------------------------------------------------------------------------ 12: the command line
def test_a_global_option_after_the_command_says_it_goes_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from invokeai_py_client.cli import main

    code = main(["boards", "ls", "--url", "http://127.0.0.1:1"])
    err = capsys.readouterr().err
    assert code == 2
    assert "No such option '--url'" in err
    assert "--url is a global option: give it before the command" in err


def test_without_a_terminal_each_item_gets_one_line_with_its_final_status() -> None:
    import io

    from rich.console import Console

    from invokeai_py_client.cli._progress import QueueProgress

    stream = io.StringIO()
    with QueueProgress(Console(file=stream, width=100), [7, 8]) as progress:
        progress.finish(7, "completed")
        progress.finish(8, "failed")
        progress.finish(7, "completed")  # said once
    assert stream.getvalue().splitlines() == ["item 7: completed", "item 8: failed"]


def test_run_names_output_files_after_the_item_and_the_node() -> None:
    from invokeai_py_client.cli._run import output_file_name

    assert output_file_name(12, "save", "ab-cd.png") == "12-save-ab-cd.png"
    assert output_file_name(3, "../x/y", "n.png") == "3-_x_y-n.png"
