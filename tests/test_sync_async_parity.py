"""The two clients are twins: every public member of every blocking class has an async twin with
the same name, parameters, docstring and return type (awaited), and the reverse. The few
deliberate differences are listed here, each with its reason."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path
from typing import Any

import pytest

from invokeai_py_client import AsyncInvokeAIClient, AsyncPage, InvokeAIClient, Page
from invokeai_py_client.board import (
    AsyncBoardHandle,
    AsyncBoardRepository,
    BoardHandle,
    BoardRepository,
)
from invokeai_py_client.dnn_model import (
    AsyncDnnModelRepository,
    AsyncModelInstJobHandle,
    DnnModelRepository,
    ModelInstJobHandle,
)
from invokeai_py_client.queue import (
    AsyncBatchHandle,
    AsyncJobHandle,
    AsyncQueueRepository,
    BatchHandle,
    JobHandle,
    QueueRepository,
)
from invokeai_py_client.quick import AsyncQuickClient, QuickClient
from invokeai_py_client.workflow import (
    AsyncWorkflowHandle,
    AsyncWorkflowRepository,
    WorkflowHandle,
    WorkflowRepository,
)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.unasync import RENAMES, unasync_text

TWINS: list[tuple[type, type]] = [
    (InvokeAIClient, AsyncInvokeAIClient),
    (BoardRepository, AsyncBoardRepository),
    (BoardHandle, AsyncBoardHandle),
    (QueueRepository, AsyncQueueRepository),
    (JobHandle, AsyncJobHandle),
    (BatchHandle, AsyncBatchHandle),
    (WorkflowRepository, AsyncWorkflowRepository),
    (WorkflowHandle, AsyncWorkflowHandle),
    (DnnModelRepository, AsyncDnnModelRepository),
    (ModelInstJobHandle, AsyncModelInstJobHandle),
    (Page, AsyncPage),
    (QuickClient, AsyncQuickClient),
]

# Blocking name -> async name, where the original client's reference names the blocking form.
SPEC_NAMES = {
    (WorkflowHandle, "submit_sync"): "submit",
    (WorkflowHandle, "wait_for_completion_sync"): "wait_for_completion",
    (WorkflowHandle, "wait_for_batch_sync"): "wait_for_batch",
}
# Members one twin has by design.
SYNC_ONLY = {
    # The original client's reference has these coroutines on its (blocking) workflow handle.
    (WorkflowHandle, "submit"),
    (WorkflowHandle, "wait_for_completion"),
    (WorkflowHandle, "cancel_async"),
    (WorkflowHandle, "submit_sync_monitor_async"),
    # A property needs no await; the async client has get_server_version().
    (InvokeAIClient, "server_version"),
    # Closing a blocking client from async code.
    (InvokeAIClient, "aclose"),
    # Deprecated names of 0.1, kept one release (they warn).
    (QueueRepository, "aenqueue_batch"),
    (QueueRepository, "aget_item"),
    (JobHandle, "wait_sync"),
    (BatchHandle, "wait_sync"),
    (DnnModelRepository, "ainstall_model"),
    (ModelInstJobHandle, "arefresh"),
}
# One implementation in both twins: the spec documents the Socket.IO helpers as coroutines of
# the (blocking) client, and events arrive on an event loop in any case.
# The dict-style reading of a submission (I/O-free, from queue/_submission.py) too.
SHARED = {"events", "connect_socketio", "disconnect_socketio", "socketio_session", "get", "keys"}
ASYNC_ONLY = {
    (AsyncInvokeAIClient, "aclose"),  # httpx's name for close()
}


CONTEXT_MANAGER = ("__aenter__", "__aexit__", "__enter__", "__exit__")


def _public(owner: type) -> dict[str, Any]:
    members = {}
    for name in dir(owner):
        if name.startswith("_") and name not in (
            "__aenter__",
            "__aexit__",
            "__enter__",
            "__exit__",
        ):
            continue
        members[name] = inspect.getattr_static(owner, name)
    return members


def _async_name(sync_owner: type, name: str) -> str:
    aliases = {"__enter__": "__aenter__", "__exit__": "__aexit__"}
    return SPEC_NAMES.get((sync_owner, name), aliases.get(name, name))


def _function(member: Any) -> Any:
    if isinstance(member, property):
        return member.fget
    if isinstance(member, classmethod | staticmethod):
        return member.__func__
    return member


def _kind(member: Any) -> str:
    if isinstance(member, property):
        return "property"
    function = _function(member)
    if inspect.iscoroutinefunction(function) or inspect.isasyncgenfunction(function):
        return "io"
    if callable(function):
        return "plain"
    return "value"


def _as_sync_text(text: str | None, sync_owner: type) -> str | None:
    if text is None:
        return None
    module_file = Path(inspect.getfile(sync_owner)).name
    return unasync_text(text, RENAMES.get(module_file, []))


@pytest.mark.parametrize(("sync_owner", "async_owner"), TWINS, ids=lambda c: c.__name__)
def test_every_member_has_a_twin_both_ways(sync_owner: type, async_owner: type) -> None:
    sync_members, async_members = _public(sync_owner), _public(async_owner)
    expected_async = {
        _async_name(sync_owner, name)
        for name in sync_members
        if (sync_owner, name) not in SYNC_ONLY
    }
    actual_async = {name for name in async_members if (async_owner, name) not in ASYNC_ONLY}
    assert expected_async == actual_async, (
        f"{sync_owner.__name__} / {async_owner.__name__}: "
        f"only blocking: {sorted(expected_async - actual_async)}; "
        f"only async: {sorted(actual_async - expected_async)}"
    )


@pytest.mark.parametrize(("sync_owner", "async_owner"), TWINS, ids=lambda c: c.__name__)
def test_twins_share_parameters_docstrings_and_return_types(
    sync_owner: type, async_owner: type
) -> None:
    for name, sync_member in _public(sync_owner).items():
        if (sync_owner, name) in SYNC_ONLY or isinstance(sync_member, type):
            continue
        async_member = inspect.getattr_static(async_owner, _async_name(sync_owner, name))
        where = f"{sync_owner.__name__}.{name}"
        sync_kind, async_kind = _kind(sync_member), _kind(async_member)
        if sync_member is async_member:
            # One implementation for both (the Socket.IO helpers, async in both by design).
            assert name in SHARED, f"{where} is shared by the twins but not listed"
            continue
        if async_kind == "io":
            assert sync_kind == "plain", f"{where} should block (its twin is awaited)"
        else:
            assert sync_kind == async_kind, f"{where}: {sync_kind} vs {async_kind}"
        sync_function, async_function = _function(sync_member), _function(async_member)
        assert _as_sync_text(inspect.getdoc(async_function), sync_owner) == inspect.getdoc(
            sync_function
        ), f"{where}: the docstrings differ"
        if not callable(sync_function):
            continue
        sync_sig, async_sig = inspect.signature(sync_function), inspect.signature(async_function)
        assert [(p.name, p.kind, p.default) for p in sync_sig.parameters.values()] == [
            (p.name, p.kind, p.default) for p in async_sig.parameters.values()
        ], f"{where}: the parameters differ"
        assert _as_sync_text(str(async_sig.return_annotation), sync_owner) == str(
            sync_sig.return_annotation
        ), f"{where}: the return types differ"
        for parameter in sync_sig.parameters.values():
            other = async_sig.parameters[parameter.name].annotation
            assert _as_sync_text(str(other), sync_owner) == str(parameter.annotation), (
                f"{where}({parameter.name}): the parameter types differ"
            )


def test_the_blocking_twin_is_what_unasync_makes_of_the_async_one() -> None:
    from scripts import unasync

    generated = unasync.generate()
    committed = {p.name: p.read_text() for p in unasync.TARGET.glob("*.py")}
    assert generated == committed, "run `python scripts/unasync.py` (make regen-local)"


def test_deprecated_names_warn_and_still_work() -> None:
    with (
        pytest.deprecated_call(match="wait_sync is deprecated; use wait"),
        pytest.raises(AttributeError),  # not a real handle: it fails after warning
    ):
        JobHandle.wait_sync(object(), timeout=0)  # type: ignore[arg-type]
    with pytest.deprecated_call():
        from invokeai_py_client import AuthError  # noqa: F401
    with pytest.deprecated_call():
        from invokeai_py_client.dnn_model import ModelInstallJobCancelled  # noqa: F401
