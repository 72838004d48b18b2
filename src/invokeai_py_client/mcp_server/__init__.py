"""An MCP server (Model Context Protocol, stdio) over the client, for LLM agents:
``invokeai-client mcp`` (``pip install 'invokeai-py-client[mcp]'``).

Its tools are typed (their JSON schemas come from the signatures), return images as image
content (thumbnails unless asked for full size), report the progress of runs as MCP progress
notifications, and answer bad arguments with the client's own error messages. Safe by default:
deleting is off unless enabled, uploads read only from allow-listed folders, and a read-only
mode leaves out every tool that changes the server.
"""

from ..cli._mcp_server import ServerPolicy, build_server, serve

__all__ = ["ServerPolicy", "build_server", "serve"]
