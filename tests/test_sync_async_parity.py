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
from invokeai_py_client._async.huggingface import AsyncHuggingFace
from invokeai_py_client._async.model_cache import AsyncModelCache
from invokeai_py_client._async.model_installs import AsyncModelInstalls
from invokeai_py_client._core import names
from invokeai_py_client._sync.huggingface import HuggingFace
from invokeai_py_client._sync.model_cache import ModelCache
from invokeai_py_client._sync.model_installs import ModelInstalls
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
from scripts.unasync import unasync_text

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
    (ModelInstalls, AsyncModelInstalls),
    (ModelCache, AsyncModelCache),
    (HuggingFace, AsyncHuggingFace),
    (ModelInstJobHandle, AsyncModelInstJobHandle),
    (Page, AsyncPage),
    (QuickClient, AsyncQuickClient),
]
_BY_NAME = {cls.__name__: cls for pair in TWINS for cls in pair}

# The one table of deliberate differences (_core/names.py), read here as it is by unasync.
SPEC_NAMES = {
    (_BY_NAME[entry.async_class.removeprefix("Async")], entry.sync_name): entry.method
    for entry in names.SYNC_NAMES
}
SYNC_ONLY = {(_BY_NAME[member.sync_class], member.name) for member in names.SYNC_ONLY}
ASYNC_ONLY: set[tuple[type, str]] = set()
# Coroutines in both twins, returned by plain methods written once (the Socket.IO helpers and
# aclose: the original client's reference documents them as coroutines of its blocking client);
# and the dict-style reading of a submission (I/O-free, from _core/submission.py).
SHARED = {"events", "connect_socketio", "disconnect_socketio", "socketio_session", "get", "keys"}


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
    return unasync_text(text)


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
            # One implementation for both: I/O-free code of a pure base in _core/ (a workflow's
            # inputs, a page's items), or listed in SHARED.
            definer = next(c for c in sync_owner.__mro__ if name in vars(c))
            assert definer.__module__.startswith("invokeai_py_client._core.") or name in SHARED, (
                f"{where} is shared by the twins but is neither pure (_core/) nor listed"
            )
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


def test_the_table_s_aliases_are_the_same_method_in_both_twins() -> None:
    for alias in names.ALIASES:
        for owner in (_BY_NAME[alias.owner], _BY_NAME["Async" + alias.owner]):
            assert inspect.getattr_static(owner, alias.name) is inspect.getattr_static(
                owner, alias.target
            ), f"{owner.__name__}.{alias.name} is not {alias.target}"


def test_every_sync_only_member_is_in_the_blocking_class_only() -> None:
    for member in names.SYNC_ONLY:
        sync_owner = _BY_NAME[member.sync_class]
        assert member.name in vars(sync_owner), f"{member.sync_class}.{member.name} is missing"
        async_owner = _BY_NAME["Async" + member.sync_class]
        twin = getattr(async_owner, member.name, None)
        assert (
            twin is None
            or (sync_owner, member.name)
            in {
                (_BY_NAME[e.async_class.removeprefix("Async")], e.sync_name)
                for e in names.SYNC_NAMES
            }
            or member.name in {e.method for e in names.SYNC_NAMES}
        ), member
