"""Install, start and stop real InvokeAI servers on loopback (the project's entry point).

The logic ships in the package (``invokeai_py_client.testing.server``) so that users' test suites
can start servers too; this wrapper keeps the project's servers in ``.servers/`` (unless
``INVOKEAI_SERVERS_DIR`` says otherwise) and its default version at the newest snapshot.

    python scripts/invokeai_server.py install [--version V]   (default: the newest snapshot's)
    python scripts/invokeai_server.py start   [--version V] [--multiuser] [--name NAME]
    python scripts/invokeai_server.py stop    [--name NAME | --all]
    python scripts/invokeai_server.py url     [--name NAME]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))
# Before any server is installed or started: the project shares its servers between work trees.
os.environ.setdefault("INVOKEAI_SERVERS_DIR", str(REPO_ROOT / ".servers"))

from invokeai_py_client.testing.server import (  # noqa: E402
    ADMIN_DISPLAY_NAME,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    RunningServer,
    ServerToolError,
    free_loopback_port,
    install,
    installed_version,
    invokeai_server,
    main,
    read_state,
    run_dir,
    running_servers,
    servers_dir,
    start,
    stop,
    venv_dir,
)
from scripts.versions import newest_snapshot_version  # noqa: E402

DEFAULT_VERSION = newest_snapshot_version()

__all__ = [
    "ADMIN_DISPLAY_NAME",
    "ADMIN_EMAIL",
    "ADMIN_PASSWORD",
    "DEFAULT_VERSION",
    "RunningServer",
    "ServerToolError",
    "free_loopback_port",
    "install",
    "installed_version",
    "invokeai_server",
    "main",
    "read_state",
    "run_dir",
    "running_servers",
    "servers_dir",
    "start",
    "stop",
    "venv_dir",
]

if __name__ == "__main__":
    sys.exit(main())
