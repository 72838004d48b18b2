"""The MCP server as an agent meets it: an MCP client of the official SDK starts
``invokeai-client mcp`` over stdio (with the test's recording replayed or recorded inside that
process, ``tests/_mcp_recorded.py``), lists its tools, describes and runs a GUI workflow with the
tiny SD-1 model and gets the image back; and its safety rules, offline."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from invokeai_py_client.testing._recording import cassette_path
from tests._recorded_process import SETTINGS_ENV, Settings

mcp = pytest.importorskip("mcp")
from mcp import Client, StdioServerParameters  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
WORKFLOW = "Text to Image - SD1.5"
READING = {
    "server_status",
    "list_boards",
    "list_images",
    "get_image",
    "list_workflows",
    "describe_workflow",
    "list_models",
    "queue_status",
}
CHANGING = {"run_workflow", "text_to_image", "cancel"}
WEBP_OR_PNG = {"image/webp", "image/png"}


def _text(result: Any) -> str:
    return "\n".join(c.text for c in result.content if c.type == "text")


def _json(result: Any) -> Any:
    assert not result.is_error, _text(result)
    return json.loads(result.content[0].text)


def _images(result: Any) -> list[Any]:
    return [c for c in result.content if c.type == "image"]


@pytest.mark.destructive  # runs diffusion, may install the tiny model
async def test_an_agent_lists_describes_runs_and_sees_the_image(
    request: pytest.FixtureRequest,
    mode: str,
    server_version: str,
    server_url: str,
    server_openapi: dict[str, Any],
    tiny_models: dict[str, Path],
    invokeai_cassettes_dir: Path,
    tmp_path: Path,
) -> None:
    openapi = tmp_path / "openapi.json"
    openapi.write_text(json.dumps(server_openapi))
    report = tmp_path / "mismatches.json"
    settings = Settings(
        mode=mode,
        cassette=str(cassette_path(request, invokeai_cassettes_dir, server_version)),
        version=server_version,
        url=server_url,
        openapi=str(openapi),
        report=str(report),
    )
    params = StdioServerParameters(
        command=sys.executable,
        args=["-m", "tests._mcp_recorded", "--url", server_url, "mcp"],
        env={SETTINGS_ENV: settings.to_json(), "INVOKEAI_TEST_TINY_SD1": str(tiny_models["sd1"])},
        cwd=REPO,
    )
    progress: list[tuple[float, float | None, str | None]] = []

    async def on_progress(value: float, total: float | None, message: str | None) -> None:
        progress.append((value, total, message))

    async with Client(params, read_timeout_seconds=600) as agent:
        tools = {tool.name for tool in (await agent.list_tools()).tools}
        assert tools == READING | CHANGING  # no upload folder, no delete: neither tool

        status = _json(await agent.call_tool("server_status", {}))
        assert status["reachable"] is True and status["version"] == server_version

        listed = _json(await agent.call_tool("list_workflows", {"category": "default"}))
        assert WORKFLOW in {w["name"] for w in listed}
        described = _json(await agent.call_tool("describe_workflow", {"workflow": WORKFLOW}))
        kinds = {i["kind"] for i in described["inputs"]}
        assert {"model", "string"} <= kinds
        assert any("choices" in i or "bounds" in i for i in described["inputs"])

        bad = await agent.call_tool("list_images", {"limit": 1000})
        assert bad.is_error and "InvalidInputError: limit must be 1 to 24, got 1000" in _text(bad)

        models = _json(await agent.call_tool("list_models", {"base": "sd-1"}))
        tiny = next(m for m in models if m["name"].startswith("tiny"))
        prompt = next(i for i in described["inputs"] if "positive" in i["label"].lower())
        nodes: dict[str, list[str]] = {}
        for node in described["nodes"]:
            nodes.setdefault(node["type"], []).append(node["id"])
        values: dict[str, Any] = {prompt["field"]: "a tiny red fox"}
        values[f"{nodes['main_model_loader'][0]}.model"] = tiny["name"]
        values |= {f"{nodes['noise'][0]}.width": 64, f"{nodes['noise'][0]}.height": 64}
        values |= {f"{nodes['denoise_latents'][0]}.steps": 3, f"{nodes['l2i'][0]}.fp32": True}
        ran = await agent.call_tool(
            "run_workflow",
            {"workflow": WORKFLOW, "values": values},
            progress_callback=on_progress,
        )
        outcome = _json(ran)
        assert [i["status"] for i in outcome["items"]] == ["completed"]
        (name,) = outcome["image_names"]
        (thumbnail,) = _images(ran)
        assert thumbnail.mime_type in WEBP_OR_PNG
        assert progress and progress[-1][0] == 1.0 and "1 completed" in str(progress[-1][2])

        full = await agent.call_tool("get_image", {"image_name": name, "full_size": True})
        (image,) = _images(full)
        assert image.mime_type == "image/png"

        made = await agent.call_tool(
            "text_to_image",
            {"prompt": "a tiny blue owl", "model": tiny["name"], "width": 64, "height": 64}
            | {"steps": 3},
            progress_callback=on_progress,
        )
        assert [i["status"] for i in _json(made)["items"]] == ["completed"]
        assert len(_images(made)) == 1

    if mode != "live":
        assert json.loads(report.read_text()) == []


# --------------------------------------------------------------------------- offline
def _unreachable() -> Any:
    raise AssertionError("listing tools must not build a client")


async def _tool_names(policy: Any) -> set[str]:
    from invokeai_py_client.mcp_server import build_server

    async with Client(build_server(_unreachable, policy)) as agent:
        return {tool.name for tool in (await agent.list_tools()).tools}


async def test_read_only_leaves_out_every_tool_that_changes_the_server() -> None:
    from invokeai_py_client.mcp_server import ServerPolicy

    assert await _tool_names(ServerPolicy(read_only=True, allow_delete=True)) == READING


async def test_deleting_and_uploading_are_tools_only_when_enabled(tmp_path: Path) -> None:
    from invokeai_py_client.mcp_server import ServerPolicy

    policy = ServerPolicy(allow_delete=True, upload_dirs=(tmp_path,))
    assert await _tool_names(policy) == READING | CHANGING | {"delete_image", "upload_image"}


async def test_bad_arguments_get_the_clients_typed_message_before_anything_is_sent() -> None:
    from invokeai_py_client.mcp_server import build_server

    async with Client(build_server(_unreachable)) as agent:
        refused = await agent.call_tool("cancel", {})
        wrong_type = await agent.call_tool("list_images", {"limit": "many"})
    assert refused.is_error
    assert "InvalidInputError: give item_id or batch_id (one of them)" in _text(refused)
    assert wrong_type.is_error and "limit" in _text(wrong_type)


def test_uploads_read_only_from_the_allowed_folders(tmp_path: Path) -> None:
    from invokeai_py_client.errors import InvalidInputError
    from invokeai_py_client.mcp_server import ServerPolicy

    allowed = tmp_path / "in"
    allowed.mkdir()
    (allowed / "a.png").write_bytes(b"x")
    (tmp_path / "secret.png").write_bytes(b"x")
    policy = ServerPolicy(upload_dirs=(allowed,))
    assert policy.upload_path(str(allowed / "a.png")) == (allowed / "a.png").resolve()
    with pytest.raises(InvalidInputError, match="outside the folders uploads may read"):
        policy.upload_path(str(allowed / ".." / "secret.png"))
