"""``python -m tests._mcp_recorded --url URL mcp ...``: the command line's MCP server with the
test's cassette and events recorded or replayed in this process (``tests/_recorded_process.py``),
the way an agent's MCP client starts it over stdio. With ``INVOKEAI_TEST_TINY_SD1`` set, the
tiny SD-1 model is installed first when missing (recorded like the rest)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tests._recorded_process import start_from_env


def main() -> int:
    recording = start_from_env()
    try:
        from invokeai_py_client import InvokeAIClient
        from invokeai_py_client.cli import main as cli_main

        tiny = os.environ.get("INVOKEAI_TEST_TINY_SD1")
        if tiny:
            from tests._diffusion import tiny_model

            with InvokeAIClient.from_url(sys.argv[2]) as setup:
                tiny_model(setup, {"sd1": Path(tiny)}, "sd1")
        return cli_main(sys.argv[1:])
    finally:
        if recording is not None:
            recording.stop()


if __name__ == "__main__":
    sys.exit(main())
