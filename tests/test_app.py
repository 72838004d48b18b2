"""The server application's own state, read by both clients: the invocation cache."""

from __future__ import annotations

from invokeai_api.models import InvocationCacheStatus

from invokeai_py_client import AsyncInvokeAIClient, InvokeAIClient


def test_the_invocation_cache_status_is_read_typed(client: InvokeAIClient) -> None:
    status = client.get_invocation_cache_status()
    assert isinstance(status, InvocationCacheStatus)
    assert isinstance(status.enabled, bool)
    assert status.size >= 0 and status.hits >= 0 and status.misses >= 0
    assert status.max_size >= status.size or not status.enabled


async def test_the_async_client_reads_the_same_status(aclient: AsyncInvokeAIClient) -> None:
    status = await aclient.get_invocation_cache_status()
    assert isinstance(status, InvocationCacheStatus)
    assert isinstance(status.max_size, int)
