"""Every async operation has a sync twin with the same parameters (and vice versa where the
pair is declared), so that scripts and async applications get the same API."""

from __future__ import annotations

import inspect

import pytest

from invokeai_py_client import InvokeAIClient
from invokeai_py_client.dnn_model import DnnModelRepository, ModelInstJobHandle
from invokeai_py_client.queue import BatchHandle, JobHandle, QueueRepository
from invokeai_py_client.workflow import WorkflowHandle

# (class, sync name, async name)
TWINS = [
    (InvokeAIClient, "close", "aclose"),
    (InvokeAIClient, "_make_request", "_amake_request"),
    (QueueRepository, "enqueue_batch", "aenqueue_batch"),
    (QueueRepository, "get_item", "aget_item"),
    (JobHandle, "wait_sync", "wait"),
    (BatchHandle, "wait_sync", "wait"),
    (WorkflowHandle, "submit_sync", "submit"),
    (WorkflowHandle, "wait_for_completion_sync", "wait_for_completion"),
    (DnnModelRepository, "install_model", "ainstall_model"),
    (ModelInstJobHandle, "wait_until", "wait"),
    (ModelInstJobHandle, "refresh", "arefresh"),
]


def _parameters(function: object) -> list[tuple[str, object, object]]:
    signature = inspect.signature(function)  # type: ignore[arg-type]
    return [(p.name, p.kind, p.default) for p in signature.parameters.values()]


@pytest.mark.parametrize(("owner", "sync_name", "async_name"), TWINS)
def test_twins_take_the_same_parameters(owner: type, sync_name: str, async_name: str) -> None:
    sync, asynchronous = getattr(owner, sync_name), getattr(owner, async_name)
    assert not inspect.iscoroutinefunction(sync), f"{owner.__name__}.{sync_name} is async"
    assert inspect.iscoroutinefunction(asynchronous), f"{owner.__name__}.{async_name} is sync"
    assert _parameters(sync) == _parameters(asynchronous)


# Async by design: the spec's Socket.IO helpers (synchronous code gets events through the
# progress callbacks of wait_sync / wait_until), and a property's async twin.
ASYNC_ONLY = {
    (InvokeAIClient, "connect_socketio"),
    (InvokeAIClient, "disconnect_socketio"),
    (InvokeAIClient, "socketio_session"),
    (InvokeAIClient, "aserver_version"),  # twin of the property server_version
}


def test_every_public_coroutine_has_a_sync_twin() -> None:
    assert isinstance(inspect.getattr_static(InvokeAIClient, "server_version"), property)
    declared = {(owner, a) for owner, _, a in TWINS} | ASYNC_ONLY
    for owner in {owner for owner, _, _ in TWINS}:
        for name, member in vars(owner).items():
            if inspect.iscoroutinefunction(member) and not name.startswith("__"):
                if name.startswith("_") and (owner, name) not in declared:
                    continue
                assert (owner, name) in declared, f"{owner.__name__}.{name} has no sync twin"
