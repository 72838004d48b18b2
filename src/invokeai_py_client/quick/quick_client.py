"""The original client's module path ``quick.quick_client`` (its 1.1.1 layout), kept so that
its users' imports work: it re-exports this client's objects, documented where they live."""

from invokeai_py_client.quick import QuickClient

__all__ = ["QuickClient"]
