"""What a pool of servers decides, I/O-free: how many items a server takes at once, which server
gets the next item, which models a graph needs and their keys on each server, and the order
results are handed back in. The loops that send and wait are ``pool/``'s."""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .dnn_models.configs import MODEL_KEYS

# Queue items a server holds per generation slot: the one running and one queued behind it, so a
# slot never idles between two items, and a server that dies takes little work with it.
ITEMS_PER_SLOT = 2
# Health probes: how often, and how long one may take. A server counts as down (it gets no new
# work and its unfinished items are sent elsewhere) after HEALTH_MISSES refused probes in a row
# (nothing listens: dead for sure), or when it answered no probe for SILENT_DOWN_S (a server busy
# generating can be slow to answer: on a loaded CPU box probes of 2 s timed out now and then).
HEALTH_INTERVAL_S = 1.0
HEALTH_TIMEOUT_S = 3.0
HEALTH_MISSES = 2
SILENT_DOWN_S = 10.0
# How long a pool waits with every server down before it gives up on the work left.
ALL_DOWN_MAX_S = 120.0
# Closing a server's client waits at most this long (a black-holed socket never says goodbye).
CLOSE_TIMEOUT_S = 10.0


def slots_of(device_options: Sequence[Any] | None) -> int:
    """Generation slots of a server: one per device it reports (InvokeAI 6.14 runs one session
    worker per configured device), else 1."""
    return max(1, len(device_options)) if device_options else 1


@dataclass
class ServerLoad:
    """What dispatch knows of one server."""

    url: str
    slots: int = 1
    inflight: int = 0
    healthy: bool = True

    @property
    def capacity(self) -> int:
        return self.slots * ITEMS_PER_SLOT

    @property
    def free(self) -> int:
        return self.capacity - self.inflight if self.healthy else 0


@dataclass
class Health:
    """A server's recent probes: :meth:`probed` says whether it now counts as down."""

    refused: int = 0
    silent_since: float | None = None

    def probed(self, ok: bool, took: float, now: float) -> bool:
        """Record one probe (``took`` seconds); True when the server should count as down."""
        if ok:
            self.refused, self.silent_since = 0, None
            return False
        if took < HEALTH_TIMEOUT_S / 2:  # refused or answered with an error at once
            self.refused += 1
        self.silent_since = self.silent_since if self.silent_since is not None else now - took
        return self.refused >= HEALTH_MISSES or now - self.silent_since >= SILENT_DOWN_S


def pick_server(loads: Sequence[ServerLoad], eligible: Sequence[bool]) -> int | None:
    """The index of the server the next item goes to: among the healthy, eligible ones with a
    free place, the least loaded (items in flight per slot; ties go to the one with more slots,
    then to the first). None when no server can take it now."""
    best: int | None = None
    best_key: tuple[float, int, int] | None = None
    for index, load in enumerate(loads):
        if not eligible[index] or load.free <= 0:
            continue
        key = (load.inflight / load.slots, -load.slots, index)
        if best_key is None or key < best_key:
            best, best_key = index, key
    return best


# ------------------------------------------------------------------------------ models
def describe_model(ref: Mapping[str, Any]) -> str:
    return f"{ref.get('name')!r} ({ref.get('base')}, {ref.get('type')})"


def match_model(
    ref: Mapping[str, Any], installed: Sequence[Mapping[str, Any]]
) -> Mapping[str, Any] | None:
    """The installed model ``ref`` means on this server: the same key, else the same hash, else
    the same name and base (and type, when ``ref`` says it), as ``sync_dnn_model`` matches."""
    for model in installed:
        if ref.get("key") and model.get("key") == ref.get("key"):
            return model
    for model in installed:
        if ref.get("hash") and model.get("hash") == ref.get("hash"):
            return model
    for model in installed:
        same_type = not ref.get("type") or model.get("type") == ref.get("type")
        if same_type and (model.get("name"), model.get("base")) == (
            ref.get("name"),
            ref.get("base"),
        ):
            return model
    return None


def _is_model_ref(value: Any) -> bool:
    return isinstance(value, Mapping) and "key" in value and "base" in value and "name" in value


def model_refs(document: Any) -> list[Mapping[str, Any]]:
    """Every model identifier (a mapping with ``key``, ``name`` and ``base``) anywhere in a
    graph, a batch or a workflow."""
    found: list[Mapping[str, Any]] = []
    stack = [document]
    while stack:
        value = stack.pop()
        if _is_model_ref(value):
            found.append(value)
        elif isinstance(value, Mapping):
            stack.extend(value.values())
        elif isinstance(value, list | tuple):
            stack.extend(value)
    return found


def missing_models(document: Any, installed: Sequence[Mapping[str, Any]]) -> list[str]:
    """The models of ``document`` no installed model matches (described for a message)."""
    missing: list[str] = []
    for ref in model_refs(document):
        shown = describe_model(ref)
        if match_model(ref, installed) is None and shown not in missing:
            missing.append(shown)
    return missing


def map_models(document: Any, installed: Sequence[Mapping[str, Any]]) -> Any:
    """A copy of ``document`` whose model identifiers point at the models installed on one
    server (their keys there); identifiers nothing matches are left as they are."""
    if _is_model_ref(document):
        model = match_model(document, installed)
        if model is None or model.get("key") == document.get("key"):
            return dict(document)
        extra = (
            {"submodel_type": document["submodel_type"]} if document.get("submodel_type") else {}
        )
        return {k: model.get(k) for k in MODEL_KEYS} | extra
    if isinstance(document, Mapping):
        return {k: map_models(v, installed) for k, v in document.items()}
    if isinstance(document, list):
        return [map_models(v, installed) for v in document]
    return copy.copy(document)


# ------------------------------------------------------------------------------ order
@dataclass
class InOrder:
    """Results handed back in submission order as they arrive out of it: :meth:`add` one,
    and take the run of consecutive ones it completed."""

    next_index: int = 0
    _held: dict[int, Any] = field(default_factory=dict)

    def add(self, index: int, result: Any) -> list[Any]:
        self._held[index] = result
        ready = []
        while self.next_index in self._held:
            ready.append(self._held.pop(self.next_index))
            self.next_index += 1
        return ready


def batch_id_for(run_id: str, index: int, attempt: int) -> str:
    """The batch id the pool chooses for one attempt at one item (known before it is sent, so
    an enqueue whose answer is lost is found on the server instead of sent twice, and a server
    that comes back is asked about it by name)."""
    return f"pool-{run_id}-{index}-{attempt}"
