"""A workflow made in Python opens in the real web UI, the one the real server serves at its
root URL, in a real headless Chromium (Debian's ``chromium``, driven over the DevTools protocol):
loaded from a file as a user would, with no validation error or warning, its form's inputs shown,
the same nodes and edges in the workflow editor, and the web UI's own "Save to File" of it
turning back into the same graph. Screenshots go to the test's ``tmp_path`` (their paths are
printed). Live only (``make test-live``): a browser cannot be replayed from a cassette."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import pytest

from invokeai_py_client._core.workflows.convert import build_graph
from invokeai_py_client._core.workflows.node_schema import parse_node_schemas
from invokeai_py_client.nodes import Graph
from invokeai_py_client.workflow import WorkflowDefinition
from tests._browser import Page, find_chromium, open_page

# The web UI's own words (its locales/en.json) for the outcomes of loading a workflow.
LOADED = "Workflow Loaded"
NOT_CLEAN = ("Unable to Validate Workflow", "Workflow Loaded with Warnings", "Validation Error")

TOASTS = "[...document.querySelectorAll('[role=status], [role=alert]')].map(t => t.textContent)"
NODES = "[...document.querySelectorAll('.react-flow__node')].map(n => n.dataset.id)"
EDGES = "[...document.querySelectorAll('.react-flow__edge')].map(e => e.getAttribute('aria-label'))"


def _button(label: str) -> str:
    return f"document.querySelector('[aria-label=\"{label}\"]')"


def _with_text(selector: str, text: str) -> str:
    return f"[...document.querySelectorAll('{selector}')].find(e => e.textContent === '{text}')"


@pytest.fixture
def web_ui(mode: str, server_version: str, server_url: str) -> str:
    if mode == "replay":
        pytest.skip("a browser cannot be replayed from a cassette: run with make test-live")
    if not server_version.startswith("6."):
        pytest.skip(f"the test drives the 6.x web UI's controls; {server_version} has others")
    return server_url + "/"


@pytest.fixture
def chromium() -> str:
    binary = find_chromium()
    if binary is None:
        pytest.fail(
            "no chromium on PATH (or INVOKEAI_CHROMIUM): apt-get install chromium", pytrace=False
        )
    return binary


def _normal(graph: dict[str, Any]) -> tuple[Any, list[str]]:
    nodes = {
        key: {"is_intermediate": False, "use_cache": True, **node}
        for key, node in graph["nodes"].items()
    }
    return nodes, sorted(json.dumps(e, sort_keys=True) for e in graph["edges"])


def _made_in_python() -> tuple[Graph, dict[str, Any]]:
    from invokeai_py_client.nodes.stock import BlankImage, BlurImage, SaveImage

    blank = BlankImage(width=64, height=48, is_intermediate=True)
    blur = BlurImage(image=blank.out.image, radius=3.0)
    save = SaveImage(image=blur.out.image, use_cache=False)
    graph = Graph(save)
    workflow = graph.to_workflow(name="made in Python", inputs=[(blank, "width"), (blur, "radius")])
    return graph, workflow


async def _download(page: Page, folder: Path, menu_item: str) -> dict[str, Any]:
    """Clicks a menu item that downloads a file; the JSON it downloads."""
    folder.mkdir()
    await page.call("Page.setDownloadBehavior", behavior="allow", downloadPath=str(folder))
    await page.evaluate(f"{_with_text('[role=menuitem]', menu_item)}.click()")
    deadline = time.monotonic() + 30
    while not (done := list(folder.glob("*.json"))):
        assert time.monotonic() < deadline, f"{menu_item!r} downloaded nothing"
        await asyncio.sleep(0.2)
    loaded: dict[str, Any] = json.loads(done[0].read_text())
    return loaded


async def test_a_workflow_made_in_python_opens_in_the_real_web_ui(
    web_ui: str, chromium: str, server_openapi: dict[str, Any], tmp_path: Path
) -> None:
    started = time.monotonic()
    graph, workflow = _made_in_python()
    ids = [node["id"] for node in workflow["nodes"]]
    file = tmp_path / "made_in_python.json"
    file.write_text(json.dumps(workflow))
    async with open_page(chromium, web_ui) as page:
        await page.wait_for(_button("Workflows"), 120)
        await page.evaluate(f"{_button('Workflows')}.click()")
        await page.wait_for("document.querySelector('input[type=file][accept*=json]')", 30)
        await page.set_file("input[type=file][accept*=json]", file)
        # A fresh editor counts as unsaved: the web UI asks before replacing it.
        confirm = _with_text("[role=alertdialog] button", "Load")
        await page.wait_for(f"{confirm} || {TOASTS}.length", 30)
        if await page.evaluate(f"!!{confirm}"):
            await page.evaluate(f"{confirm}.click()")
        outcome = f"{TOASTS}.some(t => t.includes('{LOADED}') || t.includes('Unable'))"
        await page.wait_for(outcome, 30)
        toasts = await page.evaluate(TOASTS)
        assert LOADED in toasts, toasts
        assert not [t for t in toasts if any(bad in t for bad in NOT_CLEAN)], toasts
        # The popover of the release's news would cover the editor in the screenshots.
        await page.evaluate(
            "[...document.querySelectorAll('[aria-label=Close]')]"
            ".filter(b => b.closest('section')?.textContent.includes(\"What's New\"))"
            ".forEach(b => b.click())"
        )
        # A workflow with a form opens on its form: the chosen inputs, with their values.
        await page.wait_for(_button("Edit in Workflow Editor"), 30)
        form = await page.screenshot(tmp_path / "web-ui-form.png")
        text = await page.evaluate("document.body.innerText")
        assert "made in Python" in text and "Width" in text and "Radius" in text
        # The editor: the same nodes and edges.
        await page.evaluate(f"{_button('Edit in Workflow Editor')}.click()")
        await page.wait_for(f"{NODES}.length >= {len(ids)}", 30)
        assert sorted(await page.evaluate(NODES)) == sorted(ids)
        edges = [f"Edge from {e['source']} to {e['target']}" for e in workflow["edges"]]
        assert sorted(await page.evaluate(EDGES)) == sorted(edges)
        await asyncio.sleep(1.5)  # the editor fits its view to the nodes it was given
        editor = await page.screenshot(tmp_path / "web-ui-editor.png")
        # The web UI's own serialisation of what it loaded is the same graph.
        saved = await _download(page, tmp_path / "downloads", "Save to File")
    print(f"web UI screenshots: {form} {editor} ({time.monotonic() - started:.1f} s in Chromium)")
    types = [(n["id"], n["data"]["type"]) for n in workflow["nodes"]]
    assert [(n["id"], n["data"]["type"]) for n in saved["nodes"]] == types
    nodes = parse_node_schemas(server_openapi)
    definition = WorkflowDefinition.from_dict(saved)
    definition.check_node_types(nodes)
    assert _normal(build_graph(definition, [], nodes)) == _normal(graph.to_dict())
