"""A contract-testing kit: record a pipeline's exchanges with a real InvokeAI once, replay them
in CI with no server.

* The pytest plugin (``invokeai_py_client.testing.plugin``, registered as the ``pytest11`` entry
  point ``invokeai``; loaded only when pytest runs): ``--invokeai-mode replay|record|live``,
  ``--invokeai-url``, ``--invokeai-version``, ``--invokeai-cassettes DIR``; fixtures
  ``invokeai_client``, ``async_invokeai_client``, ``invokeai_server``, ``invokeai_tiny_models``.
  Replaying and recording need the ``testing`` extra (vcrpy).
* :func:`invokeai_server`: install (once) and start a real InvokeAI of a version on a free
  loopback port, stopped when the ``with`` block ends.
* :func:`tiny_model_folders`: tiny SD-1 / SDXL models (random weights) for tests that need one.

Importing ``invokeai_py_client`` never imports this package (nor pytest or vcrpy).
"""

from __future__ import annotations

from invokeai_py_client.testing.server import (
    DEFAULT_VERSION,
    RunningServer,
    ServerToolError,
    invokeai_server,
)
from invokeai_py_client.testing.tiny_models import TinyModelError, tiny_model_folders

__all__ = [
    "DEFAULT_VERSION",
    "RunningServer",
    "ServerToolError",
    "TinyModelError",
    "invokeai_server",
    "tiny_model_folders",
]
