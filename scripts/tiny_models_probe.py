"""Install the tiny models on a running server and run text-to-image with each; print figures.

    python scripts/tiny_models_probe.py --url http://127.0.0.1:PORT [--kind sd1] [--kind sdxl]

Uses the raw REST API and Socket.IO (not the client under test), so that it shows what the
server does: how it probes the models, how long installing and generating take, and which events
arrive. Only for a server you started yourself: it installs models on it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import aiohttp
import socketio

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

from scripts import tiny_models  # noqa: E402

INSTALL_TIMEOUT_S = 180.0
RUN_TIMEOUT_S = 300.0
FINAL_QUEUE_STATES = {"completed", "failed", "canceled"}
# 4.x names the denoising progress event differently (renamed in 5.0).
PROGRESS_EVENTS = {"invocation_progress", "invocation_denoise_progress"}


class Events:
    """Every Socket.IO event, with its arrival time, for counting and waiting."""

    def __init__(self) -> None:
        self.log: list[tuple[float, str, Any]] = []
        self.changed = asyncio.Event()

    def record(self, name: str, payload: Any) -> None:
        self.log.append((time.monotonic(), name, payload))
        self.changed.set()

    def since(self, start: int) -> list[tuple[float, str, Any]]:
        return self.log[start:]


async def _json(response: aiohttp.ClientResponse) -> Any:
    if response.status >= 400:
        raise RuntimeError(
            f"{response.method} {response.url} -> {response.status}: {await response.text()}"
        )
    return await response.json()


async def install(
    http: aiohttp.ClientSession, url: str, path: Path
) -> tuple[dict[str, Any], float]:
    started = time.monotonic()
    async with http.post(
        f"{url}/api/v2/models/install",
        params={"source": str(path), "inplace": "true"},
        json={},
    ) as response:
        job = await _json(response)
    while job["status"] not in {"completed", "error", "cancelled"}:
        if time.monotonic() - started > INSTALL_TIMEOUT_S:
            raise RuntimeError(
                f"install of {path} still {job['status']} after {INSTALL_TIMEOUT_S}s"
            )
        await asyncio.sleep(0.25)
        async with http.get(f"{url}/api/v2/models/install/{job['id']}") as response:
            job = await _json(response)
    if job["status"] != "completed":
        raise RuntimeError(f"install of {path} ended {job['status']}: {job.get('error')}")
    config: dict[str, Any] = job["config_out"]
    return config, time.monotonic() - started


async def run_graph(
    http: aiohttp.ClientSession, url: str, events: Events, payload: dict[str, Any]
) -> dict[str, Any]:
    first_event = len(events.log)
    started = time.monotonic()
    async with http.post(f"{url}/api/v1/queue/default/enqueue_batch", json=payload) as response:
        enqueued = await _json(response)
    batch_id = enqueued["batch"]["batch_id"]
    status, item_id = "pending", None
    while status not in FINAL_QUEUE_STATES:
        if time.monotonic() - started > RUN_TIMEOUT_S:
            raise RuntimeError(f"the graph is still {status} after {RUN_TIMEOUT_S}s")
        events.changed.clear()
        # Enqueue answers carry item ids only since 6.7; the status events always do.
        for _, name, data in events.since(first_event):
            if name == "queue_item_status_changed" and data.get("batch_id") == batch_id:
                status, item_id = data.get("status", status), data.get("item_id", item_id)
        if status in FINAL_QUEUE_STATES:
            break
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(events.changed.wait(), timeout=1.0)
    elapsed = time.monotonic() - started
    async with http.get(f"{url}/api/v1/queue/default/i/{item_id}") as response:
        item = await _json(response)
    received = events.since(first_event)
    counts = Counter(name for _, name, _ in received)
    progress = [d for _, n, d in received if n in PROGRESS_EVENTS and _is_step(d)]
    images = []
    for result in (item.get("session") or {}).get("results", {}).values():
        if isinstance(result, dict) and isinstance(result.get("image"), dict):
            name = result["image"]["image_name"]
            async with http.get(f"{url}/api/v1/images/i/{name}") as response:
                dto = await _json(response)
            images.append(
                f"{name} {dto['width']}x{dto['height']} intermediate={dto['is_intermediate']}"
            )
    return {
        "status": item.get("status"),
        "error": item.get("error_message") or item.get("error"),
        "seconds": round(elapsed, 2),
        "events": dict(sorted(counts.items())),
        "denoise_steps": len(progress),
        "denoise_progress_first_last": [_short(d) for d in progress[:1] + progress[-1:]],
        "images": images,
    }


def workflow_to_graph(workflow: dict[str, Any]) -> dict[str, Any]:
    """A workflow's graph as the web UI's workflow editor builds it (docs/workflow-outputs.md).

    A board field left on "auto" or "none" is dropped: a script has no auto-add board.
    """
    nodes: dict[str, Any] = {}
    for node in workflow["nodes"]:
        data = node.get("data", {})
        if node.get("type") != "invocation":
            continue
        graph_node: dict[str, Any] = {"id": data["id"], "type": data["type"]}
        for name, field in data.get("inputs", {}).items():
            value = field.get("value")
            if name == "board" and value in (None, "auto", "none"):
                continue
            if value is not None:
                graph_node[name] = value
        graph_node["use_cache"] = data.get("useCache", True)
        graph_node["is_intermediate"] = data.get("isIntermediate", True)
        nodes[data["id"]] = graph_node
    edges = []
    for edge in workflow["edges"]:
        if edge.get("type") != "default":
            continue
        edges.append(
            {
                "source": {"node_id": edge["source"], "field": edge["sourceHandle"]},
                "destination": {"node_id": edge["target"], "field": edge["targetHandle"]},
            }
        )
        nodes[edge["target"]].pop(edge["targetHandle"], None)
    return {"id": "workflow", "nodes": nodes, "edges": edges}


SDXL_WORKFLOW = "Text to Image - SDXL"


async def find_default_workflow(http: aiohttp.ClientSession, url: str, name: str) -> str:
    """The id of the library's default workflow called ``name`` (ids differ between lines)."""
    # 4.x filters with `category`, 5.x and later with `categories`; each ignores the other.
    params = {"category": "default", "categories": "default", "per_page": "200"}
    async with http.get(f"{url}/api/v1/workflows/", params=params) as response:
        listing = await _json(response)
    for item in listing["items"]:
        if item["name"] == name:
            workflow_id: str = item["workflow_id"]
            return workflow_id
    raise RuntimeError(f"no default workflow named {name!r}")


async def run_default_sdxl_workflow(
    http: aiohttp.ClientSession,
    url: str,
    events: Events,
    main: dict[str, Any],
    vae: dict[str, Any],
    fp32_decode: bool = False,
) -> dict[str, Any]:
    """The library's "Text to Image - SDXL", shrunk to 64x64 and 3 steps, with the tiny model."""
    workflow_id = await find_default_workflow(http, url, SDXL_WORKFLOW)
    async with http.get(f"{url}/api/v1/workflows/i/{workflow_id}") as response:
        record = await _json(response)
    workflow = record["workflow"]
    graph = workflow_to_graph(workflow)
    for node in graph["nodes"].values():
        kind = node["type"]
        if kind == "sdxl_model_loader":
            node["model"] = _identifier(main)
        elif kind == "vae_loader":
            node["vae_model"] = vae
        elif kind == "noise":
            node.update(width=64, height=64)
        elif kind == "sdxl_compel_prompt":
            node.update(original_width=64, original_height=64, target_width=64, target_height=64)
        elif kind == "denoise_latents":
            node["steps"] = 3
        elif kind == "l2i" and fp32_decode:
            node["fp32"] = True
    payload = {"batch": {"graph": graph, "workflow": workflow, "runs": 1}, "prepend": False}
    result = await run_graph(http, url, events, payload)
    result["workflow_id"] = workflow_id
    return result


def _identifier(config: dict[str, Any], submodel: str | None = None) -> dict[str, Any]:
    identifier = {k: config[k] for k in ("key", "hash", "name", "base", "type")}
    if submodel:
        identifier["submodel_type"] = submodel
    return identifier


def _is_step(payload: Any) -> bool:
    """A denoising step (not a "Loading model" / "Saving image" message)."""
    if not isinstance(payload, dict):
        return False
    return payload.get("percentage") is not None or "step" in payload


def _short(payload: Any) -> Any:
    if not isinstance(payload, dict):
        return payload
    keep = ("invocation_source_id", "message", "percentage", "step", "total_steps", "order")
    shown: dict[str, Any] = {k: payload[k] for k in keep if k in payload}
    for key in ("image", "progress_image"):
        image = payload.get(key)
        if isinstance(image, dict):
            shown[key] = f"{image.get('width')}x{image.get('height')} dataURL"
    return shown


async def probe(url: str, kinds: list[str], with_workflow: bool) -> dict[str, Any]:
    events = Events()
    sio = socketio.AsyncClient()
    sio.on("*", lambda name, data: events.record(name, data))
    await sio.connect(url, socketio_path="/ws/socket.io", transports=["websocket"])
    await sio.emit("subscribe_queue", {"queue_id": "default"})
    report: dict[str, Any] = {}
    try:
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{url}/api/v1/app/version") as response:
                report["server"] = (await _json(response))["version"]
            paths = tiny_models.ensure_linked(kinds)  # the paths the tests send
            for kind in kinds:
                config, install_s = await install(http, url, paths[kind])
                entry: dict[str, Any] = {
                    "path": str(paths[kind]),
                    "install_seconds": round(install_s, 2),
                    "probed": {
                        k: config.get(k)
                        for k in (
                            "type",
                            "base",
                            "format",
                            "variant",
                            "prediction_type",
                            "name",
                            "key",
                        )
                    },
                }
                payload = tiny_models.t2i_payload(kind, config)
                entry["first_run"] = await run_graph(http, url, events, payload)
                entry["second_run"] = await run_graph(http, url, events, payload)
                report[kind] = entry
                if kind == "sdxl" and with_workflow:
                    own_vae = _identifier(config, "vae")
                    result = await run_default_sdxl_workflow(http, url, events, config, own_vae)
                    report["sdxl_default_workflow_main_vae"] = result
                    if result["status"] != "completed":
                        # 4.x decodes in half precision on CPU unless told fp32, and fails
                        report[
                            "sdxl_default_workflow_main_vae_fp32"
                        ] = await run_default_sdxl_workflow(
                            http, url, events, config, own_vae, fp32_decode=True
                        )
                    vae_config, _ = await install(http, url, paths[kind] / "vae")
                    report["sdxl_vae_folder_probed"] = {
                        k: vae_config.get(k) for k in ("type", "base", "format", "name")
                    }
                    report["sdxl_default_workflow_vae_model"] = await run_default_sdxl_workflow(
                        http, url, events, config, _identifier(vae_config)
                    )
    finally:
        await sio.disconnect()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--url", required=True)
    parser.add_argument("--kind", action="append", choices=tiny_models.KINDS)
    parser.add_argument(
        "--default-workflow",
        action="store_true",
        help="also run the library's 'Text to Image - SDXL' with the tiny SDXL model",
    )
    args = parser.parse_args(argv)
    if not args.url.startswith(("http://127.0.0.1", "http://localhost")):
        parser.error("only a loopback server started by you may be probed")
    kinds = list(args.kind or tiny_models.KINDS)
    report = asyncio.run(probe(args.url.rstrip("/"), kinds, args.default_workflow))
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
