"""Model install jobs (``client.dnn_model_repo.installs``): start, list, read, follow, cancel,
pause, resume, prune; and a refused duplicate resolved to the model already installed."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping
from typing import Any

from invokeai_api.models import ModelRecordChanges

from .._core.dnn_models import duplicates
from .._core.dnn_models import requests as models
from .._core.dnn_models.configs import ModelConfig
from .._core.dnn_models.job_info import ModelInstJobInfo
from .._core.errors import (
    InvalidInputError,
    ModelInstallJobFailedError,
    NotFoundError,
)
from ._requester import AsyncRequester
from .install_job import AsyncModelInstJobHandle


class AsyncModelInstalls:
    """The server's model install jobs; each is followed through a handle."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._ctx = requester

    async def start(
        self,
        source: str,
        *,
        inplace: bool = False,
        config: ModelRecordChanges | Mapping[str, Any] | None = None,
        access_token: str | None = None,
        idempotent: bool = True,
    ) -> AsyncModelInstJobHandle:
        """Start installing a model; returns a handle to follow the install job.

        ``source`` is a path *on the server's machine* (a file or a diffusers folder), a URL
        of a model file, or a Hugging Face repo id (``owner/name``, ``owner/name:fp16``,
        ``owner/name::subfolder``). With ``inplace`` a local model stays where it is;
        otherwise the server moves (6.x) or copies (4.x/5.x) it into its models folder.
        ``config`` overrides what the server probes (``{"name": ..., "description": ...}``);
        ``access_token`` is sent for URLs that need one.

        With ``idempotent`` (the default) a source that is installed already is not an error:
        the handle's wait returns ``status == "completed"``, ``already_installed == True`` and
        the existing model's key.

        Raises:
            UnsupportedModelSourceError: the server cannot use the source (HTTP 409
                ``Unsupported model source``): typically a path that does not exist on the
                server's machine. This is not "already installed".
            InvalidInputError: an empty source, a non-bool ``inplace`` or an unknown config
                field (nothing sent).
        """
        spec = models.install(source, inplace=inplace, config=config, access_token=access_token)
        info = await self._ctx.call(spec)
        if idempotent and info.is_duplicate:
            info = await self.already_installed(info)
        return AsyncModelInstJobHandle(self, info, idempotent=idempotent)

    async def start_huggingface(
        self,
        repo_id: str,
        *,
        config: ModelRecordChanges | Mapping[str, Any] | None = None,
        access_token: str | None = None,
        idempotent: bool = True,
    ) -> AsyncModelInstJobHandle:
        """Start installing a model from Hugging Face: ``owner/name``, ``owner/name:variant``
        or ``owner/name::subfolder`` (see :meth:`start`).

        Raises:
            InvalidInputError: ``repo_id`` is not of the form ``owner/name`` (nothing sent).
        """
        return await self.start(
            models.repo_id(repo_id), config=config, access_token=access_token, idempotent=idempotent
        )

    async def list(self) -> builtins.list[AsyncModelInstJobHandle]:
        """Every install job the server remembers (until pruned), oldest first, as handles
        with the job as read now (``handle.job_id``, ``handle.info``)."""
        jobs = await self._ctx.call(models.install_jobs())
        return [AsyncModelInstJobHandle(self, info) for info in jobs]

    async def get(self, job_id: int) -> AsyncModelInstJobHandle:
        """A handle on an existing install job (read from the server now).

        Raises:
            ModelInstallJobNotFoundError: the server knows no job with that id (it may have
                been pruned).
        """
        return AsyncModelInstJobHandle(self, await self.read(job_id))

    async def read(self, job_id: int) -> ModelInstJobInfo:
        """The job as the server has it now."""
        return await self._ctx.call(models.install_job(job_id))

    async def follow(
        self,
        job_id: int,
        timeout: float | None,
        on_update: Callable[[ModelInstJobInfo], Any],
        poll_interval: float,
    ) -> ModelInstJobInfo:
        """Wait until the job ends, following its ``model_install_*`` events (reading the job
        when one arrives); polls when no socket can be opened."""
        return await self._ctx.follow_install(
            job_id,
            fetch=self.read,
            timeout=timeout,
            on_update=on_update,
            poll_interval=poll_interval,
        )

    async def report(self, on_update: Callable[[ModelInstJobInfo], Any], info: Any) -> None:
        """Give ``on_update`` the job (a coroutine function is awaited by the async client)."""
        await self._ctx.backend.notify(on_update, info)

    async def cancel(self, job_id: int) -> None:
        """Ask the server to cancel an install job.

        InvokeAI marks even a finished job ``cancelled`` (an installed model stays installed);
        :meth:`ModelInstJobHandle.cancel` leaves finished jobs alone.

        Raises:
            ModelInstallJobNotFoundError: no job has that id.
        """
        await self._ctx.call(models.cancel_job(job_id))

    async def pause(self, job_id: int) -> ModelInstJobInfo:
        """Pause a job's downloads (InvokeAI 6.12+); a job that is not downloading is returned
        as it is. Raises ``UnsupportedByServerError`` on older servers."""
        await self._ctx.require("model_install_pause")
        return await self._ctx.call(models.pause_job(job_id))

    async def resume(self, job_id: int) -> ModelInstJobInfo:
        """Resume a paused job (InvokeAI 6.12+)."""
        await self._ctx.require("model_install_pause")
        return await self._ctx.call(models.resume_job(job_id))

    async def prune(self) -> None:
        """Forget every finished (completed, failed or cancelled) install job."""
        await self._ctx.call(models.prune_jobs())

    # ------------------------------------------------------------------------ duplicates
    async def already_installed(self, info: ModelInstJobInfo) -> ModelInstJobInfo:
        """The completed outcome of a job refused as a duplicate: the model already there."""
        existing = await self._find_existing(info)
        if existing is None:
            raise ModelInstallJobFailedError(
                f"model install job {info.id} ({info.source}) was refused as already installed "
                f"({info.error}), but no installed model matches it",
                info=info,
            )
        return ModelInstJobInfo(
            info.job, status="completed", config=existing, already_installed=True
        )

    async def _find_existing(self, info: ModelInstJobInfo) -> ModelConfig | None:
        found = duplicates.clues(info.error or "", local_path=info.local_path, source=info.source)
        if found.key is not None:
            return await self._model_or_none(found.key)
        if found.attrs is not None:
            try:
                return await self._ctx.call(models.by_attrs(*found.attrs))
            except (NotFoundError, InvalidInputError):
                pass
        if found.destination_key is not None:
            by_key = await self._model_or_none(found.destination_key)
            if by_key is not None:
                return by_key
        installed = await self._ctx.call(models.list_models())
        for path in found.paths:
            for model in installed:
                if duplicates.same_path(model.path, path):
                    return model
        same_source = [model for model in installed if model.source == info.source]
        return same_source[0] if len(same_source) == 1 else None

    async def _model_or_none(self, key: str) -> ModelConfig | None:
        try:
            return await self._ctx.call(models.get(key))
        except NotFoundError:
            return None

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._ctx.options.base_url!r})"
