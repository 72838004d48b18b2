"""The original client's reference pages work as written: their examples run against each
recorded server line (blocks read from the pages at test time; see ``tests/_spec_blocks.py``
for which block is what), their declarations match our classes, and mypy --strict accepts
them."""

from __future__ import annotations

import ast
import asyncio
import dataclasses
import enum
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from invokeai_py_client import InvokeAIClient
from invokeai_py_client._core.quick import SDXL_TEXT_TO_IMAGE, load_prebuilt
from invokeai_py_client.errors import InvalidInputError
from invokeai_py_client.testing.plugin import Recording
from scripts.png import make_png
from tests._built_clients import route_built_clients
from tests._spec_blocks import (
    KINDS,
    PAGES,
    REASONS,
    SPEC_DIR,
    UNTYPED,
    Block,
    blocks,
    substitutions,
)

pytestmark = pytest.mark.skipif(
    not (SPEC_DIR / "index.md").exists(),
    reason=f"the original client's reference pages are not in {SPEC_DIR} (INVOKEAI_SPEC_DIR)",
)

# Relative placeholder files the pages open, created in the block's working directory.
FILES = (
    "reference.jpg",
    "secret.png",
    "image.png",
    "depth_map.png",
    "data/images/sample.png",
    "sample.png",
)
# The pages' workflow.json is the reader's GUI export of an SDXL text-to-image workflow whose
# form shows the prompt, then the steps (index.md and workflow.md set [0] to a prompt and [1] to
# 20 steps), with their model chosen: the package's SDXL workflow, so ordered, small (256 px,
# the tiny model), with the installed tiny SDXL model. The same file stands in under the other
# names the pages load; the page's FLUX example only loads its file (no FLUX model here).
SPEC_FORM = [
    ("positive", "prompt"),
    ("denoise", "steps"),
    ("negative", "prompt"),
    ("noise", "width"),
    ("noise", "height"),
    ("model", "model"),
    ("decode", "board"),
    ("denoise", "scheduler"),
]
SPEC_SIZE = 256
WORKFLOW_COPIES = (
    "workflow.json",
    "data/workflows/sdxl-text-to-image.json",
    "workflows/sdxl-txt2img.json",
    "workflows/flux-img2img.json",
)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SDXL_BOARD_INDEX, SDXL_MODEL_INDEX = 6, 5  # in _core/prebuilt-workflows/sdxl-text-to-image.json
CREATED_BOARDS = {"Project Renders", "Personal", "my_outputs", "assets", "My Project"} | {
    "quickcopy-assets"
}


def _workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for index, name in enumerate(FILES):
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(make_png(16 + index, 16, (40 * index, 120, 200)))
    shutil.copy(
        Path(__file__).resolve().parent.parent
        / "src/invokeai_py_client/_core/prebuilt-workflows"
        / SDXL_TEXT_TO_IMAGE,
        tmp_path / "workflow.json",
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def spec_env(
    make_client: Callable[..., InvokeAIClient],
    server_url: str,
    socket_target: str,
    cassette: Recording,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[InvokeAIClient, dict[str, str]]]:
    """A client for the page; clients the blocks build (``InvokeAIClient(host=...)``,
    ``from_url(...)``), as written, get the harness's Socket.IO target and recording taps; a
    working directory with the placeholder files; clean-up of the boards the pages create."""
    _workspace(tmp_path, monkeypatch)
    route_built_clients(monkeypatch, InvokeAIClient, socket_target, cassette)
    client = make_client()
    before = {b.board_id for b in client.board_repo.list_boards()}
    yield client, substitutions(server_url, {})
    for board in client.board_repo.list_boards():
        if board.board_id not in before and board.board_name in CREATED_BOARDS:
            client.board_repo.delete_board_result(board.board_id, delete_images=True)


def _run(block: Block, namespace: dict[str, Any], values: dict[str, str]) -> None:
    code = block.code
    for placeholder, actual in values.items():
        code = code.replace(placeholder, actual)
    try:
        if block.kind == "async":  # top-level await, as a notebook or python -m asyncio runs it
            flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
            pending = eval(compile(code, block.name, "exec", flags=flags), namespace)
            if pending is not None:
                asyncio.run(pending)
        else:
            exec(compile(code, block.name, "exec"), namespace)
    finally:
        # The pages build clients (InvokeAIClient(host=...)) without closing them; a block may
        # also rebind `client` (client-api.md's workflow example): the test closes every client
        # the page held (see _close_clients).
        for value in list(namespace.values()):
            if isinstance(value, InvokeAIClient) and value is not namespace["client"]:
                value.close()
        namespace.setdefault("__clients__", []).append(namespace["client"])


def _page_namespace(client: InvokeAIClient) -> dict[str, Any]:
    import invokeai_py_client.ivk_fields as ivk_fields
    import invokeai_py_client.models as models
    from invokeai_py_client.dnn_model import ModelInstallJobFailed
    from invokeai_py_client.workflow import WorkflowDefinition

    # asyncio: client-api.md's block 17 uses it and only its block 24 imports it.
    namespace: dict[str, Any] = {"__name__": "spec_page", "client": client, "asyncio": asyncio}
    namespace |= {name: getattr(ivk_fields, name) for name in ivk_fields.__all__}
    namespace |= {name: getattr(models, name) for name in models.__all__}
    namespace |= {
        "InvokeAIClient": InvokeAIClient,
        "WorkflowDefinition": WorkflowDefinition,
        "ModelInstallJobFailed": ModelInstallJobFailed,
    }
    return namespace


def _runnable(page: str) -> list[Block]:
    return [b for b in blocks(page) if b.kind in ("run", "offline", "async")]


def _close_clients(namespace: dict[str, Any], keep: InvokeAIClient) -> None:
    """Close the clients the page's blocks built (the pages never close them)."""
    for value in [*namespace.values(), *namespace.get("__clients__", [])]:
        if isinstance(value, InvokeAIClient) and value is not keep:
            value.close()


def _write_spec_workflows(
    client: InvokeAIClient, model_key: str, *, exported_elsewhere: bool = False
) -> None:
    """The pages' workflow files in the working directory (see ``SPEC_FORM``), and a broken
    ``complex-workflow.json`` for workflow.md's error-handling example. ``exported_elsewhere``:
    the model's key is another machine's (what ``sync_dnn_model`` is for)."""
    from tests._diffusion import identifier

    exported = load_prebuilt(SDXL_TEXT_TO_IMAGE).to_dict()
    exported["exposedFields"] = [{"nodeId": n, "fieldName": f} for n, f in SPEC_FORM]
    for node in exported["nodes"]:
        inputs = node["data"]["inputs"]
        for name, value in inputs.items():
            if name.endswith(("width", "height")):
                value["value"] = SPEC_SIZE
        if node["id"] == "model":
            model = identifier(client.dnn_model_repo.get_model(model_key))
            if exported_elsewhere:
                model |= {"key": "key-on-the-exporting-machine", "hash": "blake3:0"}
            inputs["model"]["value"] = model
    for name in WORKFLOW_COPIES:
        target = Path.cwd() / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(exported))
    (Path.cwd() / "complex-workflow.json").write_text('{"nodes": "not a list"}')


def _install_tiny_sdxl(client: InvokeAIClient, tiny_models: dict[str, Path]) -> str:
    handle = client.dnn_model_repo.install_model(str(tiny_models["sdxl"]), inplace=True)
    key = handle.wait_until(timeout=300).model_key
    assert key
    return key


# --------------------------------------------------------------------------- pages that run


# The page's block 4 writes and reads with open(...).write()/.read(), leaving the files to be
# closed by the garbage collector.
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_index_page(
    spec_env: tuple[InvokeAIClient, dict[str, str]], tiny_models: dict[str, Path], capsys: Any
) -> None:
    client, values = spec_env
    _write_spec_workflows(client, _install_tiny_sdxl(client, tiny_models))
    namespace = _page_namespace(client)
    for block in _runnable("index"):
        _run(block, namespace, values)
    try:
        out = capsys.readouterr().out
        assert "✅ InvokeAI server is reachable" in out
        assert re.search(r"Generated: \['[^']+\.png'\]", out)  # block 1: one image
        assert "Final status: completed" in out  # block 5, the async twin of the handle
        assert "queue_item_status_changed completed" in out  # block 6's stream ends with it
        assert namespace["result"].get("status") == "completed"
        assert [
            len(m["image_names"])
            for m in namespace["wf"].map_outputs_to_images(namespace["queue_item"])
        ] == [1]
        assert (Path.cwd() / namespace["img"].image_name).read_bytes().startswith(b"\x89PNG")
        moved = namespace["new_board"].list_images()
        assert namespace["image"].image_name in moved
    finally:
        _close_clients(namespace, keep=client)


def test_client_api_page(
    spec_env: tuple[InvokeAIClient, dict[str, str]],
    tiny_models: dict[str, Path],
    capsys: Any,
    invokeai_mode: str,
) -> None:
    client, values = spec_env
    namespace = _page_namespace(client)
    values = values | {"/mnt/extra/sdxl/main/my_model.safetensors": str(tiny_models["sdxl"])}
    if invokeai_mode == "replay":
        # The page's 10 s stands for "your async workflow operations"; in replay no exchange
        # happens during it and every event it could see is sent at once.
        values |= {"await asyncio.sleep(10)": "await asyncio.sleep(0.5)"}
    definition = load_prebuilt(SDXL_TEXT_TO_IMAGE)
    tiny = client.dnn_model_repo.get_model(_install_tiny_sdxl(client, tiny_models))
    _write_spec_workflows(client, tiny.key)
    for block in _runnable("client-api"):
        if block.index == 22:
            _run(block, namespace, values)
            made = namespace["wf"].map_outputs_to_images(namespace["queue_item"])
            assert [len(m["image_names"]) for m in made] == [1]
            continue
        if block.index == 25:  # its `wf` stands for a workflow whose model identifier came
            # from another machine (a key unknown here): sync_dnn_model must find it by name
            wf = client.workflow_repo.create_workflow(definition)
            wf.get_input_value(SDXL_MODEL_INDEX).value = {
                "key": "key-on-another-machine",
                "hash": "",
                "name": tiny.name,
                "base": "sdxl",
                "type": "main",
            }
            namespace["wf"] = wf
        _run(block, namespace, values)
        if block.index == 17:  # the page defines monitor_workflow(); run it as documented
            asyncio.run(namespace["monitor_workflow"]())
    _close_clients(namespace, keep=client)
    out = capsys.readouterr().out
    assert "InvokeAI reachable" in out and "installed " in out
    assert "'version':" in out  # _make_request("GET", "/app/version").json()
    assert "Total models:" in out
    model = namespace["wf"].get_input_value(SDXL_MODEL_INDEX)
    assert model.key == tiny.key  # sync_dnn_model matched the installed model by name


def test_boards_page(spec_env: tuple[InvokeAIClient, dict[str, str]], capsys: Any) -> None:
    client, values = spec_env
    namespace = _page_namespace(client)
    for block in _runnable("boards"):
        _run(block, namespace, values)
    _close_clients(namespace, keep=client)
    out = capsys.readouterr().out
    assert "Created board: Project Renders" in out
    assert "Found board my_outputs" in out
    assert namespace["success"] is False  # "old-project" does not exist: False, no raise
    assert out.count("Deleted? False") == 2  # example names of images that do not exist
    assert namespace["uncategorized"].board_id == "none"
    assert isinstance(namespace["uncat_board"].image_count, int)
    assert namespace["names"] and Path(namespace["names"][0]).exists()


def test_models_page(
    spec_env: tuple[InvokeAIClient, dict[str, str]], tiny_models: dict[str, Path]
) -> None:
    from invokeai_py_client.models import ImageCategory, IvkJob, JobStatus

    client, values = spec_env
    _install_tiny_sdxl(client, tiny_models)
    namespace = _page_namespace(client)
    namespace["job"] = IvkJob(id="1", status=JobStatus.COMPLETED)
    namespace["board_handle"] = client.board_repo.get_uncategorized_handle()
    for block in _runnable("models"):
        _run(block, namespace, values)
    _close_clients(namespace, keep=client)
    assert namespace["ref_img"].image_category is ImageCategory.USER
    assert namespace["depth_img"].image_category is ImageCategory.CONTROL
    assert [m.name for m in namespace["sdxl_models"]] and all(
        m.base == "sdxl" for m in namespace["sdxl_models"]
    )
    assert namespace["data"]["metadata"] == {"prompt": "A beautiful landscape"}


# install_model(path) without inplace moves (6.x) or copies the model into the server's models
# folder: that block gets a copy of the tiny model, never the shared cache (a fixed path, which
# is what the cassettes hold).
MOVABLE_COPY = Path("/tmp/invokeai-py-client-tests/spec-pages/tiny-sdxl-copy")


@pytest.mark.destructive
def test_dnn_model_repo_page(
    spec_env: tuple[InvokeAIClient, dict[str, str]],
    tiny_models: dict[str, Path],
    mode: str,
    capsys: Any,
) -> None:
    client, values = spec_env
    folder = tiny_models["sdxl"].parent
    if mode != "replay":
        shutil.rmtree(MOVABLE_COPY, ignore_errors=True)
        shutil.copytree(tiny_models["sdxl"], MOVABLE_COPY)
    values = values | {
        "/mnt/extra/sdxl/main/my_model.safetensors": str(tiny_models["sdxl"]),
        "/mnt/models/file.safetensors": str(MOVABLE_COPY),
        '"/mnt/extra"': f'"{folder}"',
    }
    namespace = _page_namespace(client)
    for block in _runnable("dnn_model_repo"):
        _run(block, namespace, values)
    _close_clients(namespace, keep=client)
    out = capsys.readouterr().out
    assert namespace["m"] is None  # get_model_by_key("abc-123"): None, as documented
    keys = {m.key for m in client.dnn_model_repo.list_models()}
    assert namespace["info"].model_key in keys
    assert out.count("installed ") >= 3 and "failed" not in out
    assert {Path(e.path).name for e in namespace["entries"]} >= {"tiny-sdxl", "tiny-sd1"}


def test_fields_page(spec_env: tuple[InvokeAIClient, dict[str, str]]) -> None:
    client, values = spec_env
    namespace = _page_namespace(client)
    wf = client.workflow_repo.create_workflow(load_prebuilt(SDXL_TEXT_TO_IMAGE))
    namespace |= {"wf": wf, "BOARD_INDEX": SDXL_BOARD_INDEX, "MODEL_INDEX": SDXL_MODEL_INDEX}
    for block in _runnable("fields"):
        _run(block, namespace, values)
    _close_clients(namespace, keep=client)
    assert wf.get_input_value(0).value == "A futuristic city at night"
    assert wf.get_input_value(7).value == "euler_a"  # the scheduler, alias normalised
    assert wf.get_input_value(SDXL_BOARD_INDEX).value == "none"
    model = wf.get_input_value(SDXL_MODEL_INDEX)
    # Setting the name chose another model by name: not silently ignored, not sent as is.
    assert model.name == "SDXL Base 1.0" and model.key == ""
    with pytest.raises(InvalidInputError, match="chosen by name only"):
        wf.build_batch()


@pytest.mark.destructive
def test_quick_page(
    spec_env: tuple[InvokeAIClient, dict[str, str]],
    tiny_models: dict[str, Path],
    capsys: Any,
) -> None:
    client, values = spec_env
    _install_tiny_sdxl(client, tiny_models)
    source = client.board_repo.get_uncategorized_handle().upload_image("image.png")
    values = values | {'"some_image.png"': f'"{source.image_name}"'}
    namespace = _page_namespace(client)
    for block in _runnable("quick"):
        _run(block, namespace, values)
    _close_clients(namespace, keep=client)
    out = capsys.readouterr().out
    copied, image = namespace["copied"], namespace["img"]
    assert copied is not None and copied.image_name != source.image_name
    assert copied.board_id == namespace["dest"].board_id
    assert image is not None and (image.width, image.height) == (1024, 1024)
    assert f"Generated: {image.image_name} on board: none" in out


def _spec_workflow_env(
    spec_env: tuple[InvokeAIClient, dict[str, str]],
    tiny_models: dict[str, Path],
    *,
    exported_elsewhere: bool = False,
) -> tuple[InvokeAIClient, dict[str, str], dict[str, Any], Any]:
    client, values = spec_env
    tiny = client.dnn_model_repo.get_model(_install_tiny_sdxl(client, tiny_models))
    _write_spec_workflows(client, tiny.key, exported_elsewhere=exported_elsewhere)
    namespace = _page_namespace(client)
    definition = namespace["WorkflowDefinition"].from_file("workflow.json")
    namespace["wf"] = client.workflow_repo.create_workflow(definition)
    # workflow.md[5] names the model "SDXL Base 1.0", which is the reader's model: here the
    # tiny one's name (sync_dnn_model then finds it by that name).
    return client, values | {'"SDXL Base 1.0"': f'"{tiny.name}"'}, namespace, tiny


def test_workflow_page(
    spec_env: tuple[InvokeAIClient, dict[str, str]], tiny_models: dict[str, Path], capsys: Any
) -> None:
    # The page's workflow comes from another machine: its sync_dnn_model example resolves it.
    client, values, namespace, tiny = _spec_workflow_env(
        spec_env, tiny_models, exported_elsewhere=True
    )
    for block in _runnable("workflow"):
        _run(block, namespace, values)
    _close_clients(namespace, keep=client)
    out = capsys.readouterr().out
    assert "Invalid workflow:" in out  # the broken complex-workflow.json, as a ValueError
    assert "Node: Decode (decode)" in out and "Required: True" in out  # node_name, required
    assert f"Updated model: {tiny.name} -> {tiny.name}" in out  # chosen by name, then synced
    assert re.search(r"Submitted batch: \S+", out) and re.search(r"Queue items: \[\d+\]", out)
    assert out.count("Final status: completed") == 1
    assert re.search(r"Status: completed \(\d+%\)", out)  # progress_callback, dict-style
    assert namespace["data"][:8] == PNG_SIGNATURE  # downloaded from the mapped board
    wf = namespace["wf"]
    assert wf.get_input_value(5).key == tiny.key  # block 15's sync_dnn_model resolved it too
    for mapping in wf.map_outputs_to_images(namespace["queue_item"]):
        assert (mapping["node_id"], mapping["input_index"], mapping["tier"]) == (
            "decode",
            6,
            "output",
        )
        image = client.board_repo.get_uncategorized_handle().get_image(mapping["image_names"][0])
        assert (image.width, image.height) == (SPEC_SIZE, SPEC_SIZE)


# The page's block 12 writes and reads with open(...).write()/.read(), as index.md does.
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_utilities_page(
    spec_env: tuple[InvokeAIClient, dict[str, str]], tiny_models: dict[str, Path], capsys: Any
) -> None:
    client, values, namespace, _ = _spec_workflow_env(spec_env, tiny_models)
    namespace["wf"].get_input_value(0).value = "A beautiful landscape"
    for block in _runnable("utilities"):
        _run(block, namespace, values)
    _close_clients(namespace, keep=client)
    out = capsys.readouterr().out
    assert "* [05] Model (IvkModelIdentifierField)" in out  # preview: the required model
    assert "[00] Positive prompt (IvkStringField) -> A beautiful landscape" in out
    assert "Unchanged inputs: 8" in out and "Moved inputs: 0" in out
    assert "Status: completed" in out  # the polling example's progress_callback
    assert re.search(r"Progress: \d+%", out)  # on_invocation_progress of this session only
    assert re.search(r"Batch: \S+", out) and "Done: queue_item_status_changed" in out
    assert re.search(r"Progress: [01]\.\d+", out)  # the monitor's events, as dicts
    assert "idx=06 node=decode" in out  # the output mapped to its board input
    assert "6 Decode board" in out  # list_outputs: input_index, node_name, field_name
    assert namespace["completed"].get("status") == "completed"
    assert namespace["wf"].session_id is not None  # learned from the run's events
    assert Path(namespace["img"].image_name).read_bytes() == namespace["data"]
    assert namespace["errors"] == {}


# --------------------------------------------------------------------------- declarations


def test_every_block_is_classified_and_unrunnable_ones_say_why() -> None:
    for page in PAGES:
        found = blocks(page)
        assert max(KINDS[page]) < len(found), f"{page}.md has fewer blocks than listed"
        for block in found:
            if block.kind == "cannot_run":
                assert REASONS.get((page, block.index)), block.name
            if block.kind == "declaration":
                assert re.search(r"^\s*(@|def |class |async def |from )", block.code, re.M), (
                    f"{block.name} is listed as a declaration but looks like an example"
                )


def _outline(code: str) -> ast.Module:
    """A declaration block as Python: a header with no body (a bare signature) gets ``...``."""
    lines = [line.rstrip() for line in code.replace("(BaseModel)", "").splitlines()]

    def indent(line: str) -> int:
        return len(line) - len(line.lstrip())

    for i, line in enumerate(lines):
        if not line.endswith(":") or line.lstrip().startswith("#"):
            continue
        following = [later for later in lines[i + 1 :] if later.strip()]
        if not following or indent(following[0]) <= indent(lines[_header_start(lines, i)]):
            lines[i] = line + " ..."
    return ast.parse("\n".join(lines))


def _header_start(lines: list[str], end: int) -> int:
    """The first line of the (possibly multi-line) header that ends at ``end``."""
    depth = 0
    for i in range(end, -1, -1):
        depth += lines[i].count(")") - lines[i].count("(")
        if depth <= 0:
            return i
    return end


OWNERS: dict[str, list[str]] = {
    "boards": ["invokeai_py_client.board:BoardRepository", "invokeai_py_client.board:BoardHandle"],
    "client-api": ["invokeai_py_client:InvokeAIClient"],
    "fields": ["invokeai_py_client.ivk_fields:IvkField"],
}


def _members(page: str) -> dict[str, Any]:
    import importlib

    found: dict[str, Any] = {}
    for owner in OWNERS.get(page, []):
        module, name = owner.split(":")
        cls = getattr(importlib.import_module(module), name)
        for attr in dir(cls):
            found.setdefault(attr, getattr(cls, attr))
    return found


@pytest.mark.parametrize("page", ["boards", "client-api", "fields"])
def test_declared_methods_exist_with_the_documented_parameters(page: str) -> None:
    import inspect

    members = _members(page)
    checked = 0
    for block in blocks(page):
        if block.kind != "declaration" or block.code.lstrip().startswith("class "):
            continue
        for node in ast.walk(_outline(block.code)):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            if node.name.startswith("__") and node.name != "__init__":
                assert node.name in members, f"{block.name}: {node.name}"
                continue
            assert node.name in members, f"{block.name}: no {node.name}"
            member = members[node.name]
            target = member.fget if isinstance(member, property) else member
            ours = inspect.signature(target).parameters
            documented = [a.arg for a in node.args.args + node.args.kwonlyargs]
            missing = [p for p in documented if p not in ours and p not in ("self", "cls")]
            assert not missing, f"{block.name}: {node.name} lacks {missing}"
            checked += 1
    assert checked


def test_board_handle_outline_matches() -> None:
    import inspect

    from invokeai_py_client.board import BoardHandle

    [outline] = [b for b in blocks("boards") if b.code.startswith("class BoardHandle")]
    for node in ast.walk(_outline(outline.code)):
        if isinstance(node, ast.FunctionDef):
            assert hasattr(BoardHandle, node.name), node.name
            member = getattr(BoardHandle, node.name)
            if isinstance(member, property):
                continue
            ours = list(inspect.signature(member).parameters)[1:]
            documented = [a.arg for a in node.args.args][1:]
            assert ours[: len(documented)] == documented, node.name


def test_model_and_enum_outlines_match() -> None:
    import invokeai_py_client.dnn_model as dnn_model
    import invokeai_py_client.ivk_fields as ivk_fields
    import invokeai_py_client.models as models

    ours = {**vars(models), **vars(dnn_model), **vars(ivk_fields)}
    checked = []
    for page in ("models", "fields", "boards"):
        for block in blocks(page):
            if block.kind != "declaration" or "class " not in block.code:
                continue
            try:
                tree = _outline(re.sub(r"#.*", "", block.code))
            except SyntaxError:
                continue  # outlines with "..." bases: compared attribute by attribute below
            for node in tree.body:
                if not isinstance(node, ast.ClassDef) or node.name not in ours:
                    continue
                cls = ours[node.name]
                fields = [
                    s.target.id
                    for s in node.body
                    if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
                ]
                members = [
                    s.targets[0].id
                    for s in node.body
                    if isinstance(s, ast.Assign) and isinstance(s.targets[0], ast.Name)
                ]
                if isinstance(cls, type) and issubclass(cls, enum.Enum):
                    source = "\n".join(line.split("#")[0] for line in block.code.splitlines())
                    for name in members:
                        value = re.search(rf"{name}\s*=\s*\"([^\"]+)\"", source)
                        assert value and cls[name].value == value.group(1), (node.name, name)
                elif dataclasses.is_dataclass(cls):
                    names = {f.name for f in dataclasses.fields(cls)}
                    assert set(fields) <= names, (node.name, set(fields) - names)
                else:
                    instance = cls()
                    for name in fields:
                        assert hasattr(instance, name), (node.name, name)
                for item in node.body:
                    if isinstance(item, ast.FunctionDef):
                        assert hasattr(cls, item.name), (node.name, item.name)
                checked.append(node.name)
    assert {"JobStatus", "ImageCategory", "IvkImage", "IvkJob", "DnnModel"} <= set(checked)


def test_field_outlines_have_their_attributes() -> None:
    import invokeai_py_client.ivk_fields as ivk_fields

    text = "\n".join(b.code for b in blocks("fields") if b.kind == "declaration")
    for match in re.finditer(r"class (Ivk\w+)\(.*?\n((?:    .*\n?)*)", text):
        cls = getattr(ivk_fields, match.group(1))
        instance = cls()
        for attr in re.findall(r"^    (\w+): ", match.group(2), re.M):
            assert hasattr(instance, attr), (match.group(1), attr)
        for method in re.findall(r"def (\w+)\(", match.group(2)):
            assert hasattr(cls, method), (match.group(1), method)


# --------------------------------------------------------------------------- types


def _typed_module(tmp_path: Path) -> Path:
    preamble = [
        "from __future__ import annotations",
        "import asyncio",
        "from typing import Any",
        "from invokeai_py_client import InvokeAIClient",
        "from invokeai_py_client.board import BoardHandle",
        "from invokeai_py_client.dnn_model import BaseDnnModelType, DnnModelType",
        "from invokeai_py_client.dnn_model import ModelInstallJobFailed",
        "from invokeai_py_client.ivk_fields import *",
        "from invokeai_py_client.models import *",
        "from invokeai_py_client.workflow import WorkflowDefinition, WorkflowHandle",
        "from invokeai_api.models import SessionQueueItem",
        "",
    ]
    functions = []
    for page in PAGES:
        for block in blocks(page):
            if block.kind == "declaration" or (page, block.index) in UNTYPED:
                continue
            body = "\n".join("    " + line for line in block.code.splitlines())
            define = "async def" if block.kind == "async" else "def"
            functions.append(
                f"{define} {page.replace('-', '_')}_{block.index}(\n"
                "    client: InvokeAIClient, wf: WorkflowHandle, job: IvkJob,\n"
                "    board_handle: BoardHandle, BOARD_INDEX: int, MODEL_INDEX: int,\n"
                "    queue_item: SessionQueueItem,\n"
                ") -> None:\n"
                "    repo = client.dnn_model_repo\n"
                "    qc = QuickClient(client)\n"
                f"{body}\n    return None\n"
            )
    source = "\n".join(preamble) + "from invokeai_py_client.quick import QuickClient\n\n"
    path = tmp_path / "spec_blocks_typed.py"
    path.write_text(source + "\n\n".join(functions))
    return path


def _mypy_strict(path: Path) -> subprocess.CompletedProcess[str]:
    # The pages' own functions (async def run(): ..., @sio.on handlers) have no annotations:
    # everything else is --strict.
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--allow-untyped-defs",
        "--allow-untyped-decorators",
        "--allow-untyped-calls",
        "--allow-redefinition",
        "--disable-error-code=no-redef",
        "--no-incremental",
        "--config-file=",
        path.name,
    ]
    return subprocess.run(command, cwd=path.parent, capture_output=True, text=True, check=False)


def test_the_blocks_type_check_with_mypy_strict(tmp_path: Path) -> None:
    proc = _mypy_strict(_typed_module(tmp_path))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Success: no issues found in 1 source file" in proc.stdout


def test_typed_blocks_are_checked_not_skipped(tmp_path: Path) -> None:
    # The check has teeth: a wrong member in a block is an error.
    path = _typed_module(tmp_path)
    path.write_text(
        path.read_text() + "\n\ndef typo(c: InvokeAIClient) -> None:\n"
        "    c.board_repo.get_uncategorized_handle().board_nam\n"
    )
    proc = _mypy_strict(path)
    assert proc.returncode == 1 and "board_nam" in proc.stdout, proc.stdout
