"""The original client's module path ``client`` (its 1.1.1 layout), kept so that
its users' imports work: it re-exports this client's objects, documented where they live."""

from invokeai_py_client import InvokeAIClient

__all__ = ["InvokeAIClient"]
