"""Ray for work that spans machines (the ``[ray]`` extra): one actor per server, each holding a
blocking client, and a driver that follows the pool's rules (``_core/pool.py``: capacity,
least loaded first, models, health, failover through the batch ids it chooses).

Only this module imports Ray; ``invokeai_py_client`` and ``invokeai_py_client.pool`` never do.
Actor tasks are at most once (Ray's default, kept: no task retries, no actor restarts); an
item whose server is lost is sent again by the driver under a new batch id, and the server is
asked about the old one when it answers again.
"""

from __future__ import annotations

import heapq
import logging
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import ray
from ray.exceptions import GetTimeoutError, RayActorError, RayError

from .._core import pool as rules
from .._core.constants import LOGGER_NAME
from .._core.dnn_models.configs import model_summary
from .._core.errors import (
    APIConnectionError,
    InvalidInputError,
    InvokeAIError,
    ModelUnavailableError,
    NoServerAvailableError,
)
from .._core.results import as_queue_item, output_image_names
from .._core.waits import TERMINAL_STATUSES, raise_for_outcome, status_of
from ._work import PoolResult, as_batch

logger = logging.getLogger(LOGGER_NAME)

_CONCURRENCY = 16  # threads of an actor: a wait each, beyond the items a server holds


class ServerActor:
    """A Ray actor holding a blocking client of one server (made with ``ray.remote``)."""

    def __init__(self, url: str, client_options: Mapping[str, Any]) -> None:
        from .._sync.client import InvokeAIClient

        self._client = InvokeAIClient.from_url(url, **dict(client_options))
        self._probe = self._client.with_options(timeout=rules.HEALTH_TIMEOUT_S, max_retries=0)

    def describe(self) -> dict[str, Any]:
        """Slots and installed models (summaries)."""
        version = self._client.get_server_version()
        slots = 1
        if version.supports("generation_devices"):
            slots = rules.slots_of(self._client.get_generation_device_options())
        models = [model_summary(m) for m in self._client.dnn_model_repo.list_models()]
        return {"version": str(version), "slots": slots, "models": models}

    def healthy(self) -> bool:
        return self._client.health_check()

    def run(
        self, batch: dict[str, Any], timeout: float | None, download_to: str | None
    ) -> dict[str, Any]:
        """Enqueue ``batch`` (its batch id chosen by the driver) and wait for it; returns its
        items (as dicts), the files written and the error of an item that did not complete.
        Raises only when the server cannot be reached (``APIConnectionError``)."""
        try:
            handle = self._client.queue_repo.enqueue_batch(batch)
            items = handle.wait(timeout, raise_on_failure=False)
            return self._outcome(items, download_to)
        except APIConnectionError as exc:
            # Told as data: the driver sends the item elsewhere (an exception raised here
            # would reach it wrapped, its own class not always rebuilt).
            return {"lost": str(exc)}

    def ask(self, batch_id: str, download_to: str | None) -> dict[str, Any] | None:
        """What became of a batch sent before the server was lost: its outcome if all its
        items completed, else None (and what is left of it is cancelled)."""
        queue = self._client.queue_repo
        found = queue._find_batch(batch_id)
        if found is None:
            return None
        items = [queue.get_item(i) for i in found.item_ids]
        finished = all(status_of(i) in TERMINAL_STATUSES for i in items)
        if finished and all(status_of(i) == "completed" for i in items):
            return self._outcome(items, download_to)
        queue.cancel_batches([batch_id])
        return None

    def cancel(self, batch_id: str) -> int:
        return self._client.queue_repo.cancel_batches([batch_id])

    def _outcome(self, items: list[Any], download_to: str | None) -> dict[str, Any]:
        error = None
        for item in items:
            try:
                raise_for_outcome(item)
            except InvokeAIError as exc:
                error = str(exc)
                break
        files: list[str] = []
        if error is None and download_to is not None:
            board = self._client.board_repo.get_board_handle("none")
            for item in items:
                for name in output_image_names(item):
                    files.append(str(board.download_image_to(name, download_to, overwrite=True)))
        return {"items": [i.to_dict() for i in items], "error": error, "files": files}


class _Remote:
    """The driver's view of one server's actor."""

    def __init__(self, url: str, actor: Any) -> None:
        self.url = url
        self.actor = actor
        self.load = rules.ServerLoad(url, healthy=False)
        self.models: list[dict[str, Any]] | None = None
        self.health = rules.Health()
        self.orphans: dict[int, str] = {}


class RayServerPool:
    """Several InvokeAI servers driven through Ray actors (one per server, placed by Ray, e.g.
    on the machine of its GPU with ``actor_options={"resources": {...}}``).

    Takes batches and graphs (mappings, as :class:`~invokeai_py_client.pool.ServerPool`);
    results are :class:`~invokeai_py_client.pool.PoolResult` naming their server. Call
    ``ray.init()`` first.

    Raises:
        InvalidInputError: no server URL.
    """

    def __init__(
        self,
        urls: Sequence[str],
        *,
        item_timeout: float | None = None,
        actor_options: Mapping[str, Any] | None = None,
        **client_options: Any,
    ) -> None:
        if isinstance(urls, str) or not urls:
            raise InvalidInputError("a pool needs a list of one or more server URLs")
        options = {"max_concurrency": _CONCURRENCY, "max_restarts": 0, "max_task_retries": 0}
        options.update(actor_options or {})
        remote: Any = ray.remote  # (typed per arity by Ray; the options are checked by Ray)
        actor_class = remote(**options)(ServerActor)
        self._remotes = [_Remote(url, actor_class.remote(url, client_options)) for url in urls]
        self._item_timeout = item_timeout
        self._run_id = uuid.uuid4().hex[:12]
        for remote in self._remotes:
            self._learn(remote)

    @property
    def servers(self) -> list[str]:
        return [r.url for r in self._remotes]

    def healthy(self) -> list[str]:
        return [r.url for r in self._remotes if r.load.healthy]

    def close(self) -> None:
        """End the actors."""
        for remote in self._remotes:
            ray.kill(remote.actor)

    def __enter__(self) -> RayServerPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _learn(self, remote: _Remote) -> bool:
        try:
            info = ray.get(remote.actor.describe.remote(), timeout=rules.HEALTH_TIMEOUT_S * 5)
        except (RayError, InvokeAIError) as exc:
            logger.warning("ray pool: %s cannot be reached (%s)", remote.url, exc)
            return False
        remote.load.slots = int(info["slots"])
        remote.models = list(info["models"])
        remote.load.healthy = True
        return True

    def run(
        self, works: Iterable[Mapping[str, Any]], *, download_to: str | Path | None = None
    ) -> list[PoolResult]:
        """Every result, in submission order."""
        return sorted(self.as_completed(works, download_to=download_to), key=lambda r: r.index)

    def as_completed(
        self, works: Iterable[Mapping[str, Any]], *, download_to: str | Path | None = None
    ) -> Iterator[PoolResult]:
        """The results as the items complete.

        Raises:
            ModelUnavailableError: some work needs a model no server has (nothing is sent).
            NoServerAvailableError: every server stayed down too long.
        """
        batches = [as_batch(w) for w in works]
        self._run_id = uuid.uuid4().hex[:12]  # batch ids are unique per run
        folder = None if download_to is None else str(Path(download_to).resolve())
        if folder is not None:
            Path(folder).mkdir(parents=True, exist_ok=True)
        needs = [rules.model_refs(b["graph"]) for b in batches]
        for index, need in enumerate(needs):
            known = [r for r in self._remotes if r.models is not None]
            if need and len(known) == len(self._remotes):
                missing = {r.url: rules.missing_models(need, r.models or []) for r in known}
                if all(missing.values()):
                    raise ModelUnavailableError(index, missing)
        pending = list(range(len(batches)))
        heapq.heapify(pending)
        attempts = [0] * len(batches)
        done = [False] * len(batches)
        inflight: dict[Any, tuple[_Remote, int, str]] = {}
        left = len(batches)
        next_probe = time.monotonic() + rules.HEALTH_INTERVAL_S
        down_since: float | None = None

        def requeue(remote: _Remote, index: int, batch_id: str) -> None:
            remote.orphans[index] = batch_id
            heapq.heappush(pending, index)

        while left:
            # dispatch
            skipped = []
            loads = [r.load for r in self._remotes]
            while pending and any(load.free > 0 for load in loads):
                index = heapq.heappop(pending)
                if done[index]:
                    continue
                eligible = [
                    r.models is not None and not rules.missing_models(needs[index], r.models)
                    for r in self._remotes
                ]
                chosen = rules.pick_server(loads, eligible)
                if chosen is None:
                    skipped.append(index)
                    continue
                remote = self._remotes[chosen]
                batch_id = rules.batch_id_for(self._run_id, index, attempts[index])
                attempts[index] += 1
                batch = dict(batches[index])
                if needs[index]:
                    batch["graph"] = rules.map_models(batch["graph"], remote.models or [])
                batch["batch_id"] = batch_id
                ref = remote.actor.run.remote(batch, self._item_timeout, folder)
                inflight[ref] = (remote, index, batch_id)
                remote.load.inflight += 1
            for index in skipped:
                heapq.heappush(pending, index)
            # results
            wait = max(0.0, next_probe - time.monotonic())
            ready, _ = (
                ray.wait(list(inflight), num_returns=1, timeout=wait) if inflight else ([], [])
            )
            if not inflight:
                time.sleep(wait)
            for ref in ready:
                remote, index, batch_id = inflight.pop(ref)
                remote.load.inflight -= 1
                try:
                    outcome = ray.get(ref)
                    if "lost" in outcome:
                        logger.info("ray pool: %s lost item %s (%s)", remote.url, index, outcome)
                        requeue(remote, index, batch_id)
                        continue
                except (RayActorError, RayError) as exc:
                    cause = getattr(exc, "cause", None)
                    if isinstance(exc, RayActorError) or isinstance(cause, APIConnectionError):
                        logger.info("ray pool: item %s lost on %s (%s)", index, remote.url, exc)
                        requeue(remote, index, batch_id)
                        continue
                    outcome = {"items": [], "error": str(exc), "files": []}
                if not done[index]:
                    done[index] = True
                    left -= 1
                    yield _result(index, remote.url, batch_id, outcome, attempts[index])
            # health
            if time.monotonic() >= next_probe:
                next_probe = time.monotonic() + rules.HEALTH_INTERVAL_S
                for event in self._probe_all(inflight, requeue, folder, done):
                    index, url, batch_id, outcome = event
                    if not done[index]:
                        done[index] = True
                        left -= 1
                        yield _result(index, url, batch_id, outcome, attempts[index])
            if any(r.load.healthy for r in self._remotes):
                down_since = None
            elif pending:
                down_since = down_since or time.monotonic()
                if time.monotonic() - down_since > rules.ALL_DOWN_MAX_S:
                    raise NoServerAvailableError(
                        f"every server stayed unreachable for {rules.ALL_DOWN_MAX_S:.0f} s"
                    )

    def _probe_all(
        self,
        inflight: dict[Any, tuple[_Remote, int, str]],
        requeue: Any,
        folder: str | None,
        done: list[bool],
    ) -> list[tuple[int, str, str, dict[str, Any]]]:
        """One health round: a server down as ``rules.Health`` says (its items requeued);
        one back is asked about the items taken from it."""
        found: list[tuple[int, str, str, dict[str, Any]]] = []
        started = time.monotonic()
        probes = {r.url: r.actor.healthy.remote() for r in self._remotes}
        for remote in self._remotes:
            left = max(0.01, started + rules.HEALTH_TIMEOUT_S - time.monotonic())
            try:
                ok = bool(ray.get(probes[remote.url], timeout=left))
            except (GetTimeoutError, RayError):
                ok = False
            now = time.monotonic()
            down = remote.health.probed(ok, now - started, now)
            if not ok:
                if remote.load.healthy and down:
                    logger.warning("ray pool: %s stopped answering", remote.url)
                    remote.load.healthy = False
                    for ref, (owner, index, batch_id) in list(inflight.items()):
                        if owner is remote:
                            del inflight[ref]
                            owner.load.inflight -= 1
                            ray.cancel(ref)
                            requeue(remote, index, batch_id)
                continue
            if remote.load.healthy or not self._learn(remote):
                continue
            logger.warning("ray pool: %s answers again and rejoins", remote.url)
            for index, batch_id in sorted(remote.orphans.items()):
                try:
                    if done[index]:
                        ray.get(remote.actor.cancel.remote(batch_id), timeout=30)
                        continue
                    outcome = ray.get(remote.actor.ask.remote(batch_id, folder), timeout=60)
                except (RayError, InvokeAIError) as exc:
                    logger.info("ray pool: item %s not reconciled (%s)", index, exc)
                    continue
                if outcome is not None:
                    for ref, (owner, other, other_id) in list(inflight.items()):
                        if other == index:
                            del inflight[ref]
                            owner.load.inflight -= 1
                            owner.actor.cancel.remote(other_id)
                    found.append((index, remote.url, batch_id, outcome))
            remote.orphans.clear()
        return found


def _result(
    index: int, url: str, batch_id: str, outcome: dict[str, Any], attempts: int
) -> PoolResult:
    error = outcome.get("error")
    return PoolResult(
        index,
        url,
        batch_id,
        items=[as_queue_item(i) for i in outcome["items"]],
        error=InvokeAIError(error) if error else None,
        files=[Path(f) for f in outcome["files"]],
        attempts=attempts,
    )
