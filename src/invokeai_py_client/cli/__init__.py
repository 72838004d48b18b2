"""The ``invokeai-client`` command line, installed with ``pip install 'invokeai-py-client[cli]'``.

Only this package imports click and rich; ``import invokeai_py_client`` never does.
"""

try:
    import click  # noqa: F401
    import rich  # noqa: F401
except ImportError as exc:  # pragma: no cover - depends on how the package was installed
    raise SystemExit(
        f"the invokeai-client command line needs the 'cli' extra ({exc.name} is missing): "
        "pip install 'invokeai-py-client[cli]'"
    ) from None

from ._app import cli, main
from ._state import ClientFactory

__all__ = ["ClientFactory", "cli", "main"]
