"""The original client's module path ``queue.queue_handle`` (its 1.1.1 layout), kept so that
its users' imports work: it re-exports this client's objects, documented where they live.
Nothing of it has a counterpart here yet (see "Differences from the original client")."""

__all__ = []
