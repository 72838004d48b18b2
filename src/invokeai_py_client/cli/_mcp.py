"""``mcp``: serve the client's tools to an LLM agent over stdio (the Model Context Protocol)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import click

from ._state import State, pass_state


@click.command("mcp")
@click.option(
    "--read-only", is_flag=True, help="Only tools that read: no runs, cancels or uploads."
)
@click.option("--allow-delete", is_flag=True, help="Add the tools that delete (off by default).")
@click.option(
    "--upload-dir",
    "upload_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A folder uploads may read from (repeatable; without one, no upload tool).",
)
@pass_state
def mcp(state: State, read_only: bool, allow_delete: bool, upload_dirs: Sequence[Path]) -> None:
    """Serve an MCP server on stdio for LLM agents (needs the [mcp] extra)."""
    try:
        from ._mcp_server import ServerPolicy, serve
    except ImportError as exc:
        raise click.UsageError(
            f"the MCP server needs the mcp extra ({exc}): pip install 'invokeai-py-client[mcp]'"
        ) from None
    policy = ServerPolicy(
        read_only=read_only,
        allow_delete=allow_delete and not read_only,
        upload_dirs=tuple(p.resolve() for p in upload_dirs),
    )
    serve(lambda: state.client, policy)
