"""``python -m invokeai_py_client``: the command line (needs the ``cli`` extra)."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
