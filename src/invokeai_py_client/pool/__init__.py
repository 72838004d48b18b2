"""Several InvokeAI servers used as one: :class:`ServerPool` (blocking) and
:class:`AsyncServerPool` spread batches, graphs, GUI workflows and callables over them by free
capacity, keep away from servers that stop answering, send work only where its models are, and
fail over without running an item twice. See the "Many servers" guide (``docs/pool.md``)."""

from ._async import AsyncServerPool
from ._sync import ServerPool
from ._work import PoolProgress, PoolResult, WorkflowJob

__all__ = ["AsyncServerPool", "PoolProgress", "PoolResult", "ServerPool", "WorkflowJob"]
