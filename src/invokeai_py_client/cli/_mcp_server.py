"""The MCP server of ``invokeai-client mcp`` (public as ``invokeai_py_client.mcp_server``): its
tools, each a thin typed wrapper over the blocking client run in a worker thread (the client's
waits block), with the client's errors turned into MCP tool errors at one boundary."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

import anyio
import anyio.from_thread
import anyio.to_thread
from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import ImageContent, TextContent, ToolAnnotations

from .._core.errors import InvalidInputError, InvokeAIError
from .._core.progress import ItemsProgress
from .._core.results import output_image_names
from .._core.workflows.describe import describe_inputs, plain
from .._sync.client import InvokeAIClient
from .._sync.workflow_handle import WorkflowHandle
from ..notebook._display import _sniff
from ._values import apply_sets, batch_values
from ._workflows import library_definition

T = TypeVar("T")
Content = TextContent | ImageContent
ClientFactory = Callable[[], InvokeAIClient]

MAX_IMAGES = 24
RUN_TIMEOUT_S = 600.0
# The server's own text-to-image workflows, by the model's base.
TEXT_TO_IMAGE = {"sd-1": "Text to Image - SD1.5", "sdxl": "Text to Image - SDXL"}

READ = ToolAnnotations(read_only_hint=True, open_world_hint=False)
WRITE = ToolAnnotations(read_only_hint=False, destructive_hint=False, open_world_hint=False)
DELETE = ToolAnnotations(read_only_hint=False, destructive_hint=True, open_world_hint=False)


@dataclass(frozen=True)
class ServerPolicy:
    """What the agent may do.

    Attributes:
        read_only: leave out every tool that changes the server (runs, cancels, uploads).
        allow_delete: add the tools that delete (images); off by default.
        upload_dirs: the folders uploads may read from (none: no upload tool).
    """

    read_only: bool = False
    allow_delete: bool = False
    upload_dirs: tuple[Path, ...] = field(default_factory=tuple)

    def upload_path(self, path: str) -> Path:
        """``path`` resolved, if it lies in an allow-listed folder (InvalidInputError if not)."""
        resolved = Path(path).expanduser().resolve()
        for folder in self.upload_dirs:
            if resolved.is_relative_to(folder.resolve()):
                if not resolved.is_file():
                    raise InvalidInputError(f"no such file: {resolved}")
                return resolved
        allowed = ", ".join(str(d) for d in self.upload_dirs) or "none"
        raise InvalidInputError(f"{resolved} is outside the folders uploads may read ({allowed})")


def _text(value: Any) -> TextContent:
    text = value if isinstance(value, str) else json.dumps(plain(value), indent=1)
    return TextContent(type="text", text=text)


def _image(data: bytes, name: str) -> list[Content]:
    import base64

    return [
        TextContent(type="text", text=f"image {name}"),
        ImageContent(type="image", data=base64.b64encode(data).decode(), mime_type=_sniff(data)),
    ]


@contextmanager
def _translated() -> Iterator[None]:
    """The client's typed errors as MCP tool errors (the agent reads the message)."""
    try:
        yield
    except InvokeAIError as exc:
        raise ToolError(f"{type(exc).__name__}: {exc}") from exc


class Tools:
    """The tools' bodies, on one blocking client (built on first use)."""

    def __init__(self, factory: ClientFactory, policy: ServerPolicy) -> None:
        self._factory = factory
        self._client: InvokeAIClient | None = None
        self.policy = policy

    @property
    def client(self) -> InvokeAIClient:
        if self._client is None:
            self._client = self._factory()
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def images(self, names: Sequence[str], full_size: bool) -> list[Content]:
        handle = self.client.board_repo.get_uncategorized_handle()
        out: list[Content] = []
        for name in list(names)[:MAX_IMAGES]:
            out += _image(handle.download_image(name, full_resolution=full_size), name)
        return out

    # ------------------------------------------------------------------ reading
    def server_status(self) -> dict[str, Any]:
        client = self.client
        status = client.queue_repo.get_status()
        return {
            "url": client.server_url,
            "reachable": client.health_check(),
            "version": str(client.server_version),
            "queue": plain(status.queue),
            "processor": plain(status.processor),
        }

    def list_boards(self, query: str | None) -> list[dict[str, Any]]:
        boards = self.client.board_repo.list_boards(include_uncategorized=True)
        rows = [
            {
                "board_id": b.board_id,
                "name": b.board_name,
                "image_count": plain(getattr(b, "image_count", None)),
                "cover_image_name": plain(getattr(b, "cover_image_name", None)),
            }
            for b in boards
        ]
        if query:
            rows = [r for r in rows if query.lower() in str(r["name"]).lower()]
        return rows

    def list_images(
        self, board_id: str, limit: int, offset: int, query: str | None
    ) -> dict[str, Any]:
        if not 1 <= limit <= MAX_IMAGES:
            raise InvalidInputError(f"limit must be 1 to {MAX_IMAGES}, got {limit}")
        handle = self.client.board_repo.get_board_handle(board_id)
        page = handle.list_image_dtos(limit=limit if not query else 100, offset=offset)
        records = [r for r in page if not query or query.lower() in r.image_name.lower()]
        return {
            "board_id": board_id,
            "offset": offset,
            "total": page.total,
            "images": [
                {
                    "image_name": r.image_name,
                    "width": r.width,
                    "height": r.height,
                    "created_at": plain(r.created_at),
                    "starred": r.starred,
                }
                for r in records[:limit]
            ],
        }

    def list_workflows(self, category: str, query: str | None) -> list[dict[str, Any]]:
        records = self.client.workflow_repo.iter_workflows(categories=[category], query=query)
        return [
            {"workflow_id": r.workflow_id, "name": r.name, "category": plain(r.category)}
            for r in records
        ]

    def workflow(self, workflow: str) -> WorkflowHandle:
        return self.client.workflow_repo.create_workflow(library_definition(self.client, workflow))

    def describe_workflow(self, workflow: str) -> dict[str, Any]:
        wf = self.workflow(workflow)
        return {
            "name": wf.definition.name,
            "inputs": describe_inputs(wf.list_inputs()),
            "outputs": [o.node_id for o in wf.list_outputs()],
            # Any field of any node is reachable as "node_id.field" (run_workflow's values).
            "nodes": [{"id": n.id, "type": n.type} for n in wf.definition.nodes],
        }

    def list_models(self, model_type: str | None, base: str | None) -> list[dict[str, Any]]:
        from ..dnn_model import model_base
        from ..dnn_model import model_type as type_of

        models = self.client.dnn_model_repo.list_models(type=model_type)
        rows = [
            {
                "key": m.key,
                "hash": getattr(m, "hash_", None),
                "name": m.name,
                "base": model_base(m),
                "type": type_of(m),
            }
            for m in models
        ]
        return [r for r in rows if base is None or r["base"] == base]

    def queue_status(self) -> dict[str, Any]:
        status = self.client.queue_repo.get_status()
        current = self.client.queue_repo.get_current_item()
        return {
            "queue": plain(status.queue),
            "processor": plain(status.processor),
            "current_item_id": current.item_id if current is not None else None,
        }

    # ------------------------------------------------------------------ changing
    def models_lister(self) -> Callable[[], list[dict[str, Any]]]:
        return lambda: self.list_models("main", None)

    def run(
        self,
        wf: WorkflowHandle,
        values: dict[str, Any],
        batch: dict[str, list[Any]] | None,
        board: str | None,
        timeout: float,
        report: Callable[[ItemsProgress], None],
    ) -> dict[str, Any]:
        sets = [f"{key}={_as_text(value)}" for key, value in values.items()]
        apply_sets(wf, sets, self.models_lister())
        options: dict[str, Any] = {}
        if batch:
            texts = [f"{key}={json.dumps(list(v))}" for key, v in batch.items()]
            options["batch_values"] = batch_values(wf, texts, self.models_lister())
        if board is not None:
            options["board_id"] = board
        submitted = wf.submit_sync(**options)
        progress = ItemsProgress(submitted.item_ids)

        def on_event(event: Any) -> None:
            if progress.update(event):
                report(progress)

        items = submitted.wait(timeout=timeout, on_progress=on_event)
        names = [n for item in items for n in output_image_names(item)]
        return {
            "batch_id": submitted.batch_id,
            "items": [
                {"item_id": i.item_id, "status": plain(i.status), "images": output_image_names(i)}
                for i in items
            ],
            "image_names": names,
        }

    def text_to_image_workflow(
        self, prompt: str, model: str | None, width: int, height: int, steps: int
    ) -> WorkflowHandle:
        from ..dnn_model import model_base

        mains = self.client.dnn_model_repo.list_models(type="main")
        usable = [m for m in mains if model_base(m) in TEXT_TO_IMAGE]
        if model is not None:
            usable = [m for m in usable if model in (m.key, m.name)]
        if not usable:
            raise InvalidInputError(
                f"no installed SD-1 or SDXL main model {'named ' + repr(model) if model else ''}"
                "(list_models shows what is installed)"
            )
        chosen = usable[0]
        base = model_base(chosen)
        wf = self.workflow(TEXT_TO_IMAGE[base])
        (model_input,) = [i for i in wf.list_inputs() if i.field_name == "model"]
        model_input.field.value = {
            "key": chosen.key,
            "hash": chosen.hash_,
            "name": chosen.name,
            "base": base,
            "type": "main",
        }
        positive = next(i for i in wf.list_inputs() if "positive" in i.label.lower())
        positive.field.value = prompt
        for node in wf.definition.nodes:
            if node.type == "noise":
                wf.set_input_value((node.id, "width"), width)
                wf.set_input_value((node.id, "height"), height)
            elif node.type == "denoise_latents":
                wf.set_input_value((node.id, "steps"), steps)
            elif node.type == "l2i":
                wf.set_input_value((node.id, "fp32"), True)  # CPU servers need it; harmless
            elif node.type == "sdxl_compel_prompt":
                for name in ("original_width", "target_width"):
                    wf.set_input_value((node.id, name), width)
                for name in ("original_height", "target_height"):
                    wf.set_input_value((node.id, name), height)
        return wf

    def cancel(self, item_id: int | None, batch_id: str | None) -> dict[str, Any]:
        if (item_id is None) == (batch_id is None):
            raise InvalidInputError("give item_id or batch_id (one of them)")
        repo = self.client.queue_repo
        if item_id is not None:
            item = repo.cancel_item(item_id)
            return {"item_id": item.item_id, "status": plain(item.status)}
        return {"batch_id": batch_id, "canceled": repo.cancel_batches([str(batch_id)])}

    def upload(self, path: str, board_id: str) -> dict[str, Any]:
        source = self.policy.upload_path(path)
        image = self.client.board_repo.get_board_handle(board_id).upload_image(str(source))
        return {"image_name": image.image_name, "board_id": board_id}

    def delete_image(self, image_name: str) -> dict[str, Any]:
        handle = self.client.board_repo.get_uncategorized_handle()
        return {"image_name": image_name, "deleted": handle.delete_image(image_name, strict=True)}


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value)


async def _in_thread(function: Callable[[], T]) -> T:
    def call() -> T:
        with _translated():
            return function()

    return await anyio.to_thread.run_sync(call)


def build_server(factory: ClientFactory, policy: ServerPolicy | None = None) -> MCPServer[Any]:
    """The MCP server: its tools on the client ``factory()`` builds (once, on first use)."""
    policy = policy or ServerPolicy()
    tools = Tools(factory, policy)
    server: MCPServer[Any] = MCPServer(
        name="invokeai",
        instructions=(
            "Tools of an InvokeAI image-generation server. Start with server_status; "
            "describe_workflow before run_workflow (it lists each input's kind, choices and "
            "bounds); images come back as thumbnails unless full_size is true."
        ),
    )

    def tool(annotations: ToolAnnotations) -> Callable[[Callable[..., Any]], Any]:
        return server.tool(annotations=annotations, structured_output=False)

    @tool(READ)
    async def server_status() -> list[Content]:
        """The server's address, whether it answers, its version, and its queue's counts."""
        return [_text(await _in_thread(tools.server_status))]

    @tool(READ)
    async def list_boards(query: str | None = None, with_covers: bool = False) -> list[Content]:
        """The boards (and the uncategorized pseudo-board "none"): id, name, image count, cover.
        ``query`` keeps the boards whose name contains it; ``with_covers`` adds each cover's
        thumbnail."""
        rows = await _in_thread(lambda: tools.list_boards(query))
        out: list[Content] = [_text(rows)]
        if with_covers:
            covers = [r["cover_image_name"] for r in rows if r["cover_image_name"]]
            out += await _in_thread(lambda: tools.images(covers, False))
        return out

    @tool(READ)
    async def list_images(
        board_id: str = "none",
        limit: int = 8,
        offset: int = 0,
        query: str | None = None,
        full_size: bool = False,
    ) -> list[Content]:
        """A page of a board's images (newest first; board "none" is the uncategorized one),
        their records and the images themselves: thumbnails, or full size with ``full_size``.
        ``query`` keeps the images whose name contains it."""
        page = await _in_thread(lambda: tools.list_images(board_id, limit, offset, query))
        names = [i["image_name"] for i in page["images"]]
        return [_text(page), *await _in_thread(lambda: tools.images(names, full_size))]

    @tool(READ)
    async def get_image(image_name: str, full_size: bool = False) -> list[Content]:
        """One image by name: its thumbnail, or the full-size PNG with ``full_size``."""
        return await _in_thread(lambda: tools.images([image_name], full_size))

    @tool(READ)
    async def list_workflows(
        category: Literal["user", "default", "project"] = "default", query: str | None = None
    ) -> list[Content]:
        """The server's workflow library: the user's workflows or the server's defaults."""
        return [_text(await _in_thread(lambda: tools.list_workflows(category, query)))]

    @tool(READ)
    async def describe_workflow(workflow: str) -> list[Content]:
        """A library workflow's inputs (by its name or id): index, label, node, field, kind,
        whether required, current value, and the choices and bounds the server allows; and its
        nodes (id, type): any node's field is reachable as ``node_id.field``."""
        return [_text(await _in_thread(lambda: tools.describe_workflow(workflow)))]

    @tool(READ)
    async def list_models(
        model_type: str | None = "main", base: str | None = None
    ) -> list[Content]:
        """Installed models: key, name, base (sd-1, sdxl, flux...), type (main, vae, lora...)."""
        return [_text(await _in_thread(lambda: tools.list_models(model_type, base)))]

    @tool(READ)
    async def queue_status() -> list[Content]:
        """The queue's counts per status and the item running now."""
        return [_text(await _in_thread(tools.queue_status))]

    def reporter(ctx: Context) -> Callable[[ItemsProgress], None]:
        def report(progress: ItemsProgress) -> None:
            anyio.from_thread.run(ctx.report_progress, progress.fraction, 1.0, progress.summary)

        return report

    if not policy.read_only:

        @tool(WRITE)
        async def run_workflow(
            workflow: str,
            ctx: Context,
            values: dict[str, Any] | None = None,
            batch: dict[str, list[Any]] | None = None,
            board_id: str | None = None,
            timeout: float = RUN_TIMEOUT_S,
            full_size: bool = False,
        ) -> list[Content]:
            """Run a library workflow (name or id) and wait for it, reporting progress.
            ``values``: input key -> value (a key is the input's index, label or
            node_id.field, as describe_workflow lists them; a model by name or key).
            ``batch``: input key -> list of values, one queue item each. Returns the outcome
            and the output images (thumbnails unless ``full_size``)."""
            report = reporter(ctx)

            def go() -> dict[str, Any]:
                wf = tools.workflow(workflow)
                return tools.run(wf, values or {}, batch, board_id, timeout, report)

            outcome = await _in_thread(go)
            shown = await _in_thread(lambda: tools.images(outcome["image_names"], full_size))
            return [_text(outcome), *shown]

        @tool(WRITE)
        async def text_to_image(
            prompt: str,
            ctx: Context,
            model: str | None = None,
            width: int = 512,
            height: int = 512,
            steps: int = 20,
            board_id: str | None = None,
            timeout: float = RUN_TIMEOUT_S,
            full_size: bool = False,
        ) -> list[Content]:
            """Make an image from a prompt with the server's own text-to-image workflow for the
            model's base (SD-1 or SDXL; ``model`` by name or key, else the first installed);
            waits, reporting progress, and returns the image."""
            report = reporter(ctx)

            def go() -> dict[str, Any]:
                wf = tools.text_to_image_workflow(prompt, model, width, height, steps)
                return tools.run(wf, {}, None, board_id, timeout, report)

            outcome = await _in_thread(go)
            shown = await _in_thread(lambda: tools.images(outcome["image_names"], full_size))
            return [_text(outcome), *shown]

        @tool(WRITE)
        async def cancel(item_id: int | None = None, batch_id: str | None = None) -> list[Content]:
            """Cancel one queue item, or every item of a batch that has not ended."""
            return [_text(await _in_thread(lambda: tools.cancel(item_id, batch_id)))]

        if policy.upload_dirs:

            @tool(WRITE)
            async def upload_image(path: str, board_id: str = "none") -> list[Content]:
                """Upload an image file from an allow-listed folder onto a board."""
                return [_text(await _in_thread(lambda: tools.upload(path, board_id)))]

        if policy.allow_delete:

            @tool(DELETE)
            async def delete_image(image_name: str) -> list[Content]:
                """Delete an image from the server (it cannot be undone)."""
                return [_text(await _in_thread(lambda: tools.delete_image(image_name)))]

    server._invokeai_tools = tools  # type: ignore[attr-defined]  # closed by serve()
    return server


def serve(factory: ClientFactory, policy: ServerPolicy | None = None) -> None:
    """Run the MCP server on stdio until the client closes it."""
    server = build_server(factory, policy)
    try:
        anyio.run(server.run_stdio_async)
    finally:
        server._invokeai_tools.close()  # type: ignore[attr-defined]
