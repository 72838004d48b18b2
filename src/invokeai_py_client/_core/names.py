"""The original client's names: where the blocking and the async client differ by name, the one
table. ``scripts/unasync.py`` reads it to generate ``_sync/`` (the renames, and the members only
the blocking client has) and ``tests/test_sync_async_parity.py`` reads it to know every
deliberate difference; nothing else lists them.

* :data:`SYNC_NAMES`: a method the original client's reference names ``*_sync`` on its blocking
  object; the async twin drops the suffix.
* :data:`SYNC_ONLY`: members only the blocking client has: coroutines the reference documents on
  its blocking objects (run in a worker thread), the ``server_version`` property, and deprecated
  names of 0.1 (they warn). Each is one expression over the helpers of
  ``_backends/_sync_only.py``, evaluated in the class body of the generated blocking class.
* :data:`ALIASES`: the original client's second name of a method, in both twins (written in the
  async source as ``alias = method``; the parity test checks the two agree).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SyncName:
    """The blocking twin of ``async_class.method`` is named ``sync_name``."""

    async_class: str
    method: str
    sync_name: str


@dataclass(frozen=True)
class SyncOnly:
    """``sync_class.name = make`` in the generated blocking class, for ``why``; ``{doc}`` in
    ``make`` stands for ``doc`` as a string literal (the member's docstring)."""

    sync_class: str
    name: str
    make: str
    why: str
    doc: str = ""


@dataclass(frozen=True)
class Alias:
    """``owner.name`` is another name of ``owner.target`` (``owner`` names the blocking class;
    its async twin has the same alias)."""

    owner: str
    name: str
    target: str


SYNC_NAMES: tuple[SyncName, ...] = (
    SyncName("AsyncWorkflowHandle", "submit", "submit_sync"),
    SyncName("AsyncWorkflowHandle", "wait_for_completion", "wait_for_completion_sync"),
    SyncName("AsyncWorkflowHandle", "wait_for_batch", "wait_for_batch_sync"),
)

_REFERENCE = "the original client's reference has this coroutine on its blocking handle"
_OLD = "a name of this client's 0.1 preview, kept one release (it warns)"

SYNC_ONLY: tuple[SyncOnly, ...] = (
    SyncOnly(
        "WorkflowHandle",
        "submit",
        "in_thread(submit_sync, {doc})",
        _REFERENCE,
        ":meth:`submit_sync` for async code (in a worker thread, as the original client's "
        "reference has it on this handle); ``AsyncInvokeAIClient`` has a native one.",
    ),
    SyncOnly(
        "WorkflowHandle",
        "wait_for_completion",
        "in_thread(wait_for_completion_sync, {doc})",
        _REFERENCE,
        ":meth:`wait_for_completion_sync` for async code (in a worker thread).",
    ),
    SyncOnly(
        "WorkflowHandle",
        "cancel_async",
        "in_thread(cancel, {doc})",
        _REFERENCE,
        ":meth:`cancel` for async code (in a worker thread).",
    ),
    SyncOnly(
        "WorkflowHandle",
        "submit_sync_monitor_async",
        "monitor_in_thread(submit_sync, wait_for_batch_sync)",
        _REFERENCE,
    ),
    SyncOnly(
        "InvokeAIClient",
        "server_version",
        "blocking_property(get_server_version)",
        "a property needs no await; the async client has get_server_version()",
    ),
    SyncOnly(
        "QueueRepository",
        "aenqueue_batch",
        'deprecated("aenqueue_batch", in_thread(enqueue_batch), '
        '"AsyncInvokeAIClient\'s queue_repo.enqueue_batch")',
        _OLD,
    ),
    SyncOnly(
        "QueueRepository",
        "aget_item",
        'deprecated("aget_item", in_thread(get_item), '
        '"AsyncInvokeAIClient\'s queue_repo.get_item")',
        _OLD,
    ),
    SyncOnly("JobHandle", "wait_sync", 'deprecated("wait_sync", wait, "wait")', _OLD),
    SyncOnly("BatchHandle", "wait_sync", 'deprecated("wait_sync", wait, "wait")', _OLD),
    SyncOnly(
        "DnnModelRepository",
        "ainstall_model",
        'deprecated("ainstall_model", in_thread(install_model), '
        '"AsyncInvokeAIClient\'s dnn_model_repo.install_model")',
        _OLD,
    ),
    SyncOnly(
        "ModelInstJobHandle",
        "arefresh",
        'deprecated("arefresh", in_thread(refresh), "refresh")',
        _OLD,
    ),
)

ALIASES: tuple[Alias, ...] = (
    Alias("DnnModelRepository", "get_stats", "get_cache_stats"),
    Alias("DnnModelRepository", "hf_status", "hf_login_status"),
)


def sync_name(async_class: str, method: str) -> str:
    """The blocking twin's name of ``async_class.method``."""
    for entry in SYNC_NAMES:
        if (entry.async_class, entry.method) == (async_class, method):
            return entry.sync_name
    return method


def called(class_name: str, method: str) -> str:
    """How the user called ``method`` of a twin (``WorkflowHandle.submit_sync()`` on the blocking
    handle, ``AsyncWorkflowHandle.submit()`` on the async one), for error messages."""
    if class_name.startswith("Async"):
        return f"{class_name}.{method}()"
    return f"{class_name}.{sync_name('Async' + class_name, method)}()"
